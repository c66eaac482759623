// Comparing a past version of a document with the current one: first block by block
// (paragraphs, headings, list items, table rows), then word by word inside blocks that
// changed. A plain LCS is enough here: documents are hundreds of blocks, not millions of
// lines, and a dependency would not know our block model anyway.
import type { ProseMirrorJson } from "@/lib/editor/content";

export type DiffOp = "equal" | "insert" | "delete";
export type DiffRun<T> = { op: DiffOp; items: T[] };

/** Above this many DP cells the middle part is reported as replaced instead of aligned. */
const MAX_CELLS = 4_000_000;

/**
 * Longest-common-subsequence diff of two sequences, as runs of equal / deleted / inserted
 * items (deletions before insertions where both happen at the same place).
 */
export function diffSequences<T>(a: readonly T[], b: readonly T[], equal: (x: T, y: T) => boolean = Object.is): DiffRun<T>[] {
  const runs: DiffRun<T>[] = [];
  const push = (op: DiffOp, item: T) => {
    const last = runs[runs.length - 1];
    if (last && last.op === op) last.items.push(item);
    else runs.push({ op, items: [item] });
  };

  // Common prefix and suffix cost nothing and keep the table small.
  let start = 0;
  while (start < a.length && start < b.length && equal(a[start]!, b[start]!)) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && equal(a[endA - 1]!, b[endB - 1]!)) {
    endA--;
    endB--;
  }
  for (let i = 0; i < start; i++) push("equal", a[i]!);

  const n = endA - start;
  const m = endB - start;
  if (n > 0 && m > 0 && (n + 1) * (m + 1) <= MAX_CELLS) {
    // lengths[i][j] = LCS length of a[start+i..endA) and b[start+j..endB), row-major.
    const width = m + 1;
    const lengths = new Uint32Array((n + 1) * width);
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lengths[i * width + j] = equal(a[start + i]!, b[start + j]!)
          ? lengths[(i + 1) * width + j + 1]! + 1
          : Math.max(lengths[(i + 1) * width + j]!, lengths[i * width + j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
      if (equal(a[start + i]!, b[start + j]!)) {
        push("equal", a[start + i]!);
        i++;
        j++;
      } else if (lengths[(i + 1) * width + j]! >= lengths[i * width + j + 1]!) {
        push("delete", a[start + i]!);
        i++;
      } else {
        push("insert", b[start + j]!);
        j++;
      }
    }
    for (; i < n; i++) push("delete", a[start + i]!);
    for (; j < m; j++) push("insert", b[start + j]!);
  } else {
    for (let i = start; i < endA; i++) push("delete", a[i]!);
    for (let j = start; j < endB; j++) push("insert", b[j]!);
  }

  for (let i = endA; i < a.length; i++) push("equal", a[i]!);
  return normaliseRuns(runs);
}

/** Within each changed stretch, all deletions first, then all insertions. */
function normaliseRuns<T>(runs: DiffRun<T>[]): DiffRun<T>[] {
  const out: DiffRun<T>[] = [];
  let deleted: T[] = [];
  let inserted: T[] = [];
  const flush = () => {
    if (deleted.length) out.push({ op: "delete", items: deleted });
    if (inserted.length) out.push({ op: "insert", items: inserted });
    deleted = [];
    inserted = [];
  };
  for (const run of runs) {
    if (run.op === "equal") {
      flush();
      out.push(run);
    } else if (run.op === "delete") deleted.push(...run.items);
    else inserted.push(...run.items);
  }
  flush();
  return out;
}

export type TextSegment = { op: DiffOp; text: string };

/** Words, runs of whitespace and single punctuation marks. */
export function tokenize(text: string): string[] {
  return text.match(/\s+|[\p{L}\p{N}\p{M}_]+|[^\s\p{L}\p{N}\p{M}_]/gu) ?? [];
}

/**
 * Word-level diff of two strings. A lone space between two changed words is folded into
 * the change, so "old words" → "new words" reads as one replacement, not a patchwork.
 */
