// Conformance of /open311/v2 to GeoReport v2 as the specification states it: discovery, services
// and definitions, POST with a client's key, GET requests with the spec's filters and limits, one
// request, tokens; JSON and XML carrying the same content; errors as lists of { code, description }
// with 400/403/404; and what the public may never see (names, phones, the resident's own words).
import { createHash } from 'node:crypto'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import type { LightMyRequestResponse } from 'fastify'
import { describe, expect, it } from 'vitest'
import { useTestApp, type TestApp } from '../../../test/setup/app.js'
import { addRoom, demoWorld } from '../../../test/setup/factories.js'
import { systemActor } from '../../platform/access.js'
import { newId } from '../../platform/ids.js'
import { localDate } from '../../platform/time.js'
import { createOpen311Client, revokeOpen311Client } from './open311-client.service.js'

const DAY = 86_400_000
const SPEC = 'http://wiki.open311.org/GeoReport_v2'
const ZHANGMA = '320812400001'
const HUAHE = '320812400002'
const PARK = '320812400'
const B01 = `${ZHANGMA}-B01`
const B02 = `${ZHANGMA}-B02`

// The element names the spec gives the items of each list.
const itemOf: Record<string, string> = {
  services: 'service',
  service_requests: 'request',
  errors: 'error',
  attributes: 'attribute',
  values: 'value',
  endpoints: 'endpoint',
  formats: 'format',
}
const parser = new XMLParser({
  ignoreDeclaration: true,
  parseTagValue: false,
  isArray: (name) => Object.values(itemOf).includes(name),
})

function parseXml(body: string): Record<string, unknown> {
  // Well-formed, checked strictly (the parser alone is lenient).
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- the validator fast-xml-parser ships
  expect(XMLValidator.validate(body)).toBe(true)
  expect(body.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true)
  return parser.parse(body) as Record<string, unknown>
}

/** A JSON document as the spec's XML carries it: lists inside their wrapper, every value as text. */
function asXml(key: string, value: unknown): unknown {
  if (Array.isArray(value)) {
    if (value.length === 0) return ''
    const item = itemOf[key] ?? 'item'
    return { [item]: value.map((v) => asXml(item, v)) }
  }
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asXml(k, v)]))
  return String(value)
}

function get(t: TestApp, path: string) {
  return t.app.inject({ method: 'GET', url: `/open311/v2/${path}` })
}

/** GETs both formats, checks their content types and that they say the same; returns the JSON. */
async function both<T>(t: TestApp, path: string, root: string, query = '', status = 200): Promise<T> {
  const json = await get(t, `${path}.json${query}`)
  const xml = await get(t, `${path}.xml${query}`)
  expect(json.statusCode, json.body).toBe(status)
  expect(xml.statusCode, xml.body).toBe(status)
  expect(json.headers['content-type']).toBe('application/json; charset=utf-8')
  expect(xml.headers['content-type']).toBe('text/xml; charset=utf-8')
  const doc = json.json<T>()
  expect(parseXml(xml.body)).toEqual({ [root]: asXml(root, doc) })
  return doc
}

type Fields = Record<string, string | string[]>

function post(t: TestApp, fields: Fields, { format = 'json', query = '' } = {}) {
  const form = Object.entries(fields)
    .flatMap(([k, v]) =>
      (Array.isArray(v) ? v : [v]).map((x) => `${encodeURIComponent(k)}=${encodeURIComponent(x)}`),
    )
    .join('&')
  return t.app.inject({
    method: 'POST',
    url: `/open311/v2/requests.${format}${query}`,
    headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
    payload: form,
  })
}

async function newClient(t: TestApp, jurisdiction = ZHANGMA) {
  return createOpen311Client({
    db: t.ctx.db,
    actor: systemActor('test'),
    name: '市民热线 App',
    jurisdictionCode: jurisdiction,
    now: Date.now(),
  })
}

interface Created {
  service_request_id: string
  service_notice: string
}
interface Problem {
  code: number
  description: string
}
interface Req {
  service_request_id: string
  status: string
  status_notes: string
  service_code: string
  description?: string
  address?: string
  address_id?: string
  requested_datetime: string
  extended_attributes?: { number: string; detailed_status: string }
}

