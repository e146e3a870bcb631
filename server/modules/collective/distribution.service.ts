// A year's distribution: drawn up from the books (the income and distribution statement's 可分配收益
// for December), with the village's ratios for the year; approved by an adopted 收益分配 decision;
// posted to the books as a draft voucher (Dr 322 各项分配 / Cr 311 公积公益金 and 211 应付款) that is
// reviewed and posted like any other. The payout list splits the members' pool by the shares held
// when the plan was drawn up, and adds up to it exactly.
import type { Db, Executor } from '../../db/index.js'
import { dialectOf, toNumber } from '../../db/index.js'
import type { Actor } from '../../platform/access.js'
import { recordAudit } from '../../platform/audit.js'
import { AppError, notFoundOrNoAccess } from '../../platform/errors.js'
import { newId } from '../../platform/ids.js'
import { addSubAccount, draftVoucher, getStatement, requireBook, villageBooks } from '../books/index.js'
import { holdingsOf } from './collective.service.js'
import { distributionAmounts, payouts } from './distribution.domain.js'

const PLAN = 'distribution_plan'
const stateNamesZh = { draft: '草案', approved: '已通过', posted: '已入账' } as const

export async function distributionView(db: Executor, planId: string, canWrite = false) {
  const p = await db.selectFrom('distribution_plans').selectAll().where('id', '=', planId).executeTakeFirst()
  if (!p) throw notFoundOrNoAccess(PLAN)
  const rows = await db
    .selectFrom('distribution_payouts as d')
    .innerJoin('collective_members as m', 'm.id', 'd.member_id')
    .innerJoin('persons as pe', 'pe.id', 'm.person_id')
    .select(['d.member_id', 'd.shares', 'd.amount_fen', 'pe.name', 'm.status'])
    .where('d.plan_id', '=', p.id)
    .orderBy('d.shares', 'desc')
    .orderBy('pe.name_sort')
    .execute()
  const decision = p.decision_id
    ? await db
        .selectFrom('collective_decisions')
        .select(['id', 'title'])
        .where('id', '=', p.decision_id)
        .executeTakeFirst()
    : undefined
  return {
    id: p.id,
    villageId: p.village_id,
    year: p.year,
    distributableFen: toNumber(p.distributable_fen),
    providentBp: p.provident_bp,
    memberBp: p.member_bp,
    providentFen: toNumber(p.provident_fen),
    memberFen: toNumber(p.member_fen),
    retainedFen: toNumber(p.retained_fen),
    state: p.state,
    stateZh: stateNamesZh[p.state],
    decision: decision ? { id: decision.id, title: decision.title } : null,
    voucherId: p.voucher_id,
    payouts: rows.map((r) => ({
      memberId: r.member_id,
      name: r.name,
      memberStatus: r.status,
      shares: r.shares,
      amountFen: toNumber(r.amount_fen),
    })),
    payoutTotalFen: rows.reduce((s, r) => s + toNumber(r.amount_fen), 0),
    canWrite,
    version: p.version,
  }
}

