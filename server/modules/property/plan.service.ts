// Maintenance plans (维护计划): the community says which facilities a trade checks, against which
// checklist, how often, and within how many days of each period. Each period the job runner opens
// the plan's order — one per plan and period, however many processes run the job (the plan's row
// is locked, and the database refuses a second order for the same period) — dispatched to the
// plan's butler or left for the team to take. A plan whose check is open past its due time is
// flagged overdue until the check is done.
import type { Static } from '@sinclair/typebox'
import { sql } from 'kysely'
import type { Db, Executor, MaintenancePlanTable } from '../../db/index.js'
import { dialectOf, readJson, writeJson } from '../../db/index.js'
import { requireAccess, roleHas, isRole, systemActor, type Actor } from '../../platform/access.js'
import { changedFields, recordAudit } from '../../platform/audit.js'
import type { AppContext } from '../../platform/context.js'
import { AppError, notFoundOrNoAccess } from '../../platform/errors.js'
import { newId } from '../../platform/ids.js'
import type { PiiKeys } from '../../platform/pii.js'
import { localDate, startOfLocalDay } from '../../platform/time.js'
import { applyChange, listCategories, stateNameZh, type WorkState } from '../requests/index.js'
import {
  addDays,
  currentPeriod,
  dueDayOpenedOn,
  frequencyNamesZh,
  normaliseChecklist,
  periodLabelZh,
  tradeNamesZh,
} from './property.domain.js'
import type { PlanBody, PlanPatchBody, PlanSummary, PlanView } from './property.schemas.js'
import { createOrder, facilityRef } from './property.service.js'

export const PLAN_JOB = 'property.plans'
const PLAN = 'maintenance_plan'

function invalid(path: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', { fields: [{ path, rule: 'plan', message }] })
}

async function communityNode(db: Executor, nodeId: string) {
  const node = await db.selectFrom('org_nodes').selectAll().where('id', '=', nodeId).executeTakeFirst()
  if (!node || node.community_id === null) throw notFoundOrNoAccess('org_node')
  return node
}

/** Is the user a red butler (or staff) whose grant reaches the plan's place? */
async function reachesAsButler(db: Executor, userId: string, path: string): Promise<boolean> {
  const grants = await db
    .selectFrom('grants as g')
    .innerJoin('users as u', 'u.id', 'g.user_id')
    .select(['g.role', 'g.scope_path'])
    .where('g.user_id', '=', userId)
    .where('g.scope_kind', '=', 'org')
    .where('u.disabled', '=', 0)
    .execute()
  return grants.some(
    (g) =>
      isRole(g.role) &&
      roleHas(g.role, 'property.handle') &&
      g.scope_path !== null &&
      path.startsWith(g.scope_path),
  )
}

/**
 * Whom a plan's checks may go to: the users whose grant reaches the place with a role that handles
 * property work — the red butlers first, then staff — as `createPlan` will accept them.
 */
export async function listPlanButlers({ db, actor, nodeId }: { db: Db; actor: Actor; nodeId: string }) {
  const node = await communityNode(db, nodeId)
  requireAccess(actor, 'property.plan', { kind: 'org', path: node.path }, 'org_node')
  const rows = await db
    .selectFrom('grants as g')
    .innerJoin('users as u', 'u.id', 'g.user_id')
    .select(['u.id', 'u.display_name', 'g.role', 'g.scope_path'])
    .where('g.scope_kind', '=', 'org')
    .where('u.disabled', '=', 0)
    .execute()
  const byUser = new Map<string, { userId: string; name: string; roles: string[] }>()
  for (const r of rows) {
    if (!isRole(r.role) || !roleHas(r.role, 'property.handle')) continue
    if (r.scope_path === null || !node.path.startsWith(r.scope_path)) continue
    const entry = byUser.get(r.id) ?? { userId: r.id, name: r.display_name, roles: [] }
    if (!entry.roles.includes(r.role)) entry.roles.push(r.role)
    byUser.set(r.id, entry)
  }
  const butler = (e: { roles: string[] }) => (e.roles.includes('red_butler') ? 0 : 1)
  return {
    items: [...byUser.values()].sort(
      (a, b) =>
        butler(a) - butler(b) || a.name.localeCompare(b.name, 'zh-CN') || a.userId.localeCompare(b.userId),
    ),
  }
}

