import { useTranslations } from "next-intl";
import { Badge, type BadgeProps } from "@/components/ui/badge";
import type { DecisionStatus } from "@/lib/generated/prisma/enums";

const variantByStatus: Record<DecisionStatus, BadgeProps["variant"]> = {
  IN_FORCE: "success",
  SUPERSEDED: "warning",
  REVOKED: "destructive",
};

export function DecisionStatusBadge({ status }: { status: DecisionStatus }) {
  const t = useTranslations("decisions.statuses");
  return <Badge variant={variantByStatus[status]}>{t(status)}</Badge>;
}
