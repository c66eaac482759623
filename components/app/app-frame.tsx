"use client";
// Connects the presentational shell to the session: sign-out happens in the browser
// (next-auth/react), the rest through server actions passed down from the layout.
import { signOut } from "next-auth/react";
import { AppShell } from "@/components/shell/app-shell";
import { forgetOfflineData } from "@/lib/collab/client/offline-cache";
import { switchLocaleAction, signOutEverywhereAction } from "@/lib/account/actions";
import { switchGroupAction } from "@/lib/groups/actions";

type Props = {
  user: { name: string; email: string; institutionName?: string; isAdmin: boolean };
  groups: { id: string; name: string; archived: boolean }[];
  currentGroupId: string | null;
  locale: "pl" | "en";
  canViewOutbox: boolean;
  children: React.ReactNode;
};

export function AppFrame({ children, ...props }: Props) {
  return (
    <AppShell
      {...props}
      onSwitchGroup={async (groupId) => {
        await switchGroupAction({ groupId });
      }}
      onSwitchLocale={async (locale) => {
        await switchLocaleAction({ locale });
      }}
      onSignOut={async () => {
        await forgetOfflineData();
        await signOut({ callbackUrl: "/sign-in" });
      }}
      onSignOutEverywhere={async () => {
        await signOutEverywhereAction({});
        await forgetOfflineData();
        await signOut({ callbackUrl: "/sign-in" });
      }}
    >
      {children}
    </AppShell>
  );
}
