// Decisions and indicators of the demo groups. The foreigners' integration partnership
// (1 Jul 2022 – 31 Dec 2023, DOMAIN.md) gets its real indicators with quarterly contributions
// from WUP, PUP Kielce and Integracja Europa–Wschód, and a small register of decisions. The
// returning-migrants working group, whose meetings are placed around the seeding day, gets
// indicators and decisions placed the same way (the held plenary's decisions match its
// minutes). A few reports of the last quarter are missing on purpose, so the dashboards have
// something due. Written straight to the tables, like the other demo seeds.
import type { Tx } from "@/lib/db/client";
import type { DecisionStatus } from "@/lib/generated/prisma/enums";
import { dayToDate, lastCompletedQuarter, nextQuarter, previousQuarter, quarterPeriod, todayIn, type Quarter } from "@/lib/indicators/periods";
import { zonedWallTimeToUtc } from "@/lib/meetings/time";

type Ids = { groups: Map<string, string>; people: Map<string, string>; institutions: Map<string, string> };

const KATARZYNA = "katarzyna.lewandowska@wup.example";
const ANNA = "anna.kowalczyk@umws.example";

/** The calendar day `days` after `day`. */
function addDays(day: string, days: number): string {
  return new Date(dayToDate(day).getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/** A Warsaw wall time on a calendar day, as the instant stored in createdAt columns. */
const at = (day: string, time = "10:00") => zonedWallTimeToUtc(day, time, "Europe/Warsaw").utc;

type DemoIndicator = {
  key: string;
  name: string;
  description?: string;
  unit: string;
  target: number;
  deadline: string;
  /** When the coordinator defined it (tracking starts then, or at the first report). */
  definedOn: string;
  /** Per institution key, the value for each quarter in `quarters` (null: not reported). */
  values: Record<string, (number | null)[]>;
  notes?: Record<string, string>;
};

async function seedIndicators(tx: Tx, ids: Ids, groupId: string, quarters: Quarter[], list: DemoIndicator[], reporter: (institution: string) => string | undefined) {
  const created = new Map<string, string>();
  for (const [position, ind] of list.entries()) {
    const row = await tx.indicator.create({
      data: {
        groupId,
        name: ind.name,
        description: ind.description,
        unit: ind.unit,
        target: ind.target.toFixed(2),
        baseline: "0",
        deadline: dayToDate(ind.deadline),
        position,
        createdAt: at(ind.definedOn),
      },
    });
    created.set(ind.key, row.id);
    const rows = Object.entries(ind.values).flatMap(([institution, values]) =>
      values.flatMap((value, i) => {
        if (value === null) return [];
        const period = quarterPeriod(quarters[i]!);
        const evidenceHost = institution === "iew" ? "iew.example" : institution === "pup" ? "pup.example" : `${institution}.example`;
        return [
          {
            indicatorId: row.id,
            institutionId: ids.institutions.get(institution)!,
            periodStart: dayToDate(period.start),
            periodEnd: dayToDate(period.end),
            value: value.toFixed(2),
            note: i === values.length - 1 ? (ind.notes?.[institution] ?? null) : null,
            // Reports come in by the 15th day after the quarter, with the aggregate list as evidence.
            evidenceUrl: `https://${evidenceHost}/sprawozdania/${quarters[i]!.year}-kw${quarters[i]!.quarter}.pdf`,
            createdById: reporter(institution) ?? null,
            createdAt: at(addDays(period.end, 12)),
          },
        ];
      }),
    );
    if (rows.length) await tx.indicatorContribution.createMany({ data: rows });
  }
  return created;
}

type DemoDecision = {
  key: string;
  text: string;
  decidedOn: string;
  status?: DecisionStatus;
  supersededBy?: string;
  meetingId?: string | null;
  documentId?: string | null;
  indicators?: string[];
};

/** Numbers the decisions per year in date order, as the register would have. */
async function seedDecisions(tx: Tx, groupId: string, createdById: string | undefined, list: DemoDecision[], indicators: Map<string, string>) {
  const sorted = [...list].sort((a, b) => a.decidedOn.localeCompare(b.decidedOn));
  const counters = new Map<number, number>();
  const created = new Map<string, string>();
  for (const d of sorted) {
    const year = Number(d.decidedOn.slice(0, 4));
    const number = (counters.get(year) ?? 0) + 1;
    counters.set(year, number);
    const row = await tx.decision.create({
      data: {
        groupId,
        year,
        number,
        text: d.text,
        decidedOn: dayToDate(d.decidedOn),
        meetingId: d.meetingId ?? null,
        documentId: d.documentId ?? null,
        createdById: createdById ?? null,
        createdAt: at(d.decidedOn, "15:00"),
        indicators: { connect: (d.indicators ?? []).map((k) => ({ id: indicators.get(k)! })) },
      },
    });
    created.set(d.key, row.id);
  }
  for (const d of list) {
    if (d.status && d.status !== "IN_FORCE") {
      await tx.decision.update({
        where: { id: created.get(d.key)! },
        data: { status: d.status, supersededById: d.supersededBy ? created.get(d.supersededBy)! : null },
      });
    }
  }
  return created;
}

/** The foreigners' integration partnership: DOMAIN.md's indicators, six quarters of reports. */
async function seedForeignersGroup(tx: Tx, ids: Ids) {
  const groupId = ids.groups.get("foreignersGroup");
  if (!groupId) return;
  const quarters: Quarter[] = [
    { year: 2022, quarter: 3 },
    { year: 2022, quarter: 4 },
    { year: 2023, quarter: 1 },
    { year: 2023, quarter: 2 },
    { year: 2023, quarter: 3 },
    { year: 2023, quarter: 4 },
  ];
  const deadline = "2023-12-31";
  const definedOn = "2022-07-01";
  const reporters: Record<string, string> = { wup: KATARZYNA, pup: "barbara.grabowska@pup.example", iew: "olena.kowalenko@iew.example" };
  // PUP Kielce's figures for the last quarter of the project are still missing.
  const indicators = await seedIndicators(
    tx,
    ids,
    groupId,
    quarters,
    [
      {
        key: "supported",
        name: "Cudzoziemcy objęci wsparciem",
        description: "Osoby, które skorzystały z co najmniej jednej formy wsparcia (informacja, kurs, doradztwo, aktywizacja). Każda osoba liczona raz, u partnera, który udzielił jej pierwszego wsparcia.",
        unit: "osób",
        target: 1200,
        deadline,
        definedOn,
        values: { wup: [60, 90, 110, 120, 120, 100], pup: [30, 50, 60, 70, 70, null], iew: [40, 70, 80, 90, 80, 70] },
        notes: { wup: "Punkt informacyjny w WUP: 100 osób objętych wsparciem po raz pierwszy.", iew: "Dane zbiorcze z kart zgłoszeń, bez danych osobowych." },
      },
      {
        key: "ukrainians",
        name: "w tym obywatele Ukrainy przybyli po 24 lutego 2022 r.",
        unit: "osób",
        target: 800,
        deadline,
        definedOn,
        values: { wup: [40, 60, 75, 80, 80, 65], pup: [25, 40, 45, 50, 50, null], iew: [30, 50, 55, 60, 50, 45] },
      },
      {
        key: "integrationCourses",
        name: "Kursy integracyjne",
        unit: "kursów",
        target: 20,
        deadline,
        definedOn,
        values: { iew: [2, 3, 4, 4, 4, 3] },
      },
      {
        key: "integrationParticipants",
        name: "Uczestnicy kursów integracyjnych",
        unit: "osób",
        target: 600,
        deadline,
        definedOn,
        values: { iew: [55, 90, 120, 125, 130, 95] },
        notes: { iew: "3 kursy w Kielcach i Busku-Zdroju; łącznie 95 osób, w tym 61 kobiet." },
      },
      {
        key: "polishCourses",
        name: "Kursy języka polskiego",
        description: "Kursy na poziomach A1–B1 prowadzone przez partnerów.",
        unit: "kursów",
        target: 50,
        deadline,
        definedOn,
        values: { iew: [4, 8, 10, 10, 9, 8], wup: [null, null, null, 1, 1, 1] },
      },
      {
        key: "polishParticipants",
        name: "Uczestnicy kursów języka polskiego",
        description: "Cel: ponad 500 osób.",
        unit: "osób",
        target: 500,
        deadline,
        definedOn,
        values: { iew: [40, 85, 110, 105, 95, 80], wup: [null, null, null, 12, 10, 9] },
      },
      {
        key: "women",
        name: "Aktywizacja zawodowa Ukrainek zarejestrowanych w PUP w Kielcach",
        description: "Kobiety, które podjęły zatrudnienie, staż lub szkolenie zawodowe.",
        unit: "osób",
        target: 50,
        deadline,
        definedOn,
        values: { pup: [3, 6, 9, 10, 12, null] },
      },
    ],
    (institution) => ids.people.get(reporters[institution]!),
  );
  await seedDecisions(
    tx,
    groupId,
    ids.people.get(KATARZYNA),
    [
      {
        key: "schedule",
        text: "Partnerstwo przyjmuje harmonogram realizacji projektu i podział zadań: WUP w Kielcach — koordynacja i punkt informacyjny dla cudzoziemców; PUP w Kielcach — aktywizacja zawodowa zarejestrowanych Ukrainek; Stowarzyszenie Integracja Europa–Wschód — kursy integracyjne i kursy języka polskiego.",
        decidedOn: "2022-07-14",
        indicators: ["supported", "ukrainians", "integrationCourses", "polishCourses", "women"],
      },
      {
        key: "reporting2022",
        text: "Partnerzy przekazują koordynatorowi dane zbiorcze do wskaźników do 10. dnia po zakończeniu kwartału, bez danych osobowych uczestników.",
        decidedOn: "2022-10-20",
        status: "SUPERSEDED",
        supersededBy: "reporting2023",
      },
      {
        key: "reporting2023",
        text: "Zmiana zasad sprawozdawczości: partnerzy przekazują dane zbiorcze do wskaźników do 15. dnia po zakończeniu kwartału, wraz z odnośnikiem do dokumentu potwierdzającego (lista zbiorcza, sprawozdanie). Dane osobowe uczestników pozostają u partnera.",
        decidedOn: "2023-01-19",
        indicators: ["supported", "ukrainians"],
      },
      {
        key: "morePolish",
        text: "W drugim półroczu 2023 r. WUP w Kielcach uruchamia dodatkowo trzy grupy kursu języka polskiego na poziomie A2 dla osób zarejestrowanych w urzędach pracy.",
        decidedOn: "2023-04-13",
        indicators: ["polishCourses", "polishParticipants"],
      },
      {
        key: "busko",
        text: "Uruchomienie dodatkowego punktu informacyjnego dla cudzoziemców w Busku-Zdroju od 1 września 2023 r.",
        decidedOn: "2023-06-15",
        status: "REVOKED",
      },
    ],
    indicators,
  );
}

/** The returning-migrants working group: indicators and decisions around the seeding day. */
async function seedReturnGroup(tx: Tx, ids: Ids, now: Date) {
  const groupId = ids.groups.get("returnGroup");
  if (!groupId) return;
  const today = todayIn(now);
  // Five completed quarters of reporting up to the last completed one.
  const last = lastCompletedQuarter(now);
  const quarters: Quarter[] = [last];
  while (quarters.length < 5) quarters.unshift(previousQuarter(quarters[0]!));
  const definedOn = quarterPeriod(quarters[0]!).start;
  // The strategy's horizon: about five quarters ahead.
  let horizon = last;
  for (let i = 0; i < 5; i++) horizon = nextQuarter(horizon);
  const deadline = quarterPeriod(horizon).end;
  const reporters: Record<string, string> = {
    umws: ANNA,
    wup: KATARZYNA,
    psk: "ewa.dabrowska@psk.example",
    zdz: "joanna.jankowska@zdz.example",
    ohp: "grzegorz.kozlowski@ohp.example",
    sipih: "agnieszka.krawczyk@siph.example",
    scitt: "pawel.mazur@scitt.example",
  };
  // Last quarter: UMWŚ has not entered its surveys, WUP has not reported trainings or surveys.
  const indicators = await seedIndicators(
    tx,
    ids,
    groupId,
    quarters,
    [
      {
        key: "trainings",
        name: "Uczestnicy szkoleń i warsztatów dla migrantów powracających",
        unit: "osób",
        target: 240,
        deadline,
        definedOn,
        values: { zdz: [12, 18, 20, 16, 22], ohp: [8, 10, 12, 9, 14], wup: [10, 12, 15, 14, null] },
      },
      {
        key: "employers",
        name: "Pracodawcy uczestniczący w warsztatach",
        description: "Firmy zatrudniające lub gotowe zatrudnić osoby powracające z zagranicy.",
        unit: "pracodawców",
        target: 40,
        deadline,
        definedOn,
        values: { sipih: [3, 4, 5, 4, 6], scitt: [1, 2, 2, 3, 2] },
      },
      {
        key: "surveys",
        name: "Wypełnione ankiety osób, które mieszkały za granicą dłużej niż 6 miesięcy",
        unit: "ankiet",
        target: 300,
        deadline,
        definedOn,
        values: { psk: [20, 35, 40, 45, 38], umws: [10, 15, 18, 14, null], wup: [12, 15, 20, 18, null] },
        notes: { psk: "Ankiety elektroniczne i papierowe; wyniki zbiorcze w raporcie PŚk." },
      },
      {
        key: "advice",
        name: "Porady udzielone w punkcie kontaktowym",
        description: "Punkt kontaktowy dla migrantów powracających w WUP w Kielcach.",
        unit: "porad",
        target: 500,
        deadline,
        definedOn: quarterPeriod(quarters[2]!).start,
        values: { wup: [null, null, 45, 70, 85] },
      },
    ],
    (institution) => ids.people.get(reporters[institution]!),
  );

  const held = await tx.meeting.findFirst({ where: { groupId, status: "HELD" }, orderBy: { startsAt: "desc" }, select: { id: true, startsAt: true } });
  const heldDay = held ? todayIn(held.startsAt) : addDays(today, -21);
  const minutes = held ? await tx.document.findFirst({ where: { minutesOfMeetingId: held.id }, select: { id: true } }) : null;
  const decisions = await seedDecisions(
    tx,
    groupId,
    ids.people.get(ANNA),
    [
      {
        key: "rules",
        text: "Grupa robocza przyjmuje regulamin prac: posiedzenia plenarne odbywają się co najmniej raz na kwartał, decyzje zapadają zwykłą większością głosów obecnych instytucji, a protokół przyjmuje się na kolejnym posiedzeniu.",
        decidedOn: addDays(today, -420),
      },
      {
        key: "survey1",
        text: "Grupa przyjmuje wzór ankiety dla osób, które mieszkały za granicą dłużej niż 6 miesięcy (wersja papierowa, dystrybucja przez urzędy pracy).",
        decidedOn: addDays(today, -420),
        status: "SUPERSEDED",
        supersededBy: "survey2",
        indicators: ["surveys"],
      },
      {
        key: "website",
        text: "Grupa uruchamia odrębną stronę internetową dla migrantów powracających, prowadzoną przez Urząd Marszałkowski.",
        decidedOn: addDays(today, -300),
        status: "REVOKED",
      },
      {
        key: "reporting",
        text: "Partnerzy przekazują koordynatorowi dane zbiorcze do wskaźników grupy do 15. dnia po zakończeniu kwartału; jeśli w kwartale nic się nie wydarzyło, zgłaszają 0.",
        decidedOn: addDays(today, -300),
        indicators: ["trainings", "employers", "surveys", "advice"],
      },
      {
        key: "survey2",
        text: "Grupa przyjmuje zmieniony wzór ankiety: wersja elektroniczna i papierowa, dodatkowe pytania o kwalifikacje i plany zawodowe osób powracających.",
        decidedOn: addDays(today, -120),
        indicators: ["surveys"],
      },
      // The held plenary: the same wording as in its minutes.
      {
        key: "strategySchedule",
        text: "Grupa przyjęła harmonogram prac nad strategią wsparcia migrantów powracających.",
        decidedOn: heldDay,
        meetingId: held?.id,
        documentId: minutes?.id,
      },
      {
        key: "surveyReport",
        text: "Politechnika Świętokrzyska przekaże partnerom pełny raport z ankiety w ciągu dwóch tygodni.",
        decidedOn: heldDay,
        meetingId: held?.id,
        documentId: minutes?.id,
        indicators: ["surveys"],
      },
      {
        key: "contactPoint",
        text: "WUP Kielce przygotuje propozycję zasad działania punktu kontaktowego na kolejne posiedzenie.",
        decidedOn: heldDay,
        meetingId: held?.id,
        documentId: minutes?.id,
        indicators: ["advice"],
      },
    ],
    indicators,
  );

  // Link the demo actions (seeded before) that carry these out, where they exist.
  const links: { title: string; decision?: string; indicators: string[] }[] = [
    { title: "Uruchomić punkt kontaktowy dla migrantów powracających", decision: "contactPoint", indicators: ["advice"] },
    { title: "Opracować ankietę dla osób, które mieszkały za granicą dłużej niż 6 miesięcy", decision: "survey2", indicators: ["surveys"] },
    { title: "Zaplanować cykl warsztatów dla pracodawców zatrudniających osoby powracające", indicators: ["employers"] },
    { title: "Przygotować ofertę szkoleń zawodowych dla osób powracających", indicators: ["trainings"] },
  ];
  for (const link of links) {
    const action = await tx.action.findFirst({ where: { groupId, title: link.title }, select: { id: true } });
    if (!action) continue;
    await tx.action.update({
      where: { id: action.id },
      data: {
        ...(link.decision ? { decisionId: decisions.get(link.decision)! } : {}),
        indicators: { connect: link.indicators.map((k) => ({ id: indicators.get(k)! })) },
      },
    });
  }
}

export async function seedDemoRegisters(tx: Tx, ids: Ids, now = new Date()): Promise<void> {
  await seedForeignersGroup(tx, ids);
  await seedReturnGroup(tx, ids, now);
}