// --- Opening each period's order ----------------------------------------------------------------

/**
 * Opens the plan's order for the period containing `now`, unless it exists (or the plan has not
 * started, or is paused). Runs in the caller's transaction; returns the new order's id.
 */
export async function openPeriodOrder(
  trx: Executor,
  pii: PiiKeys,
  planId: string,
  now: number,
): Promise<string | null> {
  let q = trx.selectFrom('maintenance_plans').selectAll().where('id', '=', planId)
  if (dialectOf(trx) === 'postgres') q = q.forUpdate()
  const plan = await q.executeTakeFirst()
  if (!plan || plan.active !== 1) return null
  const frequency = plan.frequency
  const start = currentPeriod(frequency, plan.starts_on, localDate(now))
  if (start === null) return null
  const existing = await trx
    .selectFrom('property_orders')
    .select('item_id')
    .where('plan_id', '=', plan.id)
    .where('period_start', '=', start)
    .executeTakeFirst()
  if (existing) return null
  const facilities = await trx
    .selectFrom('maintenance_plan_facilities as pf')
    .innerJoin('facilities as f', 'f.id', 'pf.facility_id')
    .select(['f.name'])
    .where('pf.plan_id', '=', plan.id)
    .orderBy('pf.sort')
    .execute()
  const checklist = readJson<string[]>(plan.checklist)
  const due = dueDayOpenedOn(frequency, start, plan.due_days, localDate(now))
  const actor = systemActor(`维护计划：${plan.name}`)
  const order = await createOrder(
    trx,
    pii,
    actor,
    'system',
    {
      nodeId: plan.node_id,
      categoryCode: plan.category_code,
      title: `${plan.name} ${periodLabelZh(frequency, start)}`,
      description: [
        `${tradeNamesZh[plan.trade]}${frequencyNamesZh[frequency]}巡检，${due} 前完成。`,
        `检查设施 ${String(facilities.length)} 处：${facilities.map((f) => f.name).join('、')}`,
        `检查项：${checklist.map((c, i) => `${String(i + 1)}. ${c}`).join('  ')}`,
      ].join('\n'),
      planId: plan.id,
      periodStart: start,
      dueAt: startOfLocalDay(addDays(due, 1)),
    },
    now,
  )
  if (plan.assignee_user_id !== null && (await reachesAsButler(trx, plan.assignee_user_id, plan.path))) {
    const butler = await trx
      .selectFrom('users')
      .select('display_name')
      .where('id', '=', plan.assignee_user_id)
      .executeTakeFirst()
    await applyChange(trx, {
      actor,
      via: 'system',
      before: order,
      changes: { state: 'dispatched', assignee_user_id: plan.assignee_user_id },
      action: 'dispatch',
      note: '按维护计划派单',
      data: { assignee: { id: plan.assignee_user_id, name: butler?.display_name ?? '' }, planId: plan.id },
      now,
    })
  }
  return order.id
}

/** Opens every active plan's order for the current period (the job, and on demand). */
export async function openDueOrders(db: Executor, pii: PiiKeys, now: number): Promise<number> {
  const today = localDate(now)
  const plans = await db
    .selectFrom('maintenance_plans')
    .select('id')
    .where('active', '=', 1)
    .where('starts_on', '<=', today)
    .orderBy('id')
    .execute()
  let opened = 0
  for (const p of plans) if ((await openPeriodOrder(db, pii, p.id, now)) !== null) opened++
  return opened
}

