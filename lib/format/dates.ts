// Dates are stored in UTC and shown in the viewer's time zone (Europe/Warsaw by default),
// with date-fns locales, so DST changes are handled by the tz database, not by us.
import { format } from "date-fns";
import { enGB, pl } from "date-fns/locale";
import { TZDate } from "@date-fns/tz";
import { DEFAULT_TIME_ZONE, type AppLocale } from "@/lib/i18n/config";

const localeOf = (locale: AppLocale) => (locale === "en" ? enGB : pl);

export function formatDateTime(date: Date, locale: AppLocale, timeZone = DEFAULT_TIME_ZONE): string {
  return format(new TZDate(date, timeZone), "d MMMM yyyy, HH:mm", { locale: localeOf(locale) });
}

export function formatDate(date: Date, locale: AppLocale, timeZone = DEFAULT_TIME_ZONE): string {
  return format(new TZDate(date, timeZone), "d MMMM yyyy", { locale: localeOf(locale) });
}

/** Calendar dates (no time of day, stored as UTC midnight) must not shift with the zone. */
export function formatCalendarDate(date: Date, locale: AppLocale): string {
  return format(new TZDate(date, "UTC"), "d MMMM yyyy", { locale: localeOf(locale) });
}

export function formatTime(date: Date, locale: AppLocale, timeZone = DEFAULT_TIME_ZONE): string {
  return format(new TZDate(date, timeZone), "HH:mm", { locale: localeOf(locale) });
}
