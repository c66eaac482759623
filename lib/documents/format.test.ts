import { describe, expect, it } from "vitest";
import { formatRelative, formatSize } from "@/lib/documents/format";

describe("document display formats", () => {
  const now = new Date("2026-03-03T12:00:00Z");
  it("says how long ago, in the reader's language", () => {
    expect(formatRelative(new Date("2026-03-03T11:55:00Z"), now, "pl")).toBe("5 minut temu");
    expect(formatRelative(new Date("2026-03-01T12:00:00Z"), now, "en")).toBe("2 days ago");
    expect(formatRelative(new Date("2026-03-03T11:59:30Z"), now, "pl")).toBeNull();
  });

  it("formats sizes", () => {
    expect(formatSize(512, "en")).toBe("512 B");
    expect(formatSize(12_700, "pl")).toBe("12,4 kB");
    expect(formatSize(3 * 1024 * 1024, "en")).toBe("3 MB");
  });
});
