// Demo content from shared/DOMAIN.md: the Świętokrzyskie working group on returning
// migrants (Re-Turn, 2012) and the 2022–2023 foreigners' integration partnership.
import type { GroupRole, InstitutionKind, PartnerRole } from "@/lib/generated/prisma/enums";

export const DEMO_PASSWORD = "quorum-demo";
export const DEMO_COORDINATOR_EMAIL = "anna.kowalczyk@umws.example";

export type DemoInstitution = {
  key: string;
  name: string;
  shortName: string;
  kind: InstitutionKind;
  address: string;
  contactEmail: string;
  website?: string;
};

export const demoInstitutions: DemoInstitution[] = [
  { key: "suw", name: "Świętokrzyski Urząd Wojewódzki w Kielcach", shortName: "ŚUW", kind: "PUBLIC_ADMINISTRATION", address: "al. IX Wieków Kielc 3, 25-516 Kielce", contactEmail: "kancelaria@suw.example" },
  { key: "umws", name: "Urząd Marszałkowski Województwa Świętokrzyskiego, Departament Polityki Regionalnej", shortName: "UMWŚ", kind: "PUBLIC_ADMINISTRATION", address: "al. IX Wieków Kielc 3, 25-516 Kielce", contactEmail: "dpr@umws.example" },
  { key: "wup", name: "Wojewódzki Urząd Pracy w Kielcach", shortName: "WUP Kielce", kind: "LABOUR_OFFICE", address: "ul. Witosa 86, 25-561 Kielce", contactEmail: "wup@wup.example" },
  { key: "umk", name: "Urząd Miasta Kielce", shortName: "UM Kielce", kind: "PUBLIC_ADMINISTRATION", address: "Rynek 1, 25-303 Kielce", contactEmail: "um@kielce.example" },
  { key: "psk", name: "Politechnika Świętokrzyska", shortName: "PŚk", kind: "UNIVERSITY", address: "al. Tysiąclecia Państwa Polskiego 7, 25-314 Kielce", contactEmail: "rektorat@psk.example" },
  { key: "rops", name: "Regionalny Ośrodek Polityki Społecznej", shortName: "ROPS", kind: "PUBLIC_ADMINISTRATION", address: "ul. Witosa 86, 25-561 Kielce", contactEmail: "rops@rops.example" },
  { key: "ohp", name: "Świętokrzyska Komenda Ochotniczych Hufców Pracy", shortName: "ŚK OHP", kind: "PUBLIC_ADMINISTRATION", address: "ul. Targowa 18, 25-520 Kielce", contactEmail: "komenda@ohp.example" },
  { key: "zdz", name: "Zakład Doskonalenia Zawodowego w Kielcach", shortName: "ZDZ", kind: "OTHER", address: "ul. Zagnańska 27, 25-528 Kielce", contactEmail: "biuro@zdz.example" },
  { key: "scitt", name: "Świętokrzyskie Centrum Innowacji i Transferu Technologii", shortName: "ŚCITT", kind: "BUSINESS_BODY", address: "ul. Hauke-Bosaka 1, 25-214 Kielce", contactEmail: "biuro@scitt.example" },
  { key: "sipih", name: "Staropolska Izba Przemysłowo-Handlowa", shortName: "SIPH", kind: "BUSINESS_BODY", address: "ul. Sienkiewicza 53, 25-002 Kielce", contactEmail: "izba@siph.example" },
  { key: "sbrr", name: "Świętokrzyskie Biuro Rozwoju Regionalnego", shortName: "ŚBRR", kind: "PUBLIC_ADMINISTRATION", address: "ul. Sienkiewicza 63, 25-002 Kielce", contactEmail: "sbrr@sbrr.example" },
  { key: "pup", name: "Powiatowy Urząd Pracy w Kielcach", shortName: "PUP Kielce", kind: "LABOUR_OFFICE", address: "ul. Szymanowskiego 6, 25-361 Kielce", contactEmail: "pup@pup.example" },
  { key: "iew", name: "Stowarzyszenie Integracja Europa–Wschód", shortName: "IEW", kind: "NGO", address: "ul. Paderewskiego 20, 25-004 Kielce", contactEmail: "biuro@iew.example" },
];

export type DemoPerson = { name: string; email: string; institution: string; roles: Record<string, GroupRole>; isAdmin?: boolean };

