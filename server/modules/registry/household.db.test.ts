import type { LightMyRequestResponse } from 'fastify'
import { describe, expect, it } from 'vitest'
import type { Db, OrgNodeTable, PersonTable } from '../../db/index.js'
import { systemActor } from '../../platform/access.js'
import { createOrgNode } from '../org/index.js'
import {
  addPerson,
  addRoom,
  demoWorld,
  type DemoWorld,
  type TestPerson,
} from '../../../test/setup/factories.js'
import { useTestApp, type Client, type TestApp } from '../../../test/setup/app.js'
import { testDialect } from '../../../test/setup/db.js'
import { listPersonsUnder } from './person.repository.js'
import { createHousehold, moveHouseholdIn } from './household.service.js'
import type { HouseholdView, MovedInShareView, ResidentsOnView } from './household.schemas.js'

interface ErrorBody {
  error: {
    code: string
    message: string
    details: { reasonZh?: string; fields?: { path: string; message: string }[] }
  }
}

async function firstBuilding(db: Db, grid: OrgNodeTable): Promise<OrgNodeTable> {
  return db
    .selectFrom('org_nodes')
    .selectAll()
    .where('parent_id', '=', grid.id)
    .orderBy('code')
    .executeTakeFirstOrThrow()
}

async function personPath(db: Db, id: string): Promise<string> {
  const row = await db.selectFrom('persons').select('path').where('id', '=', id).executeTakeFirstOrThrow()
  return row.path
}

async function roomState(db: Db, id: string): Promise<string | null> {
  const row = await db
    .selectFrom('org_nodes')
    .select('room_state')
    .where('id', '=', id)
    .executeTakeFirstOrThrow()
  return row.room_state
}

async function setRoomVacant(db: Db, id: string): Promise<void> {
  await db.updateTable('org_nodes').set({ room_state: 'vacant' }).where('id', '=', id).execute()
}

/** The demo community with a room or two in grid 1 and grid 2, and people to put in them. */
async function world(t: TestApp) {
  const db = t.ctx.db
  const w: DemoWorld = await demoWorld(db)
  const [grid1, grid2] = w.grids
  if (!grid1 || !grid2) throw new Error('demo grids missing')
  const b1 = await firstBuilding(db, grid1)
  const b2 = await firstBuilding(db, grid2)
  const rooms = {
    a: await addRoom(db, b1, { room: '101' }),
    b: await addRoom(db, b1, { room: '102' }),
    c: await addRoom(db, b2, { room: '201' }),
  }
  const person = (place: OrgNodeTable, p: TestPerson): Promise<PersonTable> =>
    addPerson(db, t.ctx.pii, place, p)
  return { w, grid1, grid2, rooms, person }
}

async function create(c: Client, body: Record<string, unknown>): Promise<HouseholdView> {
  const res = await c.request('POST', '/api/v1/households', body)
  if (res.statusCode !== 201) throw new Error(`create household: ${res.statusCode} ${res.body}`)
  return res.json<HouseholdView>()
}

async function ok<T>(res: LightMyRequestResponse): Promise<T> {
  if (res.statusCode !== 200) throw new Error(`expected 200, got ${res.statusCode} ${res.body}`)
  return Promise.resolve(res.json<T>())
}

