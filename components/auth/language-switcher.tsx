"use client";
import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { Languages } from "lucide-react";
import { switchLocaleAction } from "@/lib/account/actions";

const labels = { pl: "Polski", en: "English" } as const;

/** Signed-out language switch; the choice is kept in a cookie. */
export function LanguageSwitcher({ locale }: { locale: "pl" | "en" }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const other = locale === "pl" ? "en" : "pl";
  return (
    <button
      type="button"
      disabled={pending}
      lang={other}
      onClick={() =>
        start(async () => {
          await switchLocaleAction({ locale: other });
          router.refresh();
        })
      }
      className="inline-flex items-center gap-2 rounded-md px-3 py-2 text-sm font-medium text-muted-foreground hover:bg-accent hover:text-foreground"
    >
      <Languages className="size-4" aria-hidden="true" />
      {labels[other]}
    </button>
  );
}
