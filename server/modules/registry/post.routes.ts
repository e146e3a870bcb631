import type { AppContext } from '../../platform/context.js'
import { defineRoutes } from '../../platform/http/routes.js'
import { actorOf } from '../../platform/http/auth.js'
import { commonErrors } from '../../platform/http/schemas.js'
import {
  AppointPostBody,
  EndPostBody,
  NodePostsQuery,
  PersonPostsQuery,
  PostHolderPage,
  PostList,
  PostParams,
  PostView,
} from './post.schemas.js'
import { appointPost, endPost, listNodePosts, listPersonPosts } from './post.service.js'

export function postRoutes(ctx: AppContext) {
  return defineRoutes((app) => {
    app.post(
      '/posts',
      {
        schema: {
          tags: ['registry'],
          summary:
            "Appoint a person to a post at a node or a village (user.manage there); with userId, the post's role is granted to that account",
          body: AppointPostBody,
          response: { 200: PostView, ...commonErrors },
        },
      },
      async (request) =>
        appointPost({ db: ctx.db, actor: actorOf(request), input: request.body, now: ctx.clock() }),
    )
    app.post(
      '/posts/:id/end',
      {
        schema: {
          tags: ['registry'],
          summary: 'End a post (send the version you read); removes only the grant this post gave',
          params: PostParams,
          body: EndPostBody,
          response: { 200: PostView, ...commonErrors },
        },
      },
      async (request) =>
        endPost({
          db: ctx.db,
          actor: actorOf(request),
          postId: request.params.id,
          endedOn: request.body.endedOn,
          version: request.body.version,
          now: ctx.clock(),
        }),
    )
    app.get(
      '/persons/:id/posts',
      {
        schema: {
          tags: ['registry'],
          summary: "A person's posts (open ones unless includeEnded=true)",
          params: PostParams,
          querystring: PersonPostsQuery,
          response: { 200: PostList, ...commonErrors },
        },
      },
      async (request) =>
        listPersonPosts({
          db: ctx.db,
          actor: actorOf(request),
          personId: request.params.id,
          includeEnded: request.query.includeEnded ?? false,
        }),
    )
    app.get(
      '/org/nodes/:id/posts',
      {
        schema: {
          tags: ['registry'],
          summary:
            'Cross-appointment table: everyone with an open post under a node, by name, each with all their open posts',
          params: PostParams,
          querystring: NodePostsQuery,
          response: { 200: PostHolderPage, ...commonErrors },
        },
      },
      async (request) =>
        listNodePosts({
          db: ctx.db,
          actor: actorOf(request),
          nodeId: request.params.id,
          limit: request.query.limit ?? 20,
          cursor: request.query.cursor,
        }),
    )
  })
}
