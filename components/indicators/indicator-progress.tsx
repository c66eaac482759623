import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import { formatPercent, formatQuantity } from "@/lib/indicators/format";
import type { AppLocale } from "@/lib/i18n/config";

/**
 * "680 of 1,200 people (57%)" with a bar. The bar is decoration (aria-hidden): the sentence
 * next to it says everything, so no meter semantics are needed.
 */
export function IndicatorProgress({
  current,
  target,
  unit,
  progress,
  locale,
  size = "default",
}: {
  current: number;
  target: number;
  unit: string;
  progress: number;
  locale: AppLocale;
  size?: "default" | "large";
}) {
  const t = useTranslations("indicators");
  const width = Math.min(100, Math.max(0, progress * 100));
  return (
    <div className="flex flex-col gap-1.5">
      <p className={cn("tabular-nums", size === "large" ? "text-base" : "text-sm")}>
        {t.rich("progressText", {
          current: formatQuantity(current, locale),
          target: formatQuantity(target, locale),
          unit,
          percent: formatPercent(progress, locale),
          strong: (chunks) => <strong className={cn("font-semibold text-foreground", size === "large" && "text-2xl")}>{chunks}</strong>,
        })}
      </p>
      <div aria-hidden="true" className={cn("w-full overflow-hidden rounded-full bg-muted", size === "large" ? "h-3" : "h-2")}>
        <div className={cn("h-full rounded-full", progress >= 1 ? "bg-success" : "bg-primary")} style={{ width: `${width}%` }} />
      </div>
    </div>
  );
}
