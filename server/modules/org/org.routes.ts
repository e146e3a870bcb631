import type { AppContext } from '../../platform/context.js'
import { defineRoutes } from '../../platform/http/routes.js'
import { actorOf } from '../../platform/http/auth.js'
import { commonErrors, ErrorBody } from '../../platform/http/schemas.js'
import {
  ChildrenPage,
  ChildrenQuery,
  CreateNodeBody,
  NodeParams,
  OrgNodeView,
  OrgPlaceView,
  OrgTree,
  UpdateNodeBody,
  UpdatePlaceBody,
} from './org.schemas.js'
import {
  addOrgNode,
  getOrgNode,
  getOrgTree,
  listOrgChildren,
  updateOrgNode,
  updateOrgPlace,
} from './org.service.js'

export function orgRoutes(ctx: AppContext) {
  return defineRoutes((app) => {
    app.get(
      '/org/tree',
      {
        schema: {
          tags: ['org'],
          summary: 'The org tree (down to buildings) that I may see, with ancestors for context',
          response: { 200: OrgTree, ...commonErrors },
        },
      },
      async (request) => getOrgTree({ db: ctx.db, actor: actorOf(request) }),
    )
    app.get(
      '/org/nodes/:id',
      {
        schema: {
          tags: ['org'],
          summary: 'One org node',
          params: NodeParams,
          response: { 200: OrgNodeView, ...commonErrors },
        },
      },
      async (request) => getOrgNode({ db: ctx.db, actor: actorOf(request), id: request.params.id }),
    )
    app.get(
      '/org/nodes/:id/children',
      {
        schema: {
          tags: ['org'],
          summary: 'Children of an org node, by code, a page at a time',
          params: NodeParams,
          querystring: ChildrenQuery,
          response: { 200: ChildrenPage, ...commonErrors },
        },
      },
      async (request) =>
        listOrgChildren({
          db: ctx.db,
          actor: actorOf(request),
          id: request.params.id,
          limit: request.query.limit ?? 20,
          cursor: request.query.cursor,
        }),
    )
    app.patch(
      '/org/nodes/:id',
      {
        schema: {
          tags: ['org'],
          summary: 'Rename or re-code an org node (send the version you read)',
          params: NodeParams,
          body: UpdateNodeBody,
          response: { 200: OrgNodeView, ...commonErrors },
        },
      },
      async (request) =>
        updateOrgNode({
          db: ctx.db,
          actor: actorOf(request),
          id: request.params.id,
          changes: request.body,
          now: ctx.clock(),
        }),
    )
    app.post(
      '/org/nodes',
      {
        schema: {
          tags: ['org'],
          summary: 'Add a child node (grid, building, unit, room …) with its place attributes',
          body: CreateNodeBody,
          response: { 201: OrgPlaceView, 422: ErrorBody, ...commonErrors },
        },
      },
      async (request, reply) => {
        const node = await addOrgNode({
          db: ctx.db,
          actor: actorOf(request),
          input: request.body,
          now: ctx.clock(),
        })
        return reply.code(201).send(node)
      },
    )
    app.patch(
      '/org/nodes/:id/place',
      {
        schema: {
          tags: ['org'],
          summary:
            "Change a node's place attributes: a room's use and state, a grid's boundary, an address, a point (send the version you read)",
          params: NodeParams,
          body: UpdatePlaceBody,
          response: { 200: OrgPlaceView, 422: ErrorBody, ...commonErrors },
        },
      },
      async (request) =>
        updateOrgPlace({
          db: ctx.db,
          actor: actorOf(request),
          id: request.params.id,
          changes: request.body,
          now: ctx.clock(),
        }),
    )
  })
}
