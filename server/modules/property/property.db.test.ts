import { describe, expect, it } from 'vitest'
import { png, upload } from '../../../test/setup/files.js'
import { useTestApp, type Client, type TestApp } from '../../../test/setup/app.js'
import { addPerson, addRoom, demoWorld } from '../../../test/setup/factories.js'
import type { OrgNodeTable } from '../../db/index.js'
import { readJson } from '../../db/index.js'
import { newId } from '../../platform/ids.js'
import { startOfLocalDay } from '../../platform/time.js'
import { openDueOrders } from './index.js'

interface View {
  item: {
    id: string
    number: string
    kind: string
    state: string
    stateZh: string
    version: number
    actions: string[]
    assignee: { id: string; name: string } | null
    files: { fileId: string; stage: string }[]
  }
  source: { id: string; number: string; kind: string } | null
  facility: { id: string; name: string; state: string } | null
  plan: { name: string; periodZh: string; checklist: string[] } | null
  checks: {
    facility: { id: string; name: string; state: string }
    result: string | null
    failedZh: string[]
    repair: { id: string; number: string } | null
  }[]
  repairs: { id: string; number: string }[]
  canCheck: boolean
}
interface Plan {
  id: string
  name: string
  facilityCount: number
  overdueCount: number
  current: { id: string; number: string; state: string; periodZh: string; overdue: boolean } | null
  orders: { id: string }[]
  version: number
}
interface ErrorBody {
  error: { code: string; message: string; details: Record<string, unknown> }
}

/** 10:00 on 7 December 2026, Beijing time: a Monday, a week into the month. */
const DEC_7 = startOfLocalDay('2026-12-07') + 10 * 3600_000

async function addLamp(t: TestApp, at: OrgNodeTable, name: string, state = 'in_service') {
  const now = Date.now()
  const id = newId()
  await t.ctx.db
    .insertInto('facilities')
    .values({
      id,
      community_id: at.community_id ?? at.id,
      node_id: at.id,
      path: at.path,
      category: 'street_lamp',
      code: `T-${id.slice(-8)}`,
      name,
      state: state as 'in_service',
      location: `${at.name}东侧`,
      lat: null,
      lng: null,
      version: 1,
      created_at: now,
      updated_at: now,
    })
    .execute()
  return id
}

async function lampsOfGrid1(t: TestApp) {
  const world = await demoWorld(t.ctx.db)
  const grid = world.grids[0]
  const [b1, b2] = world.grid1Buildings
  if (!grid || !b1 || !b2) throw new Error('demo world missing')
  const lamps = [
    await addLamp(t, b1, '路灯001号'),
    await addLamp(t, b1, '路灯002号'),
    await addLamp(t, b2, '路灯003号'),
  ]
  return { world, grid, lamps }
}

async function planLamps(
  c: Client,
  nodeId: string,
  facilityIds: string[],
  body: Record<string, unknown> = {},
) {
  const res = await c.request('POST', '/api/v1/property/plans', {
    nodeId,
    name: '第一网格路灯月检',
    trade: 'electrical',
    checklist: ['灯具是否亮', '灯杆有无倾斜锈蚀', '线路有无裸露'],
    frequency: 'monthly',
    dueDays: 10,
    startsOn: '2026-11-01',
    facilityIds,
    ...body,
  })
  return res
}

async function get(c: Client, id: string): Promise<View> {
  const res = await c.request('GET', `/api/v1/property/${id}`)
  expect(res.statusCode, res.body).toBe(200)
  return res.json<View>()
}

async function act(c: Client, v: View, body: Record<string, unknown>, status = 200) {
  const res = await c.request('POST', `/api/v1/property/${v.item.id}/actions`, {
    version: v.item.version,
    ...body,
  })
  expect(res.statusCode, res.body).toBe(status)
  return res.json<View & ErrorBody>()
}

async function check(c: Client, v: View, facilityId: string, body: Record<string, unknown>, status = 200) {
  const res = await c.request('PUT', `/api/v1/property/${v.item.id}/checks/${facilityId}`, {
    version: v.item.version,
    ...body,
  })
  expect(res.statusCode, res.body).toBe(status)
  return res.json<View & ErrorBody>()
}

