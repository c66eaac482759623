import { describe, expect, it } from "vitest";
import { COLLAB_TOKEN_TTL_MS, issueCollabToken, verifyCollabToken } from "./token";

const secret = "unit-test-secret";
const claims = { userId: "u1", documentId: "d1", readOnly: false, sessionVersion: 3 };
const now = new Date("2025-03-12T09:00:00Z");

describe("collab tokens", () => {
  it("round-trips the claims until the expiry", () => {
    const { token, expiresAt } = issueCollabToken(claims, { secret, now });
    expect(expiresAt.getTime() - now.getTime()).toBe(COLLAB_TOKEN_TTL_MS);
    expect(verifyCollabToken(token, { secret, now: new Date(now.getTime() + 59_999) })).toEqual({
      ok: true,
      claims: { ...claims, expiresAt },
    });
    expect(verifyCollabToken(token, { secret, now: expiresAt })).toEqual({ ok: false, code: "TOKEN_EXPIRED" });
  });

  it("refuses other secrets, edits, and things that are not tokens", () => {
    const { token } = issueCollabToken(claims, { secret, now });
    expect(verifyCollabToken(token, { secret: "other", now })).toEqual({ ok: false, code: "TOKEN_INVALID" });
    const [version, payload, signature] = token.split(".");
    const edited = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload!, "base64url").toString()), ro: true })).toString("base64url");
    expect(verifyCollabToken(`${version}.${edited}.${signature}`, { secret, now })).toEqual({ ok: false, code: "TOKEN_INVALID" });
    expect(verifyCollabToken(`v2.${payload}.${signature}`, { secret, now })).toMatchObject({ ok: false, code: "TOKEN_INVALID" });
    for (const value of [undefined, null, 42, "", "a.b", "a.b.c.d", "x".repeat(5000), { token }]) {
      expect(verifyCollabToken(value, { secret, now })).toEqual({ ok: false, code: "TOKEN_INVALID" });
    }
  });

  it("refuses a correctly signed payload of the wrong shape", () => {
    const { token } = issueCollabToken({ ...claims, userId: "" }, { secret, now });
    expect(verifyCollabToken(token, { secret, now })).toEqual({ ok: false, code: "TOKEN_INVALID" });
  });
});
