import { useLocale, useTranslations } from "next-intl";
import { formatGroupPeriod } from "@/lib/groups/format";

/** The group's start–end as text ("9 maja 2012 – 30 kwietnia 2014"), or a dash-like "no dates". */
export function GroupPeriod({ start, end }: { start: Date | null; end: Date | null }) {
  const t = useTranslations("groups.period");
  const locale = useLocale();
  const text = formatGroupPeriod(start, end, locale, { from: (date) => t("from", { date }), until: (date) => t("until", { date }) });
  return <>{text ?? t("none")}</>;
}
