// 协商议事 (consultations): a topic raised by residents, a grid branch, the community or from a
// cluster of residents' requests; its agenda and invitees; the meeting (attendance, minutes,
// photos); and the decisions taken there, by vote or consensus. The community (consult.manage)
// convenes and records; the grid, building leaders and party members (consult.read) follow the
// consultations that concern their area. A linked request's timeline hears when its topic goes to
// 协商议事 and what was decided.
import type { Readable } from 'node:stream'
import type { ConsultationTable, Db, Executor, InviteeCapacity, WorkItemTable } from '../../db/index.js'
import { pathRange, toNumber } from '../../db/index.js'
import { can, requireAccess, roleHas, type Actor } from '../../platform/access.js'
import { recordAudit } from '../../platform/audit.js'
import { AppError, notFoundOrNoAccess } from '../../platform/errors.js'
import type { FileStore } from '../../platform/files.js'
import { newId } from '../../platform/ids.js'
import { decodeCursor, toPage } from '../../platform/pagination.js'
import { localDate } from '../../platform/time.js'
import {
  applyChange,
  checkPhotos,
  lockItem,
  ofKind,
  requireRead,
  stateNameZh,
  type WorkState,
} from '../requests/index.js'
import {
  capacityNamesZh,
  checkBallots,
  isCarriedOut,
  isPreparing,
  sourceNamesZh,
  stateNamesZh,
  takesDecisions,
  tally,
  voteOutcome,
  type Counts,
} from './consult.domain.js'
import {
  findConsultation,
  linkedRequestIds,
  listInvitees,
  lockConsultation,
  tasksOfDecisions,
  updateConsultation,
} from './consult.repository.js'
import type {
  AgendaBody,
  ConsultCreateBody,
  ConsultListQuery,
  ConsultSummary,
  ConsultView,
  DecisionBody,
  DropBody,
  InviteBody,
  InviteeInput,
  MeetingBody,
  ScheduleBody,
} from './consult.schemas.js'

export const CONSULTATION = 'consultation'
const placeKinds = new Set(['community', 'grid', 'building'])

// --- Access -------------------------------------------------------------------------------------

/** The community's path: a prefix of the topic's. */
export function communityPathOf(c: Pick<ConsultationTable, 'path' | 'community_id'>): string {
  const parts = c.path.split('/').filter(Boolean)
  const idx = parts.indexOf(c.community_id)
  return `/${parts.slice(0, idx + 1).join('/')}/`
}

export function canManage(actor: Actor, c: Pick<ConsultationTable, 'path' | 'community_id'>): boolean {
  return can(actor, 'consult.manage', { kind: 'org', path: communityPathOf(c) })
}

/**
 * The community reads all its consultations; a grid worker, building leader or party member those
 * whose place lies within their grant, or covers it (a community-wide topic concerns every grid).
 */
export function canRead(actor: Actor, c: Pick<ConsultationTable, 'path' | 'community_id'>): boolean {
  if (actor.kind === 'system' || canManage(actor, c)) return true
  return actor.grants.some(
    (g) =>
      roleHas(g.role, 'consult.read') &&
      g.scopeKind === 'org' &&
      g.scopePath !== null &&
      (c.path.startsWith(g.scopePath) || g.scopePath.startsWith(c.path)),
  )
}

export function requireReadable(actor: Actor, c: ConsultationTable | undefined): ConsultationTable {
  if (!c || !canRead(actor, c)) throw notFoundOrNoAccess(CONSULTATION)
  return c
}

/** Readers who may not manage get a plain refusal; others do not learn that it exists. */
export function requireManageable(actor: Actor, c: ConsultationTable | undefined): ConsultationTable {
  const row = requireReadable(actor, c)
  if (!canManage(actor, row)) throw new AppError('FORBIDDEN', { permission: 'consult.manage' })
  return row
}

function wrongState(c: ConsultationTable, action: string, actionCode: string): AppError {
  return new AppError('INVALID_TRANSITION', {
    state: stateNamesZh[c.state],
    action,
    stateCode: c.state,
    actionCode,
  })
}

