// Time limits (办理时限) and the working-day calendar. An SLA rule is data: an amount in hours or
// days, counted on calendar or working days. The calendar is data too: China's statutory holidays
// and the adjusted working weekends (调休上班) are overrides of the Monday–Friday default.
// Days are Asia/Shanghai days; a limit of N working days ends at the end of the N-th working day
// after the day of filing (the filing day itself does not count).
import { localDate, startOfLocalDay } from '../../platform/time.js'

const HOUR = 3_600_000
const DAY = 24 * HOUR

export type DayKind = 'holiday' | 'workday'

/** Overrides by day (YYYY-MM-DD); days not listed follow Monday–Friday. */
export type CalendarOverrides = ReadonlyMap<string, DayKind>

export interface SlaRule {
  code: string
  amount: number
  unit: 'hours' | 'days'
  basis: 'calendar' | 'working'
  /** Hours within which the handler must respond (sign for the item). */
  respondHours: number
}

export function weekday(day: string): number {
  // startOfLocalDay is 00:00 in Shanghai; +8 h puts the UTC date on the same calendar day.
  return new Date(startOfLocalDay(day) + 8 * HOUR).getUTCDay()
}

export function nextDay(day: string): string {
  return localDate(startOfLocalDay(day) + DAY + HOUR)
}

export function isWorkingDay(day: string, overrides: CalendarOverrides): boolean {
  const o = overrides.get(day)
  if (o !== undefined) return o === 'workday'
  const wd = weekday(day)
  return wd !== 0 && wd !== 6
}

/** The N-th working day after `day` (N ≥ 1). */
export function addWorkingDays(day: string, n: number, overrides: CalendarOverrides): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`working days must be a positive integer: ${n}`)
  let d = day
  let left = n
  // A year has ~250 working days; a limit never needs more than a few hundred steps.
  for (let guard = 0; guard < 3660; guard++) {
    d = nextDay(d)
    if (isWorkingDay(d, overrides)) left--
    if (left === 0) return d
  }
  throw new RangeError('calendar has no working days')
}

/** The last instant of a Shanghai day. */
export function endOfLocalDay(day: string): number {
  return startOfLocalDay(day) + DAY - 1
}

/** When an item filed at `from` is due under `rule` (plus any approved extension days). */
export function dueAt(from: number, rule: SlaRule, overrides: CalendarOverrides): number {
  if (rule.unit === 'hours') {
    if (rule.basis === 'calendar') return from + rule.amount * HOUR
    // Working hours are counted as whole working days of 24 h, rounded up.
    return endOfLocalDay(addWorkingDays(localDate(from), Math.ceil(rule.amount / 24), overrides))
  }
  if (rule.basis === 'calendar') return endOfLocalDay(localDate(from + rule.amount * DAY))
  return endOfLocalDay(addWorkingDays(localDate(from), rule.amount, overrides))
}

/** An approved extension of `days` moves the due time on from the current one, on the rule's basis. */
export function extendDue(
  currentDue: number,
  days: number,
  basis: SlaRule['basis'],
  overrides: CalendarOverrides,
): number {
  if (basis === 'calendar') return currentDue + days * DAY
  return endOfLocalDay(addWorkingDays(localDate(currentDue), days, overrides))
}

/** The span of days a due computation may look at, for loading calendar overrides. */
export function calendarWindow(from: number): { fromDay: string; toDay: string } {
  return { fromDay: localDate(from), toDay: localDate(from + 400 * DAY) }
}

export const NEARLY_DUE_MS = 24 * HOUR
