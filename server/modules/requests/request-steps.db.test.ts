import { describe, expect, it } from 'vitest'
import { useTestApp, type Client, type TestApp } from '../../../test/setup/app.js'
import { demoWorld } from '../../../test/setup/factories.js'
import { localDate } from '../../platform/time.js'

interface Item {
  id: string
  number: string
  state: string
  level: string
  version: number
  dueAt: number
  extensionDays: number
  pendingApproval: string | null
  mergedIntoId: string | null
  actions: string[]
}

async function building(t: TestApp) {
  const world = await demoWorld(t.ctx.db)
  const b = world.grid1Buildings[0]
  if (!b) throw new Error('demo missing')
  return b
}

async function file(c: Client, nodeId: string, extra: Record<string, unknown> = {}): Promise<Item> {
  const res = await c.request('POST', '/api/v1/requests', {
    requestType: 'repair',
    categoryCode: 'facilities.lamp',
    channel: 'patrol',
    description: '楼前路灯不亮',
    nodeId,
    confirmNotDuplicate: true,
    ...extra,
  })
  expect(res.statusCode, res.body).toBe(200)
  return res.json<{ item: Item }>().item
}

async function act(c: Client, item: Item, body: Record<string, unknown>, status = 200): Promise<Item> {
  const res = await c.request('POST', `/api/v1/requests/${item.id}/actions`, {
    version: item.version,
    ...body,
  })
  expect(res.statusCode, res.body).toBe(status)
  return res.json<Item>()
}

async function accepted(c: Client, nodeId: string): Promise<Item> {
  let item = await file(c, nodeId)
  item = await act(c, item, { action: 'verify' })
  item = await act(c, item, { action: 'dispatch', assigneeUserId: c.userId })
  return act(c, item, { action: 'accept' })
}

describe('approved steps: extension (延期), park (挂账), merge; and feedback to the resident', () => {
  const t = useTestApp()

  it('extends the due time only when the community approves, and one request at a time', async () => {
    const b = await building(t())
    const wangge = await t().login('wangge1')
    const shuji = await t().login('shuji')
    let item = await accepted(wangge, b.id)
    const due = item.dueAt
    item = await act(wangge, item, { action: 'request_extension', days: 3, note: '需等待配件' })
    expect(item.pendingApproval).toBe('extension')
    expect(item.dueAt).toBe(due)
    // The grid worker cannot approve his own request, nor ask twice.
    expect(item.actions).not.toContain('approve_extension')
    const again = await wangge.request('POST', `/api/v1/requests/${item.id}/actions`, {
      action: 'request_park',
      version: item.version,
      note: '挂账',
    })
    expect(again.statusCode).toBe(409)
    item = (await shuji.request('GET', `/api/v1/requests/${item.id}`)).json<Item>()
    expect(item.actions).toContain('approve_extension')
    item = await act(shuji, item, { action: 'approve_extension' })
    expect(item.pendingApproval).toBeNull()
    expect(item.extensionDays).toBe(3)
    expect(item.dueAt).toBeGreaterThan(due)
  })

  it('parks an item with approval, stopping its clock, and resumes it with the due time moved on', async () => {
    const b = await building(t())
    const wangge = await t().login('wangge1')
    const shuji = await t().login('shuji')
    let item = await accepted(wangge, b.id)
    item = await act(wangge, item, { action: 'request_park', note: '冬季不能施工，开春处理' })
    item = (await shuji.request('GET', `/api/v1/requests/${item.id}`)).json<Item>()
    item = await act(shuji, item, { action: 'approve_park' })
    expect(item.state).toBe('parked')
    const overdue = await shuji.request('GET', '/api/v1/requests?box=overdue')
    expect(overdue.json<{ items: unknown[] }>().items).toHaveLength(0)
    const due = item.dueAt
    item = await act(wangge, item, { action: 'unpark' })
    expect(item.state).toBe('in_progress')
    expect(item.dueAt).toBeGreaterThanOrEqual(due)
  })

  it('merges a duplicate into the open item: it is no longer counted as collected', async () => {
    const b = await building(t())
    const wangge = await t().login('wangge1')
    const first = await file(wangge, b.id)
    const dup = await file(wangge, b.id, { description: '路灯坏了（同一问题）' })
    const merged = await act(wangge, dup, { action: 'merge', targetItemId: first.id })
    expect(merged).toMatchObject({ state: 'cancelled', mergedIntoId: first.id })
    const rows = await t()
      .ctx.db.selectFrom('work_figures_daily')
      .select(['value'])
      .where('count', '=', 'collected')
      .where('day', '=', localDate(Date.now()))
      .execute()
    expect(rows.reduce((s, r) => s + r.value, 0)).toBe(1)
    const self = await wangge.request('POST', `/api/v1/requests/${first.id}/actions`, {
      action: 'merge',
      version: first.version,
      targetItemId: first.id,
    })
    expect(self.statusCode).toBe(400)
  })

  it('tells a resident who left a phone number when the item is received and when it is closed', async () => {
    const b = await building(t())
    const wangge = await t().login('wangge1')
    let item = await file(wangge, b.id, { reporterName: '王大妈', reporterPhone: '13912345678' })
    item = await act(wangge, item, { action: 'verify' })
    item = await act(wangge, item, { action: 'dispatch', assigneeUserId: wangge.userId })
    item = await act(wangge, item, { action: 'accept' })
    item = await act(wangge, item, { action: 'resolve', outcome: 'solved', note: '已更换灯泡' })
    item = await act(wangge, item, { action: 'close' })
    await t().ctx.jobs.runDue()
    const sent = await t()
      .ctx.db.selectFrom('notifications')
      .select(['template', 'state', 'recipient_tail', 'recipient_sealed'])
      .where('item_id', '=', item.id)
      .orderBy('created_at')
      .execute()
    expect(sent.map((n) => [n.template, n.state, n.recipient_tail])).toEqual([
      ['received', 'sent', '5678'],
      ['accepted', 'sent', '5678'],
      ['closed', 'sent', '5678'],
    ])
    expect(sent[0]?.recipient_sealed).not.toContain('13912345678')
  })
})

