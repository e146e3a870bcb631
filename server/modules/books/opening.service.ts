// 期初余额: the balances a village's books start from, per leaf account and, where the account keeps
// 往来 per household, per household. Entered (by hand or imported from 2004-system books) while no
// voucher is posted and no period closed; confirmed only when debit balances equal credit balances
// to the fen; read-only once confirmed — the database refuses any change, as for a posted voucher.
// The reports read only confirmed openings (opening.repository.ts).
import type { Db, Executor, LedgerOpeningTable } from '../../db/index.js'
import { dialectOf, toNumber } from '../../db/index.js'
import type { Actor } from '../../platform/access.js'
import { recordAudit } from '../../platform/audit.js'
import { AppError } from '../../platform/errors.js'
import { newId } from '../../platform/ids.js'
import { requireBook, villageBooks } from './books.service.js'
import type { OpeningLineBody, OpeningView } from './legacy.schemas.js'

function invalid(path: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', { fields: [{ path, rule: 'books', message }] })
}

/** Why the openings may no longer change, or null while they may. */
async function frozenReason(db: Executor, villageId: string, opening: LedgerOpeningTable | undefined) {
  if (opening?.state === 'confirmed') return '期初余额已确认，不能再修改'
  const closed = await closedPeriod(db, villageId)
  if (closed) return '本账套已有结账期间，不能再录入期初余额'
  const posted = await db
    .selectFrom('vouchers')
    .select('id')
    .where('village_id', '=', villageId)
    .where('state', '=', 'posted')
    .limit(1)
    .executeTakeFirst()
  if (posted) return '本账套已有记账凭证，不能再录入期初余额'
  return null
}

async function closedPeriod(db: Executor, villageId: string) {
  return db
    .selectFrom('ledger_periods')
    .select('period')
    .where('village_id', '=', villageId)
    .where('state', '=', 'closed')
    .limit(1)
    .executeTakeFirst()
}

/**
 * In a write transaction: the village's draft openings, locked (created when there are none yet)
 * and their version raised, so two writers take turns. Refused once they may no longer change.
 */
export async function lockDraftOpening(trx: Executor, villageId: string, now: number) {
  await trx
    .insertInto('ledger_openings')
    .values({
      village_id: villageId,
      state: 'draft',
      confirmed_at: null,
      confirmed_by_user_id: null,
      confirmed_by_label: null,
      version: 1,
      created_at: now,
      updated_at: now,
    })
    .onConflict((oc) => oc.column('village_id').doNothing())
    .execute()
  let q = trx.selectFrom('ledger_openings').selectAll().where('village_id', '=', villageId)
  if (dialectOf(trx) === 'postgres') q = q.forUpdate()
  const opening = await q.executeTakeFirstOrThrow()
  const reason = await frozenReason(trx, villageId, opening)
  if (reason) throw new AppError('CONFLICT', { reason: 'opening balances frozen', reasonZh: reason })
  return opening
}

async function touch(trx: Executor, opening: LedgerOpeningTable, now: number) {
  await trx
    .updateTable('ledger_openings')
    .set({ version: opening.version + 1, updated_at: now })
    .where('village_id', '=', opening.village_id)
    .execute()
}

/** Sets one opening balance (an account, or an account and a household); zero on both sides removes it. */
export async function setOpeningBalance(
  trx: Executor,
  villageId: string,
  line: {
    accountId: string
    householdId: string | null
    debitFen: number
    creditFen: number
    source: 'manual' | 'import'
    legacyCodes: string | null
  },
  now: number,
) {
  let del = trx
    .deleteFrom('ledger_opening_lines')
    .where('village_id', '=', villageId)
    .where('account_id', '=', line.accountId)
  del =
    line.householdId === null
      ? del.where('household_id', 'is', null)
      : del.where('household_id', '=', line.householdId)
  await del.execute()
  if (line.debitFen === 0 && line.creditFen === 0) return
  await trx
    .insertInto('ledger_opening_lines')
    .values({
      id: newId(),
      village_id: villageId,
      account_id: line.accountId,
      household_id: line.householdId,
      debit_fen: line.debitFen,
      credit_fen: line.creditFen,
      source: line.source,
      legacy_codes: line.legacyCodes,
      updated_at: now,
    })
    .execute()
}

