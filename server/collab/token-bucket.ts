// Per-connection rate limit: `capacity` tokens, refilled continuously at `refillPerSecond`.
// A burst (a paste, a reconnect's sync) is fine; a sustained flood runs dry.
export class TokenBucket {
  readonly capacity: number;
  readonly refillPerSecond: number;
  #tokens: number;
  #last: number;

  constructor(capacity: number, refillPerSecond: number, now: number = performance.now()) {
    this.capacity = capacity;
    this.refillPerSecond = refillPerSecond;
    this.#tokens = capacity;
    this.#last = now;
  }

  /** Takes `cost` tokens if there are enough; otherwise takes nothing and returns false. */
  take(cost = 1, now: number = performance.now()): boolean {
    const elapsed = Math.max(0, now - this.#last) / 1000;
    this.#last = Math.max(this.#last, now);
    this.#tokens = Math.min(this.capacity, this.#tokens + elapsed * this.refillPerSecond);
    if (this.#tokens < cost) return false;
    this.#tokens -= cost;
    return true;
  }

  get tokens(): number {
    return this.#tokens;
  }
}
