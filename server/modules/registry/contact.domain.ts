// 1+5+10, pure: a building leader links 5 party members, each party member links 10 households,
// so whether every household has someone to call on is a number, not an impression.

export const contactKinds = ['leader_member', 'member_household'] as const
export type ContactKind = (typeof contactKinds)[number]

export const membersPerLeader = 5
export const householdsPerMember = 10

export const contactKindNamesZh: Record<ContactKind, string> = {
  leader_member: '楼栋长联系党员',
  member_household: '党员联系户',
}

/**
 * covered / total as a decimal string with 4 places, rounded once (half up) from exact integers;
 * null when there is nothing to cover.
 */
export function coverageShare(covered: number, total: number): string | null {
  if (!Number.isSafeInteger(covered) || !Number.isSafeInteger(total) || covered < 0 || total < 0)
    throw new RangeError('counts must be non-negative whole numbers')
  if (total === 0) return null
  if (covered > total) throw new RangeError('covered cannot exceed total')
  const scaled = (BigInt(covered) * 10_000n * 2n + BigInt(total)) / (2n * BigInt(total))
  const whole = scaled / 10_000n
  const fraction = String(scaled % 10_000n).padStart(4, '0')
  return `${whole}.${fraction}`
}

/** A link may not end before it began (calendar days as YYYY-MM-DD compare as text). */
export function endsBeforeStart(sinceOn: string | null, untilOn: string): boolean {
  return sinceOn !== null && untilOn < sinceOn
}
