import { describe, expect, it } from 'vitest'
import { useTestApp, type Client, type TestApp } from '../../../test/setup/app.js'
import { demoWorld } from '../../../test/setup/factories.js'
import { localDate } from '../../platform/time.js'
import { rebuildFigures } from './figure.service.js'
import { counts } from './figures.domain.js'

interface Item {
  id: string
  version: number
  state: string
}
interface Figures {
  counts: Record<string, number>
  rates: Record<string, number | null>
  overdue: number
  byMonth: { month: string; collected: number; closed: number }[]
  version: number
}

async function file(c: Client, nodeId: string, categoryCode = 'facilities.lamp'): Promise<Item> {
  const res = await c.request('POST', '/api/v1/requests', {
    requestType: 'repair',
    categoryCode,
    channel: 'patrol',
    description: '统计测试事项',
    nodeId,
    confirmNotDuplicate: true,
  })
  expect(res.statusCode, res.body).toBe(200)
  return res.json<{ item: Item }>().item
}

async function act(c: Client, item: Item, body: Record<string, unknown>): Promise<Item> {
  const res = await c.request('POST', `/api/v1/requests/${item.id}/actions`, {
    version: item.version,
    ...body,
  })
  expect(res.statusCode, res.body).toBe(200)
  return res.json<Item>()
}

async function closeLoop(c: Client, item: Item, satisfaction?: string, outcome = 'solved'): Promise<Item> {
  let i = item.state === 'reported' ? await act(c, item, { action: 'verify' }) : item
  i = await act(c, i, { action: 'dispatch', assigneeUserId: c.userId })
  i = await act(c, i, { action: 'accept' })
  i = await act(c, i, { action: 'resolve', outcome, note: '已处理' })
  i = await act(c, i, { action: 'close' })
  if (satisfaction) i = await act(c, i, { action: 'rate', satisfaction })
  return i
}

/** A realistic mix through the API: two grids, settled in the grid and in the community, rated, reopened, merged, open. */
async function mix(t: TestApp) {
  const world = await demoWorld(t.ctx.db)
  const b1 = world.grid1Buildings[0]
  const grid2 = world.grids[1]
  if (!b1 || !grid2) throw new Error('demo missing')
  const wangge = await t.login('wangge1')
  const shuji = await t.login('shuji')
  await closeLoop(wangge, await file(wangge, b1.id), 'satisfied')
  await closeLoop(wangge, await file(wangge, b1.id, 'environment.garbage'), 'dissatisfied')
  const reopened = await closeLoop(
    wangge,
    await file(wangge, b1.id, 'property.parking'),
    'basically_satisfied',
  )
  await act(wangge, reopened, { action: 'reopen', note: '仍未解决' })
  await closeLoop(wangge, await file(wangge, b1.id, 'livelihood.employment'), undefined, 'explained')
  const escalated = await act(wangge, await file(wangge, b1.id, 'safety.fire'), {
    action: 'escalate',
    note: '上报',
  })
  await closeLoop(shuji, escalated, 'satisfied')
  const first = await file(shuji, grid2.id, 'facilities.water')
  const dup = await file(shuji, grid2.id, 'facilities.water')
  await act(shuji, dup, { action: 'merge', targetItemId: first.id })
  await file(shuji, grid2.id, 'facilities.road')
  return { world, wangge, shuji, grid1: world.grids[0]?.id ?? '', grid2: grid2.id }
}

