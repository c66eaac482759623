import { BriefcaseBusiness, Building2, Factory, GraduationCap, HeartHandshake, Landmark } from "lucide-react";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { InstitutionKind, PartnerRole } from "@/lib/generated/prisma/enums";

const kindIcons: Record<InstitutionKind, typeof Landmark> = {
  PUBLIC_ADMINISTRATION: Landmark,
  LABOUR_OFFICE: BriefcaseBusiness,
  UNIVERSITY: GraduationCap,
  BUSINESS_BODY: Factory,
  NGO: HeartHandshake,
  OTHER: Building2,
};

export function InstitutionKindBadge({ kind, className }: { kind: InstitutionKind; className?: string }) {
  const t = useTranslations("institutions.kinds");
  const Icon = kindIcons[kind];
  return (
    <Badge variant="outline" className={className}>
      <Icon aria-hidden="true" />
      {t(kind)}
    </Badge>
  );
}

// The lead partner stands out; observers recede. The text carries the meaning, colour only helps.
const partnerVariants = {
  LEAD: "info",
  PARTNER: "secondary",
  ASSOCIATED: "outline",
  OBSERVER: "muted",
} as const satisfies Record<PartnerRole, "info" | "secondary" | "outline" | "muted">;

export function PartnerRoleBadge({ role, className }: { role: PartnerRole; className?: string }) {
  const t = useTranslations("institutions.partnerRoles");
  return (
    <Badge variant={partnerVariants[role]} className={className}>
      {t(role)}
    </Badge>
  );
}

export function ArchivedBadge({ className }: { className?: string }) {
  const t = useTranslations("institutions");
  return (
    <Badge variant="warning" className={className}>
      {t("archivedBadge")}
    </Badge>
  );
}
