import { describe, expect, it } from "vitest";
import { parseCookieHeader, readChunkedCookie, readSessionTokens } from "./session-cookie";

describe("readSessionTokens", () => {
  it("finds the plain next-auth cookie among others", () => {
    expect(readSessionTokens("theme=dark; next-auth.session-token=abc.def; NEXT_LOCALE=pl")).toEqual(["abc.def"]);
  });

  it("joins chunked cookies in numeric order, not string order", () => {
    const parts = Array.from({ length: 11 }, (_, i) => `p${i}-`);
    const header = parts
      .map((part, i) => `next-auth.session-token.${i}=${part}`)
      .reverse()
      .join("; ");
    expect(readSessionTokens(header)).toEqual([parts.join("")]);
  });

  it("puts the __Secure- cookie before the plain one", () => {
    expect(readSessionTokens("next-auth.session-token=plain; __Secure-next-auth.session-token=secure")).toEqual([
      "secure",
      "plain",
    ]);
  });

  it("ignores look-alike names and an empty header", () => {
    expect(readSessionTokens("next-auth.session-token.x=1; next-auth.session-tokens=2; next-auth.csrf-token=3")).toEqual([]);
    expect(readSessionTokens(undefined)).toEqual([]);
  });
});

describe("parseCookieHeader", () => {
  it("decodes percent-encoding, strips quotes and keeps the first duplicate", () => {
    const cookies = parseCookieHeader('a=%7Bx%7D; b="quoted"; a=second; broken; =novalue; c=%E0%A4%A');
    expect(Object.fromEntries(cookies)).toEqual({ a: "{x}", b: "quoted", c: "%E0%A4%A" });
  });

  it("prefers the whole cookie over leftover chunks", () => {
    const cookies = parseCookieHeader("s=whole; s.0=old; s.1=chunks");
    expect(readChunkedCookie(cookies, "s")).toBe("whole");
  });
});
