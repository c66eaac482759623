"use client";
// The board: one column per status. A card moves by drag and drop (pointer) or with the status
// list on the card (keyboard, screen readers); both run the same server action, the move shows
// at once (optimistic) and is announced. Blocking asks for the reason first.
import * as React from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { GripVertical } from "lucide-react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { NativeSelect } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";
import { ActionDue, ActionPriorityBadge, ActionProgress } from "@/components/actions/action-badges";
import { setActionStatusAction } from "@/lib/actions/actions";
import { actionStatuses, BLOCKED_REASON_MAX } from "@/lib/actions/schema";
import type { ActionStatus } from "@/lib/generated/prisma/enums";
import type { ActionTableRow } from "@/components/actions/actions-table";

type Props = { rows: ActionTableRow[]; today: string; showGroup: boolean };

const MAIN_COLUMNS = ["OPEN", "IN_PROGRESS", "BLOCKED", "DONE"] as const satisfies readonly ActionStatus[];

const columnAccent: Record<ActionStatus, string> = {
  OPEN: "border-t-info-soft-foreground/50",
  IN_PROGRESS: "border-t-warning",
  BLOCKED: "border-t-destructive",
  DONE: "border-t-success",
  CANCELLED: "border-t-muted-foreground/40",
};

export function ActionsBoard({ rows, today, showGroup }: Props) {
  const t = useTranslations("actions");
  const router = useRouter();
  const serverStatus = React.useMemo(() => Object.fromEntries(rows.map((r) => [r.id, r.status])) as Record<string, ActionStatus>, [rows]);
  const [statusOf, setStatusOf] = React.useOptimistic(serverStatus, (current, move: { id: string; status: ActionStatus }) => ({ ...current, [move.id]: move.status }));
  const [, startTransition] = React.useTransition();
  const [announcement, setAnnouncement] = React.useState("");
  const [dragging, setDragging] = React.useState<string | null>(null);
  const [dropTarget, setDropTarget] = React.useState<ActionStatus | null>(null);
  const [blocking, setBlocking] = React.useState<ActionTableRow | null>(null);
  const focusAfterMove = React.useRef<string | null>(null);
  const byId = React.useMemo(() => new Map(rows.map((r) => [r.id, r])), [rows]);

  React.useEffect(() => {
    const id = focusAfterMove.current;
    if (!id) return;
    focusAfterMove.current = null;
    document.getElementById(`board-status-${id}`)?.focus();
  }, [statusOf]);

  function move(row: ActionTableRow, status: ActionStatus, blockedReason: string | null = null, viaKeyboard = false) {
    if (statusOf[row.id] === status && !blockedReason) return;
    if (status === "BLOCKED" && !blockedReason) {
      setBlocking(row);
      return;
    }
    if (viaKeyboard) focusAfterMove.current = row.id;
    startTransition(async () => {
      setStatusOf({ id: row.id, status });
      const result = await setActionStatusAction({ id: row.id, status, blockedReason });
      if (result.ok) {
        setAnnouncement(t("board.moved", { number: row.number, title: row.title, status: t(`statuses.${status}`) }));
      } else {
        const message = t("board.moveFailed", { number: row.number, message: result.message });
        toast.error(message);
        setAnnouncement(message);
      }
      router.refresh();
    });
  }

  function column(status: ActionStatus, wide = false) {
    const cards = rows.filter((r) => statusOf[r.id] === status);
    const headingId = `board-col-${status}`;
    return (
      <section
        key={status}
        aria-labelledby={headingId}
        onDragOver={(e) => {
          if (!dragging) return;
          e.preventDefault();
          e.dataTransfer.dropEffect = "move";
          if (dropTarget !== status) setDropTarget(status);
        }}
        onDragLeave={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDropTarget((c) => (c === status ? null : c));
        }}
        onDrop={(e) => {
          e.preventDefault();
          const row = dragging ? byId.get(dragging) : undefined;
          setDragging(null);
          setDropTarget(null);
          if (row) move(row, status);
        }}
        className={cn(
          "flex flex-col gap-3 rounded-lg border border-t-4 bg-muted/40 p-3 transition-colors",
          !wide && "min-h-40",
          columnAccent[status],
          dropTarget === status && "bg-accent ring-2 ring-primary/40",
        )}
      >
        <h2 id={headingId} className="text-sm font-semibold">
          {t("board.column", { status: t(`statuses.${status}`), count: cards.length })}
        </h2>
        {cards.length === 0 ? <p className="text-sm text-muted-foreground">{t("board.empty")}</p> : null}
        <ul className={wide ? "grid gap-2 md:grid-cols-2 lg:grid-cols-4" : "flex flex-col gap-2"}>
          {cards.map((row) => (
            <li
              key={row.id}
              draggable={row.canUpdate}
              onDragStart={(e) => {
                e.dataTransfer.effectAllowed = "move";
                e.dataTransfer.setData("text/plain", row.id);
                setDragging(row.id);
              }}
              onDragEnd={() => {
                setDragging(null);
                setDropTarget(null);
              }}
              className={cn(
                "rounded-md border bg-card p-3 shadow-xs",
                row.canUpdate && "cursor-grab active:cursor-grabbing",
                row.dueState === "overdue" && "border-l-4 border-l-destructive",
                dragging === row.id && "opacity-50",
              )}
            >
              <div className="relative">
                {row.canUpdate ? <GripVertical aria-hidden="true" className="absolute top-0 right-0 size-4 text-muted-foreground" /> : null}
                <div className="min-w-0 space-y-1.5 pr-4">
                  <Link href={`/actions/${row.id}`} className="block text-sm font-medium underline-offset-4 hover:text-primary hover:underline">
                    <span className="font-mono text-muted-foreground">{t("numberLabel", { number: row.number })}</span> {row.title}
                  </Link>
                  <p className="text-xs text-muted-foreground">
                    <abbr title={row.ownerInstitution.name} className="font-medium text-foreground no-underline">
                      {row.ownerInstitution.shortName}
                    </abbr>
                    {row.responsible ? ` · ${row.responsible.name}` : ""}
                    {showGroup ? ` · ${row.group.name}` : ""}
                  </p>
                  <ActionDue dueDate={row.dueDate} dueState={statusOf[row.id] === "DONE" || statusOf[row.id] === "CANCELLED" ? "closed" : row.dueState} today={today} compact />
                  <div className="flex flex-wrap items-center gap-2">
                    <ActionPriorityBadge priority={row.priority} />
                    {row.progressPercent !== null ? <ActionProgress percent={row.progressPercent} /> : null}
                  </div>
                  {row.canUpdate ? (
                    <NativeSelect
                      id={`board-status-${row.id}`}
                      aria-label={t("board.statusOf", { number: row.number })}
                      value={statusOf[row.id]}
                      onChange={(e) => move(row, e.target.value as ActionStatus, null, true)}
                      className="h-9 py-1 text-sm"
                    >
                      {actionStatuses.map((s) => (
                        <option key={s} value={s}>
                          {t(`statuses.${s}`)}
                        </option>
                      ))}
                    </NativeSelect>
                  ) : (
                    <p className="text-xs text-muted-foreground">{t("board.readOnly")}</p>
                  )}
                </div>
              </div>
            </li>
          ))}
        </ul>
      </section>
    );
  }

  return (
    <div className="flex flex-col gap-3">
      <p className="text-sm text-muted-foreground">{t("board.dragHint")}</p>
      <p aria-live="polite" role="status" className="sr-only">
        {announcement}
      </p>
      <div role="region" aria-label={t("board.label")} className="flex flex-col gap-4">
        <div className="grid gap-4 md:grid-cols-2 lg:grid-cols-4">
          {MAIN_COLUMNS.map((status) => column(status))}
        </div>
        {/* Cancelled actions are rare: their column runs across the board below the others. */}
        {column("CANCELLED", true)}
      </div>
      {blocking ? (
        <BlockDialog
          row={blocking}
          onCancel={() => {
            setBlocking(null);
            document.getElementById(`board-status-${blocking.id}`)?.focus();
          }}
          onConfirm={(reason) => {
            const row = blocking;
            setBlocking(null);
            move(row, "BLOCKED", reason, true);
          }}
        />
      ) : null}
    </div>
  );
}

