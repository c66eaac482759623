import type { ErrorCode } from "@/lib/errors/app-error";

/** What every server action returns to the client. Messages are already translated. */
export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; code: ErrorCode; message: string; fieldErrors?: Record<string, string> };
