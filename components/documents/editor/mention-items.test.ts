import { describe, expect, it } from "vitest";
import { filterMentionables, mentionIdOf, type Mentionable } from "@/components/documents/editor/mention-items";

const people: Mentionable[] = [
  { id: "u1", label: "Anna Kowalczyk", kind: "user", detail: "UMWS" },
  { id: "u2", label: "Ewa Dąbrowska", kind: "user", detail: "Politechnika Świętokrzyska" },
  { id: "i1", label: "Wojewódzki Urząd Pracy w Kielcach", kind: "institution", detail: "WUP" },
  { id: "u3", label: "Łukasz Nowak", kind: "user", detail: "ROPS" },
];

describe("filterMentionables", () => {
  it("ignores diacritics and case", () => {
    expect(filterMentionables(people, "dabr").map((p) => p.id)).toEqual(["u2"]);
    expect(filterMentionables(people, "lukasz").map((p) => p.id)).toEqual(["u3"]);
  });

  it("ranks a name start before a later word and before the detail", () => {
    expect(filterMentionables(people, "e").map((p) => p.id)).toEqual(["u2", "i1"]);
    expect(filterMentionables(people, "k").map((p) => p.id)).toEqual(["u1", "i1", "u2", "u3"]);
    expect(filterMentionables(people, "kiel").map((p) => p.id)).toEqual(["i1"]);
    expect(filterMentionables(people, "polit").map((p) => p.id)).toEqual(["u2"]);
  });

  it("lists the first ones for an empty query, up to the limit", () => {
    expect(filterMentionables(people, "", 2).map((p) => p.id)).toEqual(["u1", "u2"]);
  });
});

describe("mentionIdOf", () => {
  it("prefixes raw ids with their kind and keeps prefixed ones", () => {
    expect(mentionIdOf({ id: "u1", kind: "user" })).toBe("user:u1");
    expect(mentionIdOf({ id: "institution:i1", kind: "institution" })).toBe("institution:i1");
  });
});
