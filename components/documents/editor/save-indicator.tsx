"use client";
// "Saved" / "Saving…" / "Offline — changes kept on this device", read-only and errors. The
// visible text follows every change; the live region waits until the state settles, so a
// screen reader hears "Saved" once after typing, not "Saving… Saved" on every keystroke.
import { useEffect, useState } from "react";
import { Check, Cloud, CloudOff, Eye, LoaderCircle, TriangleAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { saveIndicatorFor, type ProviderState, type SaveIndicator as Indicator } from "@/lib/collab/client/socket-provider";

const SETTLE_MS = 1_200;

function useSettled<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

function textFor(indicator: Indicator, t: ReturnType<typeof useTranslations<"editor">>): string {
  switch (indicator.kind) {
    case "connecting":
      return t("save.connecting");
    case "saved":
      return t("save.saved");
    case "saving":
      return t("save.saving");
    case "offline":
      return t("save.offline");
    case "readOnly":
      return t("save.readOnly");
    case "error":
      return t(`collabErrors.${indicator.code}`);
  }
}

export function SaveIndicator({ state }: { state: ProviderState }) {
  const t = useTranslations("editor");
  const indicator = saveIndicatorFor(state);
  const text = textFor(indicator, t);
  const announced = useSettled(text, SETTLE_MS);
  const Icon =
    indicator.kind === "saved"
      ? Check
      : indicator.kind === "saving" || indicator.kind === "connecting"
        ? LoaderCircle
        : indicator.kind === "offline"
          ? CloudOff
          : indicator.kind === "readOnly"
            ? Eye
            : indicator.kind === "error"
              ? TriangleAlert
              : Cloud;
  const tone =
    indicator.kind === "error"
      ? "text-destructive-soft-foreground"
      : indicator.kind === "offline"
        ? "text-warning-soft-foreground"
        : indicator.kind === "saved"
          ? "text-success-soft-foreground"
          : "text-muted-foreground";
  return (
    <div className={cn("flex min-w-0 items-center gap-1.5 text-sm", tone)} data-save-state={indicator.kind}>
      <Icon aria-hidden="true" className={cn("size-4 shrink-0", (indicator.kind === "saving" || indicator.kind === "connecting") && "animate-spin")} />
      <span aria-hidden="true" className="truncate" title={text}>
        {text}
      </span>
      <span role="status" aria-live="polite" className="sr-only">
        {t("save.label")}: {announced}
      </span>
    </div>
  );
}

/** Fatal errors end the session: say why and offer the way out. */
export function CollabFatalBanner({ state }: { state: ProviderState }) {
  const t = useTranslations("editor");
  if (!state.error?.fatal) return null;
  const signIn = state.error.code === "UNAUTHENTICATED" || state.error.code === "ACCESS_REVOKED";
  return (
    <div role="alert" className="flex flex-wrap items-center gap-3 border-b border-destructive-soft-foreground/20 bg-destructive-soft px-4 py-3 text-sm text-destructive-soft-foreground">
      <TriangleAlert aria-hidden="true" className="size-4 shrink-0" />
      <p className="min-w-0 flex-1">{t(`collabErrors.${state.error.code}`)}</p>
      {signIn ? (
        <Button asChild size="sm" variant="outline">
          <a href="/sign-in">{t("save.signIn")}</a>
        </Button>
      ) : (
        <Button size="sm" variant="outline" onClick={() => window.location.reload()}>
          {t("save.reload")}
        </Button>
      )}
    </div>
  );
}
