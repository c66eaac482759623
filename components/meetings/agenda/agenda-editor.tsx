"use client";
// The agenda as a list: running times from the meeting start, and for coordinators the
// edit controls. Reordering works with the move up / move down buttons (keyboard, with the
// new position announced) and with native drag and drop; both save the whole order at once.
import * as React from "react";
import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { ArrowDown, ArrowUp, Check, ExternalLink, FileText, GripVertical, Pencil, Plus, Redo2, Trash2, Undo2 } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { ConfirmActionDialog } from "@/components/forms/confirm-action-dialog";
import { useServerAction } from "@/components/forms/use-server-action";
import {
  deleteAgendaItemAction,
  moveAgendaItemToNextMeetingAction,
  reorderAgendaAction,
  setAgendaItemStatusAction,
} from "@/lib/agenda/actions";
import { computeRunningTimes, dropInOrder, moveInOrder, overrunMinutes } from "@/lib/agenda/schedule";
import { AgendaItemDialog, type AgendaItemDraft, type PresenterChoice } from "@/components/meetings/agenda/agenda-item-dialog";

export type AgendaEditorItem = AgendaItemDraft & {
  status: "PLANNED" | "DONE" | "MOVED";
  carriedOver: boolean;
  presenterLabel: string | null;
};

type Props = {
  meetingId: string;
  items: AgendaEditorItem[];
  startsAt: string;
  endsAt: string;
  timeZone: string;
  /** Coordinator on an agenda that may still change. */
  canEdit: boolean;
  /** The meeting runs or was held: items can be marked done. */
  canMarkDone: boolean;
  people: PresenterChoice[];
  institutions: PresenterChoice[];
  /** The content of the "review of open actions" item (rendered on the server by the actions module). */
  actionsReview?: React.ReactNode;
};

