import * as React from "react";
import { cn } from "@/components/ui/cn";

/**
 * The Quorum mark: a round table seen from above (ring with its centre) whose tail makes it a "Q",
 * on a rounded tile. `tone` picks tile/ink colours for dark or light surfaces.
 */
export function QuorumMark({ className, tone = "light" }: { className?: string; tone?: "light" | "dark" }) {
  const tile = tone === "dark" ? "fill-sidebar-primary" : "fill-primary";
  const ink = tone === "dark" ? "text-sidebar" : "text-primary-foreground";
  return (
    <svg viewBox="0 0 32 32" aria-hidden="true" focusable="false" className={cn("size-8 shrink-0", className)}>
      <rect width="32" height="32" rx="8" className={tile} />
      <g className={ink}>
        <circle cx="15.5" cy="15" r="8" fill="none" stroke="currentColor" strokeWidth="3.2" />
        <circle cx="15.5" cy="15" r="2.6" fill="currentColor" />
        <path d="M18 21.5 24.5 25" stroke="currentColor" strokeWidth="3.2" strokeLinecap="round" />
      </g>
    </svg>
  );
}

/** Mark + name, for the sidebar (tone "dark") and the mobile top bar (tone "light"). */
export function QuorumWordmark({ className, markClassName, tone = "light" }: { className?: string; markClassName?: string; tone?: "light" | "dark" }) {
  return (
    <span className={cn("inline-flex items-center gap-2.5", className)}>
      <QuorumMark className={markClassName} tone={tone} />
      <span className="text-[1.0625rem] font-semibold tracking-[-0.01em]">Quorum</span>
    </span>
  );
}
