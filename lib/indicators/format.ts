// Numbers as people in each language read them: "1 200,5" in Polish, "1,200.5" in English.
import { format } from "date-fns";
import { enGB, pl } from "date-fns/locale";
import { TZDate } from "@date-fns/tz";
import { quarterOfDay, quarterPeriod } from "@/lib/indicators/periods";
import type { AppLocale } from "@/lib/i18n/config";

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: AppLocale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}:${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale === "pl" ? "pl-PL" : "en-GB", options);
    formatters.set(key, f);
  }
  return f;
}

/** A quantity with up to two decimals; Polish groups thousands from 1 000 on (CLDR leaves 4-digit numbers ungrouped). */
export function formatQuantity(value: number, locale: AppLocale): string {
  return formatter(locale, { maximumFractionDigits: 2, useGrouping: locale === "pl" ? "always" : "auto" }).format(value);
}

/** Share of the target in whole percent ("57%"); over-achievement shows as e.g. "105%". */
export function formatPercent(share: number, locale: AppLocale): string {
  return formatter(locale, { style: "percent", maximumFractionDigits: 0 }).format(share);
}

/** Roman numerals for Polish quarter names ("III kw. 2023"). */
export const ROMAN_QUARTERS = ["I", "II", "III", "IV"] as const;

/** "III kw. 2023" / "Q3 2023"; `short` leaves the year out (chart axis). */
export function formatQuarter(q: { year: number; quarter: 1 | 2 | 3 | 4 }, locale: AppLocale, short = false): string {
  const name = locale === "pl" ? `${ROMAN_QUARTERS[q.quarter - 1]} kw.` : `Q${q.quarter}`;
  return short ? name : `${name} ${q.year}`;
}

/** A reporting period: the quarter's name when it is exactly one quarter, otherwise the dates. */
export function formatPeriod(start: string, end: string, locale: AppLocale): string {
  const q = quarterOfDay(start);
  const whole = quarterPeriod(q);
  if (whole.start === start && whole.end === end) return formatQuarter(q, locale);
  const day = (s: string) => format(new TZDate(new Date(`${s}T00:00:00Z`), "UTC"), "d MMM yyyy", { locale: locale === "en" ? enGB : pl });
  return start === end ? day(start) : `${day(start)} – ${day(end)}`;
}
