import { describe, expect, it } from "vitest";
import { flattenBlocks } from "@/lib/documents/diff";
import { buildMinutesContent, minutesTitle, type MinutesSource } from "@/lib/documents/minutes-template";
import { encodeDocumentJson, jsonToPlainText, stateToJson, type ProseMirrorJson } from "@/lib/editor/content";

function source(overrides: Partial<MinutesSource> = {}): MinutesSource {
  return {
    meeting: {
      title: "IV posiedzenie plenarne",
      // 10:00–12:30 in Warsaw (CET, UTC+1) on Tuesday 3 March 2026.
      startsAt: new Date("2026-03-03T09:00:00Z"),
      endsAt: new Date("2026-03-03T11:30:00Z"),
      timeZone: "Europe/Warsaw",
      place: "al. IX Wieków Kielc 3, Kielce, sala 212",
      onlineUrl: "https://meet.example/re-turn",
      organiser: "Urząd Marszałkowski Województwa Świętokrzyskiego (UMWŚ)",
      groupName: "Regionalna grupa robocza ds. reintegracji migrantów powracających",
    },
    agenda: [
      { title: "Przegląd otwartych działań", isActionsReview: true, presenter: null },
      { title: "Wyniki ankiety wśród migrantów powracających", isActionsReview: false, presenter: "dr hab. inż. Ewa Dąbrowska (PŚk)" },
    ],
    attendance: {
      marked: true,
      rows: [
        { institution: "Politechnika Świętokrzyska (PŚk)", present: ["Ewa Dąbrowska"], absent: [], excused: [], invited: [] },
        { institution: "Wojewódzki Urząd Pracy w Kielcach (WUP Kielce)", present: ["Katarzyna Lewandowska"], absent: [], excused: ["Jan Nowak"], invited: [] },
      ],
      quorum: { present: 2, total: 3, required: 2, reached: true },
    },
    ...overrides,
  };
}

const headings = (doc: ProseMirrorJson) =>
  (doc.content ?? []).filter((n) => n.type === "heading").map((n) => `${String(n.attrs?.level)} ${(n.content ?? []).map((c) => c.text).join("")}`);

describe("minutes template", () => {
  it("builds the Polish minutes: title, details in the meeting's zone, attendance, agenda and decisions", () => {
    const doc = buildMinutesContent(source(), "pl");
    expect(headings(doc)).toEqual([
      "1 Protokół z posiedzenia „IV posiedzenie plenarne”",
      "2 Informacje o posiedzeniu",
      "2 Lista obecności",
      "2 1. Przegląd otwartych działań",
      "2 2. Wyniki ankiety wśród migrantów powracających",
      "2 Decyzje",
    ]);
    const text = jsonToPlainText(doc);
    expect(text).toContain("Termin: wtorek, 3 marca 2026, 10:00–12:30 (Europe/Warsaw)");
    expect(text).toContain("Miejsce: al. IX Wieków Kielc 3, Kielce, sala 212");
    expect(text).toContain("Spotkanie online: https://meet.example/re-turn");
    expect(text).toContain("Organizator: Urząd Marszałkowski Województwa Świętokrzyskiego (UMWŚ)");
    expect(text).toContain("Kworum zostało osiągnięte: obecne 2 z 3 instytucji członkowskich (wymagane 2).");
    expect(text).toContain("Prezentuje: dr hab. inż. Ewa Dąbrowska (PŚk)");
    const rows = flattenBlocks(doc).filter((b) => b.type === "tableRow").map((b) => b.cells);
    expect(rows).toEqual([
      ["Instytucja", "Obecni", "Nieobecni", "Usprawiedliwieni"],
      ["Politechnika Świętokrzyska (PŚk)", "Ewa Dąbrowska", "—", "—"],
      ["Wojewódzki Urząd Pracy w Kielcach (WUP Kielce)", "Katarzyna Lewandowska", "—", "Jan Nowak"],
    ]);
  });

  it("lists invitees by institution while attendance is not marked yet", () => {
    const doc = buildMinutesContent(
      source({
        attendance: {
          marked: false,
          quorum: null,
          rows: [
            { institution: "Urząd Miasta Kielce (UM Kielce)", present: [], absent: [], excused: [], invited: ["Marek Szymański"] },
            { institution: "Regionalny Ośrodek Polityki Społecznej (ROPS)", present: [], absent: [], excused: [], invited: [] },
          ],
        },
      }),
      "pl",
    );
    const text = jsonToPlainText(doc);
    expect(text).toContain("Obecność nie została jeszcze odnotowana");
    const rows = flattenBlocks(doc).filter((b) => b.type === "tableRow").map((b) => b.cells);
    expect(rows).toEqual([
      ["Instytucja", "Zaproszeni"],
      ["Urząd Miasta Kielce (UM Kielce)", "Marek Szymański"],
    ]);
    expect(text).not.toContain("ROPS");
  });

  it("speaks English for an English-speaking creator, and survives the Yjs round trip", () => {
    const doc = buildMinutesContent(source({ agenda: [] }), "en");
    const roundTrip = stateToJson(encodeDocumentJson(doc));
    const text = jsonToPlainText(roundTrip);
    expect(text).toContain("Minutes of the meeting “IV posiedzenie plenarne”");
    expect(text).toContain("Date and time: Tuesday, 3 March 2026, 10:00–12:30 (Europe/Warsaw)");
    expect(text).toContain("Proceedings");
    expect(text).toContain("Decisions");
    expect(minutesTitle("IV posiedzenie plenarne", "en")).toBe("Minutes of the meeting “IV posiedzenie plenarne”");
  });
});
