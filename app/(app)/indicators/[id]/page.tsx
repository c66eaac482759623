import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ExternalLink, Pencil } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { ArchiveRestoreButton } from "@/components/forms/archive-restore-button";
import { DecisionStatusBadge } from "@/components/decisions/decision-status-badge";
import { LinkedActionList } from "@/components/dashboard/linked-action-list";
import { BurnUpChart } from "@/components/indicators/burn-up-chart";
import { ContributionForm } from "@/components/indicators/contribution-form";
import { DeleteContributionButton } from "@/components/indicators/delete-contribution-button";
import { IndicatorProgress } from "@/components/indicators/indicator-progress";
import { requireUser } from "@/lib/auth/current-user";
import { formatDecisionNumber } from "@/lib/decisions/numbering";
import { formatCalendarDate, formatDateTime } from "@/lib/format/dates";
import { archiveIndicatorAction, restoreIndicatorAction } from "@/lib/indicators/actions";
import { getIndicator, listGroupPartners } from "@/lib/indicators/data";
import { formatPeriod, formatQuantity, formatQuarter } from "@/lib/indicators/format";
import { dayToDate, quarterKey, quarterOfDay, quarterPeriod, quartersBetween, todayIn } from "@/lib/indicators/periods";
import { canContribute, canGroup } from "@/lib/permissions/ability";
import type { AppLocale } from "@/lib/i18n/config";
import { RegistersRealtimeRefresh } from "@/components/decisions/registers-realtime-refresh";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const current = await requireUser();
  const indicator = await getIndicator(current.actor, (await params).id);
  return { title: indicator?.name ?? (await getTranslations("indicators"))("title") };
}

const OPEN = ["OPEN", "IN_PROGRESS", "BLOCKED"];

