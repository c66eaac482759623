"use client";
import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { ArrowRightLeft } from "lucide-react";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { switchGroup } from "@/lib/groups/actions";

/** Makes this group the one the user works in (what the sidebar's group switcher does). */
export function SwitchGroupButton({ groupId }: { groupId: string }) {
  const t = useTranslations("groups");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  function onClick() {
    startTransition(async () => {
      const result = await switchGroup(groupId);
      if (!result.ok) {
        toast.error(result.message);
        return;
      }
      toast.success(t("switched"));
      router.refresh();
    });
  }
  return (
    <Button variant="outline" onClick={onClick} disabled={pending}>
      <ArrowRightLeft aria-hidden="true" />
      {t("switchHere")}
    </Button>
  );
}
