import { describe, expect, it } from 'vitest'
import { useTestApp, type Client, type TestApp } from '../../../test/setup/app.js'
import { addPerson, addRoom, demoWorld } from '../../../test/setup/factories.js'
import { localDate } from '../../platform/time.js'
import { contributions, type FigureFields } from './figures.domain.js'
import { scheduleSla } from './intake.service.js'

interface Item {
  id: string
  number: string
  state: string
  level: string
  village: { id: string; name: string } | null
  assignee: { id: string; name: string } | null
  version: number
  actions: string[]
  overdue: boolean
  reporter: { name: string | null; phone: string | null }
}
interface ErrorBody {
  error: { code: string; message: string; details: Record<string, unknown> }
}

async function place(t: TestApp) {
  const world = await demoWorld(t.ctx.db)
  const building = world.grid1Buildings[0]
  if (!building) throw new Error('demo world missing')
  return { world, building }
}

async function file(c: Client, body: Record<string, unknown>): Promise<Item> {
  const res = await c.request('POST', '/api/v1/requests', {
    requestType: 'repair',
    categoryCode: 'facilities.water',
    channel: 'patrol',
    description: '3号楼二单元楼道水管漏水，地面积水',
    confirmNotDuplicate: true,
    ...body,
  })
  expect(res.statusCode, res.body).toBe(200)
  const item = res.json<{ item: Item | null }>().item
  if (!item) throw new Error('not filed')
  return item
}

async function act(c: Client, item: Item, body: Record<string, unknown>, status = 200) {
  const res = await c.request('POST', `/api/v1/requests/${item.id}/actions`, {
    version: item.version,
    ...body,
  })
  expect(res.statusCode, res.body).toBe(status)
  return res.json<Item & ErrorBody>()
}

/** The daily rows, and the same counts recomputed from every item's current fields. */
async function figuresAgree(t: TestApp) {
  const rows = await t.ctx.db
    .selectFrom('work_figures_daily')
    .select(['node_id', 'day', 'count', 'value'])
    .execute()
  const stored = new Map<string, number>()
  for (const r of rows) if (r.value !== 0) stored.set(`${r.node_id}|${r.day}|${r.count}`, r.value)
  const items = await t.ctx.db.selectFrom('work_items').selectAll().execute()
  const recount = new Map<string, number>()
  for (const i of items)
    for (const c of contributions(i as unknown as FigureFields)) {
      const key = `${i.grid_id ?? i.community_id}|${c.day}|${c.count}`
      recount.set(key, (recount.get(key) ?? 0) + 1)
    }
  expect(Object.fromEntries(stored)).toEqual(Object.fromEntries(recount))
  return stored
}

