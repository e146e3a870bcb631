// A village's books, pure: periods, the rules a voucher must meet before it may be kept, red-letter
// reversal, and the trial balance (科目余额表) from posted lines. Amounts are whole fen (numbers
// guarded as safe integers); nothing here rounds.
import type { AccountClass } from '../../db/schema.js'
import { assertFen, type Fen } from '../../platform/money.js'

export const accountClassNamesZh: Record<AccountClass, string> = {
  asset: '资产类',
  liability: '负债类',
  equity: '所有者权益类',
  cost: '成本类',
  income: '损益类（收入）',
  expense: '损益类（支出）',
}

export const voucherStateNamesZh = { draft: '草稿', reviewed: '已审核', posted: '已记账' } as const

/**
 * The sub-accounts of 322 收益分配 every book opens with (the income and distribution statement
 * reads them): [code, parent, name].
 */
export const distributionAccounts: readonly [string, string, string][] = [
  ['32201', '322', '未分配收益'],
  ['32202', '322', '各项分配'],
  ['3220201', '32202', '提取公积公益金'],
  ['3220202', '32202', '向成员分配'],
  ['3220203', '32202', '其他'],
]

/** The most lines a voucher may have; a page of a printed voucher holds far fewer. */
export const MAX_LINES = 60
/** The largest amount on one line: ¥1,000,000,000.00. */
export const MAX_LINE_FEN = 100_000_000_000

/** 2026-03-15 → 2026-03. */
export function periodOf(day: string): string {
  return day.slice(0, 7)
}

export function previousPeriod(period: string): string {
  const [y, m] = period.split('-').map(Number) as [number, number]
  return m === 1 ? `${String(y - 1)}-12` : `${String(y)}-${String(m - 1).padStart(2, '0')}`
}

export function isPeriod(value: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(value)
}

/** A sub-account's code is its parent's plus two or three digits (11201, 112001). */
export function isChildCode(parent: string, code: string): boolean {
  return code.startsWith(parent) && /^\d{2,3}$/.test(code.slice(parent.length))
}

export interface AccountRule {
  id: string
  code: string
  name: string
  leaf: boolean
  active: boolean
  perHousehold: boolean
}

export interface LineInput {
  accountCode: string
  debitFen: Fen
  creditFen: Fen
  householdId?: string | null
}

export interface LineProblem {
  path: string
  message: string
}

/**
 * The rules of a voucher (each problem names its line): at least two lines; each line one side, a
 * whole number of fen above zero; only leaf accounts in use; a household exactly where the account
 * keeps 往来 per household; debits equal credits to the fen — never plugged.
 */
export function voucherProblems(
  lines: readonly LineInput[],
  accounts: ReadonlyMap<string, AccountRule>,
): LineProblem[] {
  const problems: LineProblem[] = []
  if (lines.length < 2) problems.push({ path: '/lines', message: '凭证至少要有两行分录' })
  let debit = 0
  let credit = 0
  lines.forEach((line, i) => {
    const at = `/lines/${String(i)}`
    const sides = (line.debitFen > 0 ? 1 : 0) + (line.creditFen > 0 ? 1 : 0)
    if (
      sides !== 1 ||
      line.debitFen < 0 ||
      line.creditFen < 0 ||
      !Number.isSafeInteger(line.debitFen) ||
      !Number.isSafeInteger(line.creditFen)
    )
      problems.push({ path: at, message: '每行只能填借方或贷方中的一个，金额须为大于零的整分' })
    const account = accounts.get(line.accountCode)
    if (!account) problems.push({ path: `${at}/accountCode`, message: `科目 ${line.accountCode} 不存在` })
    else if (!account.active)
      problems.push({ path: `${at}/accountCode`, message: `科目 ${account.code} ${account.name} 已停用` })
    else if (!account.leaf)
      problems.push({
        path: `${at}/accountCode`,
        message: `科目 ${account.code} ${account.name} 有明细科目，请记到明细科目`,
      })
    else if (account.perHousehold && !line.householdId)
      problems.push({
        path: `${at}/householdId`,
        message: `科目 ${account.code} ${account.name} 按户核算，请选择农户`,
      })
    else if (!account.perHousehold && line.householdId)
      problems.push({ path: `${at}/householdId`, message: `科目 ${account.code} ${account.name} 不按户核算` })
    debit += Math.max(line.debitFen, 0)
    credit += Math.max(line.creditFen, 0)
  })
  if (problems.length === 0 && debit !== credit)
    problems.push({
      path: '/lines',
      message: `借贷不平：借方合计 ${formatFen(debit)}，贷方合计 ${formatFen(credit)}，相差 ${formatFen(Math.abs(debit - credit))}`,
    })
  return problems
}

