// 三保留 — 财务独立核算: one set of books per village, read and written only under a grant on that
// village (its accountant) or read by the auditors of its area; no query here ever reads two
// villages' books at once. Vouchers are drafted (制单), reviewed by someone else (审核) and posted
// (记账), which gives them their number — per village and period, without gaps, under a lock of
// the period's counter. Posted vouchers are corrected only by a red-letter reversal. A period closes
// only when everything in it is posted, the period before is closed and the trial balance holds
// (and at the year's end, only once income and expenses are carried to 本年收益); a closed period
// takes nothing more.
import { sql } from 'kysely'
import type { Db, Executor, LedgerAccountTable, VoucherTable } from '../../db/index.js'
import { dialectOf, toNumber } from '../../db/index.js'
import { can, requireAccess, type Actor, type Permission } from '../../platform/access.js'
import { recordAudit } from '../../platform/audit.js'
import { AppError, notFoundOrNoAccess } from '../../platform/errors.js'
import { newId } from '../../platform/ids.js'
import { localDate } from '../../platform/time.js'
import {
  accountClassNamesZh,
  distributionAccounts,
  isChildCode,
  periodOf,
  previousPeriod,
  reversalLines,
  trialBalance,
  voucherProblems,
  voucherStateNamesZh,
  type AccountRule,
  type LineInput,
} from './books.domain.js'
import type {
  AccountBody,
  BookView,
  ReverseBody,
  TrialBalanceView,
  VoucherBody,
  VoucherUpdateBody,
  VoucherView,
} from './books.schemas.js'
import { confirmedOpenings } from './opening.repository.js'

const VOUCHER = 'voucher'
const WORD = '记'
const standardNamesZh: Record<string, string> = { '2023': '农村集体经济组织会计制度（财会〔2023〕14号）' }

// --- Access -----------------------------------------------------------------------------------

export async function villageBooks(db: Executor, actor: Actor, villageId: string, permission: Permission) {
  const village = await db.selectFrom('villages').selectAll().where('id', '=', villageId).executeTakeFirst()
  if (!village) throw notFoundOrNoAccess('village')
  const target = { kind: 'village', villageId: village.id, areaPath: village.area_path } as const
  requireAccess(actor, permission, target, 'village')
  return { village, canWrite: can(actor, 'village.books.write', target) }
}

export async function requireBook(db: Executor, villageId: string) {
  const book = await db
    .selectFrom('ledger_books')
    .selectAll()
    .where('village_id', '=', villageId)
    .executeTakeFirst()
  if (!book)
    throw new AppError('UNPROCESSABLE', { reason: 'no books yet', reasonZh: '本村尚未建账，请先建立账套' })
  return book
}

function invalid(problems: { path: string; message: string }[]): AppError {
  return new AppError('VALIDATION_FAILED', {
    fields: problems.map((p) => ({ path: p.path, rule: 'books', message: p.message })),
  })
}

// --- Opening the books and the chart ---------------------------------------------------------

/** Opens a village's books from the standard chart; the accountant then adds the village's sub-accounts. */
export async function openBooks({
  db,
  actor,
  villageId,
  startPeriod,
  now,
}: {
  db: Db
  actor: Actor
  villageId: string
  startPeriod: string
  now: number
}): Promise<BookView> {
  await db.transaction().execute(async (trx) => {
    await villageBooks(trx, actor, villageId, 'village.books.write')
    const existing = await trx
      .selectFrom('ledger_books')
      .select('start_period')
      .where('village_id', '=', villageId)
      .executeTakeFirst()
    if (existing)
      throw new AppError('CONFLICT', {
        reason: 'books already open',
        reasonZh: `本村账套已于 ${existing.start_period} 建立`,
      })
    await trx
      .insertInto('ledger_books')
      .values({
        village_id: villageId,
        standard: '2023',
        start_period: startPeriod,
        opened_by_user_id: actor.userId,
        opened_at: now,
        version: 1,
      })
      .execute()
    const chart = await trx
      .selectFrom('chart_standard_accounts')
      .selectAll()
      .where('standard', '=', '2023')
      .orderBy('sort')
      .execute()
    const parents = new Set(distributionAccounts.map(([, parent]) => parent))
    const levels = new Map<string, number>()
    const subs = distributionAccounts.map(([code, parent, name]) => {
      const level = (levels.get(parent) ?? 1) + 1
      levels.set(code, level)
      const root = chart.find((a) => a.code === '322')
      return {
        id: newId(),
        village_id: villageId,
        code,
        name,
        class: root?.class ?? 'equity',
        normal_side: root?.normal_side ?? 'credit',
        contra: 0 as const,
        parent_code: parent,
        level,
        leaf: parents.has(code) ? (0 as const) : (1 as const),
        per_household: 0 as const,
        active: 1 as const,
        version: 1,
        created_at: now,
        updated_at: now,
      }
    })
    await trx
      .insertInto('ledger_accounts')
      .values(
        chart.map((a) => ({
          id: newId(),
          village_id: villageId,
          code: a.code,
          name: a.name,
          class: a.class,
          normal_side: a.normal_side,
          contra: a.contra,
          parent_code: null,
          level: 1,
          leaf: parents.has(a.code) ? 0 : 1,
          per_household: 0,
          active: 1,
          version: 1,
          created_at: now,
          updated_at: now,
        })),
      )
      .execute()
    await trx.insertInto('ledger_accounts').values(subs).execute()
    await recordAudit(trx, {
      actor,
      action: 'books.open',
      targetType: 'ledger_book',
      targetId: villageId,
      villageId,
      summary: { standard: '2023', startPeriod, accounts: chart.length + subs.length },
      at: now,
    })
  })
  return getBook({ db, actor, villageId, now })
}

