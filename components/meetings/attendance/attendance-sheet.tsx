"use client";
// Present / absent / excused per person, as an accessible radio group per row; each change
// is saved at once.
import * as React from "react";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { useServerAction } from "@/components/forms/use-server-action";
import { markAttendanceAction } from "@/lib/attendance/actions";
import { attendanceStatuses } from "@/lib/attendance/schema";

type Status = (typeof attendanceStatuses)[number];
export type SheetPerson = { id: string; name: string; status: Status | null; invited: boolean };
export type SheetInstitution = { key: string; label: string; note: string | null; people: SheetPerson[] };

const tone: Record<Status, string> = {
  PRESENT: "peer-checked:border-success-soft-foreground/40 peer-checked:bg-success-soft peer-checked:text-success-soft-foreground",
  ABSENT: "peer-checked:border-destructive-soft-foreground/40 peer-checked:bg-destructive-soft peer-checked:text-destructive-soft-foreground",
  EXCUSED: "peer-checked:border-warning-soft-foreground/40 peer-checked:bg-warning-soft peer-checked:text-warning-soft-foreground",
};

export function AttendanceSheet({ meetingId, institutions, canMark }: { meetingId: string; institutions: SheetInstitution[]; canMark: boolean }) {
  const t = useTranslations("attendance");
  return (
    <div className="grid gap-4">
      {institutions.map((group) => (
        <section key={group.key} aria-labelledby={`att-inst-${group.key}`} className="rounded-lg border bg-card">
          <h3 id={`att-inst-${group.key}`} className="flex flex-wrap items-center gap-2 border-b px-4 py-3 font-medium">
            {group.label}
            {group.note ? <Badge variant="muted">{group.note}</Badge> : null}
          </h3>
          <ul className="divide-y">
            {group.people.map((person) => (
              <PersonRow key={person.id} meetingId={meetingId} person={person} canMark={canMark} invitedLabel={t("invited")} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function PersonRow({ meetingId, person, canMark, invitedLabel }: { meetingId: string; person: SheetPerson; canMark: boolean; invitedLabel: string }) {
  const t = useTranslations("attendance");
  const [value, setValue] = React.useOptimistic(person.status);
  const { run } = useServerAction(markAttendanceAction, {
    successMessage: (data) => t("saved", { name: person.name, status: t(`status${data.status}`) }),
  });
  const name = `att-${person.id}`;

  function change(status: Status) {
    React.startTransition(async () => {
      setValue(status);
      await run({ meetingId, userId: person.id, status });
    });
  }

  return (
    <li className="flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-center sm:justify-between">
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-medium">{person.name}</span>
        {person.invited ? <span className="text-xs text-muted-foreground">({invitedLabel})</span> : null}
      </div>
      {canMark ? (
        <fieldset className="flex flex-wrap gap-2">
          <legend className="sr-only">{t("statusFor", { name: person.name })}</legend>
          {attendanceStatuses.map((status) => (
            <label key={status} className="relative">
              <input
                type="radio"
                name={name}
                value={status}
                checked={value === status}
                onChange={() => change(status)}
                className="peer absolute inset-0 size-full cursor-pointer opacity-0"
              />
              <span
                className={cn(
                  "inline-flex h-9 items-center rounded-md border px-3 text-sm transition-colors",
                  "peer-hover:bg-accent peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-ring",
                  tone[status],
                )}
              >
                {t(`status${status}`)}
              </span>
            </label>
          ))}
        </fieldset>
      ) : (
        <span className="text-sm">
          {value ? <Badge variant={value === "PRESENT" ? "success" : value === "ABSENT" ? "destructive" : "warning"}>{t(`status${value}`)}</Badge> : <span className="text-muted-foreground">{t("notMarked")}</span>}
        </span>
      )}
    </li>
  );
}
