import { describe, expect, it } from "vitest";
import { EditorState, NodeSelection, TextSelection } from "@tiptap/pm/state";
import { documentSchema } from "@/lib/editor/extensions";
import { blockInsertTransaction, captureTarget, typeAfterSelectedBlock, widenToTextblock } from "@/components/documents/editor/blocks/insert-block";

function stateOf(json: unknown) {
  const schema = documentSchema();
  return EditorState.create({ schema, doc: schema.nodeFromJSON(json) });
}

const p = (text?: string) => (text ? { type: "paragraph", content: [{ type: "text", text }] } : { type: "paragraph" });
const doc = (...content: unknown[]) => ({ type: "doc", content });
const decision = { type: "decisionBlock" as const, id: "d1", label: "3/2026" };

function insert(json: unknown, from: number, to: number) {
  const state = stateOf(json);
  // No Yjs binding in a plain state: the absolute positions are used as they are.
  const target = captureTarget(state, from, to);
  expect(target.relative).toBeNull();
  const tr = blockInsertTransaction(state, target, decision)!;
  return { json: tr.doc.toJSON() as { content: { type: string; content?: { text: string }[] }[] }, selection: tr.selection };
}

describe("inserting a block where the record was asked for", () => {
  it("replaces a whole selected paragraph by the block, leaving no empty line", () => {
    // "Przyjęto harmonogram." is positions 1..22 inside the second paragraph (starting at 8).
    const json = doc(p("Wstęp"), p("Przyjęto harmonogram."), p("Dalej"));
    const state = stateOf(json);
    const para = state.doc.child(1);
    const start = state.doc.child(0).nodeSize + 1;
    expect(widenToTextblock(state.doc, start, start + para.content.size)).toEqual({ from: start - 1, to: start + para.nodeSize - 1 });
    const out = insert(json, start, start + para.content.size);
    expect(out.json.content.map((n) => n.type)).toEqual(["paragraph", "decisionBlock", "paragraph"]);
    expect(out.json.content[2]?.content?.[0]?.text).toBe("Dalej");
    expect(out.selection).toBeInstanceOf(TextSelection);
  });

  it("splits a paragraph around part of it", () => {
    const json = doc(p("Ustalono: przyjąć plan. Koniec"));
    const out = insert(json, 11, 24);
    expect(out.json.content.map((n) => n.type)).toEqual(["paragraph", "decisionBlock", "paragraph"]);
    expect(out.json.content[0]?.content?.[0]?.text).toBe("Ustalono: ");
  });

  it("takes the place of an empty paragraph (the slash command) and adds one to write on at the end", () => {
    const out = insert(doc(p("Wstęp"), p()), 8, 8);
    expect(out.json.content.map((n) => n.type)).toEqual(["paragraph", "decisionBlock", "paragraph"]);
    // "Wstęp" takes 0..7, the block 7..8; the caret waits inside the new paragraph.
    expect(out.selection.from).toBe(9);
  });

  it("puts the attributes of the record on the block", () => {
    const state = stateOf(doc(p()));
    const tr = blockInsertTransaction(state, captureTarget(state, 1, 1), { type: "actionBlock", id: "a7", label: "#7" })!;
    expect(tr.doc.firstChild?.toJSON()).toEqual({ type: "actionBlock", attrs: { actionId: "a7", label: "#7" } });
  });
});

describe("typing over a selected block", () => {
  it("writes into a new paragraph after the block instead of replacing it", () => {
    const state = stateOf(doc(p("Wstęp"), { type: "actionBlock", attrs: { actionId: "a1", label: "#1" } }, p("Dalej")));
    const selected = state.apply(state.tr.setSelection(NodeSelection.create(state.doc, 7)));
    const tr = typeAfterSelectedBlock(selected, "/")!;
    expect(tr.doc.toJSON().content.map((n: { type: string }) => n.type)).toEqual(["paragraph", "actionBlock", "paragraph", "paragraph"]);
    expect(tr.doc.child(2).textContent).toBe("/");
    expect(tr.selection.from).toBe(10);
    // Text selections are left to the editor.
    expect(typeAfterSelectedBlock(state, "x")).toBeNull();
  });
});
