// A running app on a fresh database with the demo community, driven through app.inject() — no port.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { afterEach, beforeEach } from 'vitest'
import { buildApp } from '../../server/app.js'
import type { AppContext } from '../../server/platform/context.js'
import { DEMO_PASSWORD, seedDemo } from '../../server/seed/demo.js'
import { openTestRuntime } from './db.js'

export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'

export interface Client {
  csrfToken: string
  cookie: string
  userId: string
  request: (
    method: Method,
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ) => Promise<LightMyRequestResponse>
}

export interface TestApp {
  app: FastifyInstance
  ctx: AppContext
  dispose: () => Promise<void>
  /** Signs in as a demo user (password from the demo seed). */
  login: (username: string, password?: string) => Promise<Client>
}

export async function startTestApp(
  options: { seed?: boolean; env?: Record<string, string> } = {},
): Promise<TestApp> {
  const { runtime, dispose } = await openTestRuntime(options.env)
  if (options.seed !== false) await seedDemo(runtime.ctx.db, { size: 'tree' })
  const app = await buildApp(runtime.ctx, { logger: false })
  await app.ready()
  return {
    app,
    ctx: runtime.ctx,
    dispose: async () => {
      await app.close()
      await dispose()
    },
    login: async (username, password = DEMO_PASSWORD) => {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username, password },
      })
      if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`)
      const body = res.json<{ csrfToken: string; user: { id: string } }>()
      const session = res.cookies.find((c) => c.name === 'tx_session')
      if (!session) throw new Error('no session cookie')
      const cookie = `tx_session=${session.value}`
      return {
        csrfToken: body.csrfToken,
        cookie,
        userId: body.user.id,
        request: (method, url, payload, headers = {}) =>
          app.inject({
            method,
            url,
            headers: { cookie, 'x-csrf-token': body.csrfToken, ...headers },
            ...(payload !== undefined ? { payload: payload as string | object } : {}),
          }),
      }
    },
  }
}

export function useTestApp(options: { seed?: boolean; env?: Record<string, string> } = {}): () => TestApp {
  let current: TestApp | undefined
  beforeEach(async () => {
    current = await startTestApp(options)
  })
  afterEach(async () => {
    await current?.dispose()
    current = undefined
  })
  return () => {
    if (!current) throw new Error('useTestApp() getter called outside a test')
    return current
  }
}