function formatFen(fen: Fen): string {
  const sign = fen < 0 ? '-' : ''
  const abs = Math.abs(fen)
  return `${sign}${String(Math.floor(abs / 100))}.${String(abs % 100).padStart(2, '0')}`
}

/** A red-letter reversal (红字冲销): the same lines, the same sides, the amounts negated. */
export function reversalLines<L extends { debitFen: Fen; creditFen: Fen }>(lines: readonly L[]): L[] {
  return lines.map((l) => ({
    ...l,
    debitFen: l.debitFen === 0 ? 0 : -l.debitFen,
    creditFen: l.creditFen === 0 ? 0 : -l.creditFen,
  }))
}

export interface BalanceAccount {
  code: string
  name: string
  class: AccountClass
  normalSide: 'debit' | 'credit'
  parentCode: string | null
  level: number
  leaf: boolean
}

export interface Movement {
  code: string
  /** Posted before the period. */
  openingDebitFen: Fen
  openingCreditFen: Fen
  /** Posted in the period (red-letter amounts count negative). */
  debitFen: Fen
  creditFen: Fen
}

export interface BalanceRow {
  code: string
  name: string
  class: AccountClass
  level: number
  leaf: boolean
  /** Balance on the account's normal side: positive is the usual direction (a debit balance for an asset). */
  openingFen: Fen
  debitFen: Fen
  creditFen: Fen
  closingFen: Fen
  /** 借 or 贷 (or 平), as the trial balance prints the direction of the balance. */
  openingSideZh: '借' | '贷' | '平'
  closingSideZh: '借' | '贷' | '平'
}

export interface TrialBalance {
  rows: BalanceRow[]
  totals: {
    openingDebitFen: Fen
    openingCreditFen: Fen
    debitFen: Fen
    creditFen: Fen
    closingDebitFen: Fen
    closingCreditFen: Fen
  }
  balanced: boolean
}

function sideZh(signedDebit: Fen): '借' | '贷' | '平' {
  return signedDebit > 0 ? '借' : signedDebit < 0 ? '贷' : '平'
}

/**
 * The trial balance: every account (parents summing their children) with its opening balance,
 * the period's debits and credits, and its closing balance. It holds when total debit balances
 * equal total credit balances, at the opening and the close, and the period's debits equal its
 * credits.
 */
export function trialBalance(
  accounts: readonly BalanceAccount[],
  movements: readonly Movement[],
): TrialBalance {
  const byCode = new Map<string, { od: Fen; oc: Fen; d: Fen; c: Fen }>()
  for (const a of accounts) byCode.set(a.code, { od: 0, oc: 0, d: 0, c: 0 })
  const parentOf = new Map(accounts.map((a) => [a.code, a.parentCode]))
  for (const m of movements) {
    let code: string | null | undefined = m.code
    while (code) {
      const sums = byCode.get(code)
      if (!sums) break
      sums.od = assertFen(sums.od + m.openingDebitFen)
      sums.oc = assertFen(sums.oc + m.openingCreditFen)
      sums.d = assertFen(sums.d + m.debitFen)
      sums.c = assertFen(sums.c + m.creditFen)
      code = parentOf.get(code)
    }
  }
  const totals = {
    openingDebitFen: 0,
    openingCreditFen: 0,
    debitFen: 0,
    creditFen: 0,
    closingDebitFen: 0,
    closingCreditFen: 0,
  }
  const rows: BalanceRow[] = []
  for (const a of [...accounts].sort((x, y) => x.code.localeCompare(y.code))) {
    const s = byCode.get(a.code) ?? { od: 0, oc: 0, d: 0, c: 0 }
    const opening = s.od - s.oc
    const closing = opening + s.d - s.c
    const sign = a.normalSide === 'debit' ? 1 : -1
    rows.push({
      code: a.code,
      name: a.name,
      class: a.class,
      level: a.level,
      leaf: a.leaf,
      openingFen: opening === 0 ? 0 : sign * opening,
      debitFen: s.d,
      creditFen: s.c,
      closingFen: closing === 0 ? 0 : sign * closing,
      openingSideZh: sideZh(opening),
      closingSideZh: sideZh(closing),
    })
    if (a.level === 1) {
      if (opening > 0) totals.openingDebitFen += opening
      else totals.openingCreditFen -= opening
      if (closing > 0) totals.closingDebitFen += closing
      else totals.closingCreditFen -= closing
      totals.debitFen += s.d
      totals.creditFen += s.c
    }
  }
  const balanced =
    totals.openingDebitFen === totals.openingCreditFen &&
    totals.debitFen === totals.creditFen &&
    totals.closingDebitFen === totals.closingCreditFen
  return { rows, totals, balanced }
}
