// 三保留 — the collective economic organisation of a village: its decisions (成员大会 / 成员代表大会,
// with their vote counts), its members (confirmed by an adopted decision, kept wherever they now
// live) and its shares (a plan's total, changed only by append-only events under a lock of the
// plan). Read under collective.read on the village; written under collective.manage.
import type { Db, Executor, SharePlanTable } from '../../db/index.js'
import { dialectOf } from '../../db/index.js'
import type { Actor } from '../../platform/access.js'
import { villageBooks } from '../books/index.js'
import { recordAudit } from '../../platform/audit.js'
import { AppError, notFoundOrNoAccess } from '../../platform/errors.js'
import { newId } from '../../platform/ids.js'
import {
  decisionKindNamesZh,
  type DecisionBody,
  type EndMemberBody,
  type MemberBody,
  type PlanBody,
  type ShareEventBody,
  type SharesView,
} from './collective.schemas.js'
import {
  applyShareEvent,
  emptyHoldings,
  holdingsAddUp,
  memberBasisNamesZh,
  shareEventNamesZh,
  type Holdings,
  type MemberStanding,
} from './shares.domain.js'

const meetingNamesZh = { members: '成员大会', representatives: '成员代表大会' } as const

function invalid(path: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', { fields: [{ path, rule: 'collective', message }] })
}

/** An adopted decision of the organisation, of the kind the step needs. */
async function adoptedDecision(
  db: Executor,
  villageId: string,
  id: string,
  kinds: readonly string[],
  path: string,
) {
  const d = await db.selectFrom('collective_decisions').selectAll().where('id', '=', id).executeTakeFirst()
  if (!d || d.village_id !== villageId) throw invalid(path, '决议不存在或不属于本集体经济组织')
  if (!kinds.includes(d.kind))
    throw invalid(
      path,
      `请选择“${kinds.map((k) => decisionKindNamesZh[k as keyof typeof decisionKindNamesZh]).join('”或“')}”类决议`,
    )
  if (d.adopted !== 1) throw invalid(path, `决议“${d.title}”未获通过`)
  return d
}

// --- Decisions ------------------------------------------------------------------------------------

function decisionView(d: Awaited<ReturnType<typeof listDecisionRows>>[number]) {
  return {
    id: d.id,
    kind: d.kind,
    kindZh: decisionKindNamesZh[d.kind],
    meeting: d.meeting,
    meetingZh: meetingNamesZh[d.meeting],
    heldOn: d.held_on,
    title: d.title,
    resolution: d.resolution,
    attendees: d.attendees,
    votesFor: d.votes_for,
    votesAgainst: d.votes_against,
    votesAbstain: d.votes_abstain,
    adopted: d.adopted === 1,
    recordedBy: d.recorded_by_label,
    at: d.created_at,
  }
}

function listDecisionRows(db: Executor, villageId: string) {
  return db
    .selectFrom('collective_decisions')
    .selectAll()
    .where('village_id', '=', villageId)
    .orderBy('held_on', 'desc')
    .orderBy('created_at', 'desc')
    .execute()
}

export async function listDecisions({ db, actor, villageId }: { db: Db; actor: Actor; villageId: string }) {
  await villageBooks(db, actor, villageId, 'collective.read')
  return { items: (await listDecisionRows(db, villageId)).map(decisionView) }
}

/** Records a meeting's decision with its counts; it is adopted when more than half of those attending voted for it. */
export async function recordDecision({
  db,
  actor,
  villageId,
  input,
  now,
}: {
  db: Db
  actor: Actor
  villageId: string
  input: DecisionBody
  now: number
}) {
  return db.transaction().execute(async (trx) => {
    await villageBooks(trx, actor, villageId, 'collective.manage')
    if (input.votesFor + input.votesAgainst + input.votesAbstain > input.attendees)
      throw invalid('/votesFor', '赞成、反对、弃权票数之和不能超过到会人数')
    const row = {
      id: newId(),
      village_id: villageId,
      kind: input.kind,
      meeting: input.meeting,
      held_on: input.heldOn,
      title: input.title.trim(),
      resolution: input.resolution.trim(),
      attendees: input.attendees,
      votes_for: input.votesFor,
      votes_against: input.votesAgainst,
      votes_abstain: input.votesAbstain,
      adopted: input.votesFor * 2 > input.attendees ? (1 as const) : (0 as const),
      recorded_by_user_id: actor.userId,
      recorded_by_label: actor.label,
      created_at: now,
    }
    await trx.insertInto('collective_decisions').values(row).execute()
    await recordAudit(trx, {
      actor,
      action: 'collective.decision',
      targetType: 'collective_decision',
      targetId: row.id,
      villageId,
      summary: {
        kind: row.kind,
        title: row.title,
        for: row.votes_for,
        attendees: row.attendees,
        adopted: row.adopted === 1,
      },
      at: now,
    })
    return decisionView(row)
  })
}

