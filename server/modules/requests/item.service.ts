// The one place where a work item changes. Every change: check the version, write the item, add
// the update row (who, when, from/to state and level, note, photos), apply the item's figure
// contributions' difference to the daily rows, and write the audit entry — all in the caller's
// transaction, so a change and everything that counts it commit together or not at all.
// Also: who may read and handle an item, and the item's API views.
import type { AliasedSelectQueryBuilder } from 'kysely'
import type { Executor, WorkItemTable } from '../../db/index.js'
import { readJson, writeJson } from '../../db/index.js'
import { can, type Actor, type Permission, type Target } from '../../platform/access.js'
import { recordAudit } from '../../platform/audit.js'
import { AppError, notFoundOrNoAccess } from '../../platform/errors.js'
import { newId } from '../../platform/ids.js'
import { isAssigned } from '../../platform/item-access.js'
import { maskPhone, unseal, type PiiKeys } from '../../platform/pii.js'
import { contributionDelta, type FigureFields } from './figures.domain.js'
import {
  applyFigureDeltas,
  findCategory,
  findNodes,
  findVillageArea,
  insertItemFiles,
  insertUpdate,
  listItemFiles,
  updateItem,
  userNames,
} from './request.repository.js'
import type { UpdateView, WorkItemSummary, WorkItemView } from './request.schemas.js'
import {
  actionsFrom,
  actionNameZh,
  stateNameZh,
  workflowOf,
  workActionNamesZh,
  type Outcome,
  type RequestType,
  type Satisfaction,
  type WorkAction,
  type WorkLevel,
  type WorkState,
  type Channel,
  type StepActor,
} from './workflow.domain.js'

export const ITEM = 'work_item'

export function itemRef(id: string) {
  return { type: ITEM, id }
}

export function figureFields(item: WorkItemTable): FigureFields {
  return {
    state: item.state as WorkState,
    merged_into_id: item.merged_into_id,
    reported_date: item.reported_date,
    responded_at: item.responded_at,
    respond_due_at: item.respond_due_at,
    resolved_at: item.resolved_at,
    due_at: item.due_at,
    closed_date: item.closed_date,
    outcome: item.outcome as Outcome | null,
    settled_level: item.settled_level as WorkLevel | null,
    rated_date: item.rated_date,
    satisfaction: item.satisfaction as Satisfaction | null,
  }
}

/** Figures are kept per grid (or per community for items placed above any grid). */
export async function figureNodeOf(db: Executor, item: WorkItemTable) {
  const nodeId = item.grid_id ?? item.community_id
  const [node] = await findNodes(db, [nodeId])
  if (!node) throw new AppError('INTERNAL', { reason: `node ${nodeId} of item ${item.id} is missing` })
  return { nodeId, communityId: item.community_id, streetId: item.street_id, path: node.path }
}

/**
 * Applies the difference in figure contributions between two versions of an item. The daily rows
 * count residents' requests; other kinds (proxy errands) are counted from their own records.
 */
export async function applyFigures(
  db: Executor,
  before: WorkItemTable | null,
  after: WorkItemTable,
): Promise<void> {
  if (after.kind !== 'request') return
  const beforeNode = before ? await figureNodeOf(db, before) : null
  const afterNode = await figureNodeOf(db, after)
  if (before && beforeNode && beforeNode.nodeId !== afterNode.nodeId) {
    await applyFigureDeltas(db, beforeNode, contributionDelta(figureFields(before), null))
    await applyFigureDeltas(db, afterNode, contributionDelta(null, figureFields(after)))
    return
  }
  await applyFigureDeltas(
    db,
    afterNode,
    contributionDelta(before ? figureFields(before) : null, figureFields(after)),
  )
}

export interface ChangeInput {
  actor: Actor
  via: 'grant' | 'assignment' | 'public' | 'system'
  before: WorkItemTable
  changes: Partial<WorkItemTable>
  action:
    WorkAction | 'whistle' | 'whistle_report' | 'whistle_evaluate' | 'moderate' | 'money' | 'money_reversal'
  note: string | null
  data?: Record<string, unknown>
  photos?: { ids: readonly string[]; stage: 'progress' | 'resolution' | 'report' }
  now: number
}

