import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/auth/password";

describe("password hashing", () => {
  it("verifies the right password and refuses a wrong one", async () => {
    const hash = await hashPassword("Kielce-2012-maj");
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(hash).not.toContain("Kielce");
    expect(await verifyPassword("Kielce-2012-maj", hash)).toBe(true);
    expect(await verifyPassword("kielce-2012-maj", hash)).toBe(false);
  });

  it("salts every hash and treats malformed or missing hashes as a mismatch", async () => {
    expect(await hashPassword("same password")).not.toBe(await hashPassword("same password"));
    expect(await verifyPassword("x", null)).toBe(false);
    expect(await verifyPassword("x", "md5$abc")).toBe(false);
  });

  it("treats composed and decomposed Polish letters as the same password", async () => {
    const hash = await hashPassword("Świętokrzyskie");
    expect(await verifyPassword("S\u0301wie\u0328tokrzyskie", hash)).toBe(true);
  });
});
