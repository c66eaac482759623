import type { Metadata } from "next";
import { FileText, SearchX } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { DocumentFilters } from "@/components/documents/document-filters";
import { DocumentList } from "@/components/documents/document-list";
import { NewDocumentDialog } from "@/components/documents/new-document-dialog";
import { requireUser } from "@/lib/auth/current-user";
import { getCurrentGroupId } from "@/lib/groups/current-group";
import { listDocumentFilterOptions, listDocuments, listMeetingChoices, listOwnerChoices, loadGroupDocumentRef } from "@/lib/documents/data";
import { documentListQuerySchema, type DocumentListQuery } from "@/lib/documents/schema";
import { formatDate } from "@/lib/format/dates";
import { canDocument } from "@/lib/permissions/ability";
import { isLocale } from "@/lib/i18n/config";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("documents"))("title") };
}

function hrefFor(query: DocumentListQuery, groupValue: string, patch: Partial<DocumentListQuery>) {
  const next = { ...query, ...patch };
  const params = new URLSearchParams();
  params.set("group", groupValue);
  if (next.q) params.set("q", next.q);
  if (next.kind) params.set("kind", next.kind);
  if (next.status) params.set("status", next.status);
  if (next.meeting) params.set("meeting", next.meeting);
  if (next.institution) params.set("institution", next.institution);
  if (next.archived !== "active") params.set("archived", next.archived);
  if (next.page > 1) params.set("page", String(next.page));
  return `/documents?${params.toString()}`;
}

export default async function DocumentsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const current = await requireUser();
  const [t, rawLocale, currentGroupId, raw] = await Promise.all([getTranslations("documents"), getLocale(), getCurrentGroupId(current), searchParams]);
  const locale = isLocale(rawLocale) ? rawLocale : "pl";
  const timeZone = current.user.timeZone;
  const query = documentListQuerySchema.parse(raw);
  // Default to the group the user works in; "all" widens to every group they belong to.
  const groups = current.user.memberships.map((m) => ({ id: m.group.id, name: m.group.name }));
  const groupValue = query.group && (query.group === "all" || groups.some((g) => g.id === query.group)) ? query.group : (currentGroupId ?? "all");
  const groupId = groupValue === "all" ? null : groupValue;

  if (groups.length === 0) {
    return (
      <>
        <PageHeader title={t("title")} description={t("description")} />
        <EmptyState icon={FileText} title={t("noGroup")} />
      </>
    );
  }

  // New documents go to the group shown (or, showing all, the one the user works in).
  const createGroupId = groupId ?? currentGroupId;
  const createRef = createGroupId ? await loadGroupDocumentRef(current.actor, createGroupId) : null;
  const canCreate = createRef ? canDocument(current.actor, "create", createRef) : false;
  const [list, options, meetingChoices, ownerChoices] = await Promise.all([
    listDocuments(current.actor, { ...query, groupId }),
    listDocumentFilterOptions(current.actor, groupId),
    canCreate && createGroupId ? listMeetingChoices(createGroupId) : Promise.resolve([]),
    canCreate && createGroupId ? listOwnerChoices(createGroupId) : Promise.resolve([]),
  ]);
  const filtered = Boolean(query.q || query.kind || query.status || query.meeting || query.institution);
  const now = new Date();

  const newDialog =
    canCreate && createGroupId ? (
      <NewDocumentDialog
        groupId={createGroupId}
        groupName={groups.find((g) => g.id === createGroupId)?.name ?? ""}
        meetings={meetingChoices.map((m) => ({ id: m.id, label: `${formatDate(m.startsAt, locale, timeZone)} · ${m.title}`, hasMinutes: m.minutes !== null }))}
        institutions={ownerChoices}
        defaultOwnerId={ownerChoices.some((i) => i.id === current.user.institutionId) ? current.user.institutionId : null}
      />
    ) : null;

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} actions={newDialog} />
      <DocumentFilters
        query={query}
        groupValue={groupValue}
        groups={groups}
        meetings={options.meetings.map((m) => ({ id: m.id, name: `${formatDate(m.startsAt, locale, timeZone)} · ${m.title}` }))}
        institutions={options.institutions.map((i) => ({ id: i.id, name: `${i.shortName} — ${i.name}` }))}
        filtered={filtered || query.archived !== "active"}
      />
      <p role="status" className="mb-3 text-sm text-muted-foreground">
        {t("count", { count: list.total })}
      </p>
      {list.total === 0 ? (
        filtered ? (
          <EmptyState icon={SearchX} title={t("empty.filteredTitle")} description={t("empty.filteredText")} />
        ) : query.archived === "archived" ? (
          <EmptyState icon={FileText} title={t("empty.archivedTitle")} description={t("empty.archivedText")} />
        ) : (
          <EmptyState icon={FileText} title={t("empty.title")} description={canCreate ? t("empty.textEditor") : t("empty.text")} />
        )
      ) : (
        <>
          <DocumentList rows={list.rows} locale={locale} timeZone={timeZone} showGroup={groupValue === "all"} now={now} />
          <Pagination page={list.page} pageCount={list.pageCount} hrefFor={(page) => hrefFor(query, groupValue, { page })} className="mt-6" />
        </>
      )}
    </>
  );
}