describe('红管家: a monthly street-lamp check, a fault found, its repair', () => {
  const t = useTestApp()

  it('opens this month’s check for the plan’s butler, and a fault becomes a repair that puts the lamp back in service', async () => {
    t().ctx.clock = () => DEC_7
    const { grid, lamps } = await lampsOfGrid1(t())
    const [lamp1, lamp2, lamp3] = lamps as [string, string, string]
    const shuji = await t().login('shuji')
    const hongguan = await t().login('hongguan')
    const created = await planLamps(shuji, grid.id, lamps, { assigneeUserId: hongguan.userId })
    expect(created.statusCode, created.body).toBe(201)
    const plan = created.json<Plan>()
    expect(plan).toMatchObject({ facilityCount: 3, overdueCount: 0 })
    expect(plan.current).toMatchObject({ periodZh: '2026年12月', state: 'dispatched', overdue: false })

    // The check is the butler's: dispatched to him, with the plan's checklist and its facilities.
    const mine = (await hongguan.request('GET', '/api/v1/property?view=mine')).json<{
      items: { id: string; title: string; planName: string | null }[]
    }>()
    expect(mine.items).toEqual([
      expect.objectContaining({
        id: plan.current?.id,
        title: '第一网格路灯月检 2026年12月',
        planName: '第一网格路灯月检',
      }),
    ])
    let v = await get(hongguan, plan.current?.id ?? '')
    expect(v.item).toMatchObject({ kind: 'property', stateZh: '已派单', assignee: { name: '孙德胜' } })
    expect(v.checks.map((c) => [c.facility.name, c.result])).toEqual([
      ['路灯001号', null],
      ['路灯002号', null],
      ['路灯003号', null],
    ])
    v = await act(hongguan, v, { action: 'accept' })
    expect(v.canCheck).toBe(true)

    // A fault must name what failed, and only points of the checklist.
    const vague = await check(hongguan, v, lamp2, { result: 'fault', failed: [] }, 400)
    expect(vague.error.code).toBe('VALIDATION_FAILED')
    await check(hongguan, v, lamp2, { result: 'fault', failed: [7] }, 400)

    v = await check(hongguan, v, lamp1, { result: 'ok', failed: [] })
    v = await check(hongguan, v, lamp2, { result: 'fault', failed: [0], note: '灯泡烧坏' })
    const fault = v.checks.find((c) => c.facility.id === lamp2)
    expect(fault).toMatchObject({ result: 'fault', failedZh: ['灯具是否亮'], facility: { state: 'faulty' } })
    expect(fault?.repair).not.toBeNull()
    // A result that became a repair stays as it is.
    const undo = await check(hongguan, v, lamp2, { result: 'ok', failed: [] }, 409)
    expect(undo.error.message).toContain('已生成维修工单')

    // Done means every facility checked, and a photo of the result.
    const photo = await upload(hongguan)
    const early = await act(
      hongguan,
      v,
      { action: 'resolve', outcome: 'solved', note: '巡检完成', photos: [photo] },
      422,
    )
    expect(early.error.message).toContain('路灯003号')
    v = await check(hongguan, v, lamp3, { result: 'ok', failed: [] })
    const noPhoto = await act(hongguan, v, { action: 'resolve', outcome: 'solved', note: '巡检完成' }, 400)
    expect(noPhoto.error.details).toMatchObject({ fields: [expect.objectContaining({ path: '/photos' })] })
    v = await act(hongguan, v, {
      action: 'resolve',
      outcome: 'solved',
      note: '巡检完成，1处故障已报修',
      photos: [photo],
    })
    expect(v.item.stateZh).toBe('已完工待验收')
    // The butler does not accept his own work; the community does.
    await act(hongguan, v, { action: 'close' }, 403)
    v = await act(shuji, await get(shuji, v.item.id), { action: 'close' })
    expect(v.item.stateZh).toBe('已验收')

    // The repair: placed at the lamp's building, made from the check, waiting for a butler.
    let repair = await get(hongguan, fault?.repair?.id ?? '')
    expect(repair.source).toMatchObject({ number: v.item.number, kind: 'property' })
    expect(repair.facility).toMatchObject({ name: '路灯002号', state: 'faulty' })
    expect(repair.item).toMatchObject({ state: 'reported', stateZh: '待派单' })
    repair = await act(hongguan, repair, { action: 'claim' })
    const before = await upload(hongguan)
    repair = await act(hongguan, repair, { action: 'start', photos: [before] })
    const after = await upload(hongguan, Buffer.concat([png, Buffer.from([0])]), 'after.png')
    repair = await act(hongguan, repair, {
      action: 'resolve',
      outcome: 'solved',
      note: '更换LED灯泡',
      photos: [after],
    })
    expect(repair.item.files.map((f) => f.stage).sort()).toEqual(['progress', 'resolution'])
    repair = await act(shuji, await get(shuji, repair.item.id), { action: 'close' })
    expect(repair.facility).toMatchObject({ state: 'in_service' })
    const audit = await t()
      .ctx.db.selectFrom('audit_log')
      .select(['action', 'summary'])
      .where('target_id', '=', lamp2)
      .orderBy('at')
      .execute()
    expect(audit.map((a) => [a.action, readJson<{ to: string }>(a.summary).to])).toEqual([
      ['facility.state', 'faulty'],
      ['facility.state', 'in_service'],
    ])
  })

  it('never opens a period’s check twice, however often or concurrently the job runs', async () => {
    t().ctx.clock = () => DEC_7
    const { grid, lamps } = await lampsOfGrid1(t())
    const shuji = await t().login('shuji')
    const plan = (await planLamps(shuji, grid.id, lamps)).json<Plan>()
    // A plan paused and another starting later: neither opens anything now.
    const later = (
      await planLamps(shuji, grid.id, lamps, { name: '明年路灯检查', startsOn: '2027-01-01' })
    ).json<Plan>()
    expect(later.current).toBeNull()

    const { db, pii } = t().ctx
    const runs = await Promise.all(
      [0, 1, 2].map(() =>
        db
          .transaction()
          .execute((trx) => openDueOrders(trx, pii, DEC_7))
          .catch(() => -1),
      ),
    )
    expect(runs.filter((n) => n > 0)).toEqual([])
    // The next month, the job opens January's check — once.
    const jan = startOfLocalDay('2027-01-01') + 60_000
    const opened = await Promise.all(
      [0, 1].map(() =>
        db
          .transaction()
          .execute((trx) => openDueOrders(trx, pii, jan))
          .catch(() => -1),
      ),
    )
    expect(opened.reduce((a, n) => a + Math.max(n, 0), 0)).toBe(2) // January's check of each plan
    const orders = await db
      .selectFrom('property_orders')
      .select(['plan_id', 'period_start'])
      .where('plan_id', 'in', [plan.id, later.id])
      .execute()
    expect(
      orders.map((o) => `${o.plan_id === plan.id ? 'plan' : 'later'} ${o.period_start ?? ''}`).sort(),
    ).toEqual(['later 2027-01-01', 'plan 2026-12-01', 'plan 2027-01-01'])
  })

  it('flags a plan whose check is open past its due day', async () => {
    const { grid, lamps } = await lampsOfGrid1(t())
    const shuji = await t().login('shuji')
    // Made on 1 December, due within 5 days of each month: on 7 December this month's check is late.
    t().ctx.clock = () => startOfLocalDay('2026-12-01') + 9 * 3600_000
    const plan = (await planLamps(shuji, grid.id, lamps, { dueDays: 5 })).json<Plan>()
    expect(plan.current).toMatchObject({ overdue: false })
    t().ctx.clock = () => DEC_7
    const world = await demoWorld(t().ctx.db)
    const list = (await shuji.request('GET', `/api/v1/property/plans?communityId=${world.zhangma.id}`)).json<{
      items: Plan[]
    }>()
    expect(list.items.find((p) => p.id === plan.id)).toMatchObject({
      overdueCount: 1,
      current: expect.objectContaining({ overdue: true }) as unknown,
    })
    const overdue = (
      await shuji.request('GET', `/api/v1/property?view=overdue&communityId=${world.zhangma.id}`)
    ).json<{ items: { id: string; overdue: boolean }[] }>()
    expect(overdue.items).toEqual([expect.objectContaining({ id: plan.current?.id, overdue: true })])
    // A plan made late in a period is not born overdue: its check gets its days from that day.
    const late = (await planLamps(shuji, grid.id, lamps, { name: '补充路灯检查', dueDays: 5 })).json<Plan>()
    expect(late).toMatchObject({
      overdueCount: 0,
      current: expect.objectContaining({ overdue: false }) as unknown,
    })
  })

  it('refuses a plan with no facility, or with facilities outside its place or retired, and leaves nothing behind', async () => {
    t().ctx.clock = () => DEC_7
    const { world, grid, lamps } = await lampsOfGrid1(t())
    const shuji = await t().login('shuji')
    const none = await planLamps(shuji, grid.id, [])
    expect(none.statusCode).toBe(400)
    expect(none.json<ErrorBody>().error.code).toBe('VALIDATION_FAILED')
    const elsewhere = await addLamp(t(), world.otherGrid, '花河路灯')
    const outside = await planLamps(shuji, grid.id, [lamps[0] ?? '', elsewhere])
    expect(outside.statusCode).toBe(400)
    expect(outside.json<ErrorBody>().error.details).toMatchObject({
      fields: [expect.objectContaining({ path: '/facilityIds/1' })],
    })
    const [b1] = world.grid1Buildings
    const retired = await addLamp(t(), b1 as OrgNodeTable, '旧路灯', 'retired')
    expect((await planLamps(shuji, grid.id, [retired])).statusCode).toBe(400)
    const blank = await planLamps(shuji, grid.id, lamps, { checklist: ['灯具是否亮', '灯具是否亮'] })
    expect(blank.statusCode).toBe(400)
    const plans = await t().ctx.db.selectFrom('maintenance_plans').select('id').execute()
    expect(plans).toEqual([])
    expect(await t().ctx.db.selectFrom('property_orders').select('item_id').execute()).toEqual([])
  })

  it('lets only the community plan, and only the community and its butlers see property orders', async () => {
    t().ctx.clock = () => DEC_7
    const { world, grid, lamps } = await lampsOfGrid1(t())
    const hongguan = await t().login('hongguan')
    const refused = await planLamps(hongguan, grid.id, lamps)
    expect(refused.statusCode).toBe(404)
    const shuji = await t().login('shuji')
    const plan = (await planLamps(shuji, grid.id, lamps)).json<Plan>()
    const wangge = await t().login('wangge1')
    expect((await wangge.request('GET', `/api/v1/property/${plan.current?.id ?? ''}`)).statusCode).toBe(404)
    expect((await wangge.request('GET', `/api/v1/property?communityId=${world.zhangma.id}`)).statusCode).toBe(
      404,
    )
    // A property order is not a request: the requests routes do not find it.
    expect((await shuji.request('GET', `/api/v1/requests/${plan.current?.id ?? ''}`)).statusCode).toBe(404)
  })
})

