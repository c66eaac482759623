import { describe, expect, it } from "vitest";
import { getText, getTextSerializersFromSchema } from "@tiptap/core";
import { encodeDocumentJson, stateToJson } from "@/lib/editor/content";
import { documentSchema } from "@/lib/editor/extensions";
import { blockPlainText, cleanBlockId, cleanBlockLabel } from "@/lib/editor/blocks/nodes";

const minutes = {
  type: "doc",
  content: [
    { type: "heading", attrs: { level: 1 }, content: [{ type: "text", text: "Protokół z posiedzenia" }] },
    { type: "paragraph", content: [{ type: "text", text: "Ustalenia:" }] },
    { type: "decisionBlock", attrs: { decisionId: "cm1decision0001", label: "3/2026" } },
    { type: "actionBlock", attrs: { actionId: "cm1action00012", label: "#12" } },
    { type: "paragraph", content: [{ type: "text", text: "Koniec." }] },
  ],
};

describe("decision and action block nodes", () => {
  it("are block atoms of the shared schema", () => {
    const schema = documentSchema();
    for (const name of ["decisionBlock", "actionBlock"]) {
      const type = schema.nodes[name]!;
      expect(type.isBlock).toBe(true);
      expect(type.isAtom).toBe(true);
      expect(type.spec.selectable).toBe(true);
      expect(type.spec.draggable).toBe(true);
    }
    const doc = schema.nodeFromJSON(minutes);
    expect(() => doc.check()).not.toThrow();
    expect(doc.child(2).attrs).toEqual({ decisionId: "cm1decision0001", label: "3/2026" });
    expect(doc.child(3).attrs).toEqual({ actionId: "cm1action00012", label: "#12" });
  });

  it("may stand in list items, quotes and table cells", () => {
    const schema = documentSchema();
    const doc = schema.nodeFromJSON({
      type: "doc",
      content: [
        { type: "blockquote", content: [{ type: "decisionBlock", attrs: { decisionId: "d1", label: null } }] },
        {
          type: "table",
          content: [{ type: "tableRow", content: [{ type: "tableCell", content: [{ type: "actionBlock", attrs: { actionId: "a1", label: "#1" } }] }] }],
        },
      ],
    });
    expect(() => doc.check()).not.toThrow();
  });

  it("survive a round trip through a Yjs state", () => {
    const json = stateToJson(encodeDocumentJson(minutes));
    expect(json.content?.[2]).toEqual({ type: "decisionBlock", attrs: { decisionId: "cm1decision0001", label: "3/2026" } });
    expect(json.content?.[3]).toEqual({ type: "actionBlock", attrs: { actionId: "cm1action00012", label: "#12" } });
  });

  it("render as a div carrying the id, with a readable link as fallback", () => {
    const schema = documentSchema();
    const node = schema.nodeFromJSON(minutes.content[3]!);
    const spec = node.type.spec.toDOM!(node) as unknown as [string, Record<string, string>, [string, Record<string, string>, string]];
    expect(spec[0]).toBe("div");
    expect(spec[1]).toMatchObject({ "data-type": "actionBlock", "data-action-id": "cm1action00012", "data-label": "#12" });
    expect(spec[2]).toEqual(["a", { href: "/actions/cm1action00012" }, "[Działanie #12]"]);
  });

  it("read their id from pasted HTML and ignore anything that is not one", () => {
    const schema = documentSchema();
    const rule = schema.nodes.decisionBlock!.spec.parseDOM![0]!;
    expect(rule.tag).toBe("div[data-decision-id]");
    const attrs = schema.nodes.decisionBlock!.spec.attrs!;
    expect(Object.keys(attrs)).toEqual(expect.arrayContaining(["decisionId", "label"]));
    expect(cleanBlockId("cm1abc_DEF-9")).toBe("cm1abc_DEF-9");
    expect(cleanBlockId('x" onclick="alert(1)')).toBeNull();
    expect(cleanBlockId("")).toBeNull();
    expect(cleanBlockLabel("3/2026")).toBe("3/2026");
    expect(cleanBlockLabel("#12")).toBe("#12");
    expect(cleanBlockLabel("<b>3</b>")).toBeNull();
  });

  it("have a plain-text form with the record's number", () => {
    const schema = documentSchema();
    const doc = schema.nodeFromJSON(minutes);
    // Tiptap's getText (clipboard text, editor.getText()) uses renderText.
    const text = getText(doc, { blockSeparator: "\n", textSerializers: getTextSerializersFromSchema(schema) });
    expect(text).toBe("Protokół z posiedzenia\nUstalenia:\n[Decyzja 3/2026]\n[Działanie #12]\nKoniec.");
    expect(blockPlainText("decisionBlock", "3/2026")).toBe("[Decyzja 3/2026]");
    expect(blockPlainText("actionBlock", "not a label")).toBe("[Działanie]");
  });
});
