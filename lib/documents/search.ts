// Document search: every word of the query must occur in the title or the text, ignoring
// case and diacritics ("strategia swietokrzyska" finds "Strategia świętokrzyska"). Done in
// code like the other lists: `unaccent` is not available on every PostgreSQL (nor PGlite).
import { foldText } from "@/lib/format/fold-text";

export type SearchHit = { inTitle: boolean; snippet: string | null };

const SNIPPET_RADIUS = 60;

export function queryWords(q: string): string[] {
  return foldText(q).split(/\s+/).filter(Boolean);
}

/** Null when the row does not match; otherwise where it matched and a text excerpt around it. */
export function matchDocument(row: { title: string; plainText: string }, words: string[]): SearchHit | null {
  if (words.length === 0) return { inTitle: false, snippet: null };
  const title = foldText(row.title);
  const body = foldText(row.plainText);
  if (!words.every((w) => title.includes(w) || body.includes(w))) return null;
  const inTitle = words.every((w) => title.includes(w));
  if (inTitle) return { inTitle, snippet: null };
  const first = words.map((w) => body.indexOf(w)).filter((i) => i >= 0).sort((a, b) => a - b)[0] ?? 0;
  return { inTitle, snippet: excerpt(row.plainText, first) };
}

/**
 * A one-line excerpt around `index` of the folded text. Folding keeps precomposed letters
 * one code unit long, so the index points at the same place in the original.
 */
export function excerpt(text: string, index: number): string {
  const start = Math.max(0, index - SNIPPET_RADIUS);
  const end = Math.min(text.length, index + SNIPPET_RADIUS);
  let part = text.slice(start, end).replace(/\s+/g, " ").trim();
  // Cut at word boundaries so the excerpt does not start or end mid-word.
  if (start > 0) part = `…${part.replace(/^\S*\s/, "")}`;
  if (end < text.length) part = `${part.replace(/\s\S*$/, "")}…`;
  return part;
}
