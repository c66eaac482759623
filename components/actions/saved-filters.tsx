"use client";
// The person's saved filters for the actions list in the current group: links that open the
// list with the saved query, a delete button each, and "save the current filter".
import * as React from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { BookmarkPlus, Bookmark, X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { useServerAction } from "@/components/forms/use-server-action";
import { deleteActionFilterAction, saveActionFilterAction } from "@/lib/actions/actions";
import { SAVED_FILTER_NAME_MAX } from "@/lib/actions/schema";

type Saved = { id: string; name: string; href: string; active: boolean };

export function SavedFilters({ groupId, query, saved }: { groupId: string | null; query: string; saved: Saved[] }) {
  const t = useTranslations("actions.saved");
  const [open, setOpen] = React.useState(false);
  const save = useServerAction(saveActionFilterAction, {
    successMessage: (d) => t("saved", { name: d.name }),
    onSuccess: () => setOpen(false),
  });
  const remove = useServerAction(deleteActionFilterAction, { successMessage: t("deleted") });

  return (
    <section aria-labelledby="saved-filters-heading" className="mb-4 flex flex-wrap items-center gap-2">
      <h2 id="saved-filters-heading" className="mr-1 inline-flex items-center gap-1.5 text-sm font-medium text-muted-foreground">
        <Bookmark aria-hidden="true" className="size-4" />
        {t("label")}:
      </h2>
      {saved.length === 0 ? <span className="text-sm text-muted-foreground">{t("none")}</span> : null}
      <ul className="flex flex-wrap items-center gap-2">
        {saved.map((f) => (
          <li key={f.id} className="inline-flex items-center rounded-full border bg-card text-sm shadow-xs">
            <Link
              href={f.href}
              aria-current={f.active ? "true" : undefined}
              className={f.active ? "rounded-l-full bg-secondary px-3 py-1 font-medium" : "rounded-l-full px-3 py-1 hover:bg-accent"}
            >
              {f.name}
            </Link>
            <button
              type="button"
              aria-label={t("delete", { name: f.name })}
              title={t("delete", { name: f.name })}
              disabled={remove.pending}
              onClick={() => void remove.run({ id: f.id })}
              className="rounded-r-full px-2 py-1 text-muted-foreground hover:bg-accent hover:text-foreground"
            >
              <X aria-hidden="true" className="size-3.5" />
            </button>
          </li>
        ))}
      </ul>
      {groupId ? (
        <Dialog open={open} onOpenChange={setOpen}>
          <DialogTrigger asChild>
            <Button variant="ghost" size="sm">
              <BookmarkPlus aria-hidden="true" />
              {t("save")}
            </Button>
          </DialogTrigger>
          <DialogContent>
            <form
              noValidate
              onSubmit={(e) => {
                e.preventDefault();
                const form = new FormData(e.currentTarget);
                void save.run({ groupId, name: String(form.get("name") ?? ""), query });
              }}
              className="flex flex-col gap-4"
            >
              <DialogHeader>
                <DialogTitle>{t("saveTitle")}</DialogTitle>
                <DialogDescription>{t("saveDescription")}</DialogDescription>
              </DialogHeader>
              <FormField id="saved-filter-name" label={t("name")} error={save.fieldErrors.name} required>
                <Input name="name" maxLength={SAVED_FILTER_NAME_MAX} placeholder={t("namePlaceholder")} autoFocus />
              </FormField>
              <DialogFooter>
                <Button type="button" variant="outline" onClick={() => setOpen(false)}>
                  {t("cancel")}
                </Button>
                <Button type="submit" disabled={save.pending}>
                  {t("confirm")}
                </Button>
              </DialogFooter>
            </form>
          </DialogContent>
        </Dialog>
      ) : (
        <span className="text-xs text-muted-foreground">{t("needsGroup")}</span>
      )}
    </section>
  );
}