// --- Members ---------------------------------------------------------------------------------------

async function memberRows(db: Executor, villageId: string, status: 'active' | 'ended' | 'all', id?: string) {
  let q = db
    .selectFrom('collective_members as m')
    .innerJoin('persons as p', 'p.id', 'm.person_id')
    .innerJoin('collective_decisions as d', 'd.id', 'm.decision_id')
    .leftJoin('org_nodes as c', 'c.id', 'p.community_id')
    .leftJoin('users as u', 'u.id', 'm.user_id')
    .select([
      'u.username as account',
      'm.id',
      'm.person_id',
      'm.basis',
      'm.status',
      'm.since_on',
      'm.ended_on',
      'm.end_reason',
      'm.version',
      'd.id as decision_id',
      'd.title as decision_title',
      'p.name',
      'p.sex',
      'p.birth_date',
      'c.name as community_name',
    ])
    .where('m.village_id', '=', villageId)
  if (status !== 'all') q = q.where('m.status', '=', status)
  if (id !== undefined) q = q.where('m.id', '=', id)
  return q.orderBy('p.name_sort').orderBy('m.id').execute()
}

export async function holdingsOf(
  db: Executor,
  villageId: string,
): Promise<{ plan: SharePlanTable | undefined; h: Holdings }> {
  const plan = await db
    .selectFrom('share_plans')
    .selectAll()
    .where('village_id', '=', villageId)
    .executeTakeFirst()
  if (!plan) return { plan, h: emptyHoldings(0) }
  const events = await db
    .selectFrom('share_events')
    .selectAll()
    .where('plan_id', '=', plan.id)
    .orderBy('seq')
    .execute()
  // Events were checked when recorded; replaying them only sums.
  const byMember = new Map<string, number>()
  let collective = plan.total_shares
  for (const e of events) {
    if (e.from_member_id) byMember.set(e.from_member_id, (byMember.get(e.from_member_id) ?? 0) - e.shares)
    else collective -= e.shares
    if (e.to_member_id) byMember.set(e.to_member_id, (byMember.get(e.to_member_id) ?? 0) + e.shares)
    else collective += e.shares
  }
  return { plan, h: { total: plan.total_shares, collective, byMember } }
}

export async function listMembers({
  db,
  actor,
  villageId,
  status,
}: {
  db: Db
  actor: Actor
  villageId: string
  status?: 'active' | 'ended' | 'all'
}) {
  await villageBooks(db, actor, villageId, 'collective.read')
  const rows = await memberRows(db, villageId, status ?? 'active')
  const { h } = await holdingsOf(db, villageId)
  return { items: rows.map((r) => memberView(r, h)) }
}

function memberView(r: Awaited<ReturnType<typeof memberRows>>[number], h: Holdings) {
  return {
    id: r.id,
    personId: r.person_id,
    name: r.name,
    sex: r.sex,
    birthDate: r.birth_date,
    livesIn: r.community_name,
    basis: r.basis,
    basisZh: memberBasisNamesZh[r.basis],
    status: r.status,
    sinceOn: r.since_on,
    decision: { id: r.decision_id, title: r.decision_title },
    endedOn: r.ended_on,
    endReason: r.end_reason,
    shares: h.byMember.get(r.id) ?? 0,
    account: r.account,
    version: r.version,
  }
}

/** Confirms a person as a member, on an adopted decision; one active membership per person. */
export async function confirmMember({
  db,
  actor,
  villageId,
  input,
  now,
}: {
  db: Db
  actor: Actor
  villageId: string
  input: MemberBody
  now: number
}) {
  return db.transaction().execute(async (trx) => {
    await villageBooks(trx, actor, villageId, 'collective.manage')
    await adoptedDecision(trx, villageId, input.decisionId, ['membership'], '/decisionId')
    const person = await trx
      .selectFrom('persons')
      .select(['id', 'name', 'status'])
      .where('id', '=', input.personId)
      .executeTakeFirst()
    if (!person) throw invalid('/personId', '人员不存在')
    if (person.status === 'deceased') throw invalid('/personId', `${person.name}已故，不能确认为成员`)
    const existing = await trx
      .selectFrom('collective_members')
      .select('id')
      .where('village_id', '=', villageId)
      .where('person_id', '=', person.id)
      .where('status', '=', 'active')
      .executeTakeFirst()
    if (existing)
      throw new AppError('CONFLICT', {
        reason: 'already a member',
        reasonZh: `${person.name}已是本集体经济组织成员`,
      })
    const id = newId()
    await trx
      .insertInto('collective_members')
      .values({
        id,
        village_id: villageId,
        person_id: person.id,
        basis: input.basis,
        status: 'active',
        since_on: input.sinceOn,
        decision_id: input.decisionId,
        ended_on: null,
        end_reason: null,
        end_decision_id: null,
        version: 1,
        created_at: now,
        updated_at: now,
      })
      .execute()
    await recordAudit(trx, {
      actor,
      action: 'collective.member.confirm',
      targetType: 'collective_member',
      targetId: id,
      villageId,
      summary: { person: person.name, basis: input.basis, decision: input.decisionId },
      at: now,
    })
    const [row] = await memberRows(trx, villageId, 'all', id)
    if (!row) throw new AppError('INTERNAL', { reason: 'member vanished' })
    return memberView(row, (await holdingsOf(trx, villageId)).h)
  })
}

