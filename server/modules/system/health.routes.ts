import { Type } from '@sinclair/typebox'
import { sql } from 'kysely'
import type { AppContext } from '../../platform/context.js'
import { defineRoutes } from '../../platform/http/routes.js'

export const Health = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('degraded')]),
  db: Type.Union([Type.Literal('ok'), Type.Literal('error')]),
})

export function healthRoutes(ctx: AppContext) {
  return defineRoutes((app) => {
    app.get(
      '/health',
      {
        // Public (load balancers poll it) but bounded per address.
        config: { auth: 'public', rateLimit: { max: 600, timeWindow: 60_000 } },
        schema: {
          tags: ['system'],
          summary: 'Is the server up and can it reach its database?',
          response: { 200: Health, 503: Health },
        },
      },
      async (request, reply) => {
        try {
          await sql`select 1`.execute(ctx.db)
          return { status: 'ok' as const, db: 'ok' as const }
        } catch (error) {
          request.log.error({ err: error }, 'health check: database unreachable')
          return reply.status(503).send({ status: 'degraded' as const, db: 'error' as const })
        }
      },
    )
  })
}
