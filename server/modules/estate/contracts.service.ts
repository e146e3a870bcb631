// 合同台账: the village's contracts over its asset cards and land parcels. A contract is drafted
// with its rent schedule (generated from the annual rent and the frequency, editable until it is
// signed, always adding up to the total); signing lets the cards and parcels it covers. Receipts
// are allocated to the open instalments, earliest first, and each drafts a voucher in the books:
// Dr 102 银行存款 (or 101 库存现金), Cr 501 经营收入 for this year's rent and Cr 211xx 预收租金 for later
// years'. Each later year then releases its share of the advance into income (Dr 211xx Cr 501),
// once per contract and year however many runs race for it. 临期 and 逾期 are computed from the
// data whenever a contract is read.
import type { Db, EstateContractTable, Executor } from '../../db/index.js'
import { dialectOf, toNumber } from '../../db/index.js'
import { systemActor, type Actor } from '../../platform/access.js'
import { recordAudit } from '../../platform/audit.js'
import type { AppContext } from '../../platform/context.js'
import { AppError, notFoundOrNoAccess } from '../../platform/errors.js'
import { newId } from '../../platform/ids.js'
import { localDate } from '../../platform/time.js'
import { addSubAccount, draftVoucher, requireBook } from '../books/index.js'
import { moveCard } from './assets.service.js'
import {
  allocate,
  contractKindNamesZh,
  frequencyNamesZh,
  generateSchedule,
  isExpiring,
  maskPhone,
  overdueFen,
  releaseFor,
  scheduleProblems,
  splitReceipt,
  totalFromAnnualRent,
  yearOf,
  yearShares,
  type Instalment,
  type InstalmentState,
} from './estate.domain.js'
import type { ContractBody, ContractView, ReceiptBody, ScheduleBody, SignBody } from './estate.schemas.js'
import { invalid, moveParcel, villageEstate } from './land.service.js'

export const CONTRACT_JOB = 'estate.contracts'
const CONTRACT = 'estate_contract'
const ADVANCE_NAME = '预收租金'
const stateNamesZh = { draft: '草拟', signed: '已签订' } as const

function failed(problems: [string, string][]): AppError {
  return new AppError('VALIDATION_FAILED', {
    fields: problems.map(([path, message]) => ({ path, rule: 'estate', message })),
  })
}

// --- Reading ---------------------------------------------------------------------------------------

export async function instalmentStates(db: Executor, contractIds: readonly string[]) {
  if (contractIds.length === 0) return new Map<string, InstalmentState[]>()
  const rows = await db
    .selectFrom('contract_instalments as i')
    .leftJoin('contract_receipt_allocations as a', 'a.instalment_id', 'i.id')
    .select([
      'i.id',
      'i.contract_id',
      'i.seq',
      'i.due_on',
      'i.amount_fen',
      (eb) => eb.fn.sum<string | number | null>('a.amount_fen').as('received'),
    ])
    .where('i.contract_id', 'in', contractIds)
    .groupBy(['i.id', 'i.contract_id', 'i.seq', 'i.due_on', 'i.amount_fen'])
    .orderBy('i.seq')
    .execute()
  const out = new Map<string, InstalmentState[]>()
  for (const r of rows) {
    const list = out.get(r.contract_id) ?? []
    list.push({
      id: r.id,
      seq: r.seq,
      dueOn: r.due_on,
      amountFen: toNumber(r.amount_fen),
      receivedFen: r.received === null ? 0 : toNumber(r.received),
    })
    out.set(r.contract_id, list)
  }
  return out
}

