// The books' ledgers: the detail ledger of an account (明细账; for 101 and 102 it is the cash and
// bank journal, 现金日记账 / 银行存款日记账) — its opening balance, every posted line in date order
// with the running balance, and each month's 本月合计 and 本年累计 — and the general ledger (总账):
// each first-level account's opening, debits, credits and closing, month by month. Plus the
// workbook exports of the trial balance, the statements and a ledger, each audited.
import ExcelJS from 'exceljs'
import { sql } from 'kysely'
import type { Db } from '../../db/index.js'
import { toNumber } from '../../db/index.js'
import type { Actor } from '../../platform/access.js'
import { recordAudit } from '../../platform/audit.js'
import { AppError, notFoundOrNoAccess } from '../../platform/errors.js'
import { requireBook, villageBooks, getTrialBalance } from './books.service.js'
import { confirmedOpenings } from './opening.repository.js'
import { getStatement, type Report } from './statements.service.js'

export interface LedgerQuery {
  accountCode: string
  from: string
  to: string
  /** Only this household's lines (the account must be kept per household). */
  householdId?: string
}

function sideZh(signed: number): '借' | '贷' | '平' {
  return signed > 0 ? '借' : signed < 0 ? '贷' : '平'
}

function invalid(path: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', { fields: [{ path, rule: 'books', message }] })
}

