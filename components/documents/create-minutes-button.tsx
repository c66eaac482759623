"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { FilePlus2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { useServerAction } from "@/components/forms/use-server-action";
import { createMinutesAction } from "@/lib/documents/actions";

/** Creates the meeting's minutes from the template (or finds them) and opens them. */
export function CreateMinutesButton({ meetingId }: { meetingId: string }) {
  const t = useTranslations("documents.minutes");
  const router = useRouter();
  const { run, pending } = useServerAction(createMinutesAction, {
    successMessage: t("created"),
    onSuccess: (d) => router.push(`/documents/${d.id}`),
    refresh: false,
  });
  return (
    <Button variant="outline" size="sm" disabled={pending} onClick={() => void run({ meetingId })}>
      <FilePlus2 aria-hidden="true" />
      {pending ? t("creating") : t("create")}
    </Button>
  );
}
