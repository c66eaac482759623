import type { DocumentVersionKind } from "@/lib/generated/prisma/enums";

type Translate = (key: string, values?: Record<string, string>) => string;

/** What a version is called in lists and headings: its own name, or what it is. */
export function versionLabel(version: { kind: DocumentVersionKind; name: string | null }, t: Translate): string {
  switch (version.kind) {
    case "NAMED":
      return version.name ?? t("kinds.NAMED");
    case "AUTO":
      return t("autoName");
    case "MEETING_END":
      return t("meetingEndName");
    case "BEFORE_RESTORE":
      return version.name ? t("beforeRestoreName", { name: version.name }) : t("beforeRestoreUnnamed");
  }
}
