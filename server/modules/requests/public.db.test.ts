import type { LightMyRequestResponse } from 'fastify'
import { describe, expect, it } from 'vitest'
import { useTestApp, type Client, type TestApp } from '../../../test/setup/app.js'
import { demoWorld } from '../../../test/setup/factories.js'
import { localDate } from '../../platform/time.js'
import { contributions, type FigureFields } from './figures.domain.js'
import { publicLimits } from './public.routes.js'
import { publicFormUrl, qrPng } from './qr.service.js'

interface Item {
  id: string
  number: string
  state: string
  version: number
}
interface Feedback {
  number: string
  state: string
  stateZh: string
  steps: { action: string; actionZh: string; at: number }[]
  outcome: string | null
  outcomeZh: string | null
  resolutionNote: string | null
  satisfaction: string | null
  canRate: boolean
  building: string
  communityName: string
}
interface ErrorBody {
  error: { code: string; message: string; details: Record<string, unknown> }
}

// A 1×1 PNG: what a phone's camera sends, as far as the type sniffing is concerned.
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)

const report = {
  requestType: 'repair',
  categoryCode: 'facilities.water',
  description: '2单元楼道水管漏水，地面都是水',
}

async function world(t: TestApp) {
  const w = await demoWorld(t.ctx.db)
  const building = w.grid1Buildings[0]
  const grid = w.grids[0]
  if (!building || !grid) throw new Error('demo world missing')
  return { ...w, building, grid }
}

/** A resident with no account: no cookie, no CSRF token; each test picks its own address. */
function anonymous(t: TestApp, ip = '203.0.113.7') {
  return (method: 'GET' | 'POST', url: string, body?: unknown, headers: Record<string, string> = {}) =>
    t.app.inject({
      method,
      url,
      remoteAddress: ip,
      headers,
      ...(body !== undefined ? { payload: body as string | object } : {}),
    })
}

async function fileByQr(t: TestApp, code: string, body: Record<string, unknown> = {}, ip?: string) {
  const res = await anonymous(t, ip)('POST', `/api/v1/public/buildings/${code}/requests`, {
    ...report,
    ...body,
  })
  expect(res.statusCode, res.body).toBe(201)
  return res.json<{ number: string; feedbackToken: string }>()
}

async function itemByNumber(c: Client, number: string): Promise<Item> {
  const res = await c.request('GET', `/api/v1/requests?number=${number}&status=all`)
  expect(res.statusCode, res.body).toBe(200)
  const summary = res.json<{ items: { id: string }[] }>().items[0]
  if (!summary) throw new Error(`item ${number} not in the inbox`)
  return (await c.request('GET', `/api/v1/requests/${summary.id}`)).json<Item>()
}

async function act(c: Client, item: Item, body: Record<string, unknown>): Promise<Item> {
  const res = await c.request('POST', `/api/v1/requests/${item.id}/actions`, {
    version: item.version,
    ...body,
  })
  expect(res.statusCode, res.body).toBe(200)
  return res.json<Item>()
}

/** Runs the loop in the grid up to 'closed', with staff notes the resident must never see. */
async function closeInGrid(wangge: Client, item: Item): Promise<Item> {
  let next = await act(wangge, item, { action: 'verify' })
  next = await act(wangge, next, { action: 'comment', note: '内部备注：陈志强已联系物业王经理 13912345678' })
  next = await act(wangge, next, { action: 'dispatch', assigneeUserId: wangge.userId })
  next = await act(wangge, next, { action: 'accept' })
  next = await act(wangge, next, { action: 'resolve', outcome: 'solved', note: '已更换阀门，不再漏水' })
  return act(wangge, next, { action: 'close' })
}