export function AgendaEditor({ meetingId, items, startsAt, endsAt, timeZone, canEdit, canMarkDone, people, institutions, actionsReview }: Props) {
  const t = useTranslations("agenda");
  const format = useFormatter();
  const router = useRouter();
  const serverOrder = React.useMemo(() => items.map((i) => i.id), [items]);
  const [order, setOrder] = React.useOptimistic(serverOrder);
  const [, startTransition] = React.useTransition();
  const [announcement, setAnnouncement] = React.useState("");
  const focusRequest = React.useRef<{ id: string; direction: "up" | "down" } | null>(null);
  const [dragging, setDragging] = React.useState<string | null>(null);
  const [dropTarget, setDropTarget] = React.useState<string | null>(null);
  const [editing, setEditing] = React.useState<AgendaItemDraft | "new" | null>(null);

  const byId = React.useMemo(() => new Map(items.map((i) => [i.id, i])), [items]);
  const ordered = order.map((id) => byId.get(id)).filter((i): i is AgendaEditorItem => i !== undefined);
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  const slots = computeRunningTimes(start, ordered);
  const over = overrunMinutes(start, end, ordered);
  const totalMinutes = ordered.reduce((sum, i) => sum + i.durationMinutes, 0);
  const time = (d: Date) => format.dateTime(d, { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone });
  const reviewTitle = t("actionsReviewTitle");
  const titleOf = (item: AgendaEditorItem) => (item.isActionsReview ? reviewTitle : item.title);

  // After a keyboard move the row is re-rendered elsewhere: keep focus on its button.
  React.useEffect(() => {
    const request = focusRequest.current;
    if (!request) return;
    focusRequest.current = null;
    const wanted = document.getElementById(`agenda-${request.direction}-${request.id}`) as HTMLButtonElement | null;
    const other = document.getElementById(`agenda-${request.direction === "up" ? "down" : "up"}-${request.id}`) as HTMLButtonElement | null;
    (wanted && !wanted.disabled ? wanted : other)?.focus();
  }, [order]);

  function commit(next: string[], movedId: string) {
    const moved = byId.get(movedId);
    if (moved) setAnnouncement(t("movedTo", { title: titleOf(moved), position: next.indexOf(movedId) + 1, total: next.length }));
    startTransition(async () => {
      setOrder(next);
      const result = await reorderAgendaAction({ meetingId, itemIds: next });
      if (!result.ok) {
        toast.error(result.message);
        setAnnouncement(result.message);
      }
      router.refresh();
    });
  }

  // The automatic review item stays first: nothing moves above it.
  const firstMovable = ordered[0]?.isActionsReview ? 1 : 0;

  function move(id: string, direction: "up" | "down") {
    const index = order.indexOf(id);
    if (direction === "up" && index <= firstMovable) return;
    const next = moveInOrder(order, id, direction);
    focusRequest.current = { id, direction };
    commit(next, id);
  }

  function drop(targetId: string) {
    const target = byId.get(targetId);
    if (!dragging || dragging === targetId || !target || target.isActionsReview) return;
    commit(dropInOrder(order, dragging, targetId), dragging);
  }

  return (
    <div className="grid gap-4">
      <p aria-live="polite" role="status" className="sr-only">
        {announcement}
      </p>

      {ordered.length === 0 ? <p className="text-muted-foreground">{canEdit ? t("empty") : t("emptyReader")}</p> : null}

      <ol className="grid gap-3">
        {ordered.map((item, index) => {
          const slot = slots[index];
          const movable = canEdit && !item.isActionsReview;
          const title = titleOf(item);
          return (
            <li
              key={item.id}
              draggable={movable}
              onDragStart={(e) => {
                if (!movable) return;
                e.dataTransfer.effectAllowed = "move";
                e.dataTransfer.setData("text/plain", item.id);
                setDragging(item.id);
              }}
              onDragEnd={() => {
                setDragging(null);
                setDropTarget(null);
              }}
              onDragOver={(e) => {
                if (!dragging || item.isActionsReview) return;
                e.preventDefault();
                e.dataTransfer.dropEffect = "move";
                if (dropTarget !== item.id) setDropTarget(item.id);
              }}
              onDragLeave={() => setDropTarget((current) => (current === item.id ? null : current))}
              onDrop={(e) => {
                e.preventDefault();
                drop(item.id);
                setDragging(null);
                setDropTarget(null);
              }}
              className={cn(
                "rounded-lg border bg-card p-4 shadow-xs transition-colors",
                item.status !== "PLANNED" && "bg-muted/40",
                dragging === item.id && "opacity-50",
                dropTarget === item.id && dragging !== item.id && "border-primary ring-2 ring-primary/30",
              )}
            >
              <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
                <div className="flex items-center gap-2 sm:w-36 sm:shrink-0 sm:flex-col sm:items-start">
                  {movable ? (
                    <GripVertical aria-hidden="true" className="hidden size-4 cursor-grab text-muted-foreground sm:block" />
                  ) : null}
                  {slot ? (
                    <span className="font-mono text-sm tabular-nums text-foreground">
                      {time(slot.startsAt)}–{time(slot.endsAt)}
                    </span>
                  ) : null}
                  <span className="text-sm text-muted-foreground">{t("minutes", { count: item.durationMinutes })}</span>
                </div>
                <div className="min-w-0 flex-1 space-y-2">
                  <div className="flex flex-wrap items-center gap-2">
                    <h3 className={cn("font-medium", item.status === "MOVED" && "line-through decoration-muted-foreground")}>
                      <span className="sr-only">{t("position", { n: index + 1 })}: </span>
                      {title}
                    </h3>
                    {item.isActionsReview ? <Badge variant="info">{t("actionsReviewFixed")}</Badge> : null}
                    {item.status === "DONE" ? <Badge variant="success">{t("statusDONE")}</Badge> : null}
                    {item.status === "MOVED" ? <Badge variant="muted">{t("statusMOVED")}</Badge> : null}
                    {item.carriedOver ? <Badge variant="outline">{t("carriedOver")}</Badge> : null}
                  </div>
                  {item.presenterLabel ? <p className="text-sm text-muted-foreground">{t("presenter", { name: item.presenterLabel })}</p> : null}
                  {item.description ? <p className="text-sm whitespace-pre-line">{item.description}</p> : null}
                  {item.isActionsReview ? (
                    (actionsReview ?? <p className="rounded-md border border-dashed p-3 text-sm text-muted-foreground">{t("actionsReviewEmpty")}</p>)
                  ) : null}
                  {item.documentLinks.length > 0 ? (
                    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label={t("documents")}>
                      {item.documentLinks.map((link, i) => (
                        <li key={i}>
                          <a href={link.url} target="_blank" rel="noopener noreferrer" className="inline-flex items-center gap-1 text-primary underline underline-offset-4">
                            <FileText aria-hidden="true" className="size-3.5" />
                            {link.title}
                            <ExternalLink aria-hidden="true" className="size-3" />
                          </a>
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </div>
                {canEdit ? (
                  <ItemControls
                    item={item}
                    title={title}
                    canMoveUp={movable && index > firstMovable}
                    canMoveDown={movable && index < ordered.length - 1}
                    canMarkDone={canMarkDone}
                    onMove={(direction) => move(item.id, direction)}
                    onEdit={() => setEditing(item)}
                  />
                ) : null}
              </div>
            </li>
          );
        })}
      </ol>

      {ordered.length > 0 ? (
        <p className="text-sm text-muted-foreground">{t("total", { minutes: totalMinutes, end: time(slots.at(-1)?.endsAt ?? start) })}</p>
      ) : null}
      {over > 0 ? (
        <p role="alert" className="rounded-md border border-warning-soft-foreground/20 bg-warning-soft p-3 text-sm text-warning-soft-foreground">
          {t("overrun", { minutes: over, end: time(end) })}
        </p>
      ) : null}

      {canEdit ? (
        <div>
          <Button onClick={() => setEditing("new")}>
            <Plus aria-hidden="true" />
            {t("add")}
          </Button>
        </div>
      ) : null}

      {editing ? (
        <AgendaItemDialog
          key={editing === "new" ? "new" : editing.id}
          meetingId={meetingId}
          item={editing === "new" ? null : editing}
          open
          onOpenChange={(open) => {
            if (!open) setEditing(null);
          }}
          people={people}
          institutions={institutions}
          reviewTitle={reviewTitle}
        />
      ) : null}
    </div>
  );
}

function ItemControls({
  item,
  title,
  canMoveUp,
  canMoveDown,
  canMarkDone,
  onMove,
  onEdit,
}: {
  item: AgendaEditorItem;
  title: string;
  canMoveUp: boolean;
  canMoveDown: boolean;
  canMarkDone: boolean;
  onMove: (direction: "up" | "down") => void;
  onEdit: () => void;
}) {
  const t = useTranslations("agenda");
  const remove = useServerAction(deleteAgendaItemAction, { successMessage: t("deleted") });
  const status = useServerAction(setAgendaItemStatusAction, {
    successMessage: (data) => (data.status === "DONE" ? t("markedDone") : t("markedPlanned")),
  });
  const carry = useServerAction(moveAgendaItemToNextMeetingAction, { successMessage: t("movedToNext") });
  const movable = !item.isActionsReview;

  return (
    <div className="flex flex-col gap-1 sm:items-end" role="group" aria-label={t("actionsFor", { title })}>
      <div className="flex flex-wrap items-center gap-1">
        {movable ? (
          <>
            <Button id={`agenda-up-${item.id}`} variant="ghost" size="icon" disabled={!canMoveUp} aria-label={t("moveUpItem", { title })} title={t("moveUp")} onClick={() => onMove("up")}>
              <ArrowUp aria-hidden="true" />
            </Button>
            <Button id={`agenda-down-${item.id}`} variant="ghost" size="icon" disabled={!canMoveDown} aria-label={t("moveDownItem", { title })} title={t("moveDown")} onClick={() => onMove("down")}>
              <ArrowDown aria-hidden="true" />
            </Button>
          </>
        ) : null}
        {item.status !== "MOVED" ? (
          <Button variant="ghost" size="icon" aria-label={t("editItem", { title })} title={t("edit")} onClick={onEdit}>
            <Pencil aria-hidden="true" />
          </Button>
        ) : null}
        {movable && item.status !== "MOVED" ? (
          <ConfirmActionDialog
            trigger={
              <Button variant="ghost" size="icon" aria-label={t("deleteItem", { title })} title={t("delete")}>
                <Trash2 aria-hidden="true" />
              </Button>
            }
            title={t("deleteConfirmTitle", { title })}
            description={t("deleteConfirmDescription")}
            cancelLabel={t("cancel")}
            confirmLabel={t("delete")}
            workingLabel={t("deleting")}
            pending={remove.pending}
            onConfirm={() => remove.run({ itemId: item.id })}
          />
        ) : null}
      </div>
      <div className="flex flex-wrap items-center gap-1">
        {canMarkDone && item.status !== "MOVED" ? (
          <Button
            variant="ghost"
            size="sm"
            disabled={status.pending}
            onClick={() => void status.run({ itemId: item.id, status: item.status === "DONE" ? "PLANNED" : "DONE" })}
          >
            {item.status === "DONE" ? <Undo2 aria-hidden="true" /> : <Check aria-hidden="true" />}
            {item.status === "DONE" ? t("markPlanned") : t("markDone")}
          </Button>
        ) : null}
        {movable && item.status === "PLANNED" ? (
          <ConfirmActionDialog
            trigger={
              <Button variant="ghost" size="sm">
                <Redo2 aria-hidden="true" />
                {t("moveToNext")}
              </Button>
            }
            title={t("moveToNextConfirmTitle", { title })}
            description={t("moveToNextConfirmDescription")}
            cancelLabel={t("cancel")}
            confirmLabel={t("moveToNext")}
            workingLabel={t("moving")}
            variant="default"
            pending={carry.pending}
            onConfirm={() => carry.run({ itemId: item.id })}
          />
        ) : null}
      </div>
    </div>
  );
}