function summary(c: EstateContractTable, instalments: readonly InstalmentState[], today: string) {
  const overdue = c.state === 'signed' ? overdueFen(instalments, today) : 0
  return {
    id: c.id,
    number: c.number,
    kind: c.kind,
    kindZh: contractKindNamesZh[c.kind],
    counterpartyName: c.counterparty_name,
    counterpartyType: c.counterparty_type,
    counterpartyPhone: maskPhone(c.counterparty_phone),
    subject: c.subject,
    startsOn: c.starts_on,
    endsOn: c.ends_on,
    totalFen: toNumber(c.total_fen),
    annualRentFen: toNumber(c.annual_rent_fen),
    frequency: c.frequency,
    frequencyZh: frequencyNamesZh[c.frequency],
    state: c.state,
    stateZh: stateNamesZh[c.state],
    signedOn: c.signed_on,
    receivedFen: instalments.reduce((s, i) => s + i.receivedFen, 0),
    overdueFen: overdue,
    expiring: isExpiring(c.state, c.ends_on, today),
    overdue: overdue > 0,
    version: c.version,
  }
}

export async function listContracts({
  db,
  actor,
  villageId,
  flag,
  now,
}: {
  db: Db
  actor: Actor
  villageId: string
  flag?: 'expiring' | 'overdue'
  now: number
}) {
  const { canWrite } = await villageEstate(db, actor, villageId, 'collective.read')
  const today = localDate(now)
  const rows = await db
    .selectFrom('estate_contracts')
    .selectAll()
    .where('village_id', '=', villageId)
    .orderBy('ends_on')
    .orderBy('number')
    .execute()
  const states = await instalmentStates(
    db,
    rows.map((r) => r.id),
  )
  const all = rows.map((r) => summary(r, states.get(r.id) ?? [], today))
  return {
    items: all.filter((c) => flag === undefined || c[flag]),
    counts: {
      all: all.length,
      expiring: all.filter((c) => c.expiring).length,
      overdue: all.filter((c) => c.overdue).length,
    },
    canWrite,
  }
}

async function contractRow(db: Executor, villageId: string, id: string, lock = false) {
  let q = db
    .selectFrom('estate_contracts')
    .selectAll()
    .where('id', '=', id)
    .where('village_id', '=', villageId)
  if (lock && dialectOf(db) === 'postgres') q = q.forUpdate()
  const c = await q.executeTakeFirst()
  if (!c) throw notFoundOrNoAccess(CONTRACT)
  return c
}

async function contractView(db: Executor, c: EstateContractTable, now: number, canWrite: boolean) {
  const today = localDate(now)
  const instalments = (await instalmentStates(db, [c.id])).get(c.id) ?? []
  const assets = await db
    .selectFrom('estate_contract_subjects as s')
    .innerJoin('asset_cards as a', 'a.id', 's.asset_card_id')
    .select(['a.id', 'a.number', 'a.name'])
    .where('s.contract_id', '=', c.id)
    .orderBy('a.number')
    .execute()
  const parcels = await db
    .selectFrom('estate_contract_subjects as s')
    .innerJoin('land_parcels as p', 'p.id', 's.parcel_id')
    .select(['p.id', 'p.number', 'p.name'])
    .where('s.contract_id', '=', c.id)
    .orderBy('p.number')
    .execute()
  const receipts = await db
    .selectFrom('contract_receipts')
    .selectAll()
    .where('contract_id', '=', c.id)
    .orderBy('received_on')
    .orderBy('at')
    .execute()
  const releases = await db
    .selectFrom('contract_releases')
    .selectAll()
    .where('contract_id', '=', c.id)
    .orderBy('year')
    .execute()
  return {
    ...summary(c, instalments, today),
    assets,
    parcels,
    instalments: instalments.map((i) => ({
      id: i.id,
      seq: i.seq,
      dueOn: i.dueOn,
      amountFen: i.amountFen,
      receivedFen: i.receivedFen,
      overdue: c.state === 'signed' && i.dueOn < today && i.receivedFen < i.amountFen,
    })),
    receipts: receipts.map((r) => ({
      id: r.id,
      receivedOn: r.received_on,
      amountFen: toNumber(r.amount_fen),
      method: r.method,
      currentFen: toNumber(r.current_fen),
      advanceFen: toNumber(r.advance_fen),
      voucherId: r.voucher_id,
      by: r.by_label,
    })),
    releases: releases.map((r) => ({
      year: r.year,
      amountFen: toNumber(r.amount_fen),
      voucherId: r.voucher_id,
    })),
    canWrite,
  } satisfies ContractView
}

