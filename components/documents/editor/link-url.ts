// What a person types as a link becomes a safe href: web and e-mail addresses only, never
// javascript: or data: (a link in a shared document is clicked by everyone else).

const ALLOWED = new Set(["http:", "https:", "mailto:"]);
const EMAIL = /^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/;

/** The href to store, or null when the input is not an acceptable address. */
export function normaliseLinkUrl(input: string): string | null {
  const value = input.trim();
  if (!value || /\s/.test(value)) return null;
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(value);
  if (!hasScheme && EMAIL.test(value)) return `mailto:${value}`;
  const withScheme = hasScheme ? value : `https://${value}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  if (!ALLOWED.has(url.protocol)) return null;
  if (url.protocol !== "mailto:" && !url.hostname.includes(".") && url.hostname !== "localhost") return null;
  return url.protocol === "mailto:" ? withScheme : url.href;
}
