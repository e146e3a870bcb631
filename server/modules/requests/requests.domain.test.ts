import { describe, expect, it } from 'vitest'
import { startOfLocalDay } from '../../platform/time.js'
import {
  contributionDelta,
  contributions,
  rateValue,
  emptyTotals,
  splitPeriod,
  type FigureFields,
} from './figures.domain.js'
import { checkAdvance, defaultMatrix, route } from './routing.domain.js'
import { addWorkingDays, dueAt, extendDue, isWorkingDay, type CalendarOverrides } from './sla.domain.js'
import { actionsFrom, checkStep, formatItemNumber, requestWorkflow } from './workflow.domain.js'

// 2026's National Day week: 1–7 October off, Saturday 10 October worked (调休).
const calendar: CalendarOverrides = new Map([
  ...['01', '02', '03', '04', '05', '06', '07'].map((d) => [`2026-10-${d}`, 'holiday'] as const),
  ['2026-10-10', 'workday'] as const,
])
const at = (day: string, hh: number) => startOfLocalDay(day) + hh * 3_600_000

describe('working days and time limits', () => {
  it('skips weekends and holidays and counts adjusted working Saturdays', () => {
    expect(isWorkingDay('2026-11-23', calendar)).toBe(true) // Monday
    expect(isWorkingDay('2026-11-22', calendar)).toBe(false) // Sunday
    expect(isWorkingDay('2026-10-05', calendar)).toBe(false) // a Monday in the holiday
    expect(isWorkingDay('2026-10-10', calendar)).toBe(true) // a Saturday worked
    // Filed on 30 September: the 1st working day after is 8 October, the 3rd is 10 October (Saturday).
    expect(addWorkingDays('2026-09-30', 1, calendar)).toBe('2026-10-08')
    expect(addWorkingDays('2026-09-30', 3, calendar)).toBe('2026-10-10')
  })

  it('ends "7 working days" at the end of the 7th working day after filing, and "24 h" exactly a day later', () => {
    const general = { code: 'general', amount: 7, unit: 'days', basis: 'working', respondHours: 24 } as const
    const utility = {
      code: 'utility',
      amount: 24,
      unit: 'hours',
      basis: 'calendar',
      respondHours: 2,
    } as const
    const filed = at('2026-11-20', 15) // Friday afternoon
    // Mon 23 … Tue 1 Dec is the 7th working day.
    expect(dueAt(filed, general, calendar)).toBe(startOfLocalDay('2026-12-02') - 1)
    expect(dueAt(filed, utility, calendar)).toBe(filed + 24 * 3_600_000)
    expect(extendDue(startOfLocalDay('2026-12-02') - 1, 2, 'working', calendar)).toBe(
      startOfLocalDay('2026-12-04') - 1,
    )
  })
})

describe('routing by function and stage (五转, 三步走)', () => {
  const base = { communityStage: 2 as const, villageStages: new Map(), matrix: defaultMatrix }
  it('keeps development with the village at stage 2 and gives everything to the community at stage 3', () => {
    expect(route({ ...base, fn: 'development', originVillageId: 'v1' })).toEqual({
      owner: 'village',
      villageId: 'v1',
      stage: 2,
    })
    expect(route({ ...base, fn: 'service', originVillageId: 'v1' }).owner).toBe('community')
    expect(route({ ...base, communityStage: 3, fn: 'development', originVillageId: 'v1' }).owner).toBe(
      'community',
    )
  })
  it('uses a village’s own stage where it differs, and the community side when the origin is unknown', () => {
    const villageStages = new Map([['late', 1 as const]])
    expect(route({ ...base, villageStages, fn: 'service', originVillageId: 'late' })).toEqual({
      owner: 'village',
      villageId: 'late',
      stage: 1,
    })
    expect(route({ ...base, villageStages, fn: 'development', originVillageId: null }).owner).toBe(
      'community',
    )
  })
  it('advances one stage at a time, only when enough households have moved in', () => {
    expect(checkAdvance(1, 3, 100, 100)).toMatchObject({ ok: false, reason: 'not_next_stage' })
    expect(checkAdvance(1, 2, 79, 100)).toEqual({
      ok: false,
      reason: 'moved_in_share_too_low',
      sharePercent: 79,
      requiredPercent: 80,
    })
    expect(checkAdvance(1, 2, 80, 100)).toEqual({ ok: true })
    expect(checkAdvance(2, 1, 100, 100)).toMatchObject({ ok: false })
  })
})

