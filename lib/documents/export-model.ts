// What an export (DOCX, PDF) and the print view show, already translated and formatted,
// so the file builders only lay it out. Built by lib/documents/export-data.ts.
import type { ProseMirrorJson } from "@/lib/editor/content";

export type ExportFact = { label: string; value: string; href?: string };

export type ExportTable = {
  heading: string;
  /** A sentence above the table (quorum, or "attendance not recorded yet"). */
  note: string | null;
  columns: string[];
  rows: string[][];
};

export type ExportModel = {
  title: string;
  /** "Protokół · Szkic · Regionalna grupa robocza …" */
  subtitle: string;
  /** Owner institution, last edit and, for minutes, the meeting's details. */
  facts: ExportFact[];
  content: ProseMirrorJson;
  /** Minutes only: the attendance register by institution, after the content. */
  attendance: ExportTable | null;
  labels: {
    taskDone: string;
    taskOpen: string;
    /** Footer: "Strona 2 z 5" is built from these two words and the numbers. */
    page: string;
    of: string;
    /** "Wygenerowano w Quorum 3 marca 2026, 14:05" */
    generated: string;
  };
  locale: "pl" | "en";
};

/**
 * A document that opens with its own H1 (minutes, new documents) shows that heading as the
 * export's title, above the facts; otherwise the document's title is used. Either way the
 * title is printed once, first.
 */
export function splitLeadingTitle(content: ProseMirrorJson): { heading: ProseMirrorJson | null; rest: ProseMirrorJson[] } {
  const [first, ...rest] = content.content ?? [];
  if (first?.type === "heading" && Number(first.attrs?.level ?? 1) === 1) return { heading: first, rest };
  return { heading: null, rest: content.content ?? [] };
}
