// 红管家 (红色物业) on the one work-item engine: a property order is a work item of kind 'property',
// placed where the work is, taken by a red butler (or dispatched by the community), worked with
// before and after photos, reported done and accepted by the community (验收) — every step through
// the engine's `actOnItem`. Beside the item: the facility it is about, and for a planned check its
// plan, period and a result per facility; a fault found becomes a repair order, the facility shows
// as faulty until the repair is accepted. A resident's repair request can become an order; when
// the order is accepted, the request's timeline and the resident hear of it.
import type { Static } from '@sinclair/typebox'
import { sql } from 'kysely'
import type { Db, Executor, FacilityTable, WorkItemTable } from '../../db/index.js'
import { readJson, writeJson } from '../../db/index.js'
import { requireAccess, type Actor } from '../../platform/access.js'
import { recordAudit } from '../../platform/audit.js'
import { AppError, isAppError, notFoundOrNoAccess } from '../../platform/errors.js'
import type { FileStore } from '../../platform/files.js'
import { decodeCursor, toPage } from '../../platform/pagination.js'
import { unseal, type PiiKeys } from '../../platform/pii.js'
import { facilityCategories, facilityStateZh } from '../org/index.js'
import {
  actOnItem,
  applyChange,
  canHandle,
  checkPhotos,
  createItem,
  findItem,
  getTimeline,
  listAssignees,
  listCategories,
  lockItem,
  ofKind,
  placeAt,
  queueNotification,
  requireRead,
  stateNameZh,
  stepAccess,
  toItemView,
  toSummary,
  withSummaryNames,
  outcomeNamesZh,
  type Outcome,
  type StepExtension,
  type SummaryRow,
  type WorkState,
} from '../requests/index.js'
import { checkProblem, checkResultNamesZh, periodLabelZh } from './property.domain.js'
import type {
  CheckBody,
  CheckView,
  PropertyActBody,
  PropertyFileBody,
  PropertyFromRequestBody,
  PropertyListQuery,
  PropertyPage,
  PropertySummary,
  PropertyView,
} from './property.schemas.js'

export const PROPERTY = 'property'
/** While an order is being worked, its butler records a planned check's results. */
const workingStates: readonly WorkState[] = ['accepted', 'in_progress']

export async function requireProperty(db: Executor, actor: Actor, item: WorkItemTable | undefined) {
  return requireRead(db, actor, ofKind(item, PROPERTY))
}

type FacilityRow = Pick<FacilityTable, 'id' | 'code' | 'name' | 'category' | 'location' | 'state'>

export function facilityRef(f: FacilityRow) {
  return {
    id: f.id,
    code: f.code,
    name: f.name,
    category: f.category,
    categoryZh:
      (facilityCategories as Record<string, { zh: string } | undefined>)[f.category]?.zh ?? f.category,
    location: f.location,
    state: f.state,
    stateZh: facilityStateZh[f.state],
  }
}

function itemRefView(row: Pick<WorkItemTable, 'id' | 'number' | 'state' | 'kind'>) {
  return {
    id: row.id,
    number: row.number,
    state: row.state,
    stateZh: stateNameZh(row.kind, row.state as WorkState),
  }
}

function residentPhone(pii: PiiKeys, sealed: string | null): string | null {
  if (sealed === null) return null
  try {
    return unseal(pii, sealed)
  } catch {
    return null
  }
}

export async function planChecklist(db: Executor, planId: string): Promise<string[]> {
  const plan = await db
    .selectFrom('maintenance_plans')
    .select('checklist')
    .where('id', '=', planId)
    .executeTakeFirst()
  return plan ? readJson<string[]>(plan.checklist) : []
}