export async function getContract({
  db,
  actor,
  villageId,
  contractId,
  now,
}: {
  db: Db
  actor: Actor
  villageId: string
  contractId: string
  now: number
}) {
  const { canWrite } = await villageEstate(db, actor, villageId, 'collective.read')
  return contractView(db, await contractRow(db, villageId, contractId), now, canWrite)
}

// --- Drafting, the schedule, signing -----------------------------------------------------------------

/** The cards and parcels a contract covers: the village's own, not disposed nor expropriated. */
async function checkSubjects(
  trx: Executor,
  villageId: string,
  assetIds: readonly string[],
  parcelIds: readonly string[],
) {
  if (assetIds.length + parcelIds.length === 0)
    throw invalid('/assetCardIds', '合同须至少涉及一项资产或一块土地')
  const assets =
    assetIds.length > 0
      ? await trx.selectFrom('asset_cards').selectAll().where('id', 'in', assetIds).execute()
      : []
  const parcels =
    parcelIds.length > 0
      ? await trx.selectFrom('land_parcels').selectAll().where('id', 'in', parcelIds).execute()
      : []
  const cards = assetIds.map((id, i) => {
    const a = assets.find((x) => x.id === id)
    if (a?.village_id !== villageId) throw invalid(`/assetCardIds/${String(i)}`, '资产不存在或不属于本村')
    if (a.status === 'disposed')
      throw new AppError('CONFLICT', {
        reason: 'asset disposed',
        reasonZh: `资产 ${a.number} ${a.name} 已报废/处置，不能订立合同`,
        fields: [{ path: `/assetCardIds/${String(i)}`, rule: 'estate', message: '资产已报废/处置' }],
      })
    return a
  })
  const lots = parcelIds.map((id, i) => {
    const p = parcels.find((x) => x.id === id)
    if (p?.village_id !== villageId) throw invalid(`/parcelIds/${String(i)}`, '地块不存在或不属于本村')
    if (p.status === 'expropriated')
      throw new AppError('CONFLICT', {
        reason: 'parcel expropriated',
        reasonZh: `地块 ${p.number} ${p.name} 已被征收，不能订立合同`,
        fields: [{ path: `/parcelIds/${String(i)}`, rule: 'estate', message: '地块已被征收' }],
      })
    return p
  })
  return { cards, lots }
}

function normalised(instalments: readonly { dueOn: string; amountFen: number }[]): Instalment[] {
  return instalments.map((i) => ({ dueOn: i.dueOn, amountFen: i.amountFen }))
}

async function writeSchedule(trx: Executor, contractId: string, schedule: readonly Instalment[]) {
  await trx.deleteFrom('contract_instalments').where('contract_id', '=', contractId).execute()
  await trx
    .insertInto('contract_instalments')
    .values(
      schedule.map((i, n) => ({
        id: newId(),
        contract_id: contractId,
        seq: n + 1,
        due_on: i.dueOn,
        amount_fen: i.amountFen,
      })),
    )
    .execute()
}

