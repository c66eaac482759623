import Link from "next/link";
import { Users } from "lucide-react";
import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { SortableHeader, Table, TableBody, TableCaption, TableCell, TableHeader, TableRow } from "@/components/ui/table";
import { ArchivedBadge, InstitutionKindBadge, PartnerRoleBadge } from "@/components/institutions/institution-badges";
import { InstitutionLogo } from "@/components/institutions/institution-logo";
import type { InstitutionList, InstitutionListRow } from "@/lib/institutions/data";
import { institutionListHref, type InstitutionListQuery, type InstitutionSort } from "@/lib/institutions/list-query";

/** The directory as a sortable table on wide screens and as cards on phones. */
export function InstitutionListView({ list, query }: { list: InstitutionList; query: InstitutionListQuery }) {
  const t = useTranslations("institutions.list");
  const header = (column: InstitutionSort, className?: string) => (
    <SortableHeader
      label={t(`columns.${column}`)}
      column={column}
      currentSort={query.sort}
      currentDir={query.dir}
      hrefFor={(sort, dir) => institutionListHref(query, { sort: sort as InstitutionSort, dir })}
      className={className}
    />
  );

  return (
    <>
      <div className="hidden md:block">
        <Table>
          <TableCaption className="sr-only">
            {t("tableCaption", { count: list.total, page: list.page, pageCount: list.pageCount })}
          </TableCaption>
          <TableHeader>
            <TableRow className="hover:bg-transparent">
              {header("name", "min-w-64")}
              {header("shortName")}
              {header("kind")}
              {header("groups", "w-[32%]")}
              {header("people", "text-right")}
            </TableRow>
          </TableHeader>
          <TableBody>
            {list.rows.map((row) => (
              <TableRow key={row.id} className={row.archived ? "bg-muted/30" : undefined}>
                <TableCell>
                  <div className="flex items-center gap-3">
                    <InstitutionLogo src={row.logoUrl} shortName={row.shortName} alt="" />
                    <div className="min-w-0">
                      <Link href={`/institutions/${row.id}`} className="font-medium text-foreground underline-offset-4 hover:underline">
                        {row.name}
                      </Link>
                      {row.archived ? <ArchivedBadge className="ml-2 align-middle" /> : null}
                    </div>
                  </div>
                </TableCell>
                <TableCell className="whitespace-nowrap text-muted-foreground">{row.shortName}</TableCell>
                <TableCell>
                  <InstitutionKindBadge kind={row.kind} />
                </TableCell>
                <TableCell className="max-w-0">
                  <GroupLinks row={row} />
                </TableCell>
                <TableCell className="text-right tabular-nums whitespace-nowrap">{t("peopleCount", { count: row.peopleCount })}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>

      <ul className="flex flex-col gap-3 md:hidden">
        {list.rows.map((row) => (
          <li key={row.id}>
            <Card className="gap-3 p-4">
              <div className="flex items-start gap-3">
                <InstitutionLogo src={row.logoUrl} shortName={row.shortName} alt="" />
                <div className="min-w-0 flex-1">
                  <h2 className="text-[0.9375rem] leading-snug font-semibold">
                    <Link href={`/institutions/${row.id}`} className="underline-offset-4 hover:underline">
                      {row.name}
                    </Link>
                  </h2>
                  <p className="text-sm text-muted-foreground">{row.shortName}</p>
                </div>
              </div>
              <div className="flex flex-wrap items-center gap-2">
                <InstitutionKindBadge kind={row.kind} />
                {row.archived ? <ArchivedBadge /> : null}
                <span className="inline-flex items-center gap-1 text-sm text-muted-foreground">
                  <Users aria-hidden="true" className="size-4" />
                  {t("peopleCount", { count: row.peopleCount })}
                </span>
              </div>
              <GroupLinks row={row} />
            </Card>
          </li>
        ))}
      </ul>
    </>
  );
}

function GroupLinks({ row }: { row: InstitutionListRow }) {
  const t = useTranslations("institutions.list");
  if (row.groups.length === 0 && row.otherGroupCount === 0) {
    return <span className="text-sm text-muted-foreground">{t("noGroups")}</span>;
  }
  return (
    <ul className="flex flex-col gap-1.5">
      {row.groups.map((g) => (
        <li key={g.id} className="flex min-w-0 items-center gap-2 text-sm">
          {/* Long programme names are cut visually; the link text stays whole for screen readers and on hover. */}
          <Link
            href={`/groups/${g.id}`}
            title={g.name}
            className={cn("min-w-0 truncate underline-offset-4 hover:underline", g.archived && "text-muted-foreground")}
          >
            {g.name}
            {g.archived ? <span className="ml-1">{t("archivedGroup")}</span> : null}
          </Link>
          <PartnerRoleBadge role={g.partnerRole} />
        </li>
      ))}
      {row.otherGroupCount > 0 ? <li className="text-sm text-muted-foreground">{t("otherGroups", { count: row.otherGroupCount })}</li> : null}
    </ul>
  );
}