export async function propertyView(
  db: Executor,
  pii: PiiKeys,
  actor: Actor,
  item: WorkItemTable,
  now: number,
): Promise<Static<typeof PropertyView>> {
  const order = await db
    .selectFrom('property_orders')
    .selectAll()
    .where('item_id', '=', item.id)
    .executeTakeFirst()
  const facility =
    order?.facility_id != null
      ? await db
          .selectFrom('facilities')
          .select(['id', 'code', 'name', 'category', 'location', 'state'])
          .where('id', '=', order.facility_id)
          .executeTakeFirst()
      : undefined
  const source =
    item.source_item_id !== null
      ? await db
          .selectFrom('work_items')
          .select(['id', 'number', 'kind'])
          .where('id', '=', item.source_item_id)
          .executeTakeFirst()
      : undefined
  let plan: Static<typeof PropertyView>['plan'] = null
  const checks: CheckView[] = []
  if (order?.plan_id != null && order.period_start !== null) {
    const row = await db
      .selectFrom('maintenance_plans')
      .select(['id', 'name', 'checklist', 'frequency'])
      .where('id', '=', order.plan_id)
      .executeTakeFirstOrThrow()
    const checklist = readJson<string[]>(row.checklist)
    plan = {
      id: row.id,
      name: row.name,
      periodStart: order.period_start,
      periodZh: periodLabelZh(row.frequency, order.period_start),
      checklist,
    }
    const rows = await db
      .selectFrom('maintenance_plan_facilities as pf')
      .innerJoin('facilities as f', 'f.id', 'pf.facility_id')
      .leftJoin('property_check_results as r', (join) =>
        join.onRef('r.facility_id', '=', 'pf.facility_id').on('r.item_id', '=', item.id),
      )
      .leftJoin('work_items as rep', 'rep.id', 'r.repair_item_id')
      .select([
        'f.id',
        'f.code',
        'f.name',
        'f.category',
        'f.location',
        'f.state',
        'r.result',
        'r.failed',
        'r.note',
        'r.recorded_by_label',
        'r.recorded_at',
        'rep.id as repair_id',
        'rep.number as repair_number',
        'rep.state as repair_state',
      ])
      .where('pf.plan_id', '=', row.id)
      .orderBy('pf.sort')
      .execute()
    for (const r of rows) {
      const failed = r.failed === null ? [] : readJson<number[]>(r.failed)
      checks.push({
        facility: facilityRef(r),
        result: r.result ?? null,
        resultZh: r.result === null ? null : checkResultNamesZh[r.result],
        failed,
        failedZh: failed.map((i) => checklist[i] ?? String(i)),
        note: r.note,
        repair:
          r.repair_id !== null && r.repair_number !== null && r.repair_state !== null
            ? itemRefView({ id: r.repair_id, number: r.repair_number, state: r.repair_state, kind: PROPERTY })
            : null,
        recordedBy: r.recorded_by_label,
        recordedAt: r.recorded_at,
      })
    }
  }
  const repairs = await db
    .selectFrom('work_items')
    .select(['id', 'number', 'state', 'kind'])
    .where('source_item_id', '=', item.id)
    .where(sql<boolean>`kind = 'property'`)
    .orderBy('id')
    .execute()
  const canCheck =
    plan !== null &&
    workingStates.includes(item.state as WorkState) &&
    (await stepAccess(db, actor, item, 'assignee')) !== null
  return {
    item: await toItemView(db, pii, actor, item, now),
    source: source ? { id: source.id, number: source.number, kind: source.kind } : null,
    facility: facility ? facilityRef(facility) : null,
    plan,
    checks,
    repairs: repairs.map(itemRefView),
    canCheck,
  }
}

// --- Filing -----------------------------------------------------------------------------------

export interface NewOrder {
  nodeId: string
  categoryCode: string
  description: string
  title?: string | null
  urgency?: 'normal' | 'urgent'
  channel?: 'patrol' | 'visit' | 'walk_in' | 'phone' | 'party_member' | 'qr' | 'open311'
  facilityId?: string | null
  photos?: readonly string[]
  sourceItemId?: string | null
  planId?: string | null
  periodStart?: string | null
  dueAt?: number
  reporter?: {
    personId: string | null
    name: string | null
    phone: string | null
    originVillageId: string | null
  }
}

