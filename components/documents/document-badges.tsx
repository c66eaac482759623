import { useTranslations } from "next-intl";
import { Archive } from "lucide-react";
import { Badge, type BadgeProps } from "@/components/ui/badge";
import type { DocumentKind, DocumentStatus } from "@/lib/generated/prisma/enums";

const variantByKind: Record<DocumentKind, BadgeProps["variant"]> = { MINUTES: "info", STRATEGY: "secondary", OTHER: "outline" };
const variantByStatus: Record<DocumentStatus, BadgeProps["variant"]> = {
  DRAFT: "muted",
  IN_REVIEW: "warning",
  CHANGES_REQUESTED: "destructive",
  APPROVED: "success",
};

export function DocumentKindBadge({ kind }: { kind: DocumentKind }) {
  const t = useTranslations("documents.kinds");
  return <Badge variant={variantByKind[kind]}>{t(kind)}</Badge>;
}

export function DocumentStatusBadge({ status }: { status: DocumentStatus }) {
  const t = useTranslations("documents.statuses");
  return <Badge variant={variantByStatus[status]}>{t(status)}</Badge>;
}

export function DocumentArchivedBadge() {
  const t = useTranslations("documents");
  return (
    <Badge variant="muted">
      <Archive aria-hidden="true" />
      {t("archivedBadge")}
    </Badge>
  );
}
