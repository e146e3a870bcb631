import { describe, expect, it } from 'vitest'
import { checkReversal, describeMoney, moneyTotals, type MoneyEntryLike } from './proxy.domain.js'

const entry = (
  id: string,
  direction: 'paid' | 'received',
  amount: number,
  reverses: string | null = null,
): MoneyEntryLike => ({ id, direction, amount_fen: amount, reverses_id: reverses })

describe('proxy money book', () => {
  it('nets reversals out of the sums and says who owes whom', () => {
    const entries = [
      entry('a', 'received', 5000),
      entry('b', 'paid', 3850),
      entry('c', 'paid', 3580, null),
      entry('d', 'paid', 3850, 'b'),
    ]
    expect(moneyTotals(entries)).toEqual({ paidFen: 3580, receivedFen: 5000, balanceFen: 1420 })
    expect(describeMoney(moneyTotals(entries))).toBe('代付 ¥35.80，收取 ¥50.00，应退还居民 ¥14.20')
  })

  it('says the resident repays when the proxy advanced the money, and nothing when there was none', () => {
    expect(describeMoney(moneyTotals([entry('a', 'paid', 12345)]))).toBe('代付 ¥123.45，居民应付 ¥123.45')
    expect(describeMoney(moneyTotals([]))).toBe('')
  })

  it('reverses an original entry once, never a reversal, never another item’s entry', () => {
    const entries = [entry('a', 'paid', 100), entry('b', 'paid', 100, 'a'), entry('c', 'received', 200)]
    expect(checkReversal(entries, 'c')).toEqual({ ok: true })
    expect(checkReversal(entries, 'a')).toMatchObject({ ok: false, reason: 'already_reversed' })
    expect(checkReversal(entries, 'b')).toMatchObject({ ok: false, reason: 'is_reversal' })
    expect(checkReversal(entries, 'zzz')).toMatchObject({ ok: false, reason: 'missing' })
  })
})
