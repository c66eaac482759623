// A group's start and end are calendar dates (DATE columns, read as UTC midnight). They are
// shown in UTC on purpose: in the viewer's zone a date west of Greenwich would show the day before.
import { formatCalendarDate } from "@/lib/format/dates";

export function formatGroupDate(value: Date, locale: string): string {
  return formatCalendarDate(value, locale === "en" ? "en" : "pl");
}

/** "9 maja 2012 – 30 kwietnia 2014", "od 1 lipca 2022", "do …" or null when neither is known. */
export function formatGroupPeriod(
  start: Date | null,
  end: Date | null,
  locale: string,
  words: { from: (date: string) => string; until: (date: string) => string },
): string | null {
  if (start && end) return `${formatGroupDate(start, locale)} – ${formatGroupDate(end, locale)}`;
  if (start) return words.from(formatGroupDate(start, locale));
  if (end) return words.until(formatGroupDate(end, locale));
  return null;
}
