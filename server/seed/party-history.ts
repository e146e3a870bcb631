// 党员报到 in the demo: the demo account `dangyuan` (a party member, role party_member over
// 张码花园社区) always; in the full demo also the community's party members registered where they
// live (most from their old villages' branches, 李湾村党支部, 孔连村党支部 …, some from workplaces),
// its posts (先锋岗) and who holds them, a year of needs and tasks, service records (mostly
// confirmed by the secretary; the last fortnight's still waiting; a few returned or voided), and
// monthly organisational life with attendance. `dangyuan` is one of the 李湾村 members, linked to
// the registration so that signing in shows their own record. Rows are written directly (a year of
// history through the services would take minutes); the audit log starts with real use.
import type { Executor, PartyServiceRecordTable, PartyTaskClaimTable } from '../db/index.js'
import { grantRole } from '../modules/accounts/index.js'
import { nameKeys } from '../modules/registry/index.js'
import { systemActor } from '../platform/access.js'
import { newId } from '../platform/ids.js'
import { localDate } from '../platform/time.js'
import { hashSeed, Rng } from './random.js'

export const PARTY_DEMO_USERNAME = 'dangyuan'
export const PARTY_DEMO_NAME = '孙永福'
const DAY = 86_400_000

const workplaces = [
  '园区管委会机关党支部',
  '淮安市第三中学党支部',
  '园区供电所党支部',
  '江淮新材料有限公司党支部',
]
const posts: [string, string, string | null, number | null][] = [
  ['楼栋先锋岗', '联系本楼栋住户，收集民情民意，协助网格员排查隐患', '320812400001-B01', 6],
  ['环境卫生岗', '每周巡查小区环境卫生，劝导垃圾分类，组织清理楼道杂物', null, 10],
  ['文明劝导岗', '劝导电动车进楼充电、高空抛物、占道停车等不文明行为', null, 8],
  ['邻里互助岗', '结对帮扶独居老人、残疾人，上门走访，代办小事', null, null],
]
const needs = [
  '为独居老人更换楼道灯泡',
  '帮助留守儿童辅导功课',
  '陪同高龄老人到社区卫生服务站体检',
  '为行动不便的老人代买生活用品',
  '帮助老人学会使用智能手机',
  '修理孔连村安置户的漏水水龙头',
]
const tasks = [
  '小区环境卫生集中整治',
  '垃圾分类入户宣传',
  '防范电信诈骗宣传',
  '文明城市创建志愿服务',
  '重阳节走访慰问高龄老人',
  '防汛巡查值守',
]
const meetingTopics = [
  '学习党的二十届三中全会精神',
  '安置小区治理“小事不出网格”经验交流',
  '垃圾分类和文明创建中党员怎么做',
  '党员联系户走访情况交流',
  '学习《中国共产党纪律处分条例》',
  '红色物业与居民议事',
]

/** The demo party member's account and grant, in both demo sizes. */
async function grantDemoMember(trx: Executor, input: { userId: string; communityId: string; now: number }) {
  await grantRole(trx, {
    actor: systemActor('seed --demo'),
    userId: input.userId,
    role: 'party_member',
    scope: { kind: 'org', id: input.communityId },
    now: input.now,
  })
}