export async function getBook({
  db,
  actor,
  villageId,
  now,
}: {
  db: Executor
  actor: Actor
  villageId: string
  now: number
}): Promise<BookView> {
  const { village, canWrite } = await villageBooks(db, actor, villageId, 'village.books.read')
  const book = await requireBook(db, villageId)
  const closed = await db
    .selectFrom('ledger_periods')
    .selectAll()
    .where('village_id', '=', villageId)
    .execute()
  const counts = await db
    .selectFrom('vouchers')
    .select([
      'period',
      (eb) => eb.fn.countAll<string | number>().as('n'),
      (eb) => eb.fn.sum<string | number>(sql`case when state <> 'posted' then 1 else 0 end`).as('unposted'),
    ])
    .where('village_id', '=', villageId)
    .groupBy('period')
    .execute()
  const thisMonth = periodOf(localDate(now))
  const last = [thisMonth, ...counts.map((c) => c.period)].sort().at(-1) ?? thisMonth
  const periods: BookView['periods'] = []
  for (let p = book.start_period; p <= last; p = nextPeriod(p)) {
    const row = closed.find((c) => c.period === p)
    const count = counts.find((c) => c.period === p)
    periods.push({
      period: p,
      state: row?.state ?? 'open',
      closedAt: row?.closed_at ?? null,
      closedBy: row?.closed_by_label ?? null,
      vouchers: toNumber(count?.n),
      unposted: toNumber(count?.unposted),
    })
  }
  return {
    villageId,
    villageName: village.name,
    standard: book.standard,
    standardZh: standardNamesZh[book.standard] ?? book.standard,
    startPeriod: book.start_period,
    periods,
    canWrite,
  }
}

function nextPeriod(period: string): string {
  const [y, m] = period.split('-').map(Number) as [number, number]
  return m === 12 ? `${String(y + 1)}-01` : `${String(y)}-${String(m + 1).padStart(2, '0')}`
}

function accountView(a: LedgerAccountTable) {
  return {
    id: a.id,
    code: a.code,
    name: a.name,
    class: a.class,
    classZh: accountClassNamesZh[a.class],
    normalSide: a.normal_side,
    contra: a.contra === 1,
    parentCode: a.parent_code,
    level: a.level,
    leaf: a.leaf === 1,
    perHousehold: a.per_household === 1,
    active: a.active === 1,
  }
}

export async function listAccounts({ db, actor, villageId }: { db: Db; actor: Actor; villageId: string }) {
  await villageBooks(db, actor, villageId, 'village.books.read')
  await requireBook(db, villageId)
  const rows = await db
    .selectFrom('ledger_accounts')
    .selectAll()
    .where('village_id', '=', villageId)
    .orderBy('code')
    .execute()
  return { items: rows.map(accountView) }
}

/**
 * A sub-account (明细科目) of the village's own: its parent's code plus two or three digits, the
 * parent's class and side. A parent that already carries entries cannot take sub-accounts (its
 * entries would belong to none of them).
 */
export async function addAccount({
  db,
  actor,
  villageId,
  input,
  now,
}: {
  db: Db
  actor: Actor
  villageId: string
  input: AccountBody
  now: number
}) {
  return db.transaction().execute((trx) => addSubAccount(trx, actor, villageId, input, now))
}

