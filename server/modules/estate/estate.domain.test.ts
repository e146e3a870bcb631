import { describe, expect, it } from 'vitest'
import {
  addMonths,
  allocate,
  contractMonths,
  formatMu,
  generateSchedule,
  isExpiring,
  maskPhone,
  overdueFen,
  parseMu,
  releaseFor,
  scheduleProblems,
  splitReceipt,
  yearShares,
} from './estate.domain.js'

describe('estate rules', () => {
  it('reads and writes areas in hundredths of a mu, never floats', () => {
    expect(parseMu('12.35')).toBe(1235)
    expect(parseMu('0.5')).toBe(50)
    expect(parseMu('7')).toBe(700)
    expect(parseMu('1.234')).toBeNull()
    expect(parseMu('-1')).toBeNull()
    expect(formatMu(1235)).toBe('12.35')
    expect(formatMu(5)).toBe('0.05')
  })

  it('generates a schedule that adds up to the total', () => {
    expect(contractMonths('2026-01-01', '2028-12-31')).toBe(36)
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28')
    const s = generateSchedule('2026-01-01', '2028-12-31', 36_000_000, 'annual')
    expect(s).toEqual([
      { dueOn: '2026-01-01', amountFen: 12_000_000 },
      { dueOn: '2027-01-01', amountFen: 12_000_000 },
      { dueOn: '2028-01-01', amountFen: 12_000_000 },
    ])
    const q = generateSchedule('2026-01-01', '2026-12-31', 100_001, 'quarterly')
    expect(q.map((i) => i.amountFen)).toEqual([25_001, 25_000, 25_000, 25_000])
    expect(scheduleProblems(q, 100_001, '2026-01-01', '2026-12-31')).toEqual([])
    expect(scheduleProblems(q, 100_000, '2026-01-01', '2026-12-31')[0]?.[0]).toBe('/instalments')
  })

  it('splits a receipt between this year and rent in advance, and releases each later year once', () => {
    const shares = yearShares('2026-07-01', '2029-06-30', 36_000_000)
    expect([...shares.entries()]).toEqual([
      [2026, 6_000_000],
      [2027, 12_000_000],
      [2028, 12_000_000],
      [2029, 6_000_000],
    ])
    expect(splitReceipt(shares, 2026, 0, 36_000_000)).toEqual({
      currentFen: 6_000_000,
      advanceFen: 30_000_000,
    })
    expect(releaseFor(shares, 2027, 36_000_000)).toBe(12_000_000)
    expect(releaseFor(shares, 2029, 36_000_000)).toBe(6_000_000)
    // Only the first year paid: nothing to release later.
    expect(releaseFor(shares, 2027, 6_000_000)).toBe(0)
    // Paid up to the middle of 2027: part of it.
    expect(releaseFor(shares, 2027, 10_000_000)).toBe(4_000_000)
  })

  it('allocates receipts earliest first and computes what is overdue and what expires', () => {
    const inst = [
      { id: 'a', seq: 1, dueOn: '2026-01-01', amountFen: 100, receivedFen: 100 },
      { id: 'b', seq: 2, dueOn: '2026-04-01', amountFen: 100, receivedFen: 30 },
      { id: 'c', seq: 3, dueOn: '2026-07-01', amountFen: 100, receivedFen: 0 },
    ]
    expect(allocate(inst, 120)).toEqual([
      { instalmentId: 'b', amountFen: 70 },
      { instalmentId: 'c', amountFen: 50 },
    ])
    expect(allocate(inst, 171)).toBeNull()
    expect(overdueFen(inst, '2026-05-01')).toBe(70)
    expect(overdueFen(inst, '2026-04-01')).toBe(0)
    expect(isExpiring('signed', '2026-06-29', '2026-04-01')).toBe(true)
    expect(isExpiring('signed', '2026-07-01', '2026-04-01')).toBe(false)
    expect(isExpiring('draft', '2026-05-01', '2026-04-01')).toBe(false)
    expect(maskPhone('13812345678')).toBe('138****5678')
  })
})
