// The service centre's rules, pure: the kinds of room and activity, and when a booking may be made
// — inside the room's opening hours on one local day, not in the past, not longer than a day's
// opening, and never over another live booking of the same room.
import { localDate } from '../../platform/time.js'

export const roomKinds = [
  'one_stop_hall',
  'civilisation_practice',
  'party_activity',
  'consultation',
  'recreation',
  'other',
] as const
export type RoomKind = (typeof roomKinds)[number]
export const roomKindNamesZh: Record<RoomKind, string> = {
  one_stop_hall: '一站式服务大厅',
  civilisation_practice: '新时代文明实践站',
  party_activity: '党群活动室',
  consultation: '协商议事室',
  recreation: '文体活动室',
  other: '其他',
}

export const activityKinds = ['cultural', 'sports', 'education', 'volunteer', 'party', 'other'] as const
export type ActivityKind = (typeof activityKinds)[number]
export const activityKindNamesZh: Record<ActivityKind, string> = {
  cultural: '文化',
  sports: '体育',
  education: '教育培训',
  volunteer: '志愿服务',
  party: '党建',
  other: '其他',
}

const SHANGHAI_OFFSET_MS = 8 * 3_600_000
/** Bookings may start this long before now: a booking made as the meeting starts is not "in the past". */
export const BOOKING_GRACE_MS = 10 * 60_000

/** Minutes since local midnight (Asia/Shanghai) of an instant. */
export function localMinutes(epochMs: number): number {
  const d = new Date(epochMs + SHANGHAI_OFFSET_MS)
  return d.getUTCHours() * 60 + d.getUTCMinutes()
}

export function hhmmToMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number) as [number, number]
  return h * 60 + m
}

export function overlaps(
  a: { starts_at: number; ends_at: number },
  b: { starts_at: number; ends_at: number },
) {
  return a.starts_at < b.ends_at && b.starts_at < a.ends_at
}

export interface SpanProblem {
  path: string
  rule: string
  message: string
}

/** What is wrong with a booking's time, if anything (empty when it may be booked). */
export function checkSpan(
  span: { starts_at: number; ends_at: number },
  room: { open_from: string; open_to: string },
  now: number,
): SpanProblem[] {
  const problems: SpanProblem[] = []
  if (span.ends_at <= span.starts_at)
    problems.push({ path: '/endsAt', rule: 'after start', message: '结束时间须晚于开始时间' })
  if (span.starts_at < now - BOOKING_GRACE_MS)
    problems.push({ path: '/startsAt', rule: 'future', message: '不能预约已经过去的时间' })
  if (problems.length > 0) return problems
  const sameDay = localDate(span.starts_at) === localDate(span.ends_at - 1)
  const from = hhmmToMinutes(room.open_from)
  const to = hhmmToMinutes(room.open_to)
  const start = localMinutes(span.starts_at)
  const end = localMinutes(span.ends_at) || 24 * 60
  if (!sameDay || start < from || end > to)
    problems.push({
      path: '/startsAt',
      rule: 'opening hours',
      message: `须在开放时间 ${room.open_from}–${room.open_to} 内，且不跨日`,
    })
  return problems
}

/** 14:00–16:00: a booking's time as people read it. */
export function formatSpanZh(span: { starts_at: number; ends_at: number }): string {
  const hm = (ms: number) => new Date(ms + SHANGHAI_OFFSET_MS).toISOString().slice(11, 16)
  return `${localDate(span.starts_at)} ${hm(span.starts_at)}–${hm(span.ends_at)}`
}
