// The service centre's times as people there read and enter them: Beijing time (Asia/Shanghai,
// +8 h all year), whatever the browser's own time zone. Days are YYYY-MM-DD, times of day HH:MM.
import { formatShortTime } from '../requests/format'

const OFFSET = 8 * 3_600_000
const DAY = 86_400_000

/** The Shanghai day of an instant (today by default). */
export function dayOf(ms: number = Date.now()): string {
  return new Date(ms + OFFSET).toISOString().slice(0, 10)
}

/** The Shanghai time of day of an instant, HH:MM. */
export function clockOf(ms: number): string {
  return new Date(ms + OFFSET).toISOString().slice(11, 16)
}

/** The instant of a Shanghai day and time of day. */
export function instantOf(day: string, clock: string): number {
  return Date.parse(`${day}T${clock}:00+08:00`)
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10)
}

/** The Monday of the week a day is in. */
export function mondayOf(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay()
  return addDays(day, -((weekday + 6) % 7))
}

function minutesOf(clock: string): number {
  const [h = 0, m = 0] = clock.split(':').map(Number)
  return h * 60 + m
}

function clockOfMinutes(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
}

/** Times of day from `from` to `to` (both included) in quarter-hour steps. */
export function quarterHours(from = '00:00', to = '23:45'): string[] {
  const start = Math.ceil(minutesOf(from) / 15) * 15
  const end = Math.min(minutesOf(to), 23 * 60 + 45)
  const times: string[] = []
  for (let m = start; m <= end; m += 15) times.push(clockOfMinutes(m))
  return times
}

/** 3月6日 09:00–11:00: a span on one day, as lists show it. */
export function formatSpan(startsAt: number, endsAt: number): string {
  const sameDay = dayOf(startsAt) === dayOf(endsAt - 1)
  return `${formatShortTime(startsAt)}–${sameDay ? clockOf(endsAt) : formatShortTime(endsAt)}`
}

/** 周五 3/6: a day's column heading in the reader's language. */
export function weekdayLabel(day: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    month: 'numeric',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`))
}
