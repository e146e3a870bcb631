// 党员报到: members register with the community they live in (whatever branch holds their
// membership), the community's posts (先锋岗) and its needs and tasks (微心愿, 志愿服务任务) that they
// claim, and organisational life held at the community. A claim locks its post's or task's row
// (PostgreSQL) before it counts the places taken, so two members taking the last place at the same
// moment cannot both succeed; the database's partial unique indexes back the one-active rules.
import type { Db, Executor, OrgNodeTable } from '../../db/index.js'
import { classifyDatabaseError, toNumber } from '../../db/index.js'
import { roleHas, type Actor } from '../../platform/access.js'
import { recordAudit } from '../../platform/audit.js'
import { AppError, notFoundOrNoAccess } from '../../platform/errors.js'
import { newId } from '../../platform/ids.js'
import { decodeCursor, toPage } from '../../platform/pagination.js'
import { localDate } from '../../platform/time.js'
import { communityFor, manages, memberFor, myMembership } from './party-access.service.js'
import { homeKindNamesZh, homeNameFor, meetingKindNamesZh, type MeetingKind } from './party.domain.js'
import { findMember, lockPost, lockTask, memberRows, type MemberRow } from './party.repository.js'
import type {
  ClaimBody,
  LeaveBody,
  MeetingBody,
  MeetingQuery,
  MeetingView,
  MemberQuery,
  MemberView,
  PostBody,
  PostView,
  RegisterBody,
  TaskBody,
  TaskQuery,
  TaskView,
} from './party.schemas.js'

export function memberView(m: MemberRow): MemberView {
  return {
    id: m.id,
    communityId: m.community_id,
    personId: m.person_id,
    name: m.name,
    homeKind: m.home_kind,
    homeKindZh: homeKindNamesZh[m.home_kind],
    homeVillageId: m.home_village_id,
    homeName: m.home_name,
    registeredOn: m.registered_on,
    linkedUsername: m.username,
    status: m.status,
    leftOn: m.left_on,
    version: m.version,
  }
}

function invalid(path: string, rule: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', { fields: [{ path, rule, message }] })
}

// --- Registrations -----------------------------------------------------------------------------------

async function linkedUser(db: Executor, username: string | undefined): Promise<string | null> {
  if (username === undefined) return null
  const user = await db
    .selectFrom('users')
    .select(['id', 'disabled'])
    .where('username', '=', username)
    .executeTakeFirst()
  if (!user || user.disabled === 1) throw invalid('/linkedUsername', 'user', `没有账号“${username}”`)
  const grants = await db.selectFrom('grants').select('role').where('user_id', '=', user.id).execute()
  if (!grants.some((g) => roleHas(g.role as Parameters<typeof roleHas>[0], 'party.serve')))
    throw invalid('/linkedUsername', 'party member role', `账号“${username}”没有党员角色`)
  return user.id
}

