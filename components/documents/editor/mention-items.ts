// The people and institutions that can be mentioned (in the document and in comments):
// matching the typed query, and the id format stored in mention nodes ("user:<id>").
import { foldText } from "@/lib/format/fold-text";

export type Mentionable = { id: string; label: string; kind: "user" | "institution"; detail?: string };

export const MENTION_RESULTS_MAX = 8;

/** The page may pass raw ids or already prefixed ones; mentions always store the prefix. */
export function mentionIdOf(item: Pick<Mentionable, "id" | "kind">): string {
  return item.id.startsWith("user:") || item.id.startsWith("institution:") ? item.id : `${item.kind}:${item.id}`;
}

/**
 * Matches without diacritics ("dabrowska" finds "Dąbrowska"). A name starting with the query
 * comes first, then a word of the name, then a match in the detail (institution, e-mail).
 */
export function filterMentionables(items: readonly Mentionable[], query: string, limit = MENTION_RESULTS_MAX): Mentionable[] {
  const q = foldText(query.trim());
  if (!q) return items.slice(0, limit);
  const scored: { item: Mentionable; score: number; index: number }[] = [];
  items.forEach((item, index) => {
    const label = foldText(item.label);
    const detail = foldText(item.detail ?? "");
    let score = -1;
    if (label.startsWith(q)) score = 0;
    else if (label.split(/[\s\-–—(),.]+/).some((word) => word.startsWith(q))) score = 1;
    else if (label.includes(q)) score = 2;
    else if (detail.includes(q)) score = 3;
    if (score >= 0) scored.push({ item, score, index });
  });
  return scored
    .sort((a, b) => a.score - b.score || a.index - b.index)
    .slice(0, limit)
    .map((s) => s.item);
}
