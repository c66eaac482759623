import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { Pencil } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { ActionDue, ActionPriorityBadge, ActionProgress, ActionStatusBadge } from "@/components/actions/action-badges";
import { ActionHistory } from "@/components/actions/action-history";
import { ActionProgressForm } from "@/components/actions/action-progress-form";
import { ActionStatusForm } from "@/components/actions/action-status-form";
import { ActionsRealtimeRefresh } from "@/components/actions/actions-realtime-refresh";
import { requireUser } from "@/lib/auth/current-user";
import { getActionDetail } from "@/lib/actions/data";
import { todayIn } from "@/lib/actions/due";
import { canAgreedAction } from "@/lib/permissions/ability";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const current = await requireUser();
  const action = await getActionDetail(current.actor, (await params).id);
  return { title: action ? `#${action.number} ${action.title}` : (await getTranslations("actions"))("title") };
}

export default async function ActionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const current = await requireUser();
  const now = new Date();
  const action = await getActionDetail(current.actor, id, now);
  if (!action) notFound();
  const [t, ts, format] = await Promise.all([getTranslations("actions"), getTranslations("shell"), getFormatter()]);
  const ref = { groupId: action.groupId, groupArchived: action.group.archivedAt !== null, ownerInstitutionId: action.ownerInstitution.id };
  const canUpdate = canAgreedAction(current.actor, "update", ref);
  const canPost = canAgreedAction(current.actor, "postUpdate", ref);
  const today = todayIn(now);
  const tz = current.user.timeZone;
  const when = (d: Date) => format.dateTime(d, { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: tz });

  const source =
    action.source === "MEETING" && action.meeting ? (
      <Link href={`/meetings/${action.meeting.id}`} className="text-primary underline underline-offset-4">
        {action.meeting.title}
      </Link>
    ) : action.source === "DECISION" && action.decision ? (
      <span>
        {t("sources.DECISION")} {action.decision.number}/{action.decision.year}
      </span>
    ) : action.source === "DOCUMENT" && action.document ? (
      <Link href={`/documents/${action.document.id}`} className="text-primary underline underline-offset-4">
        {action.document.title}
      </Link>
    ) : (
      <span className="text-muted-foreground">{t("sources.NONE")}</span>
    );

  const facts: { label: string; value: React.ReactNode }[] = [
    { label: t("detail.group"), value: action.group.name },
    { label: t("detail.owner"), value: action.ownerInstitution.name },
    { label: t("detail.responsible"), value: action.responsible?.name ?? <span className="text-muted-foreground">{t("noResponsible")}</span> },
    { label: t("detail.deputy"), value: action.deputy?.name ?? <span className="text-muted-foreground">{t("detail.none")}</span> },
    { label: t("detail.due"), value: <ActionDue dueDate={action.dueDate} dueState={action.dueState} today={today} /> },
    { label: t("detail.priority"), value: t(`priorities.${action.priority}`) },
    { label: t("detail.progress"), value: <ActionProgress percent={action.progressPercent} /> },
    { label: t("detail.source"), value: source },
    {
      label: t("detail.indicators"),
      value: action.indicators.length ? action.indicators.map((i) => i.name).join(", ") : <span className="text-muted-foreground">{t("detail.none")}</span>,
    },
  ];

  return (
    <>
      <ActionsRealtimeRefresh groupIds={[action.groupId]} actionId={action.id} />
      <PageHeader
        breadcrumb={<Breadcrumbs label={ts("breadcrumb")} items={[{ label: t("title"), href: `/actions?group=${encodeURIComponent(action.groupId)}` }, { label: t("numberLabel", { number: action.number }) }]} />}
        title={
          <>
            <span className="font-mono text-muted-foreground">{t("numberLabel", { number: action.number })}</span> {action.title}
          </>
        }
        meta={
          <span className="flex flex-wrap items-center gap-2">
            <ActionStatusBadge status={action.status} />
            <ActionPriorityBadge priority={action.priority} />
          </span>
        }
        description={
          <>
            {action.createdBy ? t("detail.created", { date: when(action.createdAt), name: action.createdBy.name }) : t("detail.createdNoAuthor", { date: when(action.createdAt) })}
            {action.completedAt ? <span className="block">{t("detail.completed", { date: when(action.completedAt) })}</span> : null}
          </>
        }
        actions={
          canUpdate ? (
            <Button asChild variant="outline">
              <Link href={`/actions/${action.id}/edit`}>
                <Pencil aria-hidden="true" />
                {t("detail.edit")}
              </Link>
            </Button>
          ) : null
        }
      />
      {action.status === "BLOCKED" && action.blockedReason ? (
        <p role="note" className="mb-6 rounded-md border border-destructive-soft-foreground/20 bg-destructive-soft p-3 text-sm text-destructive-soft-foreground">
          {t("blockedBecause", { reason: action.blockedReason })}
        </p>
      ) : null}
      {!canUpdate ? <p className="mb-6 text-sm text-muted-foreground">{t("detail.readOnly")}</p> : null}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="flex min-w-0 flex-col gap-6">
          <Card>
            <CardHeader>
              <CardTitle>{t("detail.description")}</CardTitle>
            </CardHeader>
            <CardContent>
              {action.description ? <p className="text-sm whitespace-pre-line">{action.description}</p> : <p className="text-sm text-muted-foreground">{t("detail.noDescription")}</p>}
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>{t("progress.heading")}</CardTitle>
            </CardHeader>
            <CardContent className="flex flex-col gap-4">
              {canPost ? <ActionProgressForm actionId={action.id} /> : <p className="text-sm text-muted-foreground">{t("progress.onlyOwner")}</p>}
              {action.updates.length === 0 ? (
                <p className="text-sm text-muted-foreground">{t("progress.empty")}</p>
              ) : (
                <ol className="flex flex-col gap-3">
                  {action.updates.map((u) => (
                    <li key={u.id} className="rounded-md border p-3">
                      <p className="text-xs text-muted-foreground">
                        <time dateTime={u.createdAt.toISOString()}>{when(u.createdAt)}</time>
                        {" · "}
                        <span className="font-medium text-foreground">{u.author ? `${u.author.name}${u.author.institution ? ` (${u.author.institution.shortName})` : ""}` : t("history.system")}</span>
                        {u.percent !== null ? ` · ${t("progress.percentValue", { percent: u.percent })}` : ""}
                        {u.meeting ? ` · ${t("progress.atMeeting", { title: u.meeting.title })}` : ""}
                      </p>
                      <p className="mt-1 text-sm whitespace-pre-line">{u.note}</p>
                    </li>
                  ))}
                </ol>
              )}
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>{t("history.heading")}</CardTitle>
            </CardHeader>
            <CardContent>
              <ActionHistory entries={action.history} timeZone={tz} />
            </CardContent>
          </Card>
        </div>
        <div className="flex flex-col gap-6">
          <Card>
            <CardContent>
              <dl className="grid gap-3 text-sm">
                {facts.map((f) => (
                  <div key={f.label} className="grid gap-0.5">
                    <dt className="text-xs font-medium tracking-wide text-muted-foreground uppercase">{f.label}</dt>
                    <dd>{f.value}</dd>
                  </div>
                ))}
              </dl>
            </CardContent>
          </Card>
          {canUpdate ? (
            <Card>
              <CardContent>
                <ActionStatusForm key={`${action.status}:${action.blockedReason ?? ""}`} id={action.id} status={action.status} blockedReason={action.blockedReason} />
              </CardContent>
            </Card>
          ) : null}
        </div>
      </div>
    </>
  );
}