/** Adds a sub-account in the caller's transaction (what 增设明细科目 does, also for other modules). */
export async function addSubAccount(
  trx: Executor,
  actor: Actor,
  villageId: string,
  input: AccountBody,
  now: number,
) {
  await villageBooks(trx, actor, villageId, 'village.books.write')
  await requireBook(trx, villageId)
  const parent = await trx
    .selectFrom('ledger_accounts')
    .selectAll()
    .where('village_id', '=', villageId)
    .where('code', '=', input.parentCode)
    .executeTakeFirst()
  if (!parent) throw invalid([{ path: '/parentCode', message: `上级科目 ${input.parentCode} 不存在` }])
  if (!isChildCode(parent.code, input.code))
    throw invalid([{ path: '/code', message: `明细科目编码应为上级编码 ${parent.code} 加两位或三位数字` }])
  const taken = await trx
    .selectFrom('ledger_accounts')
    .select('name')
    .where('village_id', '=', villageId)
    .where('code', '=', input.code)
    .executeTakeFirst()
  if (taken)
    throw new AppError('CONFLICT', {
      reason: 'code taken',
      reasonZh: `科目编码 ${input.code} 已用于“${taken.name}”`,
    })
  if (parent.leaf === 1) {
    const used = await trx
      .selectFrom('voucher_lines')
      .select('id')
      .where('account_id', '=', parent.id)
      .limit(1)
      .executeTakeFirst()
    if (used)
      throw new AppError('CONFLICT', {
        reason: 'parent has entries',
        reasonZh: `科目 ${parent.code} ${parent.name} 已有分录，不能再增设明细科目`,
      })
    await trx
      .updateTable('ledger_accounts')
      .set({ leaf: 0, version: parent.version + 1, updated_at: now })
      .where('id', '=', parent.id)
      .execute()
  }
  const row: LedgerAccountTable = {
    id: newId(),
    village_id: villageId,
    code: input.code,
    name: input.name.trim(),
    class: parent.class,
    normal_side: parent.normal_side,
    contra: parent.contra,
    parent_code: parent.code,
    level: parent.level + 1,
    leaf: 1,
    per_household: input.perHousehold === true ? 1 : 0,
    active: 1,
    version: 1,
    created_at: now,
    updated_at: now,
  }
  await trx.insertInto('ledger_accounts').values(row).execute()
  await recordAudit(trx, {
    actor,
    action: 'books.account.create',
    targetType: 'ledger_account',
    targetId: row.id,
    villageId,
    summary: { code: row.code, name: row.name, parent: parent.code, perHousehold: row.per_household === 1 },
    at: now,
  })
  return accountView(row)
}

// --- Vouchers -----------------------------------------------------------------------------------

/** A period takes vouchers from the books' start on, until it is closed. */
export async function requireOpenPeriod(
  trx: Executor,
  villageId: string,
  startPeriod: string,
  period: string,
  path: string,
) {
  if (period < startPeriod) throw invalid([{ path, message: `凭证日期早于建账期间 ${startPeriod}` }])
  const row = await trx
    .selectFrom('ledger_periods')
    .select('state')
    .where('village_id', '=', villageId)
    .where('period', '=', period)
    .executeTakeFirst()
  if (row?.state === 'closed')
    throw new AppError('CONFLICT', {
      reason: 'period closed',
      reasonZh: `${period} 已结账，不能再录入或记账`,
    })
}

interface CheckedLine {
  accountId: string
  householdId: string | null
  summary: string
  debitFen: number
  creditFen: number
}

async function checkLines(trx: Executor, villageId: string, input: VoucherBody): Promise<CheckedLine[]> {
  const accounts = await trx
    .selectFrom('ledger_accounts')
    .selectAll()
    .where('village_id', '=', villageId)
    .execute()
  const rules = new Map<string, AccountRule & { id: string }>(
    accounts.map((a) => [
      a.code,
      {
        id: a.id,
        code: a.code,
        name: a.name,
        leaf: a.leaf === 1,
        active: a.active === 1,
        perHousehold: a.per_household === 1,
      },
    ]),
  )
  const lines: LineInput[] = input.lines.map((l) => ({
    accountCode: l.accountCode,
    debitFen: l.debitFen ?? 0,
    creditFen: l.creditFen ?? 0,
    householdId: l.householdId ?? null,
  }))
  const problems = voucherProblems(lines, rules)
  const households = [...new Set(lines.flatMap((l) => (l.householdId ? [l.householdId] : [])))]
  if (households.length > 0) {
    const rows = await trx
      .selectFrom('households')
      .select(['id', 'origin_village_id'])
      .where('id', 'in', households)
      .execute()
    lines.forEach((l, i) => {
      if (!l.householdId) return
      const h = rows.find((r) => r.id === l.householdId)
      if (h?.origin_village_id !== villageId)
        problems.push({ path: `/lines/${String(i)}/householdId`, message: '农户不存在或不是本村农户' })
    })
  }
  if (problems.length > 0) throw invalid(problems)
  return lines.map((l, i) => ({
    accountId: rules.get(l.accountCode)?.id ?? '',
    householdId: l.householdId ?? null,
    summary: input.lines[i]?.summary ?? input.summary,
    debitFen: l.debitFen,
    creditFen: l.creditFen,
  }))
}

