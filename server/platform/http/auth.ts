// Resolves the signed-in user for every request that needs one, before the body is even read, and
// guards cookie-authenticated writes against cross-site request forgery: a write must carry the
// session's CSRF token in X-CSRF-Token (which another site cannot read), and an Origin header, when
// sent, must be this server's own or an allowed one.
import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { Actor } from '../access.js'
import type { AppContext } from '../context.js'
import { AppError } from '../errors.js'
import { resolveSession, SESSION_COOKIE, type ResolvedSession } from '../sessions.js'
import { pickLocale, type Locale } from '../i18n.js'
import { timingSafeEqual } from 'node:crypto'

export type AuthMode = 'user' | 'public' | 'optional'

declare module 'fastify' {
  interface FastifyContextConfig {
    /** 'user' (default): a signed-in user is required; 'public': no session is read. */
    auth?: AuthMode
  }
  interface FastifyRequest {
    session: ResolvedSession | null
    locale: Locale
  }
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS'])

export function actorOf(request: FastifyRequest): Actor {
  const session = request.session
  if (!session) throw new AppError('UNAUTHENTICATED')
  return {
    kind: 'user',
    userId: session.user.id,
    label: `${session.user.displayName} (${session.user.username})`,
    grants: session.grants,
    ip: request.ip,
    requestId: request.id,
  }
}

/** An actor for public endpoints: no grants, but the address and request id are still audited. */
export function anonymousActor(request: FastifyRequest, label = 'public'): Actor {
  return { kind: 'user', userId: null, label, grants: [], ip: request.ip, requestId: request.id }
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

function originAllowed(request: FastifyRequest, allowed: string[]): boolean {
  const origin = request.headers.origin
  if (origin === undefined) return true
  const host = request.headers.host
  if (host && (origin === `http://${host}` || origin === `https://${host}`)) return true
  return allowed.includes(origin)
}

export function registerAuth(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('session', null)
  app.decorateRequest('locale', 'zh-CN')
  const policy = {
    idleMs: ctx.config.sessionIdleMinutes * 60_000,
    maxMs: ctx.config.sessionMaxDays * 24 * 60 * 60_000,
  }
  app.addHook('onRequest', async (request, reply) => {
    request.locale = pickLocale(request.headers['accept-language'])
    const mode: AuthMode = request.routeOptions.config.auth ?? 'user'
    if (mode === 'public' || request.routeOptions.url === undefined) return
    const token = request.cookies[SESSION_COOKIE]
    if (token === undefined || token === '') {
      if (mode === 'user') throw new AppError('UNAUTHENTICATED')
      return
    }
    const found = await resolveSession(ctx.db, token, ctx.clock(), policy)
    if (!found.ok) {
      void reply.clearCookie(SESSION_COOKIE, { path: '/' })
      if (mode === 'user')
        throw new AppError(found.reason === 'expired' ? 'SESSION_EXPIRED' : 'UNAUTHENTICATED')
      return
    }
    request.session = found.session
    if (!safeMethods.has(request.method)) {
      const header = request.headers['x-csrf-token']
      if (typeof header !== 'string' || !sameToken(header, found.session.csrfToken)) {
        throw new AppError('CSRF_REJECTED')
      }
      if (!originAllowed(request, ctx.config.corsOrigins)) throw new AppError('CSRF_REJECTED')
    }
  })
}