/** A membership ends (death, withdrawal …); its shares stay until inherited or bought back. */
export async function endMember({
  db,
  actor,
  villageId,
  memberId,
  input,
  now,
}: {
  db: Db
  actor: Actor
  villageId: string
  memberId: string
  input: EndMemberBody
  now: number
}) {
  return db.transaction().execute(async (trx) => {
    await villageBooks(trx, actor, villageId, 'collective.manage')
    const m = await trx
      .selectFrom('collective_members')
      .selectAll()
      .where('id', '=', memberId)
      .where('village_id', '=', villageId)
      .executeTakeFirst()
    if (!m) throw notFoundOrNoAccess('collective_member')
    if (m.status !== 'active')
      throw new AppError('CONFLICT', { reason: 'already ended', reasonZh: '该成员资格已终止' })
    if (m.version !== input.version)
      throw new AppError('VERSION_CONFLICT', { entity: 'collective_member', expectedVersion: input.version })
    if (input.reason !== 'deceased') {
      if (input.decisionId === undefined)
        throw invalid('/decisionId', '除成员去世外，终止成员资格须有成员（代表）大会决议')
      await adoptedDecision(trx, villageId, input.decisionId, ['membership'], '/decisionId')
    }
    await trx
      .updateTable('collective_members')
      .set({
        status: 'ended',
        ended_on: input.endedOn,
        end_reason: input.reason,
        end_decision_id: input.decisionId ?? null,
        version: m.version + 1,
        updated_at: now,
      })
      .where('id', '=', m.id)
      .execute()
    await recordAudit(trx, {
      actor,
      action: 'collective.member.end',
      targetType: 'collective_member',
      targetId: m.id,
      villageId,
      summary: { reason: input.reason, endedOn: input.endedOn },
      at: now,
    })
    const [row] = await memberRows(trx, villageId, 'all', m.id)
    if (!row) throw new AppError('INTERNAL', { reason: 'member vanished' })
    return memberView(row, (await holdingsOf(trx, villageId)).h)
  })
}

// --- Shares ---------------------------------------------------------------------------------------

export async function getShares({
  db,
  actor,
  villageId,
}: {
  db: Executor
  actor: Actor
  villageId: string
}): Promise<SharesView> {
  await villageBooks(db, actor, villageId, 'collective.read')
  const { plan, h } = await holdingsOf(db, villageId)
  if (!plan) return { plan: null, collectiveShares: 0, holders: [], addsUp: true, events: [] }
  const members = await memberRows(db, villageId, 'all')
  const name = new Map(members.map((m) => [m.id, m]))
  const decision = await db
    .selectFrom('collective_decisions')
    .select(['id', 'title'])
    .where('id', '=', plan.decision_id)
    .executeTakeFirstOrThrow()
  const events = await db
    .selectFrom('share_events')
    .selectAll()
    .where('plan_id', '=', plan.id)
    .orderBy('seq')
    .execute()
  return {
    plan: {
      id: plan.id,
      name: plan.name,
      totalShares: plan.total_shares,
      effectiveOn: plan.effective_on,
      decision: { id: decision.id, title: decision.title },
    },
    collectiveShares: h.collective,
    holders: [...h.byMember.entries()]
      .filter(([, shares]) => shares > 0)
      .map(([memberId, shares]) => ({
        memberId,
        name: name.get(memberId)?.name ?? '',
        status: name.get(memberId)?.status ?? 'ended',
        shares,
      }))
      .sort((a, b) => b.shares - a.shares || a.name.localeCompare(b.name, 'zh-CN')),
    addsUp: holdingsAddUp(h),
    events: events.map((e) => ({
      seq: e.seq,
      kind: e.kind,
      kindZh: shareEventNamesZh[e.kind],
      from: e.from_member_id ? (name.get(e.from_member_id)?.name ?? '') : null,
      to: e.to_member_id ? (name.get(e.to_member_id)?.name ?? '') : null,
      shares: e.shares,
      happenedOn: e.happened_on,
      note: e.note,
      recordedBy: e.recorded_by_label,
    })),
  }
}

