import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { SearchInput } from "@/components/ui/search-input";
import { documentKinds, documentStatuses, type DocumentListQuery } from "@/lib/documents/schema";

type Option = { id: string; name: string };

/** A plain GET form: filtering works without JavaScript and gives a shareable URL. */
export function DocumentFilters({
  query,
  groupValue,
  groups,
  meetings,
  institutions,
  filtered,
}: {
  query: DocumentListQuery;
  /** The group select's value: a group id, or "all". */
  groupValue: string;
  groups: Option[];
  meetings: Option[];
  institutions: Option[];
  filtered: boolean;
}) {
  const t = useTranslations("documents.filters");
  const tk = useTranslations("documents.kinds");
  const ts = useTranslations("documents.statuses");
  return (
    <form method="get" action="/documents" role="search" aria-label={t("label")} className="mb-5 flex flex-col gap-3">
      <SearchInput label={t("search")} placeholder={t("search")} defaultValue={query.q} maxLength={200} wrapperClassName="lg:max-w-xl" />
      <div className="grid grid-cols-2 gap-3 sm:flex sm:flex-wrap sm:items-end">
        {groups.length > 1 ? (
          <div className="col-span-2 flex flex-col gap-1.5 sm:w-64">
            <Label htmlFor="documents-group">{t("group")}</Label>
            <NativeSelect id="documents-group" name="group" defaultValue={groupValue}>
              <option value="all">{t("allGroups")}</option>
              {groups.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}
                </option>
              ))}
            </NativeSelect>
          </div>
        ) : null}
        <div className="flex flex-col gap-1.5 sm:w-52">
          <Label htmlFor="documents-kind">{t("kind")}</Label>
          <NativeSelect id="documents-kind" name="kind" defaultValue={query.kind ?? ""}>
            <option value="">{t("all")}</option>
            {documentKinds.map((k) => (
              <option key={k} value={k}>
                {tk(k)}
              </option>
            ))}
          </NativeSelect>
        </div>
        <div className="flex flex-col gap-1.5 sm:w-44">
          <Label htmlFor="documents-status">{t("status")}</Label>
          <NativeSelect id="documents-status" name="status" defaultValue={query.status ?? ""}>
            <option value="">{t("all")}</option>
            {documentStatuses.map((s) => (
              <option key={s} value={s}>
                {ts(s)}
              </option>
            ))}
          </NativeSelect>
        </div>
        {meetings.length ? (
          <div className="col-span-2 flex flex-col gap-1.5 sm:w-64">
            <Label htmlFor="documents-meeting">{t("meeting")}</Label>
            <NativeSelect id="documents-meeting" name="meeting" defaultValue={query.meeting ?? ""}>
              <option value="">{t("all")}</option>
              {meetings.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </NativeSelect>
          </div>
        ) : null}
        {institutions.length ? (
          <div className="col-span-2 flex flex-col gap-1.5 sm:w-64">
            <Label htmlFor="documents-institution">{t("institution")}</Label>
            <NativeSelect id="documents-institution" name="institution" defaultValue={query.institution ?? ""}>
              <option value="">{t("all")}</option>
              {institutions.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.name}
                </option>
              ))}
            </NativeSelect>
          </div>
        ) : null}
        <div className="flex flex-col gap-1.5 sm:w-40">
          <Label htmlFor="documents-archived">{t("visibility")}</Label>
          <NativeSelect id="documents-archived" name="archived" defaultValue={query.archived}>
            <option value="active">{t("active")}</option>
            <option value="archived">{t("archived")}</option>
          </NativeSelect>
        </div>
        <div className="col-span-2 flex gap-2">
          <Button type="submit" variant="outline">
            {t("apply")}
          </Button>
          {filtered ? (
            <Button asChild variant="ghost">
              <Link href={`/documents?group=${encodeURIComponent(groupValue)}`}>{t("clear")}</Link>
            </Button>
          ) : null}
        </div>
      </div>
    </form>
  );
}