export async function insertLines(trx: Executor, voucherId: string, lines: readonly CheckedLine[]) {
  await trx
    .insertInto('voucher_lines')
    .values(
      lines.map((l, i) => ({
        id: newId(),
        voucher_id: voucherId,
        line_no: i + 1,
        account_id: l.accountId,
        household_id: l.householdId,
        summary: l.summary,
        debit_fen: l.debitFen,
        credit_fen: l.creditFen,
      })),
    )
    .execute()
}

function label(v: Pick<VoucherTable, 'word' | 'number'>): string | null {
  return v.number === null ? null : `${v.word}-${String(v.number).padStart(3, '0')}`
}

export async function voucherView(db: Executor, v: VoucherTable): Promise<VoucherView> {
  const lines = await db
    .selectFrom('voucher_lines as l')
    .innerJoin('ledger_accounts as a', 'a.id', 'l.account_id')
    .leftJoin('households as h', 'h.id', 'l.household_id')
    .leftJoin('persons as p', 'p.id', 'h.head_person_id')
    .select([
      'l.line_no',
      'l.summary',
      'l.debit_fen',
      'l.credit_fen',
      'a.code',
      'a.name',
      'h.id as household_id',
      'h.code as household_code',
      'p.name as head_name',
    ])
    .where('l.voucher_id', '=', v.id)
    .orderBy('l.line_no')
    .execute()
  const reverses = v.reverses_id
    ? await db
        .selectFrom('vouchers')
        .select(['id', 'word', 'number'])
        .where('id', '=', v.reverses_id)
        .executeTakeFirst()
    : undefined
  const reversedBy = await db
    .selectFrom('vouchers')
    .select(['id', 'word', 'number', 'state'])
    .where('reverses_id', '=', v.id)
    .executeTakeFirst()
  return {
    id: v.id,
    villageId: v.village_id,
    period: v.period,
    word: v.word,
    number: v.number,
    label: label(v),
    date: v.voucher_date,
    summary: v.summary,
    attachments: v.attachments,
    state: v.state,
    stateZh: voucherStateNamesZh[v.state],
    reverses: reverses ? { id: reverses.id, label: label(reverses) } : null,
    reversedBy: reversedBy ? { id: reversedBy.id, label: label(reversedBy), state: reversedBy.state } : null,
    lines: lines.map((l) => ({
      lineNo: l.line_no,
      accountCode: l.code,
      accountName: l.name,
      summary: l.summary,
      debitFen: toNumber(l.debit_fen),
      creditFen: toNumber(l.credit_fen),
      household:
        l.household_id !== null && l.household_code !== null
          ? { id: l.household_id, code: l.household_code, headName: l.head_name }
          : null,
    })),
    totalFen: lines.reduce((s, l) => s + toNumber(l.debit_fen), 0),
    maker: v.maker_label,
    reviewer: v.reviewer_label,
    reviewedAt: v.reviewed_at,
    poster: v.poster_label,
    postedAt: v.posted_at,
    version: v.version,
  }
}

async function lockVoucher(trx: Executor, villageId: string, id: string): Promise<VoucherTable> {
  let q = trx.selectFrom('vouchers').selectAll().where('id', '=', id).where('village_id', '=', villageId)
  if (dialectOf(trx) === 'postgres') q = q.forUpdate()
  const v = await q.executeTakeFirst()
  if (!v) throw notFoundOrNoAccess(VOUCHER)
  return v
}

function requireVersion(v: VoucherTable, version: number) {
  if (v.version !== version)
    throw new AppError('VERSION_CONFLICT', {
      entity: VOUCHER,
      expectedVersion: version,
      currentVersion: v.version,
    })
}

function wrongState(v: VoucherTable, actionZh: string): AppError {
  return new AppError('INVALID_TRANSITION', {
    state: voucherStateNamesZh[v.state],
    action: actionZh,
    stateCode: v.state,
    actionCode: actionZh,
  })
}

/** 制单: a draft voucher, checked in full (it balances to the fen or it is not kept). */
export async function createVoucher({
  db,
  actor,
  villageId,
  input,
  now,
}: {
  db: Db
  actor: Actor
  villageId: string
  input: VoucherBody
  now: number
}): Promise<VoucherView> {
  return db.transaction().execute((trx) => draftVoucher(trx, actor, villageId, input, now))
}

