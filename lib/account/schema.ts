import { z } from "zod";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/auth/password";
import { locales } from "@/lib/i18n/config";

export const emailSchema = z.string().trim().toLowerCase().max(320).pipe(z.email());
export const passwordSchema = z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH);

/** Time zones the runtime knows; Intl throws on unknown names. */
export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const localeSchema = z.object({ locale: z.enum(locales) });

export const profileSchema = z.object({
  name: z.string().trim().min(1).max(200),
  locale: z.enum(locales),
  timeZone: z.string().trim().max(64).refine(isTimeZone, { message: "invalidTimeZone" }),
});
export type ProfileInput = z.infer<typeof profileSchema>;

export const changePasswordSchema = z
  .object({ currentPassword: z.string().max(PASSWORD_MAX_LENGTH), newPassword: passwordSchema, repeatPassword: z.string().max(PASSWORD_MAX_LENGTH) })
  .refine((v) => v.newPassword === v.repeatPassword, { message: "passwordsDiffer", path: ["repeatPassword"] });

export const requestResetSchema = z.object({ email: emailSchema });

export const resetPasswordSchema = z
  .object({ token: z.string().min(10).max(200), password: passwordSchema, repeatPassword: z.string().max(PASSWORD_MAX_LENGTH) })
  .refine((v) => v.password === v.repeatPassword, { message: "passwordsDiffer", path: ["repeatPassword"] });

export const setupSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    email: emailSchema,
    password: passwordSchema,
    repeatPassword: z.string().max(PASSWORD_MAX_LENGTH),
    institutionName: z.string().trim().min(1).max(200),
    institutionShortName: z.string().trim().min(1).max(40),
    locale: z.enum(locales).default("pl"),
  })
  .refine((v) => v.password === v.repeatPassword, { message: "passwordsDiffer", path: ["repeatPassword"] });
export type SetupInput = z.infer<typeof setupSchema>;