/** A facility an order may be about: of the order's community, not retired. */
async function orderFacility(trx: Executor, facilityId: string, communityId: string) {
  const facility = await trx
    .selectFrom('facilities')
    .selectAll()
    .where('id', '=', facilityId)
    .executeTakeFirst()
  if (!facility || facility.community_id !== communityId)
    throw new AppError('VALIDATION_FAILED', {
      fields: [{ path: '/facilityId', rule: 'known', message: '设施不存在或不在本社区' }],
    })
  if (facility.state === 'retired')
    throw new AppError('VALIDATION_FAILED', {
      fields: [{ path: '/facilityId', rule: 'in service', message: `设施“${facility.name}”已报废` }],
    })
  return facility
}

/** Creates a property order in the caller's transaction. */
export async function createOrder(
  trx: Executor,
  pii: PiiKeys,
  actor: Actor,
  via: 'grant' | 'system',
  input: NewOrder,
  now: number,
): Promise<WorkItemTable> {
  const placement = await placeAt(trx, input.nodeId)
  const facility =
    input.facilityId != null ? await orderFacility(trx, input.facilityId, placement.community.id) : undefined
  const photos = await checkPhotos(trx, input.photos, '/photos')
  const { item } = await createItem(
    trx,
    pii,
    actor,
    via,
    {
      kind: 'property',
      requestType: 'repair',
      categoryCode: input.categoryCode,
      urgency: input.urgency ?? 'normal',
      channel: input.channel ?? 'patrol',
      title: input.title ?? null,
      description: input.description,
      placement,
      reporterPersonId: input.reporter?.personId ?? null,
      originVillageId: input.reporter?.originVillageId ?? null,
      reporterName: input.reporter?.name ?? null,
      reporterPhone: input.reporter?.phone ?? null,
      photos,
      filedByUserId: actor.userId,
      withFeedbackToken: false,
      sourceItemId: input.sourceItemId ?? null,
      ...(input.dueAt !== undefined ? { dueAt: input.dueAt } : {}),
    },
    now,
  )
  await trx
    .insertInto('property_orders')
    .values({
      item_id: item.id,
      community_id: item.community_id,
      facility_id: facility?.id ?? null,
      plan_id: input.planId ?? null,
      period_start: input.periodStart ?? null,
      created_at: now,
    })
    .execute()
  return item
}

/** Community staff and red butlers open an order where the work is (greening, upkeep, sanitation …). */
export async function fileProperty({
  db,
  pii,
  actor,
  input,
  now,
}: {
  db: Db
  pii: PiiKeys
  actor: Actor
  input: PropertyFileBody
  now: number
}) {
  return db.transaction().execute(async (trx) => {
    const node = await trx
      .selectFrom('org_nodes')
      .select(['path'])
      .where('id', '=', input.nodeId)
      .executeTakeFirst()
    if (!node) throw notFoundOrNoAccess('org_node')
    requireAccess(actor, 'property.handle', { kind: 'org', path: node.path }, 'org_node')
    const item = await createOrder(trx, pii, actor, 'grant', { ...input, channel: 'patrol' }, now)
    return propertyView(trx, pii, actor, item, now)
  })
}

/**
 * A resident's repair request becomes a property order (报修转红管家): whoever may handle the request
 * hands it over; its place, resident and text carry over. The request's timeline says so, and hears
 * back — as does the resident, by text message — when the community accepts the work.
 */
