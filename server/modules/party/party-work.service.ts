// 先锋岗 and 需求/任务 (微心愿, 志愿服务任务): the community defines posts and publishes needs and
// tasks; members claim them (staff may claim for a member). A claim locks its post's or task's row
// (PostgreSQL) before it counts the places taken, so two members taking the last place at the same
// moment cannot both succeed.
import type { Db, Executor } from '../../db/index.js'
import type { Actor } from '../../platform/access.js'
import { recordAudit } from '../../platform/audit.js'
import { AppError, notFoundOrNoAccess } from '../../platform/errors.js'
import { newId } from '../../platform/ids.js'
import { localDate } from '../../platform/time.js'
import { communityFor, manages } from './party-access.service.js'
import { lockPost, lockTask } from './party.repository.js'
import type { ClaimBody, PostBody, PostView, TaskBody, TaskQuery, TaskView } from './party.schemas.js'
import { claimant, invalid } from './party.service.js'
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
