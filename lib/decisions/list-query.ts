// The register is driven by its URL (?q=&year=&status=&meeting=&group=&page=): a filtered view
// can be bookmarked and shared and works without JavaScript. Unknown or malformed values fall
// back to "no filter" instead of failing the page.
import { z } from "zod";
import { foldText } from "@/lib/format/fold-text";
import { decisionStatuses } from "@/lib/decisions/schema";
import { formatDecisionNumber, parseDecisionNumber } from "@/lib/decisions/numbering";
import type { DecisionStatus } from "@/lib/generated/prisma/enums";

export const DECISIONS_PAGE_SIZE = 25;

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const lenient = <T extends z.ZodType>(schema: T, fallback: z.infer<T>) => z.preprocess(first, schema).catch(fallback);
const emptyToNull = (value: unknown) => (value === "" ? null : value);

const decisionListQuerySchema = z.object({
  q: lenient(z.string().trim().max(200), ""),
  year: lenient(z.preprocess(emptyToNull, z.coerce.number().int().min(1990).max(2999).nullable()), null),
  status: lenient(z.preprocess(emptyToNull, z.enum(decisionStatuses).nullable()), null),
  meeting: lenient(z.preprocess(emptyToNull, z.string().trim().min(1).max(64).nullable()), null),
  group: lenient(z.preprocess(emptyToNull, z.string().trim().min(1).max(64).nullable()), null),
  page: lenient(z.coerce.number().int().min(1).max(10_000), 1),
});

export type DecisionListQuery = {
  q: string;
  year: number | null;
  status: DecisionStatus | null;
  meeting: string | null;
  group: string | null;
  page: number;
};

export function parseDecisionListQuery(params: Record<string, string | string[] | undefined>): DecisionListQuery {
  return decisionListQuerySchema.parse(params);
}

/** URL of the register with `changes` applied; any change other than the page goes back to page 1. */
export function decisionListHref(query: DecisionListQuery, changes: Partial<DecisionListQuery> = {}): string {
  const next: DecisionListQuery = { ...query, ...changes, page: changes.page ?? 1 };
  const params = new URLSearchParams();
  if (next.group) params.set("group", next.group);
  if (next.q) params.set("q", next.q);
  if (next.year !== null) params.set("year", String(next.year));
  if (next.status) params.set("status", next.status);
  if (next.meeting) params.set("meeting", next.meeting);
  if (next.page > 1) params.set("page", String(next.page));
  const search = params.toString();
  return search ? `/decisions?${search}` : "/decisions";
}

export type SearchableDecision = { number: number; year: number; text: string; meetingTitle: string | null };

/**
 * "3/2026" finds that decision by its number; anything else must have every word in the text,
 * the number or the meeting's title, ignoring case and diacritics ("swietokrzyski" finds
 * "Świętokrzyski"). Done in code because `unaccent` is not available on every database.
 */
export function matchesDecisionSearch(row: SearchableDecision, q: string): boolean {
  const asNumber = parseDecisionNumber(q);
  if (asNumber) return row.number === asNumber.number && row.year === asNumber.year;
  const words = foldText(q).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = foldText([formatDecisionNumber(row), row.text, row.meetingTitle ?? ""].join(" "));
  return words.every((word) => haystack.includes(word));
}