/** A new voucher row, a draft without a number; what differs between vouchers is passed in. */
export function newVoucherRow(
  actor: Actor,
  fields: Pick<VoucherTable, 'village_id' | 'period' | 'voucher_date' | 'summary'> &
    Partial<Pick<VoucherTable, 'attachments' | 'reverses_id' | 'source'>>,
  now: number,
): VoucherTable {
  return {
    id: newId(),
    word: WORD,
    number: null,
    attachments: 0,
    state: 'draft',
    reverses_id: null,
    source: 'manual',
    ...fields,
    maker_user_id: actor.userId,
    maker_label: actor.label,
    reviewer_user_id: null,
    reviewer_label: null,
    reviewed_at: null,
    poster_user_id: null,
    poster_label: null,
    posted_at: null,
    version: 1,
    created_at: now,
    updated_at: now,
  }
}

/** Writes a draft voucher in the caller's transaction (what 制单 does, also for vouchers other modules make). */
export async function draftVoucher(
  trx: Executor,
  actor: Actor,
  villageId: string,
  input: VoucherBody,
  now: number,
): Promise<VoucherView> {
  await villageBooks(trx, actor, villageId, 'village.books.write')
  const book = await requireBook(trx, villageId)
  const period = periodOf(input.date)
  await requireOpenPeriod(trx, villageId, book.start_period, period, '/date')
  const lines = await checkLines(trx, villageId, input)
  const v = newVoucherRow(
    actor,
    {
      village_id: villageId,
      period,
      voucher_date: input.date,
      summary: input.summary.trim(),
      attachments: input.attachments ?? 0,
    },
    now,
  )
  await trx.insertInto('vouchers').values(v).execute()
  await insertLines(trx, v.id, lines)
  await recordAudit(trx, {
    actor,
    action: 'voucher.create',
    targetType: VOUCHER,
    targetId: v.id,
    villageId,
    summary: {
      date: v.voucher_date,
      summary: v.summary,
      lines: lines.length,
      totalFen: lines.reduce((s, l) => s + l.debitFen, 0),
    },
    at: now,
  })
  return voucherView(trx, v)
}

/** A draft (or a reviewed voucher, which goes back to draft) is corrected in full. */
export async function updateVoucher({
  db,
  actor,
  villageId,
  voucherId,
  input,
  now,
}: {
  db: Db
  actor: Actor
  villageId: string
  voucherId: string
  input: VoucherUpdateBody
  now: number
}): Promise<VoucherView> {
  return db.transaction().execute(async (trx) => {
    await villageBooks(trx, actor, villageId, 'village.books.write')
    const book = await requireBook(trx, villageId)
    const v = await lockVoucher(trx, villageId, voucherId)
    if (v.state === 'posted') throw wrongState(v, '修改')
    if (v.reverses_id !== null) throw wrongState(v, '修改红字凭证')
    requireVersion(v, input.version)
    const period = periodOf(input.date)
    await requireOpenPeriod(trx, villageId, book.start_period, period, '/date')
    const lines = await checkLines(trx, villageId, input)
    const changes = {
      period,
      voucher_date: input.date,
      summary: input.summary.trim(),
      attachments: input.attachments ?? 0,
      state: 'draft' as const,
      reviewer_user_id: null,
      reviewer_label: null,
      reviewed_at: null,
      version: v.version + 1,
      updated_at: now,
    }
    await trx.deleteFrom('voucher_lines').where('voucher_id', '=', v.id).execute()
    await trx.updateTable('vouchers').set(changes).where('id', '=', v.id).execute()
    await insertLines(trx, v.id, lines)
    await recordAudit(trx, {
      actor,
      action: 'voucher.update',
      targetType: VOUCHER,
      targetId: v.id,
      villageId,
      summary: { date: input.date, lines: lines.length, totalFen: lines.reduce((s, l) => s + l.debitFen, 0) },
      at: now,
    })
    return voucherView(trx, { ...v, ...changes })
  })
}

/** A draft that will not be kept is discarded (it never had a number). */
export async function discardVoucher({
  db,
  actor,
  villageId,
  voucherId,
  version,
  now,
}: {
  db: Db
  actor: Actor
  villageId: string
  voucherId: string
  version: number
  now: number
}): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await villageBooks(trx, actor, villageId, 'village.books.write')
    const v = await lockVoucher(trx, villageId, voucherId)
    if (v.state === 'posted') throw wrongState(v, '作废')
    requireVersion(v, version)
    await trx.deleteFrom('voucher_lines').where('voucher_id', '=', v.id).execute()
    await trx.deleteFrom('vouchers').where('id', '=', v.id).execute()
    await recordAudit(trx, {
      actor,
      action: 'voucher.discard',
      targetType: VOUCHER,
      targetId: v.id,
      villageId,
      summary: { date: v.voucher_date, summary: v.summary },
      at: now,
    })
  })
}

