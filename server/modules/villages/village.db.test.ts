import { describe, expect, it } from 'vitest'
import { testDialect } from '../../../test/setup/db.js'
import { useTestApp, type Client } from '../../../test/setup/app.js'
import { addPerson, addRoom, demoWorld } from '../../../test/setup/factories.js'

interface Village {
  id: string
  code: string
  name: string
  collectiveName: string | null
  areaNodeId: string
  areaName: string
  communities: { id: string; name: string }[]
}
interface HostedVillage {
  id: string
  name: string
  memberCount: number
  partyMemberCount: number
}
interface ErrorBody {
  error: { code: string; message: string; details: Record<string, unknown> }
}

describe(`villages and the communities that host them (${testDialect})`, () => {
  const t = useTestApp()

  async function newVillage(admin: Client, parkId: string, code: string, name: string) {
    const res = await admin.request('POST', '/api/v1/villages', {
      areaNodeId: parkId,
      code,
      name,
      collectiveName: `${name}股份经济合作社`,
    })
    expect(res.statusCode).toBe(201)
    return res.json<Village>()
  }

  it('lets the accountant of 李湾村 read her village and not 孔连村', async () => {
    const world = await demoWorld(t().ctx.db)
    const liwan = world.villages.find((v) => v.name === '李湾村')!
    const konglian = world.villages.find((v) => v.name === '孔连村')!
    const accountant = await t().login('kuaiji')
    const own = await accountant.request('GET', `/api/v1/villages/${liwan.id}`)
    expect(own.statusCode).toBe(200)
    expect(own.json<Village>()).toMatchObject({
      name: '李湾村',
      areaName: '淮安工业园区',
      areaNodeId: world.park.id,
    })
    const other = await accountant.request('GET', `/api/v1/villages/${konglian.id}`)
    expect(other.statusCode).toBe(404)
    expect(other.json<ErrorBody>().error).toMatchObject({
      code: 'NOT_FOUND_OR_NO_ACCESS',
      message: '村不存在或无权访问。',
    })
    // The street leader and the auditor of the park reach every village of the park.
    for (const user of ['jiedao', 'shenji', 'admin']) {
      const c = await t().login(user)
      expect((await c.request('GET', `/api/v1/villages/${konglian.id}`)).statusCode).toBe(200)
    }
  })

  it('lets the secretary read a village once her community hosts it, and audits the link', async () => {
    const world = await demoWorld(t().ctx.db)
    const admin = await t().login('admin')
    const village = await newVillage(admin, world.park.id, 'T-V-01', '张庄村')
    expect(village).toMatchObject({ collectiveName: '张庄村股份经济合作社', communities: [] })
    const secretary = await t().login('shuji')
    expect((await secretary.request('GET', `/api/v1/villages/${village.id}`)).statusCode).toBe(404)
    const link = await secretary.request('POST', `/api/v1/org/nodes/${world.zhangma.id}/villages`, {
      villageId: village.id,
    })
    expect(link.statusCode).toBe(201)
    expect(link.json<HostedVillage>()).toMatchObject({ name: '张庄村', memberCount: 0 })
    const read = await secretary.request('GET', `/api/v1/villages/${village.id}`)
    expect(read.statusCode).toBe(200)
    expect(read.json<Village>().communities).toEqual([{ id: world.zhangma.id, name: '张码花园社区' }])
    const again = await secretary.request('POST', `/api/v1/org/nodes/${world.zhangma.id}/villages`, {
      villageId: village.id,
    })
    expect(again.statusCode).toBe(409)
    expect(again.json<ErrorBody>().error.message).toBe('操作与现有数据冲突：该村已关联到本社区。')
    // A grid worker of that community does not cover the community, so not its villages either.
    const worker = await t().login('wangge1')
    expect((await worker.request('GET', `/api/v1/villages/${village.id}`)).statusCode).toBe(404)
    // Nor can the secretary link a village to another community, or to a grid.
    expect(
      (
        await secretary.request('POST', `/api/v1/org/nodes/${world.huahe.id}/villages`, {
          villageId: village.id,
        })
      ).statusCode,
    ).toBe(404)
    const toGrid = await secretary.request('POST', `/api/v1/org/nodes/${world.grids[0]!.id}/villages`, {
      villageId: village.id,
    })
    expect(toGrid.statusCode).toBe(422)
    expect(toGrid.json<ErrorBody>().error.message).toBe('无法处理该请求：只有社区才有安置的村。')
    const audit = (
      await secretary.request('GET', `/api/v1/audit?action=village.link_community&targetId=${village.id}`)
    ).json<{ items: { villageId: string; summary: Record<string, unknown> }[] }>()
    expect(audit.items).toHaveLength(1)
    expect(audit.items[0]).toMatchObject({
      villageId: village.id,
      summary: { community: '张码花园社区', village: '张庄村' },
    })
    // Unlinking (nobody of that origin lives here) ends the secretary's view of it.
    const unlink = await secretary.request(
      'DELETE',
      `/api/v1/org/nodes/${world.zhangma.id}/villages/${village.id}`,
    )
    expect(unlink.statusCode).toBe(204)
    expect((await secretary.request('GET', `/api/v1/villages/${village.id}`)).statusCode).toBe(404)
    const gone = await secretary.request(
      'DELETE',
      `/api/v1/org/nodes/${world.zhangma.id}/villages/${village.id}`,
    )
    expect(gone.statusCode).toBe(404)
  })

  it('counts the residents of each hosted village by origin', async () => {
    const db = t().ctx.db
    const world = await demoWorld(db)
    const admin = await t().login('admin')
    const a = await newVillage(admin, world.park.id, 'T-V-11', '甲村')
    const b = await newVillage(admin, world.park.id, 'T-V-12', '乙村')
    const c = await newVillage(admin, world.park.id, 'T-V-13', '丙村')
    const secretary = await t().login('shuji')
    for (const v of [a, b, c])
      expect(
        (
          await secretary.request('POST', `/api/v1/org/nodes/${world.zhangma.id}/villages`, {
            villageId: v.id,
          })
        ).statusCode,
      ).toBe(201)
    const room = await addRoom(db, world.grid1Buildings[0]!, { unit: 9, room: '2901' })
    const pii = t().ctx.pii
    await addPerson(db, pii, room, { name: '甲一', originVillageId: a.id, partyMember: true })
    await addPerson(db, pii, room, { name: '甲二', originVillageId: a.id })
    await addPerson(db, pii, world.zhangma, { name: '甲三', originVillageId: a.id })
    const away = await addPerson(db, pii, room, { name: '甲四', originVillageId: a.id })
    await db.updateTable('persons').set({ status: 'moved_away' }).where('id', '=', away.id).execute()
    await addPerson(db, pii, room, { name: '乙一', originVillageId: b.id })
    // Living in the other community: counted there, not here.
    await addPerson(db, pii, world.otherGrid, { name: '甲五', originVillageId: a.id })

    const list = await secretary.request('GET', `/api/v1/org/nodes/${world.zhangma.id}/villages`)
    expect(list.statusCode).toBe(200)
    const counts = list
      .json<{ items: HostedVillage[] }>()
      .items.filter((v) => [a.id, b.id, c.id].includes(v.id))
      .map((v) => [v.name, v.memberCount, v.partyMemberCount])
    expect(counts).toEqual([
      ['甲村', 3, 1],
      ['乙村', 1, 0],
      ['丙村', 0, 0],
    ])
    // People of 乙村 still live here: the link stays.
    const unlink = await secretary.request('DELETE', `/api/v1/org/nodes/${world.zhangma.id}/villages/${b.id}`)
    expect(unlink.statusCode).toBe(409)
    expect(unlink.json<ErrorBody>().error.message).toBe(
      '操作与现有数据冲突：本社区仍有 1 名该村籍居民，不能取消关联。',
    )
    // Another community's list is not hers to read; a grid worker cannot read the community's.
    expect((await secretary.request('GET', `/api/v1/org/nodes/${world.huahe.id}/villages`)).statusCode).toBe(
      404,
    )
    const worker = await t().login('wangge1')
    expect((await worker.request('GET', `/api/v1/org/nodes/${world.zhangma.id}/villages`)).statusCode).toBe(
      404,
    )
  })

  it('creates villages only in a street or park, once per code, by someone who may update that area', async () => {
    const world = await demoWorld(t().ctx.db)
    const admin = await t().login('admin')
    const v = await newVillage(admin, world.park.id, 'T-V-21', '丁村')
    const dup = await admin.request('POST', '/api/v1/villages', {
      areaNodeId: world.park.id,
      code: 'T-V-21',
      name: '戊村',
    })
    expect(dup.statusCode).toBe(409)
    expect(dup.json<ErrorBody>().error.message).toBe('操作与现有数据冲突：村编码已被使用。')
    const inCommunity = await admin.request('POST', '/api/v1/villages', {
      areaNodeId: world.zhangma.id,
      code: 'T-V-22',
      name: '己村',
    })
    expect(inCommunity.statusCode).toBe(422)
    const secretary = await t().login('shuji')
    const bySecretary = await secretary.request('POST', '/api/v1/villages', {
      areaNodeId: world.park.id,
      code: 'T-V-23',
      name: '庚村',
    })
    expect(bySecretary.statusCode).toBe(404)
    const audit = (await admin.request('GET', `/api/v1/audit?action=village.create&targetId=${v.id}`)).json<{
      items: { villageId: string; summary: Record<string, unknown> }[]
    }>()
    expect(audit.items[0]).toMatchObject({
      villageId: v.id,
      summary: { code: 'T-V-21', name: '丁村', collectiveName: '丁村股份经济合作社', area: '淮安工业园区' },
    })
  })
})
