// Decisions are numbered per group and calendar year of the decision date: "3/2026" is the
// third decision the group took in 2026. The number is assigned once, when it is recorded.

export type DecisionNumber = { number: number; year: number };

export function formatDecisionNumber(d: DecisionNumber): string {
  return `${d.number}/${d.year}`;
}

/** "3/2026", "nr 3/2026" or "3 / 2026" as typed into the register's search box; null otherwise. */
export function parseDecisionNumber(text: string): DecisionNumber | null {
  const m = /^(?:nr\.?|no\.?)?\s*(\d{1,5})\s*\/\s*(\d{4})$/i.exec(text.trim());
  if (!m) return null;
  const number = Number(m[1]);
  const year = Number(m[2]);
  return number > 0 ? { number, year } : null;
}

/** The year a decision dated `decidedOn` ("YYYY-MM-DD", a calendar day) is numbered in. */
export function decisionYear(decidedOn: string): number {
  return Number(decidedOn.slice(0, 4));
}

/** The next free number after the highest one used in the year (null: none yet). */
export function nextDecisionNumber(highest: number | null): number {
  return (highest ?? 0) + 1;
}
