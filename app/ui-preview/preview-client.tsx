"use client";

import * as React from "react";
import { toast } from "sonner";
// Preview only: pretend we are on /institutions so the active nav item can be seen.
import { NavigationPromisesContext, PathnameContext } from "next/dist/shared/lib/hooks-client-context.shared-runtime";
import { AppShell, type ShellGroup } from "@/components/shell/app-shell";
import { Button } from "@/components/ui/button";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";

const groups: ShellGroup[] = [
  { id: "g1", name: "Re-Turn – reintegracja migrantów powrotnych", archived: false },
  { id: "g2", name: "Świętokrzyskie na rzecz integracji cudzoziemców", archived: false },
  { id: "g3", name: "JobTown 2 – Lokalna Grupa URBACT", archived: true },
];

export function PreviewShell({ locale, children }: { locale: "pl" | "en"; children: React.ReactNode }) {
  const [groupId, setGroupId] = React.useState<string | null>("g1");
  return (
    <NavigationPromisesContext.Provider value={null}><PathnameContext.Provider value="/institutions">
    <AppShell
      user={{
        name: "Katarzyna Wiśniewska",
        email: "k.wisniewska@sejmik.kielce.pl",
        institutionName: "Urząd Marszałkowski Województwa Świętokrzyskiego",
        isAdmin: true,
      }}
      groups={groups}
      currentGroupId={groupId}
      locale={locale}
      canViewOutbox
      onSwitchGroup={async (id) => {
        await new Promise((r) => setTimeout(r, 600));
        setGroupId(id);
      }}
      onSwitchLocale={async (next) => {
        document.cookie = `quorum-locale=${next}; path=/; max-age=31536000; samesite=lax`;
      }}
      onSignOut={() => toast.info("Sign out")}
      onSignOutEverywhere={async () => {
        await new Promise((r) => setTimeout(r, 400));
        toast.success("Wylogowano ze wszystkich urządzeń");
      }}
    >
      {children}
    </AppShell>
    </PathnameContext.Provider></NavigationPromisesContext.Provider>
  );
}

export function ToastDemo() {
  return (
    <div className="flex flex-wrap gap-2">
      <Button variant="outline" size="sm" onClick={() => toast.success("Protokół zapisano", { description: "Zmiany są widoczne dla wszystkich uczestników." })}>
        Toast: sukces
      </Button>
      <Button variant="outline" size="sm" onClick={() => toast.error("Nie udało się wysłać zaproszeń")}>
        Toast: błąd
      </Button>
    </div>
  );
}

export function RadixSelectDemo() {
  return (
    <Select defaultValue="partner">
      <SelectTrigger id="role-radix" aria-label="Rola w projekcie">
        <SelectValue />
      </SelectTrigger>
      <SelectContent>
        <SelectItem value="lead">Partner wiodący</SelectItem>
        <SelectItem value="partner">Partner</SelectItem>
        <SelectItem value="associated">Partner stowarzyszony</SelectItem>
        <SelectItem value="observer">Obserwator</SelectItem>
      </SelectContent>
    </Select>
  );
}
