import type { AppContext } from '../../platform/context.js'
import { actorOf } from '../../platform/http/auth.js'
import { sendStoredFile } from '../../platform/http/replies.js'
import { defineRoutes } from '../../platform/http/routes.js'
import { commonErrors } from '../../platform/http/schemas.js'
import { fileRequest } from './intake.service.js'
import { openItemFile } from './item-file.service.js'
import {
  ActBody,
  AssigneeList,
  CategoryList,
  FileRequestBody,
  FileResult,
  InboxQuery,
  ItemFileParams,
  ItemParams,
  PublicTextBody,
  Timeline,
  WorkItemPage,
  WorkItemView,
} from './request.schemas.js'
import {
  actOnItem,
  getItem,
  getTimeline,
  listAssignees,
  listInbox,
  listRequestCategories,
  setPublicText,
} from './request.service.js'

export function requestRoutes(ctx: AppContext) {
  return defineRoutes((app) => {
    app.get(
      '/request-categories',
      {
        schema: {
          tags: ['requests'],
          summary: 'The category tree of residents’ requests (each names its function and SLA rule)',
          response: { 200: CategoryList, ...commonErrors },
        },
      },
      async () => listRequestCategories({ db: ctx.db }),
    )
    app.post(
      '/requests',
      {
        schema: {
          tags: ['requests'],
          summary:
            'File a request (patrol, visit, walk-in, phone, party member). Open items of the same category at the same place are returned as duplicates unless confirmNotDuplicate',
          body: FileRequestBody,
          response: { 200: FileResult, ...commonErrors },
        },
      },
      async (request) =>
        fileRequest({
          db: ctx.db,
          pii: ctx.pii,
          actor: actorOf(request),
          input: request.body,
          now: ctx.clock(),
        }),
    )
    app.get(
      '/requests',
      {
        schema: {
          tags: ['requests'],
          summary:
            'Inboxes: mine, everything in my scope, overdue, nearly due, whistled, filed by me — newest first',
          querystring: InboxQuery,
          response: { 200: WorkItemPage, ...commonErrors },
        },
      },
      async (request) =>
        listInbox({ db: ctx.db, actor: actorOf(request), query: request.query, now: ctx.clock() }),
    )
    app.get(
      '/requests/:id',
      {
        schema: {
          tags: ['requests'],
          summary: 'One item, with the actions the caller may take now',
          params: ItemParams,
          response: { 200: WorkItemView, ...commonErrors },
        },
      },
      async (request) =>
        getItem({
          db: ctx.db,
          pii: ctx.pii,
          actor: actorOf(request),
          itemId: request.params.id,
          now: ctx.clock(),
        }),
    )
    app.get(
      '/requests/:id/timeline',
      {
        schema: {
          tags: ['requests'],
          summary: 'Every step of the item: who, when, from/to state and level, note, photos',
          params: ItemParams,
          response: { 200: Timeline, ...commonErrors },
        },
      },
      async (request) => getTimeline({ db: ctx.db, actor: actorOf(request), itemId: request.params.id }),
    )
    app.get(
      '/requests/:id/files/:fileId',
      {
        schema: {
          tags: ['requests'],
          summary:
            "A photo attached to the item (at intake, at a step or at resolution), for the item's readers",
          params: ItemFileParams,
        },
      },
      async (request, reply) => {
        const file = await openItemFile({
          db: ctx.db,
          files: ctx.files,
          actor: actorOf(request),
          itemId: request.params.id,
          fileId: request.params.fileId,
        })
        return sendStoredFile(reply, file)
      },
    )
    app.post(
      '/requests/:id/actions',
      {
        schema: {
          tags: ['requests'],
          summary:
            'Take a step (verify, dispatch, accept, resolve, escalate, close, rate, reopen …); send the version you read — a stale one answers 409',
          params: ItemParams,
          body: ActBody,
          response: { 200: WorkItemView, ...commonErrors },
        },
      },
      async (request) =>
        actOnItem({
          db: ctx.db,
          pii: ctx.pii,
          actor: actorOf(request),
          itemId: request.params.id,
          input: request.body,
          now: ctx.clock(),
        }),
    )
    app.get(
      '/requests/:id/assignees',
      {
        schema: {
          tags: ['requests'],
          summary:
            'Whom a handler may dispatch the item to: themselves, handlers where it sits, staff of summoned providers',
          params: ItemParams,
          response: { 200: AssigneeList, ...commonErrors },
        },
      },
      async (request) => listAssignees({ db: ctx.db, actor: actorOf(request), itemId: request.params.id }),
    )
    app.put(
      '/requests/:id/public-text',
      {
        schema: {
          tags: ['requests'],
          summary: 'Set (or withdraw, with null) the moderated text public feeds such as Open311 may show',
          params: ItemParams,
          body: PublicTextBody,
          response: { 200: WorkItemView, ...commonErrors },
        },
      },
      async (request) =>
        setPublicText({
          db: ctx.db,
          pii: ctx.pii,
          actor: actorOf(request),
          itemId: request.params.id,
          input: request.body,
          now: ctx.clock(),
        }),
    )
  })
}
