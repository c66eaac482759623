// The typing model of one editor: bursts of 3–6 characters per second, pauses between
// bursts, backspaces and the occasional new paragraph or cursor jump. Pure and seeded:
// the same seed gives the same keystrokes for both servers.
import type { Rng } from "./prng";

export type Keystroke =
  | { kind: "char"; char: string }
  | { kind: "backspace" }
  | { kind: "enter" }
  /** Click somewhere else in one's own paragraph (0..1 of its length). */
  | { kind: "move"; at: number };

/** Polish minutes-like prose, typed character by character from a random offset. */
export const CORPUS =
  "Grupa robocza do spraw reintegracji migrantów powracających omówiła stan realizacji działań w województwie dolnośląskim. " +
  "Przedstawiciel Wojewódzkiego Urzędu Pracy we Wrocławiu zreferował wyniki naboru do projektu i liczbę zarejestrowanych uczestników. " +
  "Urząd Marszałkowski Województwa Dolnośląskiego zaproponował zmianę harmonogramu spotkań na kwartalny. " +
  "Ustalono, że protokół z posiedzenia zostanie przesłany członkom grupy do akceptacji w terminie siedmiu dni. " +
  "Wnioski z konsultacji społecznych zostaną uwzględnione w projekcie strategii na lata 2026–2030. " +
  "Zgłoszono uwagi dotyczące finansowania szkoleń językowych oraz doradztwa zawodowego dla osób powracających z zagranicy. ";

export type TypingOptions = {
  minCps: number;
  maxCps: number;
};

export const DEFAULT_TYPING: TypingOptions = { minCps: 3, maxCps: 6 };

export class TypingModel {
  private corpusAt: number;
  private burstLeft = 0;
  private backspacesLeft = 0;
  private intervalMs = 250;
  private pendingPause = 0;

  constructor(
    private readonly rng: Rng,
    private readonly options: TypingOptions = DEFAULT_TYPING,
  ) {
    this.corpusAt = rng.int(0, CORPUS.length - 1);
  }

  /** The next keystroke and how long to wait before it. */
  next(): { delayMs: number; key: Keystroke } {
    const rng = this.rng;
    if (this.backspacesLeft > 0) {
      this.backspacesLeft -= 1;
      return { delayMs: this.jitter(this.intervalMs * 0.8), key: { kind: "backspace" } };
    }
    if (this.burstLeft === 0) {
      // A new burst after a pause: a new typing speed, sometimes a new line or a cursor jump first.
      this.burstLeft = rng.int(5, 40);
      this.intervalMs = 1000 / rng.range(this.options.minCps, this.options.maxCps);
      const pause = this.pendingPause;
      this.pendingPause = rng.range(500, 4000);
      if (rng.chance(0.15)) return { delayMs: pause + this.jitter(this.intervalMs), key: { kind: "enter" } };
      if (rng.chance(0.05)) return { delayMs: pause + this.jitter(this.intervalMs), key: { kind: "move", at: rng.next() } };
      return { delayMs: pause + this.jitter(this.intervalMs), key: this.char() };
    }
    this.burstLeft -= 1;
    if (rng.chance(0.06)) {
      this.backspacesLeft = rng.int(0, 2);
      return { delayMs: this.jitter(this.intervalMs), key: { kind: "backspace" } };
    }
    return { delayMs: this.jitter(this.intervalMs), key: this.char() };
  }

  private char(): Keystroke {
    const char = CORPUS[this.corpusAt]!;
    this.corpusAt = (this.corpusAt + 1) % CORPUS.length;
    return { kind: "char", char };
  }

  /** ±30 % around the mean interval: people do not type like a metronome. */
  private jitter(ms: number): number {
    return ms * this.rng.range(0.7, 1.3);
  }
}