async function audit(
  db: Executor,
  actor: Actor,
  c: ConsultationTable,
  action: string,
  summary: Record<string, unknown>,
  now: number,
) {
  await recordAudit(db, {
    actor,
    action: `consult.${action}`,
    targetType: CONSULTATION,
    targetId: c.id,
    scopePath: c.path,
    summary: { title: c.title, ...summary },
    at: now,
  })
}

/** A comment on each linked request's timeline (the engine's comment step). */
async function tellRequests(trx: Executor, actor: Actor, c: ConsultationTable, note: string, now: number) {
  for (const id of await linkedRequestIds(trx, c.id)) {
    const request = await lockItem(trx, id)
    if (!request) continue
    await applyChange(trx, {
      actor,
      via: 'grant',
      before: request,
      changes: {},
      action: 'comment',
      note,
      data: { consultationId: c.id },
      now,
    })
  }
}

/** '/a/b/c/' → ['/a/', '/a/b/', '/a/b/c/']: the paths of a node and the nodes above it. */
function prefixesOf(path: string): string[] {
  const parts = path.split('/').filter(Boolean)
  return parts.map((_, i) => `/${parts.slice(0, i + 1).join('/')}/`)
}

// --- View ---------------------------------------------------------------------------------------

export async function consultView(db: Executor, actor: Actor, c: ConsultationTable): Promise<ConsultView> {
  const nodes = await db
    .selectFrom('org_nodes')
    .select(['id', 'name', 'kind'])
    .where('id', 'in', [c.node_id, c.community_id])
    .execute()
  const node = nodes.find((n) => n.id === c.node_id)
  const community = nodes.find((n) => n.id === c.community_id)
  const requests = await db
    .selectFrom('consultation_requests as r')
    .innerJoin('work_items as w', 'w.id', 'r.item_id')
    .select(['w.id', 'w.number', 'w.title', 'w.state', 'w.kind'])
    .where('r.consultation_id', '=', c.id)
    .orderBy('w.number')
    .execute()
  const agenda = await db
    .selectFrom('consultation_agenda')
    .select('text')
    .where('consultation_id', '=', c.id)
    .orderBy('seq')
    .execute()
  const invitees = await listInvitees(db, c.id)
  const names = new Map(invitees.map((i) => [i.id, i.name]))
  const photos = await db
    .selectFrom('consultation_photos')
    .select('file_id')
    .where('consultation_id', '=', c.id)
    .orderBy('created_at')
    .orderBy('file_id')
    .execute()
  const decisions = await db
    .selectFrom('consultation_decisions')
    .selectAll()
    .where('consultation_id', '=', c.id)
    .orderBy('seq')
    .execute()
  const ids = decisions.map((d) => d.id)
  const ballots =
    ids.length === 0
      ? []
      : await db.selectFrom('consultation_ballots').selectAll().where('decision_id', 'in', ids).execute()
  const tasks = await tasksOfDecisions(db, ids)
  return {
    id: c.id,
    title: c.title,
    description: c.description,
    state: c.state,
    stateZh: stateNamesZh[c.state],
    source: c.source,
    sourceZh: sourceNamesZh[c.source],
    raisedBy: c.raised_by,
    place: { id: c.node_id, name: node?.name ?? '', kind: node?.kind ?? '' },
    community: { id: c.community_id, name: community?.name ?? '' },
    requests: requests.map((r) => ({
      id: r.id,
      number: r.number,
      title: r.title,
      stateZh: stateNameZh(r.kind, r.state as WorkState),
    })),
    agenda: agenda.map((a) => a.text),
    invitees: invitees.map((i) => ({
      id: i.id,
      name: i.name,
      capacity: i.capacity,
      capacityZh: capacityNamesZh[i.capacity],
      kind: i.person_id !== null ? ('person' as const) : ('provider' as const),
      attended: i.attended === 1,
    })),
    scheduledAt: c.scheduled_at,
    meetingPlace: c.place,
    heldAt: c.held_at,
    minutes: c.minutes,
    photos: photos.map((p) => p.file_id),
    droppedReason: c.dropped_reason,
    decisions: decisions.map((d) => {
      const own = tasks.filter((t) => t.decision_id === d.id)
      return {
        id: d.id,
        seq: d.seq,
        text: d.text,
        method: d.method,
        openVote: d.open_vote === 1,
        counts:
          d.method === 'vote'
            ? { for: d.votes_for ?? 0, against: d.votes_against ?? 0, abstain: d.votes_abstain ?? 0 }
            : null,
        ballots:
          d.open_vote === 1
            ? ballots
                .filter((b) => b.decision_id === d.id)
                .map((b) => ({
                  inviteeId: b.invitee_id,
                  name: names.get(b.invitee_id) ?? '',
                  choice: b.choice,
                }))
            : null,
        outcome: d.outcome,
        decidedAt: d.decided_at,
        recordedBy: d.recorded_by_label,
        tasks: own.map((t) => ({
          id: t.id,
          number: t.number,
          title: t.title,
          state: t.state,
          stateZh: stateNameZh('task', t.state as WorkState),
          assigneeName: t.assignee_name,
          closedAt: t.closed_at,
        })),
        carriedOut: d.outcome === 'adopted' && isCarriedOut(own.map((t) => t.state)),
        supersedes: decisions.find((x) => x.id === d.supersedes_id)?.seq ?? null,
        supersededBy: decisions.find((x) => x.supersedes_id === d.id)?.seq ?? null,
      }
    }),
    canManage: canManage(actor, c),
    createdBy: c.created_by_label,
    createdAt: c.created_at,
    version: c.version,
  }
}

