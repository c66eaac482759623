import { describe, expect, it } from "vitest";
import { renderDocumentHtml } from "@/lib/documents/render-html";
import { collectBlockIds, expandBlocks, type ExpandLabels, type ExpandRecords } from "@/lib/document-blocks/expand";

const content = {
  type: "doc",
  content: [
    { type: "paragraph", content: [{ type: "text", text: "Ustalenia:" }] },
    { type: "decisionBlock", attrs: { decisionId: "d1", label: "3/2026" } },
    { type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph" }, { type: "actionBlock", attrs: { actionId: "a1", label: "#12" } }] }] },
    { type: "decisionBlock", attrs: { decisionId: "gone", label: "4/2026" } },
    { type: "actionBlock", attrs: { actionId: "a1", label: "#12" } },
  ],
};

const records: ExpandRecords = {
  decisions: new Map([["d1", { label: "3/2026", text: "Grupa przyjmuje harmonogram naboru.", statusLabel: "Uchylona" }]]),
  actions: new Map([["a1", { label: "#12", title: "Przygotować ankietę", details: "UMWS, Anna Kowalczyk, termin 30 czerwca 2026, status: Otwarte" }]]),
};

const labels: ExpandLabels = {
  decision: (label) => `Decyzja ${label}`,
  action: (label) => `Działanie ${label}`,
  missingDecision: (label) => `[Decyzja ${label ?? ""} — brak]`,
  missingAction: (label) => `[Działanie ${label ?? ""} — brak]`,
};

describe("expanding blocks for exports", () => {
  it("collects each record id once", () => {
    expect(collectBlockIds(content)).toEqual({ decisionIds: ["d1", "gone"], actionIds: ["a1"] });
  });

  it("replaces blocks by paragraphs describing their records, wherever they stand", () => {
    const html = renderDocumentHtml(expandBlocks(content, records, labels));
    expect(html).toContain("<p><strong>Decyzja 3/2026: </strong>Grupa przyjmuje harmonogram naboru.<em> (Uchylona)</em></p>");
    expect(html).toContain("<li><p><br></p><p><strong>Działanie #12: </strong>Przygotować ankietę — UMWS, Anna Kowalczyk, termin 30 czerwca 2026, status: Otwarte</p></li>");
    expect(html).toContain("<p><em>[Decyzja 4/2026 — brak]</em></p>");
  });

  it("leaves content without blocks untouched", () => {
    const plain = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x" }] }] };
    expect(expandBlocks(plain, records, labels)).toEqual(plain);
  });
});