/** 明细账 of an account (its sub-accounts included) over a range of periods. */
export async function getLedger({
  db,
  actor,
  villageId,
  query,
}: {
  db: Db
  actor: Actor
  villageId: string
  query: LedgerQuery
}) {
  const { village } = await villageBooks(db, actor, villageId, 'village.books.read')
  const book = await requireBook(db, villageId)
  if (query.to < query.from) throw invalid('/to', '结束期间不能早于开始期间')
  if (query.from < book.start_period) throw invalid('/from', `期间早于建账期间 ${book.start_period}`)
  if (Number(query.to.slice(0, 4)) - Number(query.from.slice(0, 4)) > 1)
    throw invalid('/to', '明细账一次最多查询两个年度')
  const account = await db
    .selectFrom('ledger_accounts')
    .selectAll()
    .where('village_id', '=', villageId)
    .where('code', '=', query.accountCode)
    .executeTakeFirst()
  if (!account) throw notFoundOrNoAccess('ledger_account')
  let household: { id: string; code: string } | null = null
  if (query.householdId !== undefined) {
    const perHousehold = await db
      .selectFrom('ledger_accounts')
      .select('id')
      .where('village_id', '=', villageId)
      .where('code', 'like', `${account.code}%`)
      .where('per_household', '=', 1)
      .executeTakeFirst()
    if (!perHousehold) throw invalid('/householdId', `科目 ${account.code} ${account.name} 不按户核算`)
    const h = await db
      .selectFrom('households')
      .select(['id', 'code', 'origin_village_id'])
      .where('id', '=', query.householdId)
      .executeTakeFirst()
    if (h?.origin_village_id !== villageId) throw invalid('/householdId', '农户不存在或不是本村农户')
    household = { id: h.id, code: h.code }
  }
  const ofHousehold = household?.id
  const subtree = (
    await db
      .selectFrom('ledger_accounts')
      .select(['id', 'code'])
      .where('village_id', '=', villageId)
      .where('code', 'like', `${account.code}%`)
      .execute()
  ).map((a) => a.id)
  const opening = await db
    .selectFrom('voucher_lines as l')
    .innerJoin('vouchers as v', 'v.id', 'l.voucher_id')
    .select((eb) => eb.fn.sum<string | number>(sql`l.debit_fen - l.credit_fen`).as('b'))
    .where('v.village_id', '=', villageId)
    .where('v.state', '=', 'posted')
    .where('v.period', '<', query.from)
    .where('l.account_id', 'in', subtree)
    .$if(ofHousehold !== undefined, (q) => q.where('l.household_id', '=', ofHousehold ?? ''))
    .executeTakeFirst()
  const yearOpening = await db
    .selectFrom('voucher_lines as l')
    .innerJoin('vouchers as v', 'v.id', 'l.voucher_id')
    .select([
      (eb) => eb.fn.sum<string | number>('l.debit_fen').as('d'),
      (eb) => eb.fn.sum<string | number>('l.credit_fen').as('c'),
    ])
    .where('v.village_id', '=', villageId)
    .where('v.state', '=', 'posted')
    .where('v.period', '>=', `${query.from.slice(0, 4)}-01`)
    .where('v.period', '<', query.from)
    .where('l.account_id', 'in', subtree)
    .$if(ofHousehold !== undefined, (q) => q.where('l.household_id', '=', ofHousehold ?? ''))
    .executeTakeFirst()
  const rows = await db
    .selectFrom('voucher_lines as l')
    .innerJoin('vouchers as v', 'v.id', 'l.voucher_id')
    .innerJoin('ledger_accounts as a', 'a.id', 'l.account_id')
    .select([
      'v.id as voucher_id',
      'v.period',
      'v.voucher_date',
      'v.word',
      'v.number',
      'l.line_no',
      'l.summary',
      'l.debit_fen',
      'l.credit_fen',
      'a.code',
      'a.name',
    ])
    .where('v.village_id', '=', villageId)
    .where('v.state', '=', 'posted')
    .where('v.period', '>=', query.from)
    .where('v.period', '<=', query.to)
    .where('l.account_id', 'in', subtree)
    .$if(ofHousehold !== undefined, (q) => q.where('l.household_id', '=', ofHousehold ?? ''))
    .orderBy('v.voucher_date')
    .orderBy('v.number')
    .orderBy('l.line_no')
    .limit(20_000)
    .execute()
  // Confirmed opening balances stand before the books' first period, so before any `from`.
  const inTree = new Set(subtree)
  const openingBalance =
    toNumber(opening?.b) +
    (await confirmedOpenings(db, villageId))
      .filter((o) => inTree.has(o.accountId))
      .reduce((sum, o) => sum + o.debitFen - o.creditFen, 0)
  const normal = account.normal_side === 'debit' ? 1 : -1
  let balance = openingBalance
  let yearDebit = toNumber(yearOpening?.d)
  let yearCredit = toNumber(yearOpening?.c)
  type Entry = {
    kind: 'line' | 'month' | 'year'
    period: string
    date: string | null
    voucherId: string | null
    label: string | null
    accountCode: string | null
    summary: string
    debitFen: number
    creditFen: number
    balanceFen: number
    sideZh: string
  }
  const entries: Entry[] = []
  const closeMonth = (period: string, d: number, c: number) => {
    entries.push({
      kind: 'month',
      period,
      date: null,
      voucherId: null,
      label: null,
      accountCode: null,
      summary: '本月合计',
      debitFen: d,
      creditFen: c,
      balanceFen: Math.abs(balance),
      sideZh: sideZh(balance),
    })
    entries.push({
      kind: 'year',
      period,
      date: null,
      voucherId: null,
      label: null,
      accountCode: null,
      summary: '本年累计',
      debitFen: yearDebit,
      creditFen: yearCredit,
      balanceFen: Math.abs(balance),
      sideZh: sideZh(balance),
    })
  }
  let month: string | null = null
  let monthDebit = 0
  let monthCredit = 0
  for (const r of rows) {
    if (month !== null && r.period !== month) {
      closeMonth(month, monthDebit, monthCredit)
      monthDebit = 0
      monthCredit = 0
      // 本年累计 starts again with a new year.
      if (r.period.slice(0, 4) !== month.slice(0, 4)) {
        yearDebit = 0
        yearCredit = 0
      }
    }
    month = r.period
    const d = toNumber(r.debit_fen)
    const c = toNumber(r.credit_fen)
    balance += d - c
    monthDebit += d
    monthCredit += c
    yearDebit += d
    yearCredit += c
    entries.push({
      kind: 'line',
      period: r.period,
      date: r.voucher_date,
      voucherId: r.voucher_id,
      label: r.number === null ? null : `${r.word}-${String(r.number).padStart(3, '0')}`,
      accountCode: r.code,
      summary: r.summary,
      debitFen: d,
      creditFen: c,
      balanceFen: Math.abs(balance),
      sideZh: sideZh(balance),
    })
  }
  if (month !== null) closeMonth(month, monthDebit, monthCredit)
  const openingSigned = openingBalance
  return {
    villageId,
    villageName: village.name,
    account: { code: account.code, name: account.name, normalSide: account.normal_side },
    titleZh: account.code === '101' ? '现金日记账' : account.code === '102' ? '银行存款日记账' : '明细账',
    household,
    from: query.from,
    to: query.to,
    opening: { balanceFen: Math.abs(openingSigned), sideZh: sideZh(openingSigned) },
    entries,
    closing: { balanceFen: Math.abs(balance), sideZh: sideZh(balance), normalFen: normal * balance },
  }
}

// --- Workbooks -------------------------------------------------------------------------------------

const yuanFormat = '#,##0.00;[Red]-#,##0.00'
const toYuan = (fen: number) => fen / 100

function sheetHead(ws: ExcelJS.Worksheet, title: string, sub: string, columns: number) {
  ws.mergeCells(1, 1, 1, columns)
  ws.getCell(1, 1).value = title
  ws.getCell(1, 1).font = { bold: true, size: 14 }
  ws.getCell(1, 1).alignment = { horizontal: 'center' }
  ws.mergeCells(2, 1, 2, columns)
  ws.getCell(2, 1).value = sub
  ws.getCell(2, 1).alignment = { horizontal: 'center' }
}

async function audited(
  db: Db,
  actor: Actor,
  villageId: string,
  what: string,
  summary: Record<string, unknown>,
  wb: ExcelJS.Workbook,
  fileName: string,
  now: number,
) {
  const content = Buffer.from(await wb.xlsx.writeBuffer())
  await recordAudit(db, {
    actor,
    action: `books.export.${what}`,
    targetType: 'ledger_book',
    targetId: villageId,
    villageId,
    summary,
    at: now,
  })
  return { fileName, content }
}

