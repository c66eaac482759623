"use client";
// Add or edit one agenda item. Links to documents are typed in as title + https address
// until the documents module exists.
import * as React from "react";
import { useTranslations } from "next-intl";
import { Plus, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";
import { useServerAction } from "@/components/forms/use-server-action";
import { createAgendaItemAction, updateAgendaItemAction } from "@/lib/agenda/actions";
import { AGENDA_DESCRIPTION_MAX, AGENDA_DURATION_MAX, AGENDA_DURATION_MIN, AGENDA_LINKS_MAX, AGENDA_TITLE_MAX } from "@/lib/agenda/schema";

export type PresenterChoice = { id: string; label: string };
export type AgendaItemDraft = {
  id: string;
  title: string;
  durationMinutes: number;
  presenterUserId: string | null;
  presenterInstitutionId: string | null;
  description: string | null;
  documentLinks: { title: string; url: string }[];
  isActionsReview: boolean;
};

type Props = {
  meetingId: string;
  /** Null when adding a new item. */
  item: AgendaItemDraft | null;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  people: PresenterChoice[];
  institutions: PresenterChoice[];
  /** Shown instead of the stored title of the automatic item. */
  reviewTitle: string;
};

function presenterValue(item: AgendaItemDraft | null): string {
  if (item?.presenterUserId) return `user:${item.presenterUserId}`;
  if (item?.presenterInstitutionId) return `institution:${item.presenterInstitutionId}`;
  return "";
}

export function AgendaItemDialog({ meetingId, item, open, onOpenChange, people, institutions, reviewTitle }: Props) {
  const t = useTranslations("agenda");
  const [links, setLinks] = React.useState(item?.documentLinks ?? []);
  const create = useServerAction(createAgendaItemAction, { successMessage: t("added"), onSuccess: () => onOpenChange(false) });
  const update = useServerAction(updateAgendaItemAction, { successMessage: t("saved"), onSuccess: () => onOpenChange(false) });
  const { pending, fieldErrors } = item ? update : create;
  const idPrefix = item ? `agenda-${item.id}` : "agenda-new";

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const presenter = String(form.get("presenter") ?? "");
    const fields = {
      title: item?.isActionsReview ? reviewTitle : String(form.get("title") ?? ""),
      durationMinutes: String(form.get("durationMinutes") ?? ""),
      presenterUserId: presenter.startsWith("user:") ? presenter.slice(5) : null,
      presenterInstitutionId: presenter.startsWith("institution:") ? presenter.slice(12) : null,
      description: String(form.get("description") ?? ""),
      documentLinks: links,
    };
    if (item) void update.run({ itemId: item.id, ...fields });
    else void create.run({ meetingId, ...fields });
  }

  const setLink = (index: number, patch: Partial<{ title: string; url: string }>) =>
    setLinks((current) => current.map((link, i) => (i === index ? { ...link, ...patch } : link)));

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent className="max-w-xl">
        <DialogHeader>
          <DialogTitle>{item ? t("editTitle") : t("addTitle")}</DialogTitle>
          {item?.isActionsReview ? <DialogDescription>{t("reviewTitleFixed")}</DialogDescription> : null}
        </DialogHeader>
        <form onSubmit={submit} className="grid gap-4" noValidate>
          <FormField id={`${idPrefix}-title`} label={t("fieldTitle")} required error={fieldErrors.title}>
            <Input
              name="title"
              defaultValue={item?.isActionsReview ? reviewTitle : (item?.title ?? "")}
              readOnly={item?.isActionsReview}
              maxLength={AGENDA_TITLE_MAX}
              autoComplete="off"
            />
          </FormField>
          <div className="grid gap-4 sm:grid-cols-[10rem_1fr]">
            <FormField id={`${idPrefix}-duration`} label={t("fieldDuration")} required error={fieldErrors.durationMinutes}>
              <Input
                name="durationMinutes"
                type="number"
                inputMode="numeric"
                min={AGENDA_DURATION_MIN}
                max={AGENDA_DURATION_MAX}
                step={1}
                defaultValue={item?.durationMinutes ?? 15}
              />
            </FormField>
            <FormField id={`${idPrefix}-presenter`} label={t("fieldPresenter")} error={fieldErrors.presenter}>
              <NativeSelect name="presenter" defaultValue={presenterValue(item)}>
                <option value="">{t("presenterNone")}</option>
                {people.length > 0 ? (
                  <optgroup label={t("presenterPeople")}>
                    {people.map((p) => (
                      <option key={p.id} value={`user:${p.id}`}>
                        {p.label}
                      </option>
                    ))}
                  </optgroup>
                ) : null}
                {institutions.length > 0 ? (
                  <optgroup label={t("presenterInstitutions")}>
                    {institutions.map((i) => (
                      <option key={i.id} value={`institution:${i.id}`}>
                        {i.label}
                      </option>
                    ))}
                  </optgroup>
                ) : null}
              </NativeSelect>
            </FormField>
          </div>
          <FormField id={`${idPrefix}-description`} label={t("fieldDescription")} error={fieldErrors.description}>
            <Textarea name="description" rows={3} maxLength={AGENDA_DESCRIPTION_MAX} defaultValue={item?.description ?? ""} />
          </FormField>
          <fieldset className="grid gap-3">
            <legend className="text-sm font-medium">{t("fieldLinks")}</legend>
            <p className="text-sm text-muted-foreground">{t("linksHint")}</p>
            {links.map((link, index) => (
              <div key={index} className="grid gap-2 rounded-md border p-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
                <FormField id={`${idPrefix}-link-${index}-title`} label={t("linkTitle")} error={fieldErrors[`documentLinks.${index}.title`]}>
                  <Input value={link.title} maxLength={AGENDA_TITLE_MAX} onChange={(e) => setLink(index, { title: e.target.value })} />
                </FormField>
                <FormField id={`${idPrefix}-link-${index}-url`} label={t("linkUrl")} error={fieldErrors[`documentLinks.${index}.url`]}>
                  <Input type="url" inputMode="url" value={link.url} onChange={(e) => setLink(index, { url: e.target.value })} />
                </FormField>
                <Button
                  variant="ghost"
                  size="icon"
                  aria-label={t("removeLink", { n: index + 1 })}
                  onClick={() => setLinks((current) => current.filter((_, i) => i !== index))}
                >
                  <Trash2 aria-hidden="true" />
                </Button>
              </div>
            ))}
            {links.length < AGENDA_LINKS_MAX ? (
              <Button variant="outline" size="sm" className="w-fit" onClick={() => setLinks((current) => [...current, { title: "", url: "" }])}>
                <Plus aria-hidden="true" />
                {t("addLink")}
              </Button>
            ) : null}
          </fieldset>
          <DialogFooter>
            <Button variant="outline" onClick={() => onOpenChange(false)} disabled={pending}>
              {t("cancel")}
            </Button>
            <Button type="submit" disabled={pending}>
              {pending ? t("saving") : t("save")}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
