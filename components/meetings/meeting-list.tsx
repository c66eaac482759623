import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { MapPin, Video } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { MeetingStatusBadge } from "@/components/meetings/meeting-status-badge";
import type { MeetingListRow } from "@/lib/meetings/data";
import { formatMeetingRange } from "@/lib/meetings/time";
import type { AppLocale } from "@/lib/i18n/config";

type Props = { rows: MeetingListRow[]; locale: AppLocale; timeZone: string; showGroup: boolean };

/** Table on wide screens, cards on phones; times in the viewer's zone. */
export async function MeetingList({ rows, locale, timeZone, showGroup }: Props) {
  const t = await getTranslations("meetings");
  const where = (row: MeetingListRow) => (
    <span className="flex flex-col gap-0.5">
      {row.place ? (
        <span className="flex items-start gap-1">
          <MapPin className="mt-0.5 size-3.5 shrink-0" aria-hidden="true" />
          <span className="line-clamp-2">{row.place}</span>
        </span>
      ) : null}
      {row.onlineUrl ? (
        <span className="flex items-center gap-1">
          <Video className="size-3.5 shrink-0" aria-hidden="true" />
          {t("online")}
        </span>
      ) : null}
      {!row.place && !row.onlineUrl ? <span className="text-muted-foreground">{t("noPlace")}</span> : null}
    </span>
  );
  return (
    <>
      <Table containerClassName="hidden md:block">
        <TableHeader>
          <TableRow>
            <TableHead>{t("columns.when")}</TableHead>
            <TableHead>{t("columns.title")}</TableHead>
            <TableHead>{t("columns.status")}</TableHead>
            <TableHead>{t("columns.where")}</TableHead>
            <TableHead>{t("columns.organiser")}</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.id}>
              <TableCell className="align-top text-sm">{formatMeetingRange(row.startsAt, row.endsAt, locale, timeZone)}</TableCell>
              <TableCell className="align-top">
                <Link href={`/meetings/${row.id}`} className="font-medium text-primary underline-offset-4 hover:underline">
                  {row.title}
                </Link>
                <div className="text-sm text-muted-foreground">
                  {t(`kinds.${row.kind}`)}
                  {showGroup ? ` · ${row.group.name}` : ""}
                </div>
              </TableCell>
              <TableCell className="align-top">
                <MeetingStatusBadge status={row.status} />
              </TableCell>
              <TableCell className="max-w-64 align-top text-sm">{where(row)}</TableCell>
              <TableCell className="align-top text-sm">
                {row.organiserInstitution ? <abbr title={row.organiserInstitution.name}>{row.organiserInstitution.shortName}</abbr> : "—"}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <ul className="flex flex-col gap-3 md:hidden">
        {rows.map((row) => (
          <li key={row.id} className="rounded-lg border border-border bg-card p-4">
            <div className="mb-1 flex flex-wrap items-center gap-2">
              <MeetingStatusBadge status={row.status} />
              <Badge variant="outline">{t(`kinds.${row.kind}`)}</Badge>
            </div>
            <Link href={`/meetings/${row.id}`} className="font-medium text-primary underline-offset-4 hover:underline">
              {row.title}
            </Link>
            <p className="mt-1 text-sm">{formatMeetingRange(row.startsAt, row.endsAt, locale, timeZone)}</p>
            <div className="mt-1 text-sm text-muted-foreground">{where(row)}</div>
            {row.organiserInstitution || showGroup ? (
              <p className="mt-1 text-sm text-muted-foreground">
                {[row.organiserInstitution?.shortName, showGroup ? row.group.name : null].filter(Boolean).join(" · ")}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
