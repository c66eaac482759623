import { useTranslations } from "next-intl";
import { Badge, type BadgeProps } from "@/components/ui/badge";
import type { MeetingStatus } from "@/lib/generated/prisma/enums";

const variantByStatus: Record<MeetingStatus, BadgeProps["variant"]> = {
  DRAFT: "muted",
  SCHEDULED: "info",
  IN_PROGRESS: "warning",
  HELD: "success",
  MINUTES_APPROVED: "success",
  CANCELLED: "destructive",
};

export function MeetingStatusBadge({ status }: { status: MeetingStatus }) {
  const t = useTranslations("meetings.statuses");
  return <Badge variant={variantByStatus[status]}>{t(status)}</Badge>;
}