/** Writes one step. Throws VERSION_CONFLICT when the item changed since `before` was read. */
export async function applyChange(db: Executor, input: ChangeInput): Promise<WorkItemTable> {
  const { before, now } = input
  const after: WorkItemTable = { ...before, ...input.changes, version: before.version + 1, updated_at: now }
  const ok = await updateItem(db, before.id, before.version, { ...input.changes, updated_at: now })
  if (!ok) throw new AppError('VERSION_CONFLICT', { entity: ITEM, expectedVersion: before.version })
  const updateId = newId()
  await insertUpdate(db, {
    id: updateId,
    item_id: before.id,
    action: input.action,
    from_state: before.state,
    to_state: after.state,
    from_level: before.level,
    to_level: after.level,
    actor_user_id: input.actor.userId,
    actor_label: input.actor.label,
    via: input.via,
    note: input.note,
    data: writeJson(input.data ?? {}),
    at: now,
  })
  if (input.photos && input.photos.ids.length > 0) {
    const stage = input.photos.stage
    await insertItemFiles(
      db,
      input.photos.ids.map((file_id) => ({
        item_id: before.id,
        update_id: updateId,
        file_id,
        stage,
        created_at: now,
      })),
    )
  }
  await applyFigures(db, before, after)
  await recordAudit(db, {
    actor: input.actor,
    action: `${auditPrefix(before.kind)}.${input.action}`,
    targetType: ITEM,
    targetId: before.id,
    scopePath: before.path,
    villageId: after.village_id,
    summary: {
      number: before.number,
      from: before.state,
      to: after.state,
      ...(before.level !== after.level ? { level: { from: before.level, to: after.level } } : {}),
      ...(input.via === 'assignment' ? { via: 'assignment' } : {}),
      ...(input.data ?? {}),
    },
    at: now,
  })
  return after
}

function auditPrefix(kind: string): string {
  return kind === 'request' ? 'request' : kind
}

// --- Access -----------------------------------------------------------------------------------

/**
 * The permissions that reach an item of each kind. A proxy errand carries a resident's needs,
 * money and often care tags: only the proxy team and the community read and work it (its filer and
 * its proxy follow it through their own link to it).
 */
export function kindPermissions(kind: string): { read: Permission; handle: Permission; approve: Permission } {
  switch (kind) {
    case 'proxy':
      return { read: 'proxy.read', handle: 'proxy.handle', approve: 'proxy.handle' }
    // Red butlers work property orders; the community (property.plan) accepts the work.
    case 'property':
      return { read: 'property.read', handle: 'property.handle', approve: 'property.plan' }
    // A decision's follow-through task is community work, handled like a request.
    default:
      return { read: 'request.read', handle: 'request.handle', approve: 'request.approve' }
  }
}

/** The targets a handler's grant must cover: the node of the item's level, or its village. */
export async function handleTargets(db: Executor, item: WorkItemTable): Promise<Target[]> {
  const targets: Target[] = [{ kind: 'org', path: item.owner_path }]
  if (item.village_id !== null) {
    const areaPath = await findVillageArea(db, item.village_id)
    if (areaPath !== undefined) targets.push({ kind: 'village', villageId: item.village_id, areaPath })
  }
  return targets
}

/**
 * A village-owned item is the village's to handle, with the community's handlers able to step in
 * (社区为辅); a grid worker's grant does not reach it. Otherwise a grant covering the level's node.
 */
export async function canHandle(db: Executor, actor: Actor, item: WorkItemTable): Promise<boolean> {
  if (actor.kind === 'system') return true
  if (item.kind !== 'request')
    return can(actor, kindPermissions(item.kind).handle, { kind: 'org', path: item.owner_path })
  if (item.village_id !== null) {
    const areaPath = await findVillageArea(db, item.village_id)
    if (
      areaPath !== undefined &&
      can(actor, 'request.handle', { kind: 'village', villageId: item.village_id, areaPath })
    )
      return true
    return can(actor, 'request.handle', { kind: 'org', path: communityPathOf(item) })
  }
  return can(actor, 'request.handle', { kind: 'org', path: item.owner_path })
}

function communityPathOf(item: WorkItemTable): string {
  // The owner path of a village-owned item is the community's or a grid's; the community's is a prefix.
  const parts = item.owner_path.split('/').filter(Boolean)
  const idx = parts.indexOf(item.community_id)
  return idx >= 0 ? `/${parts.slice(0, idx + 1).join('/')}/` : item.owner_path
}

export function canApprove(actor: Actor, item: WorkItemTable): boolean {
  return can(actor, kindPermissions(item.kind).approve, { kind: 'org', path: item.owner_path })
}

/** An item read through a route of one kind: items of other kinds are not there. */
export function ofKind(item: WorkItemTable | undefined, kind: string): WorkItemTable | undefined {
  return item?.kind === kind ? item : undefined
}

export type ReadVia = 'grant' | 'assignment' | 'filer'

/** Who may see an item: a grant over its place, its village's cadres, whoever it is assigned to, its filer. */
export async function readAccess(db: Executor, actor: Actor, item: WorkItemTable): Promise<ReadVia | null> {
  if (actor.kind === 'system') return 'grant'
  const read = kindPermissions(item.kind).read
  if (can(actor, read, { kind: 'org', path: item.path })) return 'grant'
  if (item.village_id !== null) {
    const areaPath = await findVillageArea(db, item.village_id)
    if (areaPath !== undefined && can(actor, read, { kind: 'village', villageId: item.village_id, areaPath }))
      return 'grant'
  }
  if (actor.userId !== null) {
    if (item.assignee_user_id === actor.userId) return 'assignment'
    if (await isAssigned(db, actor.userId, itemRef(item.id))) return 'assignment'
    if (item.filed_by_user_id === actor.userId) return 'filer'
  }
  return null
}