export async function registerMember({
  db,
  actor,
  input,
  now,
}: {
  db: Db
  actor: Actor
  input: RegisterBody
  now: number
}): Promise<MemberView> {
  const id = await db.transaction().execute(async (trx) => {
    const community = await communityFor(trx, actor, input.communityId, 'manage')
    const person = await trx
      .selectFrom('persons')
      .select(['id', 'name', 'path', 'community_id', 'party_member', 'status'])
      .where('id', '=', input.personId)
      .executeTakeFirst()
    if (!person || person.community_id !== community.id || person.status !== 'active')
      throw notFoundOrNoAccess('person')
    if (person.party_member !== 1)
      throw new AppError('UNPROCESSABLE', {
        reason: 'not a party member',
        reasonZh: `${person.name}在人口信息中不是党员，不能登记党员报到；如有误，请先更正人口信息`,
      })
    let villageName: string | null = null
    if (input.homeKind === 'village_branch') {
      if (input.homeVillageId === undefined) throw invalid('/homeVillageId', 'required', '请选择原村')
      const village = await trx
        .selectFrom('villages')
        .select('name')
        .where('id', '=', input.homeVillageId)
        .executeTakeFirst()
      if (!village) throw invalid('/homeVillageId', 'village', '原村不存在')
      villageName = village.name
    } else if (input.homeVillageId !== undefined)
      throw invalid('/homeVillageId', 'only for village branches', '只有村党支部需要选择原村')
    const homeName = homeNameFor(input.homeKind, input.homeName ?? '', villageName)
    if (homeName === '') throw invalid('/homeName', 'required', '请填写组织关系所在党组织名称')
    if (input.registeredOn > localDate(now))
      throw invalid('/registeredOn', 'not future', '报到日期不能晚于今天')
    const existing = await trx
      .selectFrom('party_registrations')
      .select('id')
      .where('person_id', '=', person.id)
      .where('status', '=', 'active')
      .executeTakeFirst()
    if (existing)
      throw new AppError('CONFLICT', {
        reason: 'already registered',
        reasonZh: `${person.name}已经报到登记，不能重复登记`,
        registrationId: existing.id,
      })
    const userId = await linkedUser(trx, input.linkedUsername)
    const id = newId()
    try {
      await trx
        .insertInto('party_registrations')
        .values({
          id,
          community_id: community.id,
          path: person.path,
          person_id: person.id,
          home_kind: input.homeKind,
          home_village_id: input.homeVillageId ?? null,
          home_name: homeName,
          registered_on: input.registeredOn,
          user_id: userId,
          status: 'active',
          left_on: null,
          version: 1,
          created_at: now,
          updated_at: now,
        })
        .execute()
    } catch (error) {
      // Two desks registering one member at once: the partial unique index decides.
      if (classifyDatabaseError(error)?.kind === 'unique')
        throw new AppError('CONFLICT', {
          reason: 'already registered',
          reasonZh: `${person.name}已经报到登记（或该账号已关联其他党员），不能重复登记`,
        })
      throw error
    }
    await recordAudit(trx, {
      actor,
      action: 'party.register',
      targetType: 'party_registration',
      targetId: id,
      scopePath: community.path,
      summary: { member: person.name, home: homeName, registeredOn: input.registeredOn },
      at: now,
    })
    return id
  })
  const member = await findMember(db, id)
  if (!member) throw notFoundOrNoAccess('party_registration')
  return memberView(member)
}

export async function leaveMember({
  db,
  actor,
  registrationId,
  input,
  now,
}: {
  db: Db
  actor: Actor
  registrationId: string
  input: LeaveBody
  now: number
}): Promise<MemberView> {
  await db.transaction().execute(async (trx) => {
    const { member, community, asStaff } = await memberFor(trx, actor, registrationId)
    if (!asStaff) throw notFoundOrNoAccess('party_registration')
    if (member.status !== 'active')
      throw new AppError('INVALID_TRANSITION', { state: '已离开', action: '登记离开' })
    if (input.leftOn < member.registered_on)
      throw invalid('/leftOn', 'after registering', '离开日期不能早于报到日期')
    const ok = await trx
      .updateTable('party_registrations')
      .set({ status: 'left', left_on: input.leftOn, version: member.version + 1, updated_at: now })
      .where('id', '=', member.id)
      .where('version', '=', input.version)
      .executeTakeFirst()
    if (ok.numUpdatedRows === 0n)
      throw new AppError('VERSION_CONFLICT', { entity: 'party_registration', expectedVersion: input.version })
    await trx
      .updateTable('party_post_claims')
      .set({ state: 'ended', ended_on: input.leftOn, updated_at: now })
      .where('registration_id', '=', member.id)
      .where('state', '=', 'active')
      .execute()
    await recordAudit(trx, {
      actor,
      action: 'party.leave',
      targetType: 'party_registration',
      targetId: member.id,
      scopePath: community.path,
      summary: { member: member.name, leftOn: input.leftOn },
      at: now,
    })
  })
  const member = await findMember(db, registrationId)
  if (!member) throw notFoundOrNoAccess('party_registration')
  return memberView(member)
}

