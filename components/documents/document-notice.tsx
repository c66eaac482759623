import { Archive, Eye, MessageSquare } from "lucide-react";
import { cn } from "@/components/ui/cn";

const icons = { archived: Archive, comment: MessageSquare, read: Eye } as const;

/** One line above the editor saying why it is read-only (archived, reviewer, observer). */
export function DocumentNotice({ kind, children }: { kind: keyof typeof icons; children: React.ReactNode }) {
  const Icon = icons[kind];
  return (
    <p
      role="status"
      className={cn(
        "mb-4 flex items-start gap-2.5 rounded-lg border px-4 py-2.5 text-sm",
        kind === "archived"
          ? "border-warning-soft-foreground/20 bg-warning-soft text-warning-soft-foreground"
          : "border-info-soft-foreground/15 bg-info-soft text-info-soft-foreground",
      )}
    >
      <Icon aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
      <span>{children}</span>
    </p>
  );
}
