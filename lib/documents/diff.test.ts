import { describe, expect, it } from "vitest";
import { compareDocuments, diffSequences, diffWords, flattenBlocks, tokenize } from "@/lib/documents/diff";
import type { ProseMirrorJson } from "@/lib/editor/content";

const p = (text: string): ProseMirrorJson => ({ type: "paragraph", content: text ? [{ type: "text", text }] : undefined });
const h = (level: number, text: string): ProseMirrorJson => ({ type: "heading", attrs: { level }, content: [{ type: "text", text }] });
const doc = (...content: ProseMirrorJson[]): ProseMirrorJson => ({ type: "doc", content });
const ol = (...items: string[]): ProseMirrorJson => ({ type: "orderedList", content: items.map((t) => ({ type: "listItem", content: [p(t)] })) });

/** Rebuilds both sides from the runs: the diff must never lose or invent items. */
function sides<T>(runs: { op: string; items: T[] }[]) {
  return {
    before: runs.filter((r) => r.op !== "insert").flatMap((r) => r.items),
    after: runs.filter((r) => r.op !== "delete").flatMap((r) => r.items),
  };
}

describe("diffSequences", () => {
  it("finds the longest common subsequence", () => {
    const runs = diffSequences([..."ABCABBA"], [..."CBABAC"]);
    expect(sides(runs)).toEqual({ before: [..."ABCABBA"], after: [..."CBABAC"] });
    const common = runs.filter((r) => r.op === "equal").reduce((n, r) => n + r.items.length, 0);
    expect(common).toBe(4);
  });

  it("handles empty sides and identical input", () => {
    expect(diffSequences([], [1, 2])).toEqual([{ op: "insert", items: [1, 2] }]);
    expect(diffSequences([1, 2], [])).toEqual([{ op: "delete", items: [1, 2] }]);
    expect(diffSequences([1, 2, 3], [1, 2, 3])).toEqual([{ op: "equal", items: [1, 2, 3] }]);
    expect(diffSequences([], [])).toEqual([]);
  });

  it("puts deletions before insertions inside a changed stretch", () => {
    expect(diffSequences(["a", "x", "b"], ["a", "y", "b"])).toEqual([
      { op: "equal", items: ["a"] },
      { op: "delete", items: ["x"] },
      { op: "insert", items: ["y"] },
      { op: "equal", items: ["b"] },
    ]);
  });

  it("stays correct on random input (seeded)", () => {
    let seed = 42;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed);
    for (let round = 0; round < 50; round++) {
      const a = Array.from({ length: next() % 30 }, () => next() % 5);
      const b = Array.from({ length: next() % 30 }, () => next() % 5);
      expect(sides(diffSequences(a, b))).toEqual({ before: a, after: b });
    }
  });
});

describe("diffWords", () => {
  it("tokenizes words with Polish letters, spaces and punctuation", () => {
    expect(tokenize("Zażółć gęślą, jaźń!")).toEqual(["Zażółć", " ", "gęślą", ",", " ", "jaźń", "!"]);
  });

  it("marks inserted and deleted words", () => {
    expect(diffWords("Posiedzenie odbyło się w Kielcach.", "Posiedzenie odbyło się online w Kielcach.")).toEqual([
      { op: "equal", text: "Posiedzenie odbyło się " },
      { op: "insert", text: "online " },
      { op: "equal", text: "w Kielcach." },
    ]);
  });

  it("reads a replaced phrase as one deletion and one insertion", () => {
    expect(diffWords("termin do 30 czerwca", "termin do końca lipca")).toEqual([
      { op: "equal", text: "termin do " },
      { op: "delete", text: "30 czerwca" },
      { op: "insert", text: "końca lipca" },
    ]);
  });
});

describe("diffWords trimming", () => {
  it("never marks a lone space as inserted when a phrase is removed", () => {
    expect(diffWords("w regionie, koszty przeprowadzki i formalności", "w regionie i formalności")).toEqual([
      { op: "equal", text: "w regionie" },
      { op: "delete", text: ", koszty przeprowadzki" },
      { op: "equal", text: " i formalności" },
    ]);
  });
});

describe("compareDocuments", () => {
  it("reports added, removed and changed blocks and keeps the rest", () => {
    const before = doc(h(1, "Protokół"), p("Obecni: UMWŚ, WUP."), p("Akapit do usunięcia."), h(2, "Decyzje"));
    const after = doc(h(1, "Protokół"), p("Obecni: UMWŚ, WUP, PŚk."), h(2, "Decyzje"), p("Przyjęto harmonogram."));
    const { changes, summary } = compareDocuments(before, after);
    expect(summary).toEqual({ added: 1, removed: 1, changed: 1, same: 2 });
    expect(changes.map((c) => c.status)).toEqual(["same", "changed", "removed", "same", "added"]);
    expect(changes[1]!.segments).toEqual([
      { op: "equal", text: "Obecni: UMWŚ, WUP" },
      { op: "insert", text: ", PŚk" },
      { op: "equal", text: "." },
    ]);
  });

  it("shows a rewritten paragraph as removed + added rather than a patchwork", () => {
    const { changes } = compareDocuments(doc(p("Zupełnie inny tekst tutaj")), doc(p("Całkowicie nowa treść akapitu")));
    expect(changes.map((c) => c.status)).toEqual(["removed", "added"]);
  });

  it("does not count renumbering of an ordered list as a change", () => {
    const { summary, changes } = compareDocuments(doc(ol("pierwszy", "drugi")), doc(ol("nowy", "pierwszy", "drugi")));
    expect(summary).toEqual({ added: 1, removed: 0, changed: 0, same: 2 });
    expect(changes.map((c) => c.block.marker)).toEqual(["1.", "2.", "3."]);
  });

  it("flattens lists, tasks, tables, quotes and mentions", () => {
    const blocks = flattenBlocks(
      doc(
        { type: "taskList", content: [{ type: "taskItem", attrs: { checked: true }, content: [p("Wysłać zaproszenia")] }] },
        {
          type: "table",
          content: [
            { type: "tableRow", content: [{ type: "tableHeader", content: [p("Instytucja")] }, { type: "tableHeader", content: [p("Obecni")] }] },
            { type: "tableRow", content: [{ type: "tableCell", content: [p("WUP")] }, { type: "tableCell", content: [p("2")] }] },
          ],
        },
        { type: "blockquote", content: [{ type: "paragraph", content: [{ type: "text", text: "Cytat " }, { type: "mention", attrs: { id: "user:1", label: "Anna" } }] }] },
        { type: "horizontalRule" },
      ),
    );
    expect(blocks).toEqual([
      { type: "paragraph", depth: 1, quote: false, marker: "☑", markerKind: "taskDone", text: "Wysłać zaproszenia" },
      { type: "tableRow", depth: 0, quote: false, header: true, cells: ["Instytucja", "Obecni"], text: "Instytucja | Obecni" },
      { type: "tableRow", depth: 0, quote: false, header: false, cells: ["WUP", "2"], text: "WUP | 2" },
      { type: "paragraph", depth: 0, quote: true, text: "Cytat @Anna" },
      { type: "rule", depth: 0, quote: false, text: "" },
    ]);
  });
});
