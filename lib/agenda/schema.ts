// Input schemas of the agenda: items of a meeting, their order and their outcome.
import { z } from "zod";

export const AGENDA_TITLE_MAX = 200;
export const AGENDA_DESCRIPTION_MAX = 2000;
export const AGENDA_LINKS_MAX = 20;
export const AGENDA_DURATION_MIN = 1;
export const AGENDA_DURATION_MAX = 600;
/** Generous bound for one meeting; also caps the reorder payload. */
export const AGENDA_ITEMS_MAX = 100;

const idSchema = z.string().trim().min(1).max(64);

function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));
}

const optionalId = z
  .string()
  .trim()
  .max(64)
  .nullish()
  .transform((v) => (v ? v : null));

// https only: links are rendered for every member of the group.
const httpsUrl = z
  .string()
  .trim()
  .max(2000)
  .pipe(z.url({ protocol: /^https$/, hostname: z.regexes.domain }));

export const documentLinkSchema = z.object({
  title: z.string().trim().min(1).max(AGENDA_TITLE_MAX),
  url: httpsUrl,
});
export type DocumentLink = z.infer<typeof documentLinkSchema>;

const itemFields = z.object({
  title: z.string().trim().min(1).max(AGENDA_TITLE_MAX),
  durationMinutes: z.coerce.number().int().min(AGENDA_DURATION_MIN).max(AGENDA_DURATION_MAX),
  presenterUserId: optionalId,
  presenterInstitutionId: optionalId,
  description: optionalText(AGENDA_DESCRIPTION_MAX),
  documentLinks: z.array(documentLinkSchema).max(AGENDA_LINKS_MAX).default([]),
});
export type AgendaItemFields = z.infer<typeof itemFields>;

// A presenter is a person or an institution, not both at once.
const onePresenter = (v: { presenterUserId: string | null; presenterInstitutionId: string | null }) =>
  !(v.presenterUserId && v.presenterInstitutionId);
const onePresenterIssue = { message: "invalidOption", path: ["presenter"] };

export const createAgendaItemSchema = itemFields.extend({ meetingId: idSchema }).refine(onePresenter, onePresenterIssue);
export type CreateAgendaItemInput = z.infer<typeof createAgendaItemSchema>;

export const updateAgendaItemSchema = itemFields.extend({ itemId: idSchema }).refine(onePresenter, onePresenterIssue);
export type UpdateAgendaItemInput = z.infer<typeof updateAgendaItemSchema>;

export const agendaItemIdSchema = z.object({ itemId: idSchema });

export const reorderAgendaSchema = z.object({
  meetingId: idSchema,
  itemIds: z
    .array(idSchema)
    .min(1)
    .max(AGENDA_ITEMS_MAX)
    .refine((ids) => new Set(ids).size === ids.length, { message: "invalid" }),
});
export type ReorderAgendaInput = z.infer<typeof reorderAgendaSchema>;

export const setAgendaItemStatusSchema = z.object({
  itemId: idSchema,
  status: z.enum(["PLANNED", "DONE"]),
});

export const meetingIdSchema = z.object({ meetingId: idSchema });
