"use client";
// The answer table: people of the group (grouped by institution) × proposed slots, in the
// viewer's time zone. The signed-in person's row is a radio group per slot (native radios:
// arrow keys move within a slot, Tab to the next slot); everyone else's answers are read-only.
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Star } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { useServerAction } from "@/components/forms/use-server-action";
import { AnswerLabel, answerStyles } from "@/components/meetings/polls/answer-label";
import type { PollAnswerValue } from "@/lib/generated/prisma/enums";
import { answerPollAction } from "@/lib/polls/actions";

export type PollTableSlot = {
  id: string;
  dateLabel: string;
  timeLabel: string;
  fullLabel: string;
  yes: number;
  ifNeedBe: number;
  institutionsWithYes: number;
  best: boolean;
};
export type PollTablePerson = { id: string; name: string; answers: Record<string, PollAnswerValue> };
export type PollTableGroup = { key: string; name: string; people: PollTablePerson[] };

const VALUES: PollAnswerValue[] = ["YES", "IF_NEED_BE", "NO"];

export function PollAnswerTable({
  pollId,
  slots,
  groups,
  viewerId,
  canAnswer,
}: {
  pollId: string;
  slots: PollTableSlot[];
  groups: PollTableGroup[];
  viewerId: string;
  canAnswer: boolean;
}) {
  const t = useTranslations("polls");
  const viewer = groups.flatMap((g) => g.people).find((p) => p.id === viewerId);
  const [mine, setMine] = useState<Record<string, PollAnswerValue>>(viewer?.answers ?? {});
  const { run } = useServerAction(answerPollAction);

  const answer = async (slotId: string, value: PollAnswerValue) => {
    const before = mine;
    setMine({ ...mine, [slotId]: value });
    const result = await run({ pollId, answers: [{ slotId, value }] });
    // Refused (deadline passed, closed meanwhile): show what is really stored.
    if (!result.ok) setMine(before);
  };

  const columns = slots.length + 1;
  return (
    <div className="overflow-x-auto rounded-lg border bg-card" role="region" aria-labelledby="poll-table-caption" tabIndex={0}>
      <table className="w-full min-w-max border-collapse text-sm">
        <caption id="poll-table-caption" className="sr-only">
          {t("detail.tableCaption")}
        </caption>
        <thead>
          <tr className="border-b bg-muted/50">
            <th scope="col" className="sticky left-0 z-10 bg-muted px-3 py-2 text-left font-medium">
              {t("detail.person")}
            </th>
            {slots.map((slot) => (
              <th
                key={slot.id}
                scope="col"
                className={cn("px-3 py-2 text-left align-bottom font-medium", slot.best && "bg-success-soft/60")}
              >
                <span className="block whitespace-nowrap">{slot.dateLabel}</span>
                <span className="block font-normal whitespace-nowrap text-muted-foreground">{slot.timeLabel}</span>
                {slot.best ? (
                  <Badge variant="success" className="mt-1">
                    <Star aria-hidden="true" />
                    {t("detail.best")}
                  </Badge>
                ) : null}
              </th>
            ))}
          </tr>
        </thead>
        {groups.map((group) => (
          <tbody key={group.key} className="border-b">
            <tr className="bg-muted/30">
              <th scope="colgroup" colSpan={columns} className="sticky left-0 px-3 py-1.5 text-left text-xs font-semibold tracking-wide text-muted-foreground uppercase">
                {group.name}
              </th>
            </tr>
            {group.people.map((person) => {
              const isViewer = person.id === viewerId;
              return (
                <tr key={person.id} className={cn("border-t", isViewer && "bg-primary/5")}>
                  <th scope="row" className={cn("sticky left-0 z-10 max-w-[40vw] bg-card px-3 py-2 text-left font-normal sm:max-w-none sm:whitespace-nowrap", isViewer && "bg-accent font-medium")}>
                    {person.name} {isViewer ? <span className="text-muted-foreground">{t("detail.you")}</span> : null}
                  </th>
                  {slots.map((slot) => {
                    const value = isViewer ? (mine[slot.id] ?? null) : (person.answers[slot.id] ?? null);
                    return (
                      <td key={slot.id} className={cn("px-3 py-2 align-middle", slot.best && "bg-success-soft/30")}>
                        {isViewer && canAnswer ? (
                          <fieldset className="flex flex-col gap-1">
                            <legend className="sr-only">{t("answer.yourAnswer", { slot: slot.fullLabel })}</legend>
                            {VALUES.map((v) => {
                              const { icon: Icon, className: tone } = answerStyles[v];
                              const checked = value === v;
                              return (
                                <label
                                  key={v}
                                  className={cn(
                                    "flex cursor-pointer items-center gap-1.5 rounded-md border px-2 py-1 text-xs whitespace-nowrap has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring",
                                    checked ? cn(tone, "border-current font-semibold") : "border-transparent hover:bg-accent",
                                  )}
                                >
                                  <input
                                    type="radio"
                                    className="size-3.5 accent-current"
                                    name={`answer-${slot.id}`}
                                    value={v}
                                    checked={checked}
                                    onChange={() => void answer(slot.id, v)}
                                  />
                                  <Icon aria-hidden="true" className="size-3.5" />
                                  {t(`answer.${v}`)}
                                </label>
                              );
                            })}
                          </fieldset>
                        ) : (
                          <AnswerLabel value={value} label={value ? t(`answer.${value}`) : t("answer.none")} />
                        )}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        ))}
        <tfoot className="border-t-2 bg-muted/40 text-sm">
          {(
            [
              ["totalYes", (s: PollTableSlot) => s.yes],
              ["totalIfNeedBe", (s: PollTableSlot) => s.ifNeedBe],
              ["institutionsWithYes", (s: PollTableSlot) => s.institutionsWithYes],
            ] as const
          ).map(([key, pick]) => (
            <tr key={key} className="border-t">
              <th scope="row" className="sticky left-0 z-10 bg-muted px-3 py-2 text-left font-medium">
                {t(`detail.${key}`)}
              </th>
              {slots.map((slot) => (
                <td key={slot.id} className={cn("px-3 py-2 font-semibold tabular-nums", slot.best && "bg-success-soft/60")}>
                  {pick(slot)}
                </td>
              ))}
            </tr>
          ))}
        </tfoot>
      </table>
    </div>
  );
}
