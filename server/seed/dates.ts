// Calendar days as 'YYYY-MM-DD' text, drawn and moved without time zones (UTC arithmetic on days).
import type { Rng } from './random.js'

const DAY_MS = 86_400_000

function toDays(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS)
}

function fromDays(days: number): string {
  return new Date(days * DAY_MS).toISOString().slice(0, 10)
}

export function addDays(date: string, days: number): string {
  return fromDays(toDays(date) + days)
}

export function daysBetween(from: string, to: string): number {
  return toDays(to) - toDays(from)
}

/** A day in [from, to], both included (`from` when the range is empty). */
export function dateBetween(rng: Rng, from: string, to: string): string {
  const a = toDays(from)
  const b = toDays(to)
  return b <= a ? from : fromDays(a + Math.floor(rng.next() * (b - a + 1)))
}

export function minDate(a: string, b: string): string {
  return a < b ? a : b
}

export function maxDate(a: string, b: string): string {
  return a > b ? a : b
}

/** A birth date for someone `age` years old on `today` (0 ≤ age). */
export function birthDateForAge(rng: Rng, age: number, today: string): string {
  // Born after the (age+1)-th birthday before today and on or before the age-th.
  const latest = addYears(today, -age)
  const earliest = addDays(addYears(today, -(age + 1)), 1)
  return dateBetween(rng, earliest, latest)
}

export function addYears(date: string, years: number): string {
  const y = Number(date.slice(0, 4)) + years
  const md = date.slice(5)
  // 29 February in a year without one becomes 28 February.
  if (md === '02-29' && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0))) return `${y}-02-28`
  return `${String(y).padStart(4, '0')}-${md}`
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4))
}

/** A day in [from, to], or undefined when the range is empty. */
export function dateWithin(rng: Rng, from: string, to: string): string | undefined {
  return from > to ? undefined : dateBetween(rng, from, to)
}

/** Whole years between a birth date and a day. */
export function ageOn(birthDate: string, on: string): number {
  const years = yearOf(on) - yearOf(birthDate)
  return on.slice(5) < birthDate.slice(5) ? years - 1 : years
}
