// 红代办's money, as a pure book: each entry is money the proxy paid on the resident's behalf
// (代付) or took from the resident (收取), in fen; a mistake is corrected by a reversing entry that
// names the entry it cancels, never by changing it. What is owed either way follows from the sums.
import { formatYuan, type Fen } from '../../platform/money.js'

export const moneyDirections = ['paid', 'received'] as const
export type MoneyDirection = (typeof moneyDirections)[number]
export const moneyDirectionNamesZh: Record<MoneyDirection, string> = { paid: '代付', received: '收取' }

/** The largest single amount a proxy may record: ¥100,000.00. An errand is not a bank transfer. */
export const MAX_ENTRY_FEN = 10_000_000

export interface MoneyEntryLike {
  id: string
  direction: MoneyDirection
  amount_fen: Fen
  reverses_id: string | null
}

export interface MoneyTotals {
  /** Paid on the resident's behalf, net of reversals. */
  paidFen: Fen
  /** Taken from the resident, net of reversals. */
  receivedFen: Fen
  /** received − paid: above zero the proxy returns change; below zero the resident repays. */
  balanceFen: Fen
}

export function moneyTotals(entries: readonly MoneyEntryLike[]): MoneyTotals {
  let paid = 0
  let received = 0
  for (const e of entries) {
    const signed = e.reverses_id === null ? e.amount_fen : -e.amount_fen
    if (e.direction === 'paid') paid += signed
    else received += signed
  }
  return { paidFen: paid, receivedFen: received, balanceFen: received - paid }
}

/** Ids of entries that a later entry reverses. */
export function reversedIds(entries: readonly MoneyEntryLike[]): Set<string> {
  return new Set(entries.flatMap((e) => (e.reverses_id === null ? [] : [e.reverses_id])))
}

export type ReversalCheck =
  { ok: true } | { ok: false; reason: 'missing' | 'is_reversal' | 'already_reversed'; reasonZh: string }

/** May `targetId` be reversed? Only an original entry, and only once. */
export function checkReversal(entries: readonly MoneyEntryLike[], targetId: string): ReversalCheck {
  const target = entries.find((e) => e.id === targetId)
  if (!target) return { ok: false, reason: 'missing', reasonZh: '该款项不属于此代办' }
  if (target.reverses_id !== null)
    return { ok: false, reason: 'is_reversal', reasonZh: '冲正记录本身不能再冲正，请重新记录正确金额' }
  if (reversedIds(entries).has(targetId))
    return { ok: false, reason: 'already_reversed', reasonZh: '该款项已冲正' }
  return { ok: true }
}

/** "代付 ¥35.80，收取 ¥50.00，应退还居民 ¥14.20": the words the resident reads before confirming. */
export function describeMoney(totals: MoneyTotals): string {
  if (totals.paidFen === 0 && totals.receivedFen === 0) return ''
  const parts: string[] = []
  if (totals.paidFen !== 0) parts.push(`代付 ${formatYuan(totals.paidFen)}`)
  if (totals.receivedFen !== 0) parts.push(`收取 ${formatYuan(totals.receivedFen)}`)
  if (totals.balanceFen > 0) parts.push(`应退还居民 ${formatYuan(totals.balanceFen)}`)
  else if (totals.balanceFen < 0) parts.push(`居民应付 ${formatYuan(-totals.balanceFen)}`)
  else parts.push('已结清')
  return parts.join('，')
}
