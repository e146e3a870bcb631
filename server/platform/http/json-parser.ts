// JSON bodies: bytes must be valid UTF-8 (not silently replaced with U+FFFD), the text must be
// JSON, keys like __proto__ are refused, and strings may not hold NUL or unpaired surrogates
// (PostgreSQL cannot store the one, and the other is not text).
import type { FastifyInstance } from 'fastify'
import secureJson from 'secure-json-parse'
import { AppError } from '../errors.js'

const decoder = new TextDecoder('utf-8', { fatal: true })

function checkStrings(value: unknown): void {
  if (typeof value === 'string') {
    if (value.includes('\u0000') || !value.isWellFormed()) {
      throw new AppError('MALFORMED_REQUEST', {
        reason: 'text contains a NUL character or an unpaired surrogate',
        reasonZh: '文本中含有非法字符',
      })
    }
  } else if (Array.isArray(value)) {
    for (const v of value) checkStrings(v)
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      checkStrings(k)
      checkStrings(v)
    }
  }
}

export function parseJsonBody(body: Buffer): unknown {
  if (body.length === 0) return undefined
  let text: string
  try {
    text = decoder.decode(body)
  } catch {
    throw new AppError('MALFORMED_REQUEST', {
      reason: 'body is not valid UTF-8',
      reasonZh: '内容不是有效的 UTF-8 编码',
    })
  }
  let value: unknown
  try {
    value = secureJson.parse(text, undefined, { protoAction: 'error', constructorAction: 'error' })
  } catch {
    throw new AppError('MALFORMED_REQUEST', {
      reason: 'body is not valid JSON',
      reasonZh: '内容不是有效的 JSON',
    })
  }
  checkStrings(value)
  return value
}

export function registerJsonParser(app: FastifyInstance): void {
  app.removeContentTypeParser(['application/json'])
  app.addContentTypeParser(/^application\/([\w.+-]+\+)?json$/, { parseAs: 'buffer' }, (_req, body, done) => {
    try {
      done(null, parseJsonBody(body as Buffer))
    } catch (error) {
      done(error as Error, undefined)
    }
  })
}
