import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { Building2, Mail, Pencil } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { Avatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { ArchivePersonButton } from "@/components/people/archive-person-button";
import { ArchivedPersonBadge, GroupRoleBadge } from "@/components/people/role-badge";
import { getCurrentUser } from "@/lib/auth/current-user";
import { formatDateTime } from "@/lib/format/dates";
import { getPerson } from "@/lib/people/data";
import { canPerson } from "@/lib/permissions/ability";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const current = await getCurrentUser();
  if (!current) redirect("/sign-in");
  const person = await getPerson(current.actor, (await params).id);
  return { title: person?.name ?? (await getTranslations("people"))("title") };
}

export default async function PersonPage({ params }: Props) {
  const { id } = await params;
  const current = await getCurrentUser();
  // The layout redirects too, but it renders in parallel with the page.
  if (!current) redirect("/sign-in");
  const person = await getPerson(current.actor, id);
  if (!person) notFound();
  const [t, tShell, localeRaw] = await Promise.all([getTranslations("people"), getTranslations("shell"), getLocale()]);
  const locale = localeRaw === "en" ? "en" : "pl";
  const timeZone = current.user.timeZone;
  const canEdit = canPerson(current.actor, "update", person.ref);
  const canArchive = canPerson(current.actor, "archive", person.ref);

  return (
    <>
      <PageHeader
        breadcrumb={<Breadcrumbs label={tShell("breadcrumb")} items={[{ label: t("title"), href: "/people" }, { label: person.name }]} />}
        title={
          <span className="flex items-center gap-3">
            <Avatar name={person.name} seed={person.id} size="lg" />
            <span>{person.name}</span>
          </span>
        }
        meta={
          <>
            {person.id === current.user.id ? <Badge variant="outline">{t("you")}</Badge> : null}
            {person.isAdmin ? <Badge variant="info">{t("administrator")}</Badge> : null}
            {person.archivedAt ? <ArchivedPersonBadge /> : null}
          </>
        }
        actions={
          <>
            {canEdit && !person.archivedAt ? (
              <Button asChild variant="outline">
                <Link href={`/people/${person.id}/edit`}>
                  <Pencil aria-hidden="true" />
                  {t("detail.edit")}
                </Link>
              </Button>
            ) : null}
            {canArchive ? <ArchivePersonButton id={person.id} name={person.name} archived={person.archivedAt !== null} /> : null}
          </>
        }
      />

      {person.archivedAt ? (
        <p role="status" className="mb-6 rounded-md border border-warning-soft-foreground/20 bg-warning-soft px-4 py-3 text-sm text-warning-soft-foreground">
          {t("detail.archivedNotice", { date: formatDateTime(person.archivedAt, locale, timeZone) })}
        </p>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>{t("detail.contact")}</CardTitle>
          </CardHeader>
          <CardContent>
            <dl className="grid gap-4 text-sm">
              <div className="grid gap-1">
                <dt className="text-muted-foreground">{t("detail.email")}</dt>
                <dd className="flex items-center gap-2 break-all">
                  <Mail aria-hidden="true" className="size-4 shrink-0 text-muted-foreground" />
                  <a href={`mailto:${person.email}`} className="text-primary underline-offset-4 hover:underline">
                    {person.email}
                  </a>
                </dd>
              </div>
              <div className="grid gap-1">
                <dt className="text-muted-foreground">{t("detail.institution")}</dt>
                <dd className="flex items-start gap-2">
                  <Building2 aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-muted-foreground" />
                  {person.institution ? (
                    <Link href={`/institutions/${person.institution.id}`} className="underline-offset-4 hover:underline">
                      {person.institution.name} ({person.institution.shortName})
                    </Link>
                  ) : (
                    <span className="text-muted-foreground">{t("detail.noInstitution")}</span>
                  )}
                </dd>
              </div>
              <div className="grid gap-1">
                <dt className="text-muted-foreground">{t("detail.lastLogin")}</dt>
                <dd>{person.lastLoginAt ? formatDateTime(person.lastLoginAt, locale, timeZone) : t("detail.never")}</dd>
              </div>
              <div className="grid gap-1">
                <dt className="text-muted-foreground">{t("detail.createdAt")}</dt>
                <dd>{formatDateTime(person.createdAt, locale, timeZone)}</dd>
              </div>
            </dl>
          </CardContent>
        </Card>

        <Card>
          <CardHeader>
            <CardTitle>{t("detail.groups")}</CardTitle>
          </CardHeader>
          <CardContent>
            {person.memberships.length === 0 ? (
              <p className="text-sm text-muted-foreground">{t("detail.noGroups")}</p>
            ) : (
              <ul className="divide-y">
                {person.memberships.map((m) => (
                  <li key={m.groupId} className="flex flex-wrap items-center justify-between gap-2 py-2.5 first:pt-0 last:pb-0">
                    <span className="min-w-0">
                      <Link href={`/groups/${m.group.id}`} className="font-medium underline-offset-4 hover:underline">
                        {m.group.name}
                      </Link>
                      {m.group.archivedAt ? <span className="ml-2 text-xs text-muted-foreground">({t("detail.groupArchived")})</span> : null}
                    </span>
                    <GroupRoleBadge role={m.role} />
                  </li>
                ))}
              </ul>
            )}
          </CardContent>
        </Card>
      </div>
    </>
  );
}
