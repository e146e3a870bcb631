// The estate's rules, free of the database: areas in hundredths of a mu, the rent schedule, how a
// receipt splits between this year's income and rent received in advance, how much of the
// advance each later year releases, and the warnings (临期, 逾期) computed from the data.
import { splitByLargestRemainder, type Fen } from '../../platform/money.js'

export const landUses = ['farmland', 'garden', 'forest', 'construction', 'homestead', 'other'] as const
export const landUseNamesZh: Record<(typeof landUses)[number], string> = {
  farmland: '耕地',
  garden: '园地',
  forest: '林地',
  construction: '建设用地',
  homestead: '宅基地',
  other: '其他',
}
export const landStatuses = ['unlet', 'contracted', 'leased', 'expropriated'] as const
export const landStatusNamesZh: Record<(typeof landStatuses)[number], string> = {
  unlet: '未发包',
  contracted: '承包',
  leased: '出租',
  expropriated: '征收',
}
export const assetKinds = ['building', 'shop', 'equipment', 'infrastructure', 'other'] as const
export const assetKindNamesZh: Record<(typeof assetKinds)[number], string> = {
  building: '房屋建筑物',
  shop: '商铺',
  equipment: '机器设备',
  infrastructure: '基础设施',
  other: '其他',
}
export const assetStatuses = ['in_use', 'leased', 'idle', 'disposed'] as const
export const assetStatusNamesZh: Record<(typeof assetStatuses)[number], string> = {
  in_use: '在用',
  leased: '出租',
  idle: '闲置',
  disposed: '报废/处置',
}
export const contractKinds = ['lease', 'contracting', 'other'] as const
export const contractKindNamesZh: Record<(typeof contractKinds)[number], string> = {
  lease: '租赁',
  contracting: '承包',
  other: '其他',
}
export const frequencies = ['once', 'annual', 'semiannual', 'quarterly', 'monthly'] as const
export type Frequency = (typeof frequencies)[number]
export const frequencyNamesZh: Record<Frequency, string> = {
  once: '一次性',
  annual: '按年',
  semiannual: '按半年',
  quarterly: '按季',
  monthly: '按月',
}
const monthsPer: Record<Exclude<Frequency, 'once'>, number> = {
  annual: 12,
  semiannual: 6,
  quarterly: 3,
  monthly: 1,
}
/** Days before the end at which a signed contract is 临期. */
export const EXPIRING_DAYS = 90

// --- Areas ---------------------------------------------------------------------------------------

/** "12.35" (亩, at most two decimals) → 1235 hundredths of a mu; null when it is not such a number. */
export function parseMu(text: string): number | null {
  const m = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(text.trim())
  if (!m) return null
  const whole = Number(m[1])
  const frac = Number((m[2] ?? '').padEnd(2, '0'))
  return whole * 100 + frac
}

export function formatMu(cmu: number): string {
  const sign = cmu < 0 ? '-' : ''
  const abs = Math.abs(cmu)
  return `${sign}${String(Math.floor(abs / 100))}.${String(abs % 100).padStart(2, '0')}`
}

// --- Dates ---------------------------------------------------------------------------------------

function toUtc(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)))
}
function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}
export function addDays(day: string, days: number): string {
  return fromUtc(toUtc(day) + days * 86_400_000)
}
/** The same day `months` later, or the month's last day when it has no such day. */
export function addMonths(day: string, months: number): string {
  const y = Number(day.slice(0, 4))
  const m = Number(day.slice(5, 7)) - 1 + months
  const d = Number(day.slice(8, 10))
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate()
  return fromUtc(Date.UTC(y, m, Math.min(d, last)))
}
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / 86_400_000)
}
export function yearOf(day: string): number {
  return Number(day.slice(0, 4))
}

// --- The schedule ---------------------------------------------------------------------------------

export interface Instalment {
  dueOn: string
  amountFen: Fen
}

/** Whole months the contract runs (1 Jan – 31 Dec is 12), rounded down, at least 1. */
export function contractMonths(startsOn: string, endsOn: string): number {
  const after = addDays(endsOn, 1)
  let months =
    (yearOf(after) - yearOf(startsOn)) * 12 + Number(after.slice(5, 7)) - Number(startsOn.slice(5, 7))
  if (Number(after.slice(8, 10)) < Number(startsOn.slice(8, 10))) months -= 1
  return Math.max(1, months)
}

/** The contract's total from its annual rent: the rent for the months it runs. */
export function totalFromAnnualRent(annualRentFen: Fen, startsOn: string, endsOn: string): Fen {
  return Math.round((annualRentFen * contractMonths(startsOn, endsOn)) / 12)
}

/**
 * The rent schedule: one instalment at the start of each period of the frequency that begins on or
 * before the end, the total split evenly (to the fen, earlier instalments taking the odd fen).
 */
export function generateSchedule(
  startsOn: string,
  endsOn: string,
  totalFen: Fen,
  frequency: Frequency,
): Instalment[] {
  const dues: string[] = []
  if (frequency === 'once') dues.push(startsOn)
  else
    for (let k = 0; ; k++) {
      const due = addMonths(startsOn, k * monthsPer[frequency])
      if (due > endsOn || k > 600) break
      dues.push(due)
    }
  const parts = splitByLargestRemainder(
    totalFen,
    dues.map(() => 1n),
  )
  return dues.map((dueOn, i) => ({ dueOn, amountFen: parts[i] ?? 0 }))
}

