// Handling (处理) and feedback (反馈): every step of an item's life through one function,
// `actOnItem`, which checks the step against the workflow, the actor against who may take it, the
// version against the one the actor read, and writes the step through `applyChange`. Also the item
// page (view and timeline), handlers' inboxes and the category tree.
import { sql } from 'kysely'
import type { Db, Executor, WorkItemTable } from '../../db/index.js'
import { preparedQuery } from '../../db/prepared.js'
import { isRole, listScope, roleHas, type Actor, type Role } from '../../platform/access.js'
import { AppError, notFoundOrNoAccess } from '../../platform/errors.js'
import { newId } from '../../platform/ids.js'
import { assignToItem, isAssigned } from '../../platform/item-access.js'
import { decodeCursor, encodeCursor } from '../../platform/pagination.js'
import type { PiiKeys } from '../../platform/pii.js'
import { localDate } from '../../platform/time.js'
import {
  applyChange,
  canHandle,
  confirmsOwnHandover,
  itemRef,
  kindPermissions,
  ofKind,
  requireRead,
  stepAccess,
  toItemView,
  toSummary,
  toUpdateView,
  withSummaryNames,
  ITEM,
  type SummaryRow,
} from './item.service.js'
import { checkPhotos, scheduleSla } from './intake.service.js'
import { notifyReporter } from './notify.service.js'
import {
  findItem,
  findNodes,
  findSlaRule,
  grantsOfUser,
  listCategories,
  listItemFiles,
  listUpdates,
  loadCalendar,
  lockItem,
  pendingApproval,
  userLabel,
} from './request.repository.js'
import type {
  ActBody,
  CategoryView,
  InboxQuery,
  PublicTextBody,
  UpdateView,
  WorkItemSummary,
  WorkItemView,
} from './request.schemas.js'
import { calendarWindow, dueAt, extendDue, NEARLY_DUE_MS, type SlaRule } from './sla.domain.js'
import {
  checkStep,
  isOpenState,
  nextLevel,
  outcomeNamesZh,
  workflowOf,
  workActionNamesZh,
  workStateNamesZh,
  type Outcome,
  type WorkAction,
  type WorkKind,
  type WorkLevel,
  type WorkState,
} from './workflow.domain.js'

const HOUR = 3_600_000

const roleNamesZh: Record<Role, string> = {
  admin: '系统管理员',
  street_leader: '街道（园区）',
  community_secretary: '社区书记',
  community_staff: '社区工作人员',
  grid_worker: '网格员',
  building_leader: '楼栋长',
  party_member: '党员',
  village_accountant: '村会计',
  auditor: '审计',
  red_proxy: '红代办',
  red_butler: '红管家',
  village_cadre: '村干部',
  collective_member: '集体经济组织成员',
}

function needField(path: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', { fields: [{ path, rule: 'required', message }] })
}

async function ruleOf(db: Executor, code: string): Promise<SlaRule> {
  const row = await findSlaRule(db, code)
  if (!row) throw new AppError('INTERNAL', { reason: `SLA rule ${code} missing` })
  return {
    code: row.code,
    amount: row.amount,
    unit: row.unit,
    basis: row.basis,
    respondHours: row.respond_hours,
  }
}

/** The node of a level, from the item's place: its grid, its community or its street office. */
async function levelPath(db: Executor, item: WorkItemTable, level: WorkLevel): Promise<string> {
  const id = level === 'grid' ? item.grid_id : level === 'community' ? item.community_id : item.street_id
  if (id === null)
    throw new AppError('INVALID_TRANSITION', {
      state: workStateNamesZh[item.state as WorkState],
      action: workActionNamesZh.escalate,
    })
  const [node] = await findNodes(db, [id])
  if (!node) throw new AppError('INTERNAL', { reason: `node ${id} missing` })
  return node.path
}

/** After an escalation the new level gets a day before the clock escalates again (none above street). */
export function nextEscalation(level: WorkLevel, now: number): number | null {
  return level === 'street' ? null : now + 24 * HOUR
}

const teamNamesZh: Record<string, string> = { proxy: '红代办队员', property: '红管家', task: '处理人员' }

