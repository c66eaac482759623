import { describe, expect, it } from "vitest";
import { foldText } from "@/lib/format/fold-text";
import {
  institutionListHref,
  matchesInstitutionSearch,
  parseInstitutionListQuery,
  sortInstitutionKeys,
  type InstitutionSortKey,
} from "@/lib/institutions/list-query";

describe("institutions list query", () => {
  it("uses defaults for a bare URL: active institutions of the current group, by name", () => {
    expect(parseInstitutionListQuery({}, { hasCurrentGroup: true })).toEqual({
      q: "",
      kind: null,
      status: "active",
      scope: "group",
      sort: "name",
      dir: "asc",
      page: 1,
    });
  });

  it("shows the whole directory to someone without a group, whatever the URL says", () => {
    expect(parseInstitutionListQuery({ scope: "group" }, { hasCurrentGroup: false }).scope).toBe("all");
  });

  it("keeps valid values and falls back to defaults for hand-edited ones", () => {
    expect(
      parseInstitutionListQuery(
        { q: "  urząd ", kind: "NGO", status: "archived", scope: "all", sort: "people", dir: "desc", page: "2" },
        { hasCurrentGroup: true },
      ),
    ).toEqual({ q: "urząd", kind: "NGO", status: "archived", scope: "all", sort: "people", dir: "desc", page: 2 });
    expect(
      parseInstitutionListQuery({ kind: "CHURCH", status: "gone", scope: "x", sort: "budget", dir: "up", page: "-1" }, { hasCurrentGroup: true }),
    ).toMatchObject({ kind: null, status: "active", scope: "group", sort: "name", dir: "asc", page: 1 });
  });

  it("takes the first of repeated parameters", () => {
    expect(parseInstitutionListQuery({ sort: ["kind", "name"] }, { hasCurrentGroup: false }).sort).toBe("kind");
  });

  it("builds short URLs and goes back to page 1 when anything but the page changes", () => {
    const query = parseInstitutionListQuery({ q: "wup", sort: "kind", dir: "desc", page: "3" }, { hasCurrentGroup: true });
    expect(institutionListHref(query, { page: 4 })).toBe("/institutions?q=wup&scope=group&sort=kind&dir=desc&page=4");
    expect(institutionListHref(query, { sort: "name", dir: "asc" })).toBe("/institutions?q=wup&scope=group");
    expect(institutionListHref(query, { q: "", kind: "NGO" })).toBe("/institutions?kind=NGO&scope=group&sort=kind&dir=desc");
  });
});

describe("institution search", () => {
  it("ignores case and Polish diacritics, including ł", () => {
    expect(foldText("Świętokrzyski Urząd Łódź")).toBe("swietokrzyski urzad lodz");
    const row = { name: "Świętokrzyska Komenda Ochotniczych Hufców Pracy", shortName: "ŚK OHP" };
    expect(matchesInstitutionSearch(row, "swietokrzyska")).toBe(true);
    expect(matchesInstitutionSearch(row, "HUFCOW")).toBe(true);
    expect(matchesInstitutionSearch(row, "ohp komenda")).toBe(true);
    expect(matchesInstitutionSearch(row, "ohp kielce")).toBe(false);
    expect(matchesInstitutionSearch(row, "   ")).toBe(true);
  });
});

describe("institution sorting", () => {
  const rows: InstitutionSortKey[] = [
    { id: "a", name: "Zakład Doskonalenia Zawodowego", shortName: "ZDZ", kind: "OTHER", peopleCount: 1, groupCount: 1 },
    { id: "b", name: "Świętokrzyski Urząd Wojewódzki", shortName: "ŚUW", kind: "PUBLIC_ADMINISTRATION", peopleCount: 3, groupCount: 2 },
    { id: "c", name: "Politechnika Świętokrzyska", shortName: "PŚk", kind: "UNIVERSITY", peopleCount: 3, groupCount: 1 },
    { id: "d", name: "Stowarzyszenie Integracja Europa–Wschód", shortName: "IEW", kind: "NGO", peopleCount: 0, groupCount: 1 },
  ];
  const names = (sorted: InstitutionSortKey[]) => sorted.map((r) => r.id);

  it("sorts names in Polish alphabetical order (Ś after S, not after Z)", () => {
    expect(names(sortInstitutionKeys(rows, "name", "asc", { locale: "pl" }))).toEqual(["c", "d", "b", "a"]);
    expect(names(sortInstitutionKeys(rows, "name", "desc", { locale: "pl" }))).toEqual(["a", "b", "d", "c"]);
  });

  it("sorts by counts in either direction with ties by name A–Z", () => {
    expect(names(sortInstitutionKeys(rows, "people", "desc", { locale: "pl" }))).toEqual(["c", "b", "a", "d"]);
    expect(names(sortInstitutionKeys(rows, "people", "asc", { locale: "pl" }))).toEqual(["d", "a", "c", "b"]);
    expect(names(sortInstitutionKeys(rows, "groups", "desc", { locale: "pl" }))).toEqual(["b", "c", "d", "a"]);
  });

  it("sorts kinds by the label the viewer reads", () => {
    const kindLabels = { PUBLIC_ADMINISTRATION: "Administracja publiczna", OTHER: "Inna", NGO: "Organizacja pozarządowa", UNIVERSITY: "Uczelnia" };
    expect(names(sortInstitutionKeys(rows, "kind", "asc", { locale: "pl", kindLabels }))).toEqual(["b", "a", "d", "c"]);
  });

  it("sorts short names and leaves the input untouched", () => {
    const copy = [...rows];
    expect(names(sortInstitutionKeys(rows, "shortName", "asc", { locale: "pl" }))).toEqual(["d", "c", "b", "a"]);
    expect(rows).toEqual(copy);
  });
});
