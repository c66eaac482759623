"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("status");
  return (
    <main id="main-content" className="flex min-h-[60vh] items-center justify-center px-4 py-16">
      <div className="max-w-md text-center" role="alert">
        <h1 className="text-2xl font-semibold tracking-tight">{t("errorTitle")}</h1>
        <p className="mt-2 text-muted-foreground">{t("errorText")}</p>
        {error.digest ? <code className="mt-2 inline-block rounded bg-muted px-2 py-1 text-sm">{error.digest}</code> : null}
        <div className="mt-6">
          <Button onClick={reset}>{t("retry")}</Button>
        </div>
      </div>
    </main>
  );
}
