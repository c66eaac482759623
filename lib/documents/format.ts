// Small display helpers for documents: "5 minut temu", "12,4 KB".
import { formatDistanceStrict } from "date-fns";
import { enGB, pl } from "date-fns/locale";
import type { AppLocale } from "@/lib/i18n/config";

/** Relative to `now`; null under a minute, for the caller's own "just now". */
export function formatRelative(date: Date, now: Date, locale: AppLocale): string | null {
  if (Math.abs(now.getTime() - date.getTime()) < 60_000) return null;
  return formatDistanceStrict(date, now, { addSuffix: true, locale: locale === "en" ? enGB : pl });
}

export function formatSize(bytes: number, locale: AppLocale): string {
  const tag = locale === "en" ? "en-GB" : "pl-PL";
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return new Intl.NumberFormat(tag, { style: "unit", unit: "kilobyte", unitDisplay: "short", maximumFractionDigits: 1 }).format(bytes / 1024);
  return new Intl.NumberFormat(tag, { style: "unit", unit: "megabyte", unitDisplay: "short", maximumFractionDigits: 1 }).format(bytes / (1024 * 1024));
}
