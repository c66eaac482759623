import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AlarmClock, ClipboardList, FileClock, MailQuestion } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { LinkedActionList } from "@/components/dashboard/linked-action-list";
import { formatDateTime } from "@/lib/format/dates";
import { formatQuarter } from "@/lib/indicators/format";
import { formatMeetingRange } from "@/lib/meetings/time";
import type { PartnerWork as PartnerWorkData } from "@/lib/dashboard/data";
import type { AppLocale } from "@/lib/i18n/config";

type Props = {
  work: PartnerWorkData;
  /** "group": every partner's work (coordinators), so rows name the institution. */
  scope: "institution" | "group";
  locale: AppLocale;
  timeZone: string;
  currentUserId: string;
};

/** Four cards: open actions, unanswered invitations, reports due, recently edited documents. */
export async function PartnerWork({ work, scope, locale, timeZone, currentUserId }: Props) {
  const t = await getTranslations("dashboard.work");
  const showInstitution = scope === "group";
  // One row per indicator and quarter, naming the institutions that still owe it.
  const due = new Map<string, { indicator: { id: string; name: string }; quarter: string; institutions: string[] }>();
  for (const item of work.contributionsDue) {
    const key = item.indicator.id;
    const entry = due.get(key) ?? { indicator: item.indicator, quarter: formatQuarter(item.quarter, locale), institutions: [] };
    entry.institutions.push(item.institution.shortName);
    due.set(key, entry);
  }
  // Invitations grouped by meeting, with who has not answered.
  const invitations = new Map<string, { meeting: PartnerWorkData["invitations"][number]["meeting"]; people: { id: string; name: string; shortName: string | null }[] }>();
  for (const inv of work.invitations) {
    const entry = invitations.get(inv.meeting.id) ?? { meeting: inv.meeting, people: [] };
    entry.people.push({ id: inv.user.id, name: inv.user.name, shortName: inv.user.institution?.shortName ?? null });
    invitations.set(inv.meeting.id, entry);
  }

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <Card className="min-w-0">
        <CardHeader className="flex flex-row items-start justify-between gap-2">
          <div className="space-y-1">
            <CardTitle className="flex items-center gap-2" as="h3">
              <ClipboardList className="size-4" aria-hidden="true" />
              {t("actionsTitle")}
            </CardTitle>
            <CardDescription>{t("actionsSummary", { open: work.actions.openCount, overdue: work.actions.overdueCount })}</CardDescription>
          </div>
          {work.actions.overdueCount ? <Badge variant="destructive">{t("overdueBadge", { count: work.actions.overdueCount })}</Badge> : null}
        </CardHeader>
        <CardContent>
          {work.actions.rows.length ? (
            <LinkedActionList actions={work.actions.rows} locale={locale} />
          ) : (
            <p className="text-sm text-muted-foreground">{showInstitution ? t("actionsEmptyGroup") : t("actionsEmpty")}</p>
          )}
          <Link href={showInstitution ? "/actions" : "/actions/mine"} className="mt-3 inline-block text-sm text-primary underline-offset-4 hover:underline">
            {t("actionsAll")}
          </Link>
        </CardContent>
      </Card>

      <Card className="min-w-0">
        <CardHeader>
          <CardTitle className="flex items-center gap-2" as="h3">
            <AlarmClock className="size-4" aria-hidden="true" />
            {t("dueTitle")}
          </CardTitle>
          <CardDescription>{t("dueHint")}</CardDescription>
        </CardHeader>
        <CardContent>
          {due.size ? (
            <ul className="divide-y divide-border">
              {[...due.values()].map((d) => (
                <li key={d.indicator.id} className="flex items-start justify-between gap-3 py-2.5">
                  <div className="min-w-0">
                    <Link href={`/indicators/${d.indicator.id}`} className="font-medium text-primary underline-offset-4 hover:underline">
                      {d.indicator.name}
                    </Link>
                    {showInstitution ? <p className="text-sm text-muted-foreground">{t("dueMissing", { institutions: d.institutions.join(", ") })}</p> : null}
                  </div>
                  <Badge variant="warning" className="shrink-0">
                    {d.quarter}
                  </Badge>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-muted-foreground">{t("dueEmpty")}</p>
          )}
          <Link href="/indicators" className="mt-3 inline-block text-sm text-primary underline-offset-4 hover:underline">
            {t("indicatorsAll")}
          </Link>
        </CardContent>
      </Card>

      <Card className="min-w-0">
        <CardHeader>
          <CardTitle className="flex items-center gap-2" as="h3">
            <MailQuestion className="size-4" aria-hidden="true" />
            {t("invitationsTitle")}
          </CardTitle>
        </CardHeader>
        <CardContent>
          {invitations.size ? (
            <ul className="divide-y divide-border">
              {[...invitations.values()].map(({ meeting, people }) => (
                <li key={meeting.id} className="py-2.5">
                  <Link href={`/meetings/${meeting.id}`} className="font-medium text-primary underline-offset-4 hover:underline">
                    {meeting.title}
                  </Link>
                  <p className="text-sm text-muted-foreground">{formatMeetingRange(meeting.startsAt, meeting.endsAt, locale, timeZone)}</p>
                  <p className="text-sm">
                    {t("invitationsPending")}{" "}
                    {people.map((p, i) => (
                      <span key={p.id}>
                        {i > 0 ? ", " : null}
                        {p.id === currentUserId ? <strong>{t("you")}</strong> : p.name}
                        {showInstitution && p.shortName ? <span className="text-muted-foreground"> ({p.shortName})</span> : null}
                      </span>
                    ))}
                  </p>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-muted-foreground">{t("invitationsEmpty")}</p>
          )}
        </CardContent>
      </Card>

      <Card className="min-w-0">
        <CardHeader>
          <CardTitle className="flex items-center gap-2" as="h3">
            <FileClock className="size-4" aria-hidden="true" />
            {t("documentsTitle")}
          </CardTitle>
          <CardDescription>{t("documentsHint")}</CardDescription>
        </CardHeader>
        <CardContent>
          {work.documents.length ? (
            <ul className="divide-y divide-border">
              {work.documents.map((d) => (
                <li key={d.id} className="py-2.5">
                  <Link href={`/documents/${d.id}`} className="font-medium text-primary underline-offset-4 hover:underline">
                    {d.title}
                  </Link>
                  <p className="text-sm text-muted-foreground">
                    {t("documentsEdited", { date: formatDateTime(d.lastEditedAt!, locale, timeZone), name: d.lastEditedBy?.name ?? "—" })}
                  </p>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-muted-foreground">{t("documentsEmpty")}</p>
          )}
          <Link href="/documents" className="mt-3 inline-block text-sm text-primary underline-offset-4 hover:underline">
            {t("documentsAll")}
          </Link>
        </CardContent>
      </Card>
    </div>
  );
}
