// Money is an integer number of fen (分). Never a float: amounts are validated as safe integers
// at the edge, summed as integers, and only formatted as yuan for people.

export type Fen = number

export function assertFen(value: number): Fen {
  if (!Number.isSafeInteger(value)) throw new RangeError(`amount must be a whole number of fen, got ${value}`)
  return value
}

/** ¥1,234.56 style, with the sign before the symbol; grouping as Chinese finance writes it. */
export function formatYuan(fen: Fen): string {
  assertFen(fen)
  const sign = fen < 0 ? '-' : ''
  const abs = Math.abs(fen)
  const yuan = Math.floor(abs / 100)
  const cents = String(abs % 100).padStart(2, '0')
  return `${sign}¥${yuan.toLocaleString('en-US')}.${cents}`
}

/**
 * Splits `total` fen into parts proportional to `weights` by the largest-remainder method, so that
 * the parts always add up to the total exactly. Ties go to the earlier weight.
 */
export function splitByLargestRemainder(total: Fen, weights: readonly bigint[]): Fen[] {
  assertFen(total)
  if (total < 0) throw new RangeError('total must not be negative')
  const sum = weights.reduce((a, b) => a + b, 0n)
  if (weights.some((w) => w < 0n)) throw new RangeError('weights must not be negative')
  if (sum === 0n) {
    if (total === 0) return weights.map(() => 0)
    throw new RangeError('cannot split a non-zero total by zero weights')
  }
  const t = BigInt(total)
  const floors = weights.map((w) => (t * w) / sum)
  const remainders = weights.map((w, i) => ({ i, r: t * w - (floors[i] ?? 0n) * sum }))
  let left = Number(t - floors.reduce((a, b) => a + b, 0n))
  remainders.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1))
  const parts = floors.map(Number)
  for (const { i } of remainders) {
    if (left === 0) break
    parts[i] = (parts[i] ?? 0) + 1
    left -= 1
  }
  return parts
}
