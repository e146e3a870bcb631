// 红管家's maintenance plans, pure: which period a day falls in, when a period's check is due, and
// what a check's results say — so the job, the services and the tests agree on one reading.

export const trades = ['electrical', 'plumbing', 'greening', 'sanitation', 'general'] as const
export type Trade = (typeof trades)[number]
export const tradeNamesZh: Record<Trade, string> = {
  electrical: '电工',
  plumbing: '水暖工',
  greening: '绿化工',
  sanitation: '保洁员',
  general: '综合维修',
}

export const frequencies = ['weekly', 'monthly', 'quarterly'] as const
export type Frequency = (typeof frequencies)[number]
export const frequencyNamesZh: Record<Frequency, string> = {
  weekly: '每周',
  monthly: '每月',
  quarterly: '每季度',
}

export const checkResults = ['ok', 'fault'] as const
export type CheckResult = (typeof checkResults)[number]
export const checkResultNamesZh: Record<CheckResult, string> = { ok: '正常', fault: '故障' }

/** A checklist has 1–20 points of up to 60 characters, none blank or repeated. */
export const MAX_CHECKLIST = 20

function parts(day: string): [number, number, number] {
  const [y, m, d] = day.split('-').map(Number)
  return [y ?? 0, m ?? 1, d ?? 1]
}

function fmt(y: number, m: number, d: number): string {
  return `${String(y)}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

/** `day` plus `n` days (calendar arithmetic on dates; no time zone involved). */
export function addDays(day: string, n: number): string {
  const [y, m, d] = parts(day)
  const t = new Date(Date.UTC(y, m - 1, d + n))
  return fmt(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate())
}

/** The first day of the period containing `day`: Monday, the 1st of the month, or of the quarter. */
export function periodStart(frequency: Frequency, day: string): string {
  const [y, m, d] = parts(day)
  switch (frequency) {
    case 'weekly': {
      const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay() // 0 = Sunday
      return addDays(day, -((weekday + 6) % 7))
    }
    case 'monthly':
      return fmt(y, m, 1)
    case 'quarterly':
      return fmt(y, Math.floor((m - 1) / 3) * 3 + 1, 1)
  }
}

/** The first day of the next period. */
export function nextPeriodStart(frequency: Frequency, start: string): string {
  const [y, m] = parts(start)
  switch (frequency) {
    case 'weekly':
      return addDays(start, 7)
    case 'monthly':
      return m === 12 ? fmt(y + 1, 1, 1) : fmt(y, m + 1, 1)
    case 'quarterly':
      return m >= 10 ? fmt(y + 1, 1, 1) : fmt(y, m + 3, 1)
  }
}

/**
 * The last day on which a period's check is on time: `dueDays` days from the period's start, but
 * never past the period's own end (a weekly check cannot be due in the next week).
 */
export function dueDay(frequency: Frequency, start: string, dueDays: number): string {
  const last = addDays(nextPeriodStart(frequency, start), -1)
  const due = addDays(start, dueDays - 1)
  return due < last ? due : last
}

/**
 * The due day of a period's check opened on `openedOn`: the period's own due day, or — when the
 * check opens late in its period (a plan made mid-period, a server down for days) — `dueDays` from
 * the day it opened, still within the period. A check is never born overdue.
 */
export function dueDayOpenedOn(
  frequency: Frequency,
  start: string,
  dueDays: number,
  openedOn: string,
): string {
  const due = dueDay(frequency, start, dueDays)
  const fromOpening = dueDay(frequency, openedOn, dueDays)
  const last = addDays(nextPeriodStart(frequency, start), -1)
  const late = fromOpening < last ? fromOpening : last
  return late > due ? late : due
}

/**
 * The period whose check should exist on `today`, or null before the plan starts. A plan starting
 * mid-period begins with that period.
 */
export function currentPeriod(frequency: Frequency, startsOn: string, today: string): string | null {
  if (today < startsOn) return null
  return periodStart(frequency, today)
}

/** How the order of a plan's period is named: 路灯月检 2026年12月, 管网周检 2026-12-07 起, …季度 2026年第4季度. */
export function periodLabelZh(frequency: Frequency, start: string): string {
  const [y, m] = parts(start)
  switch (frequency) {
    case 'weekly':
      return `${start} 当周`
    case 'monthly':
      return `${String(y)}年${String(m)}月`
    case 'quarterly':
      return `${String(y)}年第${String(Math.floor((m - 1) / 3) + 1)}季度`
  }
}

/** Checklist points trimmed; null when one is blank, too long or repeated, or there are none or too many. */
export function normaliseChecklist(points: readonly string[]): string[] | null {
  const out = points.map((p) => p.trim())
  if (out.length === 0 || out.length > MAX_CHECKLIST) return null
  if (out.some((p) => p.length === 0 || p.length > 60)) return null
  if (new Set(out).size !== out.length) return null
  return out
}

export interface CheckInput {
  facilityId: string
  result: CheckResult
  /** Indexes of the checklist's points that failed. */
  failed: readonly number[]
}

/**
 * A fault names at least one failed point and a pass names none; every index is a point of the
 * checklist, once. Returns the problem in Chinese, or null when the result reads right.
 */
export function checkProblem(input: CheckInput, checklistLength: number): string | null {
  const unique = new Set(input.failed)
  if (unique.size !== input.failed.length) return '检查项重复'
  if (input.failed.some((i) => !Number.isInteger(i) || i < 0 || i >= checklistLength))
    return '检查项不在计划的检查清单中'
  if (input.result === 'fault' && input.failed.length === 0) return '判定为故障时请勾选未通过的检查项'
  if (input.result === 'ok' && input.failed.length > 0) return '有未通过的检查项时应判定为故障'
  return null
}
