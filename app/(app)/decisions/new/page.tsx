import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { DecisionForm } from "@/components/decisions/decision-form";
import { requireUser } from "@/lib/auth/current-user";
import { getCurrentGroupId } from "@/lib/groups/current-group";
import { getDecisionFormOptions, resolveRegisterGroup } from "@/lib/decisions/data";
import { decisionFormOptions } from "@/components/decisions/decision-form-options";
import { todayIn } from "@/lib/indicators/periods";
import { canGroup } from "@/lib/permissions/ability";
import type { AppLocale } from "@/lib/i18n/config";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("decisions"))("newTitle") };
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? null;

export default async function NewDecisionPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const current = await requireUser();
  const [t, ts, locale, currentGroupId, raw] = await Promise.all([getTranslations("decisions"), getTranslations("shell"), getLocale(), getCurrentGroupId(current), searchParams]);
  const group = await resolveRegisterGroup(current, first(raw.group), currentGroupId);
  const header = (
    <PageHeader
      breadcrumb={<Breadcrumbs label={ts("breadcrumb")} items={[{ label: t("title"), href: "/decisions" }, { label: t("newTitle") }]} />}
      title={t("newTitle")}
      description={group ? group.name : undefined}
    />
  );
  if (!group) {
    return (
      <>
        {header}
        <EmptyState title={t("noGroupTitle")} description={t("noGroupText")} />
      </>
    );
  }
  if (!canGroup(current.actor, "recordDecisions", group)) forbidden();
  const raws = await getDecisionFormOptions(group.id);
  const options = decisionFormOptions(raws, { locale: locale as AppLocale, timeZone: current.user.timeZone, canSupersede: canGroup(current.actor, "manageDecisions", group) });
  const meetingId = first(raw.meeting);
  return (
    <>
      {header}
      <DecisionForm
        mode="create"
        groupId={group.id}
        options={options}
        maxDate={todayIn(new Date())}
        cancelHref={`/decisions?group=${encodeURIComponent(group.id)}`}
        initial={{
          text: "",
          decidedOn: "",
          meetingId: meetingId && options.meetings.some((m) => m.id === meetingId) ? meetingId : null,
          indicatorIds: [],
          supersedesId: null,
        }}
      />
    </>
  );
}