/** Is the user someone a handler may dispatch to? Returns whether they need an assignment to reach the item. */
async function checkAssignee(
  db: Executor,
  item: WorkItemTable,
  userId: string,
): Promise<{ name: string; needsAssignment: boolean }> {
  const user = await userLabel(db, userId)
  if (!user || user.disabled === 1)
    throw new AppError('VALIDATION_FAILED', {
      fields: [{ path: '/assigneeUserId', rule: 'active user', message: '接收人不存在或已停用' }],
    })
  const grants = await grantsOfUser(db, userId)
  const asActor: Actor = {
    kind: 'user',
    userId,
    label: user.display_name,
    grants: grants.flatMap((g) =>
      g.role
        ? [
            {
              id: g.id,
              role: g.role as never,
              scopeKind: g.scope_kind,
              scopeId: g.scope_id,
              scopePath: g.scope_path,
            },
          ]
        : [],
    ),
    ip: null,
    requestId: null,
  }
  const reaches = await canHandle(db, asActor, item)
  // A proxy errand goes only to the proxy team (or the community's staff) of its community, a
  // property order only to its red butlers (or staff).
  if (!reaches && item.kind !== 'request')
    throw new AppError('VALIDATION_FAILED', {
      fields: [
        {
          path: '/assigneeUserId',
          rule: 'handler',
          message: `接收人不是本社区的${teamNamesZh[item.kind] ?? '处理人员'}`,
        },
      ],
    })
  if (!reaches && user.provider_id === null && grants.length === 0)
    throw new AppError('VALIDATION_FAILED', {
      fields: [{ path: '/assigneeUserId', rule: 'handler', message: '接收人不是处理人员' }],
    })
  return { name: user.display_name, needsAssignment: !reaches }
}

/**
 * What a kind adds to a step of the engine, inside the step's transaction: more changes and data
 * for the item (written with the step), then work once the step is written.
 */
export type StepExtension = (
  trx: Executor,
  item: WorkItemTable,
  action: WorkAction,
) => Promise<{
  changes?: Partial<WorkItemTable>
  data?: Record<string, unknown>
  after?: (after: WorkItemTable) => Promise<void>
}>