async function file(t: TestApp, apiKey: string, fields: Fields = {}): Promise<string> {
  const res = await post(t, {
    api_key: apiKey,
    jurisdiction_id: ZHANGMA,
    service_code: 'facilities.water',
    description: '楼道水管漏水，地面积水',
    address_id: B01,
    ...fields,
  })
  expect(res.statusCode, res.body).toBe(200)
  const [created] = res.json<Created[]>()
  if (!created) throw new Error('nothing filed')
  return created.service_request_id
}

async function itemOfId(t: TestApp, serviceRequestId: string) {
  const number = serviceRequestId.slice(-11)
  const zhangma = (await demoWorld(t.ctx.db)).zhangma
  return t.ctx.db
    .selectFrom('work_items')
    .selectAll()
    .where('community_id', '=', zhangma.id)
    .where('number', '=', number)
    .executeTakeFirstOrThrow()
}

function expectProblem(res: LightMyRequestResponse, status: number): Problem[] {
  expect(res.statusCode, res.body).toBe(status)
  const xml = String(res.headers['content-type']).startsWith('text/xml')
  const list = xml
    ? ((parseXml(res.body).errors as { error: { code: string; description: string }[] }).error.map((e) => ({
        code: Number(e.code),
        description: e.description,
      })) satisfies Problem[])
    : res.json<Problem[]>()
  expect(Array.isArray(list)).toBe(true)
  expect(list.length).toBeGreaterThan(0)
  for (const p of list) {
    expect(Number.isInteger(p.code)).toBe(true)
    expect(p.description.length).toBeGreaterThan(0)
  }
  return list
}

describe('Open311 discovery and services', () => {
  const t = useTestApp()

  it('describes the GeoReport v2 endpoint, its formats and how to get a key, in JSON and XML', async () => {
    const doc = await both<{
      changeset: string
      contact: string
      key_service: string
      endpoints: { specification: string; url: string; type: string; changeset: string; formats: string[] }[]
    }>(t(), 'discovery', 'discovery')
    expect(doc.changeset).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/)
    expect(doc.contact).not.toBe('')
    expect(doc.key_service).not.toBe('')
    expect(doc.endpoints).toHaveLength(1)
    expect(doc.endpoints[0]).toMatchObject({ specification: SPEC, type: 'production' })
    expect(doc.endpoints[0]?.url).toMatch(/^https?:\/\/[^/]+\/open311\/v2$/)
    expect(doc.endpoints[0]?.formats.sort()).toEqual(['application/json', 'text/xml'])
  })

  it('lists exactly the categories marked public, the same in JSON and XML', async () => {
    const services = await both<
      { service_code: string; service_name: string; metadata: boolean; type: string; group: string }[]
    >(t(), 'services', 'services')
    const expected = await t()
      .ctx.db.selectFrom('request_categories')
      .select('code')
      .where('public', '=', 1)
      .where('active', '=', 1)
      .orderBy('sort')
      .execute()
    expect(services.map((s) => s.service_code)).toEqual(expected.map((c) => c.code))
    expect(services.map((s) => s.service_code)).not.toContain('disputes.neighbour')
    expect(services.find((s) => s.service_code === 'facilities.water')).toMatchObject({
      service_name: '供水管道',
      metadata: true,
      type: 'realtime',
      group: '设施维修',
    })
    // The same list within a jurisdiction; an unknown jurisdiction is a 404.
    expect(await both(t(), 'services', 'services', `?jurisdiction_id=${ZHANGMA}`)).toEqual(services)
    expectProblem(await get(t(), 'services.json?jurisdiction_id=999999'), 404)
  })

  it('defines each service’s attributes; non-public and unknown services are 404 in the spec’s error format', async () => {
    const definition = await both<{
      service_code: string
      attributes: {
        code: string
        datatype: string
        variable: boolean
        required: boolean
        order: number
        values: { key: string }[]
      }[]
    }>(t(), 'services/facilities.water', 'service_definition')
    expect(definition.service_code).toBe('facilities.water')
    const type = definition.attributes.find((a) => a.code === 'request_type')
    expect(type).toMatchObject({ datatype: 'singlevaluelist', variable: true, required: false })
    expect(type?.values.map((v) => v.key)).toEqual([
      'enquiry',
      'help',
      'complaint',
      'report',
      'suggestion',
      'repair',
    ])
    const orders = definition.attributes.map((a) => a.order)
    expect(new Set(orders).size).toBe(orders.length)
    expect(orders.every((o) => Number.isInteger(o) && o > 0)).toBe(true)

    const hidden = await both<Problem[]>(t(), 'services/disputes.neighbour', 'errors', '', 404)
    expect(hidden[0]?.code).toBe(404)
    expectProblem(await get(t(), 'services/no.such.json'), 404)
  })

  it('answers an unknown path under /open311/v2 with a 404 error list in the asked format', async () => {
    expectProblem(await get(t(), 'nothing.json'), 404)
    expect(expectProblem(await get(t(), 'services.csv'), 404)).toHaveLength(1)
    const xml = await get(t(), 'nothing.xml')
    expect(xml.statusCode).toBe(404)
    expect(parseXml(xml.body)).toMatchObject({ errors: { error: [{ code: '404' }] } })
  })
})

