import Link from "next/link";
import { useTranslations } from "next-intl";
import { ActionStatusBadge } from "@/components/dashboard/action-status-badge";
import { formatCalendarDate } from "@/lib/format/dates";
import type { ActionStatus } from "@/lib/generated/prisma/enums";
import type { AppLocale } from "@/lib/i18n/config";

export type LinkedAction = {
  id: string;
  number: number;
  title: string;
  status: ActionStatus;
  dueDate: Date | null;
  overdue?: boolean;
  ownerInstitution: { id: string; name: string; shortName: string };
};

/** Actions listed by number, owner and due date, linking to their own pages. */
export function LinkedActionList({ actions, locale }: { actions: LinkedAction[]; locale: AppLocale }) {
  const t = useTranslations("dashboard.actions");
  const ta = useTranslations("actions");
  return (
    <ul className="divide-y divide-border">
      {actions.map((a) => (
        <li key={a.id} className="flex flex-col gap-1 py-2.5 sm:flex-row sm:items-start sm:justify-between sm:gap-3">
          <div className="min-w-0">
            <Link href={`/actions/${a.id}`} className="font-medium text-primary underline-offset-4 hover:underline">
              <span className="text-muted-foreground tabular-nums">{ta("numberLabel", { number: a.number })}</span> {a.title}
            </Link>
            <p className="text-sm text-muted-foreground">
              <abbr title={a.ownerInstitution.name} className="no-underline">
                {a.ownerInstitution.shortName}
              </abbr>
              {" · "}
              {a.dueDate ? t("due", { date: formatCalendarDate(a.dueDate, locale) }) : t("noDue")}
            </p>
          </div>
          <div className="flex shrink-0 flex-wrap gap-1">
            <ActionStatusBadge status={a.status} overdue={a.overdue} />
          </div>
        </li>
      ))}
    </ul>
  );
}
