// The one error handler: every error leaves as { error: { code, message, details } }, the message
// in the caller's language (Accept-Language), 5xx never carrying internals.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { classifyDatabaseError } from '../../db/index.js'
import { AppError, errorCodes, type ErrorCode, type ErrorDetails } from '../errors.js'
import { errorMessage, pickLocale, type Locale } from '../i18n.js'
import { RequestValidationError } from './validation.js'

const fastifyCodes: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_REQ_FILE_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_FILES_LIMIT: 'PAYLOAD_TOO_LARGE',
  FST_PARTS_LIMIT: 'PAYLOAD_TOO_LARGE',
  FST_FIELDS_LIMIT: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'MALFORMED_REQUEST',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_REQUEST',
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_REQUEST',
  FST_PROTO_VIOLATION: 'MALFORMED_REQUEST',
  FST_ERR_ASYNC_CONSTRAINT: 'MALFORMED_REQUEST',
  FST_ERR_BAD_URL: 'MALFORMED_REQUEST',
}

export interface NormalizedError {
  status: number
  code: ErrorCode
  details: ErrorDetails
  internal: boolean
}

export function normalizeError(error: unknown, locale: Locale): NormalizedError {
  if (error instanceof AppError)
    return { status: error.status, code: error.code, details: error.details, internal: false }
  if (error instanceof RequestValidationError) {
    return {
      status: 400,
      code: 'VALIDATION_FAILED',
      details: { fields: error.fields(locale) },
      internal: false,
    }
  }
  const fe = error as Partial<FastifyError> & { statusCode?: number }
  if (typeof fe.code === 'string' && fe.code in fastifyCodes) {
    const code = fastifyCodes[fe.code] as ErrorCode
    return { status: errorCodes[code], code, details: {}, internal: false }
  }
  if (fe.statusCode === 429) return { status: 429, code: 'RATE_LIMITED', details: {}, internal: false }
  const db = classifyDatabaseError(error)
  if (db) {
    switch (db.kind) {
      case 'full':
        return { status: 507, code: 'STORAGE_FULL', details: {}, internal: true }
      case 'read_only':
        return { status: 503, code: 'STORAGE_READ_ONLY', details: {}, internal: true }
      case 'busy':
      case 'unavailable':
      case 'serialization':
        return { status: 503, code: 'UNAVAILABLE', details: {}, internal: true }
      case 'unique':
        return { status: 409, code: 'CONFLICT', details: {}, internal: false }
      case 'foreign_key':
      case 'other':
        break
    }
  }
  if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    return { status: 400, code: 'MALFORMED_REQUEST', details: {}, internal: false }
  }
  // Disk errors from the file store.
  const errno = (error as { code?: unknown }).code
  if (errno === 'ENOSPC' || errno === 'EDQUOT')
    return { status: 507, code: 'STORAGE_FULL', details: {}, internal: true }
  if (errno === 'EACCES' || errno === 'EROFS' || errno === 'EPERM')
    return { status: 503, code: 'STORAGE_READ_ONLY', details: {}, internal: true }
  return { status: 500, code: 'INTERNAL', details: {}, internal: true }
}

export function errorBody(code: ErrorCode, details: ErrorDetails, locale: Locale) {
  return { error: { code, message: errorMessage(code, details, locale), details } }
}

export function sendError(request: FastifyRequest, reply: FastifyReply, error: unknown): FastifyReply {
  const locale = pickLocale(request.headers['accept-language'])
  const n = normalizeError(error, locale)
  if (n.status >= 500) request.log.error({ err: error }, 'request failed')
  else if (n.internal) request.log.warn({ err: error }, 'request refused')
  const details = n.status >= 500 ? { requestId: request.id } : n.details
  if (n.code === 'RATE_LIMITED' && typeof n.details.retryAfterSeconds === 'number') {
    void reply.header('retry-after', String(n.details.retryAfterSeconds))
  }
  const body = errorBody(n.code, details, locale)
  // A deliberate refusal with a 5xx status (an AppError, e.g. a font the server lacks) words its
  // cause in the message; its details still go only to the log.
  if (n.status >= 500 && !n.internal) body.error.message = errorMessage(n.code, n.details, locale)
  return reply.status(n.status).type('application/json; charset=utf-8').send(body)
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => sendError(request, reply, error))
}
