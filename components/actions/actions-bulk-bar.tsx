"use client";
// Coordinators' bulk change of the selected rows: owner institution and responsible person,
// and the due date set or moved. One server call, one transaction.
import * as React from "react";
import { useTranslations } from "next-intl";
import { X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { useServerAction } from "@/components/forms/use-server-action";
import { bulkEditActionsAction } from "@/lib/actions/actions";

export type BulkOptions = {
  institutions: { id: string; name: string; shortName: string }[];
  people: { id: string; name: string; institutionId: string }[];
};

export function ActionsBulkBar({ ids, options, onClear }: { ids: string[]; options: BulkOptions; onClear: () => void }) {
  const t = useTranslations("actions.bulk");
  const [owner, setOwner] = React.useState("");
  const [responsible, setResponsible] = React.useState("");
  const [dueMode, setDueMode] = React.useState<"keep" | "set" | "shift">("keep");
  const { run, pending, fieldErrors } = useServerAction(bulkEditActionsAction, {
    successMessage: (d) => t("done", { count: d.changed }),
    onSuccess: () => {
      onClear();
      setOwner("");
      setResponsible("");
      setDueMode("keep");
    },
  });
  const shortName = new Map(options.institutions.map((i) => [i.id, i.shortName]));
  const people = owner ? options.people.filter((p) => p.institutionId === owner) : options.people;
  const nothing = !owner && !responsible && dueMode === "keep";

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    void run({
      actionIds: ids,
      ownerInstitutionId: owner,
      responsibleUserId: responsible,
      dueMode,
      dueDate: String(form.get("dueDate") ?? ""),
      shiftDays: String(form.get("shiftDays") ?? ""),
    });
  }

  return (
    <section aria-labelledby="bulk-heading" className="sticky bottom-3 z-20 mt-4 rounded-lg border-2 border-primary/40 bg-card p-4 shadow-overlay">
      <form onSubmit={submit} noValidate className="flex flex-col gap-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="bulk-heading" className="text-sm font-semibold">
            {t("label")}: <span aria-live="polite">{t("selected", { count: ids.length })}</span>
          </h2>
          <Button type="button" variant="ghost" size="sm" onClick={onClear}>
            <X aria-hidden="true" />
            {t("clearSelection")}
          </Button>
        </div>
        <p className="text-xs text-muted-foreground">{t("hint")}</p>
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <FormField id="bulk-owner" label={t("owner")} error={fieldErrors.ownerInstitutionId}>
            <NativeSelect
              value={owner}
              onChange={(e) => {
                setOwner(e.target.value);
                setResponsible("");
              }}
            >
              <option value="">{t("keepOwner")}</option>
              {options.institutions.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.shortName} — {i.name}
                </option>
              ))}
            </NativeSelect>
          </FormField>
          <FormField id="bulk-responsible" label={t("responsible")} error={fieldErrors.responsibleUserId}>
            <NativeSelect value={responsible} onChange={(e) => setResponsible(e.target.value)}>
              <option value="">{t("keepResponsible")}</option>
              {people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name} ({shortName.get(p.institutionId) ?? "—"})
                </option>
              ))}
            </NativeSelect>
          </FormField>
          <FormField id="bulk-due-mode" label={t("due")} error={fieldErrors.dueMode}>
            <NativeSelect value={dueMode} onChange={(e) => setDueMode(e.target.value as typeof dueMode)}>
              <option value="keep">{t("dueKeep")}</option>
              <option value="set">{t("dueSet")}</option>
              <option value="shift">{t("dueShift")}</option>
            </NativeSelect>
          </FormField>
          {dueMode === "set" ? (
            <FormField id="bulk-due-date" label={t("dueDate")} error={fieldErrors.dueDate} required>
              <Input name="dueDate" type="date" />
            </FormField>
          ) : dueMode === "shift" ? (
            <FormField id="bulk-shift" label={t("shiftDays")} error={fieldErrors.shiftDays} required>
              <Input name="shiftDays" type="number" inputMode="numeric" min={-366} max={366} step={1} defaultValue={7} />
            </FormField>
          ) : null}
        </div>
        <div>
          <Button type="submit" disabled={pending || nothing}>
            {t("apply")}
          </Button>
        </div>
      </form>
    </section>
  );
}