/** The organisation's share plan (股权设置): its total, on an adopted decision. One per organisation. */
export async function createPlan({
  db,
  actor,
  villageId,
  input,
  now,
}: {
  db: Db
  actor: Actor
  villageId: string
  input: PlanBody
  now: number
}): Promise<SharesView> {
  await db.transaction().execute(async (trx) => {
    await villageBooks(trx, actor, villageId, 'collective.manage')
    await adoptedDecision(trx, villageId, input.decisionId, ['share_plan'], '/decisionId')
    const existing = await trx
      .selectFrom('share_plans')
      .select('name')
      .where('village_id', '=', villageId)
      .executeTakeFirst()
    if (existing)
      throw new AppError('CONFLICT', {
        reason: 'plan exists',
        reasonZh: `本集体经济组织已有股权设置方案“${existing.name}”`,
      })
    const id = newId()
    await trx
      .insertInto('share_plans')
      .values({
        id,
        village_id: villageId,
        name: input.name.trim(),
        total_shares: input.totalShares,
        effective_on: input.effectiveOn,
        decision_id: input.decisionId,
        next_seq: 1,
        created_at: now,
      })
      .execute()
    await recordAudit(trx, {
      actor,
      action: 'collective.share_plan',
      targetType: 'share_plan',
      targetId: id,
      villageId,
      summary: { name: input.name, total: input.totalShares },
      at: now,
    })
  })
  return getShares({ db, actor, villageId })
}

/**
 * A share event, checked against the holdings as they stand under a lock of the plan: a grant
 * from the collective's unallocated shares, a transfer between members, a deceased member's
 * shares to an heir who is a member, a buy-back by the collective. Refused with the reason, nothing
 * written, when it would not add up or would reach outside the organisation.
 */
export async function recordShareEvent({
  db,
  actor,
  villageId,
  input,
  now,
}: {
  db: Db
  actor: Actor
  villageId: string
  input: ShareEventBody
  now: number
}): Promise<SharesView> {
  await db.transaction().execute(async (trx) => {
    await villageBooks(trx, actor, villageId, 'collective.manage')
    let q = trx.selectFrom('share_plans').selectAll().where('village_id', '=', villageId)
    if (dialectOf(trx) === 'postgres') q = q.forUpdate()
    const plan = await q.executeTakeFirst()
    if (!plan) throw new AppError('UNPROCESSABLE', { reason: 'no share plan', reasonZh: '请先设置股权方案' })
    if ((input.kind === 'grant' || input.kind === 'buyback') && input.decisionId === undefined)
      throw invalid('/decisionId', '配股和回购须有成员（代表）大会决议')
    if (input.decisionId !== undefined)
      await adoptedDecision(
        trx,
        villageId,
        input.decisionId,
        ['share_plan', 'distribution', 'other'],
        '/decisionId',
      )
    const members = await trx
      .selectFrom('collective_members')
      .select(['id', 'status', 'end_reason'])
      .where('village_id', '=', villageId)
      .execute()
    const standing = new Map<string, MemberStanding>(
      members.map((m) => [m.id, { active: m.status === 'active', deceased: m.end_reason === 'deceased' }]),
    )
    const { h } = await holdingsOf(trx, villageId)
    const result = applyShareEvent(
      h,
      {
        kind: input.kind,
        from: input.fromMemberId ?? null,
        to: input.toMemberId ?? null,
        shares: input.shares,
      },
      (id) => standing.get(id),
    )
    if (!result.ok)
      throw new AppError('UNPROCESSABLE', { reason: 'share event refused', reasonZh: result.problem })
    const id = newId()
    await trx
      .insertInto('share_events')
      .values({
        id,
        plan_id: plan.id,
        seq: plan.next_seq,
        kind: input.kind,
        from_member_id: input.fromMemberId ?? null,
        to_member_id: input.toMemberId ?? null,
        shares: input.shares,
        decision_id: input.decisionId ?? null,
        happened_on: input.happenedOn,
        note: input.note ?? null,
        recorded_by_user_id: actor.userId,
        recorded_by_label: actor.label,
        at: now,
      })
      .execute()
    await trx
      .updateTable('share_plans')
      .set({ next_seq: plan.next_seq + 1 })
      .where('id', '=', plan.id)
      .execute()
    await recordAudit(trx, {
      actor,
      action: `collective.shares.${input.kind}`,
      targetType: 'share_plan',
      targetId: plan.id,
      villageId,
      summary: { seq: plan.next_seq, shares: input.shares, from: input.fromMemberId, to: input.toMemberId },
      at: now,
    })
  })
  return getShares({ db, actor, villageId })
}