/** 科目余额表 as a workbook: what the screen shows, in yuan to two decimals. */
export async function trialBalanceWorkbook({
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
  const tb = await getTrialBalance({ db, actor, villageId, period })
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('科目余额表')
  sheetHead(ws, '科目余额表', `${tb.villageName}    ${period}    单位：元`, 10)
  ws.addRow(['科目编码', '科目名称', '期初方向', '期初余额', '本期借方', '本期贷方', '期末方向', '期末余额'])
  for (const r of tb.rows)
    ws.addRow([
      r.code,
      `${'  '.repeat(r.level - 1)}${r.name}`,
      r.openingSideZh,
      toYuan(Math.abs(r.openingFen)),
      toYuan(r.debitFen),
      toYuan(r.creditFen),
      r.closingSideZh,
      toYuan(Math.abs(r.closingFen)),
    ])
  const t = tb.totals
  ws.addRow([
    '合计',
    '',
    '借',
    toYuan(t.openingDebitFen),
    toYuan(t.debitFen),
    toYuan(t.creditFen),
    '借',
    toYuan(t.closingDebitFen),
  ])
  ws.addRow(['', '', '贷', toYuan(t.openingCreditFen), '', '', '贷', toYuan(t.closingCreditFen)])
  for (const c of [4, 5, 6, 8]) ws.getColumn(c).numFmt = yuanFormat
  ws.getColumn(2).width = 28
  for (const c of [4, 5, 6, 8]) ws.getColumn(c).width = 16
  return audited(
    db,
    actor,
    villageId,
    'trial_balance',
    { period },
    wb,
    `科目余额表-${tb.villageName}-${period}.xlsx`,
    now,
  )
}

export async function statementWorkbook({
  db,
  actor,
  villageId,
  report,
  period,
  now,
}: {
  db: Db
  actor: Actor
  villageId: string
  report: Report
  period: string
  now: number
}) {
  const s = await getStatement({ db, actor, villageId, report, period })
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet(s.reportZh)
  const balance = report === 'balance_sheet'
  sheetHead(
    ws,
    s.reportZh,
    `编制单位：${s.collectiveName ?? s.villageName}    ${period}    单位：元`,
    balance ? 4 : 3,
  )
  ws.addRow(balance ? ['项目', '行次', '年初数', '期末数'] : ['项目', '行次', '本年累计数'])
  for (const r of s.rows) {
    const row = ws.addRow(
      balance
        ? [r.caption, r.rowNo, toYuan(r.startFen ?? 0), toYuan(r.valueFen)]
        : [r.caption, r.rowNo, toYuan(r.valueFen)],
    )
    if (r.style !== 'item') row.font = { bold: true }
  }
  for (const c of balance ? [3, 4] : [3]) {
    ws.getColumn(c).numFmt = yuanFormat
    ws.getColumn(c).width = 18
  }
  ws.getColumn(1).width = 30
  return audited(
    db,
    actor,
    villageId,
    report,
    { period },
    wb,
    `${s.reportZh}-${s.villageName}-${period}.xlsx`,
    now,
  )
}

export async function ledgerWorkbook({
  db,
  actor,
  villageId,
  query,
  now,
}: {
  db: Db
  actor: Actor
  villageId: string
  query: LedgerQuery
  now: number
}) {
  const l = await getLedger({ db, actor, villageId, query })
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet(l.titleZh)
  sheetHead(
    ws,
    l.titleZh,
    `${l.villageName}    ${l.account.code} ${l.account.name}${l.household ? `（户号 ${l.household.code}）` : ''}    ${l.from} 至 ${l.to}    单位：元`,
    8,
  )
  ws.addRow(['日期', '凭证号', '科目', '摘要', '借方', '贷方', '方向', '余额'])
  ws.addRow(['', '', '', '期初余额', '', '', l.opening.sideZh, toYuan(l.opening.balanceFen)])
  for (const e of l.entries) {
    const row = ws.addRow([
      e.date ?? e.period,
      e.label ?? '',
      e.accountCode ?? '',
      e.summary,
      toYuan(e.debitFen),
      toYuan(e.creditFen),
      e.sideZh,
      toYuan(e.balanceFen),
    ])
    if (e.kind !== 'line') row.font = { bold: true }
  }
  for (const c of [5, 6, 8]) {
    ws.getColumn(c).numFmt = yuanFormat
    ws.getColumn(c).width = 16
  }
  ws.getColumn(4).width = 30
  return audited(
    db,
    actor,
    villageId,
    'ledger',
    { account: l.account.code, from: l.from, to: l.to },
    wb,
    `${l.titleZh}-${l.villageName}-${l.account.code}${l.household ? `-${l.household.code}` : ''}-${l.from}-${l.to}.xlsx`,
    now,
  )
}
