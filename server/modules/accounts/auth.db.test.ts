import { describe, expect, it } from 'vitest'
import { testDialect } from '../../../test/setup/db.js'
import { useTestApp, type TestApp } from '../../../test/setup/app.js'
import { DEMO_PASSWORD } from '../../seed/demo.js'

interface ErrorBody {
  error: { code: string; message: string; details: Record<string, unknown> }
}

function attempt(
  t: TestApp,
  username: string,
  password: string,
  options: { ip?: string; cookie?: string } = {},
) {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    remoteAddress: options.ip ?? '127.0.0.1',
    headers: options.cookie ? { cookie: options.cookie } : {},
    payload: { username, password },
  })
}

async function auditActions(t: TestApp): Promise<string[]> {
  const rows = await t.ctx.db.selectFrom('audit_log').select('action').orderBy('id').execute()
  return rows.map((r) => r.action)
}

describe(`signing in and out (${testDialect})`, () => {
  const t = useTestApp()

  it('signs in with an HttpOnly SameSite cookie and shows who I am and where', async () => {
    const res = await attempt(t(), 'shuji', DEMO_PASSWORD)
    expect(res.statusCode).toBe(200)
    const cookie = res.cookies.find((c) => c.name === 'tx_session')
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' })
    const body = res.json<{ user: { displayName: string; grants: { role: string; scopeName: string }[] } }>()
    expect(body.user.displayName).toBe('李秀兰')
    expect(body.user.grants).toEqual([
      expect.objectContaining({ role: 'community_secretary', scopeName: '张码花园社区' }),
    ])
    // Only a hash of the token is stored.
    const stored = await t().ctx.db.selectFrom('sessions').select('id').execute()
    expect(stored.map((s) => s.id)).not.toContain(cookie?.value)
    expect(await auditActions(t())).toContain('auth.login')
  })

  it('names a grid together with its community (every community has a 第一网格)', async () => {
    const res = await attempt(t(), 'wangge1', DEMO_PASSWORD)
    const grants = res.json<{ user: { grants: { role: string; scopeName: string }[] } }>().user.grants
    expect(grants.map((g) => g.scopeName)).toEqual(['张码花园社区 · 第一网格', '张码花园社区 · 第一网格'])
  })

  it('gives the same answer for a wrong password and an unknown user, and audits both', async () => {
    const wrong = await attempt(t(), 'shuji', 'not-the-password')
    const unknown = await attempt(t(), 'nobody', 'whatever1')
    expect(wrong.statusCode).toBe(401)
    expect(wrong.json()).toEqual(unknown.json())
    expect(wrong.json<ErrorBody>().error.message).toBe('用户名或密码错误。')
    expect((await auditActions(t())).filter((a) => a === 'auth.login_failed')).toHaveLength(2)
  })

  it('ends the session at logout', async () => {
    const c = await t().login('shuji')
    expect((await c.request('POST', '/api/v1/auth/logout')).statusCode).toBe(204)
    const after = await c.request('GET', '/api/v1/auth/session')
    expect(after.statusCode).toBe(401)
    expect(after.json<ErrorBody>().error.code).toBe('UNAUTHENTICATED')
  })

  it('expires an idle session and says so', async () => {
    const c = await t().login('shuji')
    const idleMs = t().ctx.config.sessionIdleMinutes * 60_000
    await t()
      .ctx.db.updateTable('sessions')
      .set({ last_seen_at: Date.now() - idleMs - 1000 })
      .execute()
    const res = await c.request('GET', '/api/v1/auth/session')
    expect(res.statusCode).toBe(401)
    expect(res.json<ErrorBody>().error.code).toBe('SESSION_EXPIRED')
    expect(await t().ctx.db.selectFrom('sessions').select('id').execute()).toHaveLength(0)
  })

  it('slows an account down after repeated failures, but not the owner on a browser she used before', async () => {
    // The secretary signed in from her own browser earlier: it holds a device cookie.
    const first = await attempt(t(), 'shuji', DEMO_PASSWORD, { ip: '127.0.0.9' })
    const device = first.cookies.find((c) => c.name === 'tx_device')
    expect(device).toBeDefined()
    // Someone elsewhere guesses her password.
    for (let i = 0; i < 6; i++) await attempt(t(), 'shuji', `guess-${i}`, { ip: '127.0.0.2' })
    const blocked = await attempt(t(), 'shuji', DEMO_PASSWORD, { ip: '127.0.0.3' })
    expect(blocked.statusCode).toBe(429)
    expect(blocked.json<ErrorBody>().error.code).toBe('RATE_LIMITED')
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0)
    // Her own browser still gets in.
    const mine = await attempt(t(), 'shuji', DEMO_PASSWORD, {
      ip: '127.0.0.9',
      cookie: `tx_device=${device?.value}`,
    })
    expect(mine.statusCode).toBe(200)
  })

  it('backs off an address that sprays passwords over many accounts', async () => {
    for (let i = 0; i < 21; i++) await attempt(t(), `user${i}`, 'password1', { ip: '127.0.0.4' })
    const res = await attempt(t(), 'wangge1', DEMO_PASSWORD, { ip: '127.0.0.4' })
    expect(res.statusCode).toBe(429)
    const elsewhere = await attempt(t(), 'wangge1', DEMO_PASSWORD, { ip: '127.0.0.5' })
    expect(elsewhere.statusCode).toBe(200)
  })

  it('changes my language with optimistic concurrency', async () => {
    const c = await t().login('shuji')
    const me = (await c.request('GET', '/api/v1/auth/session')).json<{ user: { version: number } }>().user
    const ok = await c.request('PATCH', '/api/v1/auth/me', { version: me.version, locale: 'en' })
    expect(ok.statusCode).toBe(200)
    expect(ok.json<{ locale: string }>().locale).toBe('en')
    const stale = await c.request('PATCH', '/api/v1/auth/me', { version: me.version, locale: 'zh-CN' })
    expect(stale.statusCode).toBe(409)
  })

  it('signs out my other browsers when I change my password', async () => {
    const here = await t().login('shuji')
    const there = await t().login('shuji')
    const weak = await here.request('POST', '/api/v1/auth/password', {
      currentPassword: DEMO_PASSWORD,
      newPassword: '12345678',
    })
    expect(weak.statusCode).toBe(422)
    const res = await here.request('POST', '/api/v1/auth/password', {
      currentPassword: DEMO_PASSWORD,
      newPassword: 'Ganquan-2027',
    })
    expect(res.statusCode).toBe(204)
    expect((await here.request('GET', '/api/v1/auth/session')).statusCode).toBe(200)
    expect((await there.request('GET', '/api/v1/auth/session')).statusCode).toBe(401)
    expect((await attempt(t(), 'shuji', 'Ganquan-2027')).statusCode).toBe(200)
  })

  it('refuses a disabled account, even with a live session', async () => {
    const c = await t().login('wangge1')
    await t().ctx.db.updateTable('users').set({ disabled: 1 }).where('username', '=', 'wangge1').execute()
    expect((await c.request('GET', '/api/v1/org/tree')).statusCode).toBe(401)
    expect((await attempt(t(), 'wangge1', DEMO_PASSWORD)).statusCode).toBe(401)
  })
})