/** 审核: someone other than its maker checks a draft. */
export async function reviewVoucher({
  db,
  actor,
  villageId,
  voucherId,
  version,
  now,
}: {
  db: Db
  actor: Actor
  villageId: string
  voucherId: string
  version: number
  now: number
}): Promise<VoucherView> {
  return db.transaction().execute(async (trx) => {
    await villageBooks(trx, actor, villageId, 'village.books.write')
    const v = await lockVoucher(trx, villageId, voucherId)
    if (v.state !== 'draft') throw wrongState(v, '审核')
    requireVersion(v, version)
    if (v.maker_user_id !== null && v.maker_user_id === actor.userId)
      throw new AppError('UNPROCESSABLE', {
        reason: 'the maker cannot review their own voucher',
        reasonZh: '制单人不能审核自己录入的凭证，请由其他会计人员审核',
      })
    const changes = {
      state: 'reviewed' as const,
      reviewer_user_id: actor.userId,
      reviewer_label: actor.label,
      reviewed_at: now,
      version: v.version + 1,
      updated_at: now,
    }
    await trx.updateTable('vouchers').set(changes).where('id', '=', v.id).execute()
    await recordAudit(trx, {
      actor,
      action: 'voucher.review',
      targetType: VOUCHER,
      targetId: v.id,
      villageId,
      at: now,
    })
    return voucherView(trx, { ...v, ...changes })
  })
}

/**
 * 记账: a reviewed voucher is posted and numbered. The period's counter row is locked for the
 * increment, so two accountants posting at once get consecutive numbers, never the same one and
 * never a gap; a closed period refuses.
 */
export async function postVoucher({
  db,
  actor,
  villageId,
  voucherId,
  version,
  now,
}: {
  db: Db
  actor: Actor
  villageId: string
  voucherId: string
  version: number
  now: number
}): Promise<VoucherView> {
  return db.transaction().execute(async (trx) => {
    await villageBooks(trx, actor, villageId, 'village.books.write')
    const book = await requireBook(trx, villageId)
    const v = await lockVoucher(trx, villageId, voucherId)
    if (v.state !== 'reviewed') throw wrongState(v, '记账')
    requireVersion(v, version)
    await requireOpenPeriod(trx, villageId, book.start_period, v.period, '/date')
    await trx
      .insertInto('voucher_counters')
      .values({ village_id: villageId, period: v.period, last_number: 0 })
      .onConflict((oc) => oc.columns(['village_id', 'period']).doNothing())
      .execute()
    const counter = await trx
      .updateTable('voucher_counters')
      .set((eb) => ({ last_number: eb('last_number', '+', 1) }))
      .where('village_id', '=', villageId)
      .where('period', '=', v.period)
      .returning('last_number')
      .executeTakeFirstOrThrow()
    // The period may have closed while this posting waited for the counter.
    await requireOpenPeriod(trx, villageId, book.start_period, v.period, '/date')
    const changes = {
      state: 'posted' as const,
      number: counter.last_number,
      poster_user_id: actor.userId,
      poster_label: actor.label,
      posted_at: now,
      version: v.version + 1,
      updated_at: now,
    }
    await trx.updateTable('vouchers').set(changes).where('id', '=', v.id).execute()
    await recordAudit(trx, {
      actor,
      action: 'voucher.post',
      targetType: VOUCHER,
      targetId: v.id,
      villageId,
      summary: { period: v.period, number: counter.last_number },
      at: now,
    })
    return voucherView(trx, { ...v, ...changes })
  })
}

/** 红字冲销: a posted voucher is cancelled by a new voucher with its amounts negated, reviewed and posted as any other. */
export async function reverseVoucher({
  db,
  actor,
  villageId,
  voucherId,
  input,
  now,
}: {
  db: Db
  actor: Actor
  villageId: string
  voucherId: string
  input: ReverseBody
  now: number
}): Promise<VoucherView> {
  return db.transaction().execute(async (trx) => {
    await villageBooks(trx, actor, villageId, 'village.books.write')
    const book = await requireBook(trx, villageId)
    const v = await lockVoucher(trx, villageId, voucherId)
    if (v.state !== 'posted') throw wrongState(v, '冲销')
    requireVersion(v, input.version)
    if (v.reverses_id !== null)
      throw new AppError('UNPROCESSABLE', {
        reason: 'a reversal is not reversed',
        reasonZh: '红字冲销凭证不能再冲销',
      })
    const already = await trx
      .selectFrom('vouchers')
      .select(['word', 'number', 'state'])
      .where('reverses_id', '=', v.id)
      .executeTakeFirst()
    if (already)
      throw new AppError('CONFLICT', {
        reason: 'already reversed',
        reasonZh: `该凭证已冲销（${label(already) ?? '冲销凭证尚未记账'}）`,
      })
    const date = input.date ?? localDate(now)
    const period = periodOf(date)
    await requireOpenPeriod(trx, villageId, book.start_period, period, '/date')
    const original = await trx
      .selectFrom('voucher_lines')
      .selectAll()
      .where('voucher_id', '=', v.id)
      .orderBy('line_no')
      .execute()
    const lines = reversalLines(
      original.map((l) => ({
        accountId: l.account_id,
        householdId: l.household_id,
        summary: l.summary,
        debitFen: toNumber(l.debit_fen),
        creditFen: toNumber(l.credit_fen),
      })),
    )
    const r = newVoucherRow(
      actor,
      {
        village_id: villageId,
        period,
        voucher_date: date,
        summary: input.summary ?? `冲销${label(v) ?? ''}号凭证：${v.summary}`.slice(0, 60),
        reverses_id: v.id,
        // A carry-forward's reversal is a carry-forward too: the statements leave both out.
        source: v.source,
      },
      now,
    )
    await trx.insertInto('vouchers').values(r).execute()
    await insertLines(trx, r.id, lines)
    await recordAudit(trx, {
      actor,
      action: 'voucher.reverse',
      targetType: VOUCHER,
      targetId: r.id,
      villageId,
      summary: { reverses: v.id, label: label(v), date },
      at: now,
    })
    return voucherView(trx, r)
  })
}

