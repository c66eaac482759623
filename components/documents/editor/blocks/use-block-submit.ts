"use client";
// Submitting a block dialog: pending state, translated field errors next to their fields, and
// everything else (a refusal, a problem with a field the dialog does not show, such as the
// meeting) as one message at the top. Focus moves to the first problem, so keyboard and
// screen-reader users land on it.
import { useCallback, useEffect, useRef, useState, type RefObject } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/safe-action/types";

export type BlockSubmit<I, R> = {
  submit: (input: I) => Promise<R | null>;
  pending: boolean;
  fieldErrors: Record<string, string>;
  formError: string | null;
  formRef: RefObject<HTMLFormElement | null>;
  reset: () => void;
};

export function useBlockSubmit<I, R>(action: (input: I) => Promise<ActionResult<R>>, fields: readonly string[]): BlockSubmit<I, R> {
  const t = useTranslations("document-blocks");
  const [pending, setPending] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement | null>(null);
  // Bumped on each failure; the effect below runs once React has rendered the messages.
  const [failures, setFailures] = useState(0);
  const pendingRef = useRef(false);

  useEffect(() => {
    if (failures === 0) return;
    const form = formRef.current;
    const target = form?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form?.querySelector<HTMLElement>("[data-form-error]");
    target?.focus();
  }, [failures]);

  const reset = useCallback(() => {
    setFieldErrors({});
    setFormError(null);
  }, []);

  const submit = useCallback(
    async (input: I): Promise<R | null> => {
      // The submit button stays focusable while saving (disabling it would drop the focus).
      if (pendingRef.current) return null;
      pendingRef.current = true;
      setPending(true);
      let result: ActionResult<R>;
      try {
        result = await action(input);
      } catch {
        result = { ok: false, code: "INTERNAL", message: navigator.onLine ? t("failed") : t("offline") };
      }
      pendingRef.current = false;
      setPending(false);
      if (result.ok) {
        reset();
        return result.data;
      }
      const own: Record<string, string> = {};
      const other: string[] = [];
      for (const [field, message] of Object.entries(result.fieldErrors ?? {})) {
        if (fields.includes(field)) own[field] = message;
        else other.push(message);
      }
      setFieldErrors(own);
      // A validation error on shown fields speaks for itself; anything else needs the message.
      const onlyOwn = result.code === "VALIDATION" && other.length === 0 && Object.keys(own).length > 0;
      setFormError(onlyOwn ? null : [result.message, ...other].join(" "));
      setFailures((n) => n + 1);
      return null;
    },
    [action, fields, reset, t],
  );

  return { submit, pending, fieldErrors, formError, formRef, reset };
}
