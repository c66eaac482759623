import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { AppFrame } from "@/components/app/app-frame";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getCurrentGroupId } from "@/lib/groups/current-group";
import { canSystem } from "@/lib/permissions/ability";

export default async function SignedInLayout({ children }: { children: React.ReactNode }) {
  const current = await getCurrentUser();
  if (!current) redirect("/sign-in");
  const { user, actor } = current;
  const locale = (await getLocale()) === "en" ? "en" : "pl";
  const groups = user.memberships
    .map((m) => ({ id: m.group.id, name: m.group.name, archived: m.group.archivedAt !== null }))
    .sort((a, b) => Number(a.archived) - Number(b.archived) || a.name.localeCompare(b.name, "pl"));
  return (
    <AppFrame
      user={{ name: user.name, email: user.email, institutionName: user.institution?.name, isAdmin: user.isAdmin }}
      groups={groups}
      currentGroupId={await getCurrentGroupId(current)}
      locale={locale}
      canViewOutbox={canSystem(actor, "viewOutbox")}
    >
      {children}
    </AppFrame>
  );
}