describe('moderated public text', () => {
  const t = useTestApp()

  it('shows nothing publicly until a handler sets the text, and records who did', async () => {
    const b = await building(t())
    const wangge = await t().login('wangge1')
    const item = await file(wangge, b.id, { description: '3单元502王大爷家水管漏水，电话13912345678' })
    const before = await t()
      .ctx.db.selectFrom('work_items')
      .select('public_text')
      .where('id', '=', item.id)
      .executeTakeFirstOrThrow()
    expect(before.public_text).toBeNull()
    const res = await wangge.request('PUT', `/api/v1/requests/${item.id}/public-text`, {
      version: item.version,
      text: '楼道水管漏水',
    })
    expect(res.statusCode, res.body).toBe(200)
    const after = await t()
      .ctx.db.selectFrom('work_items')
      .select('public_text')
      .where('id', '=', item.id)
      .executeTakeFirstOrThrow()
    expect(after.public_text).toBe('楼道水管漏水')
    const steps = (await wangge.request('GET', `/api/v1/requests/${item.id}/timeline`)).json<{
      items: { action: string; actionZh: string }[]
    }>()
    expect(steps.items.at(-1)).toMatchObject({ action: 'moderate', actionZh: '审核公开内容' })
    const stale = await wangge.request('PUT', `/api/v1/requests/${item.id}/public-text`, {
      version: item.version,
      text: null,
    })
    expect(stale.statusCode).toBe(409)
  })
})

describe('numbers under concurrent filing (row-locked counter on PostgreSQL, one writer on SQLite)', () => {
  const t = useTestApp()

  it('gives ten reports filed at the same moment ten consecutive numbers, no gaps, no repeats', async () => {
    const b = await building(t())
    const wangge = await t().login('wangge1')
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => file(wangge, b.id, { description: `同时上报 ${i}` })),
    )
    const year = localDate(Date.now()).slice(0, 4)
    expect(results.map((r) => r.number).sort()).toEqual(
      Array.from({ length: 10 }, (_, i) => `${year}-${String(i + 1).padStart(6, '0')}`),
    )
  })
})
