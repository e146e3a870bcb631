import type { AppContext } from '../../platform/context.js'
import { actorOf } from '../../platform/http/auth.js'
import { defineRoutes } from '../../platform/http/routes.js'
import { commonErrors, ErrorBody } from '../../platform/http/schemas.js'
import {
  CreateFacilityBody,
  FacilityListQuery,
  FacilityPage,
  FacilityParams,
  FacilityView,
  UpdateFacilityBody,
} from './facility.schemas.js'
import { createFacility, listNodeFacilities, updateFacility } from './facility.service.js'
import { NodeParams } from './org.schemas.js'

export function facilityRoutes(ctx: AppContext) {
  return defineRoutes((app) => {
    app.post(
      '/facilities',
      {
        schema: {
          tags: ['facilities'],
          summary: 'Register a facility (service-centre room, street lamp, pipe, parking space …) at a node',
          body: CreateFacilityBody,
          response: { 201: FacilityView, 422: ErrorBody, ...commonErrors },
        },
      },
      async (request, reply) => {
        const facility = await createFacility({
          db: ctx.db,
          actor: actorOf(request),
          input: request.body,
          now: ctx.clock(),
        })
        return reply.code(201).send(facility)
      },
    )
    app.patch(
      '/facilities/:id',
      {
        schema: {
          tags: ['facilities'],
          summary:
            "Change a facility's details or state (send the version you read; state changes are audited)",
          params: FacilityParams,
          body: UpdateFacilityBody,
          response: { 200: FacilityView, 422: ErrorBody, ...commonErrors },
        },
      },
      async (request) =>
        updateFacility({
          db: ctx.db,
          actor: actorOf(request),
          id: request.params.id,
          changes: request.body,
          now: ctx.clock(),
        }),
    )
    app.get(
      '/org/nodes/:id/facilities',
      {
        schema: {
          tags: ['facilities'],
          summary:
            'Facilities at a node and below, by code, filtered by category and state, a page at a time',
          params: NodeParams,
          querystring: FacilityListQuery,
          response: { 200: FacilityPage, ...commonErrors },
        },
      },
      async (request) =>
        listNodeFacilities({
          db: ctx.db,
          actor: actorOf(request),
          nodeId: request.params.id,
          query: request.query,
        }),
    )
  })
}