export async function requireRead(
  db: Executor,
  actor: Actor,
  item: WorkItemTable | undefined,
): Promise<{ item: WorkItemTable; via: ReadVia }> {
  if (!item) throw notFoundOrNoAccess(ITEM)
  const via = await readAccess(db, actor, item)
  if (via === null) throw notFoundOrNoAccess(ITEM)
  return { item, via }
}

/** May the actor take a step of this kind on the item? Returns how they reach it. */
export async function stepAccess(
  db: Executor,
  actor: Actor,
  item: WorkItemTable,
  by: StepActor,
): Promise<'grant' | 'assignment' | null> {
  switch (by) {
    case 'reader':
      return (await readAccess(db, actor, item)) === null ? null : 'grant'
    case 'handler':
      return (await canHandle(db, actor, item)) ? 'grant' : null
    case 'approver':
      return canApprove(actor, item) ? 'grant' : null
    case 'assignee':
      if (actor.userId !== null && item.assignee_user_id === actor.userId)
        return (await canHandle(db, actor, item)) ? 'grant' : 'assignment'
      // A proxy handles a resident's money in person, and a butler answers for the work and its
      // photos: a colleague does not work their item for them (the community transfers it
      // instead). A request's colleague may cover.
      if ((item.kind === 'proxy' || item.kind === 'property') && item.assignee_user_id !== null) return null
      return (await canHandle(db, actor, item)) ? 'grant' : null
    default: {
      const never: never = by
      return never
    }
  }
}

/** The resident confirms a hand-over; the proxy who did the errand cannot confirm it for them. */
export function confirmsOwnHandover(actor: Actor, item: WorkItemTable, action: WorkAction): boolean {
  return action === 'confirm' && actor.userId !== null && actor.userId === item.assignee_user_id
}

/** The actions the actor may take now, for the item page's buttons. */
export async function allowedActions(db: Executor, actor: Actor, item: WorkItemTable): Promise<WorkAction[]> {
  const out: WorkAction[] = []
  const cache = new Map<StepActor, boolean>()
  const workflow = workflowOf(item.kind)
  for (const action of actionsFrom(workflow, item.state as WorkState)) {
    const step = workflow.steps[action]
    if (!step) continue
    if (confirmsOwnHandover(actor, item, action)) continue
    if (step.opensApproval && item.pending_approval !== null) continue
    if (step.decidesApproval && item.pending_approval !== step.decidesApproval) continue
    let ok = cache.get(step.by)
    if (ok === undefined) {
      ok = (await stepAccess(db, actor, item, step.by)) !== null
      cache.set(step.by, ok)
    }
    if (action === 'escalate' && item.level === 'street') continue
    if (ok) out.push(action)
  }
  return out
}

// --- Views ------------------------------------------------------------------------------------

export function maskedPhone(pii: PiiKeys, sealed: string | null): string | null {
  if (sealed === null) return null
  try {
    return maskPhone(unseal(pii, sealed))
  } catch {
    return null
  }
}

