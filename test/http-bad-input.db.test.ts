// Bad input of every kind gets a clear 4xx in the one error shape and changes nothing.
import { describe, expect, it } from 'vitest'
import { testDialect } from './setup/db.js'
import { useTestApp, type Client, type TestApp } from './setup/app.js'

interface ErrorBody {
  error: { code: string; message: string; details: Record<string, unknown> }
}

async function firstGrid(c: Client): Promise<{ id: string; name: string; version: number }> {
  const tree = (await c.request('GET', '/api/v1/org/tree')).json<{
    nodes: { id: string; name: string; kind: string; version: number; inScope: boolean }[]
  }>()
  const grid = tree.nodes.find((n) => n.kind === 'grid' && n.inScope)
  if (!grid) throw new Error('no grid in scope')
  return grid
}

async function nodeName(t: TestApp, id: string): Promise<string> {
  const row = await t.ctx.db
    .selectFrom('org_nodes')
    .select('name')
    .where('id', '=', id)
    .executeTakeFirstOrThrow()
  return row.name
}

async function auditCount(t: TestApp): Promise<number> {
  const rows = await t.ctx.db
    .selectFrom('audit_log')
    .select('id')
    .where('action', '=', 'org.update_node')
    .execute()
  return rows.length
}

describe(`bad input on a representative write (${testDialect})`, () => {
  const t = useTestApp()

  const raw = async (c: Client, id: string, payload: string | Buffer, headers: Record<string, string> = {}) =>
    t().app.inject({
      method: 'PATCH',
      url: `/api/v1/org/nodes/${id}`,
      headers: {
        cookie: c.cookie,
        'x-csrf-token': c.csrfToken,
        'content-type': 'application/json',
        ...headers,
      },
      payload,
    })

  it('refuses malformed JSON, wrong types, unknown fields and non-UTF-8 bytes, changing nothing', async () => {
    const c = await t().login('shuji')
    const grid = await firstGrid(c)
    const cases: { payload: string | Buffer; status: number; code: string }[] = [
      { payload: '{"version": 1, "name": "坏', status: 400, code: 'MALFORMED_REQUEST' },
      { payload: JSON.stringify({ version: '1', name: '新名字' }), status: 400, code: 'VALIDATION_FAILED' },
      { payload: JSON.stringify({ version: 1, name: 42 }), status: 400, code: 'VALIDATION_FAILED' },
      {
        payload: JSON.stringify({ version: 1, name: '新名字', admin: true }),
        status: 400,
        code: 'VALIDATION_FAILED',
      },
      {
        payload: JSON.stringify({ version: 1, name: 'x'.repeat(61) }),
        status: 400,
        code: 'VALIDATION_FAILED',
      },
      { payload: JSON.stringify({ version: 1, name: 'a\u0000b' }), status: 400, code: 'MALFORMED_REQUEST' },
      {
        payload: Buffer.concat([
          Buffer.from('{"version":1,"name":"'),
          Buffer.from([0xff, 0xfe]),
          Buffer.from('"}'),
        ]),
        status: 400,
        code: 'MALFORMED_REQUEST',
      },
      { payload: '{"__proto__": {"version": 1}, "version": 1}', status: 400, code: 'MALFORMED_REQUEST' },
    ]
    for (const k of cases) {
      const res = await raw(c, grid.id, k.payload)
      expect(res.statusCode, String(k.payload)).toBe(k.status)
      const body = res.json<ErrorBody>()
      expect(body.error.code, String(k.payload)).toBe(k.code)
      expect(body.error.message).toMatch(/[\u4e00-\u9fa5]/)
    }
    expect(await nodeName(t(), grid.id)).toBe(grid.name)
    expect(await auditCount(t())).toBe(0)
  })

  it('names the offending fields, in English when asked', async () => {
    const c = await t().login('shuji')
    const grid = await firstGrid(c)
    const res = await raw(c, grid.id, JSON.stringify({ version: '2', nmae: 'typo' }), {
      'accept-language': 'en-US,en;q=0.9',
    })
    const body = res.json<ErrorBody>()
    expect(body.error.message).toBe('The request data is not valid; check the fields listed.')
    const fields = body.error.details.fields as { path: string; rule: string; message: string }[]
    expect(fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          path: '/nmae',
          rule: 'additionalProperties',
          message: 'unknown field "nmae"',
        }),
        expect.objectContaining({ path: '/version', rule: 'type' }),
      ]),
    )
  })

  it('refuses an oversized body with 413 and a wrong content type with 415', async () => {
    const c = await t().login('shuji')
    const grid = await firstGrid(c)
    const big = await raw(c, grid.id, JSON.stringify({ version: 1, name: 'x'.repeat(300 * 1024) }))
    expect(big.statusCode).toBe(413)
    expect(big.json<ErrorBody>().error.code).toBe('PAYLOAD_TOO_LARGE')
    const xml = await raw(c, grid.id, '<node/>', { 'content-type': 'application/xml' })
    expect(xml.statusCode).toBe(415)
    expect(xml.json<ErrorBody>().error.code).toBe('UNSUPPORTED_MEDIA_TYPE')
    expect(await nodeName(t(), grid.id)).toBe(grid.name)
  })

  it('stores SQL-looking text as text', async () => {
    const c = await t().login('shuji')
    const grid = await firstGrid(c)
    const name = "x'); drop table org_nodes; --"
    const res = await c.request('PATCH', `/api/v1/org/nodes/${grid.id}`, { version: grid.version, name })
    expect(res.statusCode).toBe(200)
    expect(await nodeName(t(), grid.id)).toBe(name)
    const count = await t().ctx.db.selectFrom('org_nodes').select('id').execute()
    expect(count.length).toBeGreaterThan(10)
  })

  it('answers a stale version with 409 and keeps the first writer’s change', async () => {
    const a = await t().login('shuji')
    const grid = await firstGrid(a)
    const first = await a.request('PATCH', `/api/v1/org/nodes/${grid.id}`, {
      version: grid.version,
      name: '甲',
    })
    const second = await a.request('PATCH', `/api/v1/org/nodes/${grid.id}`, {
      version: grid.version,
      name: '乙',
    })
    expect(first.statusCode).toBe(200)
    expect(second.statusCode).toBe(409)
    expect(await nodeName(t(), grid.id)).toBe('甲')
  })

  it('rejects writes without the CSRF token, or from another origin', async () => {
    const c = await t().login('shuji')
    const grid = await firstGrid(c)
    const noToken = await t().app.inject({
      method: 'PATCH',
      url: `/api/v1/org/nodes/${grid.id}`,
      headers: { cookie: c.cookie },
      payload: { version: grid.version, name: '跨站' },
    })
    expect(noToken.statusCode).toBe(403)
    expect(noToken.json<ErrorBody>().error.code).toBe('CSRF_REJECTED')
    const foreign = await c.request(
      'PATCH',
      `/api/v1/org/nodes/${grid.id}`,
      { version: grid.version, name: '跨站' },
      { origin: 'https://evil.example' },
    )
    expect(foreign.statusCode).toBe(403)
    expect(await nodeName(t(), grid.id)).toBe(grid.name)
  })

  it('treats a forged or garbage session cookie as signed out', async () => {
    for (const cookie of [
      'tx_session=garbage',
      `tx_session=${'A'.repeat(43)}`,
      'tx_session=%zz%',
      'tx_session=',
    ]) {
      const res = await t().app.inject({ method: 'GET', url: '/api/v1/org/tree', headers: { cookie } })
      expect(res.statusCode, cookie).toBe(401)
      expect(res.json<ErrorBody>().error.code).toBe('UNAUTHENTICATED')
    }
  })

  it('answers an unknown route with the same error shape', async () => {
    const res = await t().app.inject({ method: 'GET', url: '/api/v1/nothing-here' })
    expect(res.statusCode).toBe(404)
    expect(res.json<ErrorBody>().error).toMatchObject({ code: 'ROUTE_NOT_FOUND', message: '接口不存在。' })
  })

  it('hides internals of a server error behind a request id', async () => {
    const c = await t().login('shuji')
    // Break the database under the running app: the next read fails inside the driver.
    await t().ctx.db.schema.dropTable('grants').execute()
    const res = await c.request('GET', '/api/v1/org/tree')
    expect(res.statusCode).toBe(500)
    const body = res.json<ErrorBody>()
    expect(body.error.code).toBe('INTERNAL')
    expect(Object.keys(body.error.details)).toEqual(['requestId'])
    expect(res.body).not.toMatch(/grants|sqlite|relation|stack/i)
  })
})

describe(`security headers (${testDialect})`, () => {
  const t = useTestApp()

  it('sends a strict content security policy and no-sniff on API answers and errors alike', async () => {
    for (const url of ['/api/v1/health', '/api/v1/org/tree']) {
      const res = await t().app.inject({ method: 'GET', url })
      expect(res.headers['content-security-policy']).toContain("script-src 'self'")
      expect(res.headers['x-content-type-options']).toBe('nosniff')
      expect(res.headers['x-frame-options']).toBe('DENY')
    }
  })
})
