import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ArrowRight, FileText, Pencil } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { DecisionStatusBadge } from "@/components/decisions/decision-status-badge";
import { DecisionStatusControls } from "@/components/decisions/decision-status-controls";
import { LinkedActionList } from "@/components/dashboard/linked-action-list";
import { requireUser } from "@/lib/auth/current-user";
import { getDecision, getDecisionFormOptions } from "@/lib/decisions/data";
import { formatDecisionNumber } from "@/lib/decisions/numbering";
import { formatCalendarDate, formatDate, formatDateTime } from "@/lib/format/dates";
import { canGroup } from "@/lib/permissions/ability";
import type { AppLocale } from "@/lib/i18n/config";
import { RegistersRealtimeRefresh } from "@/components/decisions/registers-realtime-refresh";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const current = await requireUser();
  const [t, decision] = await Promise.all([getTranslations("decisions"), getDecision(current.actor, (await params).id)]);
  return { title: decision ? t("detail.title", { number: formatDecisionNumber(decision) }) : t("title") };
}

export default async function DecisionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const current = await requireUser();
  const decision = await getDecision(current.actor, id);
  if (!decision) notFound();
  const [t, ts, rawLocale] = await Promise.all([getTranslations("decisions"), getTranslations("shell"), getLocale()]);
  const locale = rawLocale as AppLocale;
  const tz = current.user.timeZone;
  const label = formatDecisionNumber(decision);
  const group = { id: decision.groupId, archived: decision.group.archivedAt !== null };
  const manages = canGroup(current.actor, "manageDecisions", group);
  const candidates = manages && decision.status === "IN_FORCE" ? (await getDecisionFormOptions(decision.groupId, { excludeDecisionId: decision.id })).inForce : [];
  const today = new Date();

  return (
    <>
      <RegistersRealtimeRefresh groupId={decision.groupId} event="decision:changed" id={decision.id} />
      <PageHeader
        breadcrumb={
          <Breadcrumbs
            label={ts("breadcrumb")}
            items={[{ label: t("title"), href: `/decisions?group=${encodeURIComponent(decision.groupId)}` }, { label: label }]}
          />
        }
        title={t("detail.title", { number: label })}
        meta={<DecisionStatusBadge status={decision.status} />}
        description={
          <>
            {t("detail.decidedOn", { date: formatCalendarDate(decision.decidedOn, locale) })}
            <span className="block text-sm">{decision.group.name}</span>
          </>
        }
        actions={
          manages ? (
            <>
              <DecisionStatusControls
                id={decision.id}
                label={label}
                status={decision.status}
                candidates={candidates.map((c) => ({ id: c.id, label: `${formatDecisionNumber(c)} — ${c.text.length > 80 ? `${c.text.slice(0, 79)}…` : c.text}` }))}
              />
              <Button asChild variant="outline">
                <Link href={`/decisions/${decision.id}/edit`}>
                  <Pencil aria-hidden="true" />
                  {t("detail.edit")}
                </Link>
              </Button>
            </>
          ) : null
        }
      />

      {decision.status === "SUPERSEDED" ? (
        <p role="note" className="mb-6 flex flex-wrap items-center gap-2 rounded-md border border-warning/40 bg-warning-soft p-3 text-sm text-warning-soft-foreground">
          {decision.supersededBy ? (
            <>
              {t("detail.supersededBy")}
              <Link href={`/decisions/${decision.supersededBy.id}`} className="inline-flex items-center gap-1 font-semibold underline underline-offset-4">
                {t("detail.numberLink", { number: formatDecisionNumber(decision.supersededBy) })}
                <ArrowRight className="size-3.5" aria-hidden="true" />
              </Link>
            </>
          ) : (
            t("detail.supersededUnknown")
          )}
        </p>
      ) : decision.status === "REVOKED" ? (
        <p role="note" className="mb-6 rounded-md border border-destructive/30 bg-destructive-soft p-3 text-sm text-destructive-soft-foreground">
          {t("detail.revokedNote")}
        </p>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          <Card>
            <CardHeader>
              <CardTitle>{t("detail.text")}</CardTitle>
            </CardHeader>
            <CardContent>
              <p className="text-[0.9375rem] leading-relaxed whitespace-pre-line">{decision.text}</p>
              {decision.supersedes.length ? (
                <p className="mt-4 text-sm text-muted-foreground">
                  {t("detail.supersedes")}{" "}
                  {decision.supersedes.map((d, i) => (
                    <span key={d.id}>
                      {i > 0 ? ", " : null}
                      <Link href={`/decisions/${d.id}`} className="font-medium text-primary underline-offset-4 hover:underline">
                        {formatDecisionNumber(d)}
                      </Link>
                    </span>
                  ))}
                </p>
              ) : null}
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>{t("detail.actions")}</CardTitle>
            </CardHeader>
            <CardContent>
              {decision.actions.length ? (
                <LinkedActionList
                  locale={locale}
                  actions={decision.actions.map((a) => ({ ...a, overdue: a.dueDate !== null && a.dueDate < today && ["OPEN", "IN_PROGRESS", "BLOCKED"].includes(a.status) }))}
                />
              ) : (
                <p className="text-sm text-muted-foreground">{t("detail.noActions")}</p>
              )}
            </CardContent>
          </Card>
        </div>
        <div className="min-w-0 space-y-6">
          <Card>
            <CardContent className="pt-6">
              <dl className="space-y-4 text-sm">
                <Fact label={t("detail.number")}>
                  <p className="tabular-nums">{label}</p>
                </Fact>
                <Fact label={t("detail.meeting")}>
                  {decision.meeting ? (
                    <>
                      <Link href={`/meetings/${decision.meeting.id}`} className="text-primary underline-offset-4 hover:underline">
                        {decision.meeting.title}
                      </Link>
                      <p className="text-muted-foreground">{formatDate(decision.meeting.startsAt, locale, tz)}</p>
                    </>
                  ) : (
                    <p className="text-muted-foreground">{t("detail.noMeeting")}</p>
                  )}
                </Fact>
                {decision.document ? (
                  <Fact label={t("detail.document")}>
                    <Link href={`/documents/${decision.document.id}`} className="flex items-start gap-1.5 text-primary underline-offset-4 hover:underline">
                      <FileText className="mt-0.5 size-3.5 shrink-0" aria-hidden="true" />
                      {decision.document.title}
                    </Link>
                  </Fact>
                ) : null}
                <Fact label={t("detail.indicators")}>
                  {decision.indicators.length ? (
                    <ul className="space-y-1">
                      {decision.indicators.map((i) => (
                        <li key={i.id}>
                          <Link href={`/indicators/${i.id}`} className="text-primary underline-offset-4 hover:underline">
                            {i.name}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <p className="text-muted-foreground">{t("detail.noIndicators")}</p>
                  )}
                </Fact>
                <Fact label={t("detail.recordedBy")}>
                  <p>{decision.createdBy?.name ?? "—"}</p>
                  <p className="text-muted-foreground">{formatDateTime(decision.createdAt, locale, tz)}</p>
                </Fact>
              </dl>
            </CardContent>
          </Card>
        </div>
      </div>
    </>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="mb-1 font-medium text-foreground">{label}</dt>
      <dd className="space-y-0.5">{children}</dd>
    </div>
  );
}
