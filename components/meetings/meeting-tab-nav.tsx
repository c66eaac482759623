"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";

const tabs = [
  { key: "details", suffix: "" },
  { key: "agenda", suffix: "/agenda" },
  { key: "invitees", suffix: "/invitees" },
  { key: "attendance", suffix: "/attendance" },
  { key: "actions", suffix: "/actions" },
] as const;

/** Links, not ARIA tabs: each section is its own page with its own URL. */
export function MeetingTabNav({ meetingId }: { meetingId: string }) {
  const t = useTranslations("meetings.meetingTabs");
  // The actions tab's label lives with the actions module's messages.
  const ta = useTranslations("actions.meeting");
  const pathname = usePathname();
  const base = `/meetings/${meetingId}`;
  return (
    <nav aria-label={t("label")} className="mb-6 overflow-x-auto border-b border-border">
      <ul className="flex min-w-max gap-1">
        {tabs.map((tab) => {
          const href = base + tab.suffix;
          const active = tab.suffix === "" ? pathname === base : pathname.startsWith(href);
          return (
            <li key={tab.key}>
              <Link
                href={href}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "-mb-px inline-flex border-b-2 px-3 py-2 text-sm font-medium transition-colors",
                  active ? "border-primary text-foreground" : "border-transparent text-muted-foreground hover:text-foreground",
                )}
              >
                {tab.key === "actions" ? ta("tab") : t(tab.key)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
