import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  addDays,
  checkProblem,
  currentPeriod,
  dueDay,
  dueDayOpenedOn,
  nextPeriodStart,
  normaliseChecklist,
  periodLabelZh,
  periodStart,
  frequencies,
} from './property.domain.js'

describe('maintenance plan periods', () => {
  it('starts a week on Monday, a month on the 1st and a quarter on its first month', () => {
    expect(periodStart('weekly', '2026-12-06')).toBe('2026-11-30') // a Sunday
    expect(periodStart('weekly', '2026-12-07')).toBe('2026-12-07') // a Monday
    expect(periodStart('monthly', '2026-12-31')).toBe('2026-12-01')
    expect(periodStart('quarterly', '2026-11-15')).toBe('2026-10-01')
    expect(nextPeriodStart('quarterly', '2026-10-01')).toBe('2027-01-01')
    expect(nextPeriodStart('monthly', '2026-12-01')).toBe('2027-01-01')
  })

  it('is due within its window and never after the period ends', () => {
    expect(dueDay('monthly', '2026-12-01', 10)).toBe('2026-12-10')
    expect(dueDay('monthly', '2027-02-01', 31)).toBe('2027-02-28')
    expect(dueDay('weekly', '2026-12-07', 14)).toBe('2026-12-13')
  })

  it('gives a check opened late in its period its days from the opening, within the period', () => {
    expect(dueDayOpenedOn('monthly', '2026-12-01', 5, '2026-12-01')).toBe('2026-12-05')
    expect(dueDayOpenedOn('monthly', '2026-12-01', 5, '2026-12-07')).toBe('2026-12-11')
    expect(dueDayOpenedOn('quarterly', '2026-10-01', 20, '2026-12-07')).toBe('2026-12-26')
    expect(dueDayOpenedOn('monthly', '2026-12-01', 10, '2026-12-29')).toBe('2026-12-31')
  })

  it('has no period before the plan starts', () => {
    expect(currentPeriod('monthly', '2026-12-15', '2026-12-14')).toBeNull()
    expect(currentPeriod('monthly', '2026-12-15', '2026-12-20')).toBe('2026-12-01')
  })

  it('names periods the way the office says them', () => {
    expect(periodLabelZh('monthly', '2026-12-01')).toBe('2026年12月')
    expect(periodLabelZh('quarterly', '2026-10-01')).toBe('2026年第4季度')
  })

  it('puts every day in exactly one period, which the next period follows without a gap', () => {
    const day = fc.integer({ min: 0, max: 3650 }).map((n) => addDays('2025-01-01', n))
    fc.assert(
      fc.property(fc.constantFrom(...frequencies), day, (frequency, d) => {
        const start = periodStart(frequency, d)
        const next = nextPeriodStart(frequency, start)
        expect(start <= d && d < next).toBe(true)
        expect(periodStart(frequency, addDays(next, -1))).toBe(start)
        expect(periodStart(frequency, next)).toBe(next)
      }),
    )
  })
})

describe('checklists and results', () => {
  it('refuses blank, repeated or too many points', () => {
    expect(normaliseChecklist([' 灯具是否亮 ', '线路有无裸露'])).toEqual(['灯具是否亮', '线路有无裸露'])
    expect(normaliseChecklist([])).toBeNull()
    expect(normaliseChecklist(['a', ' '])).toBeNull()
    expect(normaliseChecklist(['a', 'a'])).toBeNull()
    expect(normaliseChecklist(Array.from({ length: 21 }, (_, i) => `点${String(i)}`))).toBeNull()
  })

  it('wants a fault to name its failed points and a pass to name none', () => {
    expect(checkProblem({ facilityId: 'f', result: 'ok', failed: [] }, 3)).toBeNull()
    expect(checkProblem({ facilityId: 'f', result: 'fault', failed: [1] }, 3)).toBeNull()
    expect(checkProblem({ facilityId: 'f', result: 'fault', failed: [] }, 3)).toContain('勾选')
    expect(checkProblem({ facilityId: 'f', result: 'ok', failed: [0] }, 3)).toContain('故障')
    expect(checkProblem({ facilityId: 'f', result: 'fault', failed: [3] }, 3)).toContain('清单')
    expect(checkProblem({ facilityId: 'f', result: 'fault', failed: [1, 1] }, 3)).toContain('重复')
  })
})
