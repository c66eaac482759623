import { AlertTriangle, ArrowDown, ArrowUp, CalendarClock, CalendarDays } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { format } from "date-fns";
import { enGB, pl } from "date-fns/locale";
import { TZDate } from "@date-fns/tz";
import { Badge, type BadgeProps } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import type { ActionPriority, ActionStatus } from "@/lib/generated/prisma/enums";
import { dateToDb, daysBetween, type DueState } from "@/lib/actions/due";

const variantByStatus: Record<ActionStatus, BadgeProps["variant"]> = {
  OPEN: "info",
  IN_PROGRESS: "warning",
  BLOCKED: "destructive",
  DONE: "success",
  CANCELLED: "muted",
};

export function ActionStatusBadge({ status, className }: { status: ActionStatus; className?: string }) {
  const t = useTranslations("actions.statuses");
  return (
    <Badge variant={variantByStatus[status]} className={className}>
      {t(status)}
    </Badge>
  );
}

/** Only the unusual priorities are shown; "normal" would be noise on every row. */
export function ActionPriorityBadge({ priority, always = false }: { priority: ActionPriority; always?: boolean }) {
  const t = useTranslations("actions");
  if (priority === "NORMAL" && !always) return null;
  const Icon = priority === "HIGH" ? ArrowUp : priority === "LOW" ? ArrowDown : null;
  return (
    <Badge variant={priority === "HIGH" ? "warning" : "outline"}>
      {Icon ? <Icon aria-hidden="true" /> : null}
      {t("priorityLabel", { priority: t(`priorities.${priority}`) })}
    </Badge>
  );
}

/** A calendar day, day first as elsewhere in the app ("19 lis 2026", "19 Nov 2026"); never shifted by a zone. */
export function CalendarDay({ value, className }: { value: string; className?: string }) {
  const locale = useLocale();
  return (
    <time dateTime={value} className={className}>
      {format(new TZDate(dateToDb(value), "UTC"), "d MMM yyyy", { locale: locale === "en" ? enGB : pl })}
    </time>
  );
}

/**
 * The due date with its urgency in words (never colour alone): "3 dni po terminie",
 * "Termin dziś", "Termin za 2 dni".
 */
export function ActionDue({ dueDate, dueState, today, compact = false }: { dueDate: string | null; dueState: DueState; today: string; compact?: boolean }) {
  const t = useTranslations("actions.due");
  if (!dueDate) return <span className="text-sm text-muted-foreground">{t("none")}</span>;
  const badge =
    dueState === "overdue" ? (
      <Badge variant="destructive">
        <AlertTriangle aria-hidden="true" />
        {t("overdueDays", { days: daysBetween(dueDate, today) })}
      </Badge>
    ) : dueState === "today" ? (
      <Badge variant="warning">
        <CalendarClock aria-hidden="true" />
        {t("today")}
      </Badge>
    ) : dueState === "soon" ? (
      <Badge variant="warning">
        <CalendarClock aria-hidden="true" />
        {t("soon", { days: daysBetween(today, dueDate) })}
      </Badge>
    ) : null;
  return (
    <span className={cn("inline-flex flex-wrap items-center gap-1.5", compact ? "gap-1" : "")}>
      <span className="inline-flex items-center gap-1 text-sm whitespace-nowrap">
        <CalendarDays aria-hidden="true" className="size-3.5 text-muted-foreground" />
        <CalendarDay value={dueDate} className={dueState === "overdue" ? "font-semibold text-destructive" : undefined} />
      </span>
      {badge}
    </span>
  );
}

/** Progress as a bar with the number next to it (the number is what is read out). */
export function ActionProgress({ percent }: { percent: number | null }) {
  const t = useTranslations("actions");
  if (percent === null) return <span className="text-sm text-muted-foreground">—</span>;
  return (
    <span className="inline-flex items-center gap-2">
      <span aria-hidden="true" className="h-1.5 w-14 overflow-hidden rounded-full bg-muted">
        <span className="block h-full rounded-full bg-primary" style={{ width: `${percent}%` }} />
      </span>
      <span className="text-sm tabular-nums">{t("progressValue", { percent })}</span>
    </span>
  );
}