export async function actOnItem({
  db,
  pii,
  actor,
  itemId,
  input,
  now,
  kind = 'request',
  extend,
}: {
  db: Db
  pii: PiiKeys
  actor: Actor
  itemId: string
  input: ActBody
  now: number
  /** The kind the caller's route serves: an item of another kind is not found there. */
  kind?: WorkKind
  extend?: StepExtension
}): Promise<WorkItemView> {
  return db.transaction().execute(async (trx) => {
    const locked = await lockItem(trx, itemId)
    const { item } = await requireRead(trx, actor, ofKind(locked, kind))
    const action: WorkAction = input.action
    const state = item.state as WorkState
    const check = checkStep(workflowOf(item.kind), state, action)
    if (!check.ok)
      throw new AppError('INVALID_TRANSITION', {
        state: workStateNamesZh[state],
        action: workActionNamesZh[action],
        stateCode: state,
        actionCode: action,
      })
    const { step } = check
    const via = await stepAccess(trx, actor, item, step.by)
    if (via === null)
      throw new AppError('FORBIDDEN', { action, reason: 'not a handler of this item at its level' })
    if (confirmsOwnHandover(actor, item, action))
      throw new AppError('UNPROCESSABLE', {
        action,
        reason: 'the proxy who did the errand cannot confirm it for the resident',
        reasonZh: '代办员不能替居民确认，请居民本人确认，或由其他工作人员当面见证',
      })
    if (input.version !== item.version)
      throw new AppError('VERSION_CONFLICT', {
        entity: ITEM,
        expectedVersion: input.version,
        currentVersion: item.version,
      })
    if (step.opensApproval && item.pending_approval !== null)
      throw new AppError('CONFLICT', {
        reason: 'an approval is already pending',
        reasonZh: '已有待审批的申请',
      })
    if (step.decidesApproval && item.pending_approval !== step.decidesApproval)
      throw new AppError('INVALID_TRANSITION', {
        state: workStateNamesZh[state],
        action: workActionNamesZh[action],
        stateCode: state,
        actionCode: action,
      })
    const note = input.note ?? null
    for (const need of step.needs) {
      if (need === 'note' && note === null) throw needField('/note', '请填写说明')
      if (need === 'assignee' && input.assigneeUserId === undefined)
        throw needField('/assigneeUserId', '请选择接收人')
      if (need === 'reason' && input.reason === undefined) throw needField('/reason', '请选择作废原因')
      if (need === 'outcome' && input.outcome === undefined) throw needField('/outcome', '请选择办理结果')
      if (need === 'days' && input.days === undefined) throw needField('/days', '请填写延期天数')
      if (need === 'satisfaction' && input.satisfaction === undefined)
        throw needField('/satisfaction', '请选择满意度')
      if (need === 'target' && input.targetItemId === undefined)
        throw needField('/targetItemId', '请选择要合并到的事项')
    }
    const photos = await checkPhotos(trx, input.photos, '/photos')
    const changes: Partial<WorkItemTable> = {
      state: check.to,
      open: isOpenState(check.to) || check.to === 'resolved' ? 1 : 0,
    }
    const data: Record<string, unknown> = {}
    let photoStage: 'progress' | 'resolution' | 'report' = 'progress'
    let notify: { template: 'accepted' | 'closed'; params: Record<string, string> } | null = null

    switch (action) {
      case 'dispatch':
      case 'transfer': {
        const assigneeId = input.assigneeUserId ?? ''
        const assignee = await checkAssignee(trx, item, assigneeId)
        if (assignee.needsAssignment && !(await isAssigned(trx, assigneeId, itemRef(item.id))))
          await assignToItem(trx, {
            actor,
            userId: assigneeId,
            item: itemRef(item.id),
            reason: action,
            scopePath: item.path,
            now,
          })
        changes.assignee_user_id = assigneeId
        data.assignee = { id: assigneeId, name: assignee.name }
        break
      }
      case 'accept':
        if (item.responded_at === null) changes.responded_at = now
        if (item.kind === 'request') notify = { template: 'accepted', params: {} }
        break
      case 'resolve': {
        const outcome = input.outcome as Outcome
        changes.resolved_at = now
        changes.outcome = outcome
        changes.settled_level = item.level
        changes.escalate_at = null
        data.outcome = outcome
        photoStage = 'resolution'
        break
      }
      case 'return':
        changes.assignee_user_id = null
        break
      case 'escalate': {
        const to = nextLevel(item.level)
        if (to === null)
          throw new AppError('INVALID_TRANSITION', {
            state: workStateNamesZh[state],
            action: workActionNamesZh[action],
            stateCode: state,
            actionCode: action,
          })
        changes.level = to
        changes.owner_path = await levelPath(trx, item, to)
        changes.village_id = null
        changes.assignee_user_id = null
        changes.escalate_at = nextEscalation(to, now)
        data.level = { from: item.level, to }
        break
      }
      case 'cancel':
        changes.cancel_reason = input.reason ?? null
        changes.escalate_at = null
        data.reason = input.reason
        break
      case 'merge': {
        const target = await findItem(trx, input.targetItemId ?? '')
        if (
          !target ||
          target.id === item.id ||
          target.kind !== item.kind ||
          target.open !== 1 ||
          target.community_id !== item.community_id ||
          target.merged_into_id !== null
        )
          throw new AppError('VALIDATION_FAILED', {
            fields: [
              { path: '/targetItemId', rule: 'open item', message: '只能合并到本社区仍在办理的其他事项' },
            ],
          })
        changes.merged_into_id = target.id
        changes.cancel_reason = 'duplicate'
        changes.escalate_at = null
        data.mergedInto = target.number
        break
      }
      case 'request_extension':
      case 'request_park': {
        const kind = step.opensApproval ?? 'extension'
        await trx
          .insertInto('work_item_approvals')
          .values({
            id: newId(),
            item_id: item.id,
            kind,
            days: kind === 'extension' ? (input.days ?? null) : null,
            reason: note ?? '',
            requested_by: actor.userId,
            requested_at: now,
            decision: null,
            decided_by: null,
            decided_at: null,
          })
          .execute()
        changes.pending_approval = kind
        if (input.days !== undefined) data.days = input.days
        break
      }
      case 'approve_extension':
      case 'reject_extension':
      case 'approve_park':
      case 'reject_park': {
        const pending = await pendingApproval(trx, item.id)
        if (!pending)
          throw new AppError('INVALID_TRANSITION', {
            state: workStateNamesZh[state],
            action: workActionNamesZh[action],
            stateCode: state,
            actionCode: action,
          })
        const approved = action.startsWith('approve')
        await trx
          .updateTable('work_item_approvals')
          .set({ decision: approved ? 'approved' : 'rejected', decided_by: actor.userId, decided_at: now })
          .where('id', '=', pending.id)
          .execute()
        changes.pending_approval = null
        if (approved && pending.kind === 'extension') {
          const rule = await ruleOf(trx, item.sla_rule)
          const w = calendarWindow(item.due_at)
          const calendar = await loadCalendar(trx, w.fromDay, w.toDay)
          const days = pending.days ?? 1
          changes.due_at = extendDue(item.due_at, days, rule.basis, calendar)
          changes.extension_days = item.extension_days + days
          changes.escalate_at = changes.due_at
          data.days = days
          data.dueAt = changes.due_at
        }
        if (approved && pending.kind === 'park') {
          changes.parked_at = now
          changes.escalate_at = null
        }
        break
      }
      case 'unpark': {
        // The SLA clock stood still while parked: the due time moves on by the time spent parked.
        const paused = item.parked_at !== null ? now - item.parked_at : 0
        changes.due_at = item.due_at + paused
        changes.parked_at = null
        changes.escalate_at = Math.max(changes.due_at, now)
        data.pausedMs = paused
        break
      }
      case 'close':
        changes.closed_at = now
        changes.closed_date = localDate(now)
        changes.assignee_user_id = item.assignee_user_id
        notify = {
          template: 'closed',
          params: { outcome: outcomeNamesZh[(item.outcome ?? 'solved') as Outcome] },
        }
        break
      case 'reject_resolution':
        changes.resolved_at = null
        changes.outcome = null
        changes.settled_level = null
        changes.escalate_at = Math.max(item.due_at, now)
        break
      case 'rate':
        changes.rated_at = now
        changes.rated_date = localDate(now)
        changes.satisfaction = input.satisfaction ?? null
        data.satisfaction = input.satisfaction
        break
      case 'reopen': {
        const rule = await ruleOf(trx, item.sla_rule)
        const w = calendarWindow(now)
        const calendar = await loadCalendar(trx, w.fromDay, w.toDay)
        changes.closed_at = null
        changes.closed_date = null
        changes.resolved_at = null
        changes.outcome = null
        changes.settled_level = null
        changes.assignee_user_id = null
        changes.reopen_count = item.reopen_count + 1
        changes.due_at = dueAt(now, rule, calendar)
        changes.escalate_at = changes.due_at
        break
      }
      case 'claim':
        // Claiming is taking it: the claimer becomes the proxy. Two claims at once: the row lock
        // makes the second read 'accepted' and fail as a wrong state, answered as already claimed.
        changes.assignee_user_id = actor.userId
        if (item.responded_at === null) changes.responded_at = now
        data.assignee = { id: actor.userId, name: actor.label }
        break
      case 'confirm':
        // In person, before a community worker who is not the proxy: the note says who confirmed.
        changes.closed_at = now
        changes.closed_date = localDate(now)
        data.by = 'in_person'
        break
      case 'verify':
      case 'start':
      case 'comment':
        break
      default: {
        const never: never = action
        throw new AppError('INTERNAL', { reason: `unhandled action ${String(never)}` })
      }
    }
    if (photos.length > 0 && action === 'comment') photoStage = 'progress'
    const extension = extend ? await extend(trx, item, action) : {}
    const after = await applyChange(trx, {
      actor,
      via,
      before: item,
      changes: { ...changes, ...extension.changes },
      action,
      note,
      data: { ...data, ...extension.data },
      photos: { ids: photos, stage: photoStage },
      now,
    })
    if (extension.after) await extension.after(after)
    if (
      changes.escalate_at !== undefined &&
      changes.escalate_at !== null &&
      changes.escalate_at !== item.escalate_at
    )
      await scheduleSla(trx, after)
    if (notify) await notifyReporter(trx, pii, after, notify.template, notify.params, now)
    return toItemView(trx, pii, actor, after, now)
  })
}

