import { describe, expect, it } from 'vitest'
import { testDialect } from '../../../test/setup/db.js'
import { useTestApp, type Client, type TestApp } from '../../../test/setup/app.js'
import { addPerson, addRoom, demoWorld } from '../../../test/setup/factories.js'
import type { OrgNodeTable, PersonTable } from '../../db/index.js'
import { newId } from '../../platform/ids.js'

interface ContactView {
  id: string
  kind: string
  from: { id: string; name: string }
  toPerson: { id: string; name: string } | null
  toHousehold: { id: string; code: string; address: string | null; headName: string | null } | null
  sinceOn: string | null
  untilOn: string | null
}
interface ErrorBody {
  error: { code: string; message: string; details: Record<string, unknown> }
}
interface Coverage {
  households: { total: number; covered: number; uncovered: number; share: string | null }
  members: { total: number; onTarget: number; offTarget: number; target: number }
  leaders: { total: number; onTarget: number; offTarget: number; target: number }
}
interface LinkCount {
  person: { id: string; name: string }
  links: number
  target: number
}

async function addHousehold(
  t: TestApp,
  room: OrgNodeTable,
  head: PersonTable,
  code: string,
): Promise<string> {
  const now = Date.now()
  const id = newId()
  await t.ctx.db
    .insertInto('households')
    .values({
      id,
      community_id: room.community_id ?? '',
      code,
      room_id: room.id,
      path: room.path,
      head_person_id: head.id,
      origin_village_id: null,
      version: 1,
      created_at: now,
      updated_at: now,
    })
    .execute()
  return id
}

/**
 * Grid 1, building 1: a building leader, two party members and a resident who is not one; twelve
 * households in rooms 101–112. Grid 2 has one household of its own.
 */
async function neighbourhood(t: TestApp) {
  const db = t.ctx.db
  const world = await demoWorld(db)
  const building = world.grid1Buildings[0]
  const grid1 = world.grids[0]
  const grid2 = world.grids[1]
  if (!building || !grid1 || !grid2) throw new Error('demo world missing')
  const leader = await addPerson(db, t.ctx.pii, building, { name: '韩卫东', partyMember: true })
  const member = await addPerson(db, t.ctx.pii, building, {
    name: '李红梅',
    sex: 'female',
    partyMember: true,
  })
  const member2 = await addPerson(db, t.ctx.pii, building, { name: '马骏', partyMember: true })
  const resident = await addPerson(db, t.ctx.pii, building, { name: '钱进' })
  const households: string[] = []
  for (let i = 1; i <= 12; i++) {
    const room = await addRoom(db, building, { room: String(100 + i) })
    const head = await addPerson(db, t.ctx.pii, room, { name: `户主${String(i).padStart(2, '0')}` })
    households.push(await addHousehold(t, room, head, `ZM-${String(i).padStart(4, '0')}`))
  }
  const grid2Building = await db
    .selectFrom('org_nodes')
    .selectAll()
    .where('parent_id', '=', grid2.id)
    .orderBy('code')
    .executeTakeFirstOrThrow()
  const farRoom = await addRoom(db, grid2Building, { room: '201' })
  const farHead = await addPerson(db, t.ctx.pii, farRoom, { name: '远户主' })
  const farHousehold = await addHousehold(t, farRoom, farHead, 'ZM-0900')
  const secretary = await t.login('shuji')
  const post = await secretary.request('POST', '/api/v1/posts', {
    personId: leader.id,
    postType: 'building_leader',
    nodeId: building.id,
  })
  expect(post.statusCode).toBe(200)
  return {
    world,
    building,
    grid1,
    grid2,
    leader,
    member,
    member2,
    resident,
    households,
    farHousehold,
    secretary,
  }
}

const link = (c: Client, body: Record<string, unknown>) => c.request('POST', '/api/v1/contacts', body)

