import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { GitCompareArrows, History } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { NameVersionForm } from "@/components/documents/name-version-form";
import { RelativeTime } from "@/components/documents/relative-time";
import { RestoreVersionButton } from "@/components/documents/restore-version-button";
import { versionLabel } from "@/components/documents/version-label";
import { requireUser } from "@/lib/auth/current-user";
import { getDocument, listDocumentVersions, toDocumentRef } from "@/lib/documents/data";
import { formatDateTime } from "@/lib/format/dates";
import { canDocument } from "@/lib/permissions/ability";
import { isLocale } from "@/lib/i18n/config";
import type { DocumentVersionKind } from "@/lib/generated/prisma/enums";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const current = await requireUser();
  const [t, document] = await Promise.all([getTranslations("documents.versions"), getDocument(current.actor, (await params).id)]);
  return { title: document ? `${t("title")} — ${document.title}` : t("title") };
}

const kindVariant: Record<DocumentVersionKind, "muted" | "info" | "success" | "warning"> = { AUTO: "muted", NAMED: "info", MEETING_END: "success", BEFORE_RESTORE: "warning" };

export default async function DocumentVersionsPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ page?: string }> }) {
  const [{ id }, sp] = await Promise.all([params, searchParams]);
  const current = await requireUser();
  const document = await getDocument(current.actor, id);
  if (!document) notFound();
  const ref = toDocumentRef(document);
  const [t, td, ts, rawLocale] = await Promise.all([getTranslations("documents.versions"), getTranslations("documents"), getTranslations("shell"), getLocale()]);
  const locale = isLocale(rawLocale) ? rawLocale : "pl";
  const tz = current.user.timeZone;
  const versions = await listDocumentVersions(document.id, Number(sp.page) || 1);
  const canName = canDocument(current.actor, "nameVersion", ref);
  const canRestore = canDocument(current.actor, "restoreVersion", ref);
  const label = (v: { kind: DocumentVersionKind; name: string | null }) => versionLabel(v, (key, values) => t(key as never, values as never));
  const now = new Date();

  return (
    <>
      <PageHeader
        breadcrumb={
          <Breadcrumbs
            label={ts("breadcrumb")}
            items={[{ label: td("title"), href: "/documents" }, { label: document.title, href: `/documents/${document.id}` }, { label: t("title") }]}
          />
        }
        title={t("title")}
        description={
          <>
            <span className="block font-medium text-foreground">{document.title}</span>
            {t("description")}
          </>
        }
      />
      {canName ? (
        <Card className="mb-6">
          <CardHeader>
            <CardTitle>{t("nameTitle")}</CardTitle>
          </CardHeader>
          <CardContent>
            <NameVersionForm documentId={document.id} />
          </CardContent>
        </Card>
      ) : null}
      {versions.total === 0 ? (
        <EmptyState icon={History} title={t("emptyTitle")} description={t("emptyText")} />
      ) : (
        <>
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>{t("columns.version")}</TableHead>
                <TableHead>{t("columns.kind")}</TableHead>
                <TableHead>{t("columns.author")}</TableHead>
                <TableHead>{t("columns.when")}</TableHead>
                <TableHead className="text-right">{t("columns.actions")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {versions.rows.map((version) => {
                const name = label(version);
                return (
                  <TableRow key={version.id}>
                    <TableCell className="align-top">
                      <Link href={`/documents/${document.id}/versions/${version.id}`} className="font-medium text-primary underline-offset-4 hover:underline">
                        {name}
                      </Link>
                    </TableCell>
                    <TableCell className="align-top">
                      <Badge variant={kindVariant[version.kind]}>{t(`kinds.${version.kind}`)}</Badge>
                    </TableCell>
                    <TableCell className="align-top text-sm">
                      {version.createdBy ? (
                        <>
                          {version.createdBy.name}
                          {version.createdBy.institution ? <span className="text-muted-foreground"> ({version.createdBy.institution.shortName})</span> : null}
                        </>
                      ) : (
                        <span className="text-muted-foreground">{t("system")}</span>
                      )}
                    </TableCell>
                    <TableCell className="align-top text-sm whitespace-nowrap">
                      {formatDateTime(version.createdAt, locale, tz)}
                      <span className="block text-muted-foreground">
                        <RelativeTime date={version.createdAt} now={now} locale={locale} timeZone={tz} />
                      </span>
                    </TableCell>
                    <TableCell className="align-top">
                      <div className="flex justify-end gap-2 whitespace-nowrap">
                        <Button asChild variant="ghost" size="sm">
                          <Link href={`/documents/${document.id}/versions/${version.id}?view=compare`} aria-label={t("compareLabel", { name })}>
                            <GitCompareArrows aria-hidden="true" />
                            {t("compare")}
                          </Link>
                        </Button>
                        {canRestore ? <RestoreVersionButton documentId={document.id} versionId={version.id} label={name} /> : null}
                      </div>
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
          <Pagination page={versions.page} pageCount={versions.pageCount} hrefFor={(page) => `/documents/${document.id}/versions?page=${page}`} className="mt-6" />
        </>
      )}
    </>
  );
}
