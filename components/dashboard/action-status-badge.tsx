import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { ActionStatusBadge as StatusBadge } from "@/components/actions/action-badges";
import type { ActionStatus } from "@/lib/generated/prisma/enums";

/** The actions register's status badge, plus "overdue" where the dashboard and registers list actions. */
export function ActionStatusBadge({ status, overdue = false }: { status: ActionStatus; overdue?: boolean }) {
  const t = useTranslations("actions.due");
  return (
    <>
      <StatusBadge status={status} />
      {overdue ? <Badge variant="destructive">{t("overdue")}</Badge> : null}
    </>
  );
}
