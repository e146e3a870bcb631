// Money as the proxy and the resident read it. Amounts travel as whole fen (分); what a person types
// in yuan is read digit by digit, never through a float, so "58.50" is 5850 fen and not 5849.999….
import type { TFunction } from 'i18next'

/** The largest single amount the server takes: ¥100,000.00. */
export const MAX_ENTRY_FEN = 10_000_000

/** ¥1,234.56 from whole fen, with the sign before the symbol: the server's own wording. */
export function formatFen(fen: number): string {
  const sign = fen < 0 ? '-' : ''
  const abs = Math.abs(fen)
  const yuan = Math.floor(abs / 100)
  const cents = String(abs % 100).padStart(2, '0')
  return `${sign}¥${yuan.toLocaleString('en-US')}.${cents}`
}

/**
 * Whole fen from what a person typed as yuan: "58.5", "58.50", "¥1,200", full-width digits. Null
 * when it is not an amount of at most two decimals.
 */
export function parseYuan(text: string): number | null {
  const ascii = text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, '.')
    .replace(/[,，\s]/g, '')
    .replace(/^[¥￥]/, '')
  const match = /^(\d{1,9})(?:\.(\d{0,2}))?$/.exec(ascii)
  if (!match) return null
  const [, whole = '0', fraction = ''] = match
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'))
}

export interface MoneyTotals {
  paidFen: number
  receivedFen: number
  balanceFen: number
}

/** The sums in words — "代付 ¥35.80，收取 ¥50.00，应退还居民 ¥14.20" — as the server says them in Chinese. */
export function describeTotals(t: TFunction, totals: MoneyTotals): string {
  if (totals.paidFen === 0 && totals.receivedFen === 0) return ''
  const parts: string[] = []
  if (totals.paidFen !== 0) parts.push(t('proxy.money.totalPaid', { amount: formatFen(totals.paidFen) }))
  if (totals.receivedFen !== 0)
    parts.push(t('proxy.money.totalReceived', { amount: formatFen(totals.receivedFen) }))
  parts.push(balanceText(t, totals.balanceFen))
  return parts.join(t('proxy.money.separator'))
}

/** Who owes whom once the errand is done: above zero the proxy returns change to the resident. */
export function balanceText(t: TFunction, balanceFen: number): string {
  if (balanceFen > 0) return t('proxy.money.refund', { amount: formatFen(balanceFen) })
  if (balanceFen < 0) return t('proxy.money.owe', { amount: formatFen(-balanceFen) })
  return t('proxy.money.settled')
}