describe(`households and residence history (${testDialect})`, () => {
  const t = useTestApp()

  it('keeps history: who lived in a room on 2025-03-01 is the earlier household after a later one moved in', async () => {
    const { w, rooms, person } = await world(t())
    const shuji = await t().login('shuji')
    const liwan = w.villages[0]
    const zhang = await person(w.zhangma, {
      name: '张大山',
      birthDate: '1960-05-01',
      originVillageId: liwan?.id ?? null,
    })
    const wang = await person(w.zhangma, { name: '王秀英', sex: 'female', birthDate: '1962-09-09' })
    const grandson = await person(w.zhangma, { name: '张小宝', birthDate: '2025-04-01' })
    const li = await person(w.zhangma, { name: '李四', birthDate: '1980-01-01' })
    await setRoomVacant(t().ctx.db, rooms.a.id)

    const first = await create(shuji, {
      communityId: w.zhangma.id,
      code: 'ZM-0001',
      roomId: rooms.a.id,
      movedInOn: '2024-06-01',
      headPersonId: zhang.id,
    })
    expect(first.originVillage?.name).toBe('李湾村')
    expect(first.movedIn).toBe(true)
    expect(await roomState(t().ctx.db, rooms.a.id)).toBe('occupied')
    let h = await ok<HouseholdView>(
      await shuji.request('POST', `/api/v1/households/${first.id}/members`, {
        version: first.version,
        personId: wang.id,
        relation: 'spouse',
      }),
    )
    h = await ok<HouseholdView>(
      await shuji.request('POST', `/api/v1/households/${first.id}/members`, {
        version: h.version,
        personId: grandson.id,
        relation: 'grandchild',
        joinedOn: '2025-04-01',
      }),
    )
    expect(h.members.map((m) => [m.name, m.relation, m.sex])).toEqual([
      ['张大山', 'head', 'male'],
      ['王秀英', 'spouse', 'female'],
      ['张小宝', 'grandchild', 'male'],
    ])
    expect(h.members[0]?.age).toBe(66)
    expect(await personPath(t().ctx.db, wang.id)).toBe(rooms.a.path)

    // The first household moves to 102 on 2025-05-01; a second one moves into 101 on 2025-06-01.
    h = await ok<HouseholdView>(
      await shuji.request('POST', `/api/v1/households/${first.id}/move-in`, {
        version: h.version,
        roomId: rooms.b.id,
        date: '2025-05-01',
      }),
    )
    expect(h.roomAddress).toBe('1号楼1单元102')
    expect(h.residences.map((r) => [r.roomAddress, r.movedInOn, r.movedOutOn])).toEqual([
      ['1号楼1单元102', '2025-05-01', null],
      ['1号楼1单元101', '2024-06-01', '2025-05-01'],
    ])
    expect(await roomState(t().ctx.db, rooms.a.id)).toBe('vacant')
    expect(await personPath(t().ctx.db, grandson.id)).toBe(rooms.b.path)
    await create(shuji, {
      communityId: w.zhangma.id,
      code: 'ZM-0002',
      roomId: rooms.a.id,
      movedInOn: '2025-06-01',
      headPersonId: li.id,
    })

    const on = async (date: string) =>
      ok<ResidentsOnView>(
        await shuji.request('GET', `/api/v1/org/nodes/${rooms.a.id}/residents-on?date=${date}`),
      )
    const march = await on('2025-03-01')
    expect(march.roomAddress).toBe('1号楼1单元101')
    expect(march.households.map((x) => x.code)).toEqual(['ZM-0001'])
    // The grandson joined on 2025-04-01, so he was not there yet; ages are as of that day.
    expect(march.households[0]?.members.map((m) => [m.name, m.age])).toEqual([
      ['张大山', 64],
      ['王秀英', 62],
    ])
    expect((await on('2025-05-15')).households).toEqual([])
    expect((await on('2025-05-01')).households).toEqual([])
    const july = await on('2025-07-01')
    expect(july.households.map((x) => [x.code, x.movedInOn, x.movedOutOn])).toEqual([
      ['ZM-0002', '2025-06-01', null],
    ])
    expect(july.households[0]?.members.map((m) => m.name)).toEqual(['李四'])
    expect(await roomState(t().ctx.db, rooms.a.id)).toBe('occupied')
  })

  it('moves people out with the household: their path becomes the community', async () => {
    const { w, rooms, person } = await world(t())
    const shuji = await t().login('shuji')
    const head = await person(w.zhangma, { name: '赵一' })
    const h = await create(shuji, {
      communityId: w.zhangma.id,
      code: 'ZM-0100',
      roomId: rooms.a.id,
      movedInOn: '2025-01-01',
      headPersonId: head.id,
    })
    expect(await personPath(t().ctx.db, head.id)).toBe(rooms.a.path)
    const out = await ok<HouseholdView>(
      await shuji.request('POST', `/api/v1/households/${h.id}/move-out`, {
        version: h.version,
        date: '2025-09-30',
      }),
    )
    expect(out).toMatchObject({ roomId: null, roomAddress: null, movedIn: false })
    expect(out.residences[0]).toMatchObject({ movedInOn: '2025-01-01', movedOutOn: '2025-09-30' })
    expect(await personPath(t().ctx.db, head.id)).toBe(w.zhangma.path)
    const again = await shuji.request('POST', `/api/v1/households/${h.id}/move-out`, {
      version: out.version,
      date: '2025-10-01',
    })
    expect(again.statusCode).toBe(422)
    expect(again.json<ErrorBody>().error.details.reasonZh).toBe('该户当前未入住任何户室')
    // Moving in again before the last move-out would rewrite history.
    const early = await shuji.request('POST', `/api/v1/households/${h.id}/move-in`, {
      version: out.version,
      roomId: rooms.b.id,
      date: '2025-09-01',
    })
    expect(early.statusCode).toBe(400)
    expect(early.json<ErrorBody>().error.details.fields?.[0]?.message).toBe(
      '搬入日期 2025-09-01 早于该户上次搬出的日期（2025-09-30）',
    )
  })

  it('refuses bad dates with 400 and a clear message, changing nothing', async () => {
    const { w, rooms, person } = await world(t())
    const shuji = await t().login('shuji')
    const head = await person(w.zhangma, { name: '钱二' })
    const h = await create(shuji, {
      communityId: w.zhangma.id,
      code: 'ZM-0200',
      roomId: rooms.a.id,
      movedInOn: '2025-03-01',
      headPersonId: head.id,
    })
    const moveIn = (date: string) =>
      shuji.request('POST', `/api/v1/households/${h.id}/move-in`, {
        version: h.version,
        roomId: rooms.b.id,
        date,
      })

    const before = await moveIn('2025-02-01')
    expect(before.statusCode).toBe(400)
    expect(before.json<ErrorBody>().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: '提交的数据不符合要求，请检查标出的字段。',
      details: {
        fields: [{ path: '/date', message: '搬入日期 2025-02-01 早于该户搬入现住房的日期（2025-03-01）' }],
      },
    })
    const future = await moveIn('2099-01-01')
    expect(future.statusCode).toBe(400)
    expect(future.json<ErrorBody>().error.details.fields?.[0]?.message).toMatch(/^日期 2099-01-01 晚于今天/)
    const notADay = await moveIn('2025-02-30')
    expect(notADay.statusCode).toBe(400)
    expect(notADay.json<ErrorBody>().error.details.fields?.[0]?.message).toBe(
      '2025-02-30 不是有效日期（YYYY-MM-DD）',
    )
    const wrongShape = await moveIn('2025/03/05')
    expect(wrongShape.statusCode).toBe(400)
    expect(wrongShape.json<ErrorBody>().error.code).toBe('VALIDATION_FAILED')
    const query = await shuji.request('GET', `/api/v1/org/nodes/${rooms.a.id}/residents-on?date=2099-01-01`)
    expect(query.statusCode).toBe(400)
    expect(query.json<ErrorBody>().error.details.fields?.[0]?.path).toBe('/querystring/date')

    const after = await ok<HouseholdView>(await shuji.request('GET', `/api/v1/households/${h.id}`))
    expect(after.version).toBe(h.version)
    expect(after.residences).toHaveLength(1)
  })

  it('refuses a stale version with 409', async () => {
    const { w, rooms, person } = await world(t())
    const shuji = await t().login('shuji')
    const head = await person(w.zhangma, { name: '孙三' })
    const h = await create(shuji, {
      communityId: w.zhangma.id,
      code: 'ZM-0300',
      roomId: rooms.a.id,
      movedInOn: '2025-03-01',
      headPersonId: head.id,
    })
    const moved = await shuji.request('POST', `/api/v1/households/${h.id}/move-in`, {
      version: h.version,
      roomId: rooms.b.id,
      date: '2025-04-01',
    })
    expect(moved.statusCode).toBe(200)
    const stale = await shuji.request('POST', `/api/v1/households/${h.id}/move-in`, {
      version: h.version,
      roomId: rooms.a.id,
      date: '2025-05-01',
    })
    expect(stale.statusCode).toBe(409)
    expect(stale.json<ErrorBody>().error).toMatchObject({
      code: 'VERSION_CONFLICT',
      message: '该记录已被他人修改，请刷新后再试。',
    })
    const patch = await shuji.request('PATCH', `/api/v1/households/${h.id}`, {
      version: h.version,
      code: 'ZM-0301',
    })
    expect(patch.statusCode).toBe(409)
    const residences = await t()
      .ctx.db.selectFrom('residences')
      .select('id')
      .where('household_id', '=', h.id)
      .execute()
    expect(residences).toHaveLength(2)
  })

  it('keeps the head rules: one head, never removed without a successor; codes unique per community', async () => {
    const { w, rooms, person } = await world(t())
    const shuji = await t().login('shuji')
    const head = await person(w.zhangma, { name: '周父' })
    const son = await person(w.zhangma, { name: '周子' })
    const other = await person(w.zhangma, { name: '吴某' })
    let h = await create(shuji, {
      communityId: w.zhangma.id,
      code: 'ZM-0400',
      roomId: rooms.a.id,
      headPersonId: head.id,
    })
    expect(h.movedIn).toBe(false)
    h = await ok<HouseholdView>(
      await shuji.request('POST', `/api/v1/households/${h.id}/members`, {
        version: h.version,
        personId: son.id,
        relation: 'child',
      }),
    )
    const secondHead = await shuji.request('POST', `/api/v1/households/${h.id}/members`, {
      version: h.version,
      personId: other.id,
      relation: 'head',
    })
    expect(secondHead.statusCode).toBe(422)
    const twice = await shuji.request('POST', `/api/v1/households/${h.id}/members`, {
      version: h.version,
      personId: son.id,
      relation: 'child',
    })
    expect(twice.statusCode).toBe(409)
    expect(twice.json<ErrorBody>().error.details.reasonZh).toBe('此人已是该户成员')

    const alone = await shuji.request(
      'DELETE',
      `/api/v1/households/${h.id}/members/${head.id}?version=${h.version}&leftOn=2025-10-01`,
    )
    expect(alone.statusCode).toBe(422)
    expect(alone.json<ErrorBody>().error.message).toBe('无法处理该请求：户主不能直接迁出，请同时指定新户主。')
    h = await ok<HouseholdView>(
      await shuji.request(
        'DELETE',
        `/api/v1/households/${h.id}/members/${head.id}?version=${h.version}&leftOn=2025-10-01&newHeadPersonId=${son.id}`,
      ),
    )
    expect(h.head).toEqual({ personId: son.id, name: '周子' })
    expect(h.members.map((m) => [m.name, m.relation])).toEqual([['周子', 'head']])
    const membership = await t()
      .ctx.db.selectFrom('household_members')
      .select(['left_on'])
      .where('person_id', '=', head.id)
      .executeTakeFirstOrThrow()
    expect(membership.left_on).toBe('2025-10-01')

    // The father comes back and becomes head again; the son becomes a child again.
    h = await ok<HouseholdView>(
      await shuji.request('POST', `/api/v1/households/${h.id}/members`, {
        version: h.version,
        personId: head.id,
        relation: 'parent',
        joinedOn: '2025-11-01',
      }),
    )
    h = await ok<HouseholdView>(
      await shuji.request('PATCH', `/api/v1/households/${h.id}`, {
        version: h.version,
        headPersonId: head.id,
        formerHeadRelation: 'child',
      }),
    )
    expect(h.members.map((m) => [m.name, m.relation])).toEqual([
      ['周子', 'child'],
      ['周父', 'head'],
    ])
    const notMember = await shuji.request('PATCH', `/api/v1/households/${h.id}`, {
      version: h.version,
      headPersonId: other.id,
    })
    expect(notMember.statusCode).toBe(422)

    await create(shuji, { communityId: w.zhangma.id, code: 'ZM-0401' })
    const taken = await shuji.request('PATCH', `/api/v1/households/${h.id}`, {
      version: h.version,
      code: 'ZM-0401',
    })
    expect(taken.statusCode).toBe(409)
    expect(taken.json<ErrorBody>().error.message).toBe('操作与现有数据冲突：本社区已有该户号。')
    const dup = await shuji.request('POST', '/api/v1/households', {
      communityId: w.zhangma.id,
      code: 'ZM-0401',
    })
    expect(dup.statusCode).toBe(409)
  })

  it('lists the households under a node by code, a page at a time, with head, member count, room, village and contact', async () => {
    const { w, grid1, rooms, person } = await world(t())
    const shuji = await t().login('shuji')
    const kong = w.villages[1]
    const members = [
      await person(w.zhangma, { name: '党员甲', partyMember: true }),
      await person(w.zhangma, { name: '党员乙', partyMember: true }),
    ]
    const created: HouseholdView[] = []
    for (const [i, room] of [rooms.b, rooms.a, rooms.c].entries()) {
      const head = await person(w.zhangma, { name: `户主${i}`, originVillageId: kong?.id ?? null })
      const h = await create(shuji, {
        communityId: w.zhangma.id,
        code: `ZM-05${i}`,
        roomId: room.id,
        movedInOn: '2025-01-01',
        headPersonId: head.id,
      })
      created.push(h)
      if (i === 0) {
        const kid = await person(w.zhangma, { name: '孩子' })
        await ok(
          await shuji.request('POST', `/api/v1/households/${h.id}/members`, {
            version: h.version,
            personId: kid.id,
            relation: 'child',
          }),
        )
      }
    }
    // ZM-050 is looked after by two party members (the first linked is named), ZM-051 by one whose
    // link has ended — a gap again —, ZM-052 by nobody.
    const link = async (member: PersonTable, household: HouseholdView) =>
      ok<{ id: string }>(
        await shuji.request('POST', '/api/v1/contacts', {
          kind: 'member_household',
          fromPersonId: member.id,
          toHouseholdId: household.id,
        }),
      )
    const [h0, h1] = created
    if (!h0 || !h1 || !members[0] || !members[1]) throw new Error('setup')
    await link(members[0], h0)
    await link(members[1], h0)
    const ended = await link(members[1], h1)
    await ok(await shuji.request('POST', `/api/v1/contacts/${ended.id}/end`, {}))
    type Page = {
      items: {
        code: string
        headName: string
        memberCount: number
        roomAddress: string
        originVillageName: string
        contact: { personId: string; name: string; count: number } | null
      }[]
      nextCursor: string | null
    }
    const page1 = await ok<Page>(
      await shuji.request('GET', `/api/v1/org/nodes/${grid1.id}/households?limit=1`),
    )
    expect(page1.items).toEqual([
      expect.objectContaining({
        code: 'ZM-050',
        headName: '户主0',
        memberCount: 2,
        roomAddress: '1号楼1单元102',
        originVillageName: '孔连村',
        contact: { personId: members[0].id, name: '党员甲', count: 2 },
      }),
    ])
    const page2 = await ok<Page>(
      await shuji.request(
        'GET',
        `/api/v1/org/nodes/${grid1.id}/households?limit=1&cursor=${page1.nextCursor ?? ''}`,
      ),
    )
    expect(page2.items.map((i) => [i.code, i.memberCount, i.contact])).toEqual([['ZM-051', 1, null]])
    expect(page2.nextCursor).toBeNull()
    const community = await ok<Page>(
      await shuji.request('GET', `/api/v1/org/nodes/${w.zhangma.id}/households`),
    )
    expect(community.items.map((i) => i.code)).toEqual(expect.arrayContaining(['ZM-050', 'ZM-051', 'ZM-052']))
  })

  it('keeps a grid worker to their grid: no reading, moving or moving into another grid (404)', async () => {
    const { w, grid1, grid2, rooms, person } = await world(t())
    const shuji = await t().login('shuji')
    const wangge = await t().login('wangge1')
    const mine = await create(wangge, {
      communityId: w.zhangma.id,
      code: 'ZM-0600',
      roomId: rooms.a.id,
      movedInOn: '2025-02-01',
      headPersonId: (await person(rooms.a, { name: '冯一' })).id,
    })
    const theirs = await create(shuji, {
      communityId: w.zhangma.id,
      code: 'ZM-0601',
      roomId: rooms.c.id,
      movedInOn: '2025-02-01',
      headPersonId: (await person(w.zhangma, { name: '陈二' })).id,
    })
    const missing = await wangge.request('GET', '/api/v1/households/01900000-0000-7000-8000-000000000000')
    const outside = await wangge.request('GET', `/api/v1/households/${theirs.id}`)
    expect(outside.statusCode).toBe(404)
    expect(outside.json<ErrorBody>().error.code).toBe('NOT_FOUND_OR_NO_ACCESS')
    expect(outside.json()).toEqual(missing.json())
    expect((await wangge.request('GET', `/api/v1/org/nodes/${grid2.id}/households`)).statusCode).toBe(404)
    expect((await wangge.request('GET', `/api/v1/org/nodes/${rooms.c.id}/residents-on`)).statusCode).toBe(404)
    expect((await wangge.request('GET', `/api/v1/org/nodes/${w.zhangma.id}/moved-in-share`)).statusCode).toBe(
      404,
    )
    expect((await wangge.request('GET', `/api/v1/org/nodes/${grid1.id}/moved-in-share`)).statusCode).toBe(200)
    const moveTheirs = await wangge.request('POST', `/api/v1/households/${theirs.id}/move-out`, {
      version: theirs.version,
      date: '2025-06-01',
    })
    expect(moveTheirs.statusCode).toBe(404)
    const intoGrid2 = await wangge.request('POST', `/api/v1/households/${mine.id}/move-in`, {
      version: mine.version,
      roomId: rooms.c.id,
      date: '2025-06-01',
    })
    expect(intoGrid2.statusCode).toBe(404)
    expect(intoGrid2.json<ErrorBody>().error.code).toBe('NOT_FOUND_OR_NO_ACCESS')
    const inGrid = await wangge.request('GET', `/api/v1/org/nodes/${grid1.id}/households`)
    expect(inGrid.json<{ items: { code: string }[] }>().items.map((i) => i.code)).toEqual(['ZM-0600'])

    // The secretary moves the grid worker's household into grid 2: its people leave grid 1's scope.
    const moved = await ok<HouseholdView>(
      await shuji.request('POST', `/api/v1/households/${mine.id}/move-in`, {
        version: mine.version,
        roomId: rooms.c.id,
        date: '2025-06-01',
      }),
    )
    const headId = moved.head?.personId ?? ''
    expect(await personPath(t().ctx.db, headId)).toBe(rooms.c.path)
    const grid1People = await listPersonsUnder(t().ctx.db, grid1.path, null, 100)
    expect(grid1People.map((p) => p.id)).not.toContain(headId)
    const grid2People = await listPersonsUnder(t().ctx.db, grid2.path, null, 100)
    expect(grid2People.map((p) => p.id)).toContain(headId)
    expect((await wangge.request('GET', `/api/v1/households/${mine.id}`)).statusCode).toBe(404)
    // History stays readable where it happened: grid 1's room still shows who lived there in March.
    const march = await ok<ResidentsOnView>(
      await wangge.request('GET', `/api/v1/org/nodes/${rooms.a.id}/residents-on?date=2025-03-01`),
    )
    expect(march.households.map((h) => h.code)).toEqual(['ZM-0600'])
  })

  it('lets only one of two concurrent writes win: same version, or the same person into two households', async () => {
    const { w, rooms, person } = await world(t())
    const shuji = await t().login('shuji')
    const one = await create(shuji, {
      communityId: w.zhangma.id,
      code: 'ZM-0800',
      roomId: rooms.a.id,
      movedInOn: '2025-01-01',
    })
    const two = await create(shuji, { communityId: w.zhangma.id, code: 'ZM-0801' })
    const moves = await Promise.all(
      [rooms.b, rooms.c].map((room) =>
        shuji.request('POST', `/api/v1/households/${one.id}/move-in`, {
          version: one.version,
          roomId: room.id,
          date: '2025-06-01',
        }),
      ),
    )
    expect(moves.map((r) => r.statusCode).sort()).toEqual([200, 409])
    const open = await t()
      .ctx.db.selectFrom('residences')
      .select('id')
      .where('household_id', '=', one.id)
      .where('moved_out_on', 'is', null)
      .execute()
    expect(open).toHaveLength(1)

    const wanderer = await person(w.zhangma, { name: '游一' })
    const joins = await Promise.all(
      [one.id, two.id].map(async (id) => {
        const current = await ok<HouseholdView>(await shuji.request('GET', `/api/v1/households/${id}`))
        return shuji.request('POST', `/api/v1/households/${id}/members`, {
          version: current.version,
          personId: wanderer.id,
          relation: 'other',
        })
      }),
    )
    expect(joins.map((r) => r.statusCode).sort()).toEqual([200, 409])
    const memberships = await t()
      .ctx.db.selectFrom('household_members')
      .select('id')
      .where('person_id', '=', wanderer.id)
      .execute()
    expect(memberships).toHaveLength(1)
  })

  it('audits every write with the scope path', async () => {
    const { w, rooms, person } = await world(t())
    const shuji = await t().login('shuji')
    const head = await person(w.zhangma, { name: '郑一', idNumber: '320811196005011234' })
    const spouse = await person(w.zhangma, { name: '郑二' })
    let h = await create(shuji, {
      communityId: w.zhangma.id,
      code: 'ZM-0700',
      roomId: rooms.a.id,
      movedInOn: '2025-01-01',
      headPersonId: head.id,
    })
    h = await ok(
      await shuji.request('POST', `/api/v1/households/${h.id}/members`, {
        version: h.version,
        personId: spouse.id,
        relation: 'spouse',
      }),
    )
    h = await ok(
      await shuji.request('PATCH', `/api/v1/households/${h.id}`, { version: h.version, code: 'ZM-0701' }),
    )
    h = await ok(
      await shuji.request('POST', `/api/v1/households/${h.id}/move-in`, {
        version: h.version,
        roomId: rooms.c.id,
        date: '2025-05-01',
      }),
    )
    h = await ok(
      await shuji.request(
        'DELETE',
        `/api/v1/households/${h.id}/members/${spouse.id}?version=${h.version}&leftOn=2025-06-01`,
      ),
    )
    await ok(
      await shuji.request('POST', `/api/v1/households/${h.id}/move-out`, {
        version: h.version,
        date: '2025-07-01',
      }),
    )
    const entries = await t()
      .ctx.db.selectFrom('audit_log')
      .select(['action', 'scope_path', 'actor_label', 'summary'])
      .where('target_id', '=', h.id)
      .orderBy('id')
      .execute()
    expect(entries.map((e) => [e.action, e.scope_path])).toEqual([
      ['household.create', rooms.a.path],
      ['household.add_member', rooms.a.path],
      ['household.update', rooms.a.path],
      ['household.move_in', rooms.c.path],
      ['household.remove_member', rooms.c.path],
      ['household.move_out', rooms.c.path],
    ])
    expect(entries.every((e) => e.actor_label === '李秀兰 (shuji)')).toBe(true)
    expect(JSON.stringify(entries)).not.toContain('320811196005011234')
  })
})