describe('Open311 POST requests', () => {
  const t = useTestApp()

  it('refuses a missing or revoked api_key with 403 in the spec’s format, and files nothing', async () => {
    const fields = { service_code: 'facilities.water', description: '漏水', address_id: B01 }
    const missing = expectProblem(await post(t(), fields), 403)
    expect(missing[0]?.code).toBe(403)
    const wrong = await post(t(), { ...fields, api_key: 'not-a-key' }, { format: 'xml' })
    expect(wrong.statusCode).toBe(403)
    expect(wrong.headers['content-type']).toBe('text/xml; charset=utf-8')
    expect(parseXml(wrong.body)).toMatchObject({ errors: { error: [{ code: '403' }] } })

    const { apiKey, client } = await newClient(t())
    await revokeOpen311Client({
      db: t().ctx.db,
      actor: systemActor('test'),
      clientId: client.id,
      now: Date.now(),
    })
    expectProblem(await post(t(), { ...fields, api_key: apiKey }), 403)
    const count = await t()
      .ctx.db.selectFrom('work_items')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
    expect(count.n).toBe(0)
  })

  it('keeps only the key’s SHA-256 and records who made the client', async () => {
    const { apiKey, client } = await newClient(t())
    const row = await t()
      .ctx.db.selectFrom('open311_clients')
      .selectAll()
      .where('id', '=', client.id)
      .executeTakeFirstOrThrow()
    expect(row.key_hash).toBe(createHash('sha256').update(apiKey).digest('hex'))
    expect(JSON.stringify(row)).not.toContain(apiKey)
    const audit = await t()
      .ctx.db.selectFrom('audit_log')
      .select(['action', 'summary'])
      .where('target_id', '=', client.id)
      .execute()
    expect(audit.map((a) => a.action)).toEqual(['open311.client.create'])
    expect(JSON.stringify(audit)).not.toContain(apiKey)
  })

  it('refuses an unknown or non-public service_code with 404, and missing fields with 400, all at once', async () => {
    const { apiKey } = await newClient(t())
    const base = { api_key: apiKey, description: '漏水', address_id: B01 }
    const unknown = expectProblem(await post(t(), { ...base, service_code: 'no.such' }), 404)
    expect(unknown[0]?.description).toContain('no.such')
    expectProblem(await post(t(), { ...base, service_code: 'disputes.neighbour' }), 404)
    const missing = expectProblem(await post(t(), { api_key: apiKey, phone: '' }), 400)
    expect(missing.map((p) => p.code)).toEqual([400, 400, 400])
    expect(missing.map((p) => p.description).join(' ')).toMatch(/service_code.*description.*address_id/)
    expectProblem(await post(t(), { ...base, service_code: 'facilities.water', phone: '12345' }), 400)
    expectProblem(
      await post(t(), { ...base, service_code: 'facilities.water', 'attribute[urgency]': 'asap' }),
      400,
    )
    expectProblem(await post(t(), { ...base, service_code: 'facilities.water', unknown_field: 'x' }), 400)
  })

  it('files by building code into that building’s grid inbox, on channel open311, with a realtime id', async () => {
    const { apiKey } = await newClient(t())
    const res = await post(
      t(),
      {
        api_key: apiKey,
        service_code: 'facilities.water',
        description: '楼道水管漏水，地面积水',
        address_id: B01,
        first_name: '大爷',
        last_name: '王',
        phone: '139 1234 5678',
        'attribute[urgency]': 'urgent',
      },
      { query: `?jurisdiction_id=${ZHANGMA}` },
    )
    expect(res.statusCode, res.body).toBe(200)
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8')
    const created = res.json<Created[]>()
    const year = localDate(Date.now()).slice(0, 4)
    expect(created).toEqual([
      {
        service_request_id: `${ZHANGMA}-${year}-000001`,
        service_notice: expect.stringContaining('第一网格') as string,
      },
    ])
    expect(created[0]).not.toHaveProperty('token')

    const item = await itemOfId(t(), created[0]?.service_request_id ?? '')
    expect(item).toMatchObject({
      channel: 'open311',
      level: 'grid',
      urgency: 'urgent',
      request_type: 'repair',
      reporter_name: '王大爷',
      reporter_phone_tail: '5678',
      feedback_token_hash: null,
      public_text: null,
    })
    const wangge = await t().login('wangge1')
    const inbox = await wangge.request('GET', '/api/v1/requests')
    expect(inbox.json<{ items: { number: string }[] }>().items.map((i) => i.number)).toContain(
      `${year}-000001`,
    )

    // The XML face files the same way and answers in XML.
    const xml = await post(
      t(),
      { api_key: apiKey, service_code: 'facilities.lamp', description: '路灯不亮', address_id: B02 },
      { format: 'xml' },
    )
    expect(xml.statusCode, xml.body).toBe(200)
    expect(parseXml(xml.body)).toMatchObject({
      service_requests: { request: [{ service_request_id: `${ZHANGMA}-${year}-000002` }] },
    })
  })

  it('places a lat/long at the nearest building with a stored position, else at the community', async () => {
    const db = t().ctx.db
    await db.updateTable('org_nodes').set({ lat: 33.6, lng: 119 }).where('code', '=', B01).execute()
    await db.updateTable('org_nodes').set({ lat: 33.61, lng: 119 }).where('code', '=', B02).execute()
    const { apiKey } = await newClient(t())
    const near = await file(t(), apiKey, { address_id: '', lat: '33.6095', long: '119.0002' })
    const item = await itemOfId(t(), near)
    const b02 = await db
      .selectFrom('org_nodes')
      .select('id')
      .where('code', '=', B02)
      .executeTakeFirstOrThrow()
    expect(item).toMatchObject({ node_id: b02.id, level: 'grid', lat: 33.6095, lng: 119.0002 })

    const far = await itemOfId(t(), await file(t(), apiKey, { address_id: '', lat: '31.2', long: '121.5' }))
    const world = await demoWorld(db)
    expect(far).toMatchObject({ node_id: world.zhangma.id, level: 'community', grid_id: null })

    const byText = await itemOfId(
      t(),
      await file(t(), apiKey, { address_id: '', address_string: '3号楼东侧' }),
    )
    expect(byText).toMatchObject({ node_id: world.zhangma.id, address: '张码花园社区（3号楼东侧）' })
  })

  it('holds a client to its jurisdiction: other communities are 403, unknown ones 404, places outside 400', async () => {
    const { apiKey } = await newClient(t())
    const base = { api_key: apiKey, service_code: 'facilities.water', description: '漏水' }
    expectProblem(await post(t(), { ...base, jurisdiction_id: HUAHE, address_id: `${HUAHE}-B01` }), 403)
    expectProblem(await post(t(), { ...base, jurisdiction_id: '999999999999', address_id: B01 }), 404)
    expectProblem(await post(t(), { ...base, address_id: `${HUAHE}-B01` }), 400)
    expectProblem(
      await post(
        t(),
        { ...base, jurisdiction_id: ZHANGMA, address_id: B01 },
        { query: `?jurisdiction_id=${HUAHE}` },
      ),
      400,
    )

    // A street-level client files in any community under it, but a bare position must name one.
    const park = await newClient(t(), PARK)
    const parkBase = { ...base, api_key: park.apiKey }
    const inHuahe = await post(t(), { ...parkBase, address_id: `${HUAHE}-B01` })
    expect(inHuahe.statusCode, inHuahe.body).toBe(200)
    expect(inHuahe.json<Created[]>()[0]?.service_request_id).toMatch(new RegExp(`^${HUAHE}-`))
    expectProblem(await post(t(), { ...parkBase, lat: '31.2', long: '121.5' }), 400)
    const named = await post(t(), { ...parkBase, jurisdiction_id: ZHANGMA, lat: '31.2', long: '121.5' })
    expect(named.statusCode, named.body).toBe(200)
  })

  it('limits filings per address per minute, answering 429 in the spec’s format', async () => {
    const fields = { service_code: 'facilities.water', description: '漏水', address_id: B01 }
    for (let i = 0; i < 30; i++) expect((await post(t(), fields)).statusCode).toBe(403)
    const limited = await post(t(), fields, { format: 'xml' })
    expect(limited.statusCode).toBe(429)
    expect(limited.headers['retry-after']).toBeDefined()
    expect(parseXml(limited.body)).toMatchObject({ errors: { error: [{ code: '429' }] } })
  })
})

