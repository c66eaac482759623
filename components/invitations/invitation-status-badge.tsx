import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { InvitationStatus } from "@/lib/invitations/status";

const variants = {
  pending: "info",
  accepted: "success",
  expired: "warning",
  revoked: "muted",
} as const satisfies Record<InvitationStatus, "info" | "success" | "warning" | "muted">;

export function InvitationStatusBadge({ status }: { status: InvitationStatus }) {
  const t = useTranslations("invitations.statuses");
  return <Badge variant={variants[status]}>{t(status)}</Badge>;
}
