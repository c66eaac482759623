"use client";

import * as React from "react";
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { Menu, UsersRound } from "lucide-react";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { Sheet, SheetContent, SheetTitle, SheetTrigger } from "@/components/ui/sheet";
import { GroupSwitcher } from "@/components/shell/group-switcher";
import { QuorumWordmark } from "@/components/shell/quorum-logo";
import { SidebarNav } from "@/components/shell/sidebar-nav";
import { UserMenu } from "@/components/shell/user-menu";
import type { ShellGroup, ShellLocale, ShellUser } from "@/components/shell/types";

export type { ShellGroup, ShellLocale, ShellUser } from "@/components/shell/types";

export type AppShellProps = {
  user: ShellUser;
  groups: ShellGroup[];
  currentGroupId: string | null;
  locale: ShellLocale;
  onSwitchGroup: (groupId: string) => Promise<void>;
  onSwitchLocale: (locale: ShellLocale) => Promise<void>;
  onSignOut: () => void;
  onSignOutEverywhere: () => Promise<void>;
  canViewOutbox: boolean;
  children: React.ReactNode;
};

/**
 * The signed-in frame: skip link, sidebar (a drawer on phones), top bar with the account menu,
 * and <main id="main-content">. Purely presentational: data and mutations arrive as props.
 */
export function AppShell({
  user,
  groups,
  currentGroupId,
  locale,
  onSwitchGroup,
  onSwitchLocale,
  onSignOut,
  onSignOutEverywhere,
  canViewOutbox,
  children,
}: AppShellProps) {
  const t = useTranslations("shell");
  const tCommon = useTranslations("common");
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = React.useTransition();
  const [pendingKind, setPendingKind] = React.useState<"group" | "locale" | "signOut" | null>(null);
  const [drawerOpen, setDrawerOpen] = React.useState(false);

  // A followed link closes the drawer; so does any navigation started elsewhere.
  const [drawerPath, setDrawerPath] = React.useState(pathname);
  if (drawerPath !== pathname) {
    setDrawerPath(pathname);
    if (drawerOpen) setDrawerOpen(false);
  }

  const currentGroup = groups.find((g) => g.id === currentGroupId) ?? null;

  /** Runs a mutation from the shell, then re-renders the server components that depend on it. */
  const run = (kind: "group" | "locale" | "signOut", action: () => Promise<void>) => {
    setPendingKind(kind);
    startTransition(async () => {
      try {
        await action();
        router.refresh();
      } catch {
        toast.error(t("actionFailed"));
      }
    });
  };
  const pendingLabel = !pending
    ? null
    : pendingKind === "group"
      ? t("groupSwitcher.switching")
      : pendingKind === "locale"
        ? t("switchingLanguage")
        : pendingKind === "signOut"
          ? t("signingOut")
          : null;

  const sidebar = (onNavigate?: () => void) => (
    <nav aria-label={t("mainNavigation")} className="flex h-full flex-col [--ring:var(--sidebar-ring)]">
      <div className="flex h-16 shrink-0 items-center px-5">
        <Link
          href="/dashboard"
          onClick={onNavigate}
          aria-label={t("homeLink")}
          className="rounded-md text-sidebar-accent-foreground"
        >
          <QuorumWordmark tone="dark" />
        </Link>
      </div>
      <div className="px-3 pb-4">
        <GroupSwitcher
          groups={groups}
          currentGroupId={currentGroupId}
          disabled={pending}
          switching={pending && pendingKind === "group"}
          onSelect={(groupId) => {
            onNavigate?.();
            run("group", () => onSwitchGroup(groupId));
          }}
        />
      </div>
      <div className="flex-1 overflow-y-auto px-3 pb-6">
        <SidebarNav currentGroupId={currentGroupId} canViewOutbox={canViewOutbox} onNavigate={onNavigate} />
      </div>
    </nav>
  );

  return (
    <div className="min-h-dvh">
      <a
        href="#main-content"
        className="sr-only focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:z-[100] focus:rounded-md focus:bg-primary focus:px-4 focus:py-2.5 focus:text-sm focus:font-semibold focus:text-primary-foreground focus:shadow-overlay"
      >
        {tCommon("skipToContent")}
      </a>

      {/* Screen readers hear when a group or language switch is under way and when it ends. */}
      <div role="status" aria-live="polite" className="sr-only">
        {pendingLabel ?? ""}
      </div>
      {pending ? (
        <div aria-hidden="true" className="fixed inset-x-0 top-0 z-[60] h-0.5 overflow-hidden bg-ring/20">
          <div className="h-full w-1/3 animate-pulse bg-ring" />
        </div>
      ) : null}

      <div className="fixed inset-y-0 left-0 z-30 hidden w-64 border-r border-sidebar-border bg-sidebar text-sidebar-foreground lg:block">
        {sidebar()}
      </div>

      <div className="flex min-h-dvh flex-col lg:pl-64">
        <header className="sticky top-0 z-20 flex h-16 shrink-0 items-center gap-3 border-b bg-card px-4 sm:px-6 lg:px-10">
          <Sheet open={drawerOpen} onOpenChange={setDrawerOpen}>
            <SheetTrigger className="-ml-2 inline-flex size-10 items-center justify-center rounded-md text-foreground hover:bg-accent lg:hidden">
              <Menu aria-hidden="true" className="size-5" />
              <span className="sr-only">{t("menu.open")}</span>
            </SheetTrigger>
            <SheetContent
              className="bg-sidebar text-sidebar-foreground"
              closeClassName="text-sidebar-foreground hover:bg-sidebar-accent [--ring:var(--sidebar-ring)]"
              aria-describedby={undefined}
            >
              <SheetTitle className="sr-only">{t("menu.title")}</SheetTitle>
              {sidebar(() => setDrawerOpen(false))}
            </SheetContent>
          </Sheet>

          <Link href="/dashboard" aria-label={t("homeLink")} className="rounded-md text-foreground lg:hidden">
            <QuorumWordmark markClassName="size-7" />
          </Link>

          <div className="hidden min-w-0 items-center gap-2 lg:flex">
            {currentGroup ? (
              <>
                <UsersRound aria-hidden="true" className="size-4 shrink-0 text-muted-foreground" />
                <span className="truncate text-sm font-medium text-foreground">{currentGroup.name}</span>
                {currentGroup.archived ? <Badge variant="warning">{t("groupSwitcher.archived")}</Badge> : null}
              </>
            ) : (
              <span className="text-sm text-muted-foreground">{t("groupSwitcher.noGroup")}</span>
            )}
          </div>

          <div className="ml-auto flex items-center gap-2">
            <UserMenu
              user={user}
              locale={locale}
              pending={pending}
              onSwitchLocale={(next) => run("locale", () => onSwitchLocale(next))}
              onSignOut={onSignOut}
              onSignOutEverywhere={() => run("signOut", () => onSignOutEverywhere())}
            />
          </div>
        </header>

        <main
          id="main-content"
          tabIndex={-1}
          aria-busy={pending || undefined}
          className={cn("mx-auto w-full max-w-7xl flex-1 px-4 py-6 sm:px-6 sm:py-8 lg:px-10")}
        >
          {children}
        </main>
      </div>
    </div>
  );
}
