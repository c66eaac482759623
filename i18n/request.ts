// next-intl without locale routing: the language is the signed-in user's setting,
// else the cookie set by the language switcher, else Polish.
import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { DEFAULT_TIME_ZONE, defaultLocale, isLocale, LOCALE_COOKIE, type AppLocale } from "@/lib/i18n/config";
import { loadMessages } from "@/lib/i18n/messages";

export async function resolveLocale(): Promise<{ locale: AppLocale; timeZone: string }> {
  const current = await getCurrentUser().catch(() => null);
  if (current) return { locale: current.user.locale, timeZone: current.user.timeZone || DEFAULT_TIME_ZONE };
  const cookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  return { locale: isLocale(cookie) ? cookie : defaultLocale, timeZone: DEFAULT_TIME_ZONE };
}

export default getRequestConfig(async () => {
  const { locale, timeZone } = await resolveLocale();
  return { locale, timeZone, messages: loadMessages(locale) };
});
