import type { AppLocale } from "@/lib/i18n/config";

export type ShellUser = {
  name: string;
  email: string;
  institutionName?: string | null;
  isAdmin: boolean;
};

export type ShellGroup = { id: string; name: string; archived: boolean };

export type ShellLocale = AppLocale;
