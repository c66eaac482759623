import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { DecisionStatusBadge } from "@/components/decisions/decision-status-badge";
import { formatCalendarDate } from "@/lib/format/dates";
import { formatDecisionNumber } from "@/lib/decisions/numbering";
import type { DecisionListRow } from "@/lib/decisions/data";
import type { AppLocale } from "@/lib/i18n/config";

/** Table on wide screens, cards on phones. The text is clamped; the decision page has all of it. */
export async function DecisionList({ rows, locale }: { rows: DecisionListRow[]; locale: AppLocale }) {
  const t = await getTranslations("decisions");
  const supersededNote = (row: DecisionListRow) =>
    row.status === "SUPERSEDED" && row.supersededBy ? (
      <span className="mt-1 block text-xs text-muted-foreground">
        {t("list.supersededBy")}{" "}
        <Link href={`/decisions/${row.supersededBy.id}`} className="text-primary underline-offset-4 hover:underline">
          {formatDecisionNumber(row.supersededBy)}
        </Link>
      </span>
    ) : null;
  return (
    <>
      <Table containerClassName="hidden md:block">
        <TableHeader>
          <TableRow>
            <TableHead className="w-24">{t("columns.number")}</TableHead>
            <TableHead className="w-40">{t("columns.date")}</TableHead>
            <TableHead>{t("columns.text")}</TableHead>
            <TableHead className="w-56">{t("columns.meeting")}</TableHead>
            <TableHead className="w-36">{t("columns.status")}</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.id}>
              <TableCell className="align-top font-medium whitespace-nowrap tabular-nums">
                <Link href={`/decisions/${row.id}`} className="text-primary underline-offset-4 hover:underline">
                  <span className="sr-only">{t("list.numberPrefix")} </span>
                  {formatDecisionNumber(row)}
                </Link>
              </TableCell>
              <TableCell className="align-top text-sm whitespace-nowrap">{formatCalendarDate(row.decidedOn, locale)}</TableCell>
              <TableCell className="align-top text-sm">
                <p className="line-clamp-3 whitespace-pre-line">{row.text}</p>
              </TableCell>
              <TableCell className="align-top text-sm">
                {row.meeting ? (
                  <Link href={`/meetings/${row.meeting.id}`} className="line-clamp-2 underline-offset-4 hover:underline">
                    {row.meeting.title}
                  </Link>
                ) : (
                  <span className="text-muted-foreground">—</span>
                )}
              </TableCell>
              <TableCell className="align-top">
                <DecisionStatusBadge status={row.status} />
                {supersededNote(row)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <ul className="flex flex-col gap-3 md:hidden">
        {rows.map((row) => (
          <li key={row.id} className="rounded-lg border border-border bg-card p-4">
            <div className="mb-1 flex flex-wrap items-center gap-2">
              <Link href={`/decisions/${row.id}`} className="font-semibold text-primary tabular-nums underline-offset-4 hover:underline">
                <span className="sr-only">{t("list.numberPrefix")} </span>
                {formatDecisionNumber(row)}
              </Link>
              <DecisionStatusBadge status={row.status} />
              <span className="text-sm text-muted-foreground">{formatCalendarDate(row.decidedOn, locale)}</span>
            </div>
            <p className="line-clamp-4 text-sm whitespace-pre-line">{row.text}</p>
            {row.meeting ? <p className="mt-1 text-sm text-muted-foreground">{row.meeting.title}</p> : null}
            {supersededNote(row)}
          </li>
        ))}
      </ul>
    </>
  );
}
