import * as React from "react";
import Link from "next/link";
import { ChevronLeft, ChevronRight } from "lucide-react";
import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import { buttonVariants } from "@/components/ui/button";
import { paginationWindow } from "@/components/ui/pagination-window";

export type PaginationProps = {
  page: number;
  pageCount: number;
  /** URL of a given page (keep the other search params there). */
  hrefFor: (page: number) => string;
  className?: string;
};

/** Server-rendered page links; phones see only previous/next and "page X of Y". */
export function Pagination({ page, pageCount, hrefFor, className }: PaginationProps) {
  const t = useTranslations("shell.ui");
  if (pageCount <= 1) return null;
  const current = Math.min(Math.max(1, page), pageCount);
  const edge = cn(buttonVariants({ variant: "outline", size: "sm" }), "gap-1 px-2.5");
  const disabledEdge = cn(edge, "pointer-events-none opacity-50");

  return (
    <nav aria-label={t("pagination")} className={cn("flex items-center justify-between gap-3 pt-4 sm:justify-end", className)}>
      <p className="text-sm text-muted-foreground sm:hidden">{t("pageOf", { page: current, count: pageCount })}</p>
      <ul className="flex items-center gap-1">
        <li>
          {current > 1 ? (
            <Link href={hrefFor(current - 1)} rel="prev" className={edge}>
              <ChevronLeft aria-hidden="true" />
              <span>{t("previous")}</span>
            </Link>
          ) : (
            <span aria-disabled="true" className={disabledEdge}>
              <ChevronLeft aria-hidden="true" />
              <span>{t("previous")}</span>
            </span>
          )}
        </li>
        {paginationWindow(current, pageCount).map((slot, i) =>
          slot === "gap" ? (
            <li key={`gap-${i}`} aria-hidden="true" className="hidden px-1.5 text-sm text-muted-foreground sm:block">
              …
            </li>
          ) : (
            <li key={slot} className="hidden sm:block">
              <Link
                href={hrefFor(slot)}
                aria-current={slot === current ? "page" : undefined}
                aria-label={t("page", { page: slot })}
                className={cn(
                  buttonVariants({ variant: slot === current ? "default" : "ghost", size: "sm" }),
                  "min-w-8 px-2 tabular-nums",
                )}
              >
                {slot}
              </Link>
            </li>
          ),
        )}
        <li>
          {current < pageCount ? (
            <Link href={hrefFor(current + 1)} rel="next" className={edge}>
              <span>{t("next")}</span>
              <ChevronRight aria-hidden="true" />
            </Link>
          ) : (
            <span aria-disabled="true" className={disabledEdge}>
              <span>{t("next")}</span>
              <ChevronRight aria-hidden="true" />
            </span>
          )}
        </li>
      </ul>
    </nav>
  );
}
