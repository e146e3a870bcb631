// Figures that can be checked. Every count is defined here once, as the contribution an item makes
// to the daily summary rows given its current fields; the service applies the difference between
// an item's contributions before and after each change in the same transaction, `tongxin figures
// rebuild` sums the contributions of every item afresh, and a test proves the two agree. Each count
// names the event date it is counted on. Rates are ratios of counts, versioned with their
// definitions; the drill-down of a count lists exactly the items that contribute to it.

import type { Outcome, Satisfaction, WorkLevel, WorkState } from './workflow.domain.js'

export const FIGURES_VERSION = 1

export const counts = [
  'collected',
  'responded_on_time',
  'closed',
  'resolved',
  'closed_on_time',
  'settled_grid',
  'settled_community',
  'settled_street',
  'rated',
  'satisfied',
  'basically_satisfied',
  'dissatisfied',
] as const
export type CountName = (typeof counts)[number]

/** Which date of an item a count is counted on. */
export type EventDate = 'reported' | 'closed' | 'rated'

export interface CountDefinition {
  zh: string
  en: string
  on: EventDate
  /** How the count is defined, for ARCHITECTURE.md and the figures' help text. */
  definition: string
}

export const countDefinitions: Record<CountName, CountDefinition> = {
  collected: {
    zh: '收集民情民意',
    en: 'Requests collected',
    on: 'reported',
    definition: 'items filed, except those merged into another as duplicates',
  },
  responded_on_time: {
    zh: '及时响应',
    en: 'Responded in time',
    on: 'reported',
    definition: 'collected items signed for (accepted) by a handler before the response deadline',
  },
  closed: {
    zh: '结案',
    en: 'Closed',
    on: 'closed',
    definition: 'items verified and closed (closed or rated, not reopened since)',
  },
  resolved: {
    zh: '解决问题',
    en: 'Solved',
    on: 'closed',
    definition: 'closed items whose outcome is "solved"',
  },
  closed_on_time: {
    zh: '按期办结',
    en: 'Closed on time',
    on: 'closed',
    definition: 'closed items resolved before their due time (approved extensions included)',
  },
  settled_grid: {
    zh: '网格内解决',
    en: 'Settled in the grid',
    on: 'closed',
    definition: 'closed items resolved at grid level (小事不出网格)',
  },
  settled_community: {
    zh: '社区层级解决',
    en: 'Settled at community level',
    on: 'closed',
    definition: 'closed items resolved at community level',
  },
  settled_street: {
    zh: '街道层级解决',
    en: 'Settled at street level',
    on: 'closed',
    definition: 'closed items resolved at street-office level',
  },
  rated: {
    zh: '回访评价',
    en: 'Rated',
    on: 'rated',
    definition: 'items with a return-visit rating (the latest rating counts, on its date)',
  },
  satisfied: { zh: '满意', en: 'Satisfied', on: 'rated', definition: 'rated "satisfied"' },
  basically_satisfied: {
    zh: '基本满意',
    en: 'Basically satisfied',
    on: 'rated',
    definition: 'rated "basically satisfied"',
  },
  dissatisfied: { zh: '不满意', en: 'Dissatisfied', on: 'rated', definition: 'rated "dissatisfied"' },
}

export const rates = [
  'response_rate',
  'resolution_rate',
  'satisfaction_rate',
  'on_time_rate',
  'grid_share',
  'community_share',
] as const
export type RateName = (typeof rates)[number]

export interface RateDefinition {
  zh: string
  en: string
  numerator: readonly { count: CountName; weight: number }[]
  denominator: CountName
}

export const rateDefinitions: Record<RateName, RateDefinition> = {
  response_rate: {
    zh: '响应率',
    en: 'Response rate',
    numerator: [{ count: 'responded_on_time', weight: 1 }],
    denominator: 'collected',
  },
  resolution_rate: {
    zh: '解决率',
    en: 'Resolution rate',
    numerator: [{ count: 'resolved', weight: 1 }],
    denominator: 'closed',
  },
  satisfaction_rate: {
    zh: '满意率',
    en: 'Satisfaction rate',
    numerator: [
      { count: 'satisfied', weight: 1 },
      { count: 'basically_satisfied', weight: 1 },
    ],
    denominator: 'rated',
  },
  on_time_rate: {
    zh: '按期办结率',
    en: 'On-time closure rate',
    numerator: [{ count: 'closed_on_time', weight: 1 }],
    denominator: 'closed',
  },
  grid_share: {
    zh: '网格内解决率',
    en: 'Settled within the grid',
    numerator: [{ count: 'settled_grid', weight: 1 }],
    denominator: 'closed',
  },
  community_share: {
    zh: '社区内解决率',
    en: 'Settled within the community',
    numerator: [
      { count: 'settled_grid', weight: 1 },
      { count: 'settled_community', weight: 1 },
    ],
    denominator: 'closed',
  },
}