// --- Topics -------------------------------------------------------------------------------------

async function addInvitees(
  trx: Executor,
  c: ConsultationTable,
  invitees: readonly InviteeInput[],
  now: number,
): Promise<number> {
  const communityPath = communityPathOf(c)
  const existing = await listInvitees(trx, c.id)
  const rows: {
    person_id: string | null
    provider_id: string | null
    name: string
    capacity: InviteeCapacity
  }[] = []
  for (const [i, input] of invitees.entries()) {
    if ('personId' in input) {
      const person = await trx
        .selectFrom('persons')
        .select(['id', 'name', 'status', 'community_id'])
        .where('id', '=', input.personId)
        .executeTakeFirst()
      if (!person || person.status !== 'active' || person.community_id !== c.community_id)
        throw notFoundOrNoAccess('person')
      if (existing.some((e) => e.person_id === person.id) || rows.some((r) => r.person_id === person.id))
        throw new AppError('CONFLICT', {
          reason: 'already invited',
          reasonZh: `${person.name} 已在邀请名单中`,
          path: `/invitees/${String(i)}`,
        })
      rows.push({ person_id: person.id, provider_id: null, name: person.name, capacity: input.capacity })
    } else {
      const provider = await trx
        .selectFrom('providers')
        .select(['id', 'name', 'area_path'])
        .where('id', '=', input.providerId)
        .executeTakeFirst()
      if (
        !provider ||
        !(communityPath.startsWith(provider.area_path) || provider.area_path.startsWith(communityPath))
      )
        throw notFoundOrNoAccess('provider')
      if (
        existing.some((e) => e.provider_id === provider.id) ||
        rows.some((r) => r.provider_id === provider.id)
      )
        throw new AppError('CONFLICT', {
          reason: 'already invited',
          reasonZh: `${provider.name} 已在邀请名单中`,
          path: `/invitees/${String(i)}`,
        })
      rows.push({ person_id: null, provider_id: provider.id, name: provider.name, capacity: input.capacity })
    }
  }
  if (rows.length > 0)
    await trx
      .insertInto('consultation_invitees')
      .values(
        rows.map((r) => ({
          ...r,
          id: newId(),
          consultation_id: c.id,
          attended: 0 as const,
          created_at: now,
        })),
      )
      .execute()
  return rows.length
}

async function writeAgenda(trx: Executor, consultationId: string, items: readonly string[]) {
  await trx.deleteFrom('consultation_agenda').where('consultation_id', '=', consultationId).execute()
  if (items.length > 0)
    await trx
      .insertInto('consultation_agenda')
      .values(items.map((text, i) => ({ consultation_id: consultationId, seq: i + 1, text })))
      .execute()
}