function uploadBody(content: Buffer, name = 'photo.jpg') {
  const boundary = `----tongxin${Date.now()}`
  return {
    payload: Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: image/jpeg\r\n\r\n`,
      ),
      content,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  }
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

describe('码上说: residents file by scanning their building’s code', () => {
  const t = useTestApp()

  it('shows the building behind a code — names, address, categories — and nothing for unknown codes', async () => {
    const { building, grid } = await world(t())
    const get = anonymous(t())
    const res = await get('GET', `/api/v1/public/buildings/${building.code}`)
    expect(res.statusCode, res.body).toBe(200)
    const body = res.json<{
      code: string
      name: string
      communityName: string
      address: string | null
      categories: { code: string; parentCode: string | null; nameZh: string }[]
    }>()
    expect(body).toMatchObject({ code: building.code, name: building.name, communityName: '张码花园社区' })
    expect(body.address).toBe(building.address)
    expect(body.categories).toContainEqual({
      code: 'facilities.water',
      parentCode: 'facilities',
      nameZh: '供水管道',
      nameEn: 'Water pipes',
    })
    expect(Object.keys(body).sort()).toEqual(['address', 'categories', 'code', 'communityName', 'name'])
    for (const code of ['NOPE-B99', grid.code]) {
      const missing = await get('GET', `/api/v1/public/buildings/${code}`)
      expect(missing.statusCode).toBe(404)
      expect(missing.json<ErrorBody>().error.code).toBe('NOT_FOUND_OR_NO_ACCESS')
    }
  })

  it('files a new item at the building’s grid, channel qr, on the community side, into the grid worker’s inbox', async () => {
    const { building, grid } = await world(t())
    const filed = await fileByQr(t(), building.code, { name: '张阿姨', phone: '139 1234 5678' })
    const year = localDate(Date.now()).slice(0, 4)
    expect(filed.number).toBe(`${year}-000001`)
    expect(filed.feedbackToken).toMatch(/^[A-Za-z0-9_-]{20,}$/)
    const row = await t()
      .ctx.db.selectFrom('work_items')
      .selectAll()
      .where('number', '=', filed.number)
      .executeTakeFirstOrThrow()
    expect(row).toMatchObject({
      channel: 'qr',
      level: 'grid',
      grid_id: grid.id,
      node_id: building.id,
      village_id: null,
      origin_village_id: null,
      reporter_person_id: null,
      filed_by_user_id: null,
      reporter_name: '张阿姨',
      reporter_phone_tail: '5678',
      state: 'reported',
    })
    // Only the token's hash is kept.
    expect(JSON.stringify(row)).not.toContain(filed.feedbackToken)

    const wangge = await t().login('wangge1')
    const inbox = await wangge.request('GET', '/api/v1/requests')
    expect(inbox.json<{ items: { number: string }[] }>().items.map((i) => i.number)).toContain(filed.number)
    const item = await itemByNumber(wangge, filed.number)
    const view = (await wangge.request('GET', `/api/v1/requests/${item.id}`)).json<{
      channel: string
      reporter: { name: string | null; phone: string | null }
      actions: string[]
    }>()
    expect(view).toMatchObject({ channel: 'qr', reporter: { name: '张阿姨', phone: '139****5678' } })
    expect(view.actions).toContain('verify')
    const timeline = await wangge.request('GET', `/api/v1/requests/${item.id}/timeline`)
    expect(timeline.json<{ items: { action: string; actor: string; via: string }[] }>().items).toMatchObject([
      { action: 'file', actor: '居民（码上说）', via: 'public' },
    ])
    // The SMS outbox has the receipt for the phone left on the form.
    const sms = await t().ctx.db.selectFrom('notifications').select(['template']).execute()
    expect(sms.map((n) => n.template)).toEqual(['received'])

    // A second report of the same kind is filed too: the public is never shown other items.
    const again = await fileByQr(t(), building.code, { description: '水管还在漏' })
    expect(again.number).toBe(`${year}-000002`)
    expect(Object.keys(again).sort()).toEqual(['feedbackToken', 'number'])
    // A function the village may still own stays on the community side when the origin is unknown.
    const village = await fileByQr(t(), building.code, {
      requestType: 'help',
      categoryCode: 'party.relationship',
      description: '组织关系想转到社区',
    })
    const villageRow = await t()
      .ctx.db.selectFrom('work_items')
      .select(['village_id'])
      .where('number', '=', village.number)
      .executeTakeFirstOrThrow()
    expect(villageRow.village_id).toBeNull()
    await figuresAgree(t())
  })

  it('refuses bad reports with clear errors and files nothing', async () => {
    const { building } = await world(t())
    const post = anonymous(t())
    const url = `/api/v1/public/buildings/${building.code}/requests`
    const cases: [Record<string, unknown>, number, string][] = [
      [{ ...report, description: '漏'.repeat(1001) }, 400, 'VALIDATION_FAILED'],
      [{ ...report, hack: 1 }, 400, 'VALIDATION_FAILED'],
      [{ ...report, phone: '12345' }, 400, 'VALIDATION_FAILED'],
      [{ ...report, categoryCode: 'facilities.teleport' }, 400, 'VALIDATION_FAILED'],
      [{ ...report, description: '   ' }, 400, 'VALIDATION_FAILED'],
      [{ ...report, photos: ['a'.repeat(64)] }, 400, 'VALIDATION_FAILED'],
      [{ ...report, urgency: 'urgent' }, 400, 'VALIDATION_FAILED'],
    ]
    for (const [body, status, code] of cases) {
      const res = await post('POST', url, body)
      expect(res.statusCode, JSON.stringify(body).slice(0, 80)).toBe(status)
      expect(res.json<ErrorBody>().error.code).toBe(code)
    }
    const unknown = await post('POST', '/api/v1/public/buildings/NOPE-B99/requests', report)
    expect(unknown.statusCode).toBe(404)
    expect(unknown.json<ErrorBody>().error.code).toBe('NOT_FOUND_OR_NO_ACCESS')
    const count = await t()
      .ctx.db.selectFrom('work_items')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
    expect(count.n).toBe(0)
  })

  it('limits filings per address: after the limit a clear 429, other addresses unaffected', async () => {
    const { building } = await world(t())
    const max = publicLimits.file.max
    expect(max).toBeLessThanOrEqual(20)
    for (let i = 0; i < max; i++)
      await fileByQr(t(), building.code, { description: `第${i + 1}次反映` }, '198.51.100.1')
    const refused = await anonymous(t(), '198.51.100.1')(
      'POST',
      `/api/v1/public/buildings/${building.code}/requests`,
      report,
    )
    expect(refused.statusCode).toBe(429)
    expect(refused.json<ErrorBody>().error.code).toBe('RATE_LIMITED')
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0)
    await fileByQr(t(), building.code, {}, '198.51.100.2')
    const count = await t()
      .ctx.db.selectFrom('work_items')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
    expect(count.n).toBe(max + 1)
  })

  it('takes photos from the public form (images only) and attaches them to the report', async () => {
    const { building } = await world(t())
    const post = anonymous(t())
    const upload = uploadBody(png)
    const stored = await post('POST', '/api/v1/public/photos', upload.payload, upload.headers)
    expect(stored.statusCode, stored.body).toBe(201)
    const photo = stored.json<{ id: string; mime: string }>()
    expect(photo.mime).toBe('image/png')
    const pdf = uploadBody(Buffer.from('%PDF-1.7\n1 0 obj\n'), 'photo.jpg')
    const refused = await post('POST', '/api/v1/public/photos', pdf.payload, pdf.headers)
    expect(refused.statusCode).toBe(415)
    expect(refused.json<ErrorBody>().error.code).toBe('UNSUPPORTED_MEDIA_TYPE')
    const text = uploadBody(Buffer.from('not a photo at all'), 'photo.jpg')
    expect((await post('POST', '/api/v1/public/photos', text.payload, text.headers)).statusCode).toBe(415)
    const json = await post('POST', '/api/v1/public/photos', { file: 'x' })
    expect(json.statusCode).toBe(415)

    const filed = await fileByQr(t(), building.code, { photos: [photo.id] })
    const wangge = await t().login('wangge1')
    const item = await itemByNumber(wangge, filed.number)
    const view = (await wangge.request('GET', `/api/v1/requests/${item.id}`)).json<{
      files: { fileId: string; stage: string }[]
    }>()
    expect(view.files).toEqual([expect.objectContaining({ fileId: photo.id, stage: 'intake' })])
    const seen = await wangge.request('GET', `/api/v1/requests/${item.id}/files/${photo.id}`)
    expect(seen.statusCode).toBe(200)
    expect(seen.rawPayload).toEqual(png)
  })

  it('shows the resident their item by token: state, steps and times, the resolution — no staff names or notes', async () => {
    const { building } = await world(t())
    const filed = await fileByQr(t(), building.code)
    const get = anonymous(t())
    const first = await get('GET', `/api/v1/public/feedback/${filed.feedbackToken}`)
    expect(first.statusCode, first.body).toBe(200)
    expect(first.json<Feedback>()).toMatchObject({
      number: filed.number,
      state: 'reported',
      stateZh: '待核实',
      steps: [{ action: 'file', actionZh: '受理登记' }],
      canRate: false,
      building: building.name,
      communityName: '张码花园社区',
    })
    const missing = await get('GET', `/api/v1/public/feedback/${'x'.repeat(24)}`)
    expect(missing.statusCode).toBe(404)
    expect(missing.json<ErrorBody>().error.code).toBe('NOT_FOUND_OR_NO_ACCESS')
    expect((await get('GET', '/api/v1/public/feedback/short')).statusCode).toBe(400)

    const wangge = await t().login('wangge1')
    await closeInGrid(wangge, await itemByNumber(wangge, filed.number))
    const closed = await get('GET', `/api/v1/public/feedback/${filed.feedbackToken}`)
    const view = closed.json<Feedback>()
    expect(view).toMatchObject({
      state: 'closed',
      stateZh: '已结案',
      outcome: 'solved',
      outcomeZh: '已解决',
      resolutionNote: '已更换阀门，不再漏水',
      canRate: true,
    })
    expect(view.steps.map((s) => s.action)).toEqual([
      'file',
      'verify',
      'dispatch',
      'accept',
      'resolve',
      'close',
    ])
    for (const secret of ['陈志强', 'wangge1', '内部备注', '13912345678', '王经理'])
      expect(closed.body, secret).not.toContain(secret)
  })

  it('takes the resident’s rating only once the item is closed, counted like a return visit by staff', async () => {
    const { building, grid } = await world(t())
    const filed = await fileByQr(t(), building.code)
    const post = anonymous(t())
    const rateUrl = `/api/v1/public/feedback/${filed.feedbackToken}/rating`
    const early = await post('POST', rateUrl, { satisfaction: 'satisfied' })
    expect(early.statusCode).toBe(409)
    expect(early.json<ErrorBody>().error.code).toBe('INVALID_TRANSITION')

    const wangge = await t().login('wangge1')
    const item = await closeInGrid(wangge, await itemByNumber(wangge, filed.number))
    expect((await post('POST', rateUrl, { satisfaction: 'satisfied', extra: true })).statusCode).toBe(400)
    const rated = await post('POST', rateUrl, { satisfaction: 'satisfied', comment: '很快就修好了，谢谢' })
    expect(rated.statusCode, rated.body).toBe(200)
    expect(rated.json<Feedback>()).toMatchObject({
      state: 'rated',
      satisfaction: 'satisfied',
      canRate: false,
    })
    const again = await post('POST', rateUrl, { satisfaction: 'dissatisfied' })
    expect(again.statusCode).toBe(409)
    expect(again.json<ErrorBody>().error.code).toBe('INVALID_TRANSITION')

    const timeline = await wangge.request('GET', `/api/v1/requests/${item.id}/timeline`)
    const last = timeline
      .json<{ items: { action: string; via: string; actor: string; note: string | null }[] }>()
      .items.at(-1)
    expect(last).toMatchObject({
      action: 'rate',
      via: 'public',
      actor: '居民（码上说）',
      note: '很快就修好了，谢谢',
    })
    const stored = await figuresAgree(t())
    const today = localDate(Date.now())
    expect(stored.get(`${grid.id}|${today}|rated`)).toBe(1)
    expect(stored.get(`${grid.id}|${today}|satisfied`)).toBe(1)
    expect(stored.get(`${grid.id}|${today}|closed`)).toBe(1)
  })

  it('reopens the item when the resident says it is not fixed, with their words as the reason', async () => {
    const { building, grid } = await world(t())
    const filed = await fileByQr(t(), building.code)
    const wangge = await t().login('wangge1')
    const item = await closeInGrid(wangge, await itemByNumber(wangge, filed.number))
    const res: LightMyRequestResponse = await anonymous(t())(
      'POST',
      `/api/v1/public/feedback/${filed.feedbackToken}/rating`,
      { satisfaction: 'dissatisfied', notFixed: true, comment: '晚上还在滴水' },
    )
    expect(res.statusCode, res.body).toBe(200)
    const view = res.json<Feedback>()
    expect(view).toMatchObject({
      state: 'verified',
      satisfaction: 'dissatisfied',
      outcome: null,
      resolutionNote: null,
      canRate: false,
    })
    expect(view.steps.map((s) => s.action).slice(-2)).toEqual(['rate', 'reopen'])

    const reopened = (await wangge.request('GET', `/api/v1/requests/${item.id}`)).json<{
      state: string
      open: boolean
      reopenCount: number
      actions: string[]
    }>()
    expect(reopened).toMatchObject({ state: 'verified', open: true, reopenCount: 1 })
    expect(reopened.actions).toContain('dispatch')
    const timeline = await wangge.request('GET', `/api/v1/requests/${item.id}/timeline`)
    expect(
      timeline.json<{ items: { action: string; via: string; note: string | null }[] }>().items.at(-1),
    ).toMatchObject({ action: 'reopen', via: 'public', note: '晚上还在滴水' })
    const open = await wangge.request('GET', '/api/v1/requests?status=open')
    expect(open.json<{ items: { id: string }[] }>().items.map((i) => i.id)).toContain(item.id)
    // Reopened: no longer counted closed; the rating stays on record.
    const stored = await figuresAgree(t())
    const today = localDate(Date.now())
    expect(stored.get(`${grid.id}|${today}|closed`)).toBeUndefined()
    expect(stored.get(`${grid.id}|${today}|rated`)).toBe(1)
    expect(stored.get(`${grid.id}|${today}|dissatisfied`)).toBe(1)
    // Its clock runs again: an escalation job is queued for the new due time.
    const jobs = await t().ctx.db.selectFrom('jobs').select(['idempotency_key']).execute()
    expect(
      jobs.filter((j) => j.idempotency_key?.startsWith(`sla:${item.id}:`)).length,
    ).toBeGreaterThanOrEqual(2)
  })
})

describe('码上说 posters for staff', () => {
  const t = useTestApp()

  it('serves the building’s QR code and A4 poster to staff who can read the building', async () => {
    const { building, otherGrid } = await world(t())
    const wangge = await t().login('wangge1')
    const qr = await wangge.request('GET', `/api/v1/buildings/${building.id}/qr.png`, undefined, {
      host: 'tongxin.test:8080',
    })
    expect(qr.statusCode, qr.body).toBe(200)
    expect(qr.headers['content-type']).toBe('image/png')
    // Exactly the QR code of the public form at the address the request came to.
    expect(qr.rawPayload).toEqual(await qrPng(publicFormUrl('http://tongxin.test:8080', building.code)))

    const poster = await wangge.request('GET', `/api/v1/buildings/${building.id}/poster.pdf`)
    expect(poster.statusCode).toBe(200)
    expect(poster.headers['content-type']).toBe('application/pdf')
    expect(poster.headers['content-disposition']).toContain('attachment')
    expect(poster.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-')

    // Elsewhere, or not a building, or signed out: nothing.
    const otherBuilding = await t()
      .ctx.db.selectFrom('org_nodes')
      .select('id')
      .where('parent_id', '=', otherGrid.id)
      .where('kind', '=', 'building')
      .executeTakeFirstOrThrow()
    for (const id of [otherBuilding.id, otherGrid.id, '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b']) {
      const res = await wangge.request('GET', `/api/v1/buildings/${id}/qr.png`)
      expect(res.statusCode, id).toBe(404)
      expect(res.json<ErrorBody>().error.code).toBe('NOT_FOUND_OR_NO_ACCESS')
    }
    const signedOut = await t().app.inject({
      method: 'GET',
      url: `/api/v1/buildings/${building.id}/poster.pdf`,
    })
    expect(signedOut.statusCode).toBe(401)
  })
})

describe('码上说 posters with a configured public address', () => {
  const t = useTestApp({ env: { TONGXIN_PUBLIC_URL: 'https://tongxin.example.org/' } })

  it('encodes the configured address, whatever address staff signed in at', async () => {
    const { building } = await world(t())
    const shuji = await t().login('shuji')
    const qr = await shuji.request('GET', `/api/v1/buildings/${building.id}/qr.png`, undefined, {
      host: '10.0.0.5:3000',
    })
    expect(qr.statusCode).toBe(200)
    expect(qr.rawPayload).toEqual(await qrPng(`https://tongxin.example.org/q/${building.code}`))
  })
})

describe('码上说 photo size limit', () => {
  const t = useTestApp({ env: { TONGXIN_UPLOAD_MAX_BYTES: '2048' } })

  it('refuses a photo over the limit with 413', async () => {
    const big = uploadBody(Buffer.concat([png, Buffer.alloc(4096)]))
    const res = await anonymous(t())('POST', '/api/v1/public/photos', big.payload, big.headers)
    expect(res.statusCode).toBe(413)
    expect(res.json<ErrorBody>().error.code).toBe('PAYLOAD_TOO_LARGE')
    const rows = await t().ctx.db.selectFrom('files').select('id').execute()
    expect(rows).toEqual([])
  })
})
