import type { AppContext } from '../../platform/context.js'
import { actorOf } from '../../platform/http/auth.js'
import { defineRoutes } from '../../platform/http/routes.js'
import { commonErrors, ErrorBody } from '../../platform/http/schemas.js'
import {
  AddMemberBody,
  CreateHouseholdBody,
  DayQuery,
  HouseholdListQuery,
  HouseholdPage,
  HouseholdParams,
  HouseholdView,
  MemberParams,
  MovedInShareView,
  MoveInBody,
  MoveOutBody,
  NodeParams,
  RemoveMemberQuery,
  ResidentsOnView,
  UpdateHouseholdBody,
} from './household.schemas.js'
import {
  addHouseholdMember,
  createHousehold,
  getHousehold,
  listHouseholdsOfNode,
  movedInShare,
  moveHouseholdIn,
  moveHouseholdOut,
  removeHouseholdMember,
  residentsOn,
  updateHousehold,
} from './household.service.js'

const tags = ['registry']
const errors = { ...commonErrors, 422: ErrorBody }

export function householdRoutes(ctx: AppContext) {
  return defineRoutes((app) => {
    app.post(
      '/households',
      {
        schema: {
          tags,
          summary:
            'Register a household in a community (optionally in a room, moved in on a day, with a head)',
          body: CreateHouseholdBody,
          response: { 201: HouseholdView, ...errors },
        },
      },
      async (request, reply) => {
        const view = await createHousehold({
          db: ctx.db,
          actor: actorOf(request),
          input: request.body,
          now: ctx.clock(),
        })
        return reply.status(201).send(view)
      },
    )
    app.get(
      '/households/:id',
      {
        schema: {
          tags,
          summary: 'One household: members (name, sex, age, relation), room and residence history',
          params: HouseholdParams,
          response: { 200: HouseholdView, ...errors },
        },
      },
      async (request) =>
        getHousehold({ db: ctx.db, actor: actorOf(request), id: request.params.id, now: ctx.clock() }),
    )
    app.patch(
      '/households/:id',
      {
        schema: {
          tags,
          summary: 'Re-code a household, change its head (a current member) or origin village',
          params: HouseholdParams,
          body: UpdateHouseholdBody,
          response: { 200: HouseholdView, ...errors },
        },
      },
      async (request) =>
        updateHousehold({
          db: ctx.db,
          actor: actorOf(request),
          id: request.params.id,
          changes: request.body,
          now: ctx.clock(),
        }),
    )
    app.post(
      '/households/:id/members',
      {
        schema: {
          tags,
          summary: 'Add a person to a household (they move with it from then on)',
          params: HouseholdParams,
          body: AddMemberBody,
          response: { 200: HouseholdView, ...errors },
        },
      },
      async (request) =>
        addHouseholdMember({
          db: ctx.db,
          actor: actorOf(request),
          id: request.params.id,
          input: request.body,
          now: ctx.clock(),
        }),
    )
    app.delete(
      '/households/:id/members/:personId',
      {
        schema: {
          tags,
          summary:
            'A member leaves on leftOn (query string; the membership is closed, not deleted). The head leaves only with newHeadPersonId',
          params: MemberParams,
          querystring: RemoveMemberQuery,
          response: { 200: HouseholdView, ...errors },
        },
      },
      async (request) =>
        removeHouseholdMember({
          db: ctx.db,
          actor: actorOf(request),
          id: request.params.id,
          personId: request.params.personId,
          input: request.query,
          now: ctx.clock(),
        }),
    )
    app.post(
      '/households/:id/move-in',
      {
        schema: {
          tags,
          summary: 'The household moves into a room on a day (its open residence closes that day)',
          params: HouseholdParams,
          body: MoveInBody,
          response: { 200: HouseholdView, ...errors },
        },
      },
      async (request) =>
        moveHouseholdIn({
          db: ctx.db,
          actor: actorOf(request),
          id: request.params.id,
          input: request.body,
          now: ctx.clock(),
        }),
    )
    app.post(
      '/households/:id/move-out',
      {
        schema: {
          tags,
          summary: 'The household moves out of its room on a day',
          params: HouseholdParams,
          body: MoveOutBody,
          response: { 200: HouseholdView, ...errors },
        },
      },
      async (request) =>
        moveHouseholdOut({
          db: ctx.db,
          actor: actorOf(request),
          id: request.params.id,
          input: request.body,
          now: ctx.clock(),
        }),
    )
    app.get(
      '/org/nodes/:id/households',
      {
        schema: {
          tags,
          summary: 'Households under an org node, by code, a page at a time',
          params: NodeParams,
          querystring: HouseholdListQuery,
          response: { 200: HouseholdPage, ...errors },
        },
      },
      async (request) =>
        listHouseholdsOfNode({
          db: ctx.db,
          actor: actorOf(request),
          nodeId: request.params.id,
          limit: request.query.limit ?? 20,
          cursor: request.query.cursor,
        }),
    )
    app.get(
      '/org/nodes/:id/residents-on',
      {
        schema: {
          tags,
          summary: 'Who lived in a room on a day (default today): the households and their members then',
          params: NodeParams,
          querystring: DayQuery,
          response: { 200: ResidentsOnView, ...errors },
        },
      },
      async (request) =>
        residentsOn({
          db: ctx.db,
          actor: actorOf(request),
          nodeId: request.params.id,
          date: request.query.date,
          now: ctx.clock(),
        }),
    )
    app.get(
      '/org/nodes/:id/moved-in-share',
      {
        schema: {
          tags,
          summary:
            'Share of households moved in on a day (default today), for a community (with its grids) or a grid',
          params: NodeParams,
          querystring: DayQuery,
          response: { 200: MovedInShareView, ...errors },
        },
      },
      async (request) =>
        movedInShare({
          db: ctx.db,
          actor: actorOf(request),
          nodeId: request.params.id,
          date: request.query.date,
          now: ctx.clock(),
        }),
    )
  })
}