describe('红管家: two butlers take one order at the same moment', () => {
  const t = useTestApp()

  it('gives it to exactly one; the other hears who has it', async () => {
    const world = await demoWorld(t().ctx.db)
    const shuji = await t().login('shuji')
    const res = await shuji.request('POST', '/api/v1/property', {
      nodeId: world.grid1Buildings[0]?.id,
      categoryCode: 'butler.greening',
      description: '1号楼南侧绿化带杂草丛生，需要修剪',
    })
    expect(res.statusCode, res.body).toBe(201)
    const v = res.json<View>()
    const [a, b] = [await t().login('hongguan'), await t().login('hongguan2')]
    const answers = await Promise.all(
      [a, b].map((c) =>
        c.request('POST', `/api/v1/property/${v.item.id}/actions`, {
          action: 'claim',
          version: v.item.version,
        }),
      ),
    )
    expect(answers.map((r) => r.statusCode).sort()).toEqual([200, 409])
    const lost = answers.find((r) => r.statusCode === 409)
    expect(lost?.json<ErrorBody>().error.message).toMatch(/该工单已被(孙德胜|吴海波)接单/)
  })
})

describe('红管家: a resident’s repair request becomes a property order', () => {
  const t = useTestApp()

  it('carries the resident over, refuses a second hand-over, and tells the request and the resident when the work is accepted', async () => {
    const world = await demoWorld(t().ctx.db)
    const building = world.grid1Buildings[0]
    if (!building) throw new Error('demo world missing')
    const room = await addRoom(t().ctx.db, building, { unit: 1, room: '101' })
    const person = await addPerson(t().ctx.db, t().ctx.pii, room, {
      name: '刘长海',
      sex: 'male',
      phone: '13851230000',
    })
    const wangge = await t().login('wangge1')
    const filed = await wangge.request('POST', '/api/v1/requests', {
      requestType: 'repair',
      categoryCode: 'facilities.lamp',
      channel: 'visit',
      description: '1号楼1单元楼道灯坏了，晚上看不见',
      reporterPersonId: person.id,
      reporterPhone: '13851230000',
      confirmNotDuplicate: true,
    })
    expect(filed.statusCode, filed.body).toBe(200)
    const request = filed.json<{ item: { id: string; number: string } }>().item
    const handed = await wangge.request('POST', `/api/v1/property/from-request/${request.id}`, {})
    expect(handed.statusCode, handed.body).toBe(201)
    let order = handed.json<View>()
    expect(order.source).toMatchObject({ id: request.id, kind: 'request' })
    expect(order.item).toMatchObject({ kind: 'property', stateZh: '待派单' })
    const again = await wangge.request('POST', `/api/v1/property/from-request/${request.id}`, {})
    expect(again.statusCode).toBe(409)
    expect(again.json<ErrorBody>().error.message).toContain(order.item.number)

    const hongguan = await t().login('hongguan')
    order = await act(hongguan, await get(hongguan, order.item.id), { action: 'claim' })
    order = await act(hongguan, order, {
      action: 'resolve',
      outcome: 'solved',
      note: '更换楼道感应灯',
      photos: [await upload(hongguan)],
    })
    const shuji = await t().login('shuji')
    await act(shuji, await get(shuji, order.item.id), { action: 'close' })

    const timeline = (await wangge.request('GET', `/api/v1/requests/${request.id}/timeline`)).json<{
      items: { action: string; note: string | null }[]
    }>()
    expect(timeline.items.map((u) => u.note)).toEqual(
      expect.arrayContaining([
        `已转红管家，工单编号 ${order.item.number}`,
        `红管家工单 ${order.item.number} 已完工验收（已解决）`,
      ]),
    )
    const told = await t()
      .ctx.db.selectFrom('notifications')
      .select(['template', 'params'])
      .where('item_id', '=', request.id)
      .where('template', '=', 'property_done')
      .execute()
    expect(told).toHaveLength(1)
    expect(readJson<Record<string, string>>(told[0]?.params).number).toBe(request.number)
  })
})

