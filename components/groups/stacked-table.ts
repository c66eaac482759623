// Class names that turn a table into stacked rows on phones: each row becomes a small
// grid (full-width lines, then the control and its action side by side), so role selects
// stay reachable without scrolling sideways. From the sm breakpoint up it is a plain table.
export const stacked = {
  table: "max-sm:block",
  head: "max-sm:hidden",
  body: "max-sm:block",
  row: "max-sm:grid max-sm:grid-cols-[minmax(0,1fr)_auto] max-sm:items-center max-sm:gap-x-3 max-sm:gap-y-2 max-sm:px-4 max-sm:py-3",
  cell: "max-sm:block max-sm:min-w-0 max-sm:p-0",
  full: "max-sm:col-span-2",
} as const;
