// Exports, print and past versions cannot run the editor's live node views, so before a
// document is laid out its decision/action blocks are replaced by plain paragraphs with the
// record's current data ("Decyzja 3/2026: …", "Działanie #12: … — UMWS, termin …").
// The pure part lives here; lib/document-blocks/expand-server.ts loads the records.
import type { ProseMirrorJson } from "@/lib/editor/content";
import { ACTION_BLOCK, cleanBlockId, cleanBlockLabel, DECISION_BLOCK } from "@/lib/editor/blocks/nodes";

export type ExpandRecords = {
  decisions: Map<string, { label: string; text: string; statusLabel: string | null }>;
  actions: Map<string, { label: string; title: string; details: string }>;
};

export type ExpandLabels = {
  decision: (label: string) => string;
  action: (label: string) => string;
  /** A block whose record no longer exists: "[Decyzja 3/2026 — usunięta z rejestru]". */
  missingDecision: (label: string | null) => string;
  missingAction: (label: string | null) => string;
};

/** The ids of every block in the content, for one query per kind. */
export function collectBlockIds(content: ProseMirrorJson): { decisionIds: string[]; actionIds: string[] } {
  const decisionIds = new Set<string>();
  const actionIds = new Set<string>();
  const walk = (node: ProseMirrorJson) => {
    if (node.type === DECISION_BLOCK) {
      const id = cleanBlockId(node.attrs?.decisionId);
      if (id) decisionIds.add(id);
    } else if (node.type === ACTION_BLOCK) {
      const id = cleanBlockId(node.attrs?.actionId);
      if (id) actionIds.add(id);
    }
    node.content?.forEach(walk);
  };
  walk(content);
  return { decisionIds: [...decisionIds], actionIds: [...actionIds] };
}

const text = (value: string, marks?: ProseMirrorJson["marks"]): ProseMirrorJson => (marks ? { type: "text", text: value, marks } : { type: "text", text: value });

function expandDecision(node: ProseMirrorJson, records: ExpandRecords, labels: ExpandLabels): ProseMirrorJson {
  const id = cleanBlockId(node.attrs?.decisionId);
  const record = id ? records.decisions.get(id) : undefined;
  if (!record) return { type: "paragraph", content: [text(labels.missingDecision(cleanBlockLabel(node.attrs?.label)), [{ type: "italic" }])] };
  const content = [text(`${labels.decision(record.label)}: `, [{ type: "bold" }]), text(record.text)];
  if (record.statusLabel) content.push(text(` (${record.statusLabel})`, [{ type: "italic" }]));
  return { type: "paragraph", content };
}

function expandAction(node: ProseMirrorJson, records: ExpandRecords, labels: ExpandLabels): ProseMirrorJson {
  const id = cleanBlockId(node.attrs?.actionId);
  const record = id ? records.actions.get(id) : undefined;
  if (!record) return { type: "paragraph", content: [text(labels.missingAction(cleanBlockLabel(node.attrs?.label)), [{ type: "italic" }])] };
  return { type: "paragraph", content: [text(`${labels.action(record.label)}: `, [{ type: "bold" }]), text(record.title), text(` — ${record.details}`)] };
}

/** A copy of the content with every block replaced by a paragraph describing its record. */
export function expandBlocks(content: ProseMirrorJson, records: ExpandRecords, labels: ExpandLabels): ProseMirrorJson {
  const walk = (node: ProseMirrorJson): ProseMirrorJson => {
    if (node.type === DECISION_BLOCK) return expandDecision(node, records, labels);
    if (node.type === ACTION_BLOCK) return expandAction(node, records, labels);
    return node.content ? { ...node, content: node.content.map(walk) } : node;
  };
  return walk(content);
}
