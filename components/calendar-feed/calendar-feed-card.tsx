"use client";
// The personal calendar feed on the profile page: enable, copy the URL (shown only right after
// it is created: the server keeps just a hash), regenerate, or turn it off.
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Check, Copy } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { ConfirmActionDialog } from "@/components/forms/confirm-action-dialog";
import { useServerAction } from "@/components/forms/use-server-action";
import { disableCalendarFeedAction, enableCalendarFeedAction } from "@/lib/calendar-feed/actions";

export function CalendarFeedCard({ enabled, createdAtLabel }: { enabled: boolean; createdAtLabel: string | null }) {
  const t = useTranslations("calendar-feed");
  const tc = useTranslations("common");
  const [url, setUrl] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const enable = useServerAction(enableCalendarFeedAction, {
    successMessage: enabled ? t("regenerated") : t("enabled"),
    onSuccess: (data) => {
      setUrl(data.url);
      setCopied(false);
    },
  });
  const disable = useServerAction(disableCalendarFeedAction, { successMessage: t("disabled"), onSuccess: () => setUrl(null) });

  return (
    <div className="space-y-4 text-sm">
      {url ? (
        <div className="space-y-2">
          <label htmlFor="calendar-feed-url" className="font-medium">
            {t("urlLabel")}
          </label>
          <div className="flex min-w-0 gap-2">
            <Input id="calendar-feed-url" readOnly value={url} onFocus={(e) => e.currentTarget.select()} className="min-w-0 font-mono text-xs" />
            <Button
              type="button"
              variant="outline"
              onClick={() => {
                void navigator.clipboard?.writeText(url).then(() => setCopied(true));
              }}
            >
              {copied ? <Check aria-hidden="true" /> : <Copy aria-hidden="true" />}
              {copied ? t("copied") : t("copy")}
            </Button>
          </div>
          <p className="text-muted-foreground">{t("shownOnce")}</p>
          <details className="rounded-md border p-3">
            <summary className="cursor-pointer font-medium">{t("howTo.title")}</summary>
            <ul className="mt-2 list-disc space-y-1 pl-5 text-muted-foreground">
              <li>{t("howTo.outlook")}</li>
              <li>{t("howTo.google")}</li>
              <li>{t("howTo.thunderbird")}</li>
            </ul>
          </details>
        </div>
      ) : enabled ? (
        <p>{createdAtLabel ? t("activeSince", { date: createdAtLabel }) : t("active")}</p>
      ) : (
        <p className="text-muted-foreground">{t("off")}</p>
      )}
      <div className="flex flex-wrap gap-2">
        {enabled ? (
          <>
            <ConfirmActionDialog
              trigger={<Button variant="outline">{t("regenerate")}</Button>}
              title={t("regenerateTitle")}
              description={t("regenerateDescription")}
              cancelLabel={tc("cancel")}
              confirmLabel={t("regenerate")}
              variant="default"
              pending={enable.pending}
              onConfirm={() => enable.run({})}
            />
            <ConfirmActionDialog
              trigger={<Button variant="ghost">{t("disable")}</Button>}
              title={t("disableTitle")}
              description={t("disableDescription")}
              cancelLabel={tc("cancel")}
              confirmLabel={t("disable")}
              pending={disable.pending}
              onConfirm={() => disable.run({})}
            />
          </>
        ) : (
          <Button onClick={() => void enable.run({})} disabled={enable.pending}>
            {t("enable")}
          </Button>
        )}
      </div>
    </div>
  );
}
