"use server";
import { cookies } from "next/headers";
import { z } from "zod";
import { defineAction, definePublicAction } from "@/lib/safe-action/server";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import { LOCALE_COOKIE } from "@/lib/i18n/config";
import {
  changePasswordSchema,
  localeSchema,
  profileSchema,
  requestResetSchema,
  resetPasswordSchema,
  setupSchema,
} from "@/lib/account/schema";
import {
  changePassword,
  createFirstAdministrator,
  requestPasswordReset,
  resetPassword,
  setLocale,
  signOutEverywhere,
  updateProfile,
} from "@/lib/account/mutations";
import { resolveLocale } from "@/i18n/request";

async function rememberLocale(locale: string) {
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax", httpOnly: false, secure: env.appUrl.startsWith("https://") });
}

/** Works signed in (stored on the user) and signed out (cookie only). */
export const switchLocaleAction = definePublicAction({
  name: "account.switchLocale",
  input: localeSchema,
  run: async ({ current, input }) => {
    if (current) await setLocale(current.user.id, input.locale);
    await rememberLocale(input.locale);
    return { locale: input.locale };
  },
});

export const updateProfileAction = defineAction({
  name: "account.updateProfile",
  input: profileSchema,
  authorize: () => true,
  run: async ({ current, input }) => {
    await updateProfile(current.user.id, input);
    await rememberLocale(input.locale);
    return { ok: true };
  },
});

export const changePasswordAction = defineAction({
  name: "account.changePassword",
  input: changePasswordSchema,
  authorize: () => true,
  run: async ({ current, input }) => {
    const user = await changePassword(current.user.id, input.currentPassword, input.newPassword);
    return { email: user.email };
  },
});

export const signOutEverywhereAction = defineAction({
  name: "account.signOutEverywhere",
  input: z.object({}),
  authorize: () => true,
  run: async ({ current }) => {
    await signOutEverywhere(current.user.id);
    return { ok: true };
  },
});

export const requestPasswordResetAction = definePublicAction({
  name: "account.requestPasswordReset",
  input: requestResetSchema,
  run: async ({ input }) => {
    const { locale } = await resolveLocale();
    await requestPasswordReset(input.email, locale);
    return { ok: true };
  },
});

export const resetPasswordAction = definePublicAction({
  name: "account.resetPassword",
  input: resetPasswordSchema,
  run: async ({ input }) => resetPassword(input.token, input.password),
});

export const setupAction = definePublicAction({
  name: "account.setup",
  input: setupSchema,
  run: async ({ current, input }) => {
    if (current) throw new AppError("CONFLICT", { messageKey: "SETUP_DONE" });
    const user = await createFirstAdministrator(input);
    await rememberLocale(input.locale);
    return { email: user.email };
  },
});
