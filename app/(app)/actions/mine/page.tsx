import type { Metadata } from "next";
import Link from "next/link";
import { Building2 } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { ActionDue, ActionPriorityBadge, ActionProgress, ActionStatusBadge } from "@/components/actions/action-badges";
import { ActionsRealtimeRefresh } from "@/components/actions/actions-realtime-refresh";
import { ActionsViewNav } from "@/components/actions/actions-view-nav";
import { requireUser } from "@/lib/auth/current-user";
import { listAllActions, type ActionListRow } from "@/lib/actions/data";
import { todayIn } from "@/lib/actions/due";
import { defaultActionFilters } from "@/lib/actions/filters";
import { visibleGroupIds } from "@/lib/permissions/ability";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("actions"))("mine.title") };
}

const THIRTY_DAYS = 30 * 86_400_000;

/** "My institution": what the person's institution owes, in every group they belong to, most urgent first. */
export default async function MyInstitutionActionsPage() {
  const current = await requireUser();
  const t = await getTranslations("actions");
  const institution = current.user.institution;
  const groupIds = visibleGroupIds(current.actor);
  const now = new Date();
  const today = todayIn(now);
  const rows = institution
    ? await listAllActions(current.actor, { ...defaultActionFilters, institution: institution.id, sort: "due", dir: "asc" }, groupIds, now)
    : [];
  const sections: { key: "overdue" | "dueSoon" | "open" | "closed"; rows: ActionListRow[] }[] = [
    { key: "overdue", rows: rows.filter((r) => r.dueState === "overdue") },
    { key: "dueSoon", rows: rows.filter((r) => r.dueState === "today" || r.dueState === "soon") },
    { key: "open", rows: rows.filter((r) => r.dueState === "later" || r.dueState === "none") },
    { key: "closed", rows: rows.filter((r) => r.dueState === "closed" && now.getTime() - r.updatedAt.getTime() <= THIRTY_DAYS) },
  ];
  return (
    <>
      <ActionsRealtimeRefresh groupIds={groupIds} />
      <PageHeader title={t("mine.title")} description={institution ? t("mine.description", { institution: institution.name }) : undefined} />
      <ActionsViewNav query="" />
      {!institution ? (
        <EmptyState icon={Building2} title={t("mine.title")} description={t("mine.noInstitution")} />
      ) : (
        <div className="grid gap-6">
          {sections.map((section) => (
            <section key={section.key} aria-labelledby={`mine-${section.key}`} className="flex flex-col gap-3">
              <h2 id={`mine-${section.key}`} className="text-lg font-semibold">
                {t(`mine.${section.key}`)} <span className="text-base font-normal text-muted-foreground">({section.rows.length})</span>
              </h2>
              {section.rows.length === 0 ? (
                <p className="text-sm text-muted-foreground">{t("mine.sectionEmpty")}</p>
              ) : (
                <ul className="grid gap-3 md:grid-cols-2">
                  {section.rows.map((row) => (
                    <li key={row.id} className={`rounded-lg border bg-card p-4 shadow-card ${row.dueState === "overdue" ? "border-l-4 border-l-destructive" : ""}`}>
                      <Link href={`/actions/${row.id}`} className="font-medium underline-offset-4 hover:text-primary hover:underline">
                        <span className="font-mono text-muted-foreground">{t("numberLabel", { number: row.number })}</span> {row.title}
                      </Link>
                      <p className="mt-1 text-xs text-muted-foreground">
                        {row.group.name}
                        {" · "}
                        {row.responsible?.name ?? t("noResponsible")}
                      </p>
                      <div className="mt-2 flex flex-wrap items-center gap-2">
                        <ActionStatusBadge status={row.status} />
                        <ActionDue dueDate={row.dueDate} dueState={row.dueState} today={today} />
                        <ActionPriorityBadge priority={row.priority} />
                        {row.progressPercent !== null ? <ActionProgress percent={row.progressPercent} /> : null}
                      </div>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          ))}
        </div>
      )}
    </>
  );
}
