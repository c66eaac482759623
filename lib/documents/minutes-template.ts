// The first content of a meeting's minutes: the meeting's details, who attended (by
// institution), one section per agenda item and a place for decisions, so the minute-taker
// starts from the meeting as planned instead of a blank page. The wording follows the
// creator's language (messages/<locale>/documents.json, "template"); the builder is pure.
import { createTranslator } from "next-intl";
import type { ProseMirrorJson } from "@/lib/editor/content";
import { loadMessages } from "@/lib/i18n/messages";
import type { AppLocale } from "@/lib/i18n/config";
import type { Quorum } from "@/lib/attendance/quorum";
import { formatMeetingRange } from "@/lib/meetings/time";

export type MinutesInstitutionRow = {
  /** "Wojewódzki Urząd Pracy w Kielcach (WUP Kielce)"; null for people without an institution. */
  institution: string | null;
  present: string[];
  absent: string[];
  excused: string[];
  /** Invited people, used while nobody has been marked yet. */
  invited: string[];
};

export type MinutesSource = {
  meeting: {
    title: string;
    startsAt: Date;
    endsAt: Date;
    /** Times are written in the meeting's own zone, which is named next to them. */
    timeZone: string;
    place: string | null;
    onlineUrl: string | null;
    organiser: string | null;
    groupName: string;
  };
  agenda: { title: string; isActionsReview: boolean; presenter: string | null }[];
  attendance: {
    /** True once anyone has been marked present, absent or excused. */
    marked: boolean;
    rows: MinutesInstitutionRow[];
    quorum: Quorum | null;
  };
};

type Translate = (key: string, values?: Record<string, string | number | boolean>) => string;

/** The template's wording in one language. */
export function minutesTranslator(locale: AppLocale): Translate {
  const t = createTranslator({ locale, messages: loadMessages(locale), namespace: "documents.template" as never });
  return (key, values) => (t as unknown as Translate)(key, values);
}

export function minutesTitle(meetingTitle: string, locale: AppLocale): string {
  return minutesTranslator(locale)("title", { meeting: meetingTitle });
}

const text = (value: string, marks?: ProseMirrorJson["marks"]): ProseMirrorJson => ({ type: "text", text: value, ...(marks ? { marks } : {}) });
const paragraph = (...content: ProseMirrorJson[]): ProseMirrorJson => (content.length ? { type: "paragraph", content } : { type: "paragraph" });
const heading = (level: number, value: string): ProseMirrorJson => ({ type: "heading", attrs: { level }, content: [text(value)] });
const bold = [{ type: "bold" }];
const italic = [{ type: "italic" }];

/** "Label: value" as one paragraph with the label in bold. */
function fact(label: string, ...value: ProseMirrorJson[]): ProseMirrorJson {
  return paragraph(text(`${label}: `, bold), ...value);
}

function tableRow(cells: string[], header = false): ProseMirrorJson {
  return {
    type: "tableRow",
    content: cells.map((value) => ({ type: header ? "tableHeader" : "tableCell", content: [value ? paragraph(text(value)) : paragraph()] })),
  };
}

function names(list: string[]): string {
  return list.length ? list.join(", ") : "—";
}

function attendanceSection(source: MinutesSource, t: Translate): ProseMirrorJson[] {
  const { attendance } = source;
  const out: ProseMirrorJson[] = [heading(2, t("attendanceHeading"))];
  const institution = (row: MinutesInstitutionRow) => row.institution ?? t("noInstitution");
  if (attendance.marked) {
    if (attendance.quorum) {
      out.push(paragraph(text(t("quorum", { reached: String(attendance.quorum.reached), present: attendance.quorum.present, total: attendance.quorum.total, required: attendance.quorum.required }))));
    }
    const rows = attendance.rows.filter((r) => r.present.length + r.absent.length + r.excused.length > 0);
    out.push({
      type: "table",
      content: [
        tableRow([t("institution"), t("present"), t("absent"), t("excused")], true),
        ...rows.map((r) => tableRow([institution(r), names(r.present), names(r.absent), names(r.excused)])),
      ],
    });
    return out;
  }
  const invited = attendance.rows.filter((r) => r.invited.length > 0);
  if (invited.length === 0) {
    out.push(paragraph(text(t("attendanceNone"), italic)));
    return out;
  }
  out.push(paragraph(text(t("attendanceNotMarked"), italic)));
  out.push({
    type: "table",
    content: [tableRow([t("institution"), t("invited")], true), ...invited.map((r) => tableRow([institution(r), names(r.invited)]))],
  });
  return out;
}

/** The minutes' starting content as ProseMirror JSON (see encodeDocumentJson). */
export function buildMinutesContent(source: MinutesSource, locale: AppLocale, translate: Translate = minutesTranslator(locale)): ProseMirrorJson {
  const t = translate;
  const { meeting } = source;
  const content: ProseMirrorJson[] = [heading(1, t("title", { meeting: meeting.title })), paragraph(text(meeting.groupName, italic))];

  content.push(heading(2, t("detailsHeading")));
  content.push(fact(t("when"), text(`${formatMeetingRange(meeting.startsAt, meeting.endsAt, locale, meeting.timeZone)} (${meeting.timeZone})`)));
  if (meeting.place) content.push(fact(t("place"), text(meeting.place)));
  if (meeting.onlineUrl) content.push(fact(t("online"), text(meeting.onlineUrl, [{ type: "link", attrs: { href: meeting.onlineUrl } }])));
  if (meeting.organiser) content.push(fact(t("organiser"), text(meeting.organiser)));

  content.push(...attendanceSection(source, t));

  if (source.agenda.length === 0) {
    content.push(heading(2, t("proceedings")), paragraph());
  }
  source.agenda.forEach((item, index) => {
    const title = item.isActionsReview ? t("actionsReviewTitle") : item.title;
    content.push(heading(2, `${index + 1}. ${title}`));
    if (item.presenter) content.push(paragraph(text(t("presenter", { name: item.presenter }), italic)));
    content.push(paragraph());
  });

  content.push(heading(2, t("decisionsHeading")));
  content.push({ type: "orderedList", content: [{ type: "listItem", content: [paragraph()] }] });
  return { type: "doc", content };
}