export async function filePropertyFromRequest({
  db,
  pii,
  actor,
  requestId,
  input,
  now,
}: {
  db: Db
  pii: PiiKeys
  actor: Actor
  requestId: string
  input: PropertyFromRequestBody
  now: number
}) {
  return db.transaction().execute(async (trx) => {
    const { item: request } = await requireRead(trx, actor, ofKind(await lockItem(trx, requestId), 'request'))
    if (!(await canHandle(trx, actor, request)))
      throw new AppError('FORBIDDEN', { action: 'property.from_request' })
    if (request.open !== 1 || request.state === 'resolved')
      throw new AppError('INVALID_TRANSITION', {
        state: stateNameZh('request', request.state as WorkState),
        action: '转红管家',
      })
    const existing = await trx
      .selectFrom('work_items')
      .select(['number'])
      .where('source_item_id', '=', request.id)
      .where(sql<boolean>`kind = 'property'`)
      .where('open', '=', 1)
      .executeTakeFirst()
    if (existing)
      throw new AppError('CONFLICT', {
        reason: 'a property order from this request is open',
        reasonZh: `已转红管家（工单 ${existing.number}），尚未完工验收`,
      })
    const order = await createOrder(
      trx,
      pii,
      actor,
      'grant',
      {
        nodeId: request.node_id,
        categoryCode: input.categoryCode ?? 'butler.repair',
        description: input.description ?? request.description,
        title: input.title ?? request.title,
        urgency: request.urgency,
        channel: request.channel as NewOrder['channel'],
        facilityId: input.facilityId ?? null,
        sourceItemId: request.id,
        reporter: {
          personId: request.reporter_person_id,
          name: request.reporter_name,
          phone: residentPhone(pii, request.reporter_phone_sealed),
          originVillageId: request.origin_village_id,
        },
      },
      now,
    )
    await applyChange(trx, {
      actor,
      via: 'grant',
      before: request,
      changes: {},
      action: 'comment',
      note: `已转红管家，工单编号 ${order.number}`,
      data: { propertyItemId: order.id, propertyNumber: order.number },
      now,
    })
    return propertyView(trx, pii, actor, order, now)
  })
}

export async function listPropertyCategories({ db }: { db: Db }) {
  const rows = await listCategories(db, PROPERTY)
  return {
    items: rows
      .filter((r) => r.parent_code !== null)
      .map((r) => ({ code: r.code, nameZh: r.name_zh, nameEn: r.name_en })),
  }
}

// --- Lists ------------------------------------------------------------------------------------

async function communityFor(db: Executor, actor: Actor, communityId: string) {
  const node = await db.selectFrom('org_nodes').selectAll().where('id', '=', communityId).executeTakeFirst()
  if (!node || node.kind !== 'community') throw notFoundOrNoAccess('org_node')
  requireAccess(actor, 'property.read', { kind: 'org', path: node.path }, 'org_node')
  return node
}

/** The butlers' lists, newest first, 20 a page, from the partial indexes of property orders. */
export async function listProperty({
  db,
  actor,
  query,
  now,
}: {
  db: Db
  actor: Actor
  query: PropertyListQuery
  now: number
}): Promise<Static<typeof PropertyPage>> {
  const view = query.view ?? 'open'
  const limit = query.limit ?? 20
  // The kind as a literal so that the partial indexes serve every plan.
  let page = db
    .selectFrom('work_items as w')
    .selectAll('w')
    .where(sql<boolean>`w.kind = 'property'`)
  if (view === 'mine') {
    if (actor.userId === null) return { items: [], nextCursor: null }
    page = page.where('w.assignee_user_id', '=', actor.userId).where('w.open', '=', 1)
  } else {
    if (query.communityId === undefined)
      throw new AppError('VALIDATION_FAILED', {
        fields: [{ path: '/communityId', rule: 'required', message: '请选择社区' }],
      })
    const community = await communityFor(db, actor, query.communityId)
    page = page.where('w.community_id', '=', community.id)
    if (view === 'unclaimed') page = page.where('w.open', '=', 1).where('w.state', '=', 'reported')
    if (view === 'open') page = page.where('w.open', '=', 1)
    if (view === 'overdue')
      page = page.where('w.open', '=', 1).where('w.state', '!=', 'resolved').where('w.due_at', '<', now)
    if (view === 'closed') page = page.where('w.open', '=', 0)
  }
  if (query.planId !== undefined)
    page = page.where('w.id', 'in', (eb) =>
      eb
        .selectFrom('property_orders')
        .select('item_id')
        .where('plan_id', '=', query.planId ?? ''),
    )
  if (query.cursor !== undefined) {
    const [id] = decodeCursor(query.cursor, ['string'])
    page = page.where('w.id', '<', String(id))
  }
  const rows = await withSummaryNames(db, page.orderBy('w.id', 'desc').limit(limit + 1)).execute()
  const ids = rows.map((r) => r.id)
  const about =
    ids.length === 0
      ? []
      : await db
          .selectFrom('property_orders as o')
          .leftJoin('facilities as f', 'f.id', 'o.facility_id')
          .leftJoin('maintenance_plans as p', 'p.id', 'o.plan_id')
          .select(['o.item_id', 'f.name as facility_name', 'p.name as plan_name'])
          .where('o.item_id', 'in', ids)
          .execute()
  const byItem = new Map(about.map((a) => [a.item_id, a]))
  return toPage(
    rows,
    limit,
    (r) => [r.id],
    (r: SummaryRow): PropertySummary => ({
      ...toSummary(r, now),
      stateZh: stateNameZh(PROPERTY, r.state as WorkState),
      facilityName: byItem.get(r.id)?.facility_name ?? null,
      planName: byItem.get(r.id)?.plan_name ?? null,
    }),
  )
}

