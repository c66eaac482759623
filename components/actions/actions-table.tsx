"use client";
// The actions list: a sortable table on wide screens, cards on phones. Coordinators can tick
// rows and change them together in the bulk bar below the table.
import * as React from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { SortableHeader, Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { cn } from "@/components/ui/cn";
import { ActionDue, ActionPriorityBadge, ActionProgress, ActionStatusBadge } from "@/components/actions/action-badges";
import { ActionsBulkBar, type BulkOptions } from "@/components/actions/actions-bulk-bar";
import { actionsHref, type ActionFilters, type ActionSort } from "@/lib/actions/filters";
import type { ActionListRow } from "@/lib/actions/data";

export type ActionTableRow = ActionListRow & { canUpdate: boolean };

type Props = {
  rows: ActionTableRow[];
  filters: ActionFilters;
  path: string;
  today: string;
  showGroup: boolean;
  page: number;
  pageCount: number;
  total: number;
  /** Set when the viewer may bulk edit the listed group's actions. */
  bulk: BulkOptions | null;
  /** Column headers re-sort the list (off where the list is not the filtered actions list). */
  sortable?: boolean;
  /** Off on a meeting's own list, where "from the meeting" would repeat on every row. */
  showSource?: boolean;
};

export function ActionsTable({ rows, filters, path, today, showGroup, page, pageCount, total, bulk, sortable = true, showSource = true }: Props) {
  const t = useTranslations("actions");
  const [selected, setSelected] = React.useState<Set<string>>(new Set());
  // Rows that left the list (filtered out after a change) cannot stay selected.
  const visible = React.useMemo(() => new Set(rows.map((r) => r.id)), [rows]);
  const chosen = [...selected].filter((id) => visible.has(id));
  const allChosen = rows.length > 0 && chosen.length === rows.length;

  const toggle = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const header = (column: ActionSort, label: string, className?: string) => {
    if (!sortable) return <TableHead className={className}>{label}</TableHead>;
    return (
      <SortableHeader
        label={label}
        column={column}
        currentSort={filters.sort}
        currentDir={filters.dir}
        hrefFor={(sort, dir) => actionsHref(path, filters, { sort: sort as ActionSort, dir })}
        className={className}
      />
    );
  };

  const source = (row: ActionTableRow): string | null => {
    if (!showSource) return null;
    if (row.source === "MEETING" && row.meeting) return t("fromMeeting", { title: row.meeting.title });
    if (row.source === "DECISION" && row.decision) return t("fromDecision", { label: `${row.decision.number}/${row.decision.year}` });
    if (row.source === "DOCUMENT" && row.document) return t("fromDocument", { title: row.document.title });
    return null;
  };

  const titleCell = (row: ActionTableRow) => (
    <div className="flex min-w-0 flex-col gap-1">
      <Link href={`/actions/${row.id}`} className="font-medium text-foreground underline-offset-4 hover:text-primary hover:underline">
        {row.title}
      </Link>
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-muted-foreground">
        <ActionPriorityBadge priority={row.priority} />
        {showGroup ? <span>{row.group.name}</span> : null}
        {source(row) ? <span className="line-clamp-1">{source(row)}</span> : null}
      </div>
      {row.status === "BLOCKED" && row.blockedReason ? (
        <p className="text-xs text-destructive-soft-foreground">{t("blockedBecause", { reason: row.blockedReason })}</p>
      ) : null}
    </div>
  );

  const responsible = (row: ActionTableRow) => (
    <div className="text-sm">
      {row.responsible ? row.responsible.name : <span className="text-muted-foreground">{t("noResponsible")}</span>}
      {row.deputy ? <div className="text-xs text-muted-foreground">{t("deputyShort", { name: row.deputy.name })}</div> : null}
    </div>
  );

  return (
    <>
      <div className="hidden md:block">
        <Table>
          <TableCaption className="sr-only">{t("tableCaption", { count: total, page, pageCount })}</TableCaption>
          <TableHeader>
            <TableRow className="hover:bg-transparent">
              {bulk ? (
                <TableHead className="w-10 px-3">
                  <input
                    type="checkbox"
                    aria-label={t("selectAll")}
                    checked={allChosen}
                    ref={(el) => {
                      if (el) el.indeterminate = chosen.length > 0 && !allChosen;
                    }}
                    onChange={(e) => setSelected(e.target.checked ? new Set(rows.map((r) => r.id)) : new Set())}
                    className="size-4 accent-[var(--primary)]"
                  />
                </TableHead>
              ) : null}
              {header("number", t("columns.number"), "w-16")}
              {header("title", t("columns.title"), "min-w-64")}
              {header("owner", t("columns.owner"))}
              <TableHead>{t("columns.responsible")}</TableHead>
              {header("due", t("columns.due"), "min-w-40")}
              {header("status", t("columns.status"))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => (
              <TableRow
                key={row.id}
                data-state={selected.has(row.id) ? "selected" : undefined}
                className={cn(row.dueState === "overdue" && "border-l-4 border-l-destructive")}
              >
                {bulk ? (
                  <TableCell className="px-3 align-top">
                    <input
                      type="checkbox"
                      aria-label={t("selectRow", { number: row.number })}
                      checked={selected.has(row.id)}
                      onChange={(e) => toggle(row.id, e.target.checked)}
                      className="mt-1 size-4 accent-[var(--primary)]"
                    />
                  </TableCell>
                ) : null}
                <TableCell className="align-top font-mono text-sm text-muted-foreground tabular-nums">{t("numberLabel", { number: row.number })}</TableCell>
                <TableCell className="max-w-md align-top">{titleCell(row)}</TableCell>
                <TableCell className="align-top text-sm">
                  <abbr title={row.ownerInstitution.name} className="font-medium no-underline">
                    {row.ownerInstitution.shortName}
                  </abbr>
                </TableCell>
                <TableCell className="align-top">{responsible(row)}</TableCell>
                <TableCell className="align-top">
                  <ActionDue dueDate={row.dueDate} dueState={row.dueState} today={today} />
                </TableCell>
                <TableCell className="align-top">
                  <div className="flex flex-col items-start gap-1.5">
                    <ActionStatusBadge status={row.status} />
                    {row.progressPercent !== null ? <ActionProgress percent={row.progressPercent} /> : null}
                  </div>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>

      <ul className="flex flex-col gap-3 md:hidden">
        {rows.map((row) => (
          <li key={row.id} className={cn("rounded-lg border bg-card p-4 shadow-card", row.dueState === "overdue" && "border-l-4 border-l-destructive")}>
            <div className="mb-2 flex items-start gap-3">
              {bulk ? (
                <input
                  type="checkbox"
                  aria-label={t("selectRow", { number: row.number })}
                  checked={selected.has(row.id)}
                  onChange={(e) => toggle(row.id, e.target.checked)}
                  className="mt-1 size-4 shrink-0 accent-[var(--primary)]"
                />
              ) : null}
              <span className="font-mono text-sm text-muted-foreground">{t("numberLabel", { number: row.number })}</span>
              <div className="min-w-0 flex-1">{titleCell(row)}</div>
            </div>
            <div className="flex flex-wrap items-center gap-2">
              <ActionStatusBadge status={row.status} />
              <ActionDue dueDate={row.dueDate} dueState={row.dueState} today={today} />
            </div>
            <p className="mt-2 text-sm">
              <abbr title={row.ownerInstitution.name} className="font-medium no-underline">
                {row.ownerInstitution.shortName}
              </abbr>
              {" · "}
              {row.responsible?.name ?? t("noResponsible")}
            </p>
          </li>
        ))}
      </ul>

      {bulk && chosen.length > 0 ? <ActionsBulkBar ids={chosen} options={bulk} onClear={() => setSelected(new Set())} /> : null}
    </>
  );
}