export async function getItem({
  db,
  pii,
  actor,
  itemId,
  now,
  kind = 'request',
}: {
  db: Db
  pii: PiiKeys
  actor: Actor
  itemId: string
  now: number
  kind?: WorkKind
}): Promise<WorkItemView> {
  const { item } = await requireRead(db, actor, ofKind(await findItem(db, itemId), kind))
  return toItemView(db, pii, actor, item, now)
}

export async function getTimeline({
  db,
  actor,
  itemId,
  kind = 'request',
}: {
  db: Db
  actor: Actor
  itemId: string
  kind?: WorkKind
}): Promise<{ items: UpdateView[] }> {
  const { item } = await requireRead(db, actor, ofKind(await findItem(db, itemId), kind))
  const updates = await listUpdates(db, item.id)
  const files = await listItemFiles(db, item.id)
  return {
    items: updates.map((u) =>
      toUpdateView(
        u,
        files.filter((f) => f.update_id === u.id).map((f) => f.file_id),
        item.kind,
      ),
    ),
  }
}

export async function listRequestCategories({ db }: { db: Db }): Promise<{ items: CategoryView[] }> {
  const rows = await listCategories(db)
  return {
    items: rows.map((r) => ({
      code: r.code,
      parentCode: r.parent_code,
      nameZh: r.name_zh,
      nameEn: r.name_en,
      function: r.function,
      slaRule: r.sla_rule,
      public: r.public === 1,
    })),
  }
}

