import { getFormatter, getTranslations } from "next-intl/server";
import type { HistoryEntry, HistoryValue } from "@/lib/actions/data";
import { dateToDb, isCalendarDate } from "@/lib/actions/due";

const enumFields = { status: "statuses", priority: "priorities", source: "sources" } as const;

/** Who changed what and when, newest first; values as the reader knows them (names, dates, labels). */
export async function ActionHistory({ entries, timeZone }: { entries: HistoryEntry[]; timeZone: string }) {
  const t = await getTranslations("actions");
  const format = await getFormatter();
  const show = (field: string, value: HistoryValue): string => {
    if (value === null || value === "" || (Array.isArray(value) && value.length === 0)) return t("history.emptyValue");
    if (Array.isArray(value)) return value.join(", ");
    if (typeof value === "boolean") return value ? t("history.yes") : t("history.emptyValue");
    if (typeof value === "number") return field === "progressPercent" ? `${value}%` : String(value);
    const enumNs = enumFields[field as keyof typeof enumFields];
    if (enumNs && t.has(`${enumNs}.${value}`)) return t(`${enumNs}.${value}`);
    if (field === "dueDate" && isCalendarDate(value)) return format.dateTime(dateToDb(value), { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
    return value.length > 140 ? `${value.slice(0, 140)}…` : value;
  };
  const label = (field: string) => (t.has(`history.fields.${field}`) ? t(`history.fields.${field}`) : field);

  if (entries.length === 0) return <p className="text-sm text-muted-foreground">{t("history.empty")}</p>;
  return (
    <ol className="flex flex-col gap-3">
      {entries.map((entry) => (
        <li key={entry.id} className="border-l-2 border-border pl-3">
          <p className="text-sm">
            <span className="font-medium">{entry.user?.name ?? t("history.system")}</span>{" "}
            <span className="text-muted-foreground">{entry.created ? t("history.created") : t("history.changed")}</span>{" "}
            <time dateTime={entry.at.toISOString()} className="text-xs text-muted-foreground">
              {format.dateTime(entry.at, { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone })}
            </time>
          </p>
          {!entry.created && entry.fields.length ? (
            <dl className="mt-1 grid gap-0.5 text-sm">
              {entry.fields.map((f) => (
                <div key={f.field} className="flex flex-wrap gap-x-2">
                  <dt className="text-muted-foreground">{label(f.field)}:</dt>
                  <dd>{t("history.arrow", { before: show(f.field, f.before), after: show(f.field, f.after) })}</dd>
                </div>
              ))}
            </dl>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