describe('figures that can be checked', () => {
  const t = useTestApp()

  it('sums the daily rows for a community and a grid, and every count drills down to exactly its items', async () => {
    const { world, shuji, wangge, grid1 } = await mix(t())
    const today = localDate(Date.now())
    const query = (nodeId: string) => `/api/v1/figures?nodeId=${nodeId}&from=${today}&to=${today}`
    const res = await shuji.request('GET', query(world.zhangma.id))
    expect(res.statusCode, res.body).toBe(200)
    const community = res.json<Figures>()
    expect(community.counts).toMatchObject({
      collected: 7,
      closed: 4,
      resolved: 3,
      settled_grid: 3,
      settled_community: 1,
      rated: 4,
      satisfied: 2,
      basically_satisfied: 1,
      dissatisfied: 1,
    })
    expect(community.rates.satisfaction_rate).toBe(75)
    expect(community.rates.grid_share).toBe(75)
    expect(community.rates.community_share).toBe(100)
    for (const count of [...counts, 'overdue' as const]) {
      const ids = new Set<string>()
      let cursor: string | null = null
      do {
        const url: string = `/api/v1/figures/items?nodeId=${world.zhangma.id}&from=${today}&to=${today}&count=${count}&limit=2${cursor ? `&cursor=${cursor}` : ''}`
        const page = await shuji.request('GET', url)
        expect(page.statusCode).toBe(200)
        const body = page.json<{ items: { id: string }[]; nextCursor: string | null }>()
        for (const i of body.items) ids.add(i.id)
        cursor = body.nextCursor
      } while (cursor !== null)
      expect(ids.size, count).toBe(count === 'overdue' ? community.overdue : community.counts[count])
    }
    // The whole month (read from the monthly rows) and a period spanning it with partial edge months
    // (monthly rows plus daily rows) count the same items: all of them were filed today.
    const month = today.slice(0, 7)
    const [y = 0, m = 1] = month.split('-').map(Number)
    const lastDay = `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`
    const wide = (from: string, to: string) =>
      shuji.request('GET', `/api/v1/figures?nodeId=${world.zhangma.id}&from=${from}&to=${to}`)
    for (const [from, to] of [
      [`${month}-01`, lastDay],
      [`${String(y - 1)}-12-15`, `${String(y + 1)}-01-20`],
    ] as const) {
      const other = (await wide(from, to)).json<Figures>()
      expect(other.counts, `${from}..${to}`).toEqual(community.counts)
      expect(other.byMonth).toEqual([{ month, collected: 7, closed: 4 }])
    }
    // The grid worker sees his grid's figures, not the community's.
    const own = await wangge.request('GET', query(grid1))
    expect(own.json<Figures>().counts.collected).toBe(5)
    expect((await wangge.request('GET', query(world.zhangma.id))).statusCode).toBe(404)
    const backwards = await shuji.request(
      'GET',
      `/api/v1/figures?nodeId=${world.zhangma.id}&from=${today}&to=2000-01-01`,
    )
    expect(backwards.statusCode).toBe(400)
  })

  it('rebuilds the daily and monthly rows from the items: equal to what was kept, and corrects tampered rows', async () => {
    await mix(t())
    const db = t().ctx.db
    const snapshot = async () => {
      const daily = (
        await db
          .selectFrom('work_figures_daily')
          .select(['node_id', 'day', 'count', 'value'])
          .where('value', '!=', 0)
          .execute()
      )
        .map((r) => `${r.node_id}|${r.day}|${r.count}=${String(r.value)}`)
        .sort()
      const monthly = (
        await db
          .selectFrom('work_figures_monthly')
          .select(['node_id', 'month', 'count', 'value'])
          .where('value', '!=', 0)
          .execute()
      )
        .map((r) => `${r.node_id}|${r.month}|${r.count}=${String(r.value)}`)
        .sort()
      return { daily, monthly }
    }
    const kept = await snapshot()
    // Kept in the same transactions as the daily rows, the monthly rows are their sums by month.
    const summed = new Map<string, number>()
    for (const line of kept.daily) {
      const [key = '', value = '0'] = line.split('=')
      const [node, day = '', count] = key.split('|')
      const monthKey = `${node ?? ''}|${day.slice(0, 7)}|${count ?? ''}`
      summed.set(monthKey, (summed.get(monthKey) ?? 0) + Number(value))
    }
    expect(kept.monthly).toEqual([...summed].map(([k, v]) => `${k}=${String(v)}`).sort())
    expect(kept.monthly.length).toBeGreaterThan(0)

    const report = await rebuildFigures(db)
    expect(report).toMatchObject({ items: 8, differing: 0 })
    expect(await snapshot()).toEqual(kept)
    await db.updateTable('work_figures_daily').set({ value: 99 }).where('count', '=', 'collected').execute()
    expect((await rebuildFigures(db)).differing).toBeGreaterThan(0)
    expect(await snapshot()).toEqual(kept)
    await db.updateTable('work_figures_monthly').set({ value: 42 }).where('count', '=', 'closed').execute()
    expect((await rebuildFigures(db)).differing).toBeGreaterThan(0)
    expect(await snapshot()).toEqual(kept)
  })
})
