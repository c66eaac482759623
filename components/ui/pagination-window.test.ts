import { describe, expect, it } from "vitest";
import { paginationWindow } from "@/components/ui/pagination-window";

describe("paginationWindow", () => {
  it("lists every page when there are few", () => {
    expect(paginationWindow(1, 1)).toEqual([1]);
    expect(paginationWindow(2, 4)).toEqual([1, 2, 3, 4]);
  });

  it("collapses long runs into gaps around the current page", () => {
    expect(paginationWindow(6, 12)).toEqual([1, "gap", 5, 6, 7, "gap", 12]);
    expect(paginationWindow(1, 12)).toEqual([1, 2, "gap", 12]);
    expect(paginationWindow(12, 12)).toEqual([1, "gap", 11, 12]);
  });

  it("shows a single skipped page instead of a gap", () => {
    expect(paginationWindow(4, 12)).toEqual([1, 2, 3, 4, 5, "gap", 12]);
    expect(paginationWindow(9, 12)).toEqual([1, "gap", 8, 9, 10, 11, 12]);
  });

  it("clamps out-of-range pages and handles empty lists", () => {
    expect(paginationWindow(99, 3)).toEqual([1, 2, 3]);
    expect(paginationWindow(1, 0)).toEqual([]);
  });
});