export async function listMembers({ db, actor, query }: { db: Db; actor: Actor; query: MemberQuery }) {
  const community = await communityFor(db, actor, query.communityId, 'manage')
  const limit = query.limit ?? 20
  let q = memberRows(db).where('g.community_id', '=', community.id)
  if (query.homeName !== undefined && query.homeName !== '') q = q.where('g.home_name', '=', query.homeName)
  if (query.homeKind !== undefined) q = q.where('g.home_kind', '=', query.homeKind)
  if (query.status !== undefined) q = q.where('g.status', '=', query.status)
  if (query.cursor !== undefined) {
    const [id] = decodeCursor(query.cursor, ['string'])
    q = q.where('g.id', '<', String(id))
  }
  const [rows, byHome] = await Promise.all([
    q
      .orderBy('g.id', 'desc')
      .limit(limit + 1)
      .execute(),
    db
      .selectFrom('party_registrations')
      .select(['home_name', 'home_kind', (eb) => eb.fn.countAll<number>().as('n')])
      .where('community_id', '=', community.id)
      .where('status', '=', 'active')
      .groupBy(['home_name', 'home_kind'])
      .execute(),
  ])
  return {
    ...toPage(rows, limit, (r) => [r.id], memberView),
    byHome: byHome
      .map((h) => ({ homeName: h.home_name, homeKind: h.home_kind, members: toNumber(h.n) }))
      .sort((a, b) => b.members - a.members || a.homeName.localeCompare(b.homeName, 'zh-CN')),
  }
}

/** The old villages a member of the community may come from: those of its street office or park. */
export async function listHomeVillages({
  db,
  actor,
  communityId,
}: {
  db: Db
  actor: Actor
  communityId: string
}) {
  const community = await communityFor(db, actor, communityId, 'manage')
  const rows = await db.selectFrom('villages').select(['id', 'name', 'area_path']).orderBy('code').execute()
  return {
    items: rows
      .filter((v) => community.path.startsWith(v.area_path))
      .map((v) => ({ id: v.id, name: v.name })),
  }
}

/** The signed-in party member's own registration (404 when they have none in the community). */
export async function getMyMembership({
  db,
  actor,
  communityId,
}: {
  db: Db
  actor: Actor
  communityId: string
}) {
  const community = await communityFor(db, actor, communityId, 'see')
  return memberView(await myMembership(db, actor, community))
}

/** Who a claim is for: the member named by staff, or the signed-in member themself. */
async function claimant(trx: Executor, actor: Actor, community: OrgNodeTable, input: ClaimBody) {
  if (input.registrationId === undefined) return myMembership(trx, actor, community)
  const { member } = await memberFor(trx, actor, input.registrationId)
  if (member.community_id !== community.id || member.status !== 'active')
    throw notFoundOrNoAccess('party_registration')
  return member
}

// --- Posts (先锋岗) -----------------------------------------------------------------------------------

export async function createPost({
  db,
  actor,
  input,
  now,
}: {
  db: Db
  actor: Actor
  input: PostBody
  now: number
}) {
  const id = await db.transaction().execute(async (trx) => {
    const community = await communityFor(trx, actor, input.communityId, 'manage')
    if (input.nodeId !== undefined) {
      const node = await trx
        .selectFrom('org_nodes')
        .select('path')
        .where('id', '=', input.nodeId)
        .executeTakeFirst()
      if (!node?.path.startsWith(community.path))
        throw invalid('/nodeId', 'in community', '岗位地点须在本社区内')
    }
    const id = newId()
    await trx
      .insertInto('party_posts')
      .values({
        id,
        community_id: community.id,
        name: input.name,
        duty: input.duty,
        node_id: input.nodeId ?? null,
        capacity: input.capacity ?? null,
        active: 1,
        version: 1,
        created_at: now,
        updated_at: now,
      })
      .execute()
    await recordAudit(trx, {
      actor,
      action: 'party.post.create',
      targetType: 'party_post',
      targetId: id,
      scopePath: community.path,
      summary: { name: input.name, capacity: input.capacity ?? null },
      at: now,
    })
    return id
  })
  const posts = await postsOf(db, actor, input.communityId)
  const post = posts.find((p) => p.id === id)
  if (!post) throw notFoundOrNoAccess('party_post')
  return post
}

