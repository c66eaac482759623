import * as React from "react";
import Link from "next/link";
import { ArrowDown, ArrowUp, ChevronsUpDown } from "lucide-react";
import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";

/** Wraps the table in a horizontally scrollable box so wide tables still work on phones. */
export function Table({ className, containerClassName, ...props }: React.ComponentProps<"table"> & { containerClassName?: string }) {
  return (
    <div className={cn("relative w-full overflow-x-auto rounded-lg border bg-card shadow-card", containerClassName)}>
      <table className={cn("w-full caption-bottom border-collapse text-sm", className)} {...props} />
    </div>
  );
}

export function TableHeader({ className, ...props }: React.ComponentProps<"thead">) {
  return <thead className={cn("bg-muted/60 [&_tr]:border-b", className)} {...props} />;
}

export function TableBody({ className, ...props }: React.ComponentProps<"tbody">) {
  return <tbody className={cn("[&_tr:last-child]:border-0", className)} {...props} />;
}

export function TableFooter({ className, ...props }: React.ComponentProps<"tfoot">) {
  return <tfoot className={cn("border-t bg-muted/50 font-medium", className)} {...props} />;
}

export function TableRow({ className, ...props }: React.ComponentProps<"tr">) {
  return (
    <tr
      className={cn("border-b transition-colors hover:bg-accent/60 data-[state=selected]:bg-accent", className)}
      {...props}
    />
  );
}

export function TableHead({ className, scope = "col", ...props }: React.ComponentProps<"th">) {
  return (
    <th
      scope={scope}
      className={cn(
        "h-10 px-4 text-left align-middle text-xs font-semibold tracking-wide whitespace-nowrap text-muted-foreground uppercase",
        className,
      )}
      {...props}
    />
  );
}

export function TableCell({ className, ...props }: React.ComponentProps<"td">) {
  return <td className={cn("px-4 py-3 align-middle", className)} {...props} />;
}

export function TableCaption({ className, ...props }: React.ComponentProps<"caption">) {
  return <caption className={cn("border-t px-4 py-3 text-left text-sm text-muted-foreground", className)} {...props} />;
}

export type SortDirection = "asc" | "desc";

export type SortableHeaderProps = {
  label: string;
  column: string;
  currentSort: string | null | undefined;
  currentDir: SortDirection | null | undefined;
  /** Builds the URL that sorts by `column` in `dir` (keep the other search params there). */
  hrefFor: (column: string, dir: SortDirection) => string;
  className?: string;
};

/**
 * A column header whose link re-sorts the list on the server; aria-sort on the <th> tells
 * screen readers the current order, the hidden text says what the link will do.
 */
export function SortableHeader({ label, column, currentSort, currentDir, hrefFor, className }: SortableHeaderProps) {
  const t = useTranslations("shell.ui");
  const active = currentSort === column;
  const dir: SortDirection = active && currentDir === "desc" ? "desc" : "asc";
  const nextDir: SortDirection = active && dir === "asc" ? "desc" : "asc";
  const Icon = !active ? ChevronsUpDown : dir === "asc" ? ArrowUp : ArrowDown;
  return (
    <TableHead aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : "none"} className={cn("px-2", className)}>
      <Link
        href={hrefFor(column, nextDir)}
        scroll={false}
        className={cn(
          "group inline-flex items-center gap-1.5 rounded-sm px-2 py-1 hover:bg-accent hover:text-foreground",
          active && "text-foreground",
        )}
      >
        {label}
        <Icon aria-hidden="true" className={cn("size-3.5", !active && "opacity-50 group-hover:opacity-100")} />
        <span className="sr-only">{nextDir === "asc" ? t("sortAscending") : t("sortDescending")}</span>
      </Link>
    </TableHead>
  );
}