export function diffWords(before: string, after: string): TextSegment[] {
  const runs = diffSequences(tokenize(before), tokenize(after));
  const merged: DiffRun<string>[] = [];
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i]!;
    const prev = merged[merged.length - 1];
    const next = runs[i + 1];
    const whitespaceOnly = run.op === "equal" && run.items.every((t) => /^\s+$/u.test(t));
    if (whitespaceOnly && prev && prev.op !== "equal" && next && next.op !== "equal") {
      merged.push({ op: "delete", items: run.items }, { op: "insert", items: [...run.items] });
    } else merged.push(run);
  }
  const raw: TextSegment[] = normaliseRuns(merged).map((run) => ({ op: run.op, text: run.items.join("") }));
  // A replacement whose two sides start or end alike ("a, b " → " ") keeps the shared part
  // as unchanged text, so no lone space is marked as inserted.
  const trimmed: TextSegment[] = [];
  for (let i = 0; i < raw.length; i++) {
    const del = raw[i]!;
    const ins = raw[i + 1];
    if (del.op !== "delete" || ins?.op !== "insert") {
      trimmed.push(del);
      continue;
    }
    // Whole tokens only, so a word is never split ("czerwca" / "lipca" share no "ca").
    const a = tokenize(del.text);
    const b = tokenize(ins.text);
    let head = 0;
    while (head < a.length && head < b.length && a[head] === b[head]) head++;
    let tail = 0;
    while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
    trimmed.push(
      { op: "equal", text: a.slice(0, head).join("") },
      { op: "delete", text: a.slice(head, a.length - tail).join("") },
      { op: "insert", text: b.slice(head, b.length - tail).join("") },
      { op: "equal", text: a.slice(a.length - tail).join("") },
    );
    i++;
  }
  const segments: TextSegment[] = [];
  for (const segment of trimmed) {
    if (!segment.text) continue;
    const last = segments[segments.length - 1];
    if (last && last.op === segment.op) last.text += segment.text;
    else segments.push({ ...segment });
  }
  return segments;
}

// ---------------------------------------------------------------------------------------
// Blocks

export type BlockType = "heading" | "paragraph" | "codeBlock" | "tableRow" | "rule";

export type Block = {
  type: BlockType;
  /** Heading level 1–6. */
  level?: number;
  /** What a reader sees before the text: "•", "3.", "☐", "☑" (list items only, first paragraph). */
  marker?: string;
  /** For alignment: the marker's kind, so renumbering an ordered list does not count as a change. */
  markerKind?: "bullet" | "ordered" | "task" | "taskDone";
  /** Nesting in lists and quotes, for indentation. */
  depth: number;
  quote: boolean;
  /** Table rows whose cells are headers. */
  header?: boolean;
  /** Table cells, when type is "tableRow". */
  cells?: string[];
  text: string;
};

type Context = { depth: number; quote: boolean; marker?: string; markerKind?: Block["markerKind"] };

function inlineText(node: ProseMirrorJson): string {
  if (node.type === "text") return node.text ?? "";
  if (node.type === "mention") return `@${String(node.attrs?.label ?? node.attrs?.id ?? "")}`;
  if (node.type === "hardBreak") return "\n";
  return (node.content ?? []).map(inlineText).join("");
}

/** The document as a flat list of blocks, in reading order. */
export function flattenBlocks(doc: ProseMirrorJson): Block[] {
  const blocks: Block[] = [];
  const walk = (node: ProseMirrorJson, ctx: Context) => {
    switch (node.type) {
      case "paragraph":
      case "heading":
      case "codeBlock": {
        const block: Block = { type: node.type, depth: ctx.depth, quote: ctx.quote, text: inlineText(node) };
        if (node.type === "heading") block.level = clampLevel(node.attrs?.level);
        if (ctx.marker) {
          block.marker = ctx.marker;
          block.markerKind = ctx.markerKind;
          // Only the item's first paragraph carries the bullet.
          ctx.marker = undefined;
          ctx.markerKind = undefined;
        }
        blocks.push(block);
        return;
      }
      case "horizontalRule":
        blocks.push({ type: "rule", depth: ctx.depth, quote: ctx.quote, text: "" });
        return;
      case "tableRow": {
        const cells = (node.content ?? []).map((cell) => (cell.content ?? []).map(inlineText).join("\n"));
        const header = (node.content ?? []).length > 0 && (node.content ?? []).every((c) => c.type === "tableHeader");
        blocks.push({ type: "tableRow", depth: ctx.depth, quote: ctx.quote, cells, header, text: cells.join(" | ") });
        return;
      }
      case "bulletList":
      case "orderedList":
      case "taskList": {
        const startAt = node.type === "orderedList" ? Number(node.attrs?.start ?? 1) || 1 : 1;
        (node.content ?? []).forEach((item, index) => {
          const checked = item.attrs?.checked === true;
          const itemCtx: Context = {
            depth: ctx.depth + 1,
            quote: ctx.quote,
            marker: node.type === "bulletList" ? "•" : node.type === "orderedList" ? `${startAt + index}.` : checked ? "☑" : "☐",
            markerKind: node.type === "bulletList" ? "bullet" : node.type === "orderedList" ? "ordered" : checked ? "taskDone" : "task",
          };
          for (const child of item.content ?? []) walk(child, itemCtx);
          // An item without any paragraph still shows up as an empty bullet.
          if (itemCtx.marker) blocks.push({ type: "paragraph", depth: itemCtx.depth, quote: ctx.quote, marker: itemCtx.marker, markerKind: itemCtx.markerKind, text: "" });
        });
        return;
      }
      case "blockquote":
        for (const child of node.content ?? []) walk(child, { ...ctx, quote: true });
        return;
      default:
        for (const child of node.content ?? []) walk(child, ctx);
    }
  };
  walk(doc, { depth: 0, quote: false });
  return blocks;
}