/**
 * Inboxes, newest first (ids are time-ordered), 20 a page, keyset by id. Each scope filter is one
 * equality an index leads with — the grid, the community, the street office, the assignee, the
 * village — so a page reads 20 index entries however many items there are.
 */
interface InboxShape {
  filters: (
    | 'grid_id'
    | 'community_id'
    | 'street_id'
    | 'assignee_user_id'
    | 'village_id'
    | 'filed_by_user_id'
    | 'summoned'
    | 'path'
  )[]
  status: 'open' | 'closed' | 'all'
  box: NonNullable<InboxQuery['box']>
  level: boolean
  state: boolean
  category: boolean
  number: boolean
  after: boolean
  limit: number
}

type InboxRun = (db: Executor, shape: string, ...params: unknown[]) => Promise<SummaryRow[]>
const inboxQueries = new Map<string, InboxRun>()

/** The inbox statement of one shape; its parameters in the order `listInbox` pushes them. */
function inboxQuery(shape: InboxShape): { key: string; run: InboxRun } {
  const key = JSON.stringify(shape)
  const known = inboxQueries.get(key)
  if (known) return { key, run: known }
  const run: InboxRun = preparedQuery((db: Executor, ...p: unknown[]) => buildInbox(db, shape, p))
  // Shapes are few (boxes × filters × options); a bound keeps a strange client from growing it.
  if (inboxQueries.size < 2000) inboxQueries.set(key, run)
  return { key, run }
}

function buildInbox(db: Executor, shape: InboxShape, p: unknown[]) {
  if (!Number.isInteger(shape.limit) || shape.limit < 1 || shape.limit > 1000)
    throw new RangeError(`bad limit ${String(shape.limit)}`)
  let i = 0
  const next = () => p[i++] as string
  // The page is chosen from work_items alone; withSummaryNames joins its rows to their names.
  let q = db.selectFrom('work_items as w').selectAll('w').where('w.kind', '=', 'request')
  if (shape.filters.length > 0) {
    const values = shape.filters.map((column) =>
      column === 'path' ? ([next(), next()] as const) : ([next()] as const),
    )
    q = q.where((eb) =>
      eb.or(
        shape.filters.map((column, k) => {
          const [v, to] = values[k] ?? ['']
          return column === 'path'
            ? eb.and([eb('w.path', '>=', v), eb('w.path', '<', to ?? '')])
            : column === 'summoned'
              ? eb(
                  'w.id',
                  'in',
                  eb
                    .selectFrom('item_access')
                    .select('target_id')
                    .where('user_id', '=', v)
                    .where('target_type', '=', ITEM)
                    .where('revoked_at', 'is', null),
                )
              : eb(`w.${column}`, '=', v)
        }),
      ),
    )
  }
  if (shape.status === 'open') q = q.where('w.open', '=', 1)
  if (shape.status === 'closed') q = q.where('w.open', '=', 0)
  if (shape.box === 'overdue')
    q = q
      .where('w.due_at', '<', next() as unknown as number)
      .where('w.state', 'not in', ['parked', 'resolved'])
  if (shape.box === 'nearly_due')
    q = q
      .where('w.due_at', '>=', next() as unknown as number)
      .where('w.due_at', '<', next() as unknown as number)
      .where('w.state', 'not in', ['parked', 'resolved'])
  if (shape.box === 'whistled') q = q.where('w.whistled', '=', 1)
  if (shape.level) q = q.where('w.level', '=', next() as WorkLevel)
  if (shape.state) q = q.where('w.state', '=', next() as WorkState)
  if (shape.category) {
    const code = next()
    const parent = next()
    q = q.where((eb) =>
      eb(
        'w.category_code',
        'in',
        eb
          .selectFrom('request_categories as c')
          .select('c.code')
          .where((e) => e.or([e('c.code', '=', code), e('c.parent_code', '=', parent)])),
      ),
    )
  }
  if (shape.number) q = q.where('w.number', '=', next())
  if (shape.after) q = q.where('w.id', '<', next())
  return withSummaryNames(db, q.orderBy('w.id', 'desc').limit(sql.lit(shape.limit)))
}

