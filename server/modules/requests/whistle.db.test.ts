import { describe, expect, it } from 'vitest'
import { useTestApp, type Client } from '../../../test/setup/app.js'
import { demoWorld } from '../../../test/setup/factories.js'

interface Item {
  id: string
  number: string
  state: string
  level: string
  version: number
  whistled: boolean
  actions: string[]
}
interface Whistle {
  id: string
  reportBy: number
  parties: {
    id: string
    name: string
    kind: string
    reportedAt: number | null
    late: boolean
    score: number | null
    version: number
  }[]
}
interface ErrorBody {
  error: { code: string; message: string }
}

async function act(c: Client, item: Item, body: Record<string, unknown>, status = 200): Promise<Item> {
  const res = await c.request('POST', `/api/v1/requests/${item.id}/actions`, {
    version: item.version,
    ...body,
  })
  expect(res.statusCode, res.body).toBe(status)
  return res.json<Item>()
}

describe('吹哨报到: the community summons the property company, which reports and resolves', () => {
  const t = useTestApp()

  it('runs the whistle from escalation to evaluation, and the summoned company sees only this item', async () => {
    const world = await demoWorld(t().ctx.db)
    const building = world.grid1Buildings[0]
    if (!building) throw new Error('demo missing')
    const wangge = await t().login('wangge1')
    const shuji = await t().login('shuji')
    const wuye = await t().login('wuye')
    const filed = await wangge.request('POST', '/api/v1/requests', {
      requestType: 'repair',
      categoryCode: 'facilities.water',
      channel: 'patrol',
      description: '1号楼主水管爆裂，整栋停水',
      nodeId: building.id,
      confirmNotDuplicate: true,
    })
    let item = filed.json<{ item: Item }>().item
    const other = (
      await wangge.request('POST', '/api/v1/requests', {
        requestType: 'complaint',
        categoryCode: 'property.noise',
        channel: 'patrol',
        description: '夜间施工噪音',
        nodeId: building.id,
      })
    ).json<{ item: Item }>().item
    item = await act(wangge, item, { action: 'escalate', note: '需物业更换主管道' })

    // Before the whistle the company cannot see the item at all.
    expect((await wuye.request('GET', `/api/v1/requests/${item.id}`)).statusCode).toBe(404)

    const provider = await t()
      .ctx.db.selectFrom('providers')
      .select('id')
      .where('name', '=', '张码花园物业服务中心')
      .executeTakeFirstOrThrow()
    const whistleRes = await shuji.request('POST', `/api/v1/requests/${item.id}/whistles`, {
      version: item.version,
      note: '请物业30分钟内到场处置',
      providerIds: [provider.id],
    })
    expect(whistleRes.statusCode, whistleRes.body).toBe(200)
    const whistle = whistleRes.json<Whistle>()
    expect(whistle.parties).toMatchObject([
      { name: '张码花园物业服务中心', kind: 'provider', reportedAt: null },
    ])
    const party = whistle.parties[0]
    if (!party) throw new Error('no party')

    // The company reports, is dispatched the item, accepts and resolves it.
    const report = await wuye.request('POST', `/api/v1/whistle-parties/${party.id}/report`, {
      version: party.version,
      contribution: '维修班组已到场，关阀抢修',
    })
    expect(report.statusCode, report.body).toBe(200)
    expect(report.json<Whistle>().parties[0]).toMatchObject({ late: false })
    expect((await wuye.request('GET', `/api/v1/requests/${other.id}`)).statusCode).toBe(404)
    const twice = await wuye.request('POST', `/api/v1/whistle-parties/${party.id}/report`, {
      version: party.version + 1,
      contribution: '再次报到',
    })
    expect(twice.statusCode).toBe(409)

    item = (await shuji.request('GET', `/api/v1/requests/${item.id}`)).json<Item>()
    expect(item.whistled).toBe(true)
    // The company's staff are offered for dispatch, and find the item in their "summoned" box.
    const candidates = await shuji.request('GET', `/api/v1/requests/${item.id}/assignees`)
    expect(
      candidates.json<{ items: { userId: string; kind: string; detail: string }[] }>().items,
    ).toContainEqual({
      userId: wuye.userId,
      name: '王德福',
      kind: 'summoned',
      detail: '张码花园物业服务中心',
    })
    expect((await wangge.request('GET', `/api/v1/requests/${item.id}/assignees`)).statusCode).toBe(403)
    const summonedBox = await wuye.request('GET', '/api/v1/requests?box=summoned')
    expect(summonedBox.json<{ items: { id: string }[] }>().items.map((i) => i.id)).toEqual([item.id])
    item = await act(shuji, item, { action: 'dispatch', assigneeUserId: wuye.userId })
    item = (await wuye.request('GET', `/api/v1/requests/${item.id}`)).json<Item>()
    expect(item.actions).toEqual(expect.arrayContaining(['accept', 'return']))
    expect(item.actions).not.toContain('close')
    item = await act(wuye, item, { action: 'accept' })
    item = await act(wuye, item, { action: 'resolve', outcome: 'solved', note: '主管道已更换，恢复供水' })
    const selfClose = await wuye.request('POST', `/api/v1/requests/${item.id}/actions`, {
      action: 'close',
      version: item.version,
    })
    expect(selfClose.statusCode).toBe(403)
    item = await act(shuji, item, { action: 'close' })
    expect(item.state).toBe('closed')

    const evaluated = await shuji.request('POST', `/api/v1/whistle-parties/${party.id}/evaluate`, {
      version: party.version + 1,
      score: 5,
      evaluation: '响应迅速',
    })
    expect(evaluated.statusCode, evaluated.body).toBe(200)
    expect(evaluated.json<Whistle>().parties[0]?.score).toBe(5)

    const box = await shuji.request('GET', '/api/v1/requests?box=whistled&status=all')
    expect(box.json<{ items: { id: string }[] }>().items.map((i) => i.id)).toEqual([item.id])
    const steps = (await shuji.request('GET', `/api/v1/requests/${item.id}/timeline`))
      .json<{ items: { action: string }[] }>()
      .items.map((s) => s.action)
    expect(steps).toEqual([
      'file',
      'escalate',
      'whistle',
      'whistle_report',
      'dispatch',
      'accept',
      'resolve',
      'close',
      'whistle_evaluate',
    ])
  })

  it('refuses a whistle with nobody to summon, or a provider that does not serve the place', async () => {
    const world = await demoWorld(t().ctx.db)
    const building = world.grid1Buildings[0]
    if (!building) throw new Error('demo missing')
    const shuji = await t().login('shuji')
    const item = (
      await shuji.request('POST', '/api/v1/requests', {
        requestType: 'repair',
        categoryCode: 'facilities.lamp',
        channel: 'phone',
        description: '路灯不亮',
        nodeId: building.id,
      })
    ).json<{ item: Item }>().item
    const empty = await shuji.request('POST', `/api/v1/requests/${item.id}/whistles`, {
      version: item.version,
      note: '吹哨',
    })
    expect(empty.statusCode).toBe(400)
    const stranger = await t()
      .ctx.db.insertInto('providers')
      .values({
        id: '01900000-0000-7000-8000-000000000001',
        kind: 'property_company',
        name: '花河物业',
        area_path: world.huahe.path,
        contact_name: null,
        phone_sealed: null,
        phone_tail: null,
        version: 1,
        created_at: Date.now(),
        updated_at: Date.now(),
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    const wrong = await shuji.request('POST', `/api/v1/requests/${item.id}/whistles`, {
      version: item.version,
      note: '吹哨',
      providerIds: [stranger.id],
    })
    expect(wrong.statusCode).toBe(400)
    expect(wrong.json<ErrorBody>().error.code).toBe('VALIDATION_FAILED')
  })
})

describe('三步走: the community’s stage', () => {
  const t = useTestApp()

  it('shows the stage and refuses to advance while too few households have moved in; only the secretary may try', async () => {
    const world = await demoWorld(t().ctx.db)
    const shuji = await t().login('shuji')
    const wangge = await t().login('wangge1')
    const view = await shuji.request('GET', `/api/v1/communities/${world.zhangma.id}/stage`)
    expect(view.statusCode).toBe(200)
    const stage = view.json<{ stage: number; version: number; stageZh: string; households: number }>()
    expect(stage).toMatchObject({ stage: 2, stageZh: '以社区为主、村为辅' })
    const tooSoon = await shuji.request('POST', `/api/v1/communities/${world.zhangma.id}/stage/advance`, {
      to: 3,
      version: stage.version,
      note: '拆迁安置完成',
    })
    expect(tooSoon.statusCode).toBe(422)
    expect(tooSoon.json<ErrorBody>().error.message).toContain('推进需达到 95%')
    const skip = await shuji.request('POST', `/api/v1/communities/${world.zhangma.id}/stage/advance`, {
      to: 2,
      version: stage.version,
      note: '回退',
    })
    expect(skip.statusCode).toBe(422)
    const forbidden = await wangge.request('POST', `/api/v1/communities/${world.zhangma.id}/stage/advance`, {
      to: 3,
      version: stage.version,
      note: '网格员无权推进',
    })
    expect(forbidden.statusCode).toBe(404)
    const elsewhere = await shuji.request('GET', `/api/v1/communities/${world.huahe.id}/stage`)
    expect(elsewhere.statusCode).toBe(404)
  })
})
