export const locales = ["pl", "en"] as const;
export type AppLocale = (typeof locales)[number];
export const defaultLocale: AppLocale = "pl";
/** Remembers the language for signed-out pages; signed-in users' choice lives in User.locale. */
export const LOCALE_COOKIE = "quorum-locale";
export const DEFAULT_TIME_ZONE = "Europe/Warsaw";

export function isLocale(value: unknown): value is AppLocale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}
