import type { AppContext } from '../../platform/context.js'
import { defineRoutes } from '../../platform/http/routes.js'
import { actorOf } from '../../platform/http/auth.js'
import { commonErrors } from '../../platform/http/schemas.js'
import {
  ContactList,
  ContactParams,
  ContactView,
  CoveragePageQuery,
  CoverageView,
  LinkBody,
  LinkCountPage,
  UncoveredHouseholdPage,
  UnlinkBody,
} from './contact.schemas.js'
import {
  getCoverage,
  linkContact,
  listLeadersOffFive,
  listMembersOffTen,
  listPersonContacts,
  listUncovered,
  unlinkContact,
} from './contact.service.js'

export function contactRoutes(ctx: AppContext) {
  return defineRoutes((app) => {
    app.post(
      '/contacts',
      {
        schema: {
          tags: ['registry'],
          summary:
            '1+5+10: link a building leader to a party member, or a party member to a household (person.update where the link lives)',
          body: LinkBody,
          response: { 200: ContactView, ...commonErrors },
        },
      },
      async (request) =>
        linkContact({ db: ctx.db, actor: actorOf(request), input: request.body, now: ctx.clock() }),
    )
    app.post(
      '/contacts/:id/end',
      {
        schema: {
          tags: ['registry'],
          summary: 'End a 1+5+10 link (untilOn defaults to today)',
          params: ContactParams,
          body: UnlinkBody,
          response: { 200: ContactView, ...commonErrors },
        },
      },
      async (request) =>
        unlinkContact({
          db: ctx.db,
          actor: actorOf(request),
          contactId: request.params.id,
          untilOn: request.body.untilOn,
          now: ctx.clock(),
        }),
    )
    app.get(
      '/persons/:id/contacts',
      {
        schema: {
          tags: ['registry'],
          summary: "A person's open 1+5+10 links, both ways",
          params: ContactParams,
          response: { 200: ContactList, ...commonErrors },
        },
      },
      async (request) =>
        listPersonContacts({ db: ctx.db, actor: actorOf(request), personId: request.params.id }),
    )
    app.get(
      '/org/nodes/:id/coverage',
      {
        schema: {
          tags: ['registry'],
          summary:
            '1+5+10 coverage totals of a node. The lists behind them: …/coverage/uncovered-households, …/coverage/members-off-ten, …/coverage/leaders-off-five',
          params: ContactParams,
          response: { 200: CoverageView, ...commonErrors },
        },
      },
      async (request) => getCoverage({ db: ctx.db, actor: actorOf(request), nodeId: request.params.id }),
    )
    app.get(
      '/org/nodes/:id/coverage/uncovered-households',
      {
        schema: {
          tags: ['registry'],
          summary: 'Households under a node with no open link from a party member, by code',
          params: ContactParams,
          querystring: CoveragePageQuery,
          response: { 200: UncoveredHouseholdPage, ...commonErrors },
        },
      },
      async (request) =>
        listUncovered({
          db: ctx.db,
          actor: actorOf(request),
          nodeId: request.params.id,
          limit: request.query.limit ?? 20,
          cursor: request.query.cursor,
        }),
    )
    app.get(
      '/org/nodes/:id/coverage/members-off-ten',
      {
        schema: {
          tags: ['registry'],
          summary: 'Party members living under a node linked to more or fewer than 10 households, by name',
          params: ContactParams,
          querystring: CoveragePageQuery,
          response: { 200: LinkCountPage, ...commonErrors },
        },
      },
      async (request) =>
        listMembersOffTen({
          db: ctx.db,
          actor: actorOf(request),
          nodeId: request.params.id,
          limit: request.query.limit ?? 20,
          cursor: request.query.cursor,
        }),
    )
    app.get(
      '/org/nodes/:id/coverage/leaders-off-five',
      {
        schema: {
          tags: ['registry'],
          summary: 'Building leaders under a node linked to more or fewer than 5 party members, by name',
          params: ContactParams,
          querystring: CoveragePageQuery,
          response: { 200: LinkCountPage, ...commonErrors },
        },
      },
      async (request) =>
        listLeadersOffFive({
          db: ctx.db,
          actor: actorOf(request),
          nodeId: request.params.id,
          limit: request.query.limit ?? 20,
          cursor: request.query.cursor,
        }),
    )
  })
}
