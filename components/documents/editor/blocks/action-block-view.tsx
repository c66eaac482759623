"use client";
// An agreed action shown live in the text: number, title, owner institution, responsible
// person, due date (overdue in words and colour), progress and status. Those who may change
// the action (coordinators, the owner institution's members) change its status right here,
// or its due date, owner and responsible person in a small dialog; the block and the action
// record stay the same thing, both ways.
import { useState, useSyncExternalStore, type ReactNode } from "react";
import type { ReactNodeViewProps } from "@tiptap/react";
import { ListTodo, Pencil } from "lucide-react";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { NativeSelect } from "@/components/ui/native-select";
import { ActionDue, ActionPriorityBadge, ActionProgress, ActionStatusBadge } from "@/components/actions/action-badges";
import { actionStatuses } from "@/lib/actions/schema";
import { changeBlockActionAction } from "@/lib/document-blocks/actions";
import type { BlockAction, BlockContext } from "@/lib/document-blocks/schema";
import { cleanBlockId, cleanBlockLabel } from "@/lib/editor/blocks/nodes";
import type { ActionStatus } from "@/lib/generated/prisma/enums";
import type { BlockStore } from "@/components/documents/editor/blocks/block-store";
import { BlockFrame, BlockPlaceholder, useBlockEntry } from "@/components/documents/editor/blocks/block-frame";
import { ActionBlockEditDialog } from "@/components/documents/editor/blocks/action-block-edit-dialog";

const noContext = () => () => {};
const nullContext = () => null;

export function ActionBlockView({ node, extension, selected }: ReactNodeViewProps) {
  const t = useTranslations("document-blocks");
  const store = (extension.options as { store: BlockStore | null }).store;
  const id = cleanBlockId(node.attrs.actionId);
  const entry = useBlockEntry(store, "action", id);
  const context = useSyncExternalStore(store?.subscribeContext ?? noContext, store?.getContext ?? nullContext, nullContext);
  const data = entry.state === "ready" ? entry.data : null;
  const number = data ? `#${data.number}` : cleanBlockLabel(node.attrs.label);

  return (
    <BlockFrame
      kind="action"
      label={number ? t("action.label", { label: number }) : t("action.unnumbered")}
      icon={<ListTodo />}
      selected={selected}
      status={
        data ? (
          <>
            <ActionStatusBadge status={data.status} />
            <ActionPriorityBadge priority={data.priority} />
          </>
        ) : null
      }
      href={data ? `/actions/${encodeURIComponent(data.id)}` : null}
      linkLabel={t("action.open")}
    >
      {data && entry.state === "ready" ? (
        <ActionDetails action={data} today={entry.today} context={context} onChanged={() => store?.refresh("action", data.id)} />
      ) : (
        <BlockPlaceholder entry={entry} kind="action" onRetry={() => id && store?.refresh("action", id)} />
      )}
    </BlockFrame>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex min-w-0 flex-wrap items-center gap-x-1.5">
      <dt className="text-sm text-muted-foreground">{label}:</dt>
      <dd className="min-w-0 text-sm text-foreground">{children}</dd>
    </div>
  );
}

function ActionDetails({ action, today, context, onChanged }: { action: BlockAction; today: string; context: BlockContext | null; onChanged: () => void }) {
  const t = useTranslations("document-blocks");
  const ta = useTranslations("actions");
  const [editing, setEditing] = useState<{ status?: ActionStatus } | null>(null);
  const [pendingStatus, setPendingStatus] = useState<ActionStatus | null>(null);
  const statusId = `action-block-${action.id}-quick-status`;

  const changeStatus = async (status: ActionStatus) => {
    // Focus stays on the select while saving (not disabled); a second change waits for the first.
    if (status === action.status || pendingStatus !== null) return;
    // "Blocked" needs a reason: ask for it in the dialog.
    if (status === "BLOCKED") {
      setEditing({ status });
      return;
    }
    setPendingStatus(status);
    let ok = false;
    let message = t("failed");
    try {
      const result = await changeBlockActionAction({
        actionId: action.id,
        status,
        blockedReason: "",
        dueDate: action.dueDate ?? "",
        ownerInstitutionId: action.owner.id,
        responsibleUserId: action.responsible?.id ?? "",
      });
      ok = result.ok;
      if (!result.ok) message = result.message;
    } catch {
      // Network failure: the message above says so.
    }
    setPendingStatus(null);
    if (ok) {
      toast.success(t("action.statusChanged", { number: action.number, status: ta(`statuses.${status}`) }));
      onChanged();
    } else {
      toast.error(message);
    }
  };

  return (
    <>
      <p className="mt-1 font-medium text-foreground">{action.title}</p>
      <dl className="mt-2 flex flex-wrap gap-x-5 gap-y-1.5">
        <Fact label={t("action.owner")}>
          {action.owner.shortName ? <abbr title={action.owner.name} className="no-underline">{action.owner.shortName}</abbr> : action.owner.name}
        </Fact>
        <Fact label={t("action.responsible")}>{action.responsible ? action.responsible.name : <span className="text-muted-foreground">{t("action.noResponsible")}</span>}</Fact>
        <Fact label={t("action.due")}>
          <ActionDue dueDate={action.dueDate} dueState={action.dueState} today={today} compact />
        </Fact>
        {action.progressPercent !== null ? (
          <Fact label={t("action.progress")}>
            <ActionProgress percent={action.progressPercent} />
          </Fact>
        ) : null}
      </dl>
      {action.status === "BLOCKED" && action.blockedReason ? (
        <p className="mt-1.5 text-sm text-foreground">
          <span className="text-muted-foreground">{t("action.blockedReason")}:</span> {action.blockedReason}
        </p>
      ) : null}
      {action.canUpdate ? (
        <div className="mt-3 flex flex-wrap items-center gap-2 border-t pt-3">
          <label htmlFor={statusId} className="text-sm font-medium text-foreground">
            {t("action.status")}
          </label>
          <NativeSelect
            id={statusId}
            value={pendingStatus ?? action.status}
            aria-busy={pendingStatus !== null || undefined}
            onChange={(e) => void changeStatus(e.target.value as ActionStatus)}
            wrapperClassName="w-auto"
            className="h-8 py-1 text-sm"
          >
            {actionStatuses.map((s) => (
              <option key={s} value={s}>
                {ta(`statuses.${s}`)}
              </option>
            ))}
          </NativeSelect>
          <Button type="button" size="sm" variant="outline" onClick={() => setEditing({})}>
            <Pencil aria-hidden="true" />
            {t("action.edit")}
          </Button>
        </div>
      ) : null}
      <ActionBlockEditDialog
        action={action}
        context={context}
        initialStatus={editing?.status}
        open={editing !== null}
        onOpenChange={(open) => {
          if (!open) setEditing(null);
        }}
        onSaved={onChanged}
      />
    </>
  );
}