export async function seedPartyHistory(
  trx: Executor,
  input: { now: number; communityId: string; users: Map<string, string>; full: boolean },
): Promise<{ members: number; records: number; meetings: number }> {
  const { now, communityId } = input
  const userId = input.users.get(PARTY_DEMO_USERNAME)
  if (!userId) throw new Error('demo user dangyuan missing')
  await grantDemoMember(trx, { userId, communityId, now })
  if (!input.full) return { members: 0, records: 0, meetings: 0 }
  const rng = new Rng(hashSeed('tongxin-demo-party'))
  const today = localDate(now)
  const dayBefore = (days: number) => localDate(now - days * DAY)
  const persons = await trx
    .selectFrom('persons as p')
    .leftJoin('villages as v', 'v.id', 'p.origin_village_id')
    .select(['p.id', 'p.path', 'p.name', 'p.origin_village_id', 'v.name as village'])
    .where('p.community_id', '=', communityId)
    .where('p.party_member', '=', 1)
    .where('p.status', '=', 'active')
    .orderBy('p.id')
    .limit(60)
    .execute()
  if (persons.length === 0) return { members: 0, records: 0, meetings: 0 }
  const shuji = await trx
    .selectFrom('users')
    .select(['id', 'display_name'])
    .where('username', '=', 'shuji')
    .executeTakeFirstOrThrow()

  // Registrations: the demo member first (from 李湾村's branch), then the others.
  const demoPerson = persons.find((p) => p.village === '李湾村') ?? persons[0]
  const members: { id: string; registeredOn: string; name: string }[] = []
  const registrations = persons.map((p) => {
    const fromVillage =
      p.origin_village_id !== null && p.village !== null && (p === demoPerson || rng.chance(0.75))
    const registeredOn = dayBefore(p === demoPerson ? 420 : rng.int(370, 720))
    const id = newId()
    const name = p === demoPerson ? PARTY_DEMO_NAME : p.name
    members.push({ id, registeredOn, name })
    return {
      id,
      community_id: communityId,
      path: p.path,
      person_id: p.id,
      home_kind: fromVillage ? ('village_branch' as const) : ('workplace' as const),
      home_village_id: fromVillage ? p.origin_village_id : null,
      home_name: fromVillage ? `${p.village ?? ''}党支部` : rng.pick(workplaces),
      registered_on: registeredOn,
      user_id: p === demoPerson ? userId : null,
      status: 'active' as const,
      left_on: null,
      version: 1,
      created_at: now,
      updated_at: now,
    }
  })
  if (demoPerson) {
    const keys = nameKeys(PARTY_DEMO_NAME)
    await trx
      .updateTable('persons')
      .set({
        name: PARTY_DEMO_NAME,
        name_pinyin: keys.pinyin,
        name_initials: keys.initials,
        name_sort: keys.sort,
      })
      .where('id', '=', demoPerson.id)
      .execute()
  }
  await trx.insertInto('party_registrations').values(registrations).execute()

  // Posts and who holds them.
  const postIds: string[] = []
  const claims: { post_id: string; registration_id: string; claimed_on: string }[] = []
  for (const [name, duty, nodeCode, capacity] of posts) {
    const node = nodeCode
      ? await trx.selectFrom('org_nodes').select('id').where('code', '=', nodeCode).executeTakeFirst()
      : undefined
    const id = newId()
    postIds.push(id)
    await trx
      .insertInto('party_posts')
      .values({
        id,
        community_id: communityId,
        name,
        duty,
        node_id: node?.id ?? null,
        capacity,
        active: 1,
        version: 1,
        created_at: now,
        updated_at: now,
      })
      .execute()
  }
  for (const [i, m] of members.entries()) {
    if (i > 0 && !rng.chance(0.6)) continue
    const post = i === 0 ? 0 : rng.int(0, posts.length - 1)
    const postId = postIds[post] ?? ''
    const cap = posts[post]?.[3] ?? null
    if (cap !== null && claims.filter((c) => c.post_id === postId).length >= cap) continue
    claims.push({ post_id: postId, registration_id: m.id, claimed_on: m.registeredOn })
  }
  await trx
    .insertInto('party_post_claims')
    .values(
      claims.map((c) => ({
        id: newId(),
        ...c,
        state: 'active' as const,
        ended_on: null,
        created_at: now,
        updated_at: now,
      })),
    )
    .execute()

  // A year of needs and tasks (two a month), each claimed by some members, and service records.
  const records: PartyServiceRecordTable[] = []
  const record = (
    m: { id: string },
    servedOn: string,
    minutes: number,
    kind: 'post' | 'need' | 'task' | 'activity' | 'other',
    target: { post_id?: string; task_id?: string },
    description: string,
  ) => {
    const back = (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${servedOn}T00:00:00Z`)) / DAY
    const at = Date.parse(`${servedOn}T12:00:00Z`)
    const decided = back > 14
    const roll = rng.next()
    const state: PartyServiceRecordTable['state'] = !decided
      ? 'pending'
      : roll < 0.03
        ? 'rejected'
        : roll < 0.05
          ? 'void'
          : 'confirmed'
    records.push({
      id: newId(),
      community_id: communityId,
      registration_id: m.id,
      served_on: servedOn,
      minutes,
      kind,
      post_id: target.post_id ?? null,
      task_id: target.task_id ?? null,
      description,
      state,
      recorded_by_user_id: null,
      recorded_by_label: '社区录入',
      decided_by_user_id: decided ? shuji.id : null,
      decided_by_label: decided ? shuji.display_name : null,
      decided_at: decided ? at + 3 * DAY : null,
      reason:
        state === 'rejected' ? '时长与活动签到不符，请核对后重新填报' : state === 'void' ? '重复录入' : null,
      voided_by_label: state === 'void' ? shuji.display_name : null,
      voided_at: state === 'void' ? at + 5 * DAY : null,
      version: state === 'void' ? 3 : decided ? 2 : 1,
      created_at: at,
      updated_at: at,
    })
  }
  const taskClaims: PartyTaskClaimTable[] = []
  for (let month = 11; month >= 0; month--) {
    for (const kind of ['need', 'task'] as const) {
      const onDate = dayBefore(month * 30 + rng.int(1, 25))
      const title = kind === 'need' ? rng.pick(needs) : rng.pick(tasks)
      const capacity = kind === 'need' ? rng.int(1, 2) : rng.int(3, 6)
      const id = newId()
      await trx
        .insertInto('party_tasks')
        .values({
          id,
          community_id: communityId,
          kind,
          title,
          description: kind === 'need' ? `居民微心愿：${title}` : `社区发布志愿服务任务：${title}`,
          on_date: onDate,
          capacity,
          state: onDate < dayBefore(7) ? 'closed' : 'open',
          version: 1,
          created_at: now,
          updated_at: now,
        })
        .execute()
      const eligible = members.filter((m) => m.registeredOn <= onDate)
      for (const m of rng.sample(eligible, capacity)) {
        const done = onDate <= today
        taskClaims.push({
          id: newId(),
          task_id: id,
          registration_id: m.id,
          state: done ? 'done' : 'claimed',
          claimed_by_user_id: null,
          created_at: now,
          updated_at: now,
        })
        if (done)
          record(
            m,
            onDate,
            rng.int(2, 6) * 30,
            kind,
            { task_id: id },
            kind === 'need' ? `已完成：${title}` : `参加${title}`,
          )
      }
    }
  }
  if (taskClaims.length > 0) await trx.insertInto('party_task_claims').values(taskClaims).execute()
  // What is open now: a wish and a task in the coming days, still waiting for members to claim them.
  for (const [kind, title, days, capacity] of [
    ['need', '帮助老人学会使用智能手机', 3, 2],
    ['task', '垃圾分类入户宣传', 6, 5],
  ] as const)
    await trx
      .insertInto('party_tasks')
      .values({
        id: newId(),
        community_id: communityId,
        kind,
        title,
        description: kind === 'need' ? `居民微心愿：${title}` : `社区发布志愿服务任务：${title}`,
        on_date: localDate(now + days * DAY),
        capacity,
        state: 'open',
        version: 1,
        created_at: now,
        updated_at: now,
      })
      .execute()
  for (const c of claims) {
    const postName = posts[postIds.indexOf(c.post_id)]?.[0] ?? ''
    for (let month = 11; month >= 0; month--) {
      if (!rng.chance(0.7)) continue
      const servedOn = dayBefore(month * 30 + rng.int(0, 28))
      if (servedOn < c.claimed_on || servedOn > today) continue
      record(
        { id: c.registration_id },
        servedOn,
        rng.int(2, 8) * 30,
        'post',
        { post_id: c.post_id },
        `${postName}值守、巡查`,
      )
    }
  }
  for (let i = 0; i < records.length; i += 200)
    await trx
      .insertInto('party_service_records')
      .values(records.slice(i, i + 200))
      .execute()

  // Monthly organisational life: a 主题党日 and a 党小组会 each month, a 党课 each quarter.
  let meetings = 0
  for (let month = 11; month >= 0; month--) {
    const kinds =
      month % 3 === 0
        ? (['theme_day', 'group_meeting', 'lecture'] as const)
        : (['theme_day', 'group_meeting'] as const)
    for (const kind of kinds) {
      const heldOn = dayBefore(month * 30 + rng.int(1, 20))
      const id = newId()
      meetings++
      await trx
        .insertInto('party_meetings')
        .values({
          id,
          community_id: communityId,
          kind,
          held_on: heldOn,
          topic: rng.pick(meetingTopics),
          recorded_by_label: shuji.display_name,
          created_at: now,
        })
        .execute()
      const present = members.filter((m) => m.registeredOn <= heldOn && rng.chance(0.75))
      if (present.length > 0)
        await trx
          .insertInto('party_attendances')
          .values(present.map((m) => ({ meeting_id: id, registration_id: m.id, created_at: now })))
          .execute()
    }
  }
  return { members: members.length, records: records.length, meetings }
}
