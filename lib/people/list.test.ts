import { describe, expect, it } from "vitest";
import { foldText } from "@/lib/format/fold-text";
import { comparePeople, matchesPersonSearch } from "@/lib/people/list";

const ewa = { name: "dr hab. inż. Ewa Dąbrowska", email: "ewa.dabrowska@psk.example" };
const piotr = { name: "Piotr Zieliński", email: "piotr.zielinski@suw.example" };
const olena = { name: "Ołena Kowalenko", email: "olena.kowalenko@iew.example" };

describe("people search", () => {
  it("ignores case and Polish diacritics, including ł", () => {
    expect(foldText("ŁÓDŹ Świętokrzyskie")).toBe("lodz swietokrzyskie");
    expect(matchesPersonSearch(piotr, "zielinski")).toBe(true);
    expect(matchesPersonSearch(piotr, "ZIELIŃSKI")).toBe(true);
    expect(matchesPersonSearch(olena, "olena")).toBe(true);
    expect(matchesPersonSearch(ewa, "dąbrowska")).toBe(true);
  });

  it("matches every word against the name or the e-mail", () => {
    expect(matchesPersonSearch(ewa, "ewa psk.example")).toBe(true);
    expect(matchesPersonSearch(ewa, "ewa suw")).toBe(false);
    expect(matchesPersonSearch(piotr, "   ")).toBe(true);
  });
});

describe("people order", () => {
  const row = (id: string, name: string, institution: string | null, lastLoginAt: string | null) => ({
    id,
    name,
    institution: institution ? { name: institution } : null,
    lastLoginAt: lastLoginAt ? new Date(lastLoginAt) : null,
  });
  const people = [
    row("1", "Łukasz Nowak", "Urząd Miasta Kielce", "2024-05-09T08:00:00Z"),
    row("2", "Lucyna Adamska", "Świętokrzyski Urząd Wojewódzki", null),
    row("3", "dr hab. inż. Ewa Dąbrowska", "Politechnika Świętokrzyska", "2024-05-10T08:00:00Z"),
    row("4", "Sławomir Zięba", null, "2024-05-08T08:00:00Z"),
    row("5", "Śnieżana Kowalenko", "Stowarzyszenie Integracja Europa–Wschód", null),
  ];
  const order = (sort: "name" | "institution" | "lastLogin", dir: "asc" | "desc") => [...people].sort(comparePeople(sort, dir)).map((p) => p.id);

  it("sorts names the Polish way: case-insensitive, Ł after L, Ś after S", () => {
    expect(order("name", "asc")).toEqual(["3", "2", "1", "4", "5"]);
    expect(order("name", "desc")).toEqual(["5", "4", "1", "2", "3"]);
  });

  it("sorts by institution with people without one last", () => {
    expect(order("institution", "asc")).toEqual(["3", "5", "2", "1", "4"]);
    expect(order("institution", "desc")).toEqual(["1", "2", "5", "3", "4"]);
  });

  it("sorts by last sign-in with those who never signed in last, by name", () => {
    expect(order("lastLogin", "desc")).toEqual(["3", "1", "4", "2", "5"]);
    expect(order("lastLogin", "asc")).toEqual(["4", "1", "3", "2", "5"]);
  });
});