export async function listInbox({
  db,
  actor,
  query,
  now,
}: {
  db: Db
  actor: Actor
  query: InboxQuery
  now: number
}): Promise<{ items: WorkItemSummary[]; nextCursor: string | null }> {
  const box = query.box ?? 'scope'
  const limit = query.limit ?? 20
  const status = query.status ?? (box === 'filed_by_me' ? 'all' : 'open')
  const scope = listScope(actor, 'request.read')
  type Filter =
    | {
        column:
          | 'grid_id'
          | 'community_id'
          | 'street_id'
          | 'assignee_user_id'
          | 'village_id'
          | 'filed_by_user_id'
          | 'summoned'
        value: string
      }
    | { column: 'path'; prefix: string }
  let filters: Filter[]
  if (box === 'mine') {
    if (actor.userId === null) return { items: [], nextCursor: null }
    filters = [{ column: 'assignee_user_id', value: actor.userId }]
  } else if (box === 'filed_by_me') {
    if (actor.userId === null) return { items: [], nextCursor: null }
    filters = [{ column: 'filed_by_user_id', value: actor.userId }]
  } else if (box === 'summoned') {
    // Items I reach by assignment: summoned by a whistle, or dispatched to me from outside my scope.
    if (actor.userId === null) return { items: [], nextCursor: null }
    filters = [{ column: 'summoned', value: actor.userId }]
  } else {
    let paths = scope.paths
    if (query.nodeId !== undefined) {
      const [node] = await findNodes(db, [query.nodeId])
      if (!node || (!scope.all && !scope.paths.some((p) => node.path.startsWith(p))))
        throw notFoundOrNoAccess('org_node')
      paths = [node.path]
    }
    const nodes = await findNodes(
      db,
      paths.map((p) => p.split('/').filter(Boolean).at(-1) ?? ''),
    )
    filters = nodes.map((n): Filter => {
      if (n.kind === 'grid') return { column: 'grid_id', value: n.id }
      if (n.kind === 'community') return { column: 'community_id', value: n.id }
      if (n.kind === 'street' || n.kind === 'park') return { column: 'street_id', value: n.id }
      return { column: 'path', prefix: n.path }
    })
    if (query.nodeId === undefined)
      for (const v of scope.villageIds) filters.push({ column: 'village_id', value: v })
    if (scope.all && query.nodeId === undefined) filters = []
    if (!scope.all && filters.length === 0) return { items: [], nextCursor: null }
  }
  const after = query.cursor !== undefined ? String(decodeCursor(query.cursor, ['string'])[0]) : null
  // The query's shape (which filters, which box) picks a statement compiled once; the values go in
  // as parameters. An inbox is opened on every phone many times a day.
  const shape: InboxShape = {
    filters: filters.map((f) => f.column),
    status,
    box,
    level: query.level !== undefined,
    state: query.state !== undefined,
    category: query.categoryCode !== undefined,
    number: query.number !== undefined,
    after: after !== null,
    limit: limit + 1,
  }
  const params: unknown[] = []
  for (const f of filters) {
    if (f.column === 'path') params.push(f.prefix, `${f.prefix.slice(0, -1)}0`)
    else params.push(f.value)
  }
  if (box === 'overdue') params.push(now)
  if (box === 'nearly_due') params.push(now, now + NEARLY_DUE_MS)
  if (query.level !== undefined) params.push(query.level)
  if (query.state !== undefined) params.push(query.state)
  if (query.categoryCode !== undefined) params.push(query.categoryCode, query.categoryCode)
  if (query.number !== undefined) params.push(query.number)
  if (after !== null) params.push(after)
  const { key, run } = inboxQuery(shape)
  const rows = await run(db, key, ...params)
  const page = rows.slice(0, limit)
  const last = page.at(-1)
  return {
    items: page.map((r) => toSummary(r, now)),
    nextCursor: rows.length > limit && last ? encodeCursor([last.id]) : null,
  }
}

