import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { DecisionForm } from "@/components/decisions/decision-form";
import { decisionFormOptions } from "@/components/decisions/decision-form-options";
import { requireUser } from "@/lib/auth/current-user";
import { getDecision, getDecisionFormOptions } from "@/lib/decisions/data";
import { formatDecisionNumber } from "@/lib/decisions/numbering";
import { dateToDay, todayIn } from "@/lib/indicators/periods";
import { canGroup } from "@/lib/permissions/ability";
import type { AppLocale } from "@/lib/i18n/config";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("decisions"))("editTitle") };
}

export default async function EditDecisionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const current = await requireUser();
  const decision = await getDecision(current.actor, id);
  if (!decision) notFound();
  if (!canGroup(current.actor, "manageDecisions", { id: decision.groupId, archived: decision.group.archivedAt !== null })) forbidden();
  const [t, ts, locale] = await Promise.all([getTranslations("decisions"), getTranslations("shell"), getLocale()]);
  const label = formatDecisionNumber(decision);
  const options = decisionFormOptions(await getDecisionFormOptions(decision.groupId, { excludeDecisionId: decision.id }), {
    locale: locale as AppLocale,
    timeZone: current.user.timeZone,
    canSupersede: false,
  });
  // A meeting cancelled since, or an archived indicator, stays linked: keep them choosable so
  // saving does not drop them silently.
  if (decision.meeting && !options.meetings.some((m) => m.id === decision.meeting!.id)) {
    options.meetings.push({ id: decision.meeting.id, label: decision.meeting.title });
  }
  for (const i of decision.indicators) if (!options.indicators.some((o) => o.id === i.id)) options.indicators.push(i);
  return (
    <>
      <PageHeader
        breadcrumb={
          <Breadcrumbs
            label={ts("breadcrumb")}
            items={[
              { label: t("title"), href: `/decisions?group=${encodeURIComponent(decision.groupId)}` },
              { label, href: `/decisions/${decision.id}` },
              { label: t("editTitle") },
            ]}
          />
        }
        title={t("editHeading", { number: label })}
        description={t("editDescription")}
      />
      <DecisionForm
        mode="edit"
        id={decision.id}
        label={label}
        year={decision.year}
        options={options}
        maxDate={todayIn(new Date())}
        cancelHref={`/decisions/${decision.id}`}
        initial={{
          text: decision.text,
          decidedOn: dateToDay(decision.decidedOn),
          meetingId: decision.meeting?.id ?? null,
          indicatorIds: decision.indicators.map((i) => i.id),
          supersedesId: null,
        }}
      />
    </>
  );
}
