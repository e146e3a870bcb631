import type { AppContext } from '../../platform/context.js'
import { actorOf } from '../../platform/http/auth.js'
import { defineRoutes } from '../../platform/http/routes.js'
import { commonErrors } from '../../platform/http/schemas.js'
import { NodeParams } from '../org/index.js'
import {
  CreatePersonBody,
  NodePersonsQuery,
  PersonPage,
  PersonParams,
  PersonQuery,
  PersonView,
  SearchQuery,
  SearchResult,
  UpdatePersonBody,
} from './person.schemas.js'
import { createPerson, getPerson, listPersonsInNode, searchPersons, updatePerson } from './person.service.js'

export function personRoutes(ctx: AppContext) {
  return defineRoutes((app) => {
    const deps = (actor: ReturnType<typeof actorOf>) => ({ db: ctx.db, pii: ctx.pii, actor })
    app.post(
      '/persons',
      {
        schema: {
          tags: ['registry'],
          summary:
            'Register a person where they live (ID number checked, identifiers stored hashed and sealed)',
          body: CreatePersonBody,
          response: { 201: PersonView, ...commonErrors },
        },
      },
      async (request, reply) => {
        const view = await createPerson({ ...deps(actorOf(request)), input: request.body, now: ctx.clock() })
        return reply.status(201).send(view)
      },
    )
    app.get(
      '/persons/search',
      {
        schema: {
          tags: ['registry'],
          summary: 'Find people I may see by name, pinyin, initials, or the last 4 of an ID or phone number',
          querystring: SearchQuery,
          response: { 200: SearchResult, ...commonErrors },
        },
      },
      async (request) =>
        searchPersons({
          ...deps(actorOf(request)),
          query: request.query.q,
          limit: request.query.limit ?? 20,
        }),
    )
    app.get(
      '/persons/:id',
      {
        schema: {
          tags: ['registry'],
          summary:
            'One person; ?unmask=true shows ID number and phone in full (needs person.unmask; audited)',
          params: PersonParams,
          querystring: PersonQuery,
          response: { 200: PersonView, ...commonErrors },
        },
      },
      async (request) =>
        getPerson({
          ...deps(actorOf(request)),
          id: request.params.id,
          unmask: request.query.unmask === true,
        }),
    )
    app.patch(
      '/persons/:id',
      {
        schema: {
          tags: ['registry'],
          summary: 'Correct a person (send the version you read)',
          params: PersonParams,
          body: UpdatePersonBody,
          response: { 200: PersonView, ...commonErrors },
        },
      },
      async (request) =>
        updatePerson({
          ...deps(actorOf(request)),
          id: request.params.id,
          changes: request.body,
          now: ctx.clock(),
        }),
    )
    app.get(
      '/org/nodes/:id/persons',
      {
        schema: {
          tags: ['registry'],
          summary: 'People living under an org node, by pinyin, a page at a time',
          params: NodeParams,
          querystring: NodePersonsQuery,
          response: { 200: PersonPage, ...commonErrors },
        },
      },
      async (request) =>
        listPersonsInNode({
          ...deps(actorOf(request)),
          nodeId: request.params.id,
          limit: request.query.limit ?? 20,
          cursor: request.query.cursor,
        }),
    )
  })
}
