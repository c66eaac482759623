"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { SquareKanban, Building2, Table2 } from "lucide-react";
import { cn } from "@/components/ui/cn";

const views = [
  { key: "table", href: "/actions", icon: Table2 },
  { key: "board", href: "/actions/board", icon: SquareKanban },
  { key: "mine", href: "/actions/mine", icon: Building2 },
] as const;

/** Links between the views; the table and the board keep the current filters. */
export function ActionsViewNav({ query }: { query: string }) {
  const t = useTranslations("actions.views");
  const pathname = usePathname();
  return (
    <nav aria-label={t("label")} className="mb-5 overflow-x-auto border-b border-border">
      <ul className="flex min-w-max gap-1">
        {views.map((view) => {
          const active = pathname === view.href;
          const href = view.key !== "mine" && query ? `${view.href}?${query}` : view.href;
          return (
            <li key={view.key}>
              <Link
                href={href}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "-mb-px inline-flex items-center gap-1.5 border-b-2 px-3 py-2 text-sm font-medium transition-colors",
                  active ? "border-primary text-foreground" : "border-transparent text-muted-foreground hover:text-foreground",
                )}
              >
                <view.icon aria-hidden="true" className="size-4" />
                {t(view.key)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
