"use client";
// The "new date poll" form: meeting details, an optional answer deadline and 2–20 slot rows
// (date + from + to, in the coordinator's own zone). Rows are added and removed with real
// buttons, and focus moves to the new row / the neighbouring row so keyboard users keep place.
import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Plus, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";
import { useServerAction } from "@/components/forms/use-server-action";
import { createPollAction } from "@/lib/polls/actions";
import { meetingKinds, POLL_DESCRIPTION_MAX, POLL_SLOTS_MAX, POLL_SLOTS_MIN, POLL_TITLE_MAX } from "@/lib/polls/schema";

type SlotRow = { key: number; date: string; start: string; end: string };

export function PollForm({ groupId, timeZone, minDate }: { groupId: string; timeZone: string; minDate: string }) {
  const t = useTranslations("polls");
  const router = useRouter();
  const nextKey = useRef(2);
  const [slots, setSlots] = useState<SlotRow[]>([
    { key: 0, date: "", start: "10:00", end: "12:00" },
    { key: 1, date: "", start: "10:00", end: "12:00" },
  ]);
  const rowRefs = useRef(new Map<number, HTMLInputElement>());
  const addButton = useRef<HTMLButtonElement>(null);
  const { run, pending, fieldErrors, formError } = useServerAction(createPollAction, {
    successMessage: t("form.created"),
    refresh: false,
    onSuccess: (data) => router.push(`/meetings/polls/${data.id}`),
  });

  const focusRow = (key: number | undefined) => {
    // After React has rendered the change.
    requestAnimationFrame(() => (key === undefined ? addButton.current?.focus() : rowRefs.current.get(key)?.focus()));
  };

  const addSlot = () => {
    const last = slots[slots.length - 1];
    const key = nextKey.current++;
    setSlots([...slots, { key, date: "", start: last?.start ?? "10:00", end: last?.end ?? "12:00" }]);
    focusRow(key);
  };

  const removeSlot = (index: number) => {
    const next = slots.filter((_, i) => i !== index);
    setSlots(next);
    focusRow((next[index] ?? next[index - 1])?.key);
  };

  const update = (index: number, field: "date" | "start" | "end", value: string) =>
    setSlots(slots.map((s, i) => (i === index ? { ...s, [field]: value } : s)));

  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "");
    void run({
      groupId,
      title: text("title"),
      description: text("description"),
      kind: text("kind") as (typeof meetingKinds)[number],
      place: text("place"),
      onlineUrl: text("onlineUrl"),
      deadlineDate: text("deadlineDate"),
      deadlineTime: text("deadlineTime"),
      slots: slots.map(({ date, start, end }) => ({ date, start, end })),
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-3xl flex-col gap-5">
      <p className="text-sm text-muted-foreground">{t("form.intro", { zone: timeZone })}</p>
      {formError ? (
        <p role="alert" className="rounded-md border border-destructive/30 bg-destructive-soft px-3 py-2 text-sm text-destructive-soft-foreground">
          {formError}
        </p>
      ) : null}
      <FormField id="poll-title" label={t("form.titleLabel")} error={fieldErrors.title} required>
        <Input name="title" maxLength={POLL_TITLE_MAX} autoComplete="off" />
      </FormField>
      <FormField id="poll-kind" label={t("form.kindLabel")} error={fieldErrors.kind} required>
        <NativeSelect name="kind" defaultValue="PLENARY">
          {meetingKinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kind.${kind}`)}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      <FormField id="poll-description" label={t("form.descriptionLabel")} error={fieldErrors.description}>
        <Textarea name="description" maxLength={POLL_DESCRIPTION_MAX} rows={3} />
      </FormField>
      <div className="grid gap-5 sm:grid-cols-2">
        <FormField id="poll-place" label={t("form.placeLabel")} error={fieldErrors.place}>
          <Input name="place" maxLength={500} autoComplete="off" />
        </FormField>
        <FormField id="poll-online" label={t("form.onlineUrlLabel")} description={t("form.onlineUrlHint")} error={fieldErrors.onlineUrl}>
          <Input name="onlineUrl" type="url" maxLength={2000} inputMode="url" />
        </FormField>
      </div>
      <div className="grid gap-5 sm:grid-cols-2">
        <FormField id="poll-deadline" label={t("form.deadlineLabel")} description={t("form.deadlineHint")} error={fieldErrors.deadlineDate}>
          <Input name="deadlineDate" type="date" min={minDate} />
        </FormField>
        <FormField id="poll-deadline-time" label={t("form.deadlineTimeLabel")} error={fieldErrors.deadlineTime}>
          <Input name="deadlineTime" type="time" />
        </FormField>
      </div>

      <fieldset className="flex flex-col gap-3 rounded-lg border p-4">
        <legend className="px-1 text-sm font-semibold">{t("form.slotsLegend")}</legend>
        <p className="text-sm text-muted-foreground" aria-live="polite">
          {t("form.slotsLimit", { count: slots.length })}
        </p>
        {fieldErrors.slots ? (
          <p role="alert" className="text-sm text-destructive">
            {fieldErrors.slots}
          </p>
        ) : null}
        <ol className="flex flex-col gap-3">
          {slots.map((slot, index) => {
            const number = index + 1;
            const err = (field: string) => fieldErrors[`slots.${index}.${field}`];
            return (
              <li key={slot.key} className="rounded-md bg-muted/40 p-3">
                <fieldset>
                  <legend className="mb-2 text-sm font-medium">{t("form.slotLabel", { number })}</legend>
                  <div className="grid grid-cols-2 items-start gap-3 sm:grid-cols-[1fr_8rem_8rem_auto]">
                    <FormField id={`slot-${slot.key}-date`} label={t("form.slotDate")} error={err("date")} required className="col-span-2 sm:col-span-1">
                      <Input
                        type="date"
                        min={minDate}
                        value={slot.date}
                        ref={(el) => {
                          if (el) rowRefs.current.set(slot.key, el);
                          else rowRefs.current.delete(slot.key);
                        }}
                        onChange={(e) => update(index, "date", e.target.value)}
                      />
                    </FormField>
                    <FormField id={`slot-${slot.key}-start`} label={t("form.slotStart")} error={err("start")} required>
                      <Input type="time" value={slot.start} onChange={(e) => update(index, "start", e.target.value)} />
                    </FormField>
                    <FormField id={`slot-${slot.key}-end`} label={t("form.slotEnd")} error={err("end")} required>
                      <Input type="time" value={slot.end} onChange={(e) => update(index, "end", e.target.value)} />
                    </FormField>
                    <Button
                      type="button"
                      variant="ghost"
                      size="icon"
                      className="col-span-2 justify-self-end sm:col-span-1 sm:mt-7"
                      onClick={() => removeSlot(index)}
                      disabled={slots.length <= POLL_SLOTS_MIN}
                      aria-label={t("form.removeSlot", { number })}
                      title={t("form.removeSlot", { number })}
                    >
                      <Trash2 aria-hidden="true" />
                    </Button>
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ol>
        <div>
          <Button ref={addButton} type="button" variant="outline" onClick={addSlot} disabled={slots.length >= POLL_SLOTS_MAX}>
            <Plus aria-hidden="true" />
            {t("form.addSlot")}
          </Button>
        </div>
      </fieldset>

      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={pending} aria-busy={pending || undefined}>
          {t("form.submit")}
        </Button>
        <Button type="button" variant="ghost" onClick={() => router.push("/meetings/polls")}>
          {t("form.cancel")}
        </Button>
      </div>
    </form>
  );
}