/** Draws up a year's distribution from the books and the shares as they stand. */
export async function draftDistribution({
  db,
  actor,
  villageId,
  input,
  now,
}: {
  db: Db
  actor: Actor
  villageId: string
  input: { year: number; providentBp: number; memberBp: number }
  now: number
}) {
  await villageBooks(db, actor, villageId, 'village.books.write')
  if (input.providentBp + input.memberBp > 10_000)
    throw new AppError('VALIDATION_FAILED', {
      fields: [
        { path: '/memberBp', rule: 'ratios', message: '提取公积公益金与成员分配的比例之和不能超过 100%' },
      ],
    })
  // The year's 可分配收益 as the income and distribution statement states it for December.
  const statement = await getStatement({
    db,
    actor,
    villageId,
    report: 'income_distribution',
    period: `${String(input.year)}-12`,
  })
  const distributable = statement.rows.find((r) => r.rowNo === 16)?.valueFen ?? 0
  if (distributable <= 0)
    throw new AppError('UNPROCESSABLE', {
      reason: 'nothing to distribute',
      reasonZh: `${String(input.year)} 年没有可分配收益（可分配收益 ${(distributable / 100).toFixed(2)} 元）`,
    })
  const amounts = distributionAmounts(distributable, input.providentBp, input.memberBp)
  const id = await db.transaction().execute(async (trx) => {
    await requireBook(trx, villageId)
    const existing = await trx
      .selectFrom('distribution_plans')
      .select('state')
      .where('village_id', '=', villageId)
      .where('year', '=', input.year)
      .executeTakeFirst()
    if (existing)
      throw new AppError('CONFLICT', {
        reason: 'plan exists',
        reasonZh: `${String(input.year)} 年的收益分配方案已有（${stateNamesZh[existing.state]}）`,
      })
    // The plan's row is locked while the shares are read, as a share event locks it.
    let q = trx.selectFrom('share_plans').select('id').where('village_id', '=', villageId)
    if (dialectOf(trx) === 'postgres') q = q.forUpdate()
    if (!(await q.executeTakeFirst()))
      throw new AppError('UNPROCESSABLE', { reason: 'no share plan', reasonZh: '尚未设置股权，无法按股分配' })
    const held = (await holdingsOf(trx, villageId)).h.byMember
    // Holders in a fixed order (by member id) so the split is reproducible.
    const holders = [...held.entries()]
      .filter(([, shares]) => shares > 0)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([memberId, shares]) => ({ memberId, shares }))
    if (holders.length === 0 && amounts.member > 0)
      throw new AppError('UNPROCESSABLE', { reason: 'no holders', reasonZh: '没有持股成员，无法向成员分配' })
    const planId = newId()
    await trx
      .insertInto('distribution_plans')
      .values({
        id: planId,
        village_id: villageId,
        year: input.year,
        distributable_fen: distributable,
        provident_bp: input.providentBp,
        member_bp: input.memberBp,
        provident_fen: amounts.provident,
        member_fen: amounts.member,
        retained_fen: amounts.retained,
        state: 'draft',
        decision_id: null,
        voucher_id: null,
        created_by_label: actor.label,
        version: 1,
        created_at: now,
        updated_at: now,
      })
      .execute()
    const out = payouts(amounts.member, holders)
    if (out.length > 0)
      await trx
        .insertInto('distribution_payouts')
        .values(
          out.map((p) => ({
            plan_id: planId,
            member_id: p.memberId,
            shares: p.shares,
            amount_fen: p.amountFen,
          })),
        )
        .execute()
    await recordAudit(trx, {
      actor,
      action: 'collective.distribution.draft',
      targetType: PLAN,
      targetId: planId,
      villageId,
      summary: { year: input.year, distributable, ...amounts, holders: holders.length },
      at: now,
    })
    return planId
  })
  return distributionView(db, id, true)
}

async function lockPlan(trx: Executor, villageId: string, planId: string, version: number) {
  let q = trx
    .selectFrom('distribution_plans')
    .selectAll()
    .where('id', '=', planId)
    .where('village_id', '=', villageId)
  if (dialectOf(trx) === 'postgres') q = q.forUpdate()
  const p = await q.executeTakeFirst()
  if (!p) throw notFoundOrNoAccess(PLAN)
  if (p.version !== version)
    throw new AppError('VERSION_CONFLICT', { entity: PLAN, expectedVersion: version })
  return p
}

/** The members' (representatives') meeting adopted the plan: its decision is recorded with it. */
export async function approveDistribution({
  db,
  actor,
  villageId,
  planId,
  input,
  now,
}: {
  db: Db
  actor: Actor
  villageId: string
  planId: string
  input: { version: number; decisionId: string }
  now: number
}) {
  await db.transaction().execute(async (trx) => {
    await villageBooks(trx, actor, villageId, 'village.books.write')
    const p = await lockPlan(trx, villageId, planId, input.version)
    if (p.state !== 'draft')
      throw new AppError('INVALID_TRANSITION', {
        state: stateNamesZh[p.state],
        action: '通过',
        stateCode: p.state,
        actionCode: 'approve',
      })
    const d = await trx
      .selectFrom('collective_decisions')
      .selectAll()
      .where('id', '=', input.decisionId)
      .executeTakeFirst()
    if (!d || d.village_id !== villageId || d.kind !== 'distribution')
      throw new AppError('VALIDATION_FAILED', {
        fields: [{ path: '/decisionId', rule: 'decision', message: '请选择本集体经济组织的“收益分配”决议' }],
      })
    if (d.adopted !== 1)
      throw new AppError('VALIDATION_FAILED', {
        fields: [{ path: '/decisionId', rule: 'decision', message: `决议“${d.title}”未获通过` }],
      })
    await trx
      .updateTable('distribution_plans')
      .set({ state: 'approved', decision_id: d.id, version: p.version + 1, updated_at: now })
      .where('id', '=', p.id)
      .execute()
    await recordAudit(trx, {
      actor,
      action: 'collective.distribution.approve',
      targetType: PLAN,
      targetId: p.id,
      villageId,
      summary: { decision: d.title },
      at: now,
    })
  })
  return distributionView(db, planId, true)
}