describe(`moved-in share (${testDialect})`, () => {
  const t = useTestApp()

  /** A community of our own under the park (the demo's may gain households as the seed grows). */
  async function freshCommunity(db: Db) {
    const actor = systemActor('test')
    const now = Date.now()
    const park = (await demoWorld(db)).park
    const node = (parentId: string, kind: 'community' | 'grid' | 'building', code: string, name: string) =>
      createOrgNode(db, { actor, node: { parentId, kind, code, name }, now })
    const community = await node(park.id, 'community', '320812400009', '测试社区')
    const grids = [
      await node(community.id, 'grid', '320812400009-G1', '第一网格'),
      await node(community.id, 'grid', '320812400009-G2', '第二网格'),
      await node(community.id, 'grid', '320812400009-G3', '第三网格'),
    ]
    const buildings = [
      await node(grids[0]?.id ?? '', 'building', '320812400009-B01', '1号楼'),
      await node(grids[1]?.id ?? '', 'building', '320812400009-B02', '2号楼'),
    ]
    return { community, grids, buildings }
  }

  it('counts 3 of 4 households moved in as 0.75, with each grid, on any day', async () => {
    const db = t().ctx.db
    const { community, grids, buildings } = await freshCommunity(db)
    const [b1, b2] = buildings as [OrgNodeTable, OrgNodeTable]
    const actor = systemActor('test')
    const now = Date.now()
    const plan = [
      { code: 'T-1', building: b1, room: '101', movedInOn: '2025-01-01' },
      { code: 'T-2', building: b1, room: '102', movedInOn: '2025-02-01' },
      { code: 'T-3', building: b2, room: '201', movedInOn: '2025-03-01' },
      { code: 'T-4', building: b2, room: '202', movedInOn: undefined },
    ]
    const ids: string[] = []
    for (const p of plan) {
      const room = await addRoom(db, p.building, { room: p.room })
      const h = await createHousehold({
        db,
        actor,
        now,
        input: {
          communityId: community.id,
          code: p.code,
          roomId: room.id,
          ...(p.movedInOn ? { movedInOn: p.movedInOn } : {}),
        },
      })
      ids.push(h.id)
    }
    const jiedao = await t().login('jiedao')
    const share = async (nodeId: string, date?: string) =>
      ok<MovedInShareView>(
        await jiedao.request(
          'GET',
          `/api/v1/org/nodes/${nodeId}/moved-in-share${date ? `?date=${date}` : ''}`,
        ),
      )
    const today = await share(community.id)
    expect(today).toMatchObject({ kind: 'community', movedIn: 3, households: 4, share: 0.75, withoutGrid: 0 })
    expect(today.grids.map((g) => [g.name, g.movedIn, g.households, g.share])).toEqual([
      ['第一网格', 2, 2, 1],
      ['第二网格', 1, 2, 0.5],
      ['第三网格', 0, 0, 0],
    ])
    const january = await share(community.id, '2025-01-15')
    expect(january).toMatchObject({ date: '2025-01-15', movedIn: 1, households: 4, share: 0.25 })
    expect(january.grids.map((g) => [g.movedIn, g.households])).toEqual([
      [1, 2],
      [0, 2],
      [0, 0],
    ])
    expect(await share(grids[1]?.id ?? '')).toMatchObject({
      kind: 'grid',
      movedIn: 1,
      households: 2,
      share: 0.5,
    })

    // T-3 moves from grid 2 to grid 1 in October: September still counts it in grid 2.
    const t3 = ids[2] ?? ''
    const room103 = await addRoom(db, b1, { room: '103' })
    await moveHouseholdIn({
      db,
      actor,
      now,
      id: t3,
      input: { version: 1, roomId: room103.id, date: '2025-10-01' },
    })
    const september = await share(community.id, '2025-09-30')
    expect(september.grids.map((g) => [g.movedIn, g.households])).toEqual([
      [2, 2],
      [1, 2],
      [0, 0],
    ])
    const november = await share(community.id, '2025-11-01')
    expect(november).toMatchObject({ movedIn: 3, households: 4, share: 0.75 })
    expect(november.grids.map((g) => [g.movedIn, g.households, g.share])).toEqual([
      [3, 3, 1],
      [0, 1, 0],
      [0, 0, 0],
    ])
    // A household with no room at all counts for the community only.
    await createHousehold({ db, actor, now, input: { communityId: community.id, code: 'T-5' } })
    expect(await share(community.id)).toMatchObject({ movedIn: 3, households: 5, share: 0.6, withoutGrid: 1 })

    const building = await jiedao.request('GET', `/api/v1/org/nodes/${b1.id}/moved-in-share`)
    expect(building.statusCode).toBe(422)
    const shuji = await t().login('shuji')
    expect((await shuji.request('GET', `/api/v1/org/nodes/${community.id}/moved-in-share`)).statusCode).toBe(
      404,
    )
  })
})
