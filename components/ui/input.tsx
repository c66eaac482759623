import * as React from "react";
import { cn } from "@/components/ui/cn";

/** Shared look of single-line text controls (input, native select, search). */
export const inputClassName = cn(
  "flex h-10 w-full min-w-0 rounded-md border border-input bg-card px-3 py-2 text-base text-foreground shadow-xs sm:text-sm",
  "placeholder:text-muted-foreground/80 transition-colors",
  "focus-visible:border-ring focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-ring/40",
  "disabled:cursor-not-allowed disabled:bg-muted disabled:opacity-70",
  "aria-[invalid=true]:border-destructive aria-[invalid=true]:focus-visible:outline-destructive/40",
  "file:mr-3 file:border-0 file:bg-transparent file:text-sm file:font-medium",
);

export function Input({ className, type = "text", ...props }: React.ComponentProps<"input">) {
  return <input type={type} className={cn(inputClassName, className)} {...props} />;
}