async function postsOf(db: Executor, actor: Actor, communityId: string): Promise<PostView[]> {
  const posts = await db
    .selectFrom('party_posts as p')
    .leftJoin('org_nodes as n', 'n.id', 'p.node_id')
    .selectAll('p')
    .select('n.name as place')
    .where('p.community_id', '=', communityId)
    .where('p.active', '=', 1)
    .orderBy('p.name')
    .execute()
  const holders = await db
    .selectFrom('party_post_claims as c')
    .innerJoin('party_posts as p', 'p.id', 'c.post_id')
    .innerJoin('party_registrations as g', 'g.id', 'c.registration_id')
    .innerJoin('persons as s', 's.id', 'g.person_id')
    .select(['c.id', 'c.post_id', 'c.registration_id', 's.name', 'g.user_id'])
    .where('p.community_id', '=', communityId)
    .where('c.state', '=', 'active')
    .orderBy('c.created_at')
    .execute()
  return posts.map((p) => {
    const mine = holders.filter((h) => h.post_id === p.id)
    return {
      id: p.id,
      name: p.name,
      duty: p.duty,
      nodeId: p.node_id,
      place: p.place,
      capacity: p.capacity,
      holders: mine.map((h) => ({ claimId: h.id, registrationId: h.registration_id, name: h.name })),
      mine: actor.userId !== null && mine.some((h) => h.user_id === actor.userId),
    }
  })
}

export async function listPosts({ db, actor, communityId }: { db: Db; actor: Actor; communityId: string }) {
  const community = await communityFor(db, actor, communityId, 'see')
  return { items: await postsOf(db, actor, community.id), canManage: manages(actor, community.path) }
}

export async function claimPost({
  db,
  actor,
  postId,
  input,
  now,
}: {
  db: Db
  actor: Actor
  postId: string
  input: ClaimBody
  now: number
}): Promise<PostView> {
  const communityId = await db.transaction().execute(async (trx) => {
    const post = await lockPost(trx, postId)
    if (!post || post.active !== 1) throw notFoundOrNoAccess('party_post')
    const community = await communityFor(trx, actor, post.community_id, 'see')
    const member = await claimant(trx, actor, community, input)
    const active = await trx
      .selectFrom('party_post_claims')
      .select(['registration_id'])
      .where('post_id', '=', post.id)
      .where('state', '=', 'active')
      .execute()
    if (active.some((c) => c.registration_id === member.id))
      throw new AppError('CONFLICT', {
        reason: 'already holds the post',
        reasonZh: `${member.name}已在${post.name}`,
      })
    if (post.capacity !== null && active.length >= post.capacity)
      throw new AppError('CONFLICT', {
        reason: 'full',
        reasonZh: `${post.name}已满（${String(post.capacity)} 人）`,
      })
    await trx
      .insertInto('party_post_claims')
      .values({
        id: newId(),
        post_id: post.id,
        registration_id: member.id,
        state: 'active',
        claimed_on: localDate(now),
        ended_on: null,
        created_at: now,
        updated_at: now,
      })
      .execute()
    await recordAudit(trx, {
      actor,
      action: 'party.post.claim',
      targetType: 'party_post',
      targetId: post.id,
      scopePath: community.path,
      summary: { post: post.name, member: member.name },
      at: now,
    })
    return community.id
  })
  const post = (await postsOf(db, actor, communityId)).find((p) => p.id === postId)
  if (!post) throw notFoundOrNoAccess('party_post')
  return post
}

// --- Needs and tasks ---------------------------------------------------------------------------------

async function tasksOf(db: Executor, actor: Actor, communityId: string, ids?: string[]): Promise<TaskView[]> {
  let q = db.selectFrom('party_tasks').selectAll().where('community_id', '=', communityId)
  if (ids) q = q.where('id', 'in', ids)
  const tasks = await q.orderBy('on_date', 'desc').orderBy('id', 'desc').limit(200).execute()
  if (tasks.length === 0) return []
  const claims = await db
    .selectFrom('party_task_claims as c')
    .innerJoin('party_registrations as g', 'g.id', 'c.registration_id')
    .innerJoin('persons as s', 's.id', 'g.person_id')
    .select(['c.id', 'c.task_id', 'c.registration_id', 'c.state', 's.name', 'g.user_id'])
    .where(
      'c.task_id',
      'in',
      tasks.map((t) => t.id),
    )
    .orderBy('c.created_at')
    .execute()
  return tasks.map((t) => {
    const mine = claims.filter((c) => c.task_id === t.id)
    return {
      id: t.id,
      kind: t.kind,
      kindZh: t.kind === 'need' ? '微心愿' : '志愿服务任务',
      title: t.title,
      description: t.description,
      onDate: t.on_date,
      capacity: t.capacity,
      claimed: mine.length,
      state: t.state,
      claimants: mine.map((c) => ({
        claimId: c.id,
        registrationId: c.registration_id,
        name: c.name,
        state: c.state,
      })),
      mine: actor.userId !== null && mine.some((c) => c.user_id === actor.userId),
    }
  })
}

