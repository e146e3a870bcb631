// The statements of a village's books and the carry-forward (结转) that prepares them: the balance
// sheet (资产负债表: 年初数 and 期末数) and the income and distribution statement (收益及收益分配表:
// 本年累计数), each filled from its layout rows stored as data; and the voucher that moves income and
// expenses to 本年收益 — at the year's end also 本年收益 and the year's distributions to 未分配收益.
import { sql } from 'kysely'
import type { Db, Executor } from '../../db/index.js'
import { toNumber } from '../../db/index.js'
import type { Actor } from '../../platform/access.js'
import { recordAudit } from '../../platform/audit.js'
import { AppError } from '../../platform/errors.js'
import { periodOf } from './books.domain.js'
import {
  insertLines,
  newVoucherRow,
  requireBook,
  requireOpenPeriod,
  villageBooks,
  voucherView,
} from './books.service.js'
import { confirmedOpenings } from './opening.repository.js'
import { fillLayout, profitNotCarried, type AccountFigures, type LayoutRow } from './statements.domain.js'

export const reports = ['balance_sheet', 'income_distribution'] as const
export type Report = (typeof reports)[number]
export const reportNamesZh: Record<Report, string> = {
  balance_sheet: '资产负债表',
  income_distribution: '收益及收益分配表',
}

interface Figured {
  id: string
  code: string
  name: string
  class: string
  level: number
  leaf: boolean
  parentCode: string | null
  figures: AccountFigures
}

/** Every account's figures at the end of `period`, sub-accounts rolled into their parents. */
export async function accountFigures(db: Executor, villageId: string, period: string): Promise<Figured[]> {
  const yearStart = `${period.slice(0, 4)}-01`
  const accounts = await db
    .selectFrom('ledger_accounts')
    .selectAll()
    .where('village_id', '=', villageId)
    .orderBy('code')
    .execute()
  const sums = await db
    .selectFrom('voucher_lines as l')
    .innerJoin('vouchers as v', 'v.id', 'l.voucher_id')
    .select([
      'l.account_id',
      (eb) => eb.fn.sum<string | number>(sql`l.debit_fen - l.credit_fen`).as('closing'),
      (eb) =>
        eb.fn
          .sum<string | number>(
            sql`case when v.period < ${yearStart} then l.debit_fen - l.credit_fen else 0 end`,
          )
          .as('opening'),
      (eb) =>
        eb.fn
          .sum<string | number>(
            sql`case when v.period >= ${yearStart} and v.source <> 'carry_forward' then l.debit_fen - l.credit_fen else 0 end`,
          )
          .as('ytd'),
    ])
    .where('v.village_id', '=', villageId)
    .where('v.state', '=', 'posted')
    .where('v.period', '<=', period)
    .groupBy('l.account_id')
    .execute()
  const byCode = new Map<string, Figured>(
    accounts.map((a) => [
      a.code,
      {
        id: a.id,
        code: a.code,
        name: a.name,
        class: a.class,
        level: a.level,
        leaf: a.leaf === 1,
        parentCode: a.parent_code,
        figures: { normalSide: a.normal_side, closing: 0, openingYear: 0, yearToDate: 0 },
      },
    ]),
  )
  const codeOf = new Map(accounts.map((a) => [a.id, a.code]))
  // Confirmed opening balances stand before the books' first period: in the year's opening (年初数)
  // and the closing balance of every period, never in a year's movement.
  const openings = (await confirmedOpenings(db, villageId)).map((o) => {
    const balance = o.debitFen - o.creditFen
    return { account_id: o.accountId, closing: balance, opening: balance, ytd: 0 }
  })
  for (const s of [...sums, ...openings]) {
    let code: string | null | undefined = codeOf.get(s.account_id)
    while (code) {
      const f = byCode.get(code)
      if (!f) break
      f.figures.closing += toNumber(s.closing)
      f.figures.openingYear += toNumber(s.opening)
      f.figures.yearToDate += toNumber(s.ytd)
      code = f.parentCode
    }
  }
  return [...byCode.values()]
}

