import "server-only";
// The filtered actions list as CSV or XLSX: the same filter parsing and the same query as the
// table (lib/actions/filters.ts, listAllActions), all rows rather than one page, with column
// headings and values in the person's language.
import ExcelJS from "exceljs";
import { getTranslations } from "next-intl/server";
import type { CurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors/app-error";
import { formatDateTime } from "@/lib/format/dates";
import type { AppLocale } from "@/lib/i18n/config";
import { contentDisposition } from "@/lib/documents/file-name";
import { toCsv } from "@/lib/actions/csv";
import { dateToDb, daysBetween, todayIn } from "@/lib/actions/due";
import { listAllActions, listGroupIds, type ActionListRow } from "@/lib/actions/data";
import { parseActionFilters } from "@/lib/actions/filters";

export const actionExportFormats = ["csv", "xlsx"] as const;
export type ActionExportFormat = (typeof actionExportFormats)[number];

const CONTENT_TYPES: Record<ActionExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export function parseActionExportFormat(value: string | null): ActionExportFormat {
  if (value && (actionExportFormats as readonly string[]).includes(value)) return value as ActionExportFormat;
  throw new AppError("BAD_REQUEST");
}

export const exportColumns = [
  "number",
  "group",
  "title",
  "status",
  "due",
  "dueState",
  "priority",
  "owner",
  "responsible",
  "deputy",
  "progress",
  "blockedReason",
  "source",
  "description",
  "updated",
] as const;
export type ExportColumn = (typeof exportColumns)[number];

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** One row as plain values: text for CSV, typed (numbers, dates) for XLSX. */
export function exportValues(row: ActionListRow, t: Translate, locale: AppLocale, timeZone: string, today: string): Record<ExportColumn, string | number | Date | null> {
  const source =
    row.source === "MEETING" && row.meeting
      ? `${t("sources.MEETING")}: ${row.meeting.title}`
      : row.source === "DECISION" && row.decision
        ? `${t("sources.DECISION")}: ${row.decision.number}/${row.decision.year}`
        : row.source === "DOCUMENT" && row.document
          ? `${t("sources.DOCUMENT")}: ${row.document.title}`
          : t("sources.NONE");
  const dueState =
    row.dueState === "overdue" && row.dueDate
      ? t("due.overdueDays", { days: daysBetween(row.dueDate, today) })
      : row.dueState === "today"
        ? t("due.today")
        : row.dueState === "soon" && row.dueDate
          ? t("due.soon", { days: daysBetween(today, row.dueDate) })
          : "";
  return {
    number: row.number,
    group: row.group.name,
    title: row.title,
    status: t(`statuses.${row.status}`),
    due: row.dueDate,
    dueState,
    priority: t(`priorities.${row.priority}`),
    owner: row.ownerInstitution.name,
    responsible: row.responsible?.name ?? null,
    deputy: row.deputy?.name ?? null,
    progress: row.progressPercent,
    blockedReason: row.status === "BLOCKED" ? row.blockedReason : null,
    source,
    description: row.description,
    updated: formatDateTime(row.updatedAt, locale, timeZone),
  };
}

export function buildActionsCsv(rows: ActionListRow[], t: Translate, locale: AppLocale, timeZone: string, today: string): string {
  const header = exportColumns.map((c) => t(`export.columns.${c}`));
  const body = rows.map((row) => {
    const v = exportValues(row, t, locale, timeZone, today);
    return exportColumns.map((c) => (c === "number" ? `#${v.number}` : (v[c] as string | number | null)));
  });
  return toCsv(header, body);
}

export async function buildActionsXlsx(rows: ActionListRow[], t: Translate, locale: AppLocale, timeZone: string, today: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Quorum";
  workbook.created = new Date();
  const sheet = workbook.addWorksheet(t("export.sheet"), { views: [{ state: "frozen", ySplit: 1 }] });
  const widths: Partial<Record<ExportColumn, number>> = { number: 8, group: 30, title: 50, owner: 40, description: 60, source: 36, blockedReason: 36, updated: 20 };
  sheet.columns = exportColumns.map((c) => ({ header: t(`export.columns.${c}`), key: c, width: widths[c] ?? 16 }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    const v = exportValues(row, t, locale, timeZone, today);
    // Real dates and numbers, so the sheet sorts and filters them as such.
    sheet.addRow({ ...v, due: v.due ? dateToDb(v.due as string) : null });
  }
  sheet.getColumn("number").numFmt = '"#"0';
  sheet.getColumn("due").numFmt = "yyyy-mm-dd";
  sheet.getColumn("progress").numFmt = '0"%"';
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: exportColumns.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export type ActionExportFile = { body: Buffer; contentType: string; disposition: string; rows: number };

/** The list the person sees at `/actions?<params>`, as a file. */
export async function exportActions(
  current: CurrentUser,
  params: URLSearchParams,
  format: ActionExportFormat,
  options: { currentGroupId: string | null; locale: AppLocale; now?: Date },
): Promise<ActionExportFile> {
  const now = options.now ?? new Date();
  const filters = parseActionFilters(params);
  const groupIds = listGroupIds(current.actor, filters.group, options.currentGroupId);
  const rows = await listAllActions(current.actor, filters, groupIds, now);
  const t = (await getTranslations({ locale: options.locale, namespace: "actions" })) as unknown as Translate;
  const today = todayIn(now);
  const timeZone = current.user.timeZone;
  const body =
    format === "csv"
      ? Buffer.from(buildActionsCsv(rows, t, options.locale, timeZone, today), "utf8")
      : await buildActionsXlsx(rows, t, options.locale, timeZone, today);
  const name = `${t("export.fileName")} ${today}`;
  return { body, contentType: CONTENT_TYPES[format], disposition: contentDisposition(name, format), rows: rows.length };
}