// --- Steps --------------------------------------------------------------------------------------

export async function getProperty({
  db,
  pii,
  actor,
  itemId,
  now,
}: {
  db: Db
  pii: PiiKeys
  actor: Actor
  itemId: string
  now: number
}) {
  const { item } = await requireProperty(db, actor, await findItem(db, itemId))
  return propertyView(db, pii, actor, item, now)
}

export async function propertyTimeline({ db, actor, itemId }: { db: Db; actor: Actor; itemId: string }) {
  return getTimeline({ db, actor, itemId, kind: PROPERTY })
}

export async function propertyAssignees({ db, actor, itemId }: { db: Db; actor: Actor; itemId: string }) {
  const { items } = await listAssignees({ db, actor, itemId, kind: PROPERTY })
  return { items: items.filter((c) => c.kind !== 'summoned') }
}

async function setFacilityState(
  trx: Executor,
  actor: Actor,
  facilityId: string,
  to: 'faulty' | 'in_service',
  reason: string,
  now: number,
) {
  const facility = await trx
    .selectFrom('facilities')
    .selectAll()
    .where('id', '=', facilityId)
    .executeTakeFirst()
  if (!facility || facility.state === to || facility.state === 'retired') return
  await trx
    .updateTable('facilities')
    .set({ state: to, version: facility.version + 1, updated_at: now })
    .where('id', '=', facility.id)
    .execute()
  await recordAudit(trx, {
    actor,
    action: 'facility.state',
    targetType: 'facility',
    targetId: facility.id,
    scopePath: facility.path,
    summary: { from: facility.state, to, reason },
    at: now,
  })
}

/** Facilities of a planned check's plan that have no result yet. */
async function uncheckedFacilities(trx: Executor, itemId: string, planId: string) {
  return trx
    .selectFrom('maintenance_plan_facilities as pf')
    .innerJoin('facilities as f', 'f.id', 'pf.facility_id')
    .select(['f.name'])
    .where('pf.plan_id', '=', planId)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('property_check_results as r')
            .select('r.item_id')
            .where('r.item_id', '=', itemId)
            .whereRef('r.facility_id', '=', 'pf.facility_id'),
        ),
      ),
    )
    .orderBy('pf.sort')
    .execute()
}

/**
 * A step on a property order. Work is reported done (完工) with photos of the result; a planned
 * check only once every facility has a result. When the community accepts the work (验收), a
 * repaired facility is back in service, and a resident's request it came from hears of it.
 */
