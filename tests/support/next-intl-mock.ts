// Stands in for next-intl/server in integration tests: real message files, real ICU
// formatting, locale chosen by the test.
// Use:  vi.mock("next-intl/server", () => import("@/tests/support/next-intl-mock"));
import { createTranslator } from "next-intl";
import { loadMessages } from "@/lib/i18n/messages";
import type { AppLocale } from "@/lib/i18n/config";

let locale: AppLocale = "pl";

export function setTestLocale(next: AppLocale) {
  locale = next;
}

export async function getTranslations(arg?: string | { namespace?: string; locale?: string }) {
  const namespace = typeof arg === "string" ? arg : arg?.namespace;
  const loc = (typeof arg === "object" && arg?.locale ? arg.locale : locale) as AppLocale;
  return createTranslator({ locale: loc, messages: loadMessages(loc), namespace: namespace as never });
}

export async function getLocale() {
  return locale;
}

export async function getTimeZone() {
  return "Europe/Warsaw";
}

export async function getMessages() {
  return loadMessages(locale);
}

export function getRequestConfig(fn: unknown) {
  return fn;
}
