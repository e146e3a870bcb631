import type { AppContext } from '../../platform/context.js'
import { actorOf } from '../../platform/http/auth.js'
import { defineRoutes } from '../../platform/http/routes.js'
import { commonErrors, ErrorBody } from '../../platform/http/schemas.js'
import { Type } from '@sinclair/typebox'
import {
  CommunityParams,
  CommunityVillages,
  CommunityVillageView,
  CreateVillageBody,
  LinkParams,
  LinkVillageBody,
  VillageParams,
  VillageView,
} from './village.schemas.js'
import {
  createVillage,
  getVillage,
  linkVillage,
  listVillagesOfCommunity,
  unlinkVillage,
} from './village.service.js'

export function villageRoutes(ctx: AppContext) {
  return defineRoutes((app) => {
    app.post(
      '/villages',
      {
        schema: {
          tags: ['villages'],
          summary:
            'Register a village (its own legal entity, with its collective economic organisation) in a street or park',
          body: CreateVillageBody,
          response: { 201: VillageView, 422: ErrorBody, ...commonErrors },
        },
      },
      async (request, reply) => {
        const village = await createVillage({
          db: ctx.db,
          actor: actorOf(request),
          input: request.body,
          now: ctx.clock(),
        })
        return reply.code(201).send(village)
      },
    )
    app.get(
      '/villages/:id',
      {
        schema: {
          tags: ['villages'],
          summary: 'One village, with the communities that host its people',
          params: VillageParams,
          response: { 200: VillageView, ...commonErrors },
        },
      },
      async (request) => getVillage({ db: ctx.db, actor: actorOf(request), id: request.params.id }),
    )
    app.get(
      '/org/nodes/:id/villages',
      {
        schema: {
          tags: ['villages'],
          summary: 'The villages whose people a community hosts, with how many of each live there',
          params: CommunityParams,
          response: { 200: CommunityVillages, 422: ErrorBody, ...commonErrors },
        },
      },
      async (request) =>
        listVillagesOfCommunity({ db: ctx.db, actor: actorOf(request), communityId: request.params.id }),
    )
    app.post(
      '/org/nodes/:id/villages',
      {
        schema: {
          tags: ['villages'],
          summary: "Record that a community hosts a village's people",
          params: CommunityParams,
          body: LinkVillageBody,
          response: { 201: CommunityVillageView, 422: ErrorBody, ...commonErrors },
        },
      },
      async (request, reply) => {
        const link = await linkVillage({
          db: ctx.db,
          actor: actorOf(request),
          communityId: request.params.id,
          villageId: request.body.villageId,
          now: ctx.clock(),
        })
        return reply.code(201).send(link)
      },
    )
    app.delete(
      '/org/nodes/:id/villages/:villageId',
      {
        schema: {
          tags: ['villages'],
          summary: "End a community's hosting of a village (refused while people of that origin live there)",
          params: LinkParams,
          response: { 204: Type.Null(), 422: ErrorBody, ...commonErrors },
        },
      },
      async (request, reply) => {
        await unlinkVillage({
          db: ctx.db,
          actor: actorOf(request),
          communityId: request.params.id,
          villageId: request.params.villageId,
          now: ctx.clock(),
        })
        return reply.code(204).send(null)
      },
    )
  })
}
