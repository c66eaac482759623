import { z } from "zod";
import { InstitutionKind, PartnerRole } from "@/lib/generated/prisma/enums";

export const institutionKinds = Object.values(InstitutionKind) as [InstitutionKind, ...InstitutionKind[]];
export const partnerRoles = Object.values(PartnerRole) as [PartnerRole, ...PartnerRole[]];

export const INSTITUTION_NAME_MAX = 200;
export const INSTITUTION_SHORT_NAME_MAX = 40;
export const INSTITUTION_ADDRESS_MAX = 500;
export const INSTITUTION_EMAIL_MAX = 320;
export const INSTITUTION_PHONE_MAX = 40;
export const INSTITUTION_URL_MAX = 2000;

/** Forms send "" for untouched optional fields; the database should hold null for "not given". */
function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess(
    (value) => (value === undefined || value === null || (typeof value === "string" && value.trim() === "") ? null : value),
    schema.nullable(),
  );
}

// https only: these links are rendered in pages and the logo is loaded by every viewer's
// browser, so plain http (mixed content, tracking on the wire) and other schemes are refused.
const httpsUrl = z
  .string()
  .trim()
  .max(INSTITUTION_URL_MAX)
  .pipe(z.url({ protocol: /^https$/, hostname: z.regexes.domain }));

// Digits with the usual separators and an optional leading "+"; anything else is a typo.
const phone = z
  .string()
  .trim()
  .max(INSTITUTION_PHONE_MAX)
  .regex(/^\+?[0-9(][0-9 ()./-]*[0-9](\s*(wew|ext)\.?\s*[0-9]+)?$/i);

export const institutionFields = {
  name: z.string().trim().min(1).max(INSTITUTION_NAME_MAX),
  shortName: z.string().trim().min(1).max(INSTITUTION_SHORT_NAME_MAX),
  kind: z.enum(institutionKinds),
  address: optional(z.string().trim().max(INSTITUTION_ADDRESS_MAX)),
  contactEmail: optional(z.string().trim().toLowerCase().max(INSTITUTION_EMAIL_MAX).pipe(z.email())),
  contactPhone: optional(phone),
  website: optional(httpsUrl),
  logoUrl: optional(httpsUrl),
};

export const institutionInputSchema = z.object(institutionFields);
export type InstitutionInput = z.infer<typeof institutionInputSchema>;

const idSchema = z.string().trim().min(1).max(64);

export const updateInstitutionSchema = z.object({ id: idSchema, ...institutionFields });
export type UpdateInstitutionInput = z.infer<typeof updateInstitutionSchema>;

export const institutionIdSchema = z.object({ id: idSchema });
