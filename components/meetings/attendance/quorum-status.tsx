import { useTranslations } from "next-intl";
import { CircleCheck, CircleAlert } from "lucide-react";
import { cn } from "@/components/ui/cn";
import type { Quorum } from "@/lib/attendance/quorum";

/** "Kworum: 6 z 11 instytucji (wymagane 6) — osiągnięte", announced when it changes. */
export function QuorumStatus({ quorum, quorumPercent, className }: { quorum: Quorum; quorumPercent: number; className?: string }) {
  const t = useTranslations("attendance");
  const Icon = quorum.reached ? CircleCheck : CircleAlert;
  return (
    <div className={cn("space-y-1", className)}>
      <p
        role="status"
        aria-live="polite"
        className={cn(
          "inline-flex items-center gap-2 rounded-md border px-3 py-2 font-medium print:border-0 print:p-0",
          quorum.reached
            ? "border-success-soft-foreground/20 bg-success-soft text-success-soft-foreground"
            : "border-warning-soft-foreground/20 bg-warning-soft text-warning-soft-foreground",
        )}
      >
        <Icon aria-hidden="true" className="size-4 shrink-0 print:hidden" />
        {quorum.total === 0
          ? t("quorumNoInstitutions")
          : t("quorum", { present: quorum.present, total: quorum.total, required: quorum.required, reached: String(quorum.reached) })}
      </p>
      <p className="text-sm text-muted-foreground">{t("quorumRule", { percent: quorumPercent })}</p>
    </div>
  );
}
