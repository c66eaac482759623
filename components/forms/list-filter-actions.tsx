import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";

type Props = {
  /** Prefix of the select ids, unique on the page (e.g. "people" gives people-sort and people-dir). */
  idPrefix: string;
  /**
   * The list's messages namespace, with sortBy, sortDirection, asc, desc, apply, clear
   * and columns.<sort> for every sort.
   */
  namespace: string;
  sorts: readonly string[];
  sort: string;
  dir: "asc" | "desc";
  /** Where "clear" leads (the list without its filters); no clear link when nothing is filtered. */
  clearHref: string | null;
};

/**
 * The end of a list's GET filter form: sort and direction for phones, then Apply and Clear.
 * Sorting sits in the column headers on wide screens, so the selects are hidden there but
 * still submitted, so filtering keeps the column-header sort.
 */
export function ListFilterActions({ idPrefix, namespace, sorts, sort, dir, clearHref }: Props) {
  const t = useTranslations(namespace);
  return (
    <>
      <div className="flex flex-col gap-1.5 md:hidden">
        <Label htmlFor={`${idPrefix}-sort`}>{t("sortBy")}</Label>
        <NativeSelect id={`${idPrefix}-sort`} name="sort" defaultValue={sort}>
          {sorts.map((value) => (
            <option key={value} value={value}>
              {t(`columns.${value}`)}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="flex flex-col gap-1.5 md:hidden">
        <Label htmlFor={`${idPrefix}-dir`}>{t("sortDirection")}</Label>
        <NativeSelect id={`${idPrefix}-dir`} name="dir" defaultValue={dir}>
          <option value="asc">{t("asc")}</option>
          <option value="desc">{t("desc")}</option>
        </NativeSelect>
      </div>
      <div className="col-span-2 flex items-center gap-2">
        <Button type="submit" variant="secondary">
          {t("apply")}
        </Button>
        {clearHref ? (
          <Button asChild variant="ghost">
            <Link href={clearHref}>{t("clear")}</Link>
          </Button>
        ) : null}
      </div>
    </>
  );
}
