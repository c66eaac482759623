import { getTranslations } from "next-intl/server";
import { CalendarDays, FileText, ListChecks } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

const icons = { meetings: CalendarDays, documents: FileText, actions: ListChecks } as const;

/** A section whose module has not landed yet: says so plainly instead of faking content. */
export async function SectionPlaceholder({ section }: { section: keyof typeof icons }) {
  const t = await getTranslations(`sections.${section}`);
  return (
    <>
      <PageHeader title={t("title")} />
      <EmptyState icon={icons[section]} title={t("empty")} description={t("text")} />
    </>
  );
}
