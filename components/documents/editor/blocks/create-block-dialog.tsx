"use client";
// "Record as decision" and "Create action" from the text. The record is created first, through
// the registers; only when that succeeds does the block replace the selected text (or go where
// the slash command was typed). On failure the dialog stays open with the reasons and the
// document is left as it was.
import { useState, type FormEvent } from "react";
import type { Editor } from "@tiptap/core";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";
import { ACTION_DESCRIPTION_MAX, ACTION_TITLE_MAX, actionPriorities } from "@/lib/actions/schema";
import { DECISION_TEXT_MAX } from "@/lib/decisions/schema";
import { createBlockActionAction, recordBlockDecisionAction } from "@/lib/document-blocks/actions";
import type { BlockContext } from "@/lib/document-blocks/schema";
import { ACTION_BLOCK, DECISION_BLOCK } from "@/lib/editor/blocks/nodes";
import type { ActionPriority } from "@/lib/generated/prisma/enums";
import { FormErrorMessage } from "@/components/documents/editor/blocks/form-error-message";
import { insertBlock, type BlockTarget } from "@/components/documents/editor/blocks/insert-block";
import { useBlockSubmit } from "@/components/documents/editor/blocks/use-block-submit";

export type BlockRequest = {
  kind: "decision" | "action";
  target: BlockTarget;
  /** The selected text, or "" from the slash menu. */
  text: string;
};

/** A selection longer than a title: the title takes its start (at a word), the description all of it. */
export function splitSelectionForAction(text: string): { title: string; description: string } {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= ACTION_TITLE_MAX) return { title: clean, description: "" };
  const cut = clean.slice(0, ACTION_TITLE_MAX - 1);
  const atWord = cut.lastIndexOf(" ") > ACTION_TITLE_MAX / 2 ? cut.slice(0, cut.lastIndexOf(" ")) : cut;
  return { title: `${atWord.trimEnd()}…`, description: clean.slice(0, ACTION_DESCRIPTION_MAX) };
}

export function CreateBlockDialog({
  editor,
  documentId,
  context,
  request,
  onClose,
}: {
  editor: Editor;
  documentId: string;
  context: BlockContext | null;
  request: BlockRequest | null;
  onClose: () => void;
}) {
  const t = useTranslations("document-blocks");
  const kind = request?.kind ?? "decision";
  return (
    <Dialog open={request !== null} onOpenChange={(open) => !open && onClose()}>
      <DialogContent
        className="sm:max-w-xl"
        onCloseAutoFocus={(event) => {
          // Back to the text, where the person was writing.
          event.preventDefault();
          if (!editor.isDestroyed) editor.commands.focus();
        }}
      >
        <DialogHeader>
          <DialogTitle>{kind === "decision" ? t("create.decisionTitle") : t("create.actionTitle")}</DialogTitle>
          <DialogDescription>
            {kind === "decision" ? t("create.decisionDescription") : t("create.actionDescription")}{" "}
            {context?.meetingId ? t("create.meetingLinked") : null}
          </DialogDescription>
        </DialogHeader>
        {request?.kind === "decision" && <DecisionForm editor={editor} documentId={documentId} request={request} onDone={onClose} />}
        {request?.kind === "action" && <ActionForm editor={editor} documentId={documentId} context={context} request={request} onDone={onClose} />}
      </DialogContent>
    </Dialog>
  );
}

function inserted(editor: Editor, target: BlockTarget, block: Parameters<typeof insertBlock>[2], success: string, t: (key: "create.notInserted") => string) {
  if (insertBlock(editor, target, block)) toast.success(success);
  else toast.warning(`${success} ${t("create.notInserted")}`);
}

const DECISION_FIELDS = ["text"] as const;

function DecisionForm({ editor, documentId, request, onDone }: { editor: Editor; documentId: string; request: BlockRequest; onDone: () => void }) {
  const t = useTranslations("document-blocks");
  const [text, setText] = useState(request.text.trim());
  const { submit: send, pending, fieldErrors, formError, formRef } = useBlockSubmit(recordBlockDecisionAction, DECISION_FIELDS);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const created = await send({ documentId, text });
    if (!created) return;
    inserted(editor, request.target, { type: DECISION_BLOCK, id: created.id, label: created.label }, t("create.decisionRecorded", { label: created.label }), t);
    onDone();
  };

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="grid gap-4">
      <FormErrorMessage message={formError} />
      <FormField id="block-decision-text" label={t("create.decisionText")} description={t("create.decisionTextHint")} error={fieldErrors.text} required>
        <Textarea rows={5} value={text} maxLength={DECISION_TEXT_MAX} autoFocus onChange={(e) => setText(e.target.value)} />
      </FormField>
      <DialogFooter>
        <Button type="button" variant="outline" onClick={onDone}>
          {t("cancel")}
        </Button>
        <Button type="submit" aria-disabled={pending || undefined}>
          {pending ? t("saving") : t("create.decisionSubmit")}
        </Button>
      </DialogFooter>
    </form>
  );
}

