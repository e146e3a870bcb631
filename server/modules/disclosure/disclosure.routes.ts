// 财务公开: publishing a village's disclosure tables, reading them, and members' own accounts.
import type { AppContext } from '../../platform/context.js'
import { actorOf } from '../../platform/http/auth.js'
import { defineRoutes } from '../../platform/http/routes.js'
import { commonErrors } from '../../platform/http/schemas.js'
import {
  DisclosureList,
  DisclosureParams,
  DisclosurePreview,
  DisclosureView,
  MemberAccountBody,
  MemberAccountParams,
  MemberAccountView,
  MembershipList,
  PreviewQuery,
  PublishBody,
  VillageParams,
} from './disclosure.schemas.js'
import {
  getDisclosure,
  linkMemberAccount,
  listDisclosures,
  myMemberships,
  previewDisclosure,
  publishDisclosure,
} from './disclosure.service.js'

const tags = ['disclosure']
const base = '/villages/:villageId/disclosures'

export function disclosureRoutes(ctx: AppContext) {
  return defineRoutes((app) => {
    app.get(
      base,
      {
        schema: {
          tags,
          summary: 'The village’s published disclosure tables (财务公开), newest first',
          params: VillageParams,
          response: { 200: DisclosureList, ...commonErrors },
        },
      },
      async (request) =>
        listDisclosures({ db: ctx.db, actor: actorOf(request), villageId: request.params.villageId }),
    )
    app.get(
      `${base}/preview`,
      {
        schema: {
          tags,
          summary: 'Compile a period’s table from the books without publishing it, with what still blocks it',
          params: VillageParams,
          querystring: PreviewQuery,
          response: { 200: DisclosurePreview, ...commonErrors },
        },
      },
      async (request) =>
        previewDisclosure({
          db: ctx.db,
          actor: actorOf(request),
          villageId: request.params.villageId,
          kind: request.query.kind,
          year: request.query.year,
          no: request.query.no,
        }),
    )
    app.post(
      base,
      {
        schema: {
          tags,
          summary:
            'Publish a period’s table: compiled from closed months, frozen with its SHA-256; a correction names the table it replaces and why',
          params: VillageParams,
          body: PublishBody,
          response: { 201: DisclosureView, ...commonErrors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await publishDisclosure({
            db: ctx.db,
            actor: actorOf(request),
            villageId: request.params.villageId,
            input: request.body,
            now: ctx.clock(),
          }),
        ),
    )
    app.get(
      `${base}/:id`,
      {
        schema: {
          tags,
          summary: 'One published table, exactly as frozen, with its hash checked',
          params: DisclosureParams,
          response: { 200: DisclosureView, ...commonErrors },
        },
      },
      async (request) =>
        getDisclosure({
          db: ctx.db,
          actor: actorOf(request),
          villageId: request.params.villageId,
          id: request.params.id,
        }),
    )
    app.get(
      '/me/memberships',
      {
        schema: {
          tags,
          summary: 'The signed-in account’s active memberships of collective economic organisations',
          response: { 200: MembershipList, ...commonErrors },
        },
      },
      async (request) => myMemberships({ db: ctx.db, actor: actorOf(request) }),
    )
    app.put(
      '/villages/:villageId/collective/members/:id/account',
      {
        schema: {
          tags,
          summary: 'Link a member to their own account, so they read the collective’s disclosures on a phone',
          params: MemberAccountParams,
          body: MemberAccountBody,
          response: { 200: MemberAccountView, ...commonErrors },
        },
      },
      async (request) =>
        linkMemberAccount({
          db: ctx.db,
          actor: actorOf(request),
          villageId: request.params.villageId,
          memberId: request.params.id,
          input: request.body,
          now: ctx.clock(),
        }),
    )
  })
}
