import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { distributionAmounts, payouts, ratioOf } from './distribution.domain.js'

describe('a year’s distribution', () => {
  it('takes the ratios half up to the fen and keeps the rest', () => {
    expect(ratioOf(14_900_000, 1000)).toBe(1_490_000)
    expect(ratioOf(5, 5000)).toBe(3) // 2.5 fen rounds up
    expect(distributionAmounts(14_900_000, 1000, 6000)).toEqual({
      provident: 1_490_000,
      member: 8_940_000,
      retained: 4_470_000,
    })
    expect(distributionAmounts(-100, 1000, 6000)).toEqual({ provident: 0, member: 0, retained: -100 })
  })

  it('pays out exactly the pool, whatever the shares', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e10 }),
        fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 200 }),
        (pool, shares) => {
          const out = payouts(
            pool,
            shares.map((s) => ({ shares: s })),
          )
          expect(out.reduce((a, p) => a + p.amountFen, 0)).toBe(pool)
          // Nobody is more than a fen from their exact share.
          const total = shares.reduce((a, b) => a + b, 0)
          for (const p of out) expect(Math.abs(p.amountFen - (pool * p.shares) / total)).toBeLessThan(1)
        },
      ),
    )
  })
})
