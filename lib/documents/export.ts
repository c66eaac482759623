import "server-only";
// One entry point for downloads: permission, model, file. The route handler stays thin.
import type { CurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors/app-error";
import { canDocument } from "@/lib/permissions/ability";
import { toDocumentRef } from "@/lib/documents/data";
import { loadExportModel } from "@/lib/documents/export-data";
import { exportDocx } from "@/lib/documents/export-docx";
import { exportPdf } from "@/lib/documents/export-pdf";
import { contentDisposition } from "@/lib/documents/file-name";
import { exportFormats, type ExportFormat } from "@/lib/documents/schema";

const CONTENT_TYPES: Record<ExportFormat, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
};

export function parseExportFormat(value: string | null): ExportFormat {
  if (value && (exportFormats as readonly string[]).includes(value)) return value as ExportFormat;
  throw new AppError("BAD_REQUEST", { messageKey: "EXPORT_FORMAT" });
}

export type ExportFile = { body: Buffer; contentType: string; disposition: string };

export async function exportDocument(current: CurrentUser, documentId: string, format: ExportFormat, options: { compress?: boolean } = {}): Promise<ExportFile> {
  const loaded = await loadExportModel(current.actor, documentId, { locale: current.user.locale, timeZone: current.user.timeZone });
  if (!loaded) throw new AppError("NOT_FOUND");
  if (!canDocument(current.actor, "export", toDocumentRef(loaded.document))) throw new AppError("FORBIDDEN");
  const body = format === "docx" ? await exportDocx(loaded.model) : await exportPdf(loaded.model, options);
  return { body, contentType: CONTENT_TYPES[format], disposition: contentDisposition(loaded.model.title, format) };
}
