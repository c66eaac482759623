import "server-only";
// Route handlers share the action chain's error mapping: AppError → status + translated JSON.
import { NextResponse } from "next/server";
import { normaliseError, translateError } from "@/lib/safe-action/server";
import { AppError, httpStatusFor } from "@/lib/errors/app-error";
import { env } from "@/lib/env";
import { logger } from "@/lib/log/logger";

export function withErrors<A extends unknown[]>(handler: (...args: A) => Promise<Response>) {
  return async (...args: A): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (error) {
      const appError = normaliseError(error);
      if (appError.code === "INTERNAL") logger.error({ err: error }, "route failed");
      const { message, fieldErrors } = await translateError(appError);
      return NextResponse.json({ error: { code: appError.code, message, fieldErrors } }, { status: appError.status });
    }
  };
}

/**
 * CSRF defence for state-changing route handlers: the request must come from our own
 * origin (browsers always send Origin on cross-site POSTs). Server actions get the
 * same check from Next itself.
 */
export function assertSameOrigin(req: Request): void {
  const origin = req.headers.get("origin");
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  if (!origin) {
    // Non-browser clients (curl, tests) send no Origin; a cookie-bearing browser request always does on POST.
    if (req.headers.get("sec-fetch-site") === "cross-site") throw new AppError("FORBIDDEN", { messageKey: "CSRF" });
    return;
  }
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw new AppError("FORBIDDEN", { messageKey: "CSRF" });
  }
  const allowed = new Set([host, new URL(env.appUrl).host].filter(Boolean));
  if (!allowed.has(originHost)) throw new AppError("FORBIDDEN", { messageKey: "CSRF" });
}

export async function readJson(req: Request, maxBytes = 64 * 1024): Promise<unknown> {
  const text = await req.text();
  if (text.length > maxBytes) throw new AppError("BAD_REQUEST", { messageKey: "TOO_LARGE" });
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("BAD_REQUEST", { messageKey: "INVALID_JSON" });
  }
}

/**
 * Turns an action's result into an HTTP response, so JSON endpoints run exactly the same
 * chain (session → input → permission → mutation) and error mapping as the forms.
 */
export function respond<T>(result: import("@/lib/safe-action/types").ActionResult<T>, successStatus = 200): Response {
  if (result.ok) return NextResponse.json({ data: result.data }, { status: successStatus });
  return NextResponse.json(
    { error: { code: result.code, message: result.message, fieldErrors: result.fieldErrors } },
    { status: httpStatusFor(result.code) },
  );
}