/** Posts an approved plan to the books: a draft voucher on 31 December, reviewed and posted like any other. */
export async function postDistribution({
  db,
  actor,
  villageId,
  planId,
  input,
  now,
}: {
  db: Db
  actor: Actor
  villageId: string
  planId: string
  input: { version: number }
  now: number
}) {
  await db.transaction().execute(async (trx) => {
    await villageBooks(trx, actor, villageId, 'village.books.write')
    const p = await lockPlan(trx, villageId, planId, input.version)
    if (p.state !== 'approved')
      throw new AppError('INVALID_TRANSITION', {
        state: stateNamesZh[p.state],
        action: '入账',
        stateCode: p.state,
        actionCode: 'post',
      })
    const provident = toNumber(p.provident_fen)
    const member = toNumber(p.member_fen)
    const payable = member > 0 ? await memberPayableAccount(trx, actor, villageId, now) : '211'
    const lines = [
      ...(provident > 0
        ? [
            { accountCode: '3220201', debitFen: provident, summary: '提取公积公益金' },
            { accountCode: '311', creditFen: provident, summary: '提取公积公益金' },
          ]
        : []),
      ...(member > 0
        ? [
            { accountCode: '3220202', debitFen: member, summary: '向成员分配收益' },
            { accountCode: payable, creditFen: member, summary: '应付成员分配款' },
          ]
        : []),
    ]
    const voucher = await draftVoucher(
      trx,
      actor,
      villageId,
      { date: `${String(p.year)}-12-31`, summary: `${String(p.year)}年度收益分配`, lines },
      now,
    )
    await trx
      .updateTable('distribution_plans')
      .set({ state: 'posted', voucher_id: voucher.id, version: p.version + 1, updated_at: now })
      .where('id', '=', p.id)
      .execute()
    await recordAudit(trx, {
      actor,
      action: 'collective.distribution.post',
      targetType: PLAN,
      targetId: p.id,
      villageId,
      summary: { voucher: voucher.id },
      at: now,
    })
  })
  return distributionView(db, planId, true)
}

const PAYABLE_NAME = '应付成员分配款'

/**
 * Where the members' payouts are owed: 211 应付款 while it takes postings; once it has sub-accounts
 * (the estate's 预收租金 is one), its sub-account 应付成员分配款, made the first time it is needed.
 */
export async function memberPayableAccount(
  trx: Executor,
  actor: Actor,
  villageId: string,
  now: number,
): Promise<string> {
  const parent = await trx
    .selectFrom('ledger_accounts')
    .select('leaf')
    .where('village_id', '=', villageId)
    .where('code', '=', '211')
    .executeTakeFirst()
  if (!parent || parent.leaf === 1) return '211'
  const children = await trx
    .selectFrom('ledger_accounts')
    .select(['code', 'name'])
    .where('village_id', '=', villageId)
    .where('parent_code', '=', '211')
    .execute()
  const existing = children.find((a) => a.name === PAYABLE_NAME)
  if (existing) return existing.code
  const used = new Set(children.map((a) => a.code))
  let n = 1
  while (used.has(`211${String(n).padStart(2, '0')}`)) n++
  const code = `211${String(n).padStart(2, '0')}`
  await addSubAccount(trx, actor, villageId, { parentCode: '211', code, name: PAYABLE_NAME }, now)
  return code
}

export async function listDistributions({
  db,
  actor,
  villageId,
}: {
  db: Db
  actor: Actor
  villageId: string
}) {
  const { canWrite } = await villageBooks(db, actor, villageId, 'collective.read')
  const rows = await db
    .selectFrom('distribution_plans')
    .select('id')
    .where('village_id', '=', villageId)
    .orderBy('year', 'desc')
    .execute()
  const items = []
  for (const r of rows) items.push(await distributionView(db, r.id, canWrite))
  return { items }
}
