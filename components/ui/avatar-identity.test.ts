import { describe, expect, it } from "vitest";
import { AVATAR_COLORS, avatarColorFor, initialsFor } from "@/components/ui/avatar-identity";

describe("initialsFor", () => {
  it("takes the first letters of the first and last word", () => {
    expect(initialsFor("Anna Maria Nowak")).toBe("AN");
    expect(initialsFor("jan kowalski")).toBe("JK");
  });

  it("keeps Polish letters and upper-cases them", () => {
    expect(initialsFor("łukasz żak")).toBe("ŁŻ");
    expect(initialsFor("Ewa Śliwińska-Źródło")).toBe("EŹ");
  });

  it("uses the local part of an email address", () => {
    expect(initialsFor("m.wisniewska@kielce.eu")).toBe("MW");
    expect(initialsFor("biuro@wup.kielce.pl")).toBe("B");
  });

  it("falls back to a question mark when nothing is usable", () => {
    expect(initialsFor("  ")).toBe("?");
    expect(initialsFor("—")).toBe("?");
  });
});

describe("avatarColorFor", () => {
  it("returns the same palette colour for the same seed", () => {
    const a = avatarColorFor("user-123");
    expect(a).toBe(avatarColorFor("user-123"));
    expect(AVATAR_COLORS).toContain(a);
  });

  it("spreads different seeds over the palette", () => {
    const seen = new Set(Array.from({ length: 50 }, (_, i) => avatarColorFor(`person-${i}@example.org`)));
    expect(seen.size).toBeGreaterThanOrEqual(6);
  });
});