/** What is wrong with a schedule, as [path, message]; empty when it is fine. */
export function scheduleProblems(
  instalments: readonly Instalment[],
  totalFen: Fen,
  startsOn: string,
  endsOn: string,
): [string, string][] {
  const problems: [string, string][] = []
  if (instalments.length === 0) problems.push(['/instalments', '收款计划至少要有一期'])
  instalments.forEach((i, n) => {
    if (i.dueOn < startsOn || i.dueOn > endsOn)
      problems.push([`/instalments/${String(n)}/dueOn`, '应收日期须在合同起止日期之内'])
    const prev = instalments[n - 1]
    if (prev && prev.dueOn > i.dueOn)
      problems.push([`/instalments/${String(n)}/dueOn`, '各期应收日期须按先后排列'])
  })
  const sum = instalments.reduce((s, i) => s + i.amountFen, 0)
  if (instalments.length > 0 && sum !== totalFen)
    problems.push(['/instalments', `各期金额合计 ${fenText(sum)} 元与合同总额 ${fenText(totalFen)} 元不符`])
  return problems
}

export function fenText(fen: Fen): string {
  return `${String(Math.trunc(fen / 100))}.${String(Math.abs(fen % 100)).padStart(2, '0')}`
}

// --- Income by year -------------------------------------------------------------------------------

/**
 * The contract's total spread over the calendar years it covers, by the contract months that
 * begin in each year (a lease from 1 July earns half a year's rent in its first calendar year),
 * adding up exactly.
 */
export function yearShares(startsOn: string, endsOn: string, totalFen: Fen): Map<number, Fen> {
  const months = contractMonths(startsOn, endsOn)
  const count = new Map<number, number>()
  for (let y = yearOf(startsOn); y <= yearOf(endsOn); y++) count.set(y, 0)
  for (let k = 0; k < months; k++) {
    const y = yearOf(addMonths(startsOn, k))
    count.set(y, (count.get(y) ?? 0) + 1)
  }
  const years = [...count.keys()]
  const parts = splitByLargestRemainder(
    totalFen,
    years.map((y) => BigInt(count.get(y) ?? 0)),
  )
  return new Map(years.map((y, i) => [y, parts[i] ?? 0]))
}

/** The income of the contract's years up to and including `year`. */
export function earnedThrough(shares: Map<number, Fen>, year: number): Fen {
  let sum = 0
  for (const [y, fen] of shares) if (y <= year) sum += fen
  return sum
}

/**
 * A receipt on a day of `year`, after `receivedBefore` had come in: the part that is income of
 * this year or earlier (Cr 501) and the part that is rent for later years (Cr 211 预收租金).
 */
export function splitReceipt(
  shares: Map<number, Fen>,
  year: number,
  receivedBefore: Fen,
  amountFen: Fen,
): { currentFen: Fen; advanceFen: Fen } {
  const earned = earnedThrough(shares, year)
  const currentFen = Math.min(receivedBefore + amountFen, earned) - Math.min(receivedBefore, earned)
  return { currentFen, advanceFen: amountFen - currentFen }
}

/** What `year` releases from 预收租金 into income: the part of earlier years' receipts that pays for it. */
export function releaseFor(shares: Map<number, Fen>, year: number, receivedBeforeYear: Fen): Fen {
  const before = earnedThrough(shares, year - 1)
  const own = shares.get(year) ?? 0
  return Math.min(Math.max(receivedBeforeYear - before, 0), own)
}

// --- Receipts against instalments and warnings ---------------------------------------------------

export interface InstalmentState {
  id: string
  seq: number
  dueOn: string
  amountFen: Fen
  receivedFen: Fen
}

/** A receipt allocated to the instalments still open, earliest first; null if it is more than is open. */
export function allocate(
  instalments: readonly InstalmentState[],
  amountFen: Fen,
): { instalmentId: string; amountFen: Fen }[] | null {
  let left = amountFen
  const out: { instalmentId: string; amountFen: Fen }[] = []
  for (const i of [...instalments].sort((a, b) => a.seq - b.seq)) {
    const open = i.amountFen - i.receivedFen
    if (open <= 0 || left === 0) continue
    const take = Math.min(open, left)
    out.push({ instalmentId: i.id, amountFen: take })
    left -= take
  }
  return left === 0 ? out : null
}

/** 逾期: instalments due before today and not fully received. */
export function overdueFen(instalments: readonly InstalmentState[], today: string): Fen {
  return instalments
    .filter((i) => i.dueOn < today)
    .reduce((s, i) => s + Math.max(i.amountFen - i.receivedFen, 0), 0)
}

/** 临期: a signed contract that ends within the next 90 days (and has not yet ended). */
export function isExpiring(state: string, endsOn: string, today: string): boolean {
  return state === 'signed' && endsOn >= today && endsOn <= addDays(today, EXPIRING_DAYS)
}

/** 138****5678: a phone shown on read. */
export function maskPhone(phone: string | null): string | null {
  if (phone === null) return null
  if (phone.length < 7) return '*'.repeat(phone.length)
  return `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}`
}
