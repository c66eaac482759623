// Asks the app for a short-lived collaboration token (POST /api/collab/token). Called before
// every connection attempt: tokens live about a minute, reconnects need a fresh one.
import type { CollabErrorCode } from "@/lib/collab/client/protocol";
import { isFatalCode } from "@/lib/collab/client/protocol";

export type CollabToken = { token: string; readOnly: boolean; expiresAt: string };

/** A refused or failed token request; `fatal` ones stop the provider. */
export class CollabTokenError extends Error {
  readonly code: CollabErrorCode;
  constructor(code: CollabErrorCode, message?: string) {
    super(message ?? code);
    this.name = "CollabTokenError";
    this.code = code;
  }
  get fatal(): boolean {
    return isFatalCode(this.code);
  }
}

const codeByStatus: Record<number, CollabErrorCode> = {
  400: "MALFORMED",
  401: "UNAUTHENTICATED",
  403: "FORBIDDEN",
  404: "NOT_FOUND",
  429: "RATE_LIMITED",
};

export async function requestCollabToken(documentId: string, fetchImpl: typeof fetch = fetch): Promise<CollabToken> {
  let response: Response;
  try {
    response = await fetchImpl("/api/collab/token", {
      method: "POST",
      credentials: "same-origin",
      cache: "no-store",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify({ documentId }),
    });
  } catch (error) {
    // Offline or the server is down: not the person's fault, try again later.
    throw new CollabTokenError("SERVER_ERROR", error instanceof Error ? error.message : undefined);
  }
  if (!response.ok) throw new CollabTokenError(codeByStatus[response.status] ?? "SERVER_ERROR", `HTTP ${response.status}`);
  const body = (await response.json().catch(() => null)) as Partial<CollabToken> | null;
  if (!body || typeof body.token !== "string" || typeof body.readOnly !== "boolean") throw new CollabTokenError("SERVER_ERROR", "bad token response");
  return { token: body.token, readOnly: body.readOnly, expiresAt: String(body.expiresAt ?? "") };
}
