// Intake (收集): every channel — grid workers' patrols and visits, walk-in and phone on behalf of a
// resident, party members for their households, 码上说 and Open311 — ends in `createItem`, which
// places the item (its grid, community, street office), routes it (五转: the community side, or the
// origin village when the matrix still gives the category's function to the village at its stage),
// numbers it (2026-000123, gap-free per community and year), starts its clocks from the SLA rule and
// the working-day calendar, and queues the SLA job — in the filing transaction.
import { createHash, randomBytes } from 'node:crypto'
import type { Db, Executor, OrgNodeTable, WorkItemTable } from '../../db/index.js'
import { writeJson } from '../../db/index.js'
import { requireAccess, type Actor } from '../../platform/access.js'
import { recordAudit } from '../../platform/audit.js'
import { AppError, notFoundOrNoAccess } from '../../platform/errors.js'
import { newId } from '../../platform/ids.js'
import { enqueueJob } from '../../platform/jobs.js'
import { identifierHash, identifierTail, seal, type PiiKeys } from '../../platform/pii.js'
import { localDate } from '../../platform/time.js'
import { checkPhone } from '../registry/index.js'
import { applyFigures, ITEM, toItemView } from './item.service.js'
import { queueNotification } from './notify.service.js'
import {
  existingFileIds,
  findCategory,
  findNodes,
  findOpenDuplicates,
  findSlaRule,
  insertItem,
  insertItemFiles,
  insertUpdate,
  loadCalendar,
  loadMatrix,
  loadStages,
  nextItemSequence,
} from './request.repository.js'
import type { FileRequestBody, FileResult } from './request.schemas.js'
import { route, type WorkFunction } from './routing.domain.js'
import { calendarWindow, dueAt, type SlaRule } from './sla.domain.js'
import {
  formatItemNumber,
  type Channel,
  type RequestType,
  type Urgency,
  type WorkKind,
} from './workflow.domain.js'

const HOUR = 3_600_000
export const SLA_JOB = 'request.sla'
/** Open items of the same category at the same place within this window are offered as duplicates. */
const DUPLICATE_WINDOW_MS = 7 * 24 * HOUR

const placeKinds = new Set(['community', 'grid', 'building', 'unit', 'room'])

export interface Placement {
  node: OrgNodeTable
  grid: OrgNodeTable | undefined
  community: OrgNodeTable
  street: OrgNodeTable | undefined
  address: string | null
}

/** The node's grid, community and street office, read from its path in one query. */
export async function placeAt(db: Executor, nodeId: string): Promise<Placement> {
  const [node] = await findNodes(db, [nodeId])
  if (!node || node.community_id === null || !placeKinds.has(node.kind)) throw notFoundOrNoAccess('org_node')
  const ids = node.path.split('/').filter(Boolean)
  const ancestors = await findNodes(db, ids)
  const byKind = (kind: string) => ancestors.find((n) => n.kind === kind)
  const community = byKind('community')
  if (!community) throw notFoundOrNoAccess('org_node')
  const building = byKind('building')
  const street = ancestors.find((n) => n.kind === 'street' || n.kind === 'park')
  const room = byKind('room')
  const address = building?.address
    ? `${building.address}${room ? ` ${room.name}` : ''}`
    : [community.name, building?.name, byKind('unit')?.name, room?.name].filter(Boolean).join(' ') || null
  return { node, grid: byKind('grid'), community, street, address }
}

export interface NewItem {
  /** The kind of item; its category must be one of that kind's. Residents' requests by default. */
  kind?: WorkKind
  requestType: RequestType
  categoryCode: string
  urgency: Urgency
  channel: Channel
  title: string | null
  description: string
  placement: Placement
  lat?: number | null
  lng?: number | null
  reporterPersonId: string | null
  originVillageId: string | null
  reporterName: string | null
  /** Canonical digits, already checked. */
  reporterPhone: string | null
  photos: readonly string[]
  filedByUserId: string | null
  /** A feedback token for the resident (码上说, Open311): only its hash is stored. */
  withFeedbackToken: boolean
  /** The item this one is made from. */
  sourceItemId?: string | null
  /** When it is due, where the kind sets it (a planned check: the end of its window); else the SLA's. */
  dueAt?: number
}

