import * as React from "react";
import Link from "next/link";
import { cn } from "@/components/ui/cn";

export type PageHeaderProps = {
  title: React.ReactNode;
  description?: React.ReactNode;
  /** Buttons/links for the page's main actions; they wrap under the title on phones. */
  actions?: React.ReactNode;
  /** Usually a <Breadcrumbs> trail, shown above the title. */
  breadcrumb?: React.ReactNode;
  /** Badges or metadata shown beside the title (status, dates). */
  meta?: React.ReactNode;
  className?: string;
};

/** The page's single <h1> with its description and primary actions. */
export function PageHeader({ title, description, actions, breadcrumb, meta, className }: PageHeaderProps) {
  return (
    <div className={cn("mb-6 flex flex-col gap-3 sm:mb-8", className)}>
      {breadcrumb ? <div>{breadcrumb}</div> : null}
      <div className="flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0 space-y-1.5">
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1.5">
            <h1 className="text-2xl leading-tight font-semibold tracking-tight text-foreground sm:text-[1.75rem]">{title}</h1>
            {meta}
          </div>
          {description ? <div className="max-w-3xl text-[0.9375rem] text-muted-foreground">{description}</div> : null}
        </div>
        {actions ? <div className="flex shrink-0 flex-wrap items-center gap-2">{actions}</div> : null}
      </div>
    </div>
  );
}

export type BreadcrumbItem = { label: string; href?: string };

/** A breadcrumb trail; the last item is the current page and is not a link. */
export function Breadcrumbs({
  items,
  label,
}: {
  items: BreadcrumbItem[];
  /** Accessible name of the nav landmark, e.g. t("breadcrumb") from the "shell" namespace. */
  label: string;
}) {
  return (
    <nav aria-label={label}>
      <ol className="flex flex-wrap items-center gap-1.5 text-sm text-muted-foreground">
        {items.map((item, i) => {
          const last = i === items.length - 1;
          return (
            <li key={`${item.label}-${i}`} className="inline-flex items-center gap-1.5">
              {item.href && !last ? (
                <Link href={item.href} className="rounded-sm underline-offset-4 hover:text-foreground hover:underline">
                  {item.label}
                </Link>
              ) : (
                <span aria-current={last ? "page" : undefined} className={cn(last && "font-medium text-foreground")}>
                  {item.label}
                </span>
              )}
              {!last ? (
                <span aria-hidden="true" className="text-input">
                  /
                </span>
              ) : null}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
