import { describe, expect, it } from 'vitest'
import { testDialect } from '../../../test/setup/db.js'
import { useTestApp, type Client } from '../../../test/setup/app.js'
import { addPerson, addRoom, demoWorld } from '../../../test/setup/factories.js'
import { residentIdCheckChar } from './person.domain.js'

interface Person {
  id: string
  name: string
  idNumber: string | null
  phone: string | null
  address: string
  age: number | null
  sex: string
  version: number
  originVillage: { name: string } | null
}
interface ErrorBody {
  error: { code: string; message: string; details: { fields?: { path: string; message: string }[] } }
}

const idFor = (first17: string): string => `${first17}${residentIdCheckChar(first17)}`
const zhangsanId = idFor('32081219560312101')

describe(`the person registry (${testDialect})`, () => {
  const t = useTestApp()

  async function setup() {
    const world = await demoWorld(t().ctx.db)
    const building = world.grid1Buildings[0]!
    const room = await addRoom(t().ctx.db, building, { unit: 2, room: '301' })
    return { world, room }
  }

  async function register(c: Client, placeId: string, extra: Record<string, unknown> = {}) {
    return c.request('POST', '/api/v1/persons', {
      name: '张三',
      idType: 'resident_id',
      idNumber: zhangsanId,
      phone: '13851761234',
      hukou: 'registered',
      placeId,
      ...extra,
    })
  }

  it('registers a person with the birth date and sex read from the ID, and shows the identifiers masked', async () => {
    const { room, world } = await setup()
    const secretary = await t().login('shuji')
    const res = await register(secretary, room.id, { originVillageId: world.villages[0]!.id })
    expect(res.statusCode).toBe(201)
    const p = res.json<Person>()
    expect(p).toMatchObject({
      name: '张三',
      sex: 'male',
      idNumber: '3208**********' + zhangsanId.slice(-4),
      phone: '138****1234',
      address: '张码花园社区 1号楼 2单元 301',
      originVillage: { name: '李湾村' },
    })
    expect(p.age).toBeGreaterThanOrEqual(70)
    // Nothing readable is stored.
    const stored = await t()
      .ctx.db.selectFrom('persons')
      .selectAll()
      .where('id', '=', p.id)
      .executeTakeFirstOrThrow()
    expect(JSON.stringify(stored)).not.toContain(zhangsanId)
    expect(JSON.stringify(stored)).not.toContain('13851761234')
    expect(stored.id_tail).toBe(zhangsanId.slice(-4))
  })

  it('unmasks only for a role that may, and audits each disclosure', async () => {
    const { room } = await setup()
    const secretary = await t().login('shuji')
    const p = (await register(secretary, room.id)).json<Person>()
    const full = await secretary.request('GET', `/api/v1/persons/${p.id}?unmask=true`)
    expect(full.json<Person>()).toMatchObject({ idNumber: zhangsanId, phone: '13851761234' })
    const audit = await t()
      .ctx.db.selectFrom('audit_log')
      .select(['action', 'summary'])
      .where('target_id', '=', p.id)
      .orderBy('id')
      .execute()
    expect(audit.map((a) => a.action)).toEqual(['person.create', 'person.unmask'])
    expect(JSON.stringify(audit)).not.toContain(zhangsanId)
    // The building leader role can read but not unmask: a party member here can't even read.
    const leader = await t().login('wangge1')
    expect((await leader.request('GET', `/api/v1/persons/${p.id}?unmask=true`)).json<Person>().idNumber).toBe(
      zhangsanId,
    )
  })

  it('refuses an ID with a wrong check digit, naming the field in Chinese, and a second registration of one ID', async () => {
    const { room } = await setup()
    const secretary = await t().login('shuji')
    const wrong = zhangsanId.slice(0, 17) + (zhangsanId[17] === '1' ? '2' : '1')
    const bad = await register(secretary, room.id, { idNumber: wrong })
    expect(bad.statusCode).toBe(400)
    expect(bad.json<ErrorBody>().error.details.fields).toEqual([
      expect.objectContaining({ path: '/idNumber', message: '校验位不正确' }),
    ])
    const mismatch = await register(secretary, room.id, { birthDate: '1960-01-01' })
    expect(mismatch.statusCode).toBe(400)
    expect((await register(secretary, room.id)).statusCode).toBe(201)
    const again = await register(secretary, room.id, { name: '张叁' })
    expect(again.statusCode).toBe(409)
    expect(again.json<ErrorBody>().error.message).toContain('该证件号码已登记')
  })

  it('lets a grid worker find a resident by the last four digits of a phone, in their grid only', async () => {
    const { world, room } = await setup()
    const secretary = await t().login('shuji')
    await register(secretary, room.id)
    const grid2 = world.grids[1]!
    await addPerson(t().ctx.db, t().ctx.pii, grid2, { name: '李四', phone: '13900001234' })
    const worker = await t().login('wangge1')
    const res = await worker.request('GET', '/api/v1/persons/search?q=1234')
    const found = res.json<{ items: Person[]; matchedBy: string[] }>()
    expect(found.items.map((p) => p.name)).toEqual(['张三'])
    expect(found.matchedBy).toEqual(['tail'])
    const all = (await secretary.request('GET', '/api/v1/persons/search?q=1234')).json<{ items: Person[] }>()
    expect(all.items.map((p) => p.name).sort()).toEqual(['张三', '李四'])
  })

  it('finds by characters, full pinyin and initials', async () => {
    const { room } = await setup()
    const db = t().ctx.db
    for (const name of ['张三', '张珊珊', '赵四', '章北']) await addPerson(db, t().ctx.pii, room, { name })
    const c = await t().login('shuji')
    const names = async (q: string) =>
      (await c.request('GET', `/api/v1/persons/search?q=${encodeURIComponent(q)}`))
        .json<{ items: Person[] }>()
        .items.map((p) => p.name)
    expect(await names('张')).toEqual(['张三', '张珊珊'])
    expect(await names('zhangs')).toEqual(['张三', '张珊珊'])
    expect(await names('zs')).toEqual(['张三', '张珊珊', '赵四'])
    expect(await names('zb')).toEqual(['章北'])
  })

  it('answers "not found or no access" for a person in another community, as for a missing one', async () => {
    const { world } = await setup()
    const other = await addPerson(t().ctx.db, t().ctx.pii, world.otherGrid, { name: '王五' })
    const secretary = await t().login('shuji')
    const res = await secretary.request('GET', `/api/v1/persons/${other.id}`)
    const missing = await secretary.request('GET', '/api/v1/persons/01900000-0000-7000-8000-000000000000')
    expect(res.statusCode).toBe(404)
    expect(res.json()).toEqual(missing.json())
  })

  it("shows a village accountant her village's members wherever they live, and no one else", async () => {
    const { world, room } = await setup()
    const [liwan, konglian] = world.villages
    const ours = await addPerson(t().ctx.db, t().ctx.pii, room, {
      name: '李大福',
      originVillageId: liwan!.id,
    })
    const theirs = await addPerson(t().ctx.db, t().ctx.pii, room, {
      name: '孔德才',
      originVillageId: konglian!.id,
    })
    const accountant = await t().login('kuaiji')
    expect((await accountant.request('GET', `/api/v1/persons/${ours.id}`)).statusCode).toBe(200)
    expect((await accountant.request('GET', `/api/v1/persons/${theirs.id}`)).statusCode).toBe(404)
    const found = (await accountant.request('GET', '/api/v1/persons/search?q=l')).json<{ items: Person[] }>()
    expect(found.items.map((p) => p.name)).toEqual(['李大福'])
  })

  it('corrects a person with optimistic concurrency and keeps identifiers out of the audit log', async () => {
    const { room } = await setup()
    const c = await t().login('shuji')
    const p = (await register(c, room.id)).json<Person>()
    const ok = await c.request('PATCH', `/api/v1/persons/${p.id}`, {
      version: p.version,
      phone: '13700009999',
    })
    expect(ok.statusCode).toBe(200)
    expect(ok.json<Person>().phone).toBe('137****9999')
    const stale = await c.request('PATCH', `/api/v1/persons/${p.id}`, { version: p.version, name: '张三丰' })
    expect(stale.statusCode).toBe(409)
    const entry = await t()
      .ctx.db.selectFrom('audit_log')
      .select('summary')
      .where('action', '=', 'person.update')
      .executeTakeFirstOrThrow()
    expect(JSON.stringify(entry.summary)).toContain('137****9999')
    expect(JSON.stringify(entry.summary)).not.toContain('13700009999')
    expect(JSON.stringify(entry.summary)).not.toContain('13851761234')
  })

  it('says which household a person belongs to', async () => {
    const { world, room } = await setup()
    const c = await t().login('shuji')
    const p = (await register(c, room.id)).json<Person>()
    expect(
      (await c.request('GET', `/api/v1/persons/${p.id}`)).json<{ household: unknown }>().household,
    ).toBeNull()
    const created = await c.request('POST', '/api/v1/households', {
      communityId: world.zhangma.id,
      code: 'ZM-0001',
      roomId: room.id,
      headPersonId: p.id,
    })
    expect(created.statusCode).toBe(201)
    const after = (await c.request('GET', `/api/v1/persons/${p.id}`)).json<{ household: unknown }>()
    expect(after.household).toEqual({
      id: created.json<{ id: string }>().id,
      code: 'ZM-0001',
      relation: 'head',
    })
  })

  it('lists the people of a grid by pinyin, a page at a time', async () => {
    const { world, room } = await setup()
    for (const name of ['王芳', '阿布', '张伟', '李娜', '陈静'])
      await addPerson(t().ctx.db, t().ctx.pii, room, { name })
    const c = await t().login('wangge1')
    const first = (await c.request('GET', `/api/v1/org/nodes/${world.grids[0]!.id}/persons?limit=3`)).json<{
      items: Person[]
      nextCursor: string
    }>()
    expect(first.items.map((p) => p.name)).toEqual(['阿布', '陈静', '李娜'])
    const second = (
      await c.request(
        'GET',
        `/api/v1/org/nodes/${world.grids[0]!.id}/persons?limit=3&cursor=${first.nextCursor}`,
      )
    ).json<{ items: Person[]; nextCursor: string | null }>()
    expect(second.items.map((p) => p.name)).toEqual(['王芳', '张伟'])
    expect(second.nextCursor).toBeNull()
  })
})