function BlockDialog({ row, onCancel, onConfirm }: { row: ActionTableRow; onCancel: () => void; onConfirm: (reason: string) => void }) {
  const t = useTranslations("actions");
  const tv = useTranslations("validation");
  const [reason, setReason] = React.useState("");
  const [error, setError] = React.useState<string | null>(null);
  return (
    <Dialog open onOpenChange={(open) => (!open ? onCancel() : undefined)}>
      <DialogContent>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (!reason.trim()) {
              setError(tv("required"));
              return;
            }
            onConfirm(reason.trim());
          }}
          className="flex flex-col gap-4"
        >
          <DialogHeader>
            <DialogTitle>{t("board.blockedTitle", { number: row.number })}</DialogTitle>
            <DialogDescription>{t("board.blockedDescription")}</DialogDescription>
          </DialogHeader>
          <FormField id="board-blocked-reason" label={t("status.reason")} description={t("status.reasonHint")} error={error} required>
            <Textarea rows={3} value={reason} maxLength={BLOCKED_REASON_MAX} onChange={(e) => setReason(e.target.value)} autoFocus />
          </FormField>
          <DialogFooter>
            <Button type="button" variant="outline" onClick={onCancel}>
              {t("board.cancel")}
            </Button>
            <Button type="submit">{t("board.confirm")}</Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