function clampLevel(level: unknown): number {
  const n = Number(level);
  return Number.isInteger(n) && n >= 1 && n <= 6 ? n : 1;
}

function blockKey(block: Block): string {
  return [block.type, block.level ?? "", block.markerKind ?? "", block.depth, block.quote ? "q" : "", block.text].join("\u0000");
}

export type BlockStatus = "same" | "added" | "removed" | "changed";
export type BlockChange = { status: BlockStatus; block: Block; segments: TextSegment[] };
export type DocumentComparison = {
  changes: BlockChange[];
  summary: { added: number; removed: number; changed: number; same: number };
};

/**
 * How much two versions of a block still share: the length of the unchanged text over the
 * longer of the two. Below the threshold a pair reads better as "removed + added".
 */
function similarity(segments: TextSegment[], before: string, after: string): number {
  const longest = Math.max(before.length, after.length);
  if (longest === 0) return 1;
  const kept = segments.filter((s) => s.op === "equal").reduce((sum, s) => sum + s.text.trim().length, 0);
  return kept / longest;
}

const CHANGED_THRESHOLD = 0.3;

/** Blocks of `before` (a past version) against `after` (the current document). */
export function compareDocuments(before: ProseMirrorJson, after: ProseMirrorJson): DocumentComparison {
  return compareBlocks(flattenBlocks(before), flattenBlocks(after));
}

export function compareBlocks(before: Block[], after: Block[]): DocumentComparison {
  const keyed = (blocks: Block[]) => blocks.map((block) => ({ block, key: blockKey(block) }));
  const runs = diffSequences(keyed(before), keyed(after), (x, y) => x.key === y.key);
  const changes: BlockChange[] = [];
  // Equal runs hold the past version's blocks; show the current ones (their list numbers
  // are what readers see now). Equal and inserted runs together walk `after` in order.
  let afterIndex = 0;
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r]!;
    if (run.op === "equal") {
      for (let k = 0; k < run.items.length; k++) {
        const block = after[afterIndex++]!;
        changes.push({ status: "same", block, segments: [{ op: "equal", text: block.text }] });
      }
      continue;
    }
    if (run.op === "insert") {
      for (const { block } of run.items) changes.push(added(block));
      afterIndex += run.items.length;
      continue;
    }
    // A deletion directly followed by an insertion: pair blocks of the same type in order.
    const next = runs[r + 1];
    const inserted = next?.op === "insert" ? next.items.map((i) => i.block) : [];
    if (next?.op === "insert") {
      r++;
      afterIndex += inserted.length;
    }
    const removedBlocks = run.items.map((i) => i.block);
    pairChanges(removedBlocks, inserted, changes);
  }
  const summary = { added: 0, removed: 0, changed: 0, same: 0 };
  for (const c of changes) summary[c.status]++;
  return { changes, summary };
}

function added(block: Block): BlockChange {
  return { status: "added", block, segments: block.text ? [{ op: "insert", text: block.text }] : [] };
}

function removed(block: Block): BlockChange {
  return { status: "removed", block, segments: block.text ? [{ op: "delete", text: block.text }] : [] };
}

function pairChanges(removedBlocks: Block[], insertedBlocks: Block[], out: BlockChange[]) {
  let i = 0;
  let j = 0;
  while (i < removedBlocks.length || j < insertedBlocks.length) {
    const old = removedBlocks[i];
    const cur = insertedBlocks[j];
    if (old && cur && old.type === cur.type) {
      const segments = diffWords(old.text, cur.text);
      if (similarity(segments, old.text, cur.text) >= CHANGED_THRESHOLD || old.text === cur.text) {
        out.push({ status: "changed", block: cur, segments });
      } else {
        out.push(removed(old), added(cur));
      }
      i++;
      j++;
    } else if (old && (!cur || removedBlocks.length - i >= insertedBlocks.length - j)) {
      out.push(removed(old));
      i++;
    } else if (cur) {
      out.push(added(cur));
      j++;
    }
  }
}