export async function createContract({
  db,
  actor,
  villageId,
  input,
  now,
}: {
  db: Db
  actor: Actor
  villageId: string
  input: ContractBody
  now: number
}) {
  return db.transaction().execute(async (trx) => {
    const { canWrite } = await villageEstate(trx, actor, villageId, 'collective.manage')
    if (input.endsOn < input.startsOn) throw invalid('/endsOn', '合同终止日期不能早于起始日期')
    const { cards, lots } = await checkSubjects(trx, villageId, input.assetCardIds, input.parcelIds)
    const number = input.number.trim()
    const taken = await trx
      .selectFrom('estate_contracts')
      .select('id')
      .where('village_id', '=', villageId)
      .where('number', '=', number)
      .executeTakeFirst()
    if (taken)
      throw new AppError('CONFLICT', {
        reason: 'contract number taken',
        reasonZh: `合同编号 ${number} 已存在`,
      })
    const total = input.totalFen ?? totalFromAnnualRent(input.annualRentFen, input.startsOn, input.endsOn)
    const schedule = input.instalments
      ? normalised(input.instalments)
      : generateSchedule(input.startsOn, input.endsOn, total, input.frequency)
    const problems = scheduleProblems(schedule, total, input.startsOn, input.endsOn)
    if (problems.length > 0) throw failed(problems)
    const row: EstateContractTable = {
      id: newId(),
      village_id: villageId,
      number,
      kind: input.kind,
      counterparty_name: input.counterpartyName.trim(),
      counterparty_type: input.counterpartyType,
      counterparty_phone: input.counterpartyPhone?.replace(/\s/g, '') ?? null,
      subject: [...cards.map((a) => a.name), ...lots.map((p) => `${p.name}（${p.number}）`)].join('、'),
      starts_on: input.startsOn,
      ends_on: input.endsOn,
      total_fen: total,
      annual_rent_fen: input.annualRentFen,
      frequency: input.frequency,
      state: 'draft',
      signed_on: null,
      created_by_label: actor.label,
      version: 1,
      created_at: now,
      updated_at: now,
    }
    await trx.insertInto('estate_contracts').values(row).execute()
    await trx
      .insertInto('estate_contract_subjects')
      .values([
        ...cards.map((a) => ({ contract_id: row.id, asset_card_id: a.id, parcel_id: null })),
        ...lots.map((p) => ({ contract_id: row.id, asset_card_id: null, parcel_id: p.id })),
      ])
      .execute()
    await writeSchedule(trx, row.id, schedule)
    await recordAudit(trx, {
      actor,
      action: 'estate.contract.create',
      targetType: CONTRACT,
      targetId: row.id,
      villageId,
      summary: { number, counterparty: row.counterparty_name, totalFen: total, instalments: schedule.length },
      at: now,
    })
    return contractView(trx, row, now, canWrite)
  })
}

/** Until it is signed, the schedule is corrected in full; it must still add up to the total. */
export async function updateSchedule({
  db,
  actor,
  villageId,
  contractId,
  input,
  now,
}: {
  db: Db
  actor: Actor
  villageId: string
  contractId: string
  input: ScheduleBody
  now: number
}) {
  return db.transaction().execute(async (trx) => {
    const { canWrite } = await villageEstate(trx, actor, villageId, 'collective.manage')
    const c = await contractRow(trx, villageId, contractId, true)
    if (c.version !== input.version)
      throw new AppError('VERSION_CONFLICT', { entity: CONTRACT, expectedVersion: input.version })
    if (c.state !== 'draft')
      throw new AppError('CONFLICT', {
        reason: 'contract signed',
        reasonZh: '合同已签订，收款计划不能再修改',
      })
    const schedule = normalised(input.instalments)
    const problems = scheduleProblems(schedule, toNumber(c.total_fen), c.starts_on, c.ends_on)
    if (problems.length > 0) throw failed(problems)
    await writeSchedule(trx, c.id, schedule)
    await trx
      .updateTable('estate_contracts')
      .set({ version: c.version + 1, updated_at: now })
      .where('id', '=', c.id)
      .execute()
    await recordAudit(trx, {
      actor,
      action: 'estate.contract.schedule',
      targetType: CONTRACT,
      targetId: c.id,
      villageId,
      summary: { instalments: schedule.length },
      at: now,
    })
    return contractView(trx, await contractRow(trx, villageId, c.id), now, canWrite)
  })
}

