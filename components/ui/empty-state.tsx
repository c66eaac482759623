import * as React from "react";
import { cn } from "@/components/ui/cn";

export type EmptyStateProps = {
  /** A lucide icon component, e.g. CalendarDays. */
  icon?: React.ComponentType<{ className?: string; "aria-hidden"?: boolean | "true" }>;
  title: string;
  description?: React.ReactNode;
  /** Usually one primary button or link that gets the user out of the empty state. */
  action?: React.ReactNode;
  /** Heading level, to keep the page outline right. */
  headingLevel?: "h2" | "h3";
  className?: string;
};

export function EmptyState({ icon: Icon, title, description, action, headingLevel = "h2", className }: EmptyStateProps) {
  const Heading = headingLevel;
  return (
    <div
      className={cn(
        "flex flex-col items-center justify-center rounded-lg border border-dashed border-input/50 bg-card px-6 py-12 text-center",
        className,
      )}
    >
      {Icon ? (
        <div className="mb-4 flex size-12 items-center justify-center rounded-full bg-secondary text-secondary-foreground">
          <Icon aria-hidden="true" className="size-6" />
        </div>
      ) : null}
      <Heading className="text-base font-semibold">{title}</Heading>
      {description ? <div className="mt-1.5 max-w-md text-sm text-muted-foreground">{description}</div> : null}
      {action ? <div className="mt-5 flex flex-wrap justify-center gap-2">{action}</div> : null}
    </div>
  );
}
