import "server-only";
// Gathers what an export or the print view shows about a document, translated into the
// reader's language and with times in their zone (the meeting's own zone for its date).
import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/permissions/ability";
import { db, type Tx } from "@/lib/db/client";
import { formatDateTime } from "@/lib/format/dates";
import { formatMeetingRange } from "@/lib/meetings/time";
import type { AppLocale } from "@/lib/i18n/config";
import { expandDocumentBlocks } from "@/lib/document-blocks/expand-server";
import { getDocument, loadDocumentContent, loadMinutesAttendance, type DocumentDetails } from "@/lib/documents/data";
import type { ExportFact, ExportModel, ExportTable } from "@/lib/documents/export-model";
import type { MinutesSource } from "@/lib/documents/minutes-template";

export type ExportContext = { locale: AppLocale; timeZone: string; now?: Date };

/** The document as an export model, or null when the actor cannot see it. */
export async function loadExportModel(actor: Actor, documentId: string, ctx: ExportContext, tx: Tx = db): Promise<{ model: ExportModel; document: DocumentDetails } | null> {
  const document = await getDocument(actor, documentId, tx);
  if (!document) return null;
  const t = await getTranslations({ locale: ctx.locale, namespace: "documents" });
  // Live blocks hold only ids: the export shows the decisions' and actions' current data.
  const content = await expandDocumentBlocks(await loadDocumentContent(document.id, tx), document.groupId, ctx.locale, tx);

  const facts: ExportFact[] = [];
  if (document.ownerInstitution) facts.push({ label: t("export.owner"), value: `${document.ownerInstitution.name} (${document.ownerInstitution.shortName})` });
  const edited = document.lastEditedAt ?? document.createdAt;
  const editor = document.lastEditedBy ?? document.createdBy;
  facts.push({
    label: t("export.lastEdited"),
    value: editor ? t("export.lastEditedBy", { when: formatDateTime(edited, ctx.locale, ctx.timeZone), who: editor.name }) : formatDateTime(edited, ctx.locale, ctx.timeZone),
  });

  let attendance: ExportTable | null = null;
  if (document.meetingId) {
    const meeting = await tx.meeting.findUnique({
      where: { id: document.meetingId },
      select: {
        id: true,
        title: true,
        startsAt: true,
        endsAt: true,
        timeZone: true,
        place: true,
        onlineUrl: true,
        groupId: true,
        organiserInstitution: { select: { name: true, shortName: true } },
        group: { select: { quorumPercent: true } },
      },
    });
    if (meeting) {
      facts.push({ label: t("export.meeting"), value: meeting.title });
      facts.push({ label: t("template.when"), value: `${formatMeetingRange(meeting.startsAt, meeting.endsAt, ctx.locale, meeting.timeZone)} (${meeting.timeZone})` });
      if (meeting.place) facts.push({ label: t("template.place"), value: meeting.place });
      if (meeting.onlineUrl) facts.push({ label: t("template.online"), value: meeting.onlineUrl, href: meeting.onlineUrl });
      if (meeting.organiserInstitution) facts.push({ label: t("template.organiser"), value: `${meeting.organiserInstitution.name} (${meeting.organiserInstitution.shortName})` });
      if (document.kind === "MINUTES") {
        const rows = await loadMinutesAttendance({ id: meeting.id, groupId: meeting.groupId, quorumPercent: meeting.group.quorumPercent }, tx);
        attendance = attendanceTable(rows, (key, values) => t(key as never, values as never));
      }
    }
  }

  const model: ExportModel = {
    title: document.title,
    subtitle: [t(`kinds.${document.kind}`), t(`statuses.${document.status}`), document.group.name].join(" · "),
    facts,
    content,
    attendance,
    labels: {
      taskDone: t("export.taskDone"),
      taskOpen: t("export.taskOpen"),
      page: t("export.page"),
      of: t("export.of"),
      generated: t("export.generated", { date: formatDateTime(ctx.now ?? new Date(), ctx.locale, ctx.timeZone) }),
    },
    locale: ctx.locale,
  };
  return { model, document };
}

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The attendance register: marks by institution once taken, the invitees until then. */
export function attendanceTable(attendance: MinutesSource["attendance"], t: Translate): ExportTable {
  const institution = (name: string | null) => name ?? t("template.noInstitution");
  const names = (list: string[]) => (list.length ? list.join(", ") : "—");
  if (attendance.marked) {
    const q = attendance.quorum;
    return {
      heading: t("export.attendanceHeading"),
      note: q ? t("template.quorum", { reached: String(q.reached), present: q.present, total: q.total, required: q.required }) : null,
      columns: [t("template.institution"), t("template.present"), t("template.absent"), t("template.excused")],
      rows: attendance.rows
        .filter((r) => r.present.length + r.absent.length + r.excused.length > 0)
        .map((r) => [institution(r.institution), names(r.present), names(r.absent), names(r.excused)]),
    };
  }
  const invited = attendance.rows.filter((r) => r.invited.length > 0);
  return {
    heading: t("export.attendanceHeading"),
    note: invited.length ? t("template.attendanceNotMarked") : t("template.attendanceNone"),
    columns: [t("template.institution"), t("template.invited")],
    rows: invited.map((r) => [institution(r.institution), names(r.invited)]),
  };
}
