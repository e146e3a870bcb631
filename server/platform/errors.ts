// One error type for the whole product. The core throws AppError with a code from this closed
// set; only the HTTP layer (http/error-handler.ts) turns a code into a status and a message.

export const errorCodes = {
  VALIDATION_FAILED: 400,
  MALFORMED_REQUEST: 400,
  UNAUTHENTICATED: 401,
  SESSION_EXPIRED: 401,
  INVALID_CREDENTIALS: 401,
  CSRF_REJECTED: 403,
  FORBIDDEN: 403,
  NOT_FOUND_OR_NO_ACCESS: 404,
  ROUTE_NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  VERSION_CONFLICT: 409,
  CONFLICT: 409,
  INVALID_TRANSITION: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNPROCESSABLE: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
  STORAGE_READ_ONLY: 503,
  STORAGE_FULL: 507,
} as const

export type ErrorCode = keyof typeof errorCodes

export type ErrorDetails = Record<string, unknown>

export class AppError extends Error {
  readonly code: ErrorCode
  readonly details: ErrorDetails

  constructor(code: ErrorCode, details: ErrorDetails = {}, options?: { cause?: unknown }) {
    super(code, options)
    this.name = 'AppError'
    this.code = code
    this.details = details
  }

  get status(): number {
    return errorCodes[this.code]
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError
}

/** "Not found or no access": the same answer whether a record is missing or out of scope. */
export function notFoundOrNoAccess(entity: string): AppError {
  return new AppError('NOT_FOUND_OR_NO_ACCESS', { entity })
}
