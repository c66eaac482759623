import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { DocumentArchivedBadge, DocumentKindBadge, DocumentStatusBadge } from "@/components/documents/document-badges";
import { RelativeTime } from "@/components/documents/relative-time";
import type { DocumentListRow } from "@/lib/documents/data";
import { formatSize } from "@/lib/documents/format";
import { formatDate } from "@/lib/format/dates";
import type { AppLocale } from "@/lib/i18n/config";

type Props = { rows: DocumentListRow[]; locale: AppLocale; timeZone: string; showGroup: boolean; now: Date };

/** Table on wide screens, cards on phones; times relative, in the viewer's zone on hover. */
export async function DocumentList({ rows, locale, timeZone, showGroup, now }: Props) {
  const t = await getTranslations("documents");
  const edited = (row: DocumentListRow) => {
    const who = row.lastEditedBy ?? row.createdBy;
    return (
      <span className="flex flex-col">
        <RelativeTime date={row.lastEditedAt ?? row.createdAt} now={now} locale={locale} timeZone={timeZone} />
        {who ? <span className="text-muted-foreground">{who.name}</span> : null}
      </span>
    );
  };
  const meeting = (row: DocumentListRow) =>
    row.meeting ? (
      <span className="flex flex-col">
        <Link href={`/meetings/${row.meeting.id}`} className="text-primary underline-offset-4 hover:underline">
          {row.meeting.title}
        </Link>
        <span className="text-muted-foreground">{formatDate(row.meeting.startsAt, locale, timeZone)}</span>
      </span>
    ) : (
      <span className="text-muted-foreground">—</span>
    );
  const title = (row: DocumentListRow) => (
    <>
      <Link href={`/documents/${row.id}`} className="font-medium text-primary underline-offset-4 hover:underline">
        {row.title}
      </Link>
      <div className="mt-1 flex flex-wrap items-center gap-1.5">
        <DocumentKindBadge kind={row.kind} />
        {row.status !== "DRAFT" ? <DocumentStatusBadge status={row.status} /> : null}
        {row.archivedAt ? <DocumentArchivedBadge /> : null}
        {showGroup ? <span className="text-sm text-muted-foreground">{row.group.name}</span> : null}
      </div>
      {row.snippet ? (
        <p className="mt-1.5 line-clamp-2 text-sm text-muted-foreground">
          <span className="sr-only">{t("matchIn")}: </span>
          {row.snippet}
        </p>
      ) : null}
    </>
  );
  return (
    <>
      <Table containerClassName="hidden md:block">
        <TableHeader>
          <TableRow>
            <TableHead>{t("columns.title")}</TableHead>
            <TableHead>{t("columns.meeting")}</TableHead>
            <TableHead>{t("columns.owner")}</TableHead>
            <TableHead>{t("columns.lastEdited")}</TableHead>
            <TableHead className="text-right">{t("columns.size")}</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.id}>
              <TableCell className="max-w-md align-top">{title(row)}</TableCell>
              <TableCell className="max-w-56 align-top text-sm">{meeting(row)}</TableCell>
              <TableCell className="align-top text-sm">
                {row.ownerInstitution ? <abbr title={row.ownerInstitution.name}>{row.ownerInstitution.shortName}</abbr> : <span className="text-muted-foreground">—</span>}
              </TableCell>
              <TableCell className="align-top text-sm whitespace-nowrap">{edited(row)}</TableCell>
              <TableCell className="align-top text-right text-sm whitespace-nowrap tabular-nums">{formatSize(row.sizeBytes, locale)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <ul className="flex flex-col gap-3 md:hidden">
        {rows.map((row) => (
          <li key={row.id} className="rounded-lg border border-border bg-card p-4">
            {title(row)}
            <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
              {row.meeting ? (
                <>
                  <dt className="text-muted-foreground">{t("columns.meeting")}</dt>
                  <dd>{meeting(row)}</dd>
                </>
              ) : null}
              {row.ownerInstitution ? (
                <>
                  <dt className="text-muted-foreground">{t("columns.owner")}</dt>
                  <dd>{row.ownerInstitution.shortName}</dd>
                </>
              ) : null}
              <dt className="text-muted-foreground">{t("columns.lastEdited")}</dt>
              <dd>{edited(row)}</dd>
              <dt className="text-muted-foreground">{t("columns.size")}</dt>
              <dd className="tabular-nums">{formatSize(row.sizeBytes, locale)}</dd>
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}