export async function actOnProperty({
  db,
  pii,
  actor,
  itemId,
  input,
  now,
}: {
  db: Db
  pii: PiiKeys
  actor: Actor
  itemId: string
  input: PropertyActBody
  now: number
}) {
  if (input.action === 'resolve' && (input.photos ?? []).length === 0)
    throw new AppError('VALIDATION_FAILED', {
      fields: [{ path: '/photos', rule: 'required', message: '完工时请上传完工后的照片' }],
    })
  const extend: StepExtension = async (trx, item, action) => {
    const order = await trx
      .selectFrom('property_orders')
      .selectAll()
      .where('item_id', '=', item.id)
      .executeTakeFirst()
    if (action === 'resolve' && order?.plan_id != null) {
      const missing = await uncheckedFacilities(trx, item.id, order.plan_id)
      if (missing.length > 0)
        throw new AppError('UNPROCESSABLE', {
          reason: 'facilities not checked',
          reasonZh: `还有 ${String(missing.length)} 处设施未记录检查结果：${missing
            .slice(0, 5)
            .map((m) => m.name)
            .join('、')}${missing.length > 5 ? '等' : ''}`,
          unchecked: missing.length,
        })
    }
    if (action !== 'close') return {}
    return {
      after: async (after) => {
        if (order?.facility_id != null && order.plan_id === null)
          await setFacilityState(
            trx,
            actor,
            order.facility_id,
            'in_service',
            `工单 ${after.number} 验收`,
            now,
          )
        if (after.source_item_id === null) return
        const source = await lockItem(trx, after.source_item_id)
        if (source?.kind !== 'request') return
        const outcome = after.outcome ? outcomeNamesZh[after.outcome as Outcome] : ''
        await applyChange(trx, {
          actor,
          via: 'grant',
          before: source,
          changes: {},
          action: 'comment',
          note: `红管家工单 ${after.number} 已完工验收${outcome ? `（${outcome}）` : ''}`,
          data: { propertyItemId: after.id, propertyNumber: after.number, outcome: after.outcome },
          now,
        })
        const phone = residentPhone(pii, source.reporter_phone_sealed)
        if (phone !== null)
          await queueNotification(trx, pii, {
            item: source,
            phone,
            template: 'property_done',
            params: { number: source.number, title: source.title, outcome },
            now,
          })
      },
    }
  }
  try {
    await actOnItem({ db, pii, actor, itemId, input, now, kind: 'property', extend })
  } catch (error) {
    if (input.action === 'claim' && isAppError(error) && error.code === 'INVALID_TRANSITION') {
      const item = await findItem(db, itemId)
      if (item?.assignee_user_id) {
        const who = await db
          .selectFrom('users')
          .select('display_name')
          .where('id', '=', item.assignee_user_id)
          .executeTakeFirst()
        throw new AppError('CONFLICT', {
          reason: 'already taken',
          reasonZh: `该工单已被${who?.display_name ?? '其他红管家'}接单`,
          assignee: who?.display_name ?? null,
        })
      }
    }
    throw error
  }
  return getProperty({ db, pii, actor, itemId, now })
}

// --- A planned check's results ---------------------------------------------------------------

/**
 * The butler records one facility's result on a planned check. A fault names the checklist points
 * that failed and becomes a repair order at once (placed at the facility, made from the check),
 * and the facility shows as faulty until that repair is accepted. A result may be corrected until
 * the check is reported done — but not once its fault has become a repair.
 */
