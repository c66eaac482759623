import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FileQuestion, ShieldAlert } from "lucide-react";
import { Button } from "@/components/ui/button";

/** Full-page message for 403 and 404, translated. */
export async function StatusPage({ kind }: { kind: "forbidden" | "notFound" }) {
  const t = await getTranslations("status");
  const Icon = kind === "forbidden" ? ShieldAlert : FileQuestion;
  return (
    <main id="main-content" className="flex min-h-[60vh] items-center justify-center px-4 py-16">
      <div className="max-w-md text-center">
        <div className="mx-auto mb-4 flex size-12 items-center justify-center rounded-full bg-secondary text-secondary-foreground">
          <Icon className="size-6" aria-hidden="true" />
        </div>
        <h1 className="text-2xl font-semibold tracking-tight">{t(`${kind}Title`)}</h1>
        <p className="mt-2 text-muted-foreground">{t(`${kind}Text`)}</p>
        <Button asChild className="mt-6">
          <Link href="/dashboard">{t("home")}</Link>
        </Button>
      </div>
    </main>
  );
}
