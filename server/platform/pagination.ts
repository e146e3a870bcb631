// Keyset (cursor) pagination: a page is "the next N rows after this key", never an offset, so
// page 1,000 costs what page 1 costs and rows inserted meanwhile do not shift pages.
import { AppError } from './errors.js'

export type CursorKey = (string | number)[]

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url')
}

export function decodeCursor(cursor: string, shape: readonly ('string' | 'number')[]): CursorKey {
  let parsed: unknown
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
  } catch {
    throw new AppError('VALIDATION_FAILED', { fields: [{ path: '/cursor', message: 'invalid cursor' }] })
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== shape.length ||
    parsed.some((v, i) => typeof v !== shape[i])
  ) {
    throw new AppError('VALIDATION_FAILED', { fields: [{ path: '/cursor', message: 'invalid cursor' }] })
  }
  return parsed as CursorKey
}

export interface Page<T> {
  items: T[]
  nextCursor: string | null
}

/** Fetch limit + 1 rows; this trims the extra one and makes the cursor from the last kept row. */
export function toPage<R, T>(
  rows: R[],
  limit: number,
  keyOf: (row: R) => CursorKey,
  map: (row: R) => T,
): Page<T> {
  const more = rows.length > limit
  const kept = more ? rows.slice(0, limit) : rows
  const last = kept[kept.length - 1]
  return { items: kept.map(map), nextCursor: more && last !== undefined ? encodeCursor(keyOf(last)) : null }
}
