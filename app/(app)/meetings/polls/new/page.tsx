import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { PollForm } from "@/components/meetings/polls/poll-form";
import { requireUser } from "@/lib/auth/current-user";
import { getCurrentGroupId } from "@/lib/groups/current-group";
import { canGroup } from "@/lib/permissions/ability";
import { loadGroupRef } from "@/lib/polls/data";
import { todayInZone } from "@/lib/polls/slots";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("polls"))("form.heading") };
}

export default async function NewPollPage() {
  const current = await requireUser();
  const groupId = await getCurrentGroupId(current);
  const group = groupId ? await loadGroupRef(groupId) : null;
  if (!group || !canGroup(current.actor, "view", group)) notFound();
  if (!canGroup(current.actor, "manageMeetings", group)) forbidden();
  const [t, ts] = await Promise.all([getTranslations("polls"), getTranslations("shell")]);
  const timeZone = current.user.timeZone;
  return (
    <>
      <PageHeader
        breadcrumb={<Breadcrumbs label={ts("breadcrumb")} items={[{ label: t("title"), href: "/meetings/polls" }, { label: t("form.heading") }]} />}
        title={t("form.heading")}
      />
      <PollForm groupId={group.id} timeZone={timeZone} minDate={todayInZone(timeZone)} />
    </>
  );
}