export async function createTask({
  db,
  actor,
  input,
  now,
}: {
  db: Db
  actor: Actor
  input: TaskBody
  now: number
}) {
  const id = await db.transaction().execute(async (trx) => {
    const community = await communityFor(trx, actor, input.communityId, 'manage')
    const id = newId()
    await trx
      .insertInto('party_tasks')
      .values({
        id,
        community_id: community.id,
        kind: input.kind,
        title: input.title,
        description: input.description,
        on_date: input.onDate,
        capacity: input.capacity,
        state: 'open',
        version: 1,
        created_at: now,
        updated_at: now,
      })
      .execute()
    await recordAudit(trx, {
      actor,
      action: 'party.task.create',
      targetType: 'party_task',
      targetId: id,
      scopePath: community.path,
      summary: { kind: input.kind, title: input.title, onDate: input.onDate, capacity: input.capacity },
      at: now,
    })
    return id
  })
  const [task] = await tasksOf(db, actor, input.communityId, [id])
  if (!task) throw notFoundOrNoAccess('party_task')
  return task
}

export async function listTasks({ db, actor, query }: { db: Db; actor: Actor; query: TaskQuery }) {
  const community = await communityFor(db, actor, query.communityId, 'see')
  const items = await tasksOf(db, actor, community.id)
  return {
    items: query.state === undefined ? items : items.filter((t) => t.state === query.state),
    canManage: manages(actor, community.path),
  }
}

export async function claimTask({
  db,
  actor,
  taskId,
  input,
  now,
}: {
  db: Db
  actor: Actor
  taskId: string
  input: ClaimBody
  now: number
}): Promise<TaskView> {
  const communityId = await db.transaction().execute(async (trx) => {
    // The task's row is locked first: whoever holds it counts and claims, the other waits and recounts.
    const task = await lockTask(trx, taskId)
    if (!task) throw notFoundOrNoAccess('party_task')
    const community = await communityFor(trx, actor, task.community_id, 'see')
    const member = await claimant(trx, actor, community, input)
    if (task.state !== 'open')
      throw new AppError('UNPROCESSABLE', { reason: 'closed', reasonZh: '该需求/任务已结束' })
    const claims = await trx
      .selectFrom('party_task_claims')
      .select('registration_id')
      .where('task_id', '=', task.id)
      .execute()
    if (claims.some((c) => c.registration_id === member.id))
      throw new AppError('CONFLICT', {
        reason: 'already claimed',
        reasonZh: `${member.name}已认领“${task.title}”`,
      })
    if (claims.length >= task.capacity)
      throw new AppError('CONFLICT', {
        reason: 'full',
        reasonZh: `“${task.title}”已被认领满（${String(task.capacity)} 人）`,
      })
    await trx
      .insertInto('party_task_claims')
      .values({
        id: newId(),
        task_id: task.id,
        registration_id: member.id,
        state: 'claimed',
        claimed_by_user_id: actor.userId,
        created_at: now,
        updated_at: now,
      })
      .execute()
    await recordAudit(trx, {
      actor,
      action: 'party.task.claim',
      targetType: 'party_task',
      targetId: task.id,
      scopePath: community.path,
      summary: { title: task.title, member: member.name },
      at: now,
    })
    return community.id
  })
  const [task] = await tasksOf(db, actor, communityId, [taskId])
  if (!task) throw notFoundOrNoAccess('party_task')
  return task
}

// --- Organisational life -----------------------------------------------------------------------------