/** The community raises a topic — from residents, the grid branch, itself, or several requests. */
export async function createConsultation({
  db,
  actor,
  input,
  now,
}: {
  db: Db
  actor: Actor
  input: ConsultCreateBody
  now: number
}): Promise<ConsultView> {
  return db.transaction().execute(async (trx) => {
    const node = await trx
      .selectFrom('org_nodes')
      .selectAll()
      .where('id', '=', input.nodeId)
      .executeTakeFirst()
    if (!node || node.community_id === null || !placeKinds.has(node.kind))
      throw notFoundOrNoAccess('org_node')
    const community = await trx
      .selectFrom('org_nodes')
      .select(['id', 'path'])
      .where('id', '=', node.community_id)
      .executeTakeFirstOrThrow()
    requireAccess(actor, 'consult.manage', { kind: 'org', path: community.path }, 'org_node')
    const requestIds = input.requestIds ?? []
    if (input.source === 'requests' && requestIds.length === 0)
      throw new AppError('VALIDATION_FAILED', {
        fields: [{ path: '/requestIds', rule: 'required', message: '请选择汇集的居民诉求' }],
      })
    const requests: WorkItemTable[] = []
    for (const id of requestIds) {
      const { item } = await requireRead(trx, actor, ofKind(await lockItem(trx, id), 'request'))
      if (item.community_id !== community.id)
        throw new AppError('UNPROCESSABLE', {
          reason: 'the request is in another community',
          reasonZh: `诉求 ${item.number} 不属于本社区`,
          itemId: item.id,
        })
      requests.push(item)
    }
    const c: ConsultationTable = {
      id: newId(),
      community_id: community.id,
      node_id: node.id,
      path: node.path,
      title: input.title.trim(),
      description: input.description.trim(),
      source: input.source,
      raised_by: input.raisedBy.trim(),
      state: 'proposed',
      scheduled_at: null,
      place: null,
      held_at: null,
      held_date: null,
      minutes: null,
      dropped_reason: null,
      created_by_user_id: actor.userId,
      created_by_label: actor.label,
      version: 1,
      created_at: now,
      updated_at: now,
    }
    await trx.insertInto('consultations').values(c).execute()
    if (requests.length > 0)
      await trx
        .insertInto('consultation_requests')
        .values(requests.map((r) => ({ consultation_id: c.id, item_id: r.id, created_at: now })))
        .execute()
    await writeAgenda(trx, c.id, input.agenda ?? [])
    const invited = await addInvitees(trx, c, input.invitees ?? [], now)
    await tellRequests(trx, actor, c, `已提交协商议事：《${c.title}》`, now)
    await audit(
      trx,
      actor,
      c,
      'create',
      { source: c.source, requests: requests.map((r) => r.number), invitees: invited },
      now,
    )
    return consultView(trx, actor, c)
  })
}

export async function getConsultation({ db, actor, id }: { db: Db; actor: Actor; id: string }) {
  return consultView(db, actor, requireReadable(actor, await findConsultation(db, id)))
}

/** A community's consultations, newest first; a reader sees those that concern their area. */
export async function listConsultations({
  db,
  actor,
  query,
}: {
  db: Db
  actor: Actor
  query: ConsultListQuery
}): Promise<{ items: ConsultSummary[]; nextCursor: string | null }> {
  const community = await db
    .selectFrom('org_nodes')
    .select(['id', 'path', 'kind'])
    .where('id', '=', query.communityId)
    .executeTakeFirst()
  if (!community || community.kind !== 'community') throw notFoundOrNoAccess('org_node')
  const probe = { path: community.path, community_id: community.id }
  // A reader's grants that touch the community: within it (a grid, a building) or above it.
  const scopes = actor.grants.flatMap((g) =>
    roleHas(g.role, 'consult.read') &&
    g.scopeKind === 'org' &&
    g.scopePath !== null &&
    (g.scopePath.startsWith(community.path) || community.path.startsWith(g.scopePath))
      ? [g.scopePath]
      : [],
  )
  const whole =
    actor.kind === 'system' || canManage(actor, probe) || scopes.some((p) => community.path.startsWith(p))
  if (!whole && scopes.length === 0) throw notFoundOrNoAccess('org_node')
  const limit = query.limit ?? 20
  let q = db
    .selectFrom('consultations as c')
    .innerJoin('org_nodes as n', 'n.id', 'c.node_id')
    .selectAll('c')
    .select(['n.name as node_name'])
    .select((eb) =>
      eb
        .selectFrom('consultation_decisions as d')
        .whereRef('d.consultation_id', '=', 'c.id')
        .select((e) => e.fn.countAll<number>().as('n'))
        .as('decision_count'),
    )
    .where('c.community_id', '=', community.id)
  if (query.state !== undefined) q = q.where('c.state', '=', query.state)
  if (query.cursor !== undefined) {
    const [id] = decodeCursor(query.cursor, ['string'])
    q = q.where('c.id', '<', String(id))
  }
  // A grid's or a building's reader sees the topics placed within their scope or above it.
  if (!whole)
    q = q.where((eb) =>
      eb.or(
        scopes.flatMap((p) => [
          eb.and([eb('c.path', '>=', pathRange(p).from), eb('c.path', '<', pathRange(p).to)]),
          eb('c.path', 'in', prefixesOf(p)),
        ]),
      ),
    )
  const rows = await q
    .orderBy('c.id', 'desc')
    .limit(limit + 1)
    .execute()
  return toPage(
    rows,
    limit,
    (r) => [r.id],
    (r) => ({
      id: r.id,
      title: r.title,
      state: r.state,
      stateZh: stateNamesZh[r.state],
      source: r.source,
      place: { id: r.node_id, name: r.node_name },
      scheduledAt: r.scheduled_at,
      heldAt: r.held_at,
      decisions: toNumber(r.decision_count),
      createdAt: r.created_at,
    }),
  )
}