describe('the workflow as data', () => {
  it('refuses closing what was never resolved and offers the loop’s next steps', () => {
    expect(checkStep(requestWorkflow, 'reported', 'close')).toEqual({ ok: false, reason: 'wrong_state' })
    expect(checkStep(requestWorkflow, 'resolved', 'close')).toMatchObject({ ok: true, to: 'closed' })
    expect(actionsFrom(requestWorkflow, 'closed')).toEqual(['rate', 'reopen', 'comment'])
    expect(checkStep(requestWorkflow, 'accepted', 'request_extension')).toMatchObject({
      ok: true,
      to: 'accepted',
    })
  })
  it('formats the number residents read out', () => {
    expect(formatItemNumber(2026, 123)).toBe('2026-000123')
  })
})

describe('figures from contributions', () => {
  const item: FigureFields = {
    state: 'rated',
    merged_into_id: null,
    reported_date: '2026-11-01',
    responded_at: 10,
    respond_due_at: 20,
    resolved_at: 100,
    due_at: 50,
    closed_date: '2026-11-03',
    outcome: 'solved',
    settled_level: 'grid',
    rated_date: '2026-11-04',
    satisfaction: 'basically_satisfied',
  }
  it('counts each fact on its own event date', () => {
    expect(contributions(item)).toEqual([
      { count: 'collected', day: '2026-11-01' },
      { count: 'responded_on_time', day: '2026-11-01' },
      { count: 'closed', day: '2026-11-03' },
      { count: 'resolved', day: '2026-11-03' },
      { count: 'settled_grid', day: '2026-11-03' },
      { count: 'rated', day: '2026-11-04' },
      { count: 'basically_satisfied', day: '2026-11-04' },
    ])
  })
  it('takes back what a reopened or merged item no longer counts', () => {
    const reopened = {
      ...item,
      state: 'verified' as const,
      closed_date: null,
      resolved_at: null,
      outcome: null,
      settled_level: null,
    }
    expect(contributionDelta(item, reopened)).toEqual([
      { count: 'closed', day: '2026-11-03', delta: -1 },
      { count: 'resolved', day: '2026-11-03', delta: -1 },
      { count: 'settled_grid', day: '2026-11-03', delta: -1 },
    ])
    expect(contributions({ ...item, merged_into_id: 'x' })).toEqual([])
  })
  it('computes rates to one decimal, and none without a denominator', () => {
    const totals = { ...emptyTotals(), rated: 3, satisfied: 1, basically_satisfied: 1, dissatisfied: 1 }
    expect(rateValue('satisfaction_rate', totals)).toBe(66.7)
    expect(rateValue('resolution_rate', totals)).toBeNull()
  })
})

describe('a period as whole months and edge days (monthly figure rows)', () => {
  it('reads a calendar month, a quarter, a year from the monthly rows alone', () => {
    expect(splitPeriod('2026-10-01', '2026-10-31')).toEqual({
      months: { from: '2026-10', to: '2026-10' },
      days: [],
    })
    expect(splitPeriod('2024-01-01', '2024-12-31')).toEqual({
      months: { from: '2024-01', to: '2024-12' },
      days: [],
    })
    // February of a leap year ends on the 29th.
    expect(splitPeriod('2024-02-01', '2024-02-29')).toEqual({
      months: { from: '2024-02', to: '2024-02' },
      days: [],
    })
    expect(splitPeriod('2024-02-01', '2024-02-28')).toEqual({
      months: null,
      days: [{ from: '2024-02-01', to: '2024-02-28' }],
    })
  })

  it('keeps the partial months at either end as days, across a year end', () => {
    expect(splitPeriod('2025-11-15', '2026-02-10')).toEqual({
      months: { from: '2025-12', to: '2026-01' },
      days: [
        { from: '2025-11-15', to: '2025-11-30' },
        { from: '2026-02-01', to: '2026-02-10' },
      ],
    })
    expect(splitPeriod('2026-03-05', '2026-03-20')).toEqual({
      months: null,
      days: [{ from: '2026-03-05', to: '2026-03-20' }],
    })
    // A period inside two adjacent months has no whole month.
    expect(splitPeriod('2026-03-05', '2026-04-20')).toEqual({
      months: null,
      days: [{ from: '2026-03-05', to: '2026-04-20' }],
    })
    expect(splitPeriod('2026-03-01', '2026-04-20')).toEqual({
      months: { from: '2026-03', to: '2026-03' },
      days: [{ from: '2026-04-01', to: '2026-04-20' }],
    })
    expect(splitPeriod('2026-03-05', '2026-04-30')).toEqual({
      months: { from: '2026-04', to: '2026-04' },
      days: [{ from: '2026-03-05', to: '2026-03-31' }],
    })
  })
})
