import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { cn } from "@/components/ui/cn";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { DocumentComparison } from "@/components/documents/document-comparison";
import { DocumentContent } from "@/components/documents/document-content";
import { RestoreVersionButton } from "@/components/documents/restore-version-button";
import { versionLabel } from "@/components/documents/version-label";
import { requireUser } from "@/lib/auth/current-user";
import { getDocument, getDocumentVersion, loadDocumentContent, toDocumentRef } from "@/lib/documents/data";
import { compareDocuments } from "@/lib/documents/diff";
import { formatDateTime } from "@/lib/format/dates";
import { canDocument } from "@/lib/permissions/ability";
import { isLocale } from "@/lib/i18n/config";

type Params = { params: Promise<{ id: string; versionId: string }>; searchParams: Promise<{ view?: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const current = await requireUser();
  const { id, versionId } = await params;
  const [t, document] = await Promise.all([getTranslations("documents.versions"), getDocument(current.actor, id)]);
  const version = document ? await getDocumentVersion(document.id, versionId) : null;
  return { title: version && document ? `${versionLabel(version, (k, v) => t(k as never, v as never))} — ${document.title}` : t("title") };
}

/** One past version: its content, or its differences from the current content. */
export default async function DocumentVersionPage({ params, searchParams }: Params) {
  const [{ id, versionId }, sp] = await Promise.all([params, searchParams]);
  const view = sp.view === "compare" ? "compare" : "content";
  const current = await requireUser();
  const document = await getDocument(current.actor, id);
  if (!document) notFound();
  const version = await getDocumentVersion(document.id, versionId);
  if (!version) notFound();
  const ref = toDocumentRef(document);
  const [t, td, ts, rawLocale] = await Promise.all([getTranslations("documents.versions"), getTranslations("documents"), getTranslations("shell"), getLocale()]);
  const locale = isLocale(rawLocale) ? rawLocale : "pl";
  const name = versionLabel(version, (k, v) => t(k as never, v as never));
  const canRestore = canDocument(current.actor, "restoreVersion", ref);
  const base = `/documents/${document.id}/versions/${version.id}`;
  const when = formatDateTime(version.createdAt, locale, current.user.timeZone);

  const tab = (key: "content" | "compare", label: string) => (
    <Link
      href={key === "compare" ? `${base}?view=compare` : base}
      aria-current={view === key ? "page" : undefined}
      className={cn(
        "-mb-px inline-flex border-b-2 px-3 py-2 text-sm font-medium transition-colors",
        view === key ? "border-primary text-foreground" : "border-transparent text-muted-foreground hover:text-foreground",
      )}
    >
      {label}
    </Link>
  );

  return (
    <>
      <PageHeader
        breadcrumb={
          <Breadcrumbs
            label={ts("breadcrumb")}
            items={[
              { label: td("title"), href: "/documents" },
              { label: document.title, href: `/documents/${document.id}` },
              { label: t("back"), href: `/documents/${document.id}/versions` },
              { label: name },
            ]}
          />
        }
        title={name}
        description={
          <>
            <span className="block font-medium text-foreground">{document.title}</span>
            {t(`kinds.${version.kind}`)} · {version.createdBy ? t("savedBy", { when, who: version.createdBy.name }) : when}
          </>
        }
        actions={canRestore ? <RestoreVersionButton documentId={document.id} versionId={version.id} label={name} size="default" /> : null}
      />
      <nav aria-label={t("tabsLabel")} className="mb-6 border-b border-border">
        <ul className="flex gap-1">
          <li>{tab("content", t("tabContent"))}</li>
          <li>{tab("compare", t("tabCompare"))}</li>
        </ul>
      </nav>
      {view === "compare" ? (
        <DocumentComparison comparison={compareDocuments(version.content, await loadDocumentContent(document.id))} />
      ) : (
        <div className="rounded-lg border border-border bg-card shadow-card">
          <p className="border-b border-border px-5 py-2.5 text-sm text-muted-foreground">{t("readOnlyNote")}</p>
          <DocumentContent
            content={version.content}
            label={name}
            taskLabels={{ done: td("export.taskDone"), open: td("export.taskOpen") }}
            className="px-5 py-4 sm:px-8 sm:py-6"
          />
        </div>
      )}
    </>
  );
}
