"use client";
// A decision of the register shown live in the text: its number, text and status (in force,
// superseded by another decision, revoked). Changes are made in the register, not here.
import type { ReactNodeViewProps } from "@tiptap/react";
import { Gavel } from "lucide-react";
import { useTranslations } from "next-intl";
import { Badge, type BadgeProps } from "@/components/ui/badge";
import { cleanBlockId, cleanBlockLabel } from "@/lib/editor/blocks/nodes";
import type { DecisionStatus } from "@/lib/generated/prisma/enums";
import type { BlockStore } from "@/components/documents/editor/blocks/block-store";
import { BlockFrame, BlockPlaceholder, useBlockEntry } from "@/components/documents/editor/blocks/block-frame";

const variantByStatus: Record<DecisionStatus, BadgeProps["variant"]> = {
  IN_FORCE: "success",
  SUPERSEDED: "warning",
  REVOKED: "destructive",
};

export function DecisionBlockView({ node, extension, selected }: ReactNodeViewProps) {
  const t = useTranslations("document-blocks");
  const store = (extension.options as { store: BlockStore | null }).store;
  const id = cleanBlockId(node.attrs.decisionId);
  const entry = useBlockEntry(store, "decision", id);
  const data = entry.state === "ready" ? entry.data : null;
  const number = data?.label ?? cleanBlockLabel(node.attrs.label);

  return (
    <BlockFrame
      kind="decision"
      label={number ? t("decision.label", { label: number }) : t("decision.unnumbered")}
      icon={<Gavel />}
      selected={selected}
      status={data ? <Badge variant={variantByStatus[data.status]}>{t(`decisionStatuses.${data.status}`)}</Badge> : null}
      href={data ? `/decisions/${encodeURIComponent(data.id)}` : null}
      linkLabel={t("decision.open")}
    >
      {data ? (
        <>
          <p className="mt-1 whitespace-pre-line text-foreground">{data.text}</p>
          {data.supersededBy ? (
            <p className="mt-1 text-sm text-muted-foreground">
              {t.rich("decision.supersededBy", {
                label: data.supersededBy.label,
                link: (chunks) => (
                  <a href={`/decisions/${encodeURIComponent(data.supersededBy!.id)}`} target="_blank" rel="noopener" className="font-medium text-primary underline-offset-4">
                    {chunks}
                  </a>
                ),
              })}
            </p>
          ) : null}
        </>
      ) : (
        <BlockPlaceholder entry={entry} kind="decision" onRetry={() => id && store?.refresh("decision", id)} />
      )}
    </BlockFrame>
  );
}
