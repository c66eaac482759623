import Link from "next/link";
import { Building2, CalendarDays, Users } from "lucide-react";
import { useTranslations } from "next-intl";
import { Card, CardContent, CardFooter, CardHeader } from "@/components/ui/card";
import { ArchivedBadge, GroupKindBadge, GroupRoleBadge } from "@/components/groups/group-badges";
import { GroupPeriod } from "@/components/groups/group-period";
import type { GroupListItem } from "@/lib/groups/data";

export function GroupCards({ groups }: { groups: GroupListItem[] }) {
  const t = useTranslations("groups.list");
  return (
    <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
      {groups.map((g) => (
        <li key={g.id} className="flex">
          <Card className="relative w-full transition-shadow focus-within:ring-2 focus-within:ring-ring/40 hover:shadow-md">
            <CardHeader>
              <div className="flex flex-wrap items-center gap-1.5">
                <GroupKindBadge kind={g.kind} />
                {g.archivedAt ? <ArchivedBadge /> : null}
              </div>
              <h2 className="mt-1 text-base leading-snug font-semibold tracking-tight">
                {/* The title link stretches over the card, so the whole card is one click target. */}
                <Link href={`/groups/${g.id}`} className="after:absolute after:inset-0 after:content-[''] hover:underline focus-visible:outline-none">
                  {g.name}
                </Link>
              </h2>
              {g.programme ? <p className="line-clamp-2 text-sm text-muted-foreground">{g.programme}</p> : null}
            </CardHeader>
            <CardContent className="mt-auto flex flex-col gap-1.5 pt-4 text-sm text-muted-foreground sm:pt-4">
              <p className="flex items-center gap-2">
                <CalendarDays aria-hidden="true" className="size-4 shrink-0" />
                <GroupPeriod start={g.startDate} end={g.endDate} />
              </p>
              <p className="flex flex-wrap items-center gap-x-4 gap-y-1">
                <span className="inline-flex items-center gap-2">
                  <Building2 aria-hidden="true" className="size-4 shrink-0" />
                  {t("institutionCount", { count: g.institutionCount })}
                </span>
                <span className="inline-flex items-center gap-2">
                  <Users aria-hidden="true" className="size-4 shrink-0" />
                  {t("peopleCount", { count: g.memberCount })}
                </span>
              </p>
            </CardContent>
            <CardFooter className="text-sm text-muted-foreground">
              <span>{t("yourRole")}</span>
              {g.viewerRole ? <GroupRoleBadge role={g.viewerRole} /> : <span className="font-medium text-foreground">{t("adminView")}</span>}
            </CardFooter>
          </Card>
        </li>
      ))}
    </ul>
  );
}
