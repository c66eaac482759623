// Demo documents of the returning-migrants working group: the minutes of the held plenary
// (made from the template, then written up, with the version taken when the meeting ended)
// and a strategy draft with a named version, so history and comparison have something to show.
// Seeded through the documents' own mutations, inside the demo's transaction.
import { addDays } from "date-fns";
import type { Tx } from "@/lib/db/client";
import { appendDocumentUpdates, loadDocumentState } from "@/lib/collab/persistence";
import { jsonToPlainText, stateToJson, type ProseMirrorJson } from "@/lib/editor/content";
import { createDocument, createMinutes } from "@/lib/documents/mutations";
import { computeReplaceUpdate } from "@/lib/documents/replace-content";
import { takeVersion } from "@/lib/documents/versions";

type Ids = { group: string; people: Map<string, string>; institutions: Map<string, string>; coordinator: string };

const text = (value: string, marks?: ProseMirrorJson["marks"]): ProseMirrorJson => ({ type: "text", text: value, ...(marks ? { marks } : {}) });
const p = (...content: ProseMirrorJson[]): ProseMirrorJson => ({ type: "paragraph", content });
const h2 = (value: string): ProseMirrorJson => ({ type: "heading", attrs: { level: 2 }, content: [text(value)] });
const list = (type: "bulletList" | "orderedList", items: string[]): ProseMirrorJson => ({ type, content: items.map((item) => ({ type: "listItem", content: [p(text(item))] })) });
const row = (cells: string[], header = false): ProseMirrorJson => ({
  type: "tableRow",
  content: cells.map((cell) => ({ type: header ? "tableHeader" : "tableCell", content: [p(text(cell))] })),
});

/** Writes `content` over the document as one logged change by `userId` (like an editor's edit). */
async function edit(tx: Tx, documentId: string, content: ProseMirrorJson, userId: string, at: Date) {
  const { state } = await loadDocumentState(documentId, tx);
  const update = computeReplaceUpdate(state, content);
  if (update) await appendDocumentUpdates([{ documentId, update, userId }], tx);
  const after = await loadDocumentState(documentId, tx);
  await tx.document.update({
    where: { id: documentId },
    data: { lastEditedAt: at, lastEditedById: userId, plainText: jsonToPlainText(stateToJson(after.state)), sizeBytes: after.state.byteLength },
  });
}

const AGENDA_NOTES = [
  "To pierwsze posiedzenie po uruchomieniu grupy — nie było otwartych działań z wcześniejszych spotkań.",
  "Politechnika Świętokrzyska przedstawiła wyniki ankiety wśród osób, które mieszkały za granicą dłużej niż 6 miesięcy. Najczęściej wskazywane bariery powrotu: uznawanie kwalifikacji zdobytych za granicą, brak informacji o ofertach pracy w regionie i formalności związane z ubezpieczeniem.",
  "Koordynatorka przedstawiła harmonogram: projekt strategii do końca kwartału, konsultacje z partnerami w kolejnym miesiącu, przyjęcie dokumentu na posiedzeniu plenarnym.",
  "Punktu nie omówiono z braku czasu — przeniesiony na kolejne posiedzenie.",
];

const DECISIONS = [
  "Grupa przyjęła harmonogram prac nad strategią wsparcia migrantów powracających.",
  "Politechnika Świętokrzyska przekaże partnerom pełny raport z ankiety w ciągu dwóch tygodni.",
  "WUP Kielce przygotuje propozycję zasad działania punktu kontaktowego na kolejne posiedzenie.",
];

/** The template with the minute-taker's notes under each agenda item and the decisions filled in. */
function writtenUp(template: ProseMirrorJson, notes: string[], decisions: string[]): ProseMirrorJson {
  const content = [...(template.content ?? [])];
  let note = 0;
  for (let i = 0; i < content.length; i++) {
    const node = content[i]!;
    if (node.type === "paragraph" && !node.content && note < notes.length) content[i] = p(text(notes[note++]!));
    if (node.type === "orderedList" && i === content.length - 1) content[i] = list("orderedList", decisions);
  }
  return { type: "doc", content };
}

