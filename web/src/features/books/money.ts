// Money on the village's books: whole fen from the API, yuan typed at the desk. Typing is read digit
// by digit (never through a float), and a third decimal is refused rather than rounded.
import { formatFen, parseYuan } from '../proxy/money'

export { formatFen, parseYuan }

/** ¥1,234.56, or nothing for zero (a voucher's empty side). */
export function fenOrBlank(fen: number): string {
  return fen === 0 ? '' : formatFen(fen)
}

/** Whole fen as the yuan text an input shows: 123450 → "1234.50"; zero as empty. */
export function fenToInput(fen: number): string {
  if (fen === 0) return ''
  const sign = fen < 0 ? '-' : ''
  const abs = Math.abs(fen)
  return `${sign}${String(Math.floor(abs / 100))}.${String(abs % 100).padStart(2, '0')}`
}

/** 2025-03 → 2025年3月. */
export function periodZh(period: string): string {
  const [y, m] = period.split('-')
  return `${y ?? ''}年${String(Number(m))}月`
}
