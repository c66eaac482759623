// File names for downloads: an ASCII fallback for old clients and the real title (RFC 5987)
// for the rest, with characters that are not allowed in file names replaced.
import { foldText } from "@/lib/format/fold-text";

const NAME_MAX = 80;

export function asciiFileName(title: string, extension: string): string {
  const base = foldText(title)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, NAME_MAX)
    .replace(/-+$/g, "");
  return `${base || "dokument"}.${extension}`;
}

export function unicodeFileName(title: string, extension: string): string {
  const base = title
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, NAME_MAX)
    .trim();
  return `${base || "dokument"}.${extension}`;
}

/** `attachment; filename="protokol-iv-posiedzenia.docx"; filename*=UTF-8''Protok%C3%B3%C5%82…` */
export function contentDisposition(title: string, extension: string): string {
  const encoded = encodeURIComponent(unicodeFileName(title, extension)).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${asciiFileName(title, extension)}"; filename*=UTF-8''${encoded}`;
}