/** The strategy draft; `revised` is the text after the partners' remarks (for the version comparison). */
function strategyDraft(coordinatorId: string, coordinatorName: string, revised: boolean): ProseMirrorJson {
  const content: ProseMirrorJson[] = [
    { type: "heading", attrs: { level: 1 }, content: [text("Strategia wsparcia migrantów powracających do województwa świętokrzyskiego")] },
    p(text("Projekt roboczy grupy roboczej — do konsultacji z instytucjami partnerskimi.", [{ type: "italic" }])),
    h2("1. Wprowadzenie"),
    p(
      text("Strategia określa, jak wiedza i doświadczenie osób powracających z zagranicy mogą zasilać innowacyjność regionu i jak instytucje partnerskie usuwają bariery powrotu. Powstaje w projekcie "),
      text("„Re-Turn – Regions benefitting from returning migrants”", [{ type: "bold" }]),
      text(" (Central Europe Programme 2007–2013)."),
    ),
    h2("2. Diagnoza"),
    list("bulletList", [
      "dokąd wyjeżdżają mieszkańcy regionu i z jakim wykształceniem — analiza Politechniki Świętokrzyskiej;",
      "wyniki ankiety wśród osób, które mieszkały za granicą dłużej niż 6 miesięcy;",
      revised ? "oferta wsparcia WUP Kielce i powiatowych urzędów pracy." : "oferta wsparcia instytucji rynku pracy w regionie.",
    ]),
    h2("3. Bariery powrotu"),
    p(
      text(
        revised
          ? "Najczęściej wskazywane: uznawanie kwalifikacji zdobytych za granicą, brak informacji o ofertach pracy w regionie, koszty przeprowadzki i formalności administracyjne (ubezpieczenie, podatki)."
          : "Najczęściej wskazywane: uznawanie kwalifikacji zdobytych za granicą, brak informacji o ofertach pracy w regionie i formalności administracyjne.",
      ),
    ),
    ...(revised ? [] : [p(text("Do uzupełnienia: bariery po stronie pracodawców."))]),
    h2("4. Cele i narzędzia wsparcia"),
    list("orderedList", [
      "Punkt kontaktowy dla migrantów powracających (WUP Kielce).",
      "Szkolenia i warsztaty dla migrantów i pracodawców (Staropolska Izba Przemysłowo-Handlowa, ZDZ).",
      "Regionalna strona internetowa z informacjami o powrocie (UMWŚ).",
    ]),
  ];
  if (revised) {
    content.push(
      h2("5. Harmonogram"),
      {
        type: "table",
        content: [
          row(["Działanie", "Odpowiada", "Termin"], true),
          row(["Uruchomienie punktu kontaktowego", "WUP Kielce", "III kwartał"]),
          row(["Warsztaty dla pracodawców", "SIPH", "IV kwartał"]),
          row(["Regionalna strona internetowa", "UMWŚ", "IV kwartał"]),
        ],
      },
      {
        type: "taskList",
        content: [
          { type: "taskItem", attrs: { checked: true }, content: [p(text("Uzupełnić diagnozę o dane WUP Kielce"))] },
          { type: "taskItem", attrs: { checked: false }, content: [p(text("Zebrać uwagi partnerów do rozdziału 3"))] },
        ],
      },
    );
  }
  content.push(p(text("Uwagi do projektu zbiera "), { type: "mention", attrs: { id: `user:${coordinatorId}`, label: coordinatorName } }, text(".")));
  return { type: "doc", content };
}

export async function seedDemoDocuments(tx: Tx, ids: Ids, now = new Date()): Promise<void> {
  const person = (email: string) => ids.people.get(email)!;
  const coordinator = await tx.user.findUniqueOrThrow({ where: { id: ids.coordinator }, select: { id: true, name: true, institutionId: true } });
  const author = { userId: coordinator.id, institutionId: coordinator.institutionId };

  const held = await tx.meeting.findFirst({ where: { groupId: ids.group, status: "HELD" }, orderBy: { startsAt: "desc" } });
  if (held) {
    const { document: minutes } = await createMinutes(held.id, { ...author, locale: "pl" }, { now: held.startsAt }, tx);
    const template = stateToJson((await loadDocumentState(minutes.id, tx)).state);
    // Notes taken during the meeting; the decisions were worded afterwards.
    const duringMeeting = writtenUp(template, AGENDA_NOTES, ["Grupa przyjęła harmonogram prac nad strategią."]);
    await edit(tx, minutes.id, duringMeeting, person("tomasz.wojcik@umws.example"), held.endedAt ?? held.endsAt);
    await takeVersion(minutes.id, "MEETING_END", { userId: coordinator.id, now: held.endedAt ?? held.endsAt }, tx);
    await edit(tx, minutes.id, writtenUp(template, AGENDA_NOTES, DECISIONS), coordinator.id, addDays(held.endsAt, 1));
  }

  const created = addDays(now, -14);
  const strategy = await createDocument(
    { groupId: ids.group, kind: "STRATEGY", title: "Strategia wsparcia migrantów powracających — projekt", meetingId: null },
    author,
    { content: strategyDraft(coordinator.id, coordinator.name, false), now: created },
    tx,
  );
  await takeVersion(strategy.id, "NAMED", { name: "Wersja na posiedzenie plenarne", userId: coordinator.id, now: addDays(now, -7) }, tx);
  await edit(tx, strategy.id, strategyDraft(coordinator.id, coordinator.name, true), person("katarzyna.lewandowska@wup.example"), addDays(now, -2));
}