export function registerPropertyJobs(ctx: AppContext): void {
  // Every quarter of an hour: a new period's orders appear soon after midnight of its first day.
  ctx.jobs.registerPeriodic(PLAN_JOB, 15 * 60_000, async ({ db }) => {
    await openDueOrders(db, ctx.pii, ctx.clock())
  })
}

// --- Plans --------------------------------------------------------------------------------------

/** The community plans its maintenance: a place, a trade, a checklist, a schedule and at least one facility. */
export async function createPlan({
  db,
  pii,
  actor,
  input,
  now,
}: {
  db: Db
  pii: PiiKeys
  actor: Actor
  input: PlanBody
  now: number
}): Promise<Static<typeof PlanView>> {
  const id = await db.transaction().execute(async (trx) => {
    const node = await communityNode(trx, input.nodeId)
    requireAccess(actor, 'property.plan', { kind: 'org', path: node.path }, 'org_node')
    const checklist = normaliseChecklist(input.checklist)
    if (checklist === null) throw invalid('/checklist', '检查项不能为空、重复或超过 60 字')
    if (input.facilityIds.length === 0) throw invalid('/facilityIds', '维护计划至少要包含一处设施')
    const categoryCode = input.categoryCode ?? 'butler.inspection'
    const categories = await listCategories(trx, 'property')
    if (!categories.some((c) => c.code === categoryCode && c.parent_code !== null))
      throw invalid('/categoryCode', `未知的红管家类别：${categoryCode}`)
    if (input.assigneeUserId !== undefined && !(await reachesAsButler(trx, input.assigneeUserId, node.path)))
      throw invalid('/assigneeUserId', '接收人不是本社区的红管家')
    const facilities = await trx
      .selectFrom('facilities')
      .select(['id', 'name', 'path', 'state', 'community_id'])
      .where('id', 'in', input.facilityIds)
      .execute()
    const byId = new Map(facilities.map((f) => [f.id, f]))
    input.facilityIds.forEach((fid, i) => {
      const f = byId.get(fid)
      if (!f || !f.path.startsWith(node.path))
        throw invalid(`/facilityIds/${String(i)}`, '设施不存在或不在计划覆盖的范围内')
      if (f.state === 'retired') throw invalid(`/facilityIds/${String(i)}`, `设施“${f.name}”已报废`)
    })
    const planId = newId()
    const row: MaintenancePlanTable = {
      id: planId,
      community_id: node.community_id ?? node.id,
      node_id: node.id,
      path: node.path,
      name: input.name.trim(),
      trade: input.trade,
      category_code: categoryCode,
      checklist: writeJson(checklist),
      frequency: input.frequency,
      due_days: input.dueDays,
      starts_on: input.startsOn,
      assignee_user_id: input.assigneeUserId ?? null,
      active: 1,
      created_by_user_id: actor.userId,
      version: 1,
      created_at: now,
      updated_at: now,
    }
    await trx.insertInto('maintenance_plans').values(row).execute()
    await trx
      .insertInto('maintenance_plan_facilities')
      .values(input.facilityIds.map((facility_id, sort) => ({ plan_id: planId, facility_id, sort })))
      .execute()
    await recordAudit(trx, {
      actor,
      action: 'maintenance_plan.create',
      targetType: PLAN,
      targetId: planId,
      scopePath: node.path,
      summary: {
        name: row.name,
        trade: row.trade,
        frequency: row.frequency,
        dueDays: row.due_days,
        startsOn: row.starts_on,
        facilities: input.facilityIds.length,
      },
      at: now,
    })
    // This period's check opens at once, not at the job's next run.
    await openPeriodOrder(trx, pii, planId, now)
    return planId
  })
  return getPlan({ db, actor, planId: id, now })
}

