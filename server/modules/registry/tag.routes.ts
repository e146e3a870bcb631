import type { AppContext } from '../../platform/context.js'
import { defineRoutes } from '../../platform/http/routes.js'
import { actorOf } from '../../platform/http/auth.js'
import { commonErrors } from '../../platform/http/schemas.js'
import {
  AddTagBody,
  EndTagBody,
  NodeIdParams,
  PersonParams,
  PersonTagList,
  PersonTagsQuery,
  PersonTagView,
  TaggedPage,
  TaggedQuery,
  TagParams,
} from './tag.schemas.js'
import { addPersonTag, endPersonTag, getPersonTag, listPersonTags, listTaggedPersons } from './tag.service.js'

export function tagRoutes(ctx: AppContext) {
  return defineRoutes((app) => {
    app.post(
      '/persons/:id/tags',
      {
        schema: {
          tags: ['registry'],
          summary: 'Tag a person (care tags need person.update; restricted tags also person.restricted.read)',
          params: PersonParams,
          body: AddTagBody,
          response: { 200: PersonTagView, ...commonErrors },
        },
      },
      async (request) =>
        addPersonTag({
          db: ctx.db,
          actor: actorOf(request),
          personId: request.params.id,
          input: request.body,
          now: ctx.clock(),
        }),
    )
    app.get(
      '/persons/:id/tags',
      {
        schema: {
          tags: ['registry'],
          summary:
            "A person's tags; restricted ones only for holders of person.restricted.read (the read is audited)",
          params: PersonParams,
          querystring: PersonTagsQuery,
          response: { 200: PersonTagList, ...commonErrors },
        },
      },
      async (request) =>
        listPersonTags({
          db: ctx.db,
          actor: actorOf(request),
          personId: request.params.id,
          includeEnded: request.query.includeEnded ?? false,
          now: ctx.clock(),
        }),
    )
    app.get(
      '/person-tags/:id',
      {
        schema: {
          tags: ['registry'],
          summary: 'One tag (a restricted one is "not found or no access" without the permission)',
          params: TagParams,
          response: { 200: PersonTagView, ...commonErrors },
        },
      },
      async (request) =>
        getPersonTag({ db: ctx.db, actor: actorOf(request), tagId: request.params.id, now: ctx.clock() }),
    )
    app.post(
      '/person-tags/:id/end',
      {
        schema: {
          tags: ['registry'],
          summary: 'End a tag on a day (send the version you read)',
          params: TagParams,
          body: EndTagBody,
          response: { 200: PersonTagView, ...commonErrors },
        },
      },
      async (request) =>
        endPersonTag({
          db: ctx.db,
          actor: actorOf(request),
          tagId: request.params.id,
          untilOn: request.body.untilOn,
          version: request.body.version,
          now: ctx.clock(),
        }),
    )
    app.get(
      '/org/nodes/:id/tagged',
      {
        schema: {
          tags: ['registry'],
          summary: 'Persons living under a node with an open care tag (e.g. ?tag=elderly_alone), by name',
          params: NodeIdParams,
          querystring: TaggedQuery,
          response: { 200: TaggedPage, ...commonErrors },
        },
      },
      async (request) =>
        listTaggedPersons({
          db: ctx.db,
          actor: actorOf(request),
          nodeId: request.params.id,
          tag: request.query.tag,
          limit: request.query.limit ?? 20,
          cursor: request.query.cursor,
        }),
    )
  })
}