const ACTION_FIELDS = ["title", "description", "ownerInstitutionId", "responsibleUserId", "dueDate", "priority"] as const;

function ActionForm({
  editor,
  documentId,
  context,
  request,
  onDone,
}: {
  editor: Editor;
  documentId: string;
  context: BlockContext | null;
  request: BlockRequest;
  onDone: () => void;
}) {
  const t = useTranslations("document-blocks");
  const ta = useTranslations("actions");
  const [initial] = useState(() => splitSelectionForAction(request.text));
  const [title, setTitle] = useState(initial.title);
  const [description, setDescription] = useState(initial.description);
  const [owner, setOwner] = useState(context?.ownInstitutionId ?? "");
  const [responsible, setResponsible] = useState("");
  const [dueDate, setDueDate] = useState("");
  const [priority, setPriority] = useState<ActionPriority>("NORMAL");
  const { submit: send, pending, fieldErrors, formError, formRef } = useBlockSubmit(createBlockActionAction, ACTION_FIELDS);
  const people = (context?.people ?? []).filter((p) => p.institutionId === owner);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const created = await send({ documentId, title, description, ownerInstitutionId: owner, responsibleUserId: responsible, dueDate, priority });
    if (!created) return;
    inserted(editor, request.target, { type: ACTION_BLOCK, id: created.id, label: created.label }, t("create.actionCreated", { number: created.number }), t);
    onDone();
  };

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="grid gap-4">
      <FormErrorMessage message={formError} />
      <FormField id="block-action-title" label={t("create.title")} error={fieldErrors.title} required>
        <Input value={title} maxLength={ACTION_TITLE_MAX} autoFocus={Boolean(!title)} onChange={(e) => setTitle(e.target.value)} />
      </FormField>
      <FormField id="block-action-description" label={t("create.description")} error={fieldErrors.description}>
        <Textarea rows={3} value={description} maxLength={ACTION_DESCRIPTION_MAX} onChange={(e) => setDescription(e.target.value)} />
      </FormField>
      <FormField id="block-action-owner" label={t("create.owner")} description={t("create.ownerHint")} error={fieldErrors.ownerInstitutionId} required>
        <NativeSelect
          value={owner}
          autoFocus={Boolean(title)}
          onChange={(e) => {
            setOwner(e.target.value);
            setResponsible("");
          }}
        >
          <option value="">{t("create.chooseOwner")}</option>
          {(context?.institutions ?? []).map((i) => (
            <option key={i.id} value={i.id}>
              {i.shortName ? `${i.name} (${i.shortName})` : i.name}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField id="block-action-responsible" label={t("create.responsible")} error={fieldErrors.responsibleUserId}>
          <NativeSelect value={responsible} disabled={!owner} onChange={(e) => setResponsible(e.target.value)}>
            <option value="">{owner ? t("create.noResponsible") : t("create.ownerFirst")}</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </NativeSelect>
        </FormField>
        <FormField id="block-action-due" label={t("create.dueDate")} error={fieldErrors.dueDate}>
          <Input type="date" value={dueDate} min="2000-01-01" max="2100-12-31" onChange={(e) => setDueDate(e.target.value)} />
        </FormField>
      </div>
      <FormField id="block-action-priority" label={t("create.priority")} error={fieldErrors.priority}>
        <NativeSelect value={priority} onChange={(e) => setPriority(e.target.value as ActionPriority)}>
          {actionPriorities.map((p) => (
            <option key={p} value={p}>
              {ta(`priorities.${p}`)}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      <DialogFooter>
        <Button type="button" variant="outline" onClick={onDone}>
          {t("cancel")}
        </Button>
        <Button type="submit" aria-disabled={pending || undefined}>
          {pending ? t("saving") : t("create.actionSubmit")}
        </Button>
      </DialogFooter>
    </form>
  );
}