/** The fields of an item the counts read. */
export interface FigureFields {
  state: WorkState
  merged_into_id: string | null
  reported_date: string
  responded_at: number | null
  respond_due_at: number
  resolved_at: number | null
  due_at: number
  closed_date: string | null
  outcome: Outcome | null
  settled_level: WorkLevel | null
  rated_date: string | null
  satisfaction: Satisfaction | null
}

export interface Contribution {
  count: CountName
  day: string
}

/** What one item adds to the daily counts, as it stands. */
export function contributions(item: FigureFields): Contribution[] {
  const out: Contribution[] = []
  if (item.merged_into_id !== null) return out
  out.push({ count: 'collected', day: item.reported_date })
  if (item.responded_at !== null && item.responded_at <= item.respond_due_at)
    out.push({ count: 'responded_on_time', day: item.reported_date })
  if ((item.state === 'closed' || item.state === 'rated') && item.closed_date !== null) {
    const day = item.closed_date
    out.push({ count: 'closed', day })
    if (item.outcome === 'solved') out.push({ count: 'resolved', day })
    if (item.resolved_at !== null && item.resolved_at <= item.due_at)
      out.push({ count: 'closed_on_time', day })
    if (item.settled_level !== null) out.push({ count: `settled_${item.settled_level}`, day })
  }
  if (item.rated_date !== null && item.satisfaction !== null) {
    out.push({ count: 'rated', day: item.rated_date })
    out.push({ count: item.satisfaction, day: item.rated_date })
  }
  return out
}

export interface CountDelta {
  count: CountName
  day: string
  delta: number
}

/** The change to the daily counts when an item goes from `before` (absent when new) to `after`. */
export function contributionDelta(before: FigureFields | null, after: FigureFields | null): CountDelta[] {
  const net = new Map<string, CountDelta>()
  const add = (c: Contribution, delta: number) => {
    const key = `${c.count}|${c.day}`
    const cur = net.get(key)
    if (cur) cur.delta += delta
    else net.set(key, { count: c.count, day: c.day, delta })
  }
  if (before) for (const c of contributions(before)) add(c, -1)
  if (after) for (const c of contributions(after)) add(c, 1)
  return [...net.values()].filter((d) => d.delta !== 0)
}

/** A rate from summed counts, in per cent with one decimal; null when nothing to divide by. */
export function rateValue(name: RateName, totals: Readonly<Record<CountName, number>>): number | null {
  const def = rateDefinitions[name]
  const denominator = totals[def.denominator]
  if (denominator === 0) return null
  const numerator = def.numerator.reduce((sum, part) => sum + part.weight * totals[part.count], 0)
  return Math.round((numerator * 1000) / denominator) / 10
}

export function emptyTotals(): Record<CountName, number> {
  return Object.fromEntries(counts.map((c) => [c, 0])) as Record<CountName, number>
}

/** A period's days as the monthly rows can answer them: whole months, and the partial edges. */
export interface PeriodSplit {
  /** Whole calendar months inside the period, 'YYYY-MM' inclusive; null when there are none. */
  months: { from: string; to: string } | null
  /** Day ranges (inclusive) outside those months: none, the head, the tail, or the whole period. */
  days: { from: string; to: string }[]
}

const monthOf = (day: string): string => day.slice(0, 7)
function shiftMonth(month: string, by: number): string {
  const [y = 0, m = 1] = month.split('-').map(Number)
  const index = y * 12 + (m - 1) + by
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`
}
function lastDayOf(month: string): string {
  const [y = 0, m = 1] = month.split('-').map(Number)
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`
}
function dayBefore(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10)
}

/** Splits [from, to] (days, inclusive) into whole months and the days around them. */
export function splitPeriod(from: string, to: string): PeriodSplit {
  const firstWhole = from.endsWith('-01') ? monthOf(from) : shiftMonth(monthOf(from), 1)
  const lastWhole = to === lastDayOf(monthOf(to)) ? monthOf(to) : shiftMonth(monthOf(to), -1)
  if (firstWhole > lastWhole) return { months: null, days: from <= to ? [{ from, to }] : [] }
  const days: { from: string; to: string }[] = []
  const wholeStart = `${firstWhole}-01`
  if (from < wholeStart) days.push({ from, to: dayBefore(wholeStart) })
  const wholeEnd = lastDayOf(lastWhole)
  if (to > wholeEnd) days.push({ from: `${shiftMonth(lastWhole, 1)}-01`, to })
  return { months: { from: firstWhole, to: lastWhole }, days }
}
