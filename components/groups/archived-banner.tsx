import { Archive } from "lucide-react";
import { useTranslations } from "next-intl";

/** Says, before anything else on the page, that the group is a read-only record. */
export function ArchivedBanner({ archivedOn, action }: { archivedOn: string; action?: React.ReactNode }) {
  const t = useTranslations("groups.archive");
  return (
    <div
      role="status"
      className="mb-6 flex flex-col gap-3 rounded-lg border border-warning-soft-foreground/20 bg-warning-soft px-4 py-3 text-warning-soft-foreground sm:flex-row sm:items-center sm:justify-between"
    >
      <div className="flex items-start gap-3">
        <Archive aria-hidden="true" className="mt-0.5 size-5 shrink-0" />
        <div>
          <p className="font-semibold">{t("bannerTitle", { date: archivedOn })}</p>
          <p className="text-sm">{t("bannerDescription")}</p>
        </div>
      </div>
      {action ? <div className="shrink-0">{action}</div> : null}
    </div>
  );
}