export default async function IndicatorPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const current = await requireUser();
  const now = new Date();
  const indicator = await getIndicator(current.actor, id, now);
  if (!indicator) notFound();
  const [t, ts, rawLocale, partners] = await Promise.all([getTranslations("indicators"), getTranslations("shell"), getLocale(), listGroupPartners(indicator.groupId)]);
  const locale = rawLocale as AppLocale;
  const tz = current.user.timeZone;
  const today = todayIn(now);
  const group = { id: indicator.groupId, archived: indicator.group.archivedAt !== null };
  const manages = canGroup(current.actor, "manageIndicators", group);
  const reportable = indicator.archived
    ? []
    : partners.filter((p) => !p.archived && canContribute(current.actor, { groupId: group.id, groupArchived: group.archived, institutionId: p.id }));
  const canDelete = (institutionId: string) => canContribute(current.actor, { groupId: group.id, groupArchived: group.archived, institutionId });
  // Quarter shortcuts: from the start of tracking to now (or the deadline), newest first.
  const lastDay = indicator.deadline && indicator.deadline < today ? indicator.deadline : today;
  const quarters = quartersBetween(indicator.start, lastDay)
    .reverse()
    .map((q) => ({ key: quarterKey(q), label: formatQuarter(q, locale), ...quarterPeriod(q) }));
  const expected = partners.filter((p) => !p.archived && p.partnerRole !== "OBSERVER");
  const dueLabel = indicator.dueQuarter ? formatQuarter(indicator.dueQuarter, locale) : null;

  const sideCards = (
    <>
      <Card>
        <CardHeader>
          <CardTitle>{t("detail.byInstitution")}</CardTitle>
        </CardHeader>
        <CardContent>
          {indicator.perInstitution.length ? (
            <ul className="divide-y divide-border text-sm">
              {indicator.perInstitution.map((p) => (
                <li key={p.institution.id} className="flex items-baseline justify-between gap-3 py-2">
                  <span className="min-w-0">
                    <span className="block font-medium">{p.institution.name}</span>
                    <span className="text-xs text-muted-foreground">{t("detail.entries", { count: p.count, last: formatQuarter(quarterOfDay(p.lastPeriodEnd), locale) })}</span>
                  </span>
                  <span className="shrink-0 font-semibold tabular-nums">{formatQuantity(p.total, locale)}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-muted-foreground">{t("detail.noContributions")}</p>
          )}
        </CardContent>
      </Card>
      {dueLabel && expected.length ? (
        <Card>
          <CardHeader>
            <CardTitle>{t("detail.dueTitle", { quarter: dueLabel })}</CardTitle>
            <CardDescription>{t("detail.dueHint")}</CardDescription>
          </CardHeader>
          <CardContent>
            <ul className="space-y-1.5 text-sm">
              {expected.map((p) => {
                const reported = indicator.reportedForDue.has(p.id);
                return (
                  <li key={p.id} className="flex items-center justify-between gap-3">
                    <span className="min-w-0">{p.name}</span>
                    <Badge variant={reported ? "success" : "warning"}>{reported ? t("detail.reported") : t("detail.missing")}</Badge>
                  </li>
                );
              })}
            </ul>
          </CardContent>
        </Card>
      ) : null}
      <Card>
        <CardHeader>
          <CardTitle>{t("detail.decisions")}</CardTitle>
        </CardHeader>
        <CardContent>
          {indicator.decisions.length ? (
            <ul className="space-y-2 text-sm">
              {indicator.decisions.map((d) => (
                <li key={d.id}>
                  <div className="flex items-center gap-2">
                    <Link href={`/decisions/${d.id}`} className="font-medium text-primary tabular-nums underline-offset-4 hover:underline">
                      {formatDecisionNumber(d)}
                    </Link>
                    <DecisionStatusBadge status={d.status} />
                  </div>
                  <p className="line-clamp-2 text-muted-foreground">{d.text}</p>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-muted-foreground">{t("detail.noDecisions")}</p>
          )}
        </CardContent>
      </Card>
      {indicator.actions.length ? (
        <Card>
          <CardHeader>
            <CardTitle>{t("detail.actions")}</CardTitle>
          </CardHeader>
          <CardContent>
            <LinkedActionList
              locale={locale}
              actions={indicator.actions.map((a) => ({ ...a, overdue: a.dueDate !== null && a.dueDate < dayToDate(today) && OPEN.includes(a.status) }))}
            />
          </CardContent>
        </Card>
      ) : null}
    </>
  );

  return (
    <>
      <RegistersRealtimeRefresh groupId={indicator.groupId} event="indicator:changed" id={indicator.id} />
      <PageHeader
        breadcrumb={
          <Breadcrumbs label={ts("breadcrumb")} items={[{ label: t("title"), href: `/indicators?group=${encodeURIComponent(indicator.groupId)}` }, { label: indicator.name }]} />
        }
        title={indicator.name}
        meta={indicator.archived ? <Badge variant="muted">{t("archivedBadge")}</Badge> : null}
        description={
          <>
            {indicator.description ? <span className="block">{indicator.description}</span> : null}
            <span className="block text-sm">{indicator.group.name}</span>
          </>
        }
        actions={
          manages ? (
            <>
              {!indicator.archived ? (
                <Button asChild variant="outline">
                  <Link href={`/indicators/${indicator.id}/edit`}>
                    <Pencil aria-hidden="true" />
                    {t("edit")}
                  </Link>
                </Button>
              ) : null}
              <ArchiveRestoreButton
                id={indicator.id}
                name={indicator.name}
                archived={indicator.archived}
                namespace="indicators.archive"
                archiveAction={archiveIndicatorAction}
                restoreAction={restoreIndicatorAction}
              />
            </>
          ) : null
        }
      />

      <section aria-labelledby="indicator-status" className="mb-6 grid gap-4 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <CardHeader>
            <CardTitle id="indicator-status">{t("detail.status")}</CardTitle>
          </CardHeader>
          <CardContent>
            <IndicatorProgress current={indicator.burnUp.current} target={indicator.target} unit={indicator.unit} progress={indicator.burnUp.progress} locale={locale} size="large" />
          </CardContent>
        </Card>
        <Card>
          <CardContent className="pt-6">
            <dl className="grid grid-cols-2 gap-4 text-sm">
              <Fact label={t("detail.target")}>{`${formatQuantity(indicator.target, locale)} ${indicator.unit}`}</Fact>
              <Fact label={t("detail.baseline")}>{`${formatQuantity(indicator.baseline, locale)} ${indicator.unit}`}</Fact>
              <Fact label={t("deadline")}>{indicator.deadline ? formatCalendarDate(dayToDate(indicator.deadline), locale) : t("noDeadline")}</Fact>
              <Fact label={t("detail.trackedSince")}>{formatCalendarDate(dayToDate(indicator.start), locale)}</Fact>
            </dl>
          </CardContent>
        </Card>
      </section>

      <Card className="mb-6">
        <CardHeader>
          <CardTitle>{t("detail.chart")}</CardTitle>
          <CardDescription>{t("detail.chartHint")}</CardDescription>
        </CardHeader>
        <CardContent>
          <BurnUpChart
            id={`burn-up-${indicator.id}`}
            name={indicator.name}
            series={indicator.burnUp}
            target={indicator.target}
            baseline={indicator.baseline}
            unit={indicator.unit}
            deadline={indicator.deadline}
            today={today}
            locale={locale}
          />
        </CardContent>
      </Card>

      {reportable.length ? (
        <div className="mb-8 grid gap-6 lg:grid-cols-3">
          <div className="min-w-0 lg:col-span-2">
            <Card>
              <CardHeader>
                <CardTitle>{t("contribution.title")}</CardTitle>
                <CardDescription>{t("contribution.description")}</CardDescription>
              </CardHeader>
              <CardContent>
                <ContributionForm
                  indicatorId={indicator.id}
                  unit={indicator.unit}
                  institutions={reportable}
                  defaultInstitutionId={reportable.find((p) => p.id === current.user.institutionId)?.id ?? reportable[0]!.id}
                  quarters={quarters}
                  defaultQuarterKey={indicator.dueQuarter ? quarterKey(indicator.dueQuarter) : (quarters[0]?.key ?? "")}
                  maxDate={today}
                />
              </CardContent>
            </Card>
          </div>
          <div className="min-w-0 space-y-6">{sideCards}</div>
        </div>
      ) : (
        <div className="mb-8 grid gap-6 md:grid-cols-2 lg:grid-cols-3">{sideCards}</div>
      )}

      <section aria-labelledby="contributions-heading">
        <h2 id="contributions-heading" className="mb-3 text-lg font-semibold">
          {t("detail.contributions")}
        </h2>
        {indicator.contributions.length === 0 ? (
          <p className="rounded-lg border border-dashed border-input/50 bg-card p-6 text-center text-sm text-muted-foreground">{t("detail.noContributions")}</p>
        ) : (
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>{t("columns.period")}</TableHead>
                <TableHead>{t("columns.institution")}</TableHead>
                <TableHead className="text-right">{t("columns.value")}</TableHead>
                <TableHead>{t("columns.note")}</TableHead>
                <TableHead>{t("columns.reportedBy")}</TableHead>
                <TableHead>
                  <span className="sr-only">{t("columns.actions")}</span>
                </TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {indicator.contributions.map((c) => {
                const period = formatPeriod(c.periodStart, c.periodEnd, locale);
                return (
                  <TableRow key={c.id}>
                    <TableCell className="align-top text-sm whitespace-nowrap">{period}</TableCell>
                    <TableCell className="min-w-48 align-top text-sm">{c.institution.name}</TableCell>
                    <TableCell className="text-right align-top font-medium tabular-nums">{formatQuantity(c.value, locale)}</TableCell>
                    <TableCell className="max-w-80 min-w-56 align-top text-sm">
                      {c.note ? <p className="whitespace-pre-line">{c.note}</p> : null}
                      {c.evidenceUrl ? (
                        <a href={c.evidenceUrl} target="_blank" rel="noopener noreferrer" className="inline-flex items-center gap-1 text-primary underline-offset-4 hover:underline">
                          {t("detail.evidence")}
                          <ExternalLink className="size-3" aria-hidden="true" />
                          <span className="sr-only">{t("detail.opensNewTab")}</span>
                        </a>
                      ) : null}
                      {!c.note && !c.evidenceUrl ? <span className="text-muted-foreground">—</span> : null}
                    </TableCell>
                    <TableCell className="align-top text-sm">
                      {c.createdBy?.name ?? "—"}
                      <span className="block text-xs text-muted-foreground">{formatDateTime(c.createdAt, locale, tz)}</span>
                    </TableCell>
                    <TableCell className="text-right align-top">
                      {canDelete(c.institution.id) ? <DeleteContributionButton id={c.id} description={`${c.institution.shortName}, ${period}, ${formatQuantity(c.value, locale)} ${indicator.unit}`} /> : null}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        )}
      </section>
    </>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-muted-foreground">{label}</dt>
      <dd className="font-medium tabular-nums">{children}</dd>
    </div>
  );
}
