import { describe, expect, it } from "vitest";
import { actionsHref, compareActions, defaultActionFilters, hasActiveFilters, parseActionFilters, serializeActionFilters, type SortableAction } from "@/lib/actions/filters";

describe("parseActionFilters", () => {
  it("reads every filter from a query string", () => {
    const f = parseActionFilters(
      new URLSearchParams("group=g1&q=punkt&institution=inst_1&person=u1&status=OPEN&status=BLOCKED&dueFrom=2026-03-01&dueTo=2026-03-31&meeting=m1&overdue=1&sort=owner&dir=desc&page=3"),
    );
    expect(f).toEqual({
      group: "g1",
      q: "punkt",
      institution: "inst_1",
      person: "u1",
      status: ["OPEN", "BLOCKED"],
      dueFrom: "2026-03-01",
      dueTo: "2026-03-31",
      meeting: "m1",
      overdue: true,
      sort: "owner",
      dir: "desc",
      page: 3,
    });
  });

  it("accepts Next's searchParams object and comma-separated statuses, in status order", () => {
    const f = parseActionFilters({ status: ["done,open", "in_progress"], group: "all" });
    expect(f.status).toEqual(["OPEN", "IN_PROGRESS", "DONE"]);
    expect(f.group).toBe("all");
  });

  it("falls back to no filter for malformed values instead of failing", () => {
    const f = parseActionFilters({ status: "LATE", dueFrom: "2026-02-30", dueTo: "yesterday", sort: "drop table", dir: "up", page: "-4", institution: "a b", overdue: "yes", group: "<script>" });
    expect(f).toEqual(defaultActionFilters);
  });

  it("swaps a reversed due range", () => {
    const f = parseActionFilters({ dueFrom: "2026-05-01", dueTo: "2026-04-01" });
    expect([f.dueFrom, f.dueTo]).toEqual(["2026-04-01", "2026-05-01"]);
  });
});

describe("serializeActionFilters", () => {
  it("leaves defaults out and round-trips", () => {
    expect(serializeActionFilters(defaultActionFilters)).toBe("");
    const query = "group=g1&q=szkolenia+dla+pracodawc%C3%B3w&institution=i1&status=OPEN&status=IN_PROGRESS&dueTo=2026-06-30&overdue=1&sort=number&dir=desc&page=2";
    const parsed = parseActionFilters(new URLSearchParams(query));
    expect(serializeActionFilters(parsed)).toBe(query);
    expect(parseActionFilters(new URLSearchParams(serializeActionFilters(parsed)))).toEqual(parsed);
  });

  it("can leave out the group and page (saved filters)", () => {
    const f = parseActionFilters({ group: "g1", overdue: "1", page: "4" });
    expect(serializeActionFilters(f, { group: true, page: true })).toBe("overdue=1");
  });

  it("builds hrefs that go back to page 1 on any change but the page", () => {
    const f = parseActionFilters({ overdue: "1", page: "3" });
    expect(actionsHref("/actions", f, { sort: "title" })).toBe("/actions?overdue=1&sort=title&dir=asc");
    expect(actionsHref("/actions", f, { page: 4 })).toBe("/actions?overdue=1&page=4");
    expect(actionsHref("/actions", defaultActionFilters)).toBe("/actions");
  });

  it("knows when the list is narrowed", () => {
    expect(hasActiveFilters(parseActionFilters({ group: "g1", sort: "title" }))).toBe(false);
    expect(hasActiveFilters(parseActionFilters({ status: "DONE" }))).toBe(true);
  });
});

describe("compareActions", () => {
  const row = (over: Partial<SortableAction>): SortableAction => ({
    id: over.id ?? String(over.number),
    number: 1,
    title: "x",
    status: "OPEN",
    priority: "NORMAL",
    dueDate: null,
    ownerShortName: "WUP",
    updatedAt: new Date(0),
    groupName: "G",
    ...over,
  });

  it("puts actions without a due date last in both directions", () => {
    const rows = [row({ number: 1 }), row({ number: 2, dueDate: "2026-05-01" }), row({ number: 3, dueDate: "2026-04-01" })];
    expect([...rows].sort(compareActions("due", "asc")).map((r) => r.number)).toEqual([3, 2, 1]);
    expect([...rows].sort(compareActions("due", "desc")).map((r) => r.number)).toEqual([2, 3, 1]);
  });

  it("lists what is still to do first when sorting by due date", () => {
    const rows = [row({ number: 1, dueDate: "2026-01-01", status: "DONE" }), row({ number: 2, dueDate: "2026-05-01" }), row({ number: 3, status: "CANCELLED" }), row({ number: 4, dueDate: "2026-04-01", status: "BLOCKED" })];
    expect([...rows].sort(compareActions("due", "asc")).map((r) => r.number)).toEqual([4, 2, 1, 3]);
  });

  it("sorts titles and institutions the Polish way", () => {
    const rows = [row({ number: 1, ownerShortName: "ŚUW" }), row({ number: 2, ownerShortName: "SIPH" }), row({ number: 3, ownerShortName: "UMWŚ" })];
    expect([...rows].sort(compareActions("owner", "asc")).map((r) => r.ownerShortName)).toEqual(["SIPH", "ŚUW", "UMWŚ"]);
  });
});
