import type { AppContext } from '../../platform/context.js'
import { actorOf } from '../../platform/http/auth.js'
import { defineRoutes } from '../../platform/http/routes.js'
import { commonErrors, ErrorBody } from '../../platform/http/schemas.js'
import { NodeParams } from './org.schemas.js'
import {
  CreateUnitBody,
  FusedTree,
  NodeUnitsQuery,
  OrgUnitView,
  RenameUnitBody,
  UnitParams,
} from './unit.schemas.js'
import { createOrgUnit, listNodeUnits, renameOrgUnit } from './unit.service.js'

export function unitRoutes(ctx: AppContext) {
  return defineRoutes((app) => {
    app.post(
      '/org/units',
      {
        schema: {
          tags: ['org'],
          summary: 'Add a party organisation, self-governance body or committee department at a node (三融)',
          body: CreateUnitBody,
          response: { 201: OrgUnitView, 422: ErrorBody, ...commonErrors },
        },
      },
      async (request, reply) => {
        const unit = await createOrgUnit({
          db: ctx.db,
          actor: actorOf(request),
          input: request.body,
          now: ctx.clock(),
        })
        return reply.code(201).send(unit)
      },
    )
    app.get(
      '/org/nodes/:id/units',
      {
        schema: {
          tags: ['org'],
          summary:
            "A node's bodies, or with subtree=true the fused tree below it (each node with its bodies)",
          params: NodeParams,
          querystring: NodeUnitsQuery,
          response: { 200: FusedTree, ...commonErrors },
        },
      },
      async (request) =>
        listNodeUnits({
          db: ctx.db,
          actor: actorOf(request),
          nodeId: request.params.id,
          subtree: request.query.subtree ?? false,
        }),
    )
    app.patch(
      '/org/units/:id',
      {
        schema: {
          tags: ['org'],
          summary: 'Rename a body of the fused network (send the version you read)',
          params: UnitParams,
          body: RenameUnitBody,
          response: { 200: OrgUnitView, ...commonErrors },
        },
      },
      async (request) =>
        renameOrgUnit({
          db: ctx.db,
          actor: actorOf(request),
          id: request.params.id,
          version: request.body.version,
          name: request.body.name,
          now: ctx.clock(),
        }),
    )
  })
}
