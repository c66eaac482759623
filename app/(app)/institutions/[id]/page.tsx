import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Archive, ExternalLink, Globe, Mail, MapPin, Pencil, Phone } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { Avatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { ArchiveInstitutionButton } from "@/components/institutions/archive-institution-button";
import { ArchivedBadge, InstitutionKindBadge, PartnerRoleBadge } from "@/components/institutions/institution-badges";
import { InstitutionLogo } from "@/components/institutions/institution-logo";
import { requireUser } from "@/lib/auth/current-user";
import { formatDateTime } from "@/lib/format/dates";
import { getInstitutionDetail, getInstitutionForEdit } from "@/lib/institutions/data";
import { canInstitution } from "@/lib/permissions/ability";
import type { AppLocale } from "@/lib/i18n/config";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const institution = await getInstitutionForEdit(id);
  return { title: institution?.name ?? (await getTranslations("institutions"))("title") };
}

export default async function InstitutionPage({ params }: Props) {
  const { id } = await params;
  const current = await requireUser();
  const locale = ((await getLocale()) === "en" ? "en" : "pl") satisfies AppLocale;
  const institution = await getInstitutionDetail(current.actor, id, { locale });
  if (!institution) notFound();
  const [t, ts] = await Promise.all([getTranslations("institutions"), getTranslations("shell")]);
  const { actor } = current;
  const archived = institution.archivedAt !== null;
  const canUpdate = canInstitution(actor, "update", institution.ref);
  const canArchive = canInstitution(actor, "archive", institution.ref);
  const canRestore = canInstitution(actor, "unarchive", institution.ref);

  const hasContact = institution.address || institution.contactEmail || institution.contactPhone || institution.website;

  return (
    <>
      <div className="mb-4">
        <Breadcrumbs label={ts("breadcrumb")} items={[{ label: t("title"), href: "/institutions" }, { label: institution.shortName }]} />
      </div>
      <div className="flex items-start gap-4">
        <InstitutionLogo
          src={institution.logoUrl}
          shortName={institution.shortName}
          alt={t("detail.logoAlt", { name: institution.name })}
          size="lg"
          className="mt-0.5 size-12 sm:size-16"
        />
        <PageHeader
          className="min-w-0 flex-1"
          title={institution.name}
          meta={
            <>
              <InstitutionKindBadge kind={institution.kind} />
              {archived ? <ArchivedBadge /> : null}
            </>
          }
          description={institution.shortName}
          actions={
            <>
              {canUpdate ? (
                <Button asChild variant="outline">
                  <Link href={`/institutions/${institution.id}/edit`}>
                    <Pencil aria-hidden="true" />
                    {t("actions.edit")}
                  </Link>
                </Button>
              ) : null}
              {canArchive || canRestore ? <ArchiveInstitutionButton id={institution.id} name={institution.name} archived={archived} /> : null}
            </>
          }
        />
      </div>

      {archived ? (
        <p role="status" className="mb-6 flex items-start gap-2 rounded-md border border-warning-soft-foreground/20 bg-warning-soft p-3 text-sm text-warning-soft-foreground">
          <Archive aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
          {t("detail.archivedNotice")}
        </p>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1.4fr)]">
        <div className="flex flex-col gap-6">
          <Card>
            <CardHeader>
              <CardTitle>{t("detail.contact")}</CardTitle>
            </CardHeader>
            <CardContent>
              {hasContact ? (
                <dl className="grid gap-4 text-sm">
                  {institution.address ? (
                    <ContactItem icon={MapPin} label={t("detail.address")}>
                      <span className="whitespace-pre-line">{institution.address}</span>
                    </ContactItem>
                  ) : null}
                  {institution.contactEmail ? (
                    <ContactItem icon={Mail} label={t("detail.email")}>
                      <a href={`mailto:${institution.contactEmail}`} className="break-all text-primary underline-offset-4 hover:underline">
                        {institution.contactEmail}
                      </a>
                    </ContactItem>
                  ) : null}
                  {institution.contactPhone ? (
                    <ContactItem icon={Phone} label={t("detail.phone")}>
                      <a href={`tel:${institution.contactPhone.replace(/[^+0-9]/g, "")}`} className="text-primary underline-offset-4 hover:underline">
                        {institution.contactPhone}
                      </a>
                    </ContactItem>
                  ) : null}
                  {institution.website ? (
                    <ContactItem icon={Globe} label={t("detail.website")}>
                      <a
                        href={institution.website}
                        target="_blank"
                        rel="noopener noreferrer"
                        className="inline-flex items-center gap-1 break-all text-primary underline-offset-4 hover:underline"
                      >
                        {institution.website.replace(/^https:\/\//, "").replace(/\/$/, "")}
                        <ExternalLink aria-hidden="true" className="size-3.5 shrink-0" />
                        <span className="sr-only">{t("detail.opensInNewTab")}</span>
                      </a>
                    </ContactItem>
                  ) : null}
                </dl>
              ) : (
                <p className="text-sm text-muted-foreground">{t("detail.noContact")}</p>
              )}
            </CardContent>
          </Card>

          <Card>
            <CardHeader>
              <CardTitle>{t("detail.groups")}</CardTitle>
              <CardDescription>{t("detail.groupsLead")}</CardDescription>
            </CardHeader>
            <CardContent>
              {institution.groups.length > 0 ? (
                <ul className="divide-y">
                  {institution.groups.map((g) => (
                    <li key={g.id} className="flex flex-wrap items-center justify-between gap-2 py-2.5 first:pt-0 last:pb-0">
                      <Link href={`/groups/${g.id}`} className="min-w-0 text-sm font-medium underline-offset-4 hover:underline">
                        {g.name}
                        {g.archived ? <span className="ml-1.5 font-normal text-muted-foreground">({t("detail.archivedGroup")})</span> : null}
                      </Link>
                      <PartnerRoleBadge role={g.partnerRole} />
                    </li>
                  ))}
                </ul>
              ) : institution.otherGroupCount === 0 ? (
                <p className="text-sm text-muted-foreground">{t("detail.noGroups")}</p>
              ) : null}
              {institution.otherGroupCount > 0 ? (
                <p className="mt-3 text-sm text-muted-foreground">{t("detail.otherGroupsNote", { count: institution.otherGroupCount })}</p>
              ) : null}
            </CardContent>
          </Card>
        </div>

        <Card>
          <CardHeader>
            <CardTitle>
              {t("detail.people")} <span className="font-normal text-muted-foreground tabular-nums">({institution.people.length})</span>
            </CardTitle>
            <CardDescription>{actor.isAdmin ? t("detail.peopleLeadAdmin") : t("detail.peopleLead")}</CardDescription>
          </CardHeader>
          <CardContent>
            {institution.people.length > 0 ? (
              <ul className="divide-y">
                {institution.people.map((person) => (
                  <li key={person.id} className="flex items-start gap-3 py-3 first:pt-0 last:pb-0">
                    <Avatar name={person.name} seed={person.id} />
                    <div className="min-w-0 flex-1">
                      <Link href={`/people/${person.id}`} className="text-sm font-medium underline-offset-4 hover:underline">
                        {person.name}
                      </Link>
                      <p className="truncate text-sm text-muted-foreground">{person.email}</p>
                      {person.roles.length > 0 ? (
                        <ul className="mt-1.5 flex flex-wrap gap-1.5">
                          {person.roles.map((r) => (
                            <li key={r.groupId}>
                              <Badge variant="muted" className="max-w-full whitespace-normal">
                                {t(`groupRoles.${r.role}`)} · {r.groupName}
                              </Badge>
                            </li>
                          ))}
                        </ul>
                      ) : null}
                    </div>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-muted-foreground">{t("detail.noPeople")}</p>
            )}
          </CardContent>
        </Card>
      </div>

      <div className="mt-6 flex flex-col gap-2 text-sm text-muted-foreground">
        {canUpdate && !canArchive && !archived ? <p>{t("detail.archiveHint")}</p> : null}
        <p>{t("detail.updatedAt", { date: formatDateTime(institution.updatedAt, locale, current.user.timeZone) })}</p>
      </div>
    </>
  );
}

function ContactItem({ icon: Icon, label, children }: { icon: typeof MapPin; label: string; children: React.ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="flex items-center gap-2 text-xs font-medium tracking-wide text-muted-foreground uppercase">
        <Icon aria-hidden="true" className="size-4 shrink-0" />
        {label}
      </dt>
      <dd className="mt-1 pl-6">{children}</dd>
    </div>
  );
}