export async function getStatement({
  db,
  actor,
  villageId,
  report,
  period,
}: {
  db: Db
  actor: Actor
  villageId: string
  report: Report
  period: string
}) {
  const { village } = await villageBooks(db, actor, villageId, 'village.books.read')
  const book = await requireBook(db, villageId)
  if (period < book.start_period)
    throw new AppError('VALIDATION_FAILED', {
      fields: [{ path: '/period', rule: 'books', message: `期间早于建账期间 ${book.start_period}` }],
    })
  const layout: LayoutRow[] = (
    await db
      .selectFrom('report_layouts')
      .selectAll()
      .where('standard', '=', book.standard)
      .where('report', '=', report)
      .orderBy('row_no')
      .execute()
  ).map((r) => ({ rowNo: r.row_no, caption: r.caption, formula: r.formula, style: r.style }))
  const accounts = await accountFigures(db, villageId, period)
  const figures = new Map(accounts.map((a) => [a.code, a.figures]))
  const end = fillLayout(layout, figures, 'closing', profitNotCarried(accounts, 'closing'))
  const start =
    report === 'balance_sheet'
      ? fillLayout(layout, figures, 'openingYear', profitNotCarried(accounts, 'openingYear'))
      : null
  const state = await db
    .selectFrom('ledger_periods')
    .select('state')
    .where('village_id', '=', villageId)
    .where('period', '=', period)
    .executeTakeFirst()
  const value = (rows: typeof end, rowNo: number) => rows.find((r) => r.rowNo === rowNo)?.value ?? 0
  return {
    villageId,
    villageName: village.name,
    collectiveName: village.collective_name,
    report,
    reportZh: reportNamesZh[report],
    period,
    periodState: state?.state ?? ('open' as const),
    rows: end.map((r, i) => ({
      rowNo: r.rowNo,
      caption: r.caption,
      style: r.style,
      valueFen: r.value,
      startFen: start?.[i]?.value ?? null,
    })),
    /** The balance sheet balances: 资产总计 = 负债和所有者权益总计, at both dates. */
    balanced:
      report === 'balance_sheet'
        ? value(end, 23) === value(end, 39) && start !== null && value(start, 23) === value(start, 39)
        : null,
  }
}

// --- 结转 ----------------------------------------------------------------------------------------

/**
 * Drafts the carry-forward voucher of a period (dated its last day): every income and expense
 * account's balance to 321 本年收益; in December also 本年收益 and the year's distributions
 * (322 各项分配) to 322 未分配收益. Reviewed and posted like any voucher; the statements leave it out
 * of the year's income and expenses.
 */
export async function carryForward({
  db,
  actor,
  villageId,
  period,
  now,
}: {
  db: Db
  actor: Actor
  villageId: string
  period: string
  now: number
}) {
  return db.transaction().execute(async (trx) => {
    await villageBooks(trx, actor, villageId, 'village.books.write')
    const book = await requireBook(trx, villageId)
    await requireOpenPeriod(trx, villageId, book.start_period, period, '/period')
    const pending = await trx
      .selectFrom('vouchers')
      .select('id')
      .where('village_id', '=', villageId)
      .where('period', '=', period)
      .where('source', '=', 'carry_forward')
      .where('state', '!=', 'posted')
      .executeTakeFirst()
    if (pending)
      throw new AppError('CONFLICT', {
        reason: 'a carry-forward is waiting',
        reasonZh: '本期已有未记账的结转凭证',
      })
    const accounts = await accountFigures(trx, villageId, period)
    const lines: { accountCode: string; debitFen: number; creditFen: number; summary: string }[] = []
    const move = (code: string, balance: number, to: string, summary: string) => {
      // Zero `code` (balance = debit minus credit) against `to`.
      if (balance === 0) return
      if (balance > 0) {
        lines.push({ accountCode: code, debitFen: 0, creditFen: balance, summary })
        lines.push({ accountCode: to, debitFen: balance, creditFen: 0, summary })
      } else {
        lines.push({ accountCode: code, debitFen: -balance, creditFen: 0, summary })
        lines.push({ accountCode: to, debitFen: 0, creditFen: -balance, summary })
      }
    }
    let toYear = 0
    for (const a of accounts)
      if (a.leaf && (a.class === 'income' || a.class === 'expense')) {
        move(a.code, a.figures.closing, '321', '结转损益')
        toYear += a.figures.closing
      }
    if (period.endsWith('-12')) {
      const year = accounts.find((a) => a.code === '321')
      move('321', (year?.figures.closing ?? 0) + toYear, '32201', '结转本年收益')
      for (const a of accounts)
        if (a.leaf && a.parentCode !== null && a.code.startsWith('32202'))
          move(a.code, a.figures.closing, '32201', '结转收益分配')
    }
    if (lines.length === 0)
      throw new AppError('UNPROCESSABLE', {
        reason: 'nothing to carry forward',
        reasonZh: '本期没有需要结转的余额',
      })
    const date = lastDay(period)
    const v = newVoucherRow(
      actor,
      {
        village_id: villageId,
        period: periodOf(date),
        voucher_date: date,
        summary: period.endsWith('-12') ? '年末结转损益及收益分配' : '结转本期损益',
        source: 'carry_forward',
      },
      now,
    )
    await trx.insertInto('vouchers').values(v).execute()
    const ids = new Map(accounts.map((a) => [a.code, a.id]))
    await insertLines(
      trx,
      v.id,
      lines.map((l) => ({
        accountId: ids.get(l.accountCode) ?? '',
        householdId: null,
        summary: l.summary,
        debitFen: l.debitFen,
        creditFen: l.creditFen,
      })),
    )
    await recordAudit(trx, {
      actor,
      action: 'voucher.carry_forward',
      targetType: 'voucher',
      targetId: v.id,
      villageId,
      summary: { period, lines: lines.length },
      at: now,
    })
    return voucherView(trx, v)
  })
}

function lastDay(period: string): string {
  const [y, m] = period.split('-').map(Number) as [number, number]
  const d = new Date(Date.UTC(y, m, 0)).getUTCDate()
  return `${period}-${String(d).padStart(2, '0')}`
}
