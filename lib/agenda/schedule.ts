// Running times of an agenda: each item starts when the previous one ends, from the
// meeting's start. Works on UTC instants; the page formats them in the viewer's zone.

export type TimedItem = { durationMinutes: number };

export type AgendaSlot = { startsAt: Date; endsAt: Date };

export function computeRunningTimes(meetingStart: Date, items: readonly TimedItem[]): AgendaSlot[] {
  let cursor = meetingStart.getTime();
  return items.map((item) => {
    const startsAt = new Date(cursor);
    cursor += item.durationMinutes * 60_000;
    return { startsAt, endsAt: new Date(cursor) };
  });
}

/** Minutes by which the agenda runs past the meeting's end (0 when it fits). */
export function overrunMinutes(meetingStart: Date, meetingEnd: Date, items: readonly TimedItem[]): number {
  const total = items.reduce((sum, item) => sum + item.durationMinutes, 0);
  const over = meetingStart.getTime() + total * 60_000 - meetingEnd.getTime();
  return over > 0 ? Math.ceil(over / 60_000) : 0;
}

/** The order after moving one id by one place; unchanged at the edges or for unknown ids. */
export function moveInOrder(ids: readonly string[], id: string, direction: "up" | "down"): string[] {
  const next = [...ids];
  const from = next.indexOf(id);
  const to = direction === "up" ? from - 1 : from + 1;
  if (from < 0 || to < 0 || to >= next.length) return next;
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}

/** The order after dragging `id` onto the place of `targetId`. */
export function dropInOrder(ids: readonly string[], id: string, targetId: string): string[] {
  const from = ids.indexOf(id);
  const to = ids.indexOf(targetId);
  if (from < 0 || to < 0 || from === to) return [...ids];
  const next = ids.filter((x) => x !== id);
  next.splice(to, 0, id);
  return next;
}