/** Pause or resume a plan, or change whose each period's order is. */
export async function patchPlan({
  db,
  actor,
  planId,
  input,
  now,
}: {
  db: Db
  actor: Actor
  planId: string
  input: PlanPatchBody
  now: number
}): Promise<Static<typeof PlanView>> {
  await db.transaction().execute(async (trx) => {
    const plan = await trx
      .selectFrom('maintenance_plans')
      .selectAll()
      .where('id', '=', planId)
      .executeTakeFirst()
    if (!plan) throw notFoundOrNoAccess(PLAN)
    requireAccess(actor, 'property.plan', { kind: 'org', path: plan.path }, PLAN)
    if (input.version !== plan.version)
      throw new AppError('VERSION_CONFLICT', {
        entity: PLAN,
        expectedVersion: input.version,
        currentVersion: plan.version,
      })
    if (
      input.assigneeUserId !== undefined &&
      input.assigneeUserId !== null &&
      !(await reachesAsButler(trx, input.assigneeUserId, plan.path))
    )
      throw invalid('/assigneeUserId', '接收人不是本社区的红管家')
    const changes: Partial<MaintenancePlanTable> = {}
    if (input.active !== undefined) changes.active = input.active ? 1 : 0
    if (input.assigneeUserId !== undefined) changes.assignee_user_id = input.assigneeUserId
    const result = await trx
      .updateTable('maintenance_plans')
      .set({ ...changes, version: plan.version + 1, updated_at: now })
      .where('id', '=', plan.id)
      .where('version', '=', plan.version)
      .executeTakeFirst()
    if (result.numUpdatedRows === 0n)
      throw new AppError('VERSION_CONFLICT', { entity: PLAN, expectedVersion: input.version })
    await recordAudit(trx, {
      actor,
      action: 'maintenance_plan.update',
      targetType: PLAN,
      targetId: plan.id,
      scopePath: plan.path,
      summary: changedFields(plan, { ...plan, ...changes }),
      at: now,
    })
  })
  return getPlan({ db, actor, planId, now })
}

interface OrderRow {
  item_id: string
  period_start: string | null
  number: string
  state: string
  due_at: number
  open: number
}

function orderView(plan: Pick<MaintenancePlanTable, 'frequency'>, o: OrderRow, now: number) {
  return {
    id: o.item_id,
    number: o.number,
    state: o.state,
    stateZh: stateNameZh('property', o.state as WorkState),
    periodZh: periodLabelZh(plan.frequency, o.period_start ?? ''),
    dueAt: o.due_at,
    overdue: isLate(o, now),
  }
}

/** Open and not yet reported done when its time ran out. */
function isLate(o: Pick<OrderRow, 'open' | 'state' | 'due_at'>, now: number): boolean {
  return o.open === 1 && o.state !== 'resolved' && o.due_at < now
}

