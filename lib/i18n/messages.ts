// Messages live one namespace per file (messages/<locale>/<namespace>.json) so each
// domain owns its strings; here they are merged into the object next-intl expects.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { AppLocale } from "@/lib/i18n/config";

export type Messages = Record<string, Record<string, unknown>>;

const cache = new Map<AppLocale, Messages>();

export function loadMessages(locale: AppLocale, dir = path.join(process.cwd(), "messages")): Messages {
  const hit = cache.get(locale);
  if (hit && process.env.NODE_ENV === "production") return hit;
  const folder = path.join(dir, locale);
  const messages: Messages = {};
  for (const file of readdirSync(folder).filter((f) => f.endsWith(".json")).sort()) {
    messages[file.slice(0, -5)] = JSON.parse(readFileSync(path.join(folder, file), "utf8")) as Record<string, unknown>;
  }
  cache.set(locale, messages);
  return messages;
}