describe('residents’ requests: collect → handle → feed back', () => {
  const t = useTestApp()

  it('numbers a grid worker’s patrol report for the community and year, and puts it in the grid’s inbox', async () => {
    const { building } = await place(t())
    const wangge = await t().login('wangge1')
    const first = await file(wangge, { nodeId: building.id })
    const second = await file(wangge, {
      nodeId: building.id,
      categoryCode: 'environment.garbage',
      description: '垃圾桶满溢',
    })
    const year = localDate(Date.now()).slice(0, 4)
    expect(first.number).toBe(`${year}-000001`)
    expect(second.number).toBe(`${year}-000002`)
    expect(first.state).toBe('reported')
    expect(first.level).toBe('grid')
    expect(first.actions).toContain('verify')

    const inbox = await wangge.request('GET', '/api/v1/requests')
    expect(inbox.statusCode).toBe(200)
    expect(inbox.json<{ items: { number: string }[] }>().items.map((i) => i.number)).toEqual([
      second.number,
      first.number,
    ])
    // Filtered by category: a main category takes in its subcategories, a subcategory only itself;
    // paged newest first with the names joined onto the page.
    const power = await file(wangge, {
      nodeId: building.id,
      categoryCode: 'facilities.power',
      description: '楼道灯不亮',
    })
    const numbers = async (query: string) =>
      (await wangge.request('GET', `/api/v1/requests?${query}`))
        .json<{ items: { number: string; categoryZh: string }[] }>()
        .items.map((i) => `${i.number} ${i.categoryZh}`)
    expect(await numbers('categoryCode=facilities')).toEqual([
      `${power.number} 供电线路`,
      `${first.number} 供水管道`,
    ])
    expect(await numbers('categoryCode=facilities.water')).toEqual([`${first.number} 供水管道`])
    expect(await numbers('categoryCode=environment')).toEqual([`${second.number} 垃圾清运`])
    const page1 = (await wangge.request('GET', '/api/v1/requests?limit=2')).json<{
      items: { number: string }[]
      nextCursor: string | null
    }>()
    expect(page1.items.map((i) => i.number)).toEqual([power.number, second.number])
    const page2 = (
      await wangge.request('GET', `/api/v1/requests?limit=2&cursor=${page1.nextCursor ?? ''}`)
    ).json<{ items: { number: string }[]; nextCursor: string | null }>()
    expect(page2.items.map((i) => i.number)).toEqual([first.number])
    expect(page2.nextCursor).toBeNull()
    const timeline = await wangge.request('GET', `/api/v1/requests/${first.id}/timeline`)
    expect(timeline.json<{ items: { action: string; actionZh: string }[] }>().items).toMatchObject([
      { action: 'file', actionZh: '受理登记' },
    ])
  })

  it('offers an open item of the same category at the same place as a duplicate instead of filing twice', async () => {
    const { building } = await place(t())
    const wangge = await t().login('wangge1')
    const first = await file(wangge, { nodeId: building.id })
    const res = await wangge.request('POST', '/api/v1/requests', {
      requestType: 'repair',
      categoryCode: 'facilities.water',
      channel: 'visit',
      description: '楼道水管还在漏',
      nodeId: building.id,
    })
    expect(res.statusCode).toBe(200)
    const body = res.json<{ item: Item | null; duplicates: { number: string }[] }>()
    expect(body.item).toBeNull()
    expect(body.duplicates.map((d) => d.number)).toEqual([first.number])
  })

  it('runs the closed loop in the grid and counts it: settled in the grid, solved, satisfied', async () => {
    const { building } = await place(t())
    const wangge = await t().login('wangge1')
    let item = await file(wangge, { nodeId: building.id })
    item = await act(wangge, item, { action: 'verify' })
    item = await act(wangge, item, { action: 'dispatch', assigneeUserId: wangge.userId })
    expect(item.assignee?.id).toBe(wangge.userId)
    item = await act(wangge, item, { action: 'accept' })
    item = await act(wangge, item, { action: 'resolve', outcome: 'solved', note: '更换阀门，已不漏水' })
    expect(item.state).toBe('resolved')
    item = await act(wangge, item, { action: 'close' })
    item = await act(wangge, item, { action: 'rate', satisfaction: 'satisfied' })
    expect(item.state).toBe('rated')
    expect(item.actions).toContain('reopen')

    const stored = await figuresAgree(t())
    const today = localDate(Date.now())
    const grid = (await place(t())).world.grids[0]?.id ?? ''
    for (const count of [
      'collected',
      'responded_on_time',
      'closed',
      'resolved',
      'closed_on_time',
      'settled_grid',
      'rated',
      'satisfied',
    ])
      expect(stored.get(`${grid}|${today}|${count}`), count).toBe(1)
    expect(stored.get(`${grid}|${today}|settled_community`)).toBeUndefined()

    // The resident says it is not fixed: reopened, no longer counted closed; the rating stays on record.
    item = await act(wangge, item, { action: 'reopen', note: '居民反映仍在渗水' })
    expect(item.state).toBe('verified')
    const after = await figuresAgree(t())
    expect(after.get(`${grid}|${today}|closed`)).toBeUndefined()
    expect(after.get(`${grid}|${today}|rated`)).toBe(1)
  })

  it('refuses impossible steps and stale versions with clear errors, and changes nothing', async () => {
    const { building } = await place(t())
    const wangge = await t().login('wangge1')
    const item = await file(wangge, { nodeId: building.id })
    const close = await act(wangge, item, { action: 'close' }, 409)
    expect(close.error.code).toBe('INVALID_TRANSITION')
    expect(close.error.message).toContain('核查结案')
    const verified = await act(wangge, item, { action: 'verify' })
    const stale = await act(wangge, item, { action: 'cancel', reason: 'invalid', note: '重复' }, 409)
    expect(stale.error.code).toBe('VERSION_CONFLICT')
    const missingNote = await act(wangge, verified, { action: 'cancel', reason: 'invalid' }, 400)
    expect(missingNote.error.code).toBe('VALIDATION_FAILED')
    const now = await wangge.request('GET', `/api/v1/requests/${item.id}`)
    expect(now.json<Item>()).toMatchObject({ state: 'verified', version: verified.version })
    const unknownField = await wangge.request('POST', `/api/v1/requests/${item.id}/actions`, {
      action: 'verify',
      version: verified.version,
      hack: 1,
    })
    expect(unknownField.statusCode).toBe(400)
    const unknownCategory = await wangge.request('POST', '/api/v1/requests', {
      requestType: 'repair',
      categoryCode: 'facilities.teleport',
      channel: 'patrol',
      description: '不存在的类别',
      nodeId: building.id,
    })
    expect(unknownCategory.statusCode).toBe(400)
  })

  it('escalates beyond the grid: the grid worker can no longer act on it, the community can', async () => {
    const { building } = await place(t())
    const wangge = await t().login('wangge1')
    const shuji = await t().login('shuji')
    let item = await file(wangge, { nodeId: building.id })
    item = await act(wangge, item, { action: 'escalate', note: '需物业公司更换主管道' })
    expect(item.level).toBe('community')
    expect(item.actions).not.toContain('dispatch')
    const refused = await act(wangge, item, { action: 'dispatch', assigneeUserId: wangge.userId }, 403)
    expect(refused.error.code).toBe('FORBIDDEN')
    const seen = await shuji.request('GET', `/api/v1/requests/${item.id}`)
    expect(seen.json<Item>().actions).toContain('dispatch')
    item = await act(shuji, seen.json<Item>(), { action: 'dispatch', assigneeUserId: shuji.userId })
    item = await act(shuji, item, { action: 'accept' })
    item = await act(shuji, item, { action: 'resolve', outcome: 'solved', note: '主管道已更换' })
    item = await act(shuji, item, { action: 'close' })
    expect(item.state).toBe('closed')
    const stored = await figuresAgree(t())
    expect([...stored.entries()].filter(([k]) => k.endsWith('|settled_community')).map(([, v]) => v)).toEqual(
      [1],
    )
  })

  it('routes by function and stage: the origin village handles what is still its own; an unknown origin stays with the community', async () => {
    const { world, building } = await place(t())
    // The demo: 张码花园 is at stage 2, but 孔连村 moved in late and is still at stage 1 there.
    const village = world.villages[1]
    if (village?.name !== '孔连村') throw new Error('demo village 孔连村 missing')
    const room = await addRoom(t().ctx.db, building, { room: '301' })
    const resident = await addPerson(t().ctx.db, t().ctx.pii, room, {
      name: '李长根',
      originVillageId: village.id,
      phone: '13812345678',
    })
    const wangge = await t().login('wangge1')
    const forVillage = await file(wangge, {
      reporterPersonId: resident.id,
      requestType: 'help',
      categoryCode: 'party.relationship',
      channel: 'visit',
      description: '组织关系还在村里，想转到社区',
      reporterPhone: '13812345678',
    })
    expect(forVillage.village?.id).toBe(village.id)
    expect(forVillage.reporter).toEqual({ personId: resident.id, name: '李长根', phone: '138****5678' })
    // A grid worker sees it (it is in the grid) but does not handle it: it is the village's.
    expect(forVillage.actions).not.toContain('verify')
    const coordination = await file(wangge, {
      reporterPersonId: resident.id,
      categoryCode: 'disputes.neighbour',
      requestType: 'help',
      description: '邻居装修噪音纠纷',
    })
    expect(coordination.village).toBeNull()
    const anonymous = await file(wangge, {
      nodeId: building.id,
      categoryCode: 'party.activity',
      requestType: 'suggestion',
      description: '希望在社区过组织生活',
    })
    expect(anonymous.village).toBeNull()
    // The village's cadre sees and handles it; the grid worker only sees it.
    const cungan = await t().login('cungan')
    const seen = await cungan.request('GET', `/api/v1/requests/${forVillage.id}`)
    expect(seen.json<Item>().actions).toContain('verify')
    const inbox = await cungan.request('GET', '/api/v1/requests')
    expect(inbox.json<{ items: { id: string }[] }>().items.map((i) => i.id)).toEqual([forVillage.id])
  })

  it('answers "not found or no access" for items outside the caller’s scope', async () => {
    const { world } = await place(t())
    const shuji = await t().login('shuji')
    const jiedao = await t().login('jiedao')
    const otherBuilding = await t()
      .ctx.db.selectFrom('org_nodes')
      .selectAll()
      .where('parent_id', '=', world.otherGrid.id)
      .executeTakeFirstOrThrow()
    const elsewhere = await file(jiedao, { nodeId: otherBuilding.id, channel: 'phone' })
    const res = await shuji.request('GET', `/api/v1/requests/${elsewhere.id}`)
    expect(res.statusCode).toBe(404)
    expect(res.json<ErrorBody>().error.code).toBe('NOT_FOUND_OR_NO_ACCESS')
    const inbox = await shuji.request('GET', '/api/v1/requests')
    expect(inbox.json<{ items: { id: string }[] }>().items.map((i) => i.id)).not.toContain(elsewhere.id)
  })

  it('escalates an overdue item once when its SLA time passes, even if the job runs twice', async () => {
    const { building } = await place(t())
    const wangge = await t().login('wangge1')
    const item = await file(wangge, { nodeId: building.id })
    const past = Date.now() - 60_000
    await t()
      .ctx.db.updateTable('work_items')
      .set({ escalate_at: past, due_at: past })
      .where('id', '=', item.id)
      .execute()
    await scheduleSla(t().ctx.db, { id: item.id, escalate_at: past })
    await scheduleSla(t().ctx.db, { id: item.id, escalate_at: past })
    await t().ctx.jobs.runDue()
    await t().ctx.jobs.runDue()
    const after = await wangge.request('GET', `/api/v1/requests/${item.id}`)
    expect(after.json<Item>()).toMatchObject({ level: 'community', state: 'verified', overdue: true })
    const timeline = await wangge.request('GET', `/api/v1/requests/${item.id}/timeline`)
    const steps = timeline.json<{ items: { action: string; actor: string }[] }>().items
    expect(steps.filter((s) => s.action === 'escalate')).toHaveLength(1)
  })
})
