import { describe, expect, it } from "vitest";
import { createOneTimeToken, hashToken, isWellFormedToken } from "@/lib/account/tokens";

describe("one-time tokens", () => {
  it("are 32 random bytes in base64url and are stored only as their sha256", () => {
    const { token, tokenHash } = createOneTimeToken();
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect(isWellFormedToken(token)).toBe(true);
    expect(tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(tokenHash).toBe(hashToken(token));
    expect(tokenHash).not.toContain(token);
  });

  it("differ every time", () => {
    const tokens = new Set(Array.from({ length: 20 }, () => createOneTimeToken().token));
    expect(tokens.size).toBe(20);
  });

  it("reject strings that cannot be one of ours", () => {
    expect(isWellFormedToken("")).toBe(false);
    expect(isWellFormedToken("a".repeat(42))).toBe(false);
    expect(isWellFormedToken("a".repeat(42) + "=")).toBe(false);
  });
});
