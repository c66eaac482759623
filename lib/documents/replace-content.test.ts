import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { computeReplaceUpdate } from "@/lib/documents/replace-content";
import { encodeDocumentJson, jsonToPlainText, stateToJson, type ProseMirrorJson } from "@/lib/editor/content";
import { DOCUMENT_FIELD } from "@/lib/editor/extensions";

const p = (text: string): ProseMirrorJson => ({ type: "paragraph", content: [{ type: "text", text }] });
const doc = (...content: ProseMirrorJson[]): ProseMirrorJson => ({ type: "doc", content });

function apply(state: Uint8Array, ...updates: Uint8Array[]): Uint8Array {
  const d = new Y.Doc();
  if (state.byteLength > 0) Y.applyUpdate(d, state);
  for (const u of updates) Y.applyUpdate(d, u);
  return Y.encodeStateAsUpdate(d);
}

describe("computeReplaceUpdate", () => {
  it("turns the current content into the old version's", () => {
    const old = doc({ type: "heading", attrs: { level: 1 }, content: [{ type: "text", text: "Strategia" }] }, p("Cel 1"), p("Cel 2"));
    const current = encodeDocumentJson(doc({ type: "heading", attrs: { level: 1 }, content: [{ type: "text", text: "Strategia 2030" }] }, p("Cel 1"), p("Cel 3"), p("Cel 4")));
    const update = computeReplaceUpdate(current, old);
    expect(update).not.toBeNull();
    expect(jsonToPlainText(stateToJson(apply(current, update!)))).toBe("Strategia\nCel 1\nCel 2");
  });

  it("returns null when the content is already the same", () => {
    const content = doc(p("Bez zmian"));
    expect(computeReplaceUpdate(encodeDocumentJson(content), content)).toBeNull();
  });

  it("restores into an empty document", () => {
    const update = computeReplaceUpdate(new Uint8Array(), doc(p("Treść")));
    expect(jsonToPlainText(stateToJson(apply(new Uint8Array(), update!)))).toBe("Treść");
  });

  it("keeps an unchanged paragraph's Yjs items, so anchors in it survive", () => {
    const current = encodeDocumentJson(doc(p("Zostaje bez zmian"), p("Zmieniony akapit")));
    const live = new Y.Doc();
    Y.applyUpdate(live, current);
    const firstText = live.getXmlFragment(DOCUMENT_FIELD).get(0) as Y.XmlElement;
    const anchor = Y.createRelativePositionFromTypeIndex(firstText.get(0) as Y.XmlText, 8);

    Y.applyUpdate(live, computeReplaceUpdate(current, doc(p("Zostaje bez zmian"), p("Stary akapit")))!);
    const resolved = Y.createAbsolutePositionFromRelativePosition(anchor, live);
    expect(resolved?.index).toBe(8);
    expect(jsonToPlainText(stateToJson(Y.encodeStateAsUpdate(live)))).toBe("Zostaje bez zmian\nStary akapit");
  });

  it("merges with a concurrent edit made by someone else", () => {
    const base = encodeDocumentJson(doc(p("A"), p("B")));
    const restore = computeReplaceUpdate(base, doc(p("A"), p("C")))!;
    // Someone types at the end of the first paragraph at the same time.
    const other = new Y.Doc();
    Y.applyUpdate(other, base);
    const before = Y.encodeStateVector(other);
    ((other.getXmlFragment(DOCUMENT_FIELD).get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(1, "!");
    const concurrent = Y.encodeStateAsUpdate(other, before);
    expect(jsonToPlainText(stateToJson(apply(base, restore, concurrent)))).toBe("A!\nC");
    expect(jsonToPlainText(stateToJson(apply(base, concurrent, restore)))).toBe("A!\nC");
  });

  it("refuses content the schema does not accept, changing nothing", () => {
    expect(() => computeReplaceUpdate(new Uint8Array(), { type: "doc", content: [{ type: "noSuchNode" }] })).toThrow();
  });
});