type Write<T> = { db: Db; actor: Actor; id: string; input: T; now: number }

async function change<T>(
  { db, actor, id }: Write<T>,
  work: (trx: Executor, c: ConsultationTable) => Promise<ConsultationTable>,
): Promise<ConsultView> {
  return db.transaction().execute(async (trx) => {
    const c = requireManageable(actor, await lockConsultation(trx, id))
    return consultView(trx, actor, await work(trx, c))
  })
}

export async function setAgenda(w: Write<AgendaBody>): Promise<ConsultView> {
  return change(w, async (trx, c) => {
    if (!isPreparing(c.state)) throw wrongState(c, '修改议程', 'agenda')
    const after = await updateConsultation(trx, c, w.input.version, {}, w.now)
    await writeAgenda(trx, c.id, w.input.items)
    await audit(trx, w.actor, c, 'agenda', { items: w.input.items.length }, w.now)
    return after
  })
}

export async function invite(w: Write<InviteBody>): Promise<ConsultView> {
  return change(w, async (trx, c) => {
    if (!isPreparing(c.state)) throw wrongState(c, '邀请参会人', 'invite')
    const n = await addInvitees(trx, c, w.input.invitees, w.now)
    await audit(trx, w.actor, c, 'invite', { invitees: n }, w.now)
    return c
  })
}

export async function uninvite(w: Write<{ inviteeId: string }>): Promise<ConsultView> {
  return change(w, async (trx, c) => {
    if (!isPreparing(c.state)) throw wrongState(c, '取消邀请', 'uninvite')
    const gone = await trx
      .deleteFrom('consultation_invitees')
      .where('id', '=', w.input.inviteeId)
      .where('consultation_id', '=', c.id)
      .executeTakeFirst()
    if (Number(gone.numDeletedRows) !== 1) throw notFoundOrNoAccess('consultation_invitee')
    await audit(trx, w.actor, c, 'uninvite', { inviteeId: w.input.inviteeId }, w.now)
    return c
  })
}

export async function schedule(w: Write<ScheduleBody>): Promise<ConsultView> {
  return change(w, async (trx, c) => {
    if (!isPreparing(c.state)) throw wrongState(c, '安排会议', 'schedule')
    const after = await updateConsultation(
      trx,
      c,
      w.input.version,
      { state: 'scheduled', scheduled_at: w.input.scheduledAt, place: w.input.place.trim() },
      w.now,
    )
    await audit(trx, w.actor, c, 'schedule', { at: w.input.scheduledAt, place: after.place }, w.now)
    return after
  })
}

