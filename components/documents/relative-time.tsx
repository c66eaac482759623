import { useTranslations } from "next-intl";
import { formatDateTime } from "@/lib/format/dates";
import { formatRelative } from "@/lib/documents/format";
import type { AppLocale } from "@/lib/i18n/config";

/** "5 minut temu", with the exact time (in the reader's zone) as a tooltip and machine value. */
export function RelativeTime({ date, now, locale, timeZone }: { date: Date; now: Date; locale: AppLocale; timeZone: string }) {
  const t = useTranslations("documents");
  const exact = formatDateTime(date, locale, timeZone);
  return (
    <time dateTime={date.toISOString()} title={exact}>
      {formatRelative(date, now, locale) ?? t("justNow")}
    </time>
  );
}
