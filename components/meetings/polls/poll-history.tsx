// "History of changes" for coordinators: who changed which answer, from what to what, when.
import { getTranslations } from "next-intl/server";
import { AnswerLabel } from "@/components/meetings/polls/answer-label";
import type { PollAnswerValue } from "@/lib/generated/prisma/enums";

export type PollHistoryEntry = {
  id: string;
  who: string;
  slotLabel: string;
  previous: PollAnswerValue | null;
  value: PollAnswerValue;
  when: string;
  whenIso: string;
};

export async function PollHistory({ entries }: { entries: PollHistoryEntry[] }) {
  const t = await getTranslations("polls");
  return (
    <section aria-labelledby="poll-history-heading" className="rounded-lg border bg-card p-4">
      <h2 id="poll-history-heading" className="mb-3 text-base font-semibold">
        {t("history.heading")}
      </h2>
      {entries.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t("history.empty")}</p>
      ) : (
        <ol className="flex max-h-96 flex-col gap-2 overflow-y-auto text-sm">
          {entries.map((e) => (
            <li key={e.id} className="flex flex-wrap items-center gap-x-2 gap-y-1 border-b pb-2 last:border-b-0">
              <time dateTime={e.whenIso} className="text-xs text-muted-foreground tabular-nums">
                {e.when}
              </time>
              <span className="font-medium">{e.who}</span>
              <span className="text-muted-foreground">{e.slotLabel}:</span>
              <AnswerLabel value={e.previous} label={e.previous ? t(`answer.${e.previous}`) : t("history.first")} />
              <span aria-hidden="true">→</span>
              <span className="sr-only">→</span>
              <AnswerLabel value={e.value} label={t(`answer.${e.value}`)} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