/** The meeting's record: who came (of the invitees), the minutes, photos; the topic is then held. */
export async function recordMeeting(w: Write<MeetingBody>): Promise<ConsultView> {
  return change(w, async (trx, c) => {
    if (c.state !== 'scheduled') throw wrongState(c, '记录会议', 'meeting')
    if (w.input.heldAt > w.now)
      throw new AppError('VALIDATION_FAILED', {
        fields: [{ path: '/heldAt', rule: 'past', message: '会议时间不能晚于现在' }],
      })
    const invitees = await listInvitees(trx, c.id)
    const known = new Set(invitees.map((i) => i.id))
    const strangers = w.input.attended.filter((id) => !known.has(id))
    if (strangers.length > 0)
      throw new AppError('UNPROCESSABLE', {
        reason: 'attendance names someone not invited',
        reasonZh: '到会名单中有未受邀的人员',
        inviteeIds: strangers,
      })
    const photos = await checkPhotos(trx, w.input.photos, '/photos')
    const after = await updateConsultation(
      trx,
      c,
      w.input.version,
      {
        state: 'held',
        held_at: w.input.heldAt,
        held_date: localDate(w.input.heldAt),
        minutes: w.input.minutes.trim(),
      },
      w.now,
    )
    if (w.input.attended.length > 0)
      await trx
        .updateTable('consultation_invitees')
        .set({ attended: 1 })
        .where('consultation_id', '=', c.id)
        .where('id', 'in', w.input.attended)
        .execute()
    if (photos.length > 0)
      await trx
        .insertInto('consultation_photos')
        .values(photos.map((file_id) => ({ consultation_id: c.id, file_id, created_at: w.now })))
        .execute()
    await audit(
      trx,
      w.actor,
      c,
      'meeting',
      { attended: w.input.attended.length, invited: invitees.length, photos: photos.length },
      w.now,
    )
    return after
  })
}

export async function dropConsultation(w: Write<DropBody>): Promise<ConsultView> {
  return change(w, async (trx, c) => {
    if (!isPreparing(c.state)) throw wrongState(c, '撤销议题', 'drop')
    const after = await updateConsultation(
      trx,
      c,
      w.input.version,
      { state: 'dropped', dropped_reason: w.input.reason.trim() },
      w.now,
    )
    await tellRequests(trx, w.actor, c, `协商议事《${c.title}》已撤销：${w.input.reason.trim()}`, w.now)
    await audit(trx, w.actor, c, 'drop', { reason: w.input.reason }, w.now)
    return after
  })
}

// --- Decisions ----------------------------------------------------------------------------------

/**
 * A decision of the meeting, written once. An open vote (记名表决) keeps each attendee's ballot and
 * counts them; a secret vote keeps only counts, no more than those present. A ballot from someone
 * not invited, or invited but absent, refuses the whole decision.
 */
