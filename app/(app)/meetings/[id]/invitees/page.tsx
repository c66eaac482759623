import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Download, Users } from "lucide-react";
import { Badge, type BadgeProps } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { AnswerForm } from "@/components/meetings/invitees/answer-form";
import { InviteForm } from "@/components/meetings/invitees/invite-form";
import { RemoveInviteeButton } from "@/components/meetings/invitees/remove-invitee-button";
import { requireUser } from "@/lib/auth/current-user";
import { getInviteesPage } from "@/lib/meeting-invitations/data";
import { canGroup } from "@/lib/permissions/ability";
import type { InviteeResponse } from "@/lib/generated/prisma/enums";

const answerVariant: Record<InviteeResponse, BadgeProps["variant"]> = {
  PENDING: "muted",
  ATTENDING: "success",
  NOT_ATTENDING: "destructive",
  MAYBE: "warning",
};
const answerOrder: InviteeResponse[] = ["ATTENDING", "MAYBE", "NOT_ATTENDING", "PENDING"];

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meeting-invitations"))("title") };
}

export default async function MeetingInviteesPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const current = await requireUser();
  const page = await getInviteesPage(id, current.actor);
  if (!page) notFound();
  const t = await getTranslations("meeting-invitations");
  const group = { id: page.meeting.groupId, archived: page.meeting.groupArchived };
  const open = page.meeting.status === "DRAFT" || page.meeting.status === "SCHEDULED" || page.meeting.status === "IN_PROGRESS";
  const manages = open && canGroup(current.actor, "manageMeetings", group);
  const mayAnswer = open && page.mine !== null && canGroup(current.actor, "respond", group);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="flex flex-wrap items-center gap-2" aria-label={t("counts")}>
          <span className="text-sm font-medium">{t("invitedCount", { count: page.total })}</span>
          {answerOrder.map((r) => (
            <Badge key={r} variant={answerVariant[r]}>
              {t(`answers.${r}`)}: {page.counts[r]}
            </Badge>
          ))}
        </div>
        <Button asChild variant="outline" size="sm">
          <a href={`/api/meetings/${page.meeting.id}/ics`} download>
            <Download aria-hidden="true" />
            {t("downloadIcs")}
          </a>
        </Button>
      </div>

      {mayAnswer && page.mine ? (
        <Card>
          <CardHeader>
            <CardTitle>{t("myAnswer.title")}</CardTitle>
            <CardDescription>{t("myAnswer.description")}</CardDescription>
          </CardHeader>
          <CardContent>
            <AnswerForm
              meetingId={page.meeting.id}
              response={page.mine.response}
              comment={page.mine.comment}
              substituteUserId={page.mine.substitute?.id ?? null}
              substituteChoices={page.mine.substituteChoices}
            />
          </CardContent>
        </Card>
      ) : null}

      <div className={manages ? "grid items-start gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]" : ""}>
        <div>
          {page.groups.length === 0 ? (
            <EmptyState icon={Users} title={t("empty")} description={t("emptyHint")} />
          ) : (
            <Card>
              <CardContent className="divide-y">
                {page.groups.map((g) => (
                  <section key={g.institutionId ?? "none"} className="py-3 first:pt-0 last:pb-0">
                    <h2 className="mb-1 text-sm font-semibold">{g.institutionName ?? t("noInstitution")}</h2>
                    <ul>
                      {g.invitees.map((i) => (
                        <li key={i.id} className="flex flex-wrap items-start justify-between gap-x-3 gap-y-1 py-1.5">
                          <div className="min-w-0 space-y-0.5">
                            <p className="text-sm">
                              {i.name}
                              {i.viaInstitution ? <span className="ml-2 text-xs text-muted-foreground">({t("viaInstitution")})</span> : null}
                            </p>
                            {i.substitute ? <p className="text-xs text-muted-foreground">{t("substitute", { name: i.substitute.name })}</p> : null}
                            {i.comment ? <p className="text-xs break-words text-muted-foreground">„{i.comment}”</p> : null}
                          </div>
                          <div className="flex items-center gap-1">
                            <Badge variant={answerVariant[i.response]}>{t(`answers.${i.response}`)}</Badge>
                            {manages ? <RemoveInviteeButton meetingId={page.meeting.id} inviteeId={i.id} name={i.name} /> : null}
                          </div>
                        </li>
                      ))}
                    </ul>
                  </section>
                ))}
              </CardContent>
            </Card>
          )}
        </div>
        {manages ? (
          <Card>
            <CardHeader>
              <CardTitle>{t("invite.title")}</CardTitle>
              <CardDescription>{t("invite.description")}</CardDescription>
            </CardHeader>
            <CardContent>
              <InviteForm
                meetingId={page.meeting.id}
                isDraft={page.meeting.status === "DRAFT"}
                institutions={page.invitable.institutions}
                people={page.invitable.people}
              />
            </CardContent>
          </Card>
        ) : null}
      </div>
    </div>
  );
}
