// 财务公开: which months a disclosure table covers, what it is called, and the canonical text its
// hash is taken of — so anyone holding the published JSON can recompute the hash and see that not a
// fen has moved since it was published.
import { createHash } from 'node:crypto'

export type PeriodKind = 'month' | 'quarter'

const quarterNamesZh = ['第一季度', '第二季度', '第三季度', '第四季度'] as const

/** The books' periods (YYYY-MM) a table covers, first to last. */
export function coveredPeriods(kind: PeriodKind, year: number, no: number): string[] {
  const months = kind === 'month' ? [no] : [no * 3 - 2, no * 3 - 1, no * 3]
  return months.map((m) => `${year}-${String(m).padStart(2, '0')}`)
}

export function disclosureLabelZh(kind: PeriodKind, year: number, no: number): string {
  return kind === 'month' ? `${year}年${no}月` : `${year}年${quarterNamesZh[no - 1] ?? ''}`
}

export function disclosureLabelEn(kind: PeriodKind, year: number, no: number): string {
  return kind === 'month' ? `${year}-${String(no).padStart(2, '0')}` : `${year} Q${no}`
}

/**
 * JSON with object keys in code-point order at every depth and no whitespace: the same value always
 * gives the same text. Only plain JSON values (no undefined, functions or non-finite numbers).
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value)
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error('canonicalJson: non-finite number')
    return JSON.stringify(value)
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
  }
  throw new Error(`canonicalJson: cannot encode a ${typeof value}`)
}

export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}

/** A period's movement of an account from two year-to-date figures of the same year. */
export function periodMovement(ytdAtLast: number, ytdBeforeFirst: number): number {
  return ytdAtLast - ytdBeforeFirst
}