async function meetingViews(
  db: Executor,
  meetings: { id: string; kind: string; held_on: string; topic: string }[],
) {
  const attendees =
    meetings.length === 0
      ? []
      : await db
          .selectFrom('party_attendances as a')
          .innerJoin('party_registrations as g', 'g.id', 'a.registration_id')
          .innerJoin('persons as s', 's.id', 'g.person_id')
          .select(['a.meeting_id', 'a.registration_id', 's.name', 'g.home_name'])
          .where(
            'a.meeting_id',
            'in',
            meetings.map((m) => m.id),
          )
          .orderBy('s.name_sort')
          .execute()
  return meetings.map((m): MeetingView => ({
    id: m.id,
    kind: m.kind as MeetingKind,
    kindZh: meetingKindNamesZh[m.kind as MeetingKind],
    heldOn: m.held_on,
    topic: m.topic,
    attendees: attendees
      .filter((a) => a.meeting_id === m.id)
      .map((a) => ({ registrationId: a.registration_id, name: a.name, homeName: a.home_name })),
  }))
}

export async function recordMeeting({
  db,
  actor,
  input,
  now,
}: {
  db: Db
  actor: Actor
  input: MeetingBody
  now: number
}): Promise<MeetingView> {
  const id = await db.transaction().execute(async (trx) => {
    const community = await communityFor(trx, actor, input.communityId, 'manage')
    if (input.heldOn > localDate(now)) throw invalid('/heldOn', 'not future', '组织生活须在举行后登记')
    if (input.attendees.length > 0) {
      const found = await trx
        .selectFrom('party_registrations')
        .select('id')
        .where('id', 'in', input.attendees)
        .where('community_id', '=', community.id)
        .where('status', '=', 'active')
        .execute()
      const known = new Set(found.map((f) => f.id))
      const missing = input.attendees.filter((a) => !known.has(a))
      if (missing.length > 0)
        throw new AppError('VALIDATION_FAILED', {
          fields: missing.map(() => ({
            path: '/attendees',
            rule: 'registered',
            message: '参加人须是本社区报到的党员',
          })),
        })
    }
    const id = newId()
    await trx
      .insertInto('party_meetings')
      .values({
        id,
        community_id: community.id,
        kind: input.kind,
        held_on: input.heldOn,
        topic: input.topic,
        recorded_by_label: actor.label,
        created_at: now,
      })
      .execute()
    if (input.attendees.length > 0)
      await trx
        .insertInto('party_attendances')
        .values(
          input.attendees.map((registration_id) => ({ meeting_id: id, registration_id, created_at: now })),
        )
        .execute()
    await recordAudit(trx, {
      actor,
      action: 'party.meeting.record',
      targetType: 'party_meeting',
      targetId: id,
      scopePath: community.path,
      summary: {
        kind: input.kind,
        heldOn: input.heldOn,
        topic: input.topic,
        attended: input.attendees.length,
      },
      at: now,
    })
    return id
  })
  const rows = await db.selectFrom('party_meetings').selectAll().where('id', '=', id).execute()
  const [view] = await meetingViews(db, rows)
  if (!view) throw notFoundOrNoAccess('party_meeting')
  return view
}

export async function listMeetings({ db, actor, query }: { db: Db; actor: Actor; query: MeetingQuery }) {
  const community = await communityFor(db, actor, query.communityId, 'manage')
  const limit = query.limit ?? 20
  let q = db.selectFrom('party_meetings').selectAll().where('community_id', '=', community.id)
  if (query.cursor !== undefined) {
    const [heldOn, id] = decodeCursor(query.cursor, ['string', 'string'])
    q = q.where((eb) =>
      eb.or([
        eb('held_on', '<', String(heldOn)),
        eb.and([eb('held_on', '=', String(heldOn)), eb('id', '<', String(id))]),
      ]),
    )
  }
  const rows = await q
    .orderBy('held_on', 'desc')
    .orderBy('id', 'desc')
    .limit(limit + 1)
    .execute()
  const page = toPage(
    rows,
    limit,
    (r) => [r.held_on, r.id],
    (r) => r,
  )
  return { items: await meetingViews(db, page.items), nextCursor: page.nextCursor }
}
