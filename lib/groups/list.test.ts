import { describe, expect, it } from "vitest";
import { foldText } from "@/lib/format/fold-text";
import { groupListHref, matchesGroupSearch, paginate, sortGroupRows, type GroupListRow } from "@/lib/groups/list";

const row = (name: string, extra: Partial<GroupListRow> = {}): GroupListRow => ({
  name,
  programme: null,
  description: null,
  startDate: null,
  institutionCount: 0,
  memberCount: 0,
  ...extra,
});

describe("group search", () => {
  it("ignores case and Polish diacritics, including ł", () => {
    expect(foldText("Świętokrzyskie ŁÓDŹ")).toBe("swietokrzyskie lodz");
    expect(matchesGroupSearch(row("Świętokrzyskie na rzecz integracji cudzoziemców"), "swietokrzyskie CUDZOZIEMCOW")).toBe(true);
  });

  it("needs every word, looked up in name, programme and description", () => {
    const g = row("Re-Turn", { programme: "Central Europe Programme", description: "migranci powracający" });
    expect(matchesGroupSearch(g, "central powracajacy")).toBe(true);
    expect(matchesGroupSearch(g, "central urbact")).toBe(false);
    expect(matchesGroupSearch(g, "   ")).toBe(true);
  });
});

describe("group order", () => {
  const rows = [
    row("Zespół", { startDate: new Date("2022-07-01"), institutionCount: 3, memberCount: 3 }),
    row("Świętokrzyskie", { startDate: null, institutionCount: 11, memberCount: 12 }),
    row("Agenda", { startDate: new Date("2012-05-09"), institutionCount: 3, memberCount: 1 }),
    row("Łódzkie", { startDate: new Date("2016-10-01"), institutionCount: 2, memberCount: 5 }),
  ];
  const names = (r: GroupListRow[]) => r.map((x) => x.name);

  it("sorts names in Polish alphabetical order (Ł after L, Ś after S)", () => {
    expect(names(sortGroupRows(rows, "name", "asc", "pl"))).toEqual(["Agenda", "Łódzkie", "Świętokrzyskie", "Zespół"]);
    expect(names(sortGroupRows(rows, "name", "desc", "pl"))).toEqual(["Zespół", "Świętokrzyskie", "Łódzkie", "Agenda"]);
  });

  it("keeps groups without a start date last in both directions", () => {
    expect(names(sortGroupRows(rows, "startDate", "asc", "pl"))).toEqual(["Agenda", "Łódzkie", "Zespół", "Świętokrzyskie"]);
    expect(names(sortGroupRows(rows, "startDate", "desc", "pl"))).toEqual(["Zespół", "Łódzkie", "Agenda", "Świętokrzyskie"]);
  });

  it("sorts by counts and breaks ties by name", () => {
    expect(names(sortGroupRows(rows, "institutions", "asc", "pl"))).toEqual(["Łódzkie", "Agenda", "Zespół", "Świętokrzyskie"]);
    expect(names(sortGroupRows(rows, "people", "desc", "pl"))).toEqual(["Świętokrzyskie", "Łódzkie", "Zespół", "Agenda"]);
  });
});

describe("pages", () => {
  it("clamps the page into range", () => {
    const items = Array.from({ length: 5 }, (_, i) => i);
    expect(paginate(items, 2, 2)).toEqual({ items: [2, 3], page: 2, pageCount: 3 });
    expect(paginate(items, 9, 2)).toEqual({ items: [4], page: 3, pageCount: 3 });
    expect(paginate([], 1, 2)).toEqual({ items: [], page: 1, pageCount: 1 });
  });
});

describe("list links", () => {
  const base = { q: "", sort: "name", dir: "asc", archived: "active", view: "cards", page: 1 } as const;

  it("leaves defaults out of the URL", () => {
    expect(groupListHref(base)).toBe("/groups");
  });

  it("keeps the other choices when one changes", () => {
    const query = { ...base, q: "Re-Turn 2012", archived: "all", view: "table", page: 3 } as const;
    expect(groupListHref(query, { sort: "people", dir: "desc", page: 1 })).toBe("/groups?q=Re-Turn+2012&sort=people&dir=desc&archived=all&view=table");
  });
});