export async function openingView(db: Executor, villageId: string, canWrite: boolean): Promise<OpeningView> {
  const book = await requireBook(db, villageId)
  const opening = await db
    .selectFrom('ledger_openings')
    .selectAll()
    .where('village_id', '=', villageId)
    .executeTakeFirst()
  const lines = await db
    .selectFrom('ledger_opening_lines as l')
    .innerJoin('ledger_accounts as a', 'a.id', 'l.account_id')
    .leftJoin('households as h', 'h.id', 'l.household_id')
    .leftJoin('persons as p', 'p.id', 'h.head_person_id')
    .select([
      'l.id',
      'a.code',
      'a.name',
      'a.normal_side',
      'l.household_id',
      'h.code as household_code',
      'p.name as head_name',
      'l.debit_fen',
      'l.credit_fen',
      'l.source',
      'l.legacy_codes',
    ])
    .where('l.village_id', '=', villageId)
    .orderBy('a.code')
    .orderBy('h.code')
    .execute()
  let debit = 0
  let credit = 0
  const items = lines.map((l) => {
    const d = toNumber(l.debit_fen)
    const c = toNumber(l.credit_fen)
    debit += d
    credit += c
    return {
      id: l.id,
      accountCode: l.code,
      accountName: l.name,
      normalSide: l.normal_side,
      householdId: l.household_id,
      householdLabel:
        l.household_id === null ? null : [l.household_code, l.head_name].filter(Boolean).join(' '),
      debitFen: d,
      creditFen: c,
      source: l.source,
      legacyCodes: l.legacy_codes,
    }
  })
  const reason = await frozenReason(db, villageId, opening)
  // Openings entered before the first posting may still be confirmed after it, until a period closes.
  const confirmable =
    (opening?.state ?? 'draft') === 'draft' && items.length > 0 && !(await closedPeriod(db, villageId))
  return {
    villageId,
    startPeriod: book.start_period,
    state: opening?.state ?? 'draft',
    version: opening?.version ?? 0,
    confirmedAt: opening?.confirmed_at ?? null,
    confirmedBy: opening?.confirmed_by_label ?? null,
    editable: reason === null,
    frozenReasonZh: reason,
    confirmable,
    lines: items,
    totals: { debitFen: debit, creditFen: credit, differenceFen: debit - credit },
    balanced: debit === credit,
    canWrite,
  }
}

export async function getOpening({ db, actor, villageId }: { db: Db; actor: Actor; villageId: string }) {
  const { canWrite } = await villageBooks(db, actor, villageId, 'village.books.read')
  return openingView(db, villageId, canWrite)
}

/** Enters (or clears) the opening balance of a leaf account, per household where it keeps 往来 so. */
export async function putOpeningLine({
  db,
  actor,
  villageId,
  input,
  now,
}: {
  db: Db
  actor: Actor
  villageId: string
  input: OpeningLineBody
  now: number
}): Promise<OpeningView> {
  await db.transaction().execute(async (trx) => {
    await villageBooks(trx, actor, villageId, 'village.books.write')
    await requireBook(trx, villageId)
    const debitFen = input.debitFen ?? 0
    const creditFen = input.creditFen ?? 0
    if (debitFen > 0 && creditFen > 0) throw invalid('/creditFen', '借方余额和贷方余额只能填一个')
    const account = await trx
      .selectFrom('ledger_accounts')
      .selectAll()
      .where('village_id', '=', villageId)
      .where('code', '=', input.accountCode)
      .executeTakeFirst()
    if (!account) throw invalid('/accountCode', `科目 ${input.accountCode} 不存在`)
    if (account.leaf !== 1)
      throw invalid('/accountCode', `科目 ${account.code} ${account.name} 有明细科目，请录入明细科目的余额`)
    if (account.active !== 1) throw invalid('/accountCode', `科目 ${account.code} ${account.name} 已停用`)
    const householdId = input.householdId ?? null
    if (account.per_household === 1 && householdId === null)
      throw invalid('/householdId', `科目 ${account.code} ${account.name} 按户核算，请选择农户`)
    if (account.per_household !== 1 && householdId !== null)
      throw invalid('/householdId', `科目 ${account.code} ${account.name} 不按户核算`)
    if (householdId !== null) {
      const h = await trx
        .selectFrom('households')
        .select('origin_village_id')
        .where('id', '=', householdId)
        .executeTakeFirst()
      if (h?.origin_village_id !== villageId) throw invalid('/householdId', '农户不存在或不是本村农户')
    }
    const opening = await lockDraftOpening(trx, villageId, now)
    await setOpeningBalance(
      trx,
      villageId,
      { accountId: account.id, householdId, debitFen, creditFen, source: 'manual', legacyCodes: null },
      now,
    )
    await touch(trx, opening, now)
    await recordAudit(trx, {
      actor,
      action: 'books.opening.set',
      targetType: 'ledger_book',
      targetId: villageId,
      villageId,
      summary: { account: account.code, householdId, debitFen, creditFen },
      at: now,
    })
  })
  return getOpening({ db, actor, villageId })
}

