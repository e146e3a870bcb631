// Households, pure: relations to the head, the head rules, calendar-day checks for joining, leaving
// and moving, and the moved-in share. Days are 'YYYY-MM-DD' text; a period [from, to) covers the
// days from `from` up to but not including `to` — on the day a household moves out it lives at the
// new place, and on the day a member leaves they are no longer a member.

export const relations = ['head', 'spouse', 'child', 'parent', 'grandchild', 'sibling', 'other'] as const
export type Relation = (typeof relations)[number]

export const relationNamesZh: Record<Relation, string> = {
  head: '户主',
  spouse: '配偶',
  child: '子女',
  parent: '父母',
  grandchild: '孙子女',
  sibling: '兄弟姐妹',
  other: '其他',
}

export function isRelation(value: string): value is Relation {
  return (relations as readonly string[]).includes(value)
}

/** A problem with one field of a request, in both languages (the HTTP layer shows `message`). */
export interface DayProblem {
  field: string
  rule: string
  en: string
  zh: string
}

const problem = (field: string, rule: string, en: string, zh: string): DayProblem => ({ field, rule, en, zh })

export function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const ms = Date.parse(`${value}T00:00:00Z`)
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === value
}

/** A real calendar day, not after today. */
export function checkPastDay(field: string, value: string, today: string): DayProblem | null {
  if (!isCalendarDay(value))
    return problem(
      field,
      'format',
      `${value} is not a calendar day (YYYY-MM-DD)`,
      `${value} 不是有效日期（YYYY-MM-DD）`,
    )
  if (value > today)
    return problem(
      field,
      'notFuture',
      `${value} is in the future (today is ${today})`,
      `日期 ${value} 晚于今天（${today}）`,
    )
  return null
}

/** Does the period [from, to) cover `day`? A null `from` means "since the beginning", a null `to` "still". */
export function covers(period: { from: string | null; to: string | null }, day: string): boolean {
  return (period.from === null || period.from <= day) && (period.to === null || period.to > day)
}

export interface ResidencePeriod {
  movedInOn: string
  movedOutOn: string | null
}

/**
 * Moving in on `date`: not in the future, and not before the household's latest residence began
 * (or, when that one is closed, ended) — history is appended, never rewritten.
 */
export function checkMoveIn(date: string, today: string, latest: ResidencePeriod | null): DayProblem | null {
  const basic = checkPastDay('date', date, today)
  if (basic) return basic
  if (latest && date < latest.movedInOn)
    return problem(
      'date',
      'notBeforeCurrent',
      `${date} is before the household moved into its current room (${latest.movedInOn})`,
      `搬入日期 ${date} 早于该户搬入现住房的日期（${latest.movedInOn}）`,
    )
  if (latest?.movedOutOn && date < latest.movedOutOn)
    return problem(
      'date',
      'notBeforeLastMoveOut',
      `${date} is before the household moved out of its last room (${latest.movedOutOn})`,
      `搬入日期 ${date} 早于该户上次搬出的日期（${latest.movedOutOn}）`,
    )
  return null
}

/** Moving out on `date` from the open residence: not in the future, not before moving in. */
export function checkMoveOut(date: string, today: string, open: ResidencePeriod): DayProblem | null {
  const basic = checkPastDay('date', date, today)
  if (basic) return basic
  if (date < open.movedInOn)
    return problem(
      'date',
      'notBeforeMoveIn',
      `${date} is before the household moved in (${open.movedInOn})`,
      `搬出日期 ${date} 早于搬入日期（${open.movedInOn}）`,
    )
  return null
}

/** Joining a household on `joinedOn` (null: since the household was registered, day unknown). */
export function checkJoin(joinedOn: string | null, today: string): DayProblem | null {
  return joinedOn === null ? null : checkPastDay('joinedOn', joinedOn, today)
}

/** Leaving on `leftOn`: not in the future, not before joining. */
export function checkLeave(leftOn: string, joinedOn: string | null, today: string): DayProblem | null {
  const basic = checkPastDay('leftOn', leftOn, today)
  if (basic) return basic
  if (joinedOn !== null && leftOn < joinedOn)
    return problem(
      'leftOn',
      'notBeforeJoin',
      `${leftOn} is before the member joined (${joinedOn})`,
      `迁出日期 ${leftOn} 早于加入日期（${joinedOn}）`,
    )
  return null
}

/** A refusal of a head rule, in both languages. */
export interface HeadProblem {
  en: string
  zh: string
}

/**
 * Removing a member. The head leaves only together with naming a new head from the remaining
 * members; naming a new head is only for removing the head.
 */
export function checkRemoval(input: {
  removingHead: boolean
  newHeadPersonId: string | null
  newHeadIsOtherCurrentMember: boolean
}): HeadProblem | null {
  if (input.removingHead && input.newHeadPersonId === null)
    return {
      en: 'the head cannot leave without naming a new head',
      zh: '户主不能直接迁出，请同时指定新户主',
    }
  if (!input.removingHead && input.newHeadPersonId !== null)
    return { en: 'a new head is named only when the head leaves', zh: '只有户主迁出时才需指定新户主' }
  if (input.removingHead && !input.newHeadIsOtherCurrentMember)
    return { en: 'the new head must be another current member', zh: '新户主必须是该户的其他现有成员' }
  return null
}

/** Adding a member: a household has at most one head; a headless household may take one. */
export function checkAddition(relation: Relation, householdHasHead: boolean): HeadProblem | null {
  if (relation === 'head' && householdHasHead)
    return {
      en: 'the household already has a head; change the head instead',
      zh: '该户已有户主，如需更换请使用“变更户主”',
    }
  return null
}

/** Changing the head: the new head must be a current member other than the present head. */
export function checkHeadChange(input: {
  isCurrentMember: boolean
  isPresentHead: boolean
}): HeadProblem | null {
  if (!input.isCurrentMember)
    return { en: 'the new head must be a current member', zh: '新户主必须是该户现有成员' }
  if (input.isPresentHead) return { en: 'that person is already the head', zh: '此人已是户主' }
  return null
}

/**
 * numerator ÷ denominator rounded once, half up, to 4 decimals, computed on integers so no binary
 * fraction creeps in (0 when there is nothing to divide by: nobody has moved in to nothing).
 */
export function shareOf(numerator: number, denominator: number): number {
  if (denominator <= 0) return 0
  const n = BigInt(numerator)
  const d = BigInt(denominator)
  const tenThousandths = (n * 20000n + d) / (2n * d)
  return Number(tenThousandths) / 10000
}
