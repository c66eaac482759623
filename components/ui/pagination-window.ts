export type PageSlot = number | "gap";

/**
 * Which page numbers to show: always the first and last page, `around` pages either side of the
 * current one, and a "gap" where pages are skipped. A gap never hides just one page (1 … 3 becomes 1 2 3).
 */
export function paginationWindow(page: number, pageCount: number, around = 1): PageSlot[] {
  if (pageCount <= 0) return [];
  const current = Math.min(Math.max(1, page), pageCount);
  const from = Math.max(1, current - around);
  const to = Math.min(pageCount, current + around);
  const slots: PageSlot[] = [];
  if (from > 1) slots.push(1);
  if (from === 3) slots.push(2);
  else if (from > 3) slots.push("gap");
  for (let p = from; p <= to; p++) slots.push(p);
  if (to === pageCount - 2) slots.push(pageCount - 1);
  else if (to < pageCount - 2) slots.push("gap");
  if (to < pageCount) slots.push(pageCount);
  return slots;
}
