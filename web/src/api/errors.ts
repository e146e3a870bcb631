// Every failed call becomes an ApiError, so screens handle one shape. Server errors carry a message
// already in the interface language; the client-side codes below carry none and are worded by the UI.

/** The request never got an HTTP answer (offline, DNS, connection reset). */
export const NETWORK_ERROR = 'NETWORK_ERROR'
/** An HTTP answer that is not the API's error body (a proxy's HTML page, an empty 502). */
export const UNEXPECTED_RESPONSE = 'UNEXPECTED_RESPONSE'

export type ErrorDetails = Record<string, unknown>

export class ApiError extends Error {
  readonly status: number
  readonly code: string
  readonly details: ErrorDetails

  constructor(status: number, code: string, message: string, details: ErrorDetails = {}) {
    super(message)
    this.name = 'ApiError'
    this.status = status
    this.code = code
    this.details = details
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Turns whatever a non-2xx response carried into an ApiError. */
export function toApiError(status: number, body: unknown): ApiError {
  const error = isRecord(body) ? body.error : undefined
  if (isRecord(error) && typeof error.code === 'string' && typeof error.message === 'string') {
    return new ApiError(status, error.code, error.message, isRecord(error.details) ? error.details : {})
  }
  return new ApiError(status, UNEXPECTED_RESPONSE, '')
}

/** The session is gone: the person has to sign in again. */
export function isSessionLost(error: unknown): boolean {
  return (
    isApiError(error) && error.status === 401 && ['UNAUTHENTICATED', 'SESSION_EXPIRED'].includes(error.code)
  )
}

export interface FieldError {
  /** Form field name path, e.g. ['username'] or ['members', 0, 'name']. */
  name: Array<string | number>
  message: string
}

/** The per-field messages of a VALIDATION_FAILED error (`details.fields: [{ path, message }]`). */
export function fieldErrorsOf(error: unknown): FieldError[] {
  if (!isApiError(error) || error.code !== 'VALIDATION_FAILED') return []
  const fields = error.details.fields
  if (!Array.isArray(fields)) return []
  const result: FieldError[] = []
  for (const field of fields) {
    if (!isRecord(field) || typeof field.path !== 'string' || typeof field.message !== 'string') continue
    result.push({ name: fieldPathToName(field.path), message: field.message })
  }
  return result
}

/** Accepts JSON-pointer ('/members/0/name') and dotted ('members.0.name') paths. */
export function fieldPathToName(path: string): Array<string | number> {
  return path
    .split(/[/.]/)
    .filter((segment) => segment !== '')
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment))
}
