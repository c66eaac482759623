// Finds the next-auth session token in a Cookie header. next-auth (v4) names the cookie
// "__Secure-next-auth.session-token" on https and "next-auth.session-token" otherwise, and splits
// values over 4 KB into "<name>.0", "<name>.1", ... which are joined back in numeric order.

export const sessionCookieNames = ["__Secure-next-auth.session-token", "next-auth.session-token"] as const;

export function parseCookieHeader(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  if (!header) return cookies;
  for (const rawPart of header.split(";")) {
    const part = rawPart.trim();
    const eq = part.indexOf("=");
    if (eq <= 0) continue;
    const name = part.slice(0, eq).trim();
    let value = part.slice(eq + 1).trim();
    if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) value = value.slice(1, -1);
    // First occurrence wins, as in browsers' ordering (more specific path first).
    if (!cookies.has(name)) cookies.set(name, safeDecode(value));
  }
  return cookies;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** The whole token stored under `name`, whether in one cookie or in numbered chunks. */
export function readChunkedCookie(cookies: Map<string, string>, name: string): string | undefined {
  const whole = cookies.get(name);
  if (whole) return whole;
  const chunks: { index: number; value: string }[] = [];
  const prefix = `${name}.`;
  for (const [cookieName, value] of cookies) {
    if (!cookieName.startsWith(prefix)) continue;
    const suffix = cookieName.slice(prefix.length);
    if (!/^\d+$/.test(suffix)) continue;
    chunks.push({ index: Number(suffix), value });
  }
  if (chunks.length === 0) return undefined;
  chunks.sort((a, b) => a.index - b.index);
  return chunks.map((chunk) => chunk.value).join("");
}

/** Candidate session tokens in the header, secure-prefixed name first. */
export function readSessionTokens(cookieHeader: string | undefined): string[] {
  const cookies = parseCookieHeader(cookieHeader);
  const tokens: string[] = [];
  for (const name of sessionCookieNames) {
    const token = readChunkedCookie(cookies, name);
    if (token) tokens.push(token);
  }
  return tokens;
}
