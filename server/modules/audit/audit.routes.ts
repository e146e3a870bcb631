import type { AppContext } from '../../platform/context.js'
import { defineRoutes } from '../../platform/http/routes.js'
import { actorOf } from '../../platform/http/auth.js'
import { commonErrors } from '../../platform/http/schemas.js'
import { AuditPage, AuditQuery } from './audit.schemas.js'
import { listAudit } from './audit.service.js'

export function auditRoutes(ctx: AppContext) {
  return defineRoutes((app) => {
    app.get(
      '/audit',
      {
        schema: {
          tags: ['audit'],
          summary: 'Audit log entries under the subtrees I audit, newest first',
          querystring: AuditQuery,
          response: { 200: AuditPage, ...commonErrors },
        },
      },
      async (request) => listAudit({ db: ctx.db, actor: actorOf(request), query: request.query }),
    )
  })
}
