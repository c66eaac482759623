"use client";

import * as React from "react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import {
  Building2,
  CalendarDays,
  FileText,
  Gavel,
  Inbox,
  LayoutDashboard,
  ListChecks,
  Settings,
  Target,
  Users,
  type LucideIcon,
} from "lucide-react";
import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";

type NavItem = { href: string; label: string; icon: LucideIcon };

/** True when `pathname` is `href` or a page below it (/meetings/123 keeps "Meetings" active). */
export function isActivePath(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`);
}

/** The link lists of the sidebar; AppShell wraps them, the logo and the group switcher in one <nav>. */
export function SidebarNav({
  currentGroupId,
  canViewOutbox,
  onNavigate,
}: {
  currentGroupId: string | null;
  canViewOutbox: boolean;
  /** Called after a link is followed, so the mobile drawer can close. */
  onNavigate?: () => void;
}) {
  const t = useTranslations("shell");
  const pathname = usePathname() ?? "";
  // Desktop sidebar and mobile drawer can both be mounted, so the heading id must be unique.
  const adminHeadingId = React.useId();

  const main: NavItem[] = [
    { href: "/dashboard", label: t("nav.dashboard"), icon: LayoutDashboard },
    { href: "/meetings", label: t("nav.meetings"), icon: CalendarDays },
    { href: "/documents", label: t("nav.documents"), icon: FileText },
    { href: "/actions", label: t("nav.actions"), icon: ListChecks },
    { href: "/decisions", label: t("nav.decisions"), icon: Gavel },
    { href: "/indicators", label: t("nav.indicators"), icon: Target },
    { href: "/institutions", label: t("nav.institutions"), icon: Building2 },
    { href: "/people", label: t("nav.people"), icon: Users },
  ];
  if (currentGroupId) {
    main.push({ href: `/groups/${encodeURIComponent(currentGroupId)}`, label: t("nav.groupSettings"), icon: Settings });
  }
  const admin: NavItem[] = canViewOutbox ? [{ href: "/admin/outbox", label: t("nav.outbox"), icon: Inbox }] : [];

  const renderItem = (item: NavItem) => {
    const active = isActivePath(pathname, item.href);
    const Icon = item.icon;
    return (
      <li key={item.href}>
        <Link
          href={item.href}
          aria-current={active ? "page" : undefined}
          onClick={onNavigate}
          className={cn(
            "relative flex h-10 items-center gap-3 rounded-md px-3 text-[0.9375rem] font-medium transition-colors lg:h-9 lg:text-sm",
            active
              ? "bg-sidebar-accent text-sidebar-accent-foreground before:absolute before:top-2 before:bottom-2 before:-left-3 before:w-[3px] before:rounded-r-full before:bg-sidebar-primary"
              : "text-sidebar-foreground hover:bg-sidebar-accent/60 hover:text-sidebar-accent-foreground",
          )}
        >
          <Icon aria-hidden="true" className={cn("size-[1.125rem] shrink-0", active ? "text-sidebar-primary" : "opacity-80")} />
          <span className="truncate">{item.label}</span>
        </Link>
      </li>
    );
  };

  return (
    <div className="flex flex-col gap-6">
      <ul className="flex flex-col gap-0.5">{main.map(renderItem)}</ul>
      {admin.length > 0 ? (
        <div>
          <p
            id={adminHeadingId}
            className="mb-1.5 px-3 text-[0.6875rem] font-semibold tracking-wider text-sidebar-muted-foreground uppercase"
          >
            {t("nav.administration")}
          </p>
          <ul aria-labelledby={adminHeadingId} className="flex flex-col gap-0.5">
            {admin.map(renderItem)}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
