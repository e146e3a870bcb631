// Time is stored as epoch milliseconds UTC. Reports bucket by the local day in Asia/Shanghai,
// which has had no daylight saving since 1991, so the day is a fixed +8 h offset from UTC.
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000

export const REPORTING_TIME_ZONE = 'Asia/Shanghai'

export type Clock = () => number

export const systemClock: Clock = () => Date.now()

/** YYYY-MM-DD of the instant in Asia/Shanghai. */
export function localDate(epochMs: number): string {
  return new Date(epochMs + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10)
}

/** The instant at which a Shanghai calendar day starts. */
export function startOfLocalDay(date: string): number {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new RangeError(`not a date: ${date}`)
  const ms = Date.parse(`${date}T00:00:00Z`)
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date)
    throw new RangeError(`not a date: ${date}`)
  return ms - SHANGHAI_OFFSET_MS
}

/** 2026年11月24日 14:05 — how dates and times read in the product's Chinese UI and exports. */
export function formatLocalDateTimeZh(epochMs: number): string {
  const iso = new Date(epochMs + SHANGHAI_OFFSET_MS).toISOString()
  const [y, m, d] = [iso.slice(0, 4), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))]
  return `${y}年${m}月${d}日 ${iso.slice(11, 16)}`
}
