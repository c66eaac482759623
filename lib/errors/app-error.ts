// One error type for everything a user can cause. Codes are a closed set; each maps to
// an HTTP status and to a translated message (messages/<locale>/errors.json) in one place.
export const errorCodes = [
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "VALIDATION",
  "CONFLICT",
  "RATE_LIMITED",
  "INVALID_TOKEN",
  "BAD_REQUEST",
  "INTERNAL",
] as const;
export type ErrorCode = (typeof errorCodes)[number];

const statusByCode: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VALIDATION: 422,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  INVALID_TOKEN: 400,
  BAD_REQUEST: 400,
  INTERNAL: 500,
};

/** A validation problem as a translation key (namespace "validation") with its values. */
export type FieldIssue = { key: string; values?: Record<string, string | number> };
export type FieldErrors = Record<string, FieldIssue[]>;

export class AppError extends Error {
  readonly code: ErrorCode;
  /** Problems per form field, translated when the error reaches the user. */
  readonly fieldErrors?: FieldErrors;
  /** Translation key in the "errors" namespace when more specific than the code. */
  readonly messageKey?: string;

  constructor(code: ErrorCode, options: { message?: string; fieldErrors?: FieldErrors; messageKey?: string; cause?: unknown } = {}) {
    super(options.message ?? code, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = options.fieldErrors;
    this.messageKey = options.messageKey;
  }

  get status(): number {
    return statusByCode[this.code];
  }
}

export function httpStatusFor(code: ErrorCode): number {
  return statusByCode[code];
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