async function summaries(db: Executor, plans: MaintenancePlanTable[], now: number): Promise<PlanSummary[]> {
  if (plans.length === 0) return []
  const ids = plans.map((p) => p.id)
  const counts = await db
    .selectFrom('maintenance_plan_facilities')
    .select(['plan_id', (eb) => eb.fn.countAll<string | number>().as('n')])
    .where('plan_id', 'in', ids)
    .groupBy('plan_id')
    .execute()
  const overdue = await db
    .selectFrom('property_orders as o')
    .innerJoin('work_items as w', 'w.id', 'o.item_id')
    .select(['o.plan_id', (eb) => eb.fn.countAll<string | number>().as('n')])
    .where('o.plan_id', 'in', ids)
    .where('w.open', '=', 1)
    .where('w.state', '!=', 'resolved')
    .where('w.due_at', '<', now)
    .groupBy('o.plan_id')
    .execute()
  const latest = await db
    .selectFrom('property_orders as o')
    .innerJoin('work_items as w', 'w.id', 'o.item_id')
    .select(['o.plan_id', 'o.item_id', 'o.period_start', 'w.number', 'w.state', 'w.due_at', 'w.open'])
    .where('o.plan_id', 'in', ids)
    .where((eb) =>
      eb(
        'o.period_start',
        '=',
        eb
          .selectFrom('property_orders as o2')
          .select((e) => e.fn.max('o2.period_start').as('m'))
          .whereRef('o2.plan_id', '=', 'o.plan_id'),
      ),
    )
    .execute()
  const nodes = await db
    .selectFrom('org_nodes')
    .select(['id', 'name'])
    .where('id', 'in', [...new Set(plans.map((p) => p.node_id))])
    .execute()
  const assigneeIds = [...new Set(plans.flatMap((p) => (p.assignee_user_id ? [p.assignee_user_id] : [])))]
  const users =
    assigneeIds.length === 0
      ? []
      : await db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', assigneeIds).execute()
  const today = localDate(now)
  return plans.map((p) => {
    const frequency = p.frequency
    const current = latest.find((l) => l.plan_id === p.id)
    const period = currentPeriod(frequency, p.starts_on, today)
    const user = users.find((u) => u.id === p.assignee_user_id)
    return {
      id: p.id,
      name: p.name,
      nodeId: p.node_id,
      nodeName: nodes.find((n) => n.id === p.node_id)?.name ?? '',
      trade: p.trade,
      tradeZh: tradeNamesZh[p.trade],
      frequency,
      frequencyZh: frequencyNamesZh[frequency],
      dueDays: p.due_days,
      startsOn: p.starts_on,
      active: p.active === 1,
      facilityCount: Number(counts.find((c) => c.plan_id === p.id)?.n ?? 0),
      assignee: user ? { id: user.id, name: user.display_name } : null,
      current: current && current.period_start === period ? orderView(p, current, now) : null,
      overdueCount: Number(overdue.find((o) => o.plan_id === p.id)?.n ?? 0),
      version: p.version,
    }
  })
}

export async function listPlans({
  db,
  actor,
  communityId,
  now,
}: {
  db: Db
  actor: Actor
  communityId: string
  now: number
}): Promise<{ items: PlanSummary[] }> {
  const node = await db.selectFrom('org_nodes').selectAll().where('id', '=', communityId).executeTakeFirst()
  if (!node || node.kind !== 'community') throw notFoundOrNoAccess('org_node')
  requireAccess(actor, 'property.read', { kind: 'org', path: node.path }, 'org_node')
  const plans = await db
    .selectFrom('maintenance_plans')
    .selectAll()
    .where('community_id', '=', node.id)
    .orderBy(sql`active desc`)
    .orderBy('name')
    .execute()
  return { items: await summaries(db, plans, now) }
}

export async function getPlan({
  db,
  actor,
  planId,
  now,
}: {
  db: Executor
  actor: Actor
  planId: string
  now: number
}): Promise<Static<typeof PlanView>> {
  const plan = await db
    .selectFrom('maintenance_plans')
    .selectAll()
    .where('id', '=', planId)
    .executeTakeFirst()
  if (!plan) throw notFoundOrNoAccess(PLAN)
  requireAccess(actor, 'property.read', { kind: 'org', path: plan.path }, PLAN)
  const [summary] = await summaries(db, [plan], now)
  if (!summary) throw notFoundOrNoAccess(PLAN)
  const facilities = await db
    .selectFrom('maintenance_plan_facilities as pf')
    .innerJoin('facilities as f', 'f.id', 'pf.facility_id')
    .select(['f.id', 'f.code', 'f.name', 'f.category', 'f.location', 'f.state'])
    .where('pf.plan_id', '=', plan.id)
    .orderBy('pf.sort')
    .execute()
  const orders = await db
    .selectFrom('property_orders as o')
    .innerJoin('work_items as w', 'w.id', 'o.item_id')
    .select(['o.item_id', 'o.period_start', 'w.number', 'w.state', 'w.due_at', 'w.open'])
    .where('o.plan_id', '=', plan.id)
    .orderBy('o.period_start', 'desc')
    .limit(24)
    .execute()
  return {
    ...summary,
    checklist: readJson<string[]>(plan.checklist),
    categoryCode: plan.category_code,
    facilities: facilities.map(facilityRef),
    orders: orders.map((o) => orderView(plan, o, now)),
  }
}
