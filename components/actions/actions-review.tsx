import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ActionDue, ActionStatusBadge } from "@/components/actions/action-badges";
import type { ActionsReview as Review } from "@/lib/actions/data";

/**
 * The agenda's fixed first item: the group's open actions by owner institution, each with its
 * status changes since the previous meeting (and actions closed since then).
 */
export async function ActionsReview({ review, today, groupId, timeZone }: { review: Review; today: string; groupId: string; timeZone: string }) {
  const t = await getTranslations("actions");
  const format = await getFormatter();
  const day = (d: Date) => format.dateTime(d, { day: "numeric", month: "short", timeZone });
  return (
    <div className="flex flex-col gap-3 rounded-md border bg-muted/20 p-3 text-sm">
      <p className="text-muted-foreground">
        {review.previousMeeting
          ? t("review.since", { date: format.dateTime(review.previousMeeting.startsAt, { day: "numeric", month: "long", year: "numeric", timeZone }), title: review.previousMeeting.title })
          : t("review.noPrevious")}
      </p>
      {review.institutions.length === 0 ? <p>{t("review.empty")}</p> : null}
      {review.institutions.map((institution) => (
        <section key={institution.id} aria-label={institution.name} className="flex flex-col gap-1.5">
          <h4 className="font-semibold">
            <abbr title={institution.name} className="no-underline">
              {institution.shortName}
            </abbr>{" "}
            <span className="font-normal text-muted-foreground">
              {t("review.institution", { name: institution.name, count: institution.actions.length })}
            </span>
          </h4>
          <ul className="flex flex-col gap-2">
            {institution.actions.map((a) => (
              <li key={a.id} className="rounded-md border bg-card p-2.5">
                <div className="flex flex-wrap items-center gap-2">
                  <Link href={`/actions/${a.id}`} className="font-medium underline-offset-4 hover:text-primary hover:underline">
                    <span className="font-mono text-muted-foreground">{t("numberLabel", { number: a.number })}</span> {a.title}
                  </Link>
                  <ActionStatusBadge status={a.status} />
                  <ActionDue dueDate={a.dueDate} dueState={a.dueState} today={today} compact />
                </div>
                <p className="mt-1 text-xs text-muted-foreground">
                  {a.responsible ?? t("noResponsible")}
                  {a.progressPercent !== null ? ` · ${t("progressValue", { percent: a.progressPercent })}` : ""}
                  {a.status === "BLOCKED" && a.blockedReason ? ` · ${t("blockedBecause", { reason: a.blockedReason })}` : ""}
                </p>
                <p className="mt-1 text-xs">
                  {a.changes.length
                    ? a.changes
                        .map((c) =>
                          c.from
                            ? t("review.change", { date: day(c.at), from: t(`statuses.${c.from}`), to: t(`statuses.${c.to}`) })
                            : t("review.created", { date: day(c.at), to: t(`statuses.${c.to}`) }),
                        )
                        .join("; ")
                    : t("review.noChanges")}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <p>
        <Link href={`/actions?group=${encodeURIComponent(groupId)}`} className="text-primary underline underline-offset-4">
          {t("review.openAll")}
        </Link>
      </p>
    </div>
  );
}
