import { useTranslations } from "next-intl";
import { Archive } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import type { GroupKind, GroupRole, PartnerRole } from "@/lib/generated/prisma/enums";

export function GroupKindBadge({ kind }: { kind: GroupKind }) {
  const t = useTranslations("groups.kind");
  return <Badge variant={kind === "PROJECT_PARTNERSHIP" ? "info" : "secondary"}>{t(kind)}</Badge>;
}

const roleVariant = { COORDINATOR: "default", MEMBER: "outline", REVIEWER: "warning", OBSERVER: "muted" } as const;

/** The person's role in a group; `prefix` says "Your role:" to screen readers where the context needs it. */
export function GroupRoleBadge({ role, srPrefix }: { role: GroupRole; srPrefix?: string }) {
  const t = useTranslations("groups.role");
  return (
    <Badge variant={roleVariant[role]}>
      {srPrefix ? <span className="sr-only">{srPrefix} </span> : null}
      {t(role)}
    </Badge>
  );
}

const partnerVariant = { LEAD: "default", PARTNER: "outline", ASSOCIATED: "info", OBSERVER: "muted" } as const;

export function PartnerRoleBadge({ role }: { role: PartnerRole }) {
  const t = useTranslations("groups.partnerRole");
  return <Badge variant={partnerVariant[role]}>{t(role)}</Badge>;
}

export function ArchivedBadge() {
  const t = useTranslations("groups");
  return (
    <Badge variant="warning">
      <Archive aria-hidden="true" />
      {t("archivedBadge")}
    </Badge>
  );
}
