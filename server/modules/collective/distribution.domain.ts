// A year's distribution (收益分配), pure: the 公积公益金 and the members' pool are the village's
// ratios of the year's distributable income, rounded half up to the fen (四舍五入), the rest stays
// undistributed; the members' pool is split by shares by the largest remainder, so the payouts add
// up to the pool exactly.
import { splitByLargestRemainder, type Fen } from '../../platform/money.js'

/** `fen` × `bp` / 10000, rounded half up; exact in integers. */
export function ratioOf(fen: Fen, bp: number): Fen {
  if (fen <= 0) return 0
  return Number((BigInt(fen) * BigInt(bp) + 5000n) / 10000n)
}

export function distributionAmounts(distributable: Fen, providentBp: number, memberBp: number) {
  const provident = ratioOf(distributable, providentBp)
  const member = ratioOf(distributable, memberBp)
  return { provident, member, retained: distributable - provident - member }
}

/** Each holder's payout from the pool; holders in a fixed order so a rerun gives the same fen. */
export function payouts<H extends { shares: number }>(
  pool: Fen,
  holders: readonly H[],
): (H & { amountFen: Fen })[] {
  const parts = splitByLargestRemainder(
    pool,
    holders.map((h) => BigInt(h.shares)),
  )
  return holders.map((h, i) => ({ ...h, amountFen: parts[i] ?? 0 }))
}
