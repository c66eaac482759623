import { describe, expect, it } from "vitest";
import { TokenBucket } from "./token-bucket";

describe("TokenBucket", () => {
  it("allows a burst, then refills at the given rate up to the capacity", () => {
    const bucket = new TokenBucket(3, 2, 0);
    expect([bucket.take(1, 0), bucket.take(1, 0), bucket.take(1, 0), bucket.take(1, 0)]).toEqual([true, true, true, false]);
    expect(bucket.take(1, 400)).toBe(false); // 0.8 tokens
    expect(bucket.take(1, 500)).toBe(true); // 1 token after half a second
    expect(bucket.take(1, 60_000)).toBe(true);
    expect(bucket.tokens).toBe(2); // capped at 3, one taken
  });

  it("takes nothing when the cost is more than what is there", () => {
    const bucket = new TokenBucket(10, 1, 0);
    expect(bucket.take(11, 0)).toBe(false);
    expect(bucket.take(10, 0)).toBe(true);
  });

  it("ignores a clock that goes backwards", () => {
    const bucket = new TokenBucket(1, 1, 1000);
    expect(bucket.take(1, 1000)).toBe(true);
    expect(bucket.take(1, 0)).toBe(false);
    expect(bucket.take(1, 1500)).toBe(false);
    expect(bucket.take(1, 2000)).toBe(true);
  });
});
