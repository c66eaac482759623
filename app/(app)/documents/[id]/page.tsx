import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { avatarColorFor } from "@/components/ui/avatar-identity";
import { DocumentActionsMenu } from "@/components/documents/document-actions-menu";
import { DocumentArchivedBadge, DocumentKindBadge, DocumentStatusBadge } from "@/components/documents/document-badges";
import { DocumentEditor } from "@/components/documents/editor/document-editor";
import { OfflineWorker } from "@/components/documents/offline-worker";
import { DocumentNotice } from "@/components/documents/document-notice";
import { RelativeTime } from "@/components/documents/relative-time";
import { requireUser } from "@/lib/auth/current-user";
import { getDocument, listMentionables, listOwnerChoices, toDocumentRef } from "@/lib/documents/data";
import { formatDate } from "@/lib/format/dates";
import { canDocument } from "@/lib/permissions/ability";
import { isLocale } from "@/lib/i18n/config";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const current = await requireUser();
  const document = await getDocument(current.actor, (await params).id);
  return { title: document?.title ?? (await getTranslations("documents"))("title") };
}

export default async function DocumentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const current = await requireUser();
  const { actor, user } = current;
  const document = await getDocument(actor, id);
  if (!document) notFound();
  const ref = toDocumentRef(document);
  if (!canDocument(actor, "view", ref)) notFound();
  const [t, ts, rawLocale] = await Promise.all([getTranslations("documents"), getTranslations("shell"), getLocale()]);
  const locale = isLocale(rawLocale) ? rawLocale : "pl";
  const canEdit = canDocument(actor, "edit", ref);
  const role = actor.memberships[document.groupId]?.role;
  const [mentionables, owners] = await Promise.all([listMentionables(document.groupId), canEdit ? listOwnerChoices(document.groupId) : Promise.resolve([])]);
  const editedAt = document.lastEditedAt ?? document.createdAt;
  const editedBy = document.lastEditedBy ?? document.createdBy;

  const editorProps = {
    documentId: document.id,
    readOnly: !canEdit,
    canComment: canDocument(actor, "comment", ref),
    canModerateComments: canDocument(actor, "moderateComments", ref),
    // One colour per institution, so partners recognise each other's carets at a glance.
    user: { id: user.id, name: user.name, institutionShortName: user.institution?.shortName ?? null, color: avatarColorFor(user.institutionId ?? user.id) },
    mentionables,
  };

  return (
    <>
      <PageHeader
        breadcrumb={<Breadcrumbs label={ts("breadcrumb")} items={[{ label: t("title"), href: "/documents" }, { label: document.title }]} />}
        title={document.title}
        meta={
          <div className="flex flex-wrap items-center gap-1.5">
            <DocumentKindBadge kind={document.kind} />
            <DocumentStatusBadge status={document.status} />
            {document.archivedAt ? <DocumentArchivedBadge /> : null}
          </div>
        }
        description={
          <dl className="flex flex-col gap-x-6 gap-y-1 text-sm sm:flex-row sm:flex-wrap">
            {document.meeting ? (
              <div className="flex gap-1.5">
                <dt className="font-medium text-foreground">{t("page.meeting")}:</dt>
                <dd>
                  <Link href={`/meetings/${document.meeting.id}`} className="text-primary underline-offset-4 hover:underline">
                    {document.meeting.title}
                  </Link>{" "}
                  ({formatDate(document.meeting.startsAt, locale, document.meeting.timeZone)})
                </dd>
              </div>
            ) : null}
            <div className="flex gap-1.5">
              <dt className="font-medium text-foreground">{t("page.owner")}:</dt>
              <dd>{document.ownerInstitution ? <abbr title={document.ownerInstitution.name}>{document.ownerInstitution.shortName}</abbr> : t("page.noOwner")}</dd>
            </div>
            <div className="flex gap-1.5">
              <dt className="font-medium text-foreground">{t("page.lastEdited")}:</dt>
              <dd>
                <RelativeTime date={editedAt} now={new Date()} locale={locale} timeZone={user.timeZone} />
                {editedBy ? ` — ${editedBy.name}` : ""}
              </dd>
            </div>
            <div className="flex gap-1.5">
              <dt className="sr-only">{t("filters.group")}:</dt>
              <dd>{document.group.name}</dd>
            </div>
          </dl>
        }
        actions={
          <DocumentActionsMenu
            documentId={document.id}
            title={document.title}
            archived={document.archivedAt !== null}
            ownerInstitutionId={document.ownerInstitution?.id ?? null}
            institutions={owners}
            canEdit={canEdit}
            canArchive={canDocument(actor, "archive", ref)}
            canRestore={document.archivedAt !== null && canDocument(actor, "archive", { ...ref, archived: false })}
          />
        }
      />
      {document.archivedAt ? (
        <DocumentNotice kind="archived">{t("page.archivedBanner")}</DocumentNotice>
      ) : document.group.archivedAt ? (
        <DocumentNotice kind="archived">{t("page.groupArchivedBanner")}</DocumentNotice>
      ) : !canEdit && role === "REVIEWER" ? (
        <DocumentNotice kind="comment">{t("page.readOnlyReviewer")}</DocumentNotice>
      ) : !canEdit ? (
        <DocumentNotice kind="read">{t("page.readOnlyObserver")}</DocumentNotice>
      ) : null}
      <DocumentEditor {...editorProps} title={document.title} />
      {editorProps.readOnly ? null : <OfflineWorker />}
    </>
  );
}