export async function recordCheck({
  db,
  pii,
  actor,
  itemId,
  facilityId,
  input,
  now,
}: {
  db: Db
  pii: PiiKeys
  actor: Actor
  itemId: string
  facilityId: string
  input: CheckBody
  now: number
}) {
  return db.transaction().execute(async (trx) => {
    const { item } = await requireProperty(trx, actor, await lockItem(trx, itemId))
    const order = await trx
      .selectFrom('property_orders')
      .selectAll()
      .where('item_id', '=', item.id)
      .executeTakeFirst()
    if (order?.plan_id == null)
      throw new AppError('UNPROCESSABLE', {
        reason: 'not a planned check',
        reasonZh: '该工单不是计划巡检，没有检查清单',
      })
    const state = item.state as WorkState
    if (!workingStates.includes(state))
      throw new AppError('INVALID_TRANSITION', {
        state: stateNameZh(PROPERTY, state),
        action: '记录检查结果',
        stateCode: state,
        actionCode: 'check',
      })
    if ((await stepAccess(trx, actor, item, 'assignee')) === null)
      throw new AppError('FORBIDDEN', { action: 'check' })
    if (input.version !== item.version)
      throw new AppError('VERSION_CONFLICT', {
        entity: 'work_item',
        expectedVersion: input.version,
        currentVersion: item.version,
      })
    const facility = await trx
      .selectFrom('maintenance_plan_facilities as pf')
      .innerJoin('facilities as f', 'f.id', 'pf.facility_id')
      .select(['f.id', 'f.name', 'f.node_id', 'f.path', 'f.state'])
      .where('pf.plan_id', '=', order.plan_id)
      .where('pf.facility_id', '=', facilityId)
      .executeTakeFirst()
    if (!facility) throw notFoundOrNoAccess('facility')
    const checklist = await planChecklist(trx, order.plan_id)
    const problem = checkProblem({ facilityId, result: input.result, failed: input.failed }, checklist.length)
    if (problem !== null)
      throw new AppError('VALIDATION_FAILED', {
        fields: [{ path: '/failed', rule: 'checklist', message: problem }],
      })
    const previous = await trx
      .selectFrom('property_check_results')
      .selectAll()
      .where('item_id', '=', item.id)
      .where('facility_id', '=', facilityId)
      .executeTakeFirst()
    if (previous?.repair_item_id != null)
      throw new AppError('CONFLICT', {
        reason: 'the fault has become a repair order',
        reasonZh: `“${facility.name}”的故障已生成维修工单，不能再更改检查结果`,
      })
    let repair: WorkItemTable | null = null
    const failedZh = input.failed.map((i) => checklist[i] ?? String(i))
    if (input.result === 'fault') {
      repair = await createOrder(
        trx,
        pii,
        actor,
        'grant',
        {
          nodeId: facility.node_id,
          categoryCode: 'butler.repair',
          title: `${facility.name}故障维修`,
          description: `巡检（${item.number}）发现故障：${failedZh.join('；')}${input.note ? `。${input.note}` : ''}`,
          facilityId: facility.id,
          sourceItemId: item.id,
        },
        now,
      )
      await setFacilityState(trx, actor, facility.id, 'faulty', `巡检 ${item.number} 发现故障`, now)
    }
    const row = {
      item_id: item.id,
      facility_id: facility.id,
      result: input.result,
      failed: writeJson(input.failed),
      note: input.note ?? null,
      repair_item_id: repair?.id ?? null,
      recorded_by_user_id: actor.userId,
      recorded_by_label: actor.label,
      recorded_at: now,
    }
    if (previous)
      await trx
        .updateTable('property_check_results')
        .set(row)
        .where('item_id', '=', item.id)
        .where('facility_id', '=', facility.id)
        .execute()
    else await trx.insertInto('property_check_results').values(row).execute()
    await applyChange(trx, {
      actor,
      via: 'grant',
      before: item,
      changes: {},
      action: 'comment',
      note:
        input.result === 'ok'
          ? `巡检：${facility.name} 正常`
          : `巡检：${facility.name} 故障（${failedZh.join('、')}），已生成维修工单 ${repair?.number ?? ''}`,
      data: {
        check: {
          facilityId: facility.id,
          result: input.result,
          failed: input.failed,
          repairItemId: repair?.id,
        },
      },
      now,
    })
    const after = await lockItem(trx, item.id)
    return propertyView(trx, pii, actor, after ?? item, now)
  })
}

export async function openPropertyFile({
  db,
  files,
  actor,
  itemId,
  fileId,
}: {
  db: Db
  files: FileStore
  actor: Actor
  itemId: string
  fileId: string
}) {
  const { item } = await requireProperty(db, actor, await findItem(db, itemId))
  const row = await db
    .selectFrom('work_item_files as wf')
    .innerJoin('files as f', 'f.id', 'wf.file_id')
    .select(['f.id', 'f.mime', 'f.size'])
    .where('wf.item_id', '=', item.id)
    .where('wf.file_id', '=', fileId)
    .limit(1)
    .executeTakeFirst()
  if (!row) throw notFoundOrNoAccess('file')
  return { stream: files.open(row.id), mime: row.mime, size: row.size }
}
