// An answer shown as icon + word (never colour alone), for the table and the history list.
import { Check, CircleHelp, Minus, X } from "lucide-react";
import type { PollAnswerValue } from "@/lib/generated/prisma/enums";
import { cn } from "@/components/ui/cn";

export const answerStyles: Record<PollAnswerValue, { icon: typeof Check; className: string }> = {
  YES: { icon: Check, className: "text-success-soft-foreground bg-success-soft" },
  IF_NEED_BE: { icon: CircleHelp, className: "text-warning-soft-foreground bg-warning-soft" },
  NO: { icon: X, className: "text-muted-foreground bg-muted" },
};

export function AnswerLabel({ value, label, className }: { value: PollAnswerValue | null; label: string; className?: string }) {
  if (!value) {
    return (
      <span className={cn("inline-flex items-center gap-1 text-xs text-muted-foreground", className)}>
        <Minus aria-hidden="true" className="size-3.5" />
        {label}
      </span>
    );
  }
  const { icon: Icon, className: tone } = answerStyles[value];
  return (
    <span className={cn("inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap", tone, className)}>
      <Icon aria-hidden="true" className="size-3.5" />
      {label}
    </span>
  );
}
