import { describe, expect, it } from "vitest";
import { z } from "zod";
import { zodToFieldErrors } from "@/lib/errors/zod-issues";

const schema = z
  .object({
    name: z.string().trim().min(1).max(10),
    email: z.email(),
    website: z.url().optional(),
    kind: z.enum(["NGO", "OTHER"]),
    start: z.date(),
    end: z.date(),
  })
  .refine((v) => v.end > v.start, { message: "endBeforeStart", path: ["end"] });

describe("zodToFieldErrors", () => {
  it("maps each kind of issue to a translation key with its values", () => {
    const result = schema.safeParse({ name: "x".repeat(11), email: "nope", website: "::", kind: "ZOO", start: new Date(2), end: new Date(1) });
    expect(result.success).toBe(false);
    const errors = zodToFieldErrors(result.error!);
    expect(errors).toMatchObject({
      name: [{ key: "tooLong", values: { max: 10 } }],
      email: [{ key: "invalidEmail" }],
      website: [{ key: "invalidUrl" }],
      kind: [{ key: "invalidOption" }],
    });
  });

  it("reports a missing or blank value as required and a custom rule by its own key", () => {
    const blank = schema.safeParse({ name: "   ", kind: "NGO", start: new Date(2), end: new Date(1), email: "a@b.pl" });
    expect(zodToFieldErrors(blank.error!).name).toEqual([{ key: "required" }]);
    const reversed = schema.safeParse({ name: "ok", kind: "NGO", start: new Date(2), end: new Date(1), email: "a@b.pl" });
    expect(zodToFieldErrors(reversed.error!).end).toEqual([{ key: "endBeforeStart" }]);
  });
});