/** Confirms the openings: only when debit balances equal credit balances; after this they never change. */
export async function confirmOpening({
  db,
  actor,
  villageId,
  version,
  now,
}: {
  db: Db
  actor: Actor
  villageId: string
  version: number
  now: number
}): Promise<OpeningView> {
  await db.transaction().execute(async (trx) => {
    await villageBooks(trx, actor, villageId, 'village.books.write')
    await requireBook(trx, villageId)
    let q = trx.selectFrom('ledger_openings').selectAll().where('village_id', '=', villageId)
    if (dialectOf(trx) === 'postgres') q = q.forUpdate()
    const opening = await q.executeTakeFirst()
    if (!opening)
      throw new AppError('UNPROCESSABLE', { reason: 'no opening balances', reasonZh: '尚未录入期初余额' })
    if (opening.state === 'confirmed')
      throw new AppError('CONFLICT', { reason: 'already confirmed', reasonZh: '期初余额已确认' })
    if (await closedPeriod(trx, villageId))
      throw new AppError('CONFLICT', {
        reason: 'a period is closed',
        reasonZh: '本账套已有结账期间，不能再确认期初余额',
      })
    if (opening.version !== version)
      throw new AppError('VERSION_CONFLICT', {
        entity: 'ledger_opening',
        expectedVersion: version,
        currentVersion: opening.version,
      })
    const sums = await trx
      .selectFrom('ledger_opening_lines')
      .select([
        (eb) => eb.fn.sum<string | number>('debit_fen').as('d'),
        (eb) => eb.fn.sum<string | number>('credit_fen').as('c'),
        (eb) => eb.fn.countAll<string | number>().as('n'),
      ])
      .where('village_id', '=', villageId)
      .executeTakeFirstOrThrow()
    const d = toNumber(sums.d)
    const c = toNumber(sums.c)
    if (toNumber(sums.n) === 0)
      throw new AppError('UNPROCESSABLE', { reason: 'no opening balances', reasonZh: '尚未录入期初余额' })
    if (d !== c)
      throw new AppError('UNPROCESSABLE', {
        reason: 'opening balances do not balance',
        reasonZh: `期初余额借贷不平：借方 ${yuan(d)}，贷方 ${yuan(c)}，相差 ${yuan(Math.abs(d - c))}`,
        debitFen: d,
        creditFen: c,
      })
    await trx
      .updateTable('ledger_openings')
      .set({
        state: 'confirmed',
        confirmed_at: now,
        confirmed_by_user_id: actor.userId,
        confirmed_by_label: actor.label,
        version: opening.version + 1,
        updated_at: now,
      })
      .where('village_id', '=', villageId)
      .where('state', '=', 'draft')
      .execute()
    await recordAudit(trx, {
      actor,
      action: 'books.opening.confirm',
      targetType: 'ledger_book',
      targetId: villageId,
      villageId,
      summary: { debitFen: d, creditFen: c, lines: toNumber(sums.n) },
      at: now,
    })
  })
  return getOpening({ db, actor, villageId })
}

function yuan(fen: number): string {
  return `${String(Math.floor(fen / 100))}.${String(fen % 100).padStart(2, '0')}`
}
