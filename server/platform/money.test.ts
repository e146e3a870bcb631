import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatYuan, splitByLargestRemainder } from './money.js'

describe('money', () => {
  it('splits a pool so that the parts add up to it exactly and each is within 1 fen of its share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000_000 }),
        fc.array(fc.bigInt({ min: 0n, max: 1_000_000n }), { minLength: 1, maxLength: 50 }),
        (total, weights) => {
          fc.pre(weights.some((w) => w > 0n))
          const parts = splitByLargestRemainder(total, weights)
          expect(parts.reduce((a, b) => a + b, 0)).toBe(total)
          const sum = weights.reduce((a, b) => a + b, 0n)
          parts.forEach((p, i) => {
            const exact = (Number(weights[i]) * total) / Number(sum)
            expect(Math.abs(p - exact)).toBeLessThan(1.000001)
          })
        },
      ),
    )
  })

  it('gives the odd fen to the largest remainder', () => {
    expect(splitByLargestRemainder(100, [1n, 1n, 1n])).toEqual([34, 33, 33])
    expect(splitByLargestRemainder(10, [3n, 6n, 1n])).toEqual([3, 6, 1])
  })

  it('refuses fractional fen', () => {
    expect(() => splitByLargestRemainder(10.5, [1n])).toThrow(RangeError)
  })

  it('formats fen as yuan', () => {
    expect(formatYuan(123456)).toBe('¥1,234.56')
    expect(formatYuan(-5)).toBe('-¥0.05')
  })
})