export async function toItemView(
  db: Executor,
  pii: PiiKeys,
  actor: Actor,
  item: WorkItemTable,
  now: number,
): Promise<WorkItemView> {
  const category = await findCategory(db, item.category_code)
  const nodeIds = [item.node_id, item.community_id, ...(item.grid_id ? [item.grid_id] : [])]
  const nodes = new Map((await findNodes(db, nodeIds)).map((n) => [n.id, n]))
  const names = await userNames(db, item.assignee_user_id ? [item.assignee_user_id] : [])
  const village =
    item.village_id !== null
      ? await db
          .selectFrom('villages')
          .select(['id', 'name'])
          .where('id', '=', item.village_id)
          .executeTakeFirst()
      : undefined
  const files = await listItemFiles(db, item.id)
  const state = item.state as WorkState
  const grid = item.grid_id ? nodes.get(item.grid_id) : undefined
  return {
    id: item.id,
    number: item.number,
    kind: item.kind,
    requestType: item.request_type as RequestType,
    category: {
      code: item.category_code,
      nameZh: category?.name_zh ?? item.category_code,
      nameEn: category?.name_en ?? item.category_code,
    },
    urgency: item.urgency,
    channel: item.channel as Channel,
    title: item.title,
    description: item.description,
    place: {
      nodeId: item.node_id,
      name: nodes.get(item.node_id)?.name ?? '',
      address: item.address,
      grid: grid ? { id: grid.id, name: grid.name } : null,
      community: { id: item.community_id, name: nodes.get(item.community_id)?.name ?? '' },
    },
    level: item.level,
    village: village ? { id: village.id, name: village.name } : null,
    function: item.function,
    stage: item.stage,
    state,
    stateZh: stateNameZh(item.kind, state),
    open: item.open === 1,
    pendingApproval: item.pending_approval,
    assignee: item.assignee_user_id
      ? { id: item.assignee_user_id, name: names.get(item.assignee_user_id) ?? '' }
      : null,
    reporter: {
      personId: item.reporter_person_id,
      name: item.reporter_name,
      phone: maskedPhone(pii, item.reporter_phone_sealed),
    },
    reportedAt: item.reported_at,
    respondDueAt: item.respond_due_at,
    dueAt: item.due_at,
    overdue: isOverdue(item, now),
    respondedAt: item.responded_at,
    resolvedAt: item.resolved_at,
    outcome: item.outcome as Outcome | null,
    closedAt: item.closed_at,
    ratedAt: item.rated_at,
    satisfaction: item.satisfaction as Satisfaction | null,
    reopenCount: item.reopen_count,
    extensionDays: item.extension_days,
    whistled: item.whistled === 1,
    mergedIntoId: item.merged_into_id,
    version: item.version,
    actions: await allowedActions(db, actor, item),
    canWhistle: item.open === 1 && item.state !== 'resolved' && (await canHandle(db, actor, item)),
    files: files.map((f) => ({ fileId: f.file_id, stage: f.stage, mime: f.mime, size: f.size })),
  }
}

export function isOverdue(item: Pick<WorkItemTable, 'open' | 'state' | 'due_at'>, now: number): boolean {
  return item.open === 1 && item.state !== 'parked' && item.state !== 'resolved' && item.due_at < now
}

export interface SummaryRow extends WorkItemTable {
  category_zh: string
  category_en: string
  assignee_name: string | null
  village_name: string | null
}

/**
 * A page of work items with the names a list shows. `page` selects `work_items as w`, already
 * filtered, newest first and limited: only its rows are joined to their names. Joined first,
 * PostgreSQL misjudged a busy grid (16 open items estimated, 1,781 found at a million items), joined
 * all of them by hash and sorted: 22 ms a page instead of well under one.
 */
export function withSummaryNames(
  db: Executor,
  page: { as: (alias: 'w') => AliasedSelectQueryBuilder<WorkItemTable, 'w'> },
) {
  return db
    .selectFrom(page.as('w'))
    .innerJoin('request_categories as c', 'c.code', 'w.category_code')
    .leftJoin('users as u', 'u.id', 'w.assignee_user_id')
    .leftJoin('villages as v', 'v.id', 'w.village_id')
    .selectAll('w')
    .select([
      'c.name_zh as category_zh',
      'c.name_en as category_en',
      'u.display_name as assignee_name',
      'v.name as village_name',
    ])
    .orderBy('w.id', 'desc')
    .$castTo<SummaryRow>()
}

export function toSummary(row: SummaryRow, now: number): WorkItemSummary {
  const state = row.state as WorkState
  return {
    id: row.id,
    number: row.number,
    title: row.title,
    categoryZh: row.category_zh,
    categoryEn: row.category_en,
    requestType: row.request_type as RequestType,
    urgency: row.urgency,
    state,
    stateZh: stateNameZh(row.kind, state),
    level: row.level,
    address: row.address,
    reportedAt: row.reported_at,
    dueAt: row.due_at,
    overdue: isOverdue(row, now),
    whistled: row.whistled === 1,
    assigneeName: row.assignee_name,
    village: row.village_name,
  }
}

export function toUpdateView(
  row: {
    id: string
    action: string
    from_state: string | null
    to_state: string
    from_level: string | null
    to_level: string
    actor_label: string
    via: string
    note: string | null
    data: unknown
    at: number
  },
  files: string[],
  kind = 'request',
): UpdateView {
  const action = row.action as WorkAction
  const zh =
    ((workActionNamesZh as Record<string, string | undefined>)[action] !== undefined
      ? actionNameZh(kind, action)
      : undefined) ??
    (
      {
        whistle: '吹哨',
        whistle_report: '报到',
        whistle_evaluate: '评价报到单位',
        moderate: '审核公开内容',
        money: '记录代办款项',
        money_reversal: '冲正款项',
      } as Record<string, string>
    )[row.action] ??
    row.action
  return {
    id: row.id,
    action: row.action,
    actionZh: zh,
    fromState: row.from_state,
    toState: row.to_state,
    fromLevel: row.from_level,
    toLevel: row.to_level,
    actor: row.actor_label,
    via: row.via,
    note: row.note,
    data: readJson<Record<string, unknown> | null>(row.data) ?? {},
    at: row.at,
    files,
  }
}