describe(`1+5+10 contacts and coverage (${testDialect})`, () => {
  const t = useTestApp()

  it('finds the household nobody contacts and the party member with 11 households', async () => {
    const n = await neighbourhood(t())
    const worker = await t().login('wangge1')
    const leaderLink = await link(worker, {
      kind: 'leader_member',
      fromPersonId: n.leader.id,
      toPersonId: n.member.id,
    })
    expect(leaderLink.statusCode).toBe(200)
    expect(leaderLink.json<ContactView>()).toMatchObject({
      kind: 'leader_member',
      from: { id: n.leader.id, name: '韩卫东' },
      toPerson: { id: n.member.id, name: '李红梅' },
      toHousehold: null,
    })
    for (const household of n.households.slice(0, 11)) {
      const res = await link(worker, {
        kind: 'member_household',
        fromPersonId: n.member.id,
        toHouseholdId: household,
      })
      expect(res.statusCode).toBe(200)
    }
    const shown = (
      await link(worker, {
        kind: 'member_household',
        fromPersonId: n.member2.id,
        toHouseholdId: n.households[0],
      })
    ).json<ContactView>()
    expect(shown.toHousehold).toMatchObject({ code: 'ZM-0001', address: '1号楼1单元101', headName: '户主01' })

    const coverage = await worker.request('GET', `/api/v1/org/nodes/${n.grid1.id}/coverage`)
    expect(coverage.statusCode).toBe(200)
    expect(coverage.json<Coverage>()).toMatchObject({
      households: { total: 12, covered: 11, uncovered: 1, share: '0.9167' },
      // 韩卫东, 李红梅, 马骏 are party members living in grid 1 (the household heads are not).
      members: { total: 3, onTarget: 0, offTarget: 3, target: 10 },
      leaders: { total: 1, onTarget: 0, offTarget: 1, target: 5 },
    })

    const uncovered = await worker.request(
      'GET',
      `/api/v1/org/nodes/${n.grid1.id}/coverage/uncovered-households`,
    )
    expect(uncovered.json<{ items: unknown[] }>().items).toEqual([
      { id: n.households[11], code: 'ZM-0012', address: '1号楼1单元112', headName: '户主12' },
    ])
    const members = await worker.request('GET', `/api/v1/org/nodes/${n.grid1.id}/coverage/members-off-ten`)
    // By pinyin: han wei dong, li hong mei, ma jun.
    expect(members.json<{ items: LinkCount[] }>().items.map((i) => [i.person.name, i.links])).toEqual([
      ['韩卫东', 0],
      ['李红梅', 11],
      ['马骏', 1],
    ])
    const leaders = await worker.request('GET', `/api/v1/org/nodes/${n.grid1.id}/coverage/leaders-off-five`)
    expect(leaders.json<{ items: LinkCount[] }>().items).toEqual([
      { person: { id: n.leader.id, name: '韩卫东' }, links: 1, target: 5 },
    ])

    // Pages of one: the members list walks through with cursors.
    const names: string[] = []
    let cursor: string | null = null
    do {
      const res = await worker.request(
        'GET',
        `/api/v1/org/nodes/${n.grid1.id}/coverage/members-off-ten?limit=1${cursor ? `&cursor=${cursor}` : ''}`,
      )
      const page = res.json<{ items: LinkCount[]; nextCursor: string | null }>()
      names.push(...page.items.map((i) => i.person.name))
      cursor = page.nextCursor
    } while (cursor)
    expect(names).toEqual(['韩卫东', '李红梅', '马骏'])

    // Unlinking one household of the eleven brings 李红梅 to exactly ten.
    const contacts = (await worker.request('GET', `/api/v1/persons/${n.member.id}/contacts`)).json<{
      items: ContactView[]
    }>().items
    expect(contacts.filter((c) => c.kind === 'member_household')).toHaveLength(11)
    expect(contacts.filter((c) => c.kind === 'leader_member').map((c) => c.from.name)).toEqual(['韩卫东'])
    const toEnd = contacts.find((c) => c.toHousehold?.code === 'ZM-0011')
    const ended = await worker.request('POST', `/api/v1/contacts/${toEnd?.id}/end`, {})
    expect(ended.statusCode).toBe(200)
    expect(ended.json<ContactView>().untilOn).not.toBeNull()
    const endedAgain = await worker.request('POST', `/api/v1/contacts/${toEnd?.id}/end`, {})
    expect(endedAgain.statusCode).toBe(409)
    const after = (await worker.request('GET', `/api/v1/org/nodes/${n.grid1.id}/coverage`)).json<Coverage>()
    expect(after.households).toEqual({ total: 12, covered: 10, uncovered: 2, share: '0.8333' })
    expect(after.members).toMatchObject({ onTarget: 1, offTarget: 2 })

    // The community's figures include grid 2's household.
    const secretary = await t().login('shuji')
    const community = (
      await secretary.request('GET', `/api/v1/org/nodes/${n.world.zhangma.id}/coverage`)
    ).json<Coverage>()
    expect(community.households).toEqual({ total: 13, covered: 10, uncovered: 3, share: '0.7692' })
  })

  it('leaves out households that moved out or never had a room', async () => {
    const n = await neighbourhood(t())
    const secretary = n.secretary
    // ZM-0002 is linked; ZM-0001 moves into another room and then out of the community's rooms.
    expect(
      (
        await link(secretary, {
          kind: 'member_household',
          fromPersonId: n.member.id,
          toHouseholdId: n.households[1],
        })
      ).statusCode,
    ).toBe(200)
    const leaving = n.households[0] ?? ''
    const newRoom = await addRoom(t().ctx.db, n.building, { room: '120' })
    const read = await secretary.request('GET', `/api/v1/households/${leaving}`)
    const movedIn = await secretary.request('POST', `/api/v1/households/${leaving}/move-in`, {
      version: read.json<{ version: number }>().version,
      roomId: newRoom.id,
      date: '2025-01-10',
    })
    expect(movedIn.statusCode).toBe(200)
    const movedOut = await secretary.request('POST', `/api/v1/households/${leaving}/move-out`, {
      version: movedIn.json<{ version: number }>().version,
      date: '2025-06-30',
    })
    expect(movedOut.statusCode).toBe(200)
    // A household registered in the community but never given a room.
    const roomless = await secretary.request('POST', '/api/v1/households', {
      communityId: n.world.zhangma.id,
      code: 'ZM-0950',
    })
    expect(roomless.statusCode).toBe(201)

    const community = await secretary.request('GET', `/api/v1/org/nodes/${n.world.zhangma.id}/coverage`)
    // 11 households still in grid 1's rooms and grid 2's one; neither ZM-0001 nor ZM-0950.
    expect(community.json<Coverage>().households).toEqual({
      total: 12,
      covered: 1,
      uncovered: 11,
      share: '0.0833',
    })
    const uncovered = await secretary.request(
      'GET',
      `/api/v1/org/nodes/${n.world.zhangma.id}/coverage/uncovered-households?limit=100`,
    )
    expect(uncovered.json<{ items: { code: string }[] }>().items.map((h) => h.code)).toEqual([
      ...Array.from({ length: 10 }, (_, i) => `ZM-${String(i + 3).padStart(4, '0')}`),
      'ZM-0900',
    ])
    const grid = await secretary.request('GET', `/api/v1/org/nodes/${n.grid1.id}/coverage`)
    expect(grid.json<Coverage>().households).toEqual({
      total: 11,
      covered: 1,
      uncovered: 10,
      share: '0.0909',
    })
  })

  it('refuses duplicates and non-members with clear messages', async () => {
    const n = await neighbourhood(t())
    const worker = await t().login('wangge1')
    const body = { kind: 'member_household', fromPersonId: n.member.id, toHouseholdId: n.households[0] }
    expect((await link(worker, body)).statusCode).toBe(200)
    const dup = await link(worker, body)
    expect(dup.statusCode).toBe(409)
    expect(dup.json<ErrorBody>().error).toMatchObject({
      code: 'CONFLICT',
      message: '操作与现有数据冲突：李红梅已联系该户，不能重复建立。',
    })
    const notMember = await link(worker, {
      kind: 'member_household',
      fromPersonId: n.resident.id,
      toHouseholdId: n.households[1],
    })
    expect(notMember.statusCode).toBe(422)
    expect(notMember.json<ErrorBody>().error).toMatchObject({
      code: 'UNPROCESSABLE',
      message: '无法处理该请求：钱进不是党员，不能建立党员联系关系。',
    })
    const leaderToResident = await link(worker, {
      kind: 'leader_member',
      fromPersonId: n.leader.id,
      toPersonId: n.resident.id,
    })
    expect(leaderToResident.statusCode).toBe(422)
    expect(leaderToResident.json<ErrorBody>().error.message).toBe(
      '无法处理该请求：钱进不是党员，不能建立党员联系关系。',
    )
    const notLeader = await link(worker, {
      kind: 'leader_member',
      fromPersonId: n.member2.id,
      toPersonId: n.member.id,
    })
    expect(notLeader.statusCode).toBe(422)
    expect(notLeader.json<ErrorBody>().error.message).toBe('无法处理该请求：马骏未担任楼栋长，不能联系党员。')
    const wrongTarget = await link(worker, {
      kind: 'leader_member',
      fromPersonId: n.leader.id,
      toHouseholdId: n.households[1],
    })
    expect(wrongTarget.statusCode).toBe(400)
    expect(wrongTarget.json<ErrorBody>().error.details.fields).toMatchObject([{ path: '/toPersonId' }])
    // After unlinking, the same pair may be linked again.
    const first = (await worker.request('GET', `/api/v1/persons/${n.member.id}/contacts`)).json<{
      items: ContactView[]
    }>().items[0]
    await worker.request('POST', `/api/v1/contacts/${first?.id}/end`, {})
    expect((await link(worker, body)).statusCode).toBe(200)
  })

  it('answers "not found or no access" for links and figures outside the actor\'s scope', async () => {
    const n = await neighbourhood(t())
    const worker = await t().login('wangge1')
    const far = await link(worker, {
      kind: 'member_household',
      fromPersonId: n.member.id,
      toHouseholdId: n.farHousehold,
    })
    const missing = await link(worker, {
      kind: 'member_household',
      fromPersonId: n.member.id,
      toHouseholdId: '01900000-0000-7000-8000-000000000000',
    })
    expect(far.statusCode).toBe(404)
    expect(far.json()).toEqual(missing.json())
    expect((await worker.request('GET', `/api/v1/org/nodes/${n.world.zhangma.id}/coverage`)).statusCode).toBe(
      404,
    )
    expect(
      (await worker.request('GET', `/api/v1/org/nodes/${n.grid2.id}/coverage/uncovered-households`))
        .statusCode,
    ).toBe(404)

    // The secretary links grid 2's household; the grid 1 worker may not end that link.
    const farLink = await link(n.secretary, {
      kind: 'member_household',
      fromPersonId: n.member.id,
      toHouseholdId: n.farHousehold,
    })
    expect(farLink.statusCode).toBe(200)
    const end = await worker.request('POST', `/api/v1/contacts/${farLink.json<ContactView>().id}/end`, {})
    expect(end.statusCode).toBe(404)
    expect(end.json<ErrorBody>().error.code).toBe('NOT_FOUND_OR_NO_ACCESS')

    // An auditor reads the park but writes nothing: no links either.
    const auditor = await t().login('shenji')
    const byAuditor = await link(auditor, {
      kind: 'member_household',
      fromPersonId: n.member.id,
      toHouseholdId: n.households[2],
    })
    expect(byAuditor.statusCode).toBe(404)

    const audit = await t()
      .ctx.db.selectFrom('audit_log')
      .select(['action', 'scope_path'])
      .where('target_type', '=', 'contact')
      .execute()
    expect(audit).toHaveLength(1)
    expect(audit[0]?.action).toBe('contact.link')
  })

  it('lets only one of two simultaneous identical links through', async () => {
    const n = await neighbourhood(t())
    const worker = await t().login('wangge1')
    const body = { kind: 'member_household', fromPersonId: n.member2.id, toHouseholdId: n.households[3] }
    const results = await Promise.all([link(worker, body), link(worker, body), link(worker, body)])
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409, 409])
    const rows = await t()
      .ctx.db.selectFrom('contacts')
      .select('id')
      .where('from_person_id', '=', n.member2.id)
      .execute()
    expect(rows).toHaveLength(1)
  })
})