export async function getVoucher({
  db,
  actor,
  villageId,
  voucherId,
}: {
  db: Db
  actor: Actor
  villageId: string
  voucherId: string
}) {
  await villageBooks(db, actor, villageId, 'village.books.read')
  const v = await db
    .selectFrom('vouchers')
    .selectAll()
    .where('id', '=', voucherId)
    .where('village_id', '=', villageId)
    .executeTakeFirst()
  if (!v) throw notFoundOrNoAccess(VOUCHER)
  return voucherView(db, v)
}

export async function listVouchers({
  db,
  actor,
  villageId,
  period,
  state,
}: {
  db: Db
  actor: Actor
  villageId: string
  period?: string
  state?: VoucherTable['state']
}) {
  await villageBooks(db, actor, villageId, 'village.books.read')
  let q = db.selectFrom('vouchers').selectAll().where('village_id', '=', villageId)
  if (period !== undefined) q = q.where('period', '=', period)
  if (state !== undefined) q = q.where('state', '=', state)
  const rows = await q
    .orderBy('period')
    .orderBy(sql`case when number is null then 1 else 0 end`)
    .orderBy('number')
    .orderBy('created_at')
    .limit(1000)
    .execute()
  const items: VoucherView[] = []
  for (const v of rows) items.push(await voucherView(db, v))
  return { items }
}

// --- Trial balance and closing -------------------------------------------------------------------

async function computeTrialBalance(db: Executor, villageId: string, period: string) {
  const accounts = await db
    .selectFrom('ledger_accounts')
    .selectAll()
    .where('village_id', '=', villageId)
    .execute()
  const sums = await db
    .selectFrom('voucher_lines as l')
    .innerJoin('vouchers as v', 'v.id', 'l.voucher_id')
    .select([
      'l.account_id',
      (eb) =>
        eb.fn.sum<string | number>(sql`case when v.period < ${period} then l.debit_fen else 0 end`).as('od'),
      (eb) =>
        eb.fn.sum<string | number>(sql`case when v.period < ${period} then l.credit_fen else 0 end`).as('oc'),
      (eb) =>
        eb.fn.sum<string | number>(sql`case when v.period = ${period} then l.debit_fen else 0 end`).as('d'),
      (eb) =>
        eb.fn.sum<string | number>(sql`case when v.period = ${period} then l.credit_fen else 0 end`).as('c'),
    ])
    .where('v.village_id', '=', villageId)
    .where('v.state', '=', 'posted')
    .where('v.period', '<=', period)
    .groupBy('l.account_id')
    .execute()
  const codeOf = new Map(accounts.map((a) => [a.id, a.code]))
  // Confirmed opening balances stand before the books' first period: part of every opening.
  const openings = (await confirmedOpenings(db, villageId)).map((o) => ({
    code: codeOf.get(o.accountId) ?? '',
    openingDebitFen: o.debitFen,
    openingCreditFen: o.creditFen,
    debitFen: 0,
    creditFen: 0,
  }))
  return trialBalance(
    accounts.map((a) => ({
      code: a.code,
      name: a.name,
      class: a.class,
      normalSide: a.normal_side,
      parentCode: a.parent_code,
      level: a.level,
      leaf: a.leaf === 1,
    })),
    sums
      .map((s) => ({
        code: codeOf.get(s.account_id) ?? '',
        openingDebitFen: toNumber(s.od),
        openingCreditFen: toNumber(s.oc),
        debitFen: toNumber(s.d),
        creditFen: toNumber(s.c),
      }))
      .concat(openings),
  )
}