export async function recordDecision(w: Write<DecisionBody>): Promise<ConsultView> {
  const { input, actor, now } = w
  return change(w, async (trx, c) => {
    if (!takesDecisions(c.state)) throw wrongState(c, '记录决定', 'decide')
    const invitees = await listInvitees(trx, c.id)
    if (!invitees.some((i) => i.attended === 1))
      throw new AppError('UNPROCESSABLE', {
        reason: 'nobody attended',
        reasonZh: '会议没有到会人员，不能形成决定',
      })
    let counts: Counts | null = null
    let ballots: { inviteeId: string; choice: 'for' | 'against' | 'abstain' }[] = []
    if (input.method === 'vote' && input.openVote) {
      const problems = checkBallots(
        invitees.map((i) => ({ id: i.id, attended: i.attended === 1 })),
        input.ballots,
      )
      if (problems.length > 0) {
        const names = new Map(invitees.map((i) => [i.id, i.name]))
        const words = { not_invited: '未受邀', absent: '未到会', twice: '重复投票' } as const
        throw new AppError('UNPROCESSABLE', {
          reason: 'only invitees who attended vote, once each',
          reasonZh: `只有到会的受邀人员可以表决：${problems
            .map((p) => `${names.get(p.inviteeId) ?? p.inviteeId.slice(0, 8)}（${words[p.problem]}）`)
            .join('、')}`,
          problems,
        })
      }
      ballots = input.ballots
      counts = tally(ballots)
    } else if (input.method === 'vote') {
      counts = input.counts
      const cast = counts.for + counts.against + counts.abstain
      const present = invitees.filter((i) => i.attended === 1).length
      if (cast === 0) throw new AppError('UNPROCESSABLE', { reason: 'no votes', reasonZh: '请填写表决票数' })
      if (cast > present)
        throw new AppError('UNPROCESSABLE', {
          reason: 'more votes than attendees',
          reasonZh: `票数合计 ${String(cast)} 超过到会人数 ${String(present)}`,
          cast,
          present,
        })
    }
    const replaced =
      input.supersedesId === undefined
        ? undefined
        : await trx
            .selectFrom('consultation_decisions')
            .select(['id', 'seq'])
            .where('id', '=', input.supersedesId)
            .where('consultation_id', '=', c.id)
            .executeTakeFirst()
    if (input.supersedesId !== undefined) {
      if (!replaced) throw notFoundOrNoAccess('consultation_decision')
      const already = await trx
        .selectFrom('consultation_decisions')
        .select('seq')
        .where('supersedes_id', '=', replaced.id)
        .executeTakeFirst()
      if (already)
        throw new AppError('CONFLICT', {
          reason: 'already corrected',
          reasonZh: `决定 ${String(replaced.seq)} 已由决定 ${String(already.seq)} 更正`,
        })
    }
    const outcome = counts === null ? 'adopted' : voteOutcome(counts)
    const last = await trx
      .selectFrom('consultation_decisions')
      .select((eb) => eb.fn.max('seq').as('m'))
      .where('consultation_id', '=', c.id)
      .executeTakeFirst()
    const seq = toNumber(last?.m) + 1
    const id = newId()
    await trx
      .insertInto('consultation_decisions')
      .values({
        id,
        consultation_id: c.id,
        community_id: c.community_id,
        seq,
        text: input.text.trim(),
        method: input.method,
        open_vote: input.method === 'vote' && input.openVote ? 1 : 0,
        votes_for: counts?.for ?? null,
        votes_against: counts?.against ?? null,
        votes_abstain: counts?.abstain ?? null,
        outcome,
        decided_at: now,
        decided_date: localDate(now),
        recorded_by_user_id: actor.userId,
        recorded_by_label: actor.label,
        supersedes_id: replaced?.id ?? null,
      })
      .execute()
    if (ballots.length > 0)
      await trx
        .insertInto('consultation_ballots')
        .values(ballots.map((b) => ({ decision_id: id, invitee_id: b.inviteeId, choice: b.choice })))
        .execute()
    const after =
      c.state === 'decided' ? c : await updateConsultation(trx, c, c.version, { state: 'decided' }, now)
    const verdict = outcome === 'adopted' ? '通过' : '未通过'
    const correction = replaced ? `（更正决定 ${String(replaced.seq)}）` : ''
    const tally_ = counts
      ? `（赞成 ${String(counts.for)}，反对 ${String(counts.against)}，弃权 ${String(counts.abstain)}）`
      : '（协商一致）'
    await tellRequests(
      trx,
      actor,
      c,
      `协商议事《${c.title}》决定${verdict}：${input.text.trim()}${tally_}${correction}`,
      now,
    )
    // The audit keeps the counts, never who voted how.
    await audit(
      trx,
      actor,
      c,
      'decide',
      {
        decisionId: id,
        seq,
        method: input.method,
        openVote: ballots.length > 0,
        counts,
        outcome,
        ...(replaced ? { supersedes: replaced.seq } : {}),
      },
      now,
    )
    return after
  })
}

/** A meeting photo, for whoever may read the consultation. */
export async function openConsultPhoto({
  db,
  files,
  actor,
  id,
  fileId,
}: {
  db: Db
  files: FileStore
  actor: Actor
  id: string
  fileId: string
}): Promise<{ mime: string; size: number; stream: Readable }> {
  const c = requireReadable(actor, await findConsultation(db, id))
  const file = await db
    .selectFrom('consultation_photos as p')
    .innerJoin('files as f', 'f.id', 'p.file_id')
    .select(['f.mime', 'f.size'])
    .where('p.consultation_id', '=', c.id)
    .where('p.file_id', '=', fileId)
    .executeTakeFirst()
  if (!file) throw notFoundOrNoAccess('file')
  return { mime: file.mime, size: file.size, stream: files.open(fileId) }
}