describe('Open311 GET requests', () => {
  const t = useTestApp()

  /** Three Open311 filings (one closed by the grid worker) and a staff filing in a non-public category. */
  async function scene() {
    const { apiKey } = await newClient(t())
    const water = await file(t(), apiKey)
    const lamp = await file(t(), apiKey, {
      service_code: 'facilities.lamp',
      description: '路灯不亮',
      address_id: B02,
    })
    const garbage = await file(t(), apiKey, { service_code: 'environment.garbage', description: '垃圾满溢' })
    const wangge = await t().login('wangge1')
    const world = await demoWorld(t().ctx.db)
    const staff = await wangge.request('POST', '/api/v1/requests', {
      requestType: 'complaint',
      categoryCode: 'disputes.neighbour',
      channel: 'visit',
      description: '邻里噪音纠纷',
      nodeId: world.grid1Buildings[0]?.id,
      confirmNotDuplicate: true,
    })
    expect(staff.statusCode, staff.body).toBe(200)
    const hidden = staff.json<{ item: { number: string } }>().item.number
    // The grid worker closes the lamp: verify, dispatch to self, accept, resolve, close.
    let item = (await wangge.request('GET', `/api/v1/requests/${(await itemOfId(t(), lamp)).id}`)).json<{
      id: string
      version: number
    }>()
    for (const step of [
      { action: 'verify' },
      { action: 'dispatch', assigneeUserId: wangge.userId },
      { action: 'accept' },
      { action: 'resolve', outcome: 'solved', note: '更换灯泡' },
      { action: 'close' },
    ]) {
      const res = await wangge.request('POST', `/api/v1/requests/${item.id}/actions`, {
        version: item.version,
        ...step,
      })
      expect(res.statusCode, res.body).toBe(200)
      item = res.json()
    }
    return { apiKey, water, lamp, garbage, hidden, wangge }
  }

  const ids = (list: Req[]) => list.map((r) => r.service_request_id)

  it('filters by status, service_code and ids, newest first, never showing non-public categories', async () => {
    const s = await scene()
    const all = await both<Req[]>(t(), 'requests', 'service_requests')
    expect(ids(all)).toEqual([s.garbage, s.lamp, s.water])
    expect(all.every((r) => ['open', 'closed'].includes(r.status))).toBe(true)
    expect(JSON.stringify(all)).not.toContain('disputes')

    const closed = await both<Req[]>(t(), 'requests', 'service_requests', '?status=closed')
    expect(closed).toMatchObject([
      { service_request_id: s.lamp, status: 'closed', status_notes: '已结案：已解决' },
    ])
    expect(ids(await both<Req[]>(t(), 'requests', 'service_requests', '?status=open'))).toEqual([
      s.garbage,
      s.water,
    ])
    expect(ids(await both<Req[]>(t(), 'requests', 'service_requests', '?status=open,closed'))).toHaveLength(3)
    expect(
      ids(
        await both<Req[]>(
          t(),
          'requests',
          'service_requests',
          '?service_code=facilities.water,environment.garbage',
        ),
      ),
    ).toEqual([s.garbage, s.water])
    // service_request_id overrides every other argument.
    expect(
      ids(
        await both<Req[]>(
          t(),
          'requests',
          'service_requests',
          `?service_request_id=${s.water},${s.lamp}&status=open&service_code=x`,
        ),
      ),
    ).toEqual([s.lamp, s.water])
    // Empty arguments are the same as absent ones.
    expect(
      ids(await both<Req[]>(t(), 'requests', 'service_requests', '?status=&service_code=&start_date=')),
    ).toHaveLength(3)
    expectProblem(await get(t(), 'requests.json?status=pending'), 400)
    // Another community's jurisdiction sees none of these; an unknown one is a 404.
    expect(await both<Req[]>(t(), 'requests', 'service_requests', `?jurisdiction_id=${HUAHE}`)).toEqual([])
    expectProblem(await get(t(), 'requests.xml?jurisdiction_id=000'), 404)
    // The detailed state is an extension, sent when asked for.
    const extended = await both<Req[]>(t(), 'requests', 'service_requests', '?extensions=true&status=closed')
    expect(extended[0]?.extended_attributes).toMatchObject({
      number: s.lamp.slice(-11),
      detailed_status: 'closed',
    })
    expect(all[0]).not.toHaveProperty('extended_attributes')
  })

  it('keeps to the last 90 days unless dates say otherwise, and refuses spans over 90 days', async () => {
    const s = await scene()
    const old = await itemOfId(t(), s.water)
    const longAgo = Date.now() - 100 * DAY
    await t()
      .ctx.db.updateTable('work_items')
      .set({ reported_at: longAgo })
      .where('id', '=', old.id)
      .execute()
    expect(ids(await both<Req[]>(t(), 'requests', 'service_requests'))).toEqual([s.garbage, s.lamp])
    const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
    const from = iso(longAgo - DAY)
    const to = iso(longAgo + DAY)
    const window = await both<Req[]>(
      t(),
      'requests',
      'service_requests',
      `?start_date=${from}&end_date=${to}`,
    )
    expect(ids(window)).toEqual([s.water])
    // A zone written as +08:00 (encoded, or with the + left as a space) reads the same.
    const beijing = new Date(longAgo - DAY + 8 * 3_600_000).toISOString().slice(0, 19)
    const plus = await get(t(), `requests.json?start_date=${beijing}%2B08:00&end_date=${to}`)
    expect(ids(plus.json<Req[]>())).toEqual([s.water])
    const space = await get(t(), `requests.json?start_date=${beijing}+08:00&end_date=${to}`)
    expect(ids(space.json<Req[]>())).toEqual([s.water])
    // Asked for by id it is found whatever its age.
    expect(
      ids(await both<Req[]>(t(), 'requests', 'service_requests', `?service_request_id=${s.water}`)),
    ).toEqual([s.water])

    const tooLong = expectProblem(
      await get(t(), `requests.json?start_date=${iso(longAgo)}&end_date=${iso(Date.now())}`),
      400,
    )
    expect(tooLong[0]?.description).toMatch(/90/)
    expectProblem(await get(t(), 'requests.json?start_date=2026-01-01'), 400)
    expectProblem(await get(t(), `requests.json?start_date=${to}&end_date=${from}`), 400)
  })

  it('returns at most 1000 requests, the newest', async () => {
    const { apiKey } = await newClient(t())
    const first = await itemOfId(t(), await file(t(), apiKey))
    const now = Date.now()
    await t()
      .ctx.db.updateTable('work_items')
      .set({ reported_at: now - 10 * DAY })
      .where('id', '=', first.id)
      .execute()
    const year = first.number.slice(0, 4)
    const rows = Array.from({ length: 1000 }, (_, i) => ({
      ...first,
      id: newId(),
      number: `${year}-${String(i + 2).padStart(6, '0')}`,
      reported_at: now - (1000 - i) * 60_000,
    }))
    for (let i = 0; i < rows.length; i += 200)
      await t()
        .ctx.db.insertInto('work_items')
        .values(rows.slice(i, i + 200))
        .execute()
    const list = (await get(t(), 'requests.json')).json<Req[]>()
    expect(list).toHaveLength(1000)
    expect(list[0]?.service_request_id).toBe(`${ZHANGMA}-${year}-001001`)
    expect(ids(list)).not.toContain(`${ZHANGMA}-${first.number}`)
  })

  it('gives one request as a list of one in both formats, by its id or its number within the community', async () => {
    const s = await scene()
    const one = await both<Req[]>(t(), `requests/${s.lamp}`, 'service_requests')
    expect(one).toHaveLength(1)
    expect(one[0]).toMatchObject({
      service_request_id: s.lamp,
      status: 'closed',
      service_code: 'facilities.lamp',
    })
    expect(one[0]?.requested_datetime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/)
    const number = s.lamp.slice(-11)
    expect(await both(t(), `requests/${number}`, 'service_requests', `?jurisdiction_id=${ZHANGMA}`)).toEqual(
      one,
    )
    expectProblem(await get(t(), `requests/${number}.json`), 404)
    expectProblem(await get(t(), `requests/${s.lamp}.json?jurisdiction_id=${HUAHE}`), 404)
    expectProblem(await get(t(), `requests/${ZHANGMA}-${s.hidden}.json`), 404)
    expectProblem(await get(t(), `requests/${ZHANGMA}-2099-000001.xml`), 404)

    // Tokens: answered at once, so the id is the token.
    expect(await both(t(), `tokens/${s.water}`, 'service_requests')).toEqual([
      { service_request_id: s.water, token: s.water },
    ])
    expectProblem(await get(t(), 'tokens/unknown.json'), 404)
  })

  it('never shows names, phones, emails, rooms or the resident’s own words; only the moderated text', async () => {
    const { apiKey } = await newClient(t())
    const world = await demoWorld(t().ctx.db)
    const building = world.grid1Buildings[0]
    if (!building) throw new Error('demo missing')
    const room = await addRoom(t().ctx.db, building, { unit: 3, room: '502' })
    const id = await file(t(), apiKey, {
      address_id: room.code,
      address_string: '3单元502室',
      description: '3单元502王大爷家水管漏水，电话13912345678',
      first_name: '大爷',
      last_name: '王',
      phone: '13912345678',
      email: 'wang.daye@example.com',
      device_id: 'device-42',
    })
    const secrets = [
      '王大爷',
      '大爷',
      '13912345678',
      '1391234',
      'wang.daye',
      '502',
      '3单元',
      '家水管漏水',
      'device-42',
    ]
    const reads = async () => [
      ...(await Promise.all(
        [
          'requests.json',
          'requests.xml',
          'requests.json?extensions=true',
          'requests.xml?extensions=true',
        ].map(async (p) => (await get(t(), p)).body),
      )),
      (await get(t(), `requests/${id}.json?extensions=true`)).body,
      (await get(t(), `requests/${id}.xml`)).body,
    ]
    for (const body of await reads()) for (const s of secrets) expect(body).not.toContain(s)
    const [before] = (await get(t(), `requests/${id}.json`)).json<Req[]>()
    expect(before).not.toHaveProperty('description')
    expect(before).toMatchObject({ address_id: building.code })

    const item = await itemOfId(t(), id)
    const wangge = await t().login('wangge1')
    const moderated = await wangge.request('PUT', `/api/v1/requests/${item.id}/public-text`, {
      version: item.version,
      text: '楼道水管漏水 <已处理> & 待核查',
    })
    expect(moderated.statusCode, moderated.body).toBe(200)
    for (const body of await reads()) for (const s of secrets) expect(body).not.toContain(s)
    const [after] = await both<Req[]>(t(), `requests/${id}`, 'service_requests')
    expect(after?.description).toBe('楼道水管漏水 <已处理> & 待核查')
  })
})
