"use client";

import * as React from "react";
import { Check, ChevronsUpDown } from "lucide-react";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import type { ShellGroup } from "@/components/shell/types";

export type GroupSwitcherProps = {
  groups: ShellGroup[];
  currentGroupId: string | null;
  /** Another shell action is running: the picker waits for it. */
  disabled: boolean;
  /** A group switch is running: the label says so. */
  switching: boolean;
  onSelect: (groupId: string) => void;
};

/** The working-group picker at the top of the sidebar; archived groups are listed last and marked. */
export function GroupSwitcher({ groups, currentGroupId, disabled, switching, onSelect }: GroupSwitcherProps) {
  const t = useTranslations("shell.groupSwitcher");
  const current = groups.find((g) => g.id === currentGroupId) ?? null;
  const active = groups.filter((g) => !g.archived);
  const archived = groups.filter((g) => g.archived);

  if (groups.length === 0) {
    return (
      <div className="rounded-lg border border-sidebar-border px-3 py-2.5 text-sm text-sidebar-muted-foreground">
        {t("noGroups")}
      </div>
    );
  }

  const item = (group: ShellGroup) => {
    const selected = group.id === currentGroupId;
    return (
      <DropdownMenuItem
        key={group.id}
        onSelect={() => {
          if (!selected) onSelect(group.id);
        }}
        aria-current={selected ? "true" : undefined}
        className="items-start py-2 pl-8"
      >
        <span className="absolute top-2.5 left-2 flex size-4 items-center justify-center">
          {selected ? <Check aria-hidden="true" className="size-4 text-primary" /> : null}
        </span>
        <span className={cn("min-w-0 flex-1 leading-snug", selected && "font-medium")}>{group.name}</span>
        {group.archived ? (
          <Badge variant="muted" className="mt-px">
            {t("archived")}
          </Badge>
        ) : null}
      </DropdownMenuItem>
    );
  };

  return (
    <DropdownMenu>
      <DropdownMenuTrigger
        disabled={disabled}
        className={cn(
          "group flex w-full items-center gap-3 rounded-lg border border-sidebar-border bg-sidebar-accent/50 px-3 py-2.5 text-left transition-colors",
          "hover:bg-sidebar-accent data-[state=open]:bg-sidebar-accent disabled:opacity-70",
        )}
      >
        <span className="min-w-0 flex-1">
          <span className="block text-[0.6875rem] font-semibold tracking-wider text-sidebar-muted-foreground uppercase">
            {switching ? t("switching") : t("label")}
          </span>
          <span className="line-clamp-2 text-sm leading-snug font-medium text-sidebar-accent-foreground">
            {current ? current.name : t("choose")}
          </span>
        </span>
        <ChevronsUpDown aria-hidden="true" className="size-4 shrink-0 text-sidebar-muted-foreground" />
      </DropdownMenuTrigger>
      <DropdownMenuContent align="start" className="w-[var(--radix-dropdown-menu-trigger-width)] min-w-[16rem]">
        {active.length > 0 ? (
          <>
            <DropdownMenuLabel>{t("activeGroups")}</DropdownMenuLabel>
            {active.map(item)}
          </>
        ) : null}
        {archived.length > 0 ? (
          <>
            {active.length > 0 ? <DropdownMenuSeparator /> : null}
            <DropdownMenuLabel>{t("archivedGroups")}</DropdownMenuLabel>
            {archived.map(item)}
          </>
        ) : null}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
