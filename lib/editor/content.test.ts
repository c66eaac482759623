import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { encodeDocumentJson, jsonToPlainText, stateToJson, stateToPlainText } from "@/lib/editor/content";

const minutes = {
  type: "doc",
  content: [
    { type: "heading", attrs: { level: 1 }, content: [{ type: "text", text: "Protokół z posiedzenia" }] },
    {
      type: "paragraph",
      content: [
        { type: "text", text: "Prowadzi " },
        { type: "mention", attrs: { id: "user:1", label: "Anna Kowalczyk" } },
        { type: "text", text: " (UMWS).", marks: [{ type: "bold" }] },
      ],
    },
    {
      type: "taskList",
      content: [{ type: "taskItem", attrs: { checked: true }, content: [{ type: "paragraph", content: [{ type: "text", text: "Lista obecności" }] }] }],
    },
  ],
};

describe("document content", () => {
  it("round-trips ProseMirror JSON through a Yjs state", () => {
    const state = encodeDocumentJson(minutes);
    const json = stateToJson(state);
    expect(json.content?.[0]).toMatchObject({ type: "heading", attrs: { level: 1 } });
    expect(json.content?.[1]?.content?.[1]).toMatchObject({ type: "mention", attrs: { id: "user:1", label: "Anna Kowalczyk" } });
    expect(json.content?.[2]?.content?.[0]).toMatchObject({ type: "taskItem", attrs: { checked: true } });
  });

  it("extracts one line per block with mentions as @label", () => {
    expect(jsonToPlainText(minutes)).toBe("Protokół z posiedzenia\nProwadzi @Anna Kowalczyk (UMWS).\nLista obecności");
    expect(stateToPlainText(encodeDocumentJson(minutes))).toBe(jsonToPlainText(minutes));
  });

  it("reads an empty state as an empty document", () => {
    expect(stateToPlainText(new Uint8Array())).toBe("");
    expect(stateToPlainText(Y.encodeStateAsUpdate(new Y.Doc()))).toBe("");
  });
});
