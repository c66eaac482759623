import "server-only";
// Loads the records behind a document's blocks (in the document's group only) and expands
// the blocks into paragraphs in the reader's language, for exports, print and past versions.
import { getTranslations } from "next-intl/server";
import { db, type Tx } from "@/lib/db/client";
import { dateFromDb } from "@/lib/actions/due";
import { formatDecisionNumber } from "@/lib/decisions/numbering";
import type { ProseMirrorJson } from "@/lib/editor/content";
import { formatCalendarDate } from "@/lib/format/dates";
import type { AppLocale } from "@/lib/i18n/config";
import { collectBlockIds, expandBlocks, type ExpandRecords } from "@/lib/document-blocks/expand";

export async function expandDocumentBlocks(content: ProseMirrorJson, groupId: string, locale: AppLocale, tx: Tx = db): Promise<ProseMirrorJson> {
  const { decisionIds, actionIds } = collectBlockIds(content);
  if (decisionIds.length === 0 && actionIds.length === 0) return content;
  const [t, ta, decisions, actions] = await Promise.all([
    getTranslations({ locale, namespace: "document-blocks" }),
    getTranslations({ locale, namespace: "actions" }),
    decisionIds.length
      ? tx.decision.findMany({ where: { id: { in: decisionIds }, groupId }, select: { id: true, number: true, year: true, text: true, status: true } })
      : [],
    actionIds.length
      ? tx.action.findMany({
          where: { id: { in: actionIds }, groupId },
          select: {
            id: true,
            number: true,
            title: true,
            status: true,
            dueDate: true,
            ownerInstitution: { select: { name: true, shortName: true } },
            responsible: { select: { name: true } },
          },
        })
      : [],
  ]);
  const records: ExpandRecords = {
    decisions: new Map(
      decisions.map((d) => [d.id, { label: formatDecisionNumber(d), text: d.text, statusLabel: d.status === "IN_FORCE" ? null : t(`decisionStatuses.${d.status}`) }]),
    ),
    actions: new Map(
      actions.map((a) => {
        const parts = [
          a.ownerInstitution.shortName || a.ownerInstitution.name,
          a.responsible ? a.responsible.name : null,
          a.dueDate ? t("export.due", { date: formatCalendarDate(new Date(`${dateFromDb(a.dueDate)}T00:00:00Z`), locale) }) : t("export.noDue"),
          t("export.status", { status: ta(`statuses.${a.status}`) }),
        ].filter((p): p is string => p !== null);
        return [a.id, { label: `#${a.number}`, title: a.title, details: parts.join(", ") }];
      }),
    ),
  };
  return expandBlocks(content, records, {
    decision: (label) => t("export.decision", { label }),
    action: (label) => t("export.action", { label }),
    missingDecision: (label) => (label ? t("export.missingDecisionLabel", { label }) : t("export.missingDecision")),
    missingAction: (label) => (label ? t("export.missingActionLabel", { label }) : t("export.missingAction")),
  });
}
