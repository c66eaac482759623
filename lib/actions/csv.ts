// CSV as RFC 4180 (comma, CRLF, quotes doubled) with a UTF-8 byte order mark so spreadsheet
// programs read Polish letters right. Cells that a spreadsheet would run as a formula
// ("=HYPERLINK(…)", "+48…", "-", "@") are prefixed with an apostrophe: exported titles and
// notes are typed by other people (CSV injection).

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: (string | number | null | undefined)[][]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
