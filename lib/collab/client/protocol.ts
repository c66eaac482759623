// The browser side of the collaboration contract (docs/collab-protocol.md): message framing
// constants, the closed set of error codes and which of them end a session for good.
// Framework-free so the provider and its tests share it.

/** First varUint of every "message" event, as in y-websocket. */
export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;

export const collabErrorCodes = [
  "TOKEN_INVALID",
  "TOKEN_EXPIRED",
  "FORBIDDEN",
  "NOT_FOUND",
  "READ_ONLY",
  "MESSAGE_TOO_LARGE",
  "MALFORMED",
  "RATE_LIMITED",
  "DOCUMENT_TOO_LARGE",
  "TOO_MANY_CONNECTIONS",
  "ACCESS_REVOKED",
  "SERVER_ERROR",
  // Client-side only: the token request said the session has ended.
  "UNAUTHENTICATED",
] as const;
export type CollabErrorCode = (typeof collabErrorCodes)[number];

/** Retrying cannot help with these: the person lost access or the document is gone. */
const FATAL_CODES: ReadonlySet<CollabErrorCode> = new Set(["FORBIDDEN", "NOT_FOUND", "ACCESS_REVOKED", "UNAUTHENTICATED"]);

export function isCollabErrorCode(value: unknown): value is CollabErrorCode {
  return typeof value === "string" && (collabErrorCodes as readonly string[]).includes(value);
}

export function isFatalCode(code: CollabErrorCode): boolean {
  return FATAL_CODES.has(code);
}

/** An unknown code from a newer server is treated as a server error, never as fatal. */
export function toCollabErrorCode(value: unknown): CollabErrorCode {
  return isCollabErrorCode(value) ? value : "SERVER_ERROR";
}

/**
 * socket.io hands binary payloads over as ArrayBuffer in browsers and Buffer in Node; both
 * become a Uint8Array view without copying. Anything else is not a protocol message.
 */
export function toUint8Array(data: unknown): Uint8Array | null {
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return null;
}
