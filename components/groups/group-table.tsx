import Link from "next/link";
import { useTranslations } from "next-intl";
import { SortableHeader, Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { ArchivedBadge, GroupKindBadge, GroupRoleBadge } from "@/components/groups/group-badges";
import { GroupPeriod } from "@/components/groups/group-period";
import type { GroupListItem } from "@/lib/groups/data";
import { groupListHref } from "@/lib/groups/list";
import type { GroupListQuery, GroupSort } from "@/lib/groups/schema";

export function GroupTable({ groups, query }: { groups: GroupListItem[]; query: GroupListQuery }) {
  const t = useTranslations("groups.list");
  const header = (column: GroupSort, label: string, className?: string) => (
    <SortableHeader
      label={label}
      column={column}
      currentSort={query.sort}
      currentDir={query.dir}
      hrefFor={(sort, dir) => groupListHref(query, { sort: sort as GroupSort, dir, page: 1 })}
      className={className}
    />
  );
  return (
    <Table>
      <TableHeader>
        <TableRow className="hover:bg-transparent">
          {header("name", t("columns.name"))}
          <TableHead>{t("columns.kind")}</TableHead>
          {header("startDate", t("columns.period"))}
          {header("institutions", t("columns.institutions"), "text-right")}
          {header("people", t("columns.people"), "text-right")}
          <TableHead>{t("columns.yourRole")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {groups.map((g) => (
          <TableRow key={g.id}>
            <TableCell className="min-w-56">
              <Link href={`/groups/${g.id}`} className="font-medium text-foreground underline-offset-4 hover:underline">
                {g.name}
              </Link>
              {g.archivedAt ? (
                <span className="ml-2 align-middle">
                  <ArchivedBadge />
                </span>
              ) : null}
            </TableCell>
            <TableCell>
              <GroupKindBadge kind={g.kind} />
            </TableCell>
            <TableCell className="min-w-40 text-muted-foreground">
              <GroupPeriod start={g.startDate} end={g.endDate} />
            </TableCell>
            <TableCell className="text-right tabular-nums">{g.institutionCount}</TableCell>
            <TableCell className="text-right tabular-nums">{g.memberCount}</TableCell>
            <TableCell>{g.viewerRole ? <GroupRoleBadge role={g.viewerRole} /> : <span className="text-muted-foreground">{t("adminView")}</span>}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
