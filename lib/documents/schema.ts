import { z } from "zod";
import { DocumentKind, DocumentStatus, DocumentVersionKind } from "@/lib/generated/prisma/enums";

export const documentKinds = Object.values(DocumentKind) as [DocumentKind, ...DocumentKind[]];
export const documentStatuses = Object.values(DocumentStatus) as [DocumentStatus, ...DocumentStatus[]];
export const documentVersionKinds = Object.values(DocumentVersionKind) as [DocumentVersionKind, ...DocumentVersionKind[]];
/** Minutes are created from their meeting (one per meeting), never as a free-standing document. */
export const freeDocumentKinds = ["STRATEGY", "OTHER"] as const;

export const DOCUMENT_TITLE_MAX = 200;
export const VERSION_NAME_MAX = 120;

/** Forms send "" for untouched optional fields; the database should hold null for "not given". */
function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess(
    (value) => (value === undefined || value === null || (typeof value === "string" && value.trim() === "") ? null : value),
    schema.nullable(),
  );
}

const idSchema = z.string().trim().min(1).max(64);
const titleSchema = z.string().trim().min(1).max(DOCUMENT_TITLE_MAX);

export const createDocumentSchema = z.object({
  groupId: idSchema,
  kind: z.enum(freeDocumentKinds),
  title: titleSchema,
  meetingId: optional(idSchema),
  /** Absent: the creator's own institution (when it is a partner of the group). */
  ownerInstitutionId: optional(idSchema).optional(),
});
export type CreateDocumentInput = z.infer<typeof createDocumentSchema>;

export const createMinutesSchema = z.object({ meetingId: idSchema });

export const documentIdSchema = z.object({ id: idSchema });

export const renameDocumentSchema = z.object({ id: idSchema, title: titleSchema });

export const changeOwnerSchema = z.object({ id: idSchema, ownerInstitutionId: optional(idSchema) });

export const nameVersionSchema = z.object({ documentId: idSchema, name: z.string().trim().min(1).max(VERSION_NAME_MAX) });

export const restoreVersionSchema = z.object({ documentId: idSchema, versionId: idSchema });

export const exportFormats = ["docx", "pdf"] as const;
export type ExportFormat = (typeof exportFormats)[number];

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const lenient = <T extends z.ZodType>(schema: T, fallback: z.infer<T>) => z.preprocess(first, schema).catch(fallback);

/** List filters from the URL; unknown values fall back to "no filter" instead of failing the page. */
export const documentListQuerySchema = z.object({
  q: lenient(z.string().trim().max(200), ""),
  kind: lenient(z.enum(documentKinds).optional(), undefined),
  status: lenient(z.enum(documentStatuses).optional(), undefined),
  meeting: lenient(idSchema.optional(), undefined),
  institution: lenient(idSchema.optional(), undefined),
  /** A group id or "all"; absent means the group the user works in. */
  group: lenient(idSchema.optional(), undefined),
  archived: lenient(z.enum(["active", "archived"]), "active"),
  page: lenient(z.coerce.number().int().min(1).max(10_000), 1),
});
export type DocumentListQuery = z.infer<typeof documentListQuerySchema>;