/** 科目余额表: each account's opening balance, the period's debits and credits, its closing balance. */
export async function getTrialBalance({
  db,
  actor,
  villageId,
  period,
}: {
  db: Db
  actor: Actor
  villageId: string
  period: string
}): Promise<TrialBalanceView> {
  const { village } = await villageBooks(db, actor, villageId, 'village.books.read')
  const book = await requireBook(db, villageId)
  if (period < book.start_period)
    throw invalid([{ path: '/period', message: `期间早于建账期间 ${book.start_period}` }])
  const state = await db
    .selectFrom('ledger_periods')
    .select('state')
    .where('village_id', '=', villageId)
    .where('period', '=', period)
    .executeTakeFirst()
  const tb = await computeTrialBalance(db, villageId, period)
  return { villageId, villageName: village.name, period, periodState: state?.state ?? 'open', ...tb }
}

/**
 * 结账: the period takes nothing more. Refused while a voucher of it is unposted, while the period
 * before is open, if the trial balance does not hold, and — in December — while income and expense
 * accounts still carry balances (they are carried to 本年收益 first).
 */
export async function closePeriod({
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
}): Promise<BookView> {
  await db.transaction().execute(async (trx) => {
    await villageBooks(trx, actor, villageId, 'village.books.write')
    const book = await requireBook(trx, villageId)
    if (period < book.start_period)
      throw invalid([{ path: '/period', message: `期间早于建账期间 ${book.start_period}` }])
    if (period > periodOf(localDate(now)))
      throw new AppError('UNPROCESSABLE', {
        reason: 'future period',
        reasonZh: `${period} 尚未结束，不能结账`,
      })
    await trx
      .insertInto('ledger_periods')
      .values({
        village_id: villageId,
        period,
        state: 'open',
        closed_at: null,
        closed_by_user_id: null,
        closed_by_label: null,
      })
      .onConflict((oc) => oc.columns(['village_id', 'period']).doNothing())
      .execute()
    let q = trx
      .selectFrom('ledger_periods')
      .selectAll()
      .where('village_id', '=', villageId)
      .where('period', '=', period)
    if (dialectOf(trx) === 'postgres') q = q.forUpdate()
    const row = await q.executeTakeFirstOrThrow()
    if (row.state === 'closed')
      throw new AppError('CONFLICT', { reason: 'already closed', reasonZh: `${period} 已结账` })
    const before = previousPeriod(period)
    if (before >= book.start_period) {
      const prev = await trx
        .selectFrom('ledger_periods')
        .select('state')
        .where('village_id', '=', villageId)
        .where('period', '=', before)
        .executeTakeFirst()
      if (prev?.state !== 'closed')
        throw new AppError('UNPROCESSABLE', {
          reason: 'previous period open',
          reasonZh: `请先结账 ${before}`,
        })
    }
    const unposted = await trx
      .selectFrom('vouchers')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .where('village_id', '=', villageId)
      .where('period', '=', period)
      .where('state', '!=', 'posted')
      .executeTakeFirstOrThrow()
    if (toNumber(unposted.n) > 0)
      throw new AppError('UNPROCESSABLE', {
        reason: 'unposted vouchers',
        reasonZh: `本期还有 ${String(toNumber(unposted.n))} 张凭证未记账，请记账或作废后再结账`,
        unposted: toNumber(unposted.n),
      })
    const tb = await computeTrialBalance(trx, villageId, period)
    if (!tb.balanced)
      throw new AppError('UNPROCESSABLE', {
        reason: 'trial balance does not hold',
        reasonZh: '试算不平衡，不能结账',
      })
    if (period.endsWith('-12')) {
      const open = tb.rows.filter(
        (r) => r.level === 1 && (r.class === 'income' || r.class === 'expense') && r.closingFen !== 0,
      )
      if (open.length > 0)
        throw new AppError('UNPROCESSABLE', {
          reason: 'income and expenses not carried forward',
          reasonZh: `年末结账前请先将损益类科目结转至本年收益：${open.map((r) => `${r.code} ${r.name}`).join('、')}`,
        })
    }
    await trx
      .updateTable('ledger_periods')
      .set({ state: 'closed', closed_at: now, closed_by_user_id: actor.userId, closed_by_label: actor.label })
      .where('village_id', '=', villageId)
      .where('period', '=', period)
      .execute()
    await recordAudit(trx, {
      actor,
      action: 'books.period.close',
      targetType: 'ledger_period',
      targetId: `${villageId}:${period}`,
      villageId,
      summary: { period, closingDebitFen: tb.totals.closingDebitFen },
      at: now,
    })
  })
  return getBook({ db, actor, villageId, now })
}