/**
 * Moderation: public feeds (Open311) never show a resident's own words until a handler has set the
 * text to show — typically the description with names, phones and house numbers taken out.
 */
export async function setPublicText({
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
  input: PublicTextBody
  now: number
}): Promise<WorkItemView> {
  return db.transaction().execute(async (trx) => {
    const { item } = await requireRead(trx, actor, ofKind(await lockItem(trx, itemId), 'request'))
    if (!(await canHandle(trx, actor, item))) throw new AppError('FORBIDDEN', { action: 'moderate' })
    if (input.version !== item.version)
      throw new AppError('VERSION_CONFLICT', {
        entity: ITEM,
        expectedVersion: input.version,
        currentVersion: item.version,
      })
    const after = await applyChange(trx, {
      actor,
      via: 'grant',
      before: item,
      changes: { public_text: input.text },
      action: 'moderate',
      note: input.text,
      data: { published: input.text !== null },
      now,
    })
    return toItemView(trx, pii, actor, after, now)
  })
}

export interface AssigneeCandidate {
  userId: string
  name: string
  kind: 'self' | 'handler' | 'summoned'
  detail: string
}

/**
 * Whom a handler may dispatch the item to: themselves, the handlers where the item sits now (grants
 * with request.handle covering its level's node, or its village), and the staff of providers and
 * the party members summoned to it by a whistle (they reach it by assignment).
 */
export async function listAssignees({
  db,
  actor,
  itemId,
  kind = 'request',
}: {
  db: Db
  actor: Actor
  itemId: string
  kind?: WorkKind
}): Promise<{ items: AssigneeCandidate[] }> {
  const { item } = await requireRead(db, actor, ofKind(await findItem(db, itemId), kind))
  if (!(await canHandle(db, actor, item))) throw new AppError('FORBIDDEN', { action: 'dispatch' })
  const segments = item.owner_path.split('/').filter(Boolean)
  const ancestors = segments.map((_, i) => `/${segments.slice(0, i + 1).join('/')}/`)
  const grants = await db
    .selectFrom('grants as g')
    .innerJoin('users as u', 'u.id', 'g.user_id')
    .select(['u.id', 'u.display_name', 'g.role', 'g.scope_kind'])
    .where('u.disabled', '=', 0)
    .where((eb) =>
      eb.or([
        eb.and([eb('g.scope_kind', '=', 'org'), eb('g.scope_path', 'in', ancestors)]),
        ...(item.village_id !== null
          ? [eb.and([eb('g.scope_kind', '=', 'village'), eb('g.scope_id', '=', item.village_id)])]
          : []),
      ]),
    )
    .orderBy('u.display_name')
    .execute()
  const summoned = await db
    .selectFrom('whistle_parties as p')
    .innerJoin('users as u', (join) =>
      join.on((eb) =>
        eb.or([eb('u.id', '=', eb.ref('p.user_id')), eb('u.provider_id', '=', eb.ref('p.provider_id'))]),
      ),
    )
    .select(['u.id', 'u.display_name', 'p.name'])
    .where('p.item_id', '=', item.id)
    .where('u.disabled', '=', 0)
    .execute()
  const out: AssigneeCandidate[] = []
  const seen = new Set<string>()
  const add = (c: AssigneeCandidate) => {
    if (seen.has(c.userId)) return
    seen.add(c.userId)
    out.push(c)
  }
  if (actor.userId !== null) {
    const me = await userLabel(db, actor.userId)
    add({ userId: actor.userId, name: me?.display_name ?? actor.label, kind: 'self', detail: '' })
  }
  for (const g of grants)
    if (isRole(g.role) && roleHas(g.role, kindPermissions(item.kind).handle))
      add({ userId: g.id, name: g.display_name, kind: 'handler', detail: roleNamesZh[g.role] })
  for (const s of summoned) add({ userId: s.id, name: s.display_name, kind: 'summoned', detail: s.name })
  return { items: out }
}
