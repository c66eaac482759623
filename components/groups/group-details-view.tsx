import { useTranslations } from "next-intl";
import { GroupKindBadge } from "@/components/groups/group-badges";
import { GroupPeriod } from "@/components/groups/group-period";
import type { GroupKind } from "@/lib/generated/prisma/enums";

type Props = {
  kind: GroupKind;
  description: string | null;
  programme: string | null;
  funding: string | null;
  startDate: Date | null;
  endDate: Date | null;
};

export function GroupDetailsView({ kind, description, programme, funding, startDate, endDate }: Props) {
  const t = useTranslations("groups");
  const none = <span className="text-muted-foreground">{t("details.notGiven")}</span>;
  const row = (label: string, value: React.ReactNode) => (
    <div className="grid gap-1 py-3 sm:grid-cols-[12rem_1fr] sm:gap-4">
      <dt className="text-sm font-medium text-muted-foreground">{label}</dt>
      <dd className="min-w-0 text-[0.9375rem] break-words">{value}</dd>
    </div>
  );
  return (
    <dl className="divide-y">
      {row(t("fields.kind"), <GroupKindBadge kind={kind} />)}
      {row(t("fields.period"), <GroupPeriod start={startDate} end={endDate} />)}
      {row(t("fields.programme"), programme ?? none)}
      {row(t("fields.funding"), funding ?? none)}
      {row(t("fields.description"), description ? <p className="max-w-prose whitespace-pre-line">{description}</p> : none)}
    </dl>
  );
}
