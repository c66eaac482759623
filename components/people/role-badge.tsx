import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { GroupRole } from "@/lib/generated/prisma/enums";

// Coordinators stand out, observers recede; the text carries the meaning, colour only helps.
const roleVariants = {
  COORDINATOR: "info",
  MEMBER: "secondary",
  REVIEWER: "outline",
  OBSERVER: "muted",
} as const satisfies Record<GroupRole, "info" | "secondary" | "outline" | "muted">;

export function GroupRoleBadge({ role, className }: { role: GroupRole; className?: string }) {
  const t = useTranslations("people.roles");
  return (
    <Badge variant={roleVariants[role]} className={className}>
      {t(role)}
    </Badge>
  );
}

export function ArchivedPersonBadge({ className }: { className?: string }) {
  const t = useTranslations("people");
  return (
    <Badge variant="warning" className={className}>
      {t("archivedBadge")}
    </Badge>
  );
}
