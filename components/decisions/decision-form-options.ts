// Turns the raw form choices into labelled options (server side, so dates are in the user's zone).
import { formatDate } from "@/lib/format/dates";
import { formatDecisionNumber } from "@/lib/decisions/numbering";
import type { DecisionFormOptions } from "@/components/decisions/decision-form";
import type { AppLocale } from "@/lib/i18n/config";

type Raw = {
  meetings: { id: string; title: string; startsAt: Date }[];
  indicators: { id: string; name: string; unit: string }[];
  inForce: { id: string; number: number; year: number; text: string }[];
};

const clip = (text: string, max = 90) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

export function decisionFormOptions(raw: Raw, ctx: { locale: AppLocale; timeZone: string; canSupersede: boolean }): DecisionFormOptions {
  return {
    meetings: raw.meetings.map((m) => ({ id: m.id, label: `${formatDate(m.startsAt, ctx.locale, ctx.timeZone)} — ${m.title}` })),
    indicators: raw.indicators,
    supersedable: ctx.canSupersede ? raw.inForce.map((d) => ({ id: d.id, label: `${formatDecisionNumber(d)} — ${clip(d.text.replace(/\s+/g, " "))}` })) : [],
  };
}
