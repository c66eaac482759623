import * as React from "react";
import { LoaderCircle } from "lucide-react";
import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";

/** A busy indicator announced politely to screen readers ("Loading…" unless a label is given). */
export function Spinner({ className, label, ...props }: React.ComponentProps<"span"> & { label?: string }) {
  const t = useTranslations("common");
  return (
    <span role="status" className={cn("inline-flex items-center gap-2 text-muted-foreground", className)} {...props}>
      <LoaderCircle aria-hidden="true" className="size-4 animate-spin" />
      <span className="sr-only">{label ?? t("loading")}</span>
    </span>
  );
}