export const demoPeople: DemoPerson[] = [
  { name: "Anna Kowalczyk", email: DEMO_COORDINATOR_EMAIL, institution: "umws", roles: { returnGroup: "COORDINATOR" }, isAdmin: true },
  { name: "Piotr Zieliński", email: "piotr.zielinski@suw.example", institution: "suw", roles: { returnGroup: "OBSERVER" } },
  { name: "Tomasz Wójcik", email: "tomasz.wojcik@umws.example", institution: "umws", roles: { returnGroup: "MEMBER" } },
  { name: "Katarzyna Lewandowska", email: "katarzyna.lewandowska@wup.example", institution: "wup", roles: { returnGroup: "MEMBER", foreignersGroup: "COORDINATOR" } },
  { name: "Marek Szymański", email: "marek.szymanski@kielce.example", institution: "umk", roles: { returnGroup: "MEMBER" } },
  { name: "dr hab. inż. Ewa Dąbrowska", email: "ewa.dabrowska@psk.example", institution: "psk", roles: { returnGroup: "REVIEWER" } },
  { name: "Magdalena Kamińska", email: "magdalena.kaminska@rops.example", institution: "rops", roles: { returnGroup: "MEMBER" } },
  { name: "Grzegorz Kozłowski", email: "grzegorz.kozlowski@ohp.example", institution: "ohp", roles: { returnGroup: "MEMBER" } },
  { name: "Joanna Jankowska", email: "joanna.jankowska@zdz.example", institution: "zdz", roles: { returnGroup: "MEMBER" } },
  { name: "Paweł Mazur", email: "pawel.mazur@scitt.example", institution: "scitt", roles: { returnGroup: "MEMBER" } },
  { name: "Agnieszka Krawczyk", email: "agnieszka.krawczyk@siph.example", institution: "sipih", roles: { returnGroup: "MEMBER" } },
  { name: "Michał Piotrowski", email: "michal.piotrowski@sbrr.example", institution: "sbrr", roles: { returnGroup: "MEMBER" } },
  { name: "Barbara Grabowska", email: "barbara.grabowska@pup.example", institution: "pup", roles: { foreignersGroup: "MEMBER" } },
  { name: "Ołena Kowalenko", email: "olena.kowalenko@iew.example", institution: "iew", roles: { foreignersGroup: "MEMBER" } },
];

export type DemoGroup = {
  key: string;
  name: string;
  kind: "WORKING_GROUP" | "PROJECT_PARTNERSHIP";
  description: string;
  programme: string;
  funding: string;
  startDate: string;
  endDate: string | null;
  institutions: Record<string, PartnerRole>;
};

export const demoGroups: DemoGroup[] = [
  {
    key: "returnGroup",
    name: "Regionalna grupa robocza ds. reintegracji migrantów powracających",
    kind: "WORKING_GROUP",
    description:
      "Grupa robocza województwa świętokrzyskiego w projekcie „Re-Turn – Regions benefitting from returning migrants”: jak wiedza i doświadczenie migrantów powracających mogą zasilać innowacyjność regionu, usuwanie barier, strategia wsparcia powracających, koordynacja działań i narzędzi wsparcia.",
    programme: "Central Europe Programme 2007–2013, priorytet 1, działanie 1.3 (Re-Turn; partner wiodący: Leibniz-Institut für Länderkunde, Lipsk)",
    funding: "Europejski Fundusz Rozwoju Regionalnego, 36 miesięcy (maj 2011 – kwiecień 2014)",
    startDate: "2012-05-09",
    endDate: "2014-04-30",
    institutions: { umws: "LEAD", wup: "ASSOCIATED", suw: "OBSERVER", umk: "PARTNER", psk: "PARTNER", rops: "PARTNER", ohp: "PARTNER", zdz: "PARTNER", scitt: "PARTNER", sipih: "PARTNER", sbrr: "PARTNER" },
  },
  {
    key: "foreignersGroup",
    name: "Świętokrzyskie na rzecz integracji i aktywizacji zawodowej cudzoziemców",
    kind: "PROJECT_PARTNERSHIP",
    description:
      "Partnerstwo na rzecz integracji cudzoziemców: co najmniej 1200 osób objętych wsparciem (w tym 800 obywateli Ukrainy przybyłych po 24 lutego 2022 r.), 20 kursów integracyjnych dla 600 osób, 50 kursów języka polskiego dla ponad 500 osób, aktywizacja zawodowa 50 Ukrainek, punkt informacyjny.",
    programme: "Program Ministerstwa Rodziny i Polityki Społecznej",
    funding: "1 059 750,00 PLN z Ministerstwa Rodziny i Polityki Społecznej",
    startDate: "2022-07-01",
    endDate: "2023-12-31",
    institutions: { wup: "LEAD", pup: "PARTNER", iew: "PARTNER" },
  },
];
