"use client";
// Runs a server action from a form or button: pending state, translated field errors,
// a toast for the outcome. Every form in the app uses this instead of its own plumbing.
import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import type { ActionResult } from "@/lib/safe-action/types";

type Options<R> = {
  /** Toast shown on success (already translated). */
  successMessage?: string | ((data: R) => string);
  onSuccess?: (data: R) => void;
  /** Re-render server components after success (default true). */
  refresh?: boolean;
};

export function useServerAction<I, R>(action: (input: I) => Promise<ActionResult<R>>, options: Options<R> = {}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  // The outcome is handled with the newest options, not those of the render that submitted:
  // callers often set state (e.g. the typed password) right before calling run().
  const optionsRef = useRef(options);
  useEffect(() => {
    optionsRef.current = options;
  });

  const run = useCallback(
    (input: I) =>
      new Promise<ActionResult<R>>((resolve) => {
        startTransition(async () => {
          let result: ActionResult<R>;
          try {
            result = await action(input);
          } catch {
            // Network failure or a server crash: keep the form as typed and say so.
            result = { ok: false, code: "INTERNAL", message: navigator.onLine ? "—" : "offline" };
          }
          const options = optionsRef.current;
          if (result.ok) {
            setFieldErrors({});
            setFormError(null);
            const msg = typeof options.successMessage === "function" ? options.successMessage(result.data) : options.successMessage;
            if (msg) toast.success(msg);
            options.onSuccess?.(result.data);
            if (options.refresh !== false) router.refresh();
          } else {
            setFieldErrors(result.fieldErrors ?? {});
            setFormError(result.message);
            toast.error(result.message);
          }
          resolve(result);
        });
      }),
    [action, router],
  );

  return { run, pending, fieldErrors, formError };
}
