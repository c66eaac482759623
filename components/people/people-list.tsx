import Link from "next/link";
import { Building2, Clock } from "lucide-react";
import { useTranslations } from "next-intl";
import { Avatar } from "@/components/ui/avatar";
import { Card } from "@/components/ui/card";
import { SortableHeader, Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { ArchivedPersonBadge, GroupRoleBadge } from "@/components/people/role-badge";
import { formatDateTime } from "@/lib/format/dates";
import type { AppLocale } from "@/lib/i18n/config";
import type { PersonListItem, PersonPage } from "@/lib/people/data";
import { personListHref, type PersonListQuery, type PersonSort } from "@/lib/people/schema";

type Props = {
  list: PersonPage;
  query: PersonListQuery;
  /** Show the role column: only when the viewer works in a group. */
  showRole: boolean;
  viewerId: string;
  locale: AppLocale;
  timeZone: string;
};

/** The directory as a sortable table on wide screens and as cards on phones. */
export function PeopleList({ list, query, showRole, viewerId, locale, timeZone }: Props) {
  const t = useTranslations("people.list");
  const header = (column: PersonSort, className?: string) => (
    <SortableHeader
      label={t(`columns.${column}`)}
      column={column}
      currentSort={query.sort}
      currentDir={query.dir}
      hrefFor={(sort, dir) => personListHref(query, { sort: sort as PersonSort, dir })}
      className={className}
    />
  );
  const lastLogin = (p: PersonListItem) => (p.lastLoginAt ? formatDateTime(p.lastLoginAt, locale, timeZone) : t("never"));

  return (
    <>
      <div className="hidden md:block">
        <Table>
          <TableCaption className="sr-only">{t("tableCaption", { count: list.total, page: list.page, pageCount: list.pageCount })}</TableCaption>
          <TableHeader>
            <TableRow className="hover:bg-transparent">
              {header("name", "min-w-64")}
              {header("institution", "min-w-56")}
              {showRole ? <TableHead>{t("columns.role")}</TableHead> : null}
              {header("lastLogin")}
            </TableRow>
          </TableHeader>
          <TableBody>
            {list.items.map((person) => (
              <TableRow key={person.id} className={person.archivedAt ? "bg-muted/30" : undefined}>
                <TableCell>
                  <PersonName person={person} viewerId={viewerId} />
                </TableCell>
                <TableCell>
                  {person.institution ? (
                    <span title={person.institution.name}>
                      <span className="font-medium">{person.institution.shortName}</span>
                      <span className="block max-w-72 truncate text-xs text-muted-foreground">{person.institution.name}</span>
                    </span>
                  ) : (
                    <span className="text-muted-foreground">{t("noInstitution")}</span>
                  )}
                </TableCell>
                {showRole ? (
                  <TableCell>
                    {person.role ? <GroupRoleBadge role={person.role} /> : <span className="text-sm text-muted-foreground">{t("notInGroup")}</span>}
                  </TableCell>
                ) : null}
                <TableCell className="min-w-36 text-muted-foreground">{lastLogin(person)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>

      <ul className="flex flex-col gap-3 md:hidden">
        {list.items.map((person) => (
          <li key={person.id}>
            <Card className="gap-2 p-4">
              <PersonName person={person} viewerId={viewerId} />
              <div className="flex flex-wrap items-center gap-2">
                {showRole && person.role ? <GroupRoleBadge role={person.role} /> : null}
              </div>
              <p className="flex items-start gap-1.5 text-sm text-muted-foreground">
                <Building2 aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
                <span>{person.institution ? person.institution.name : t("noInstitution")}</span>
              </p>
              <p className="flex items-center gap-1.5 text-sm text-muted-foreground">
                <Clock aria-hidden="true" className="size-4 shrink-0" />
                <span>
                  <span className="sr-only">{t("columns.lastLogin")}: </span>
                  {lastLogin(person)}
                </span>
              </p>
            </Card>
          </li>
        ))}
      </ul>
    </>
  );
}

function PersonName({ person, viewerId }: { person: PersonListItem; viewerId: string }) {
  const t = useTranslations("people");
  return (
    <div className="flex min-w-0 items-center gap-3">
      <Avatar name={person.name} seed={person.id} />
      <div className="min-w-0">
        <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <Link href={`/people/${person.id}`} className="font-medium text-foreground underline-offset-4 hover:underline">
            {person.name}
          </Link>
          {person.id === viewerId ? <span className="text-xs text-muted-foreground">({t("you")})</span> : null}
          {person.archivedAt ? <ArchivedPersonBadge /> : null}
        </div>
        <a href={`mailto:${person.email}`} className="block truncate text-sm text-muted-foreground underline-offset-4 hover:underline">
          {person.email}
        </a>
      </div>
    </div>
  );
}
