import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { SortableHeader, Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { InvitationRowActions } from "@/components/invitations/invitation-row-actions";
import { InvitationStatusBadge } from "@/components/invitations/invitation-status-badge";
import { GroupRoleBadge } from "@/components/people/role-badge";
import { formatDateTime } from "@/lib/format/dates";
import type { AppLocale } from "@/lib/i18n/config";
import type { InvitationListItem } from "@/lib/invitations/data";
import type { InvitationListQuery, InvitationSort } from "@/lib/invitations/schema";
import { canResendInvitation, canRevokeInvitation } from "@/lib/invitations/status";

type Props = {
  items: InvitationListItem[];
  query: InvitationListQuery;
  groupName: string;
  hrefFor: (changes: Partial<InvitationListQuery>) => string;
  locale: AppLocale;
  timeZone: string;
};

/** Invitations as a sortable table on wide screens and as cards on phones. */
export function InvitationList({ items, query, groupName, hrefFor, locale, timeZone }: Props) {
  const t = useTranslations("invitations.list");
  const date = (d: Date) => formatDateTime(d, locale, timeZone);
  const header = (column: InvitationSort, className?: string) => (
    <SortableHeader
      label={t(`columns.${column}`)}
      column={column}
      currentSort={query.sort}
      currentDir={query.dir}
      hrefFor={(sort, dir) => hrefFor({ sort: sort as InvitationSort, dir })}
      className={className}
    />
  );
  const outcome = (item: InvitationListItem) =>
    item.acceptedAt ? t("acceptedOn", { date: date(item.acceptedAt) }) : item.revokedAt ? t("revokedOn", { date: date(item.revokedAt) }) : null;
  const actions = (item: InvitationListItem) => (
    <InvitationRowActions
      id={item.id}
      name={item.name}
      email={item.email}
      canResend={canResendInvitation(item.status)}
      canRevoke={canRevokeInvitation(item.status)}
    />
  );

  return (
    <>
      <div className="hidden lg:block">
        <Table>
          <TableCaption className="sr-only">{t("tableCaption", { group: groupName, count: items.length })}</TableCaption>
          <TableHeader>
            <TableRow className="hover:bg-transparent">
              {header("name", "min-w-52")}
              <TableHead>{t("columns.institution")}</TableHead>
              <TableHead>{t("columns.role")}</TableHead>
              <TableHead>{t("columns.status")}</TableHead>
              {header("createdAt")}
              {header("expiresAt")}
              <TableHead>
                <span className="sr-only">{t("columns.actions")}</span>
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {items.map((item) => (
              <TableRow key={item.id}>
                <TableCell>
                  <div className="font-medium">{item.name}</div>
                  <div className="text-sm [overflow-wrap:anywhere] text-muted-foreground">{item.email}</div>
                </TableCell>
                <TableCell title={item.institution.name}>{item.institution.shortName}</TableCell>
                <TableCell>
                  <GroupRoleBadge role={item.role} />
                </TableCell>
                <TableCell>
                  <InvitationStatusBadge status={item.status} />
                  {outcome(item) ? <div className="mt-1 text-xs text-muted-foreground">{outcome(item)}</div> : null}
                </TableCell>
                <TableCell className="min-w-36 text-sm">
                  {date(item.createdAt)}
                  {item.invitedBy ? <div className="text-xs text-muted-foreground">{t("invitedBy", { name: item.invitedBy.name })}</div> : null}
                </TableCell>
                <TableCell className="min-w-36 text-sm text-muted-foreground">{item.status === "accepted" ? "—" : date(item.expiresAt)}</TableCell>
                <TableCell className="text-right [&>div]:flex-col [&>div]:items-stretch">{actions(item)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>

      <ul className="flex flex-col gap-3 lg:hidden">
        {items.map((item) => (
          <li key={item.id}>
            <Card className="gap-2 p-4">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div className="min-w-0">
                  <h2 className="font-semibold">{item.name}</h2>
                  <p className="text-sm break-all text-muted-foreground">{item.email}</p>
                </div>
                <InvitationStatusBadge status={item.status} />
              </div>
              <div className="flex flex-wrap items-center gap-2 text-sm">
                <GroupRoleBadge role={item.role} />
                <span className="text-muted-foreground">{item.institution.shortName}</span>
              </div>
              <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                <dt className="text-muted-foreground">{t("columns.createdAt")}</dt>
                <dd>{date(item.createdAt)}</dd>
                {item.status !== "accepted" ? (
                  <>
                    <dt className="text-muted-foreground">{t("columns.expiresAt")}</dt>
                    <dd>{date(item.expiresAt)}</dd>
                  </>
                ) : null}
              </dl>
              {outcome(item) ? <p className="text-sm text-muted-foreground">{outcome(item)}</p> : null}
              {item.invitedBy ? <p className="text-sm text-muted-foreground">{t("invitedBy", { name: item.invitedBy.name })}</p> : null}
              <div className="pt-1">{actions(item)}</div>
            </Card>
          </li>
        ))}
      </ul>
    </>
  );
}
