import "server-only";
// The one chain every server action goes through:
//   session → zod input → permission → mutation → translated result.
// Actions never throw to the client: they return { ok: false, code, message, fieldErrors }.
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import { AppError, type ErrorCode, type FieldErrors } from "@/lib/errors/app-error";
import { zodToFieldErrors } from "@/lib/errors/zod-issues";
import { logger } from "@/lib/log/logger";

import type { ActionResult } from "@/lib/safe-action/types";

export type { ActionResult };

type Context<I> = { current: CurrentUser; input: I };

export type ActionDefinition<S extends z.ZodType, R> = {
  /** For logs: "institution.create". */
  name: string;
  input: S;
  /** Return false (or throw AppError) to refuse; runs after the input is valid. */
  authorize: (ctx: Context<z.infer<S>>) => boolean | Promise<boolean>;
  run: (ctx: Context<z.infer<S>>) => Promise<R>;
};

export type PublicActionDefinition<S extends z.ZodType, R> = {
  name: string;
  input: S;
  run: (ctx: { current: CurrentUser | null; input: z.infer<S> }) => Promise<R>;
};

export function defineAction<S extends z.ZodType, R>(def: ActionDefinition<S, R>) {
  return async (raw: z.input<S> | FormData): Promise<ActionResult<R>> => {
    try {
      const current = await getCurrentUser();
      if (!current) throw new AppError("UNAUTHENTICATED");
      const input = parseInput(def.input, raw);
      if (!(await def.authorize({ current, input }))) throw new AppError("FORBIDDEN");
      const data = await def.run({ current, input });
      return { ok: true, data };
    } catch (error) {
      return toFailure(error, def.name);
    }
  };
}

/** For flows without a session (accepting an invitation, resetting a password, first run). */
export function definePublicAction<S extends z.ZodType, R>(def: PublicActionDefinition<S, R>) {
  return async (raw: z.input<S> | FormData): Promise<ActionResult<R>> => {
    try {
      const current = await getCurrentUser();
      const input = parseInput(def.input, raw);
      return { ok: true, data: await def.run({ current, input }) };
    } catch (error) {
      return toFailure(error, def.name);
    }
  };
}

function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.infer<S> {
  const value = raw instanceof FormData ? formDataToObject(raw) : raw;
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new AppError("VALIDATION", { fieldErrors: zodToFieldErrors(parsed.error) });
  return parsed.data;
}

export function formDataToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) {
    if (key.startsWith("$ACTION")) continue;
    if (key in out) out[key] = ([] as unknown[]).concat(out[key], value);
    else out[key] = value;
  }
  return out;
}

/** Maps known database errors to user-facing codes; anything else is INTERNAL and logged. */
export function normaliseError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const code = (error as { code?: string } | null)?.code;
  if (code === "P2002") return new AppError("CONFLICT", { cause: error });
  if (code === "P2025") return new AppError("NOT_FOUND", { cause: error });
  return new AppError("INTERNAL", { cause: error });
}

async function toFailure(error: unknown, name: string): Promise<{ ok: false; code: ErrorCode; message: string; fieldErrors?: Record<string, string> }> {
  // Next's redirect()/notFound() work by throwing; let them through.
  if (isNextControlFlow(error)) throw error;
  const appError = normaliseError(error);
  if (appError.code === "INTERNAL") logger.error({ err: error, action: name }, "action failed");
  else logger.info({ action: name, code: appError.code }, "action refused");
  const translated = await translateError(appError);
  return { ok: false, code: appError.code, ...translated };
}

export async function translateError(error: AppError): Promise<{ message: string; fieldErrors?: Record<string, string> }> {
  const t = await getTranslations("errors");
  const tv = await getTranslations("validation");
  const message = error.messageKey && t.has(error.messageKey) ? t(error.messageKey) : t(error.code);
  return { message, fieldErrors: error.fieldErrors ? translateFieldErrors(error.fieldErrors, tv) : undefined };
}

type Translator = ((key: string, values?: Record<string, string | number>) => string) & { has(key: string): boolean };

export function translateFieldErrors(fieldErrors: FieldErrors, t: Translator): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, issues] of Object.entries(fieldErrors)) {
    const first = issues[0];
    if (!first) continue;
    out[field] = t.has(first.key) ? t(first.key, first.values) : t("invalid");
  }
  return out;
}

function isNextControlFlow(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && (digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK") || digest === "NEXT_NOT_FOUND");
}
