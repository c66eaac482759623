// The demo installation's documents: written-up minutes of the held plenary with the version
// taken at its end, and a strategy draft whose named version differs from the current text.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setDb } from "@/lib/db/client";
import { seedDemoData } from "@/lib/seed/demo";
import { loadDocumentState } from "@/lib/collab/persistence";
import { stateToJson } from "@/lib/editor/content";
import { compareDocuments } from "@/lib/documents/diff";
import { createTestDb, type TestDb } from "@/tests/support/db";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  setDb(t.prisma);
  await seedDemoData(t.prisma);
}, 120_000);
afterAll(async () => t?.close());

describe("demo documents", () => {
  it("has minutes of the held meeting, written up after a MEETING_END version", async () => {
    const held = await t.prisma.meeting.findFirstOrThrow({ where: { status: "HELD" } });
    const minutes = await t.prisma.document.findUniqueOrThrow({ where: { minutesOfMeetingId: held.id }, include: { versions: true } });
    expect(minutes.kind).toBe("MINUTES");
    expect(minutes.plainText).toContain("Politechnika Świętokrzyska przedstawiła wyniki ankiety");
    expect(minutes.plainText).toContain("WUP Kielce przygotuje propozycję zasad działania punktu kontaktowego");
    expect(minutes.versions.map((v) => v.kind)).toEqual(["MEETING_END"]);
    expect(minutes.versions[0]!.plainText).not.toContain("WUP Kielce przygotuje propozycję");
  });

  it("has a strategy draft that changed since its named version", async () => {
    const strategy = await t.prisma.document.findFirstOrThrow({ where: { kind: "STRATEGY" }, include: { versions: true } });
    expect(strategy.versions.map((v) => [v.kind, v.name])).toEqual([["NAMED", "Wersja na posiedzenie plenarne"]]);
    const current = stateToJson((await loadDocumentState(strategy.id)).state);
    const { summary } = compareDocuments(stateToJson(strategy.versions[0]!.state), current);
    expect(summary.added).toBeGreaterThan(3);
    expect(strategy.plainText).toContain("5. Harmonogram");
  });
});
