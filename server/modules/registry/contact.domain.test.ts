import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { coverageShare, endsBeforeStart, householdsPerMember, membersPerLeader } from './contact.domain.js'

describe('1+5+10', () => {
  it('is five members per building leader and ten households per member', () => {
    expect(membersPerLeader).toBe(5)
    expect(householdsPerMember).toBe(10)
  })

  it('gives the covered share with 4 decimals, rounded once, half up', () => {
    expect(coverageShare(11, 12)).toBe('0.9167')
    expect(coverageShare(1, 3)).toBe('0.3333')
    expect(coverageShare(2, 3)).toBe('0.6667')
    expect(coverageShare(1, 8)).toBe('0.1250')
    expect(coverageShare(1, 20_000)).toBe('0.0001') // 0.00005 rounds up
    expect(coverageShare(1, 20_001)).toBe('0.0000')
    expect(coverageShare(0, 5)).toBe('0.0000')
    expect(coverageShare(5, 5)).toBe('1.0000')
    expect(coverageShare(0, 0)).toBeNull()
  })

  it('never drifts from the exact ratio by more than half a unit in the last place', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.nat(), (total, k) => {
        const covered = k % (total + 1)
        const share = coverageShare(covered, total)
        expect(share).toMatch(/^\d\.\d{4}$/)
        // |share − covered/total| ≤ 0.00005, checked in integers: |share·10⁴·total − covered·10⁴| ≤ total/2
        const scaled = BigInt((share ?? '').replace('.', ''))
        const diff = scaled * BigInt(total) - BigInt(covered) * 10_000n
        expect(2n * (diff < 0n ? -diff : diff) <= BigInt(total)).toBe(true)
      }),
    )
  })

  it('refuses impossible counts', () => {
    expect(() => coverageShare(3, 2)).toThrow(RangeError)
    expect(() => coverageShare(-1, 2)).toThrow(RangeError)
    expect(() => coverageShare(0.5, 2)).toThrow(RangeError)
  })

  it('refuses an end before the start', () => {
    expect(endsBeforeStart('2026-03-01', '2026-02-01')).toBe(true)
    expect(endsBeforeStart(null, '2026-02-01')).toBe(false)
  })
})