/** 签订: the contract takes effect; the cards and parcels it covers are let (出租) under it. */
export async function signContract({
  db,
  actor,
  villageId,
  contractId,
  input,
  now,
}: {
  db: Db
  actor: Actor
  villageId: string
  contractId: string
  input: SignBody
  now: number
}) {
  return db.transaction().execute(async (trx) => {
    const { canWrite } = await villageEstate(trx, actor, villageId, 'collective.manage')
    const c = await contractRow(trx, villageId, contractId, true)
    if (c.version !== input.version)
      throw new AppError('VERSION_CONFLICT', { entity: CONTRACT, expectedVersion: input.version })
    if (c.state !== 'draft')
      throw new AppError('CONFLICT', { reason: 'already signed', reasonZh: '合同已签订' })
    const subjects = await trx
      .selectFrom('estate_contract_subjects')
      .selectAll()
      .where('contract_id', '=', c.id)
      .execute()
    const { cards, lots } = await checkSubjects(
      trx,
      villageId,
      subjects.flatMap((s) => (s.asset_card_id ? [s.asset_card_id] : [])),
      subjects.flatMap((s) => (s.parcel_id ? [s.parcel_id] : [])),
    )
    const reason = `签订合同 ${c.number}（${c.counterparty_name}）`
    for (const a of cards)
      if (a.status !== 'leased') await moveCard(trx, actor, a, 'leased', input.signedOn, reason, now)
    for (const p of lots)
      await moveParcel(
        trx,
        actor,
        p,
        { status: 'leased', holder_member_id: null, holder_household_id: null, contract_id: c.id },
        { changedOn: input.signedOn, reason, decisionRef: null },
        now,
      )
    await trx
      .updateTable('estate_contracts')
      .set({ state: 'signed', signed_on: input.signedOn, version: c.version + 1, updated_at: now })
      .where('id', '=', c.id)
      .execute()
    await recordAudit(trx, {
      actor,
      action: 'estate.contract.sign',
      targetType: CONTRACT,
      targetId: c.id,
      villageId,
      summary: { signedOn: input.signedOn, assets: cards.length, parcels: lots.length },
      at: now,
    })
    return contractView(trx, await contractRow(trx, villageId, c.id), now, canWrite)
  })
}

// --- Receipts and the advance ------------------------------------------------------------------------

/** The 211 sub-account 预收租金, created (as the next free 211xx) the first time it is needed. */
export async function advanceAccount(
  trx: Executor,
  actor: Actor,
  villageId: string,
  now: number,
): Promise<string> {
  const children = await trx
    .selectFrom('ledger_accounts')
    .select(['code', 'name'])
    .where('village_id', '=', villageId)
    .where('parent_code', '=', '211')
    .execute()
  const existing = children.find((a) => a.name === ADVANCE_NAME)
  if (existing) return existing.code
  const used = new Set(children.map((a) => a.code))
  let n = 1
  while (used.has(`211${String(n).padStart(2, '0')}`)) n++
  const code = `211${String(n).padStart(2, '0')}`
  await addSubAccount(trx, actor, villageId, { parentCode: '211', code, name: ADVANCE_NAME }, now)
  return code
}

async function receivedBefore(trx: Executor, contractId: string, day: string): Promise<number> {
  const r = await trx
    .selectFrom('contract_receipts')
    .select((eb) => eb.fn.sum<string | number | null>('amount_fen').as('fen'))
    .where('contract_id', '=', contractId)
    .where('received_on', '<', day)
    .executeTakeFirst()
  return r?.fen == null ? 0 : toNumber(r.fen)
}

/**
 * 收款: allocated to the open instalments, earliest first (never more than is still open), and a
 * draft voucher in the books — this year's rent to 501, later years' to 211xx 预收租金.
 */
