import { describe, expect, it } from 'vitest'
import { testDialect } from '../../../test/setup/db.js'
import { useTestApp } from '../../../test/setup/app.js'
import { demoWorld } from '../../../test/setup/factories.js'

interface Provider {
  id: string
  kind: string
  kindName: string
  name: string
  areaNodeId: string
  areaName: string
  contactName: string | null
  phone: string | null
  unmasked: boolean
}
interface ErrorBody {
  error: { code: string; message: string; details: { fields?: { path: string; message: string }[] } }
}

describe(`providers outside the community (${testDialect})`, () => {
  const t = useTestApp()

  it('finds a street-level provider from a grid inside it, with its phone masked and stored sealed', async () => {
    const world = await demoWorld(t().ctx.db)
    const admin = await t().login('admin')
    const police = await admin.request('POST', '/api/v1/providers', {
      areaNodeId: world.park.id,
      kind: 'police_station',
      name: '园区派出所',
      contactName: '王警官',
      phone: '138 5176 5678',
    })
    expect(police.statusCode).toBe(201)
    expect(police.json<Provider>()).toMatchObject({
      kindName: '派出所',
      areaName: '淮安工业园区',
      phone: '138****5678',
      unmasked: false,
    })
    const other = await admin.request('POST', '/api/v1/providers', {
      areaNodeId: world.huahe.id,
      kind: 'property_company',
      name: '花河物业',
    })
    expect(other.statusCode).toBe(201)

    const worker = await t().login('wangge1')
    const seen = await worker.request('GET', `/api/v1/org/nodes/${world.grids[0]!.id}/providers`)
    expect(seen.statusCode).toBe(200)
    const names = seen.json<{ items: Provider[] }>().items.map((p) => p.name)
    expect(names).toContain('园区派出所')
    expect(names).not.toContain('花河物业')
    const mine = seen.json<{ items: Provider[] }>().items.find((p) => p.name === '园区派出所')
    expect(mine).toMatchObject({ phone: '138****5678', areaNodeId: world.park.id, contactName: '王警官' })

    const stored = await t()
      .ctx.db.selectFrom('providers')
      .selectAll()
      .where('id', '=', police.json<Provider>().id)
      .executeTakeFirstOrThrow()
    expect(JSON.stringify(stored)).not.toContain('13851765678')
    expect(stored.phone_tail).toBe('5678')
    expect(stored.area_path).toBe(world.park.path)

    // The street office's own list (at the park) holds it too; the other community's holds its own.
    const huahe = await admin.request('GET', `/api/v1/org/nodes/${world.otherGrid.id}/providers`)
    expect(huahe.json<{ items: Provider[] }>().items.map((p) => p.name)).toEqual(
      expect.arrayContaining(['园区派出所', '花河物业']),
    )
    const audit = (
      await admin.request(
        'GET',
        `/api/v1/audit?action=provider.create&targetId=${police.json<Provider>().id}`,
      )
    ).json<{ items: { summary: Record<string, unknown> }[] }>()
    expect(audit.items[0]?.summary).toEqual({
      kind: 'police_station',
      name: '园区派出所',
      area: '淮安工业园区',
      hasPhone: true,
    })
  })

  it('shows phones in full only to a role that may unmask, and audits it', async () => {
    const world = await demoWorld(t().ctx.db)
    const secretary = await t().login('shuji')
    const created = await secretary.request('POST', '/api/v1/providers', {
      areaNodeId: world.zhangma.id,
      kind: 'property_company',
      name: '张码红色物业',
      phone: '0517-83651234',
    })
    expect(created.statusCode).toBe(201)
    expect(created.json<Provider>().phone).toBe('051*****1234')
    const full = await secretary.request('GET', `/api/v1/org/nodes/${world.zhangma.id}/providers?unmask=true`)
    expect(full.statusCode).toBe(200)
    expect(full.json<{ items: Provider[] }>().items.find((p) => p.name === '张码红色物业')).toMatchObject({
      phone: '051783651234',
      unmasked: true,
    })
    const audit = (
      await secretary.request('GET', `/api/v1/audit?action=provider.unmask&targetId=${world.zhangma.id}`)
    ).json<{ items: { summary: Record<string, unknown> }[] }>()
    expect(audit.items).toHaveLength(1)
    expect(audit.items[0]?.summary).toMatchObject({ fields: ['phone'] })
    // The street leader reads the list but has no person.unmask.
    const leader = await t().login('jiedao')
    expect((await leader.request('GET', `/api/v1/org/nodes/${world.zhangma.id}/providers`)).statusCode).toBe(
      200,
    )
    const refused = await leader.request('GET', `/api/v1/org/nodes/${world.zhangma.id}/providers?unmask=true`)
    expect(refused.statusCode).toBe(403)
    expect(refused.json<ErrorBody>().error.code).toBe('FORBIDDEN')
  })

  it('refuses a bad phone, an area outside the actor’s scope, and a room as an area', async () => {
    const world = await demoWorld(t().ctx.db)
    const secretary = await t().login('shuji')
    const badPhone = await secretary.request('POST', '/api/v1/providers', {
      areaNodeId: world.zhangma.id,
      kind: 'gas_utility',
      name: '燃气公司',
      phone: '12345',
    })
    expect(badPhone.statusCode).toBe(400)
    expect(badPhone.json<ErrorBody>().error.details.fields).toEqual([
      expect.objectContaining({ path: '/phone', message: '不是有效的手机号或固定电话' }),
    ])
    const atPark = await secretary.request('POST', '/api/v1/providers', {
      areaNodeId: world.park.id,
      kind: 'water_utility',
      name: '园区供水',
    })
    expect(atPark.statusCode).toBe(404)
    const atBuilding = await secretary.request('POST', '/api/v1/providers', {
      areaNodeId: world.grid1Buildings[0]!.id,
      kind: 'other',
      name: '楼下超市',
    })
    expect(atBuilding.statusCode).toBe(422)
    const elsewhere = await secretary.request('GET', `/api/v1/org/nodes/${world.huahe.id}/providers`)
    expect(elsewhere.statusCode).toBe(404)
    const count = await t()
      .ctx.db.selectFrom('providers')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('name', 'in', ['燃气公司', '园区供水', '楼下超市'])
      .executeTakeFirst()
    expect(Number(count?.n)).toBe(0)
  })
})