describe('红管家: whom a plan’s checks may go to', () => {
  const t = useTestApp()

  it('lists the community’s red butlers first for the planner, and no one to a butler', async () => {
    const { grid, lamps } = await lampsOfGrid1(t())
    const shuji = await t().login('shuji')
    const res = await shuji.request('GET', `/api/v1/property/butlers?nodeId=${grid.id}`)
    expect(res.statusCode, res.body).toBe(200)
    const { items } = res.json<{ items: { userId: string; name: string; roles: string[] }[] }>()
    expect(items.slice(0, 2).map((b) => b.name)).toEqual(['孙德胜', '吴海波'])
    expect(items[0]?.roles).toEqual(['red_butler'])
    // The secretary handles property work too, after the butlers; the grid worker does not.
    expect(items.map((b) => b.name)).toContain('李秀兰')
    expect(items.map((b) => b.name)).not.toContain('陈志强')
    // Whoever is listed is accepted as the plan's butler.
    const sun = items.find((b) => b.name === '孙德胜')
    const planned = await planLamps(shuji, grid.id, lamps, { assigneeUserId: sun?.userId })
    expect(planned.statusCode, planned.body).toBe(201)

    const hongguan = await t().login('hongguan')
    const refused = await hongguan.request('GET', `/api/v1/property/butlers?nodeId=${grid.id}`)
    expect(refused.statusCode).toBe(404)
  })
})
