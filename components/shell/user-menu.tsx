"use client";

import * as React from "react";
import Link from "next/link";
import { ChevronDown, Languages, LogOut, MonitorSmartphone, ShieldCheck, UserRound } from "lucide-react";
import { useTranslations } from "next-intl";
import { Avatar } from "@/components/ui/avatar";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuGroup,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { locales } from "@/lib/i18n/config";
import type { ShellLocale, ShellUser } from "@/components/shell/types";

export type UserMenuProps = {
  user: ShellUser;
  locale: ShellLocale;
  pending: boolean;
  onSwitchLocale: (locale: ShellLocale) => void;
  onSignOut: () => void;
  onSignOutEverywhere: () => void;
};

export function UserMenu({ user, locale, pending, onSwitchLocale, onSignOut, onSignOutEverywhere }: UserMenuProps) {
  const t = useTranslations("shell");
  return (
    <DropdownMenu>
      <DropdownMenuTrigger className="flex items-center gap-2.5 rounded-full py-1 pr-1 pl-1 transition-colors hover:bg-accent data-[state=open]:bg-accent sm:rounded-lg sm:pr-2">
        {/* The accessible name starts with "Account menu" and then repeats the visible text (WCAG 2.5.3). */}
        <span className="sr-only">{t("userMenu.open")}: </span>
        <Avatar name={user.name} seed={user.email} size="sm" />
        <span className="sr-only max-w-[14rem] min-w-0 text-left sm:not-sr-only sm:block">
          <span className="block truncate text-sm leading-tight font-medium">{user.name}</span>
          {user.institutionName ? (
            <span className="block truncate text-xs leading-tight text-muted-foreground">{user.institutionName}</span>
          ) : null}
        </span>
        <ChevronDown aria-hidden="true" className="hidden size-4 text-muted-foreground sm:block" />
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-72">
        <div className="flex items-start gap-3 px-2 py-2.5">
          <Avatar name={user.name} seed={user.email} />
          <div className="min-w-0 flex-1">
            <p className="truncate text-sm font-semibold">{user.name}</p>
            <p className="truncate text-xs text-muted-foreground">{user.email}</p>
            {user.institutionName ? <p className="mt-1 text-xs leading-snug text-foreground/80">{user.institutionName}</p> : null}
            {user.isAdmin ? (
              <p className="mt-1.5 inline-flex items-center gap-1 rounded-full bg-info-soft px-2 py-0.5 text-[0.6875rem] font-medium text-info-soft-foreground">
                <ShieldCheck aria-hidden="true" className="size-3" />
                {t("userMenu.administrator")}
              </p>
            ) : null}
          </div>
        </div>
        <DropdownMenuSeparator />
        <DropdownMenuItem asChild>
          <Link href="/profile">
            <UserRound aria-hidden="true" />
            {t("userMenu.profile")}
          </Link>
        </DropdownMenuItem>
        <DropdownMenuSeparator />
        <DropdownMenuGroup>
          <DropdownMenuLabel className="flex items-center gap-2">
            <Languages aria-hidden="true" className="size-3.5" />
            {t("userMenu.language")}
          </DropdownMenuLabel>
          <DropdownMenuRadioGroup
            value={locale}
            onValueChange={(value) => {
              const next = locales.find((l) => l === value);
              if (next && next !== locale) onSwitchLocale(next);
            }}
          >
            {locales.map((l) => (
              <DropdownMenuRadioItem key={l} value={l} lang={l} disabled={pending}>
                {t(`languages.${l}`)}
              </DropdownMenuRadioItem>
            ))}
          </DropdownMenuRadioGroup>
        </DropdownMenuGroup>
        <DropdownMenuSeparator />
        <DropdownMenuItem onSelect={() => onSignOut()}>
          <LogOut aria-hidden="true" />
          {t("userMenu.signOut")}
        </DropdownMenuItem>
        <DropdownMenuItem variant="destructive" disabled={pending} onSelect={() => onSignOutEverywhere()}>
          <MonitorSmartphone aria-hidden="true" />
          {t("userMenu.signOutEverywhere")}
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
