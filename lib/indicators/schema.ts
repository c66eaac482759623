import { z } from "zod";
import { dayString } from "@/lib/decisions/schema";

export const INDICATOR_NAME_MAX = 300;
export const INDICATOR_DESCRIPTION_MAX = 2000;
export const INDICATOR_UNIT_MAX = 40;
export const CONTRIBUTION_NOTE_MAX = 1000;
export const EVIDENCE_URL_MAX = 2000;
/** Decimal(14,2) holds 12 digits before the point. */
export const QUANTITY_MAX = 999_999_999_999.99;

function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess(
    (value) => (value === undefined || value === null || (typeof value === "string" && value.trim() === "") ? null : value),
    schema.nullable(),
  );
}

const idSchema = z.string().trim().min(1).max(64);

/**
 * Parses a quantity as people type it in Poland and elsewhere: "1200", "1 200", "1200,5",
 * "1.200,50", "1,200.50". A separator followed by exactly three digits is read as a thousands
 * separator (values have at most two decimals). Null for anything else.
 */
export function parseQuantity(raw: unknown): number | null {
  if (typeof raw === "number") return Number.isFinite(raw) && Math.round(raw * 100) === raw * 100 ? raw : null;
  if (typeof raw !== "string") return null;
  let s = raw.trim().replace(/[\s\u00a0\u202f']/g, "");
  // "1.200,50" (Polish thousands dot) and "1,200.50" (English thousands comma).
  if (/^[1-9]\d{0,2}(\.\d{3})+(,\d{1,2})?$/.test(s)) s = s.replace(/\./g, "").replace(",", ".");
  else if (/^[1-9]\d{0,2}(,\d{3})+(\.\d{1,2})?$/.test(s)) s = s.replace(/,/g, "");
  else s = s.replace(",", ".");
  if (!/^-?\d+(\.\d{1,2})?$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/** A quantity field: refuses non-numbers and values outside [min, QUANTITY_MAX]. */
function quantity(options: { min: number }) {
  return z.unknown().transform((raw, ctx) => {
    if (raw === undefined || raw === null || (typeof raw === "string" && raw.trim() === "")) {
      ctx.addIssue({ code: "invalid_type", expected: "number", input: raw });
      return z.NEVER;
    }
    const n = parseQuantity(raw);
    if (n === null) {
      ctx.addIssue({ code: "custom", message: "invalidNumber" });
      return z.NEVER;
    }
    if (n < options.min) {
      ctx.addIssue({ code: "too_small", origin: "number", minimum: options.min, inclusive: true, input: n });
      return z.NEVER;
    }
    if (n > QUANTITY_MAX) {
      ctx.addIssue({ code: "too_big", origin: "number", maximum: QUANTITY_MAX, inclusive: true, input: n });
      return z.NEVER;
    }
    return n;
  });
}

// https only: evidence links are rendered to every partner.
const httpsUrl = z
  .string()
  .trim()
  .max(EVIDENCE_URL_MAX)
  .pipe(z.url({ protocol: /^https$/, hostname: z.regexes.domain }));

/**
 * Notes are for aggregate figures only (RODO data minimisation). This catches the obvious
 * slips — a PESEL number, an e-mail address, a phone number — not every possible one.
 */
export function looksLikePersonalData(text: string): boolean {
  if (/\b\d{11}\b/.test(text)) return true;
  if (/[^\s@]+@[^\s@]+\.[^\s@]+/.test(text)) return true;
  if (/(?:\+48[\s-]?)?\b\d{3}[\s-]\d{3}[\s-]\d{3}\b/.test(text)) return true;
  return false;
}

const indicatorFields = {
  name: z.string().trim().min(1).max(INDICATOR_NAME_MAX),
  description: optional(z.string().trim().max(INDICATOR_DESCRIPTION_MAX)).default(null),
  unit: z.string().trim().min(1).max(INDICATOR_UNIT_MAX),
  target: quantity({ min: 0.01 }),
  baseline: z.preprocess((v) => (v === undefined || v === null || (typeof v === "string" && v.trim() === "") ? "0" : v), quantity({ min: 0 })),
  deadline: optional(dayString).default(null),
};

export const createIndicatorSchema = z
  .object({ groupId: idSchema, ...indicatorFields })
  .refine((v) => v.baseline < v.target, { message: "baselineNotBelowTarget", path: ["baseline"] });
export type CreateIndicatorInput = z.input<typeof createIndicatorSchema>;

export const updateIndicatorSchema = z
  .object({ id: idSchema, ...indicatorFields })
  .refine((v) => v.baseline < v.target, { message: "baselineNotBelowTarget", path: ["baseline"] });
export type UpdateIndicatorInput = z.input<typeof updateIndicatorSchema>;

export const indicatorIdSchema = z.object({ id: idSchema });

export const reportContributionSchema = z
  .object({
    indicatorId: idSchema,
    institutionId: idSchema,
    periodStart: dayString,
    periodEnd: dayString,
    // Zero is a real report ("nothing this quarter"); corrections are made by deleting an entry.
    value: quantity({ min: 0 }),
    note: optional(
      z
        .string()
        .trim()
        .max(CONTRIBUTION_NOTE_MAX)
        .refine((v) => !looksLikePersonalData(v), { message: "personalData" }),
    ).default(null),
    evidenceUrl: optional(httpsUrl).default(null),
  })
  .refine((v) => v.periodEnd >= v.periodStart, { message: "endBeforeStart", path: ["periodEnd"] });
export type ReportContributionInput = z.input<typeof reportContributionSchema>;

export const contributionIdSchema = z.object({ id: idSchema });