export async function recordReceipt({
  db,
  actor,
  villageId,
  contractId,
  input,
  now,
}: {
  db: Db
  actor: Actor
  villageId: string
  contractId: string
  input: ReceiptBody
  now: number
}) {
  return db.transaction().execute(async (trx) => {
    const { canWrite } = await villageEstate(trx, actor, villageId, 'collective.manage')
    const c = await contractRow(trx, villageId, contractId, true)
    if (c.state !== 'signed')
      throw new AppError('CONFLICT', { reason: 'not signed', reasonZh: '合同尚未签订，不能收款' })
    await requireBook(trx, villageId)
    const states = (await instalmentStates(trx, [c.id])).get(c.id) ?? []
    const open = states.reduce((s, i) => s + i.amountFen - i.receivedFen, 0)
    const allocations = allocate(states, input.amountFen)
    if (!allocations)
      throw new AppError('UNPROCESSABLE', {
        reason: 'receipt above what is due',
        reasonZh: `收款金额超过合同尚未收取的 ${(open / 100).toFixed(2)} 元`,
        fields: [{ path: '/amountFen', rule: 'estate', message: '收款金额超过尚未收取的租金' }],
      })
    // Everything received so far counts, whatever its date: a receipt pays the earliest rent first.
    const before = states.reduce((s, i) => s + i.receivedFen, 0)
    const shares = yearShares(c.starts_on, c.ends_on, toNumber(c.total_fen))
    const { currentFen, advanceFen } = splitReceipt(shares, yearOf(input.receivedOn), before, input.amountFen)
    const advanceCode = advanceFen > 0 ? await advanceAccount(trx, actor, villageId, now) : null
    const what = `收${c.counterparty_name}租金（合同 ${c.number}）`
    const voucher = await draftVoucher(
      trx,
      actor,
      villageId,
      {
        date: input.receivedOn,
        summary: what,
        lines: [
          { accountCode: input.method === 'bank' ? '102' : '101', debitFen: input.amountFen, summary: what },
          ...(currentFen > 0
            ? [
                {
                  accountCode: '501',
                  creditFen: currentFen,
                  summary: `${String(yearOf(input.receivedOn))}年租金收入`,
                },
              ]
            : []),
          ...(advanceCode !== null
            ? [{ accountCode: advanceCode, creditFen: advanceFen, summary: '预收以后年度租金' }]
            : []),
        ],
      },
      now,
    )
    const id = newId()
    await trx
      .insertInto('contract_receipts')
      .values({
        id,
        contract_id: c.id,
        village_id: villageId,
        received_on: input.receivedOn,
        amount_fen: input.amountFen,
        method: input.method,
        current_fen: currentFen,
        advance_fen: advanceFen,
        voucher_id: voucher.id,
        by_user_id: actor.userId,
        by_label: actor.label,
        at: now,
      })
      .execute()
    await trx
      .insertInto('contract_receipt_allocations')
      .values(
        allocations.map((a) => ({ receipt_id: id, instalment_id: a.instalmentId, amount_fen: a.amountFen })),
      )
      .execute()
    await recordAudit(trx, {
      actor,
      action: 'estate.contract.receipt',
      targetType: CONTRACT,
      targetId: c.id,
      villageId,
      summary: { amountFen: input.amountFen, currentFen, advanceFen, voucher: voucher.id },
      at: now,
    })
    return contractView(trx, await contractRow(trx, villageId, c.id), now, canWrite)
  })
}

/**
 * Releases `year`'s share of rent received in earlier years from 预收租金 into 501 (a draft
 * voucher), once per contract and year: the release row is claimed first, and a second run —
 * even a concurrent one — finds it taken and drafts nothing. Returns whether this call released.
 */