function titleFrom(description: string): string {
  const firstLine = description.trim().split(/\n/)[0] ?? ''
  return firstLine.length > 30 ? `${firstLine.slice(0, 29)}…` : firstLine
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

export async function createItem(
  db: Executor,
  pii: PiiKeys,
  actor: Actor,
  via: 'grant' | 'public' | 'system',
  input: NewItem,
  now: number,
): Promise<{ item: WorkItemTable; feedbackToken: string | null }> {
  const kind = input.kind ?? 'request'
  const category = await findCategory(db, input.categoryCode)
  if (!category || category.active !== 1 || category.item_kind !== kind)
    throw new AppError('VALIDATION_FAILED', {
      fields: [{ path: '/categoryCode', rule: 'known', message: `未知的类别：${input.categoryCode}` }],
    })
  const ruleCode = input.urgency === 'urgent' ? 'urgent' : category.sla_rule
  const ruleRow = await findSlaRule(db, ruleCode)
  if (!ruleRow) throw new AppError('INTERNAL', { reason: `SLA rule ${ruleCode} missing` })
  const rule: SlaRule = {
    code: ruleRow.code,
    amount: ruleRow.amount,
    unit: ruleRow.unit,
    basis: ruleRow.basis,
    respondHours: ruleRow.respond_hours,
  }
  const window = calendarWindow(now)
  const calendar = await loadCalendar(db, window.fromDay, window.toDay)
  const { placement } = input
  const stages = await loadStages(db, placement.community.id)
  const matrix = await loadMatrix(db)
  const fn = category.function as WorkFunction
  const routed = route({
    communityStage: stages.stage,
    villageStages: stages.villages,
    matrix,
    fn,
    originVillageId: input.originVillageId,
  })
  const year = Number(localDate(now).slice(0, 4))
  const sequence = await nextItemSequence(db, placement.community.id, year)
  // A proxy errand belongs to the community's proxy team from the start; a request starts at its grid.
  const level = placement.grid && kind === 'request' ? 'grid' : 'community'
  const ownerPath = (level === 'grid' && placement.grid ? placement.grid : placement.community).path
  const villageId = kind === 'request' ? routed.villageId : null
  const due = dueAt(now, rule, calendar)
  const token = input.withFeedbackToken ? randomBytes(18).toString('base64url') : null
  const item: WorkItemTable = {
    id: newId(),
    kind,
    number: formatItemNumber(year, sequence),
    request_type: input.requestType,
    category_code: category.code,
    urgency: input.urgency,
    channel: input.channel,
    title: input.title ?? titleFrom(input.description),
    description: input.description,
    node_id: placement.node.id,
    path: placement.node.path,
    grid_id: placement.grid?.id ?? null,
    community_id: placement.community.id,
    street_id: placement.street?.id ?? null,
    address: placement.address,
    lat: input.lat ?? placement.node.lat,
    lng: input.lng ?? placement.node.lng,
    level,
    owner_path: ownerPath,
    village_id: villageId,
    function: fn,
    stage: routed.stage,
    assignee_user_id: null,
    state: 'reported',
    open: 1,
    pending_approval: null,
    reporter_person_id: input.reporterPersonId,
    origin_village_id: input.originVillageId,
    reporter_name: input.reporterName,
    reporter_phone_hash: input.reporterPhone ? identifierHash(pii, input.reporterPhone) : null,
    reporter_phone_tail: input.reporterPhone ? identifierTail(input.reporterPhone) : null,
    reporter_phone_sealed: input.reporterPhone ? seal(pii, input.reporterPhone) : null,
    filed_by_user_id: input.filedByUserId,
    feedback_token_hash: token ? hashToken(token) : null,
    sla_rule: rule.code,
    reported_at: now,
    reported_date: localDate(now),
    respond_due_at: now + rule.respondHours * HOUR,
    due_at: input.dueAt ?? due,
    // Requests escalate by themselves when late; a proxy errand stays with the team and shows as late.
    escalate_at: kind === 'request' ? due : null,
    parked_at: null,
    responded_at: null,
    resolved_at: null,
    outcome: null,
    settled_level: null,
    closed_at: null,
    closed_date: null,
    rated_at: null,
    rated_date: null,
    satisfaction: null,
    reopen_count: 0,
    extension_days: 0,
    whistled: 0,
    merged_into_id: null,
    source_item_id: input.sourceItemId ?? null,
    cancel_reason: null,
    public_text: null,
    version: 1,
    created_at: now,
    updated_at: now,
  }
  await insertItem(db, item)
  const updateId = newId()
  await insertUpdate(db, {
    id: updateId,
    item_id: item.id,
    action: 'file',
    from_state: null,
    to_state: 'reported',
    from_level: null,
    to_level: level,
    actor_user_id: actor.userId,
    actor_label: actor.label,
    via,
    note: null,
    data: writeJson({
      channel: input.channel,
      routedTo: kind === 'request' ? routed.owner : 'community',
      stage: routed.stage,
    }),
    at: now,
  })
  if (input.photos.length > 0)
    await insertItemFiles(
      db,
      input.photos.map((file_id) => ({
        item_id: item.id,
        update_id: updateId,
        file_id,
        stage: 'intake',
        created_at: now,
      })),
    )
  await applyFigures(db, null, item)
  await recordAudit(db, {
    actor,
    action: kind === 'request' ? 'request.file' : `${kind}.file`,
    targetType: ITEM,
    targetId: item.id,
    scopePath: item.path,
    villageId: item.village_id,
    summary: {
      number: item.number,
      channel: item.channel,
      category: item.category_code,
      routedTo: kind === 'request' ? routed.owner : 'community',
      ...(villageId ? { villageId } : {}),
    },
    at: now,
  })
  await scheduleSla(db, item)
  if (input.reporterPhone)
    await queueNotification(db, pii, {
      item,
      phone: input.reporterPhone,
      template: kind === 'proxy' ? 'proxy_received' : 'received',
      params: { number: item.number, title: item.title },
      now,
    })
  return { item, feedbackToken: token }
}

/** Queues the SLA job for the item's next automatic escalation (once per escalation time). */
export async function scheduleSla(
  db: Executor,
  item: Pick<WorkItemTable, 'id' | 'escalate_at'>,
): Promise<void> {
  if (item.escalate_at === null) return
  await enqueueJob(db, {
    kind: SLA_JOB,
    payload: { itemId: item.id, at: item.escalate_at },
    runAt: item.escalate_at,
    idempotencyKey: `sla:${item.id}:${String(item.escalate_at)}`,
  })
}

export async function checkPhotos(
  db: Executor,
  ids: readonly string[] | undefined,
  path: string,
): Promise<string[]> {
  const list = [...(ids ?? [])]
  if (list.length === 0) return list
  const found = await existingFileIds(db, list)
  const missing = list.filter((id) => !found.has(id))
  if (missing.length > 0)
    throw new AppError('VALIDATION_FAILED', {
      fields: missing.map((id) => ({
        path,
        rule: 'image',
        message: `照片不存在或不是图片：${id.slice(0, 12)}…`,
      })),
    })
  return list
}

export function checkedPhone(raw: string | undefined, path: string): string | null {
  if (raw === undefined || raw.trim() === '') return null
  const phone = checkPhone(raw)
  if (!phone.ok)
    throw new AppError('VALIDATION_FAILED', { fields: [{ path, rule: 'phone', message: phone.reason.zh }] })
  return phone.value
}

/** Staff intake: patrols, visits, walk-in, phone, party members for their households. */
export async function fileRequest({
  db,
  pii,
  actor,
  input,
  now,
}: {
  db: Db
  pii: PiiKeys
  actor: Actor
  input: FileRequestBody
  now: number
}): Promise<FileResult> {
  return db.transaction().execute(async (trx) => {
    let reporter:
      | {
          id: string
          name: string
          path: string
          origin_village_id: string | null
          phone_sealed: string | null
        }
      | undefined
    if (input.reporterPersonId !== undefined) {
      reporter = await trx
        .selectFrom('persons')
        .select(['id', 'name', 'path', 'origin_village_id', 'phone_sealed'])
        .where('id', '=', input.reporterPersonId)
        .executeTakeFirst()
      if (!reporter) throw notFoundOrNoAccess('person')
      requireAccess(actor, 'request.file', { kind: 'org', path: reporter.path }, 'person')
    }
    const nodeId = input.nodeId ?? (reporter ? reporter.path.split('/').filter(Boolean).at(-1) : undefined)
    if (nodeId === undefined)
      throw new AppError('VALIDATION_FAILED', {
        fields: [
          { path: '/nodeId', rule: 'required', message: '请选择地点（楼栋、房间或网格），或选择来访居民' },
        ],
      })
    const placement = await placeAt(trx, nodeId)
    requireAccess(actor, 'request.file', { kind: 'org', path: placement.node.path }, 'org_node')
    const photos = await checkPhotos(trx, input.photos, '/photos')
    const phone = checkedPhone(input.reporterPhone, '/reporterPhone')
    if (input.confirmNotDuplicate !== true) {
      const duplicates = await findOpenDuplicates(trx, {
        nodeId: placement.node.id,
        categoryCode: input.categoryCode,
        since: now - DUPLICATE_WINDOW_MS,
      })
      if (duplicates.length > 0)
        return {
          item: null,
          duplicates: duplicates.map((d) => ({
            id: d.id,
            number: d.number,
            title: d.title,
            state: d.state as never,
            reportedAt: d.reported_at,
          })),
        }
    }
    const { item } = await createItem(
      trx,
      pii,
      actor,
      'grant',
      {
        requestType: input.requestType,
        categoryCode: input.categoryCode,
        urgency: input.urgency ?? 'normal',
        channel: input.channel,
        title: input.title ?? null,
        description: input.description,
        placement,
        reporterPersonId: reporter?.id ?? null,
        originVillageId: reporter?.origin_village_id ?? null,
        reporterName: input.reporterName ?? reporter?.name ?? null,
        reporterPhone: phone,
        photos,
        filedByUserId: actor.userId,
        withFeedbackToken: false,
      },
      now,
    )
    return { item: await toItemView(trx, pii, actor, item, now), duplicates: [] }
  })
}
