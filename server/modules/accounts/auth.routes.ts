import type { FastifyReply } from 'fastify'
import { Type } from '@sinclair/typebox'
import type { AppContext } from '../../platform/context.js'
import { defineRoutes } from '../../platform/http/routes.js'
import { AppError } from '../../platform/errors.js'
import { actorOf } from '../../platform/http/auth.js'
import { commonErrors } from '../../platform/http/schemas.js'
import { DEVICE_COOKIE, SESSION_COOKIE } from '../../platform/sessions.js'
import { ChangePasswordBody, LoginBody, Me, SessionView, UpdateMeBody } from './auth.schemas.js'
import { changeOwnPassword, login, logout, sessionView, updateMe } from './auth.service.js'

export function authRoutes(ctx: AppContext) {
  return defineRoutes((app) => {
    const policy = {
      idleMs: ctx.config.sessionIdleMinutes * 60_000,
      maxMs: ctx.config.sessionMaxDays * 24 * 60 * 60_000,
    }
    const setSessionCookie = (reply: FastifyReply, token: string): void => {
      void reply.setCookie(SESSION_COOKIE, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: ctx.config.cookieSecure,
        maxAge: policy.maxMs / 1000,
      })
    }

    app.post(
      '/auth/login',
      {
        config: { auth: 'public', rateLimit: { max: 30, timeWindow: 60_000 } },
        schema: {
          tags: ['auth'],
          summary: 'Sign in with user name and password',
          body: LoginBody,
          response: { 200: SessionView, ...commonErrors },
        },
      },
      async (request, reply) => {
        const origin = request.headers.origin
        const host = request.headers.host
        if (
          origin !== undefined &&
          origin !== `http://${host}` &&
          origin !== `https://${host}` &&
          !ctx.config.corsOrigins.includes(origin)
        ) {
          throw new AppError('CSRF_REJECTED')
        }
        const result = await login({
          db: ctx.db,
          now: ctx.clock(),
          username: request.body.username,
          password: request.body.password,
          ip: request.ip,
          userAgent: request.headers['user-agent'] ?? null,
          deviceCookie: request.cookies[DEVICE_COOKIE],
          device: { key: ctx.deviceKey },
          policy,
          requestId: request.id,
        })
        setSessionCookie(reply, result.token)
        void reply.setCookie(DEVICE_COOKIE, result.deviceToken, {
          path: '/api/v1/auth',
          httpOnly: true,
          sameSite: 'lax',
          secure: ctx.config.cookieSecure,
          maxAge: 365 * 24 * 60 * 60,
        })
        return result.view
      },
    )

    app.get(
      '/auth/session',
      {
        schema: {
          tags: ['auth'],
          summary: 'The signed-in user and the CSRF token for writes',
          response: { 200: SessionView, ...commonErrors },
        },
      },
      async (request) => {
        if (!request.session) throw new AppError('UNAUTHENTICATED')
        return sessionView(ctx.db, request.session)
      },
    )

    app.post(
      '/auth/logout',
      {
        schema: {
          tags: ['auth'],
          summary: 'Sign out (ends this session)',
          response: { 204: Type.Null(), ...commonErrors },
        },
      },
      async (request, reply) => {
        if (!request.session) throw new AppError('UNAUTHENTICATED')
        await logout({ db: ctx.db, actor: actorOf(request), session: request.session })
        void reply.clearCookie(SESSION_COOKIE, { path: '/' })
        return reply.status(204).send(null)
      },
    )

    app.patch(
      '/auth/me',
      {
        schema: {
          tags: ['auth'],
          summary: 'Change my display name or language',
          body: UpdateMeBody,
          response: { 200: Me, ...commonErrors },
        },
      },
      async (request) => {
        if (!request.session) throw new AppError('UNAUTHENTICATED')
        return updateMe({
          db: ctx.db,
          actor: actorOf(request),
          session: request.session,
          changes: request.body,
          now: ctx.clock(),
        })
      },
    )

    app.post(
      '/auth/password',
      {
        config: { rateLimit: { max: 10, timeWindow: 60_000 } },
        schema: {
          tags: ['auth'],
          summary: 'Change my password (signs out my other sessions)',
          body: ChangePasswordBody,
          response: { 204: Type.Null(), ...commonErrors },
        },
      },
      async (request, reply) => {
        if (!request.session) throw new AppError('UNAUTHENTICATED')
        await changeOwnPassword({
          db: ctx.db,
          actor: actorOf(request),
          session: request.session,
          currentPassword: request.body.currentPassword,
          newPassword: request.body.newPassword,
          now: ctx.clock(),
        })
        return reply.status(204).send(null)
      },
    )
  })
}