export async function releaseYear(
  trx: Executor,
  actor: Actor,
  c: EstateContractTable,
  year: number,
  now: number,
): Promise<{ released: boolean; amountFen: number; voucherId: string | null }> {
  const today = localDate(now)
  if (year > yearOf(today)) throw invalid('/year', `${String(year)}年尚未开始`)
  if (c.state !== 'signed' || year < yearOf(c.starts_on) || year > yearOf(c.ends_on))
    return { released: false, amountFen: 0, voucherId: null }
  const shares = yearShares(c.starts_on, c.ends_on, toNumber(c.total_fen))
  const amount = releaseFor(shares, year, await receivedBefore(trx, c.id, `${String(year)}-01-01`))
  if (amount === 0) return { released: false, amountFen: 0, voucherId: null }
  const id = newId()
  const claimed = await trx
    .insertInto('contract_releases')
    .values({
      id,
      contract_id: c.id,
      village_id: c.village_id,
      year,
      amount_fen: amount,
      voucher_id: null,
      by_label: actor.label,
      at: now,
    })
    .onConflict((oc) => oc.columns(['contract_id', 'year']).doNothing())
    .returning('id')
    .executeTakeFirst()
  if (!claimed) return { released: false, amountFen: 0, voucherId: null }
  const code = await advanceAccount(trx, actor, c.village_id, now)
  const what = `结转${String(year)}年预收租金（合同 ${c.number}）`
  const voucher = await draftVoucher(
    trx,
    actor,
    c.village_id,
    {
      date: year === yearOf(today) ? today : `${String(year)}-12-31`,
      summary: what,
      lines: [
        { accountCode: code, debitFen: amount, summary: what },
        { accountCode: '501', creditFen: amount, summary: `${String(year)}年租金收入` },
      ],
    },
    now,
  )
  await trx.updateTable('contract_releases').set({ voucher_id: voucher.id }).where('id', '=', id).execute()
  await recordAudit(trx, {
    actor,
    action: 'estate.contract.release',
    targetType: CONTRACT,
    targetId: c.id,
    villageId: c.village_id,
    summary: { year, amountFen: amount, voucher: voucher.id },
    at: now,
  })
  return { released: true, amountFen: amount, voucherId: voucher.id }
}

/** The explicit action: release a year's share of the advance for one contract. */
export async function releaseContractYear({
  db,
  actor,
  villageId,
  contractId,
  year,
  now,
}: {
  db: Db
  actor: Actor
  villageId: string
  contractId: string
  year: number
  now: number
}) {
  return db.transaction().execute(async (trx) => {
    await villageEstate(trx, actor, villageId, 'collective.manage')
    const c = await contractRow(trx, villageId, contractId)
    return releaseYear(trx, actor, c, year, now)
  })
}

/** The job: this year's release for every signed contract of every village, each in its own transaction. */
export async function releaseDueYears(db: Db, now: number): Promise<{ released: number; failed: number }> {
  const today = localDate(now)
  const year = yearOf(today)
  const contracts = await db
    .selectFrom('estate_contracts')
    .select(['id', 'village_id'])
    .where('state', '=', 'signed')
    .where('starts_on', '<', `${String(year)}-01-01`)
    .where('ends_on', '>=', `${String(year)}-01-01`)
    .orderBy('id')
    .execute()
  let released = 0
  let failedCount = 0
  for (const { id, village_id } of contracts) {
    try {
      const done = await db.transaction().execute(async (trx) => {
        const c = await contractRow(trx, village_id, id)
        return releaseYear(trx, systemActor('合同台账：预收租金结转'), c, year, now)
      })
      if (done.released) released++
    } catch {
      // A village whose books are not open, or whose period is closed, is tried again next run.
      failedCount++
    }
  }
  return { released, failed: failedCount }
}

export function registerEstateJobs(ctx: AppContext): void {
  // Every hour: a new year's releases appear soon after New Year's Day.
  // Each contract is released in a transaction of its own, so one village's closed period stops no other.
  ctx.jobs.registerPeriodic(
    CONTRACT_JOB,
    60 * 60_000,
    async () => {
      await releaseDueYears(ctx.db, ctx.clock())
    },
    { transactional: false },
  )
}
