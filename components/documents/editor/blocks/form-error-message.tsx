"use client";
// The message at the top of a block dialog when saving failed for a reason no field shows.
// Focusable (tabIndex -1), so the dialog can move focus to it after a failed submit.
import { CircleAlert } from "lucide-react";

export function FormErrorMessage({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <div
      role="alert"
      tabIndex={-1}
      data-form-error
      className="flex items-start gap-2 rounded-md border border-destructive/30 bg-destructive-soft px-3 py-2 text-sm text-destructive-soft-foreground focus-visible:outline-2 focus-visible:outline-ring"
    >
      <CircleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
      <p>{message}</p>
    </div>
  );
}
