// 红代办: the team's routes (signed in) and the resident's confirmation page (the link in their text
// message: no sign-in, bounded per address like the other public pages).
import type { AppContext } from '../../platform/context.js'
import { actorOf, anonymousActor } from '../../platform/http/auth.js'
import { attachment, sendStoredFile, XLSX_MIME } from '../../platform/http/replies.js'
import { defineRoutes } from '../../platform/http/routes.js'
import { commonErrors } from '../../platform/http/schemas.js'
import { AssigneeList, publicLimits, Timeline } from '../requests/index.js'
import { getProxyFigures, proxyRecords } from './proxy-figures.service.js'
import { proxyMoneyStatement } from './proxy-statement.service.js'
import {
  MoneyEntryBody,
  ProxyActBody,
  ProxyCategoryList,
  ProxyEntryParams,
  ProxyFileBody,
  ProxyFileParams,
  ProxyFromRequestBody,
  ProxyFiguresQuery,
  ProxyFiguresView,
  ProxyListQuery,
  ProxyPage,
  ProxyParams,
  ProxyRecordsQuery,
  ProxyStatementQuery,
  ProxyTokenFileParams,
  ProxyTokenParams,
  ProxyView,
  PublicProxyDecisionBody,
  PublicProxyView,
  ReversalBody,
} from './proxy.schemas.js'
import {
  actOnProxy,
  decideFromResident,
  fileProxy,
  fileProxyFromRequest,
  getProxy,
  getPublicProxy,
  listProxy,
  listProxyCategories,
  openProxyFile,
  openPublicProxyFile,
  proxyAssignees,
  proxyTimeline,
  recordMoney,
  reverseMoney,
} from './proxy.service.js'

/** How the resident appears in the timeline and the audit log when they answer from their link. */
export const RESIDENT_LABEL = '居民本人（短信链接）'

const noSession: { [key: string]: string[] }[] = []

export function proxyRoutes(ctx: AppContext) {
  return defineRoutes((app) => {
    app.get(
      '/proxy-categories',
      {
        schema: {
          tags: ['proxy'],
          summary: '红代办: the kinds of errand (代购代付, 代扣代缴, 医疗就诊 …)',
          response: { 200: ProxyCategoryList, ...commonErrors },
        },
      },
      async () => listProxyCategories({ db: ctx.db }),
    )
    app.post(
      '/proxy',
      {
        schema: {
          tags: ['proxy'],
          summary:
            '红代办: file an errand for a resident (placed where they live; the resident is told by text message)',
          body: ProxyFileBody,
          response: { 201: ProxyView, ...commonErrors },
        },
      },
      async (request, reply) => {
        const view = await fileProxy({
          db: ctx.db,
          pii: ctx.pii,
          actor: actorOf(request),
          input: request.body,
          now: ctx.clock(),
        })
        return reply.status(201).send(view)
      },
    )
    app.post(
      '/proxy/from-request/:id',
      {
        schema: {
          tags: ['proxy'],
          summary:
            '红代办: hand a resident’s request for help to the proxy team (by whoever may handle the request); the request’s timeline says so and hears back when the resident confirms',
          params: ProxyParams,
          body: ProxyFromRequestBody,
          response: { 201: ProxyView, ...commonErrors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await fileProxyFromRequest({
            db: ctx.db,
            pii: ctx.pii,
            actor: actorOf(request),
            requestId: request.params.id,
            input: request.body,
            now: ctx.clock(),
          }),
        ),
    )
    app.get(
      '/proxy',
      {
        schema: {
          tags: ['proxy'],
          summary: '红代办: the team’s lists — waiting for a proxy, mine, open, closed, all — newest first',
          querystring: ProxyListQuery,
          response: { 200: ProxyPage, ...commonErrors },
        },
      },
      async (request) =>
        listProxy({ db: ctx.db, actor: actorOf(request), query: request.query, now: ctx.clock() }),
    )
    app.get(
      '/proxy/figures',
      {
        schema: {
          tags: ['proxy'],
          summary: '红代办 figures: asked, delivered (person-times), solved — in total, by kind, by proxy',
          querystring: ProxyFiguresQuery,
          response: { 200: ProxyFiguresView, ...commonErrors },
        },
      },
      async (request) => getProxyFigures({ db: ctx.db, actor: actorOf(request), query: request.query }),
    )
    app.get(
      '/proxy/figures/records',
      {
        schema: {
          tags: ['proxy'],
          summary: '红代办 figures: the errands behind a count (the proxy team and the community only)',
          querystring: ProxyRecordsQuery,
          response: { 200: ProxyPage, ...commonErrors },
        },
      },
      async (request) =>
        proxyRecords({ db: ctx.db, actor: actorOf(request), query: request.query, now: ctx.clock() }),
    )
    app.get(
      '/proxy/money.xlsx',
      {
        schema: {
          tags: ['proxy'],
          summary:
            '红代办: the money statement of a community’s errands in a period (.xlsx: 明细 and 汇总 per proxy); audited',
          querystring: ProxyStatementQuery,
          produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
        },
      },
      async (request, reply) => {
        const { fileName, content } = await proxyMoneyStatement({
          db: ctx.db,
          actor: actorOf(request),
          query: request.query,
          now: ctx.clock(),
        })
        return attachment(reply, fileName, XLSX_MIME).send(content)
      },
    )
    app.get(
      '/proxy/:id',
      {
        schema: {
          tags: ['proxy'],
          summary: '红代办: one errand — its steps allowed now, the resident (to the team), the money book',
          params: ProxyParams,
          response: { 200: ProxyView, ...commonErrors },
        },
      },
      async (request) =>
        getProxy({
          db: ctx.db,
          pii: ctx.pii,
          actor: actorOf(request),
          itemId: request.params.id,
          now: ctx.clock(),
        }),
    )
    app.get(
      '/proxy/:id/timeline',
      {
        schema: {
          tags: ['proxy'],
          summary: '红代办: every step of the errand, money entries included',
          params: ProxyParams,
          response: { 200: Timeline, ...commonErrors },
        },
      },
      async (request) => proxyTimeline({ db: ctx.db, actor: actorOf(request), itemId: request.params.id }),
    )
    app.get(
      '/proxy/:id/assignees',
      {
        schema: {
          tags: ['proxy'],
          summary: '红代办: whom the community may assign the errand to (the team where it sits)',
          params: ProxyParams,
          response: { 200: AssigneeList, ...commonErrors },
        },
      },
      async (request) => proxyAssignees({ db: ctx.db, actor: actorOf(request), itemId: request.params.id }),
    )
    app.post(
      '/proxy/:id/actions',
      {
        schema: {
          tags: ['proxy'],
          summary:
            '红代办: a step — claim, dispatch, accept, start, resolve (hand over), confirm in person, cancel …; a claim of an errand someone else has claimed answers 409',
          params: ProxyParams,
          body: ProxyActBody,
          response: { 200: ProxyView, ...commonErrors },
        },
      },
      async (request) =>
        actOnProxy({
          db: ctx.db,
          pii: ctx.pii,
          actor: actorOf(request),
          itemId: request.params.id,
          input: request.body,
          now: ctx.clock(),
        }),
    )
    app.post(
      '/proxy/:id/money',
      {
        schema: {
          tags: ['proxy'],
          summary:
            '红代办: record money paid for the resident (with the receipt’s photo) or taken from them, in fen',
          params: ProxyParams,
          body: MoneyEntryBody,
          response: { 200: ProxyView, ...commonErrors },
        },
      },
      async (request) =>
        recordMoney({
          db: ctx.db,
          pii: ctx.pii,
          actor: actorOf(request),
          itemId: request.params.id,
          input: request.body,
          now: ctx.clock(),
        }),
    )
    app.post(
      '/proxy/:id/money/:entryId/reversal',
      {
        schema: {
          tags: ['proxy'],
          summary: '红代办: reverse a money entry (冲正) — entries are never changed or deleted',
          params: ProxyEntryParams,
          body: ReversalBody,
          response: { 200: ProxyView, ...commonErrors },
        },
      },
      async (request) =>
        reverseMoney({
          db: ctx.db,
          pii: ctx.pii,
          actor: actorOf(request),
          itemId: request.params.id,
          entryId: request.params.entryId,
          input: request.body,
          now: ctx.clock(),
        }),
    )
    app.get(
      '/proxy/:id/files/:fileId',
      {
        schema: {
          tags: ['proxy'],
          summary: '红代办: a receipt’s or a step’s photo, for the errand’s readers',
          params: ProxyFileParams,
        },
      },
      async (request, reply) =>
        sendStoredFile(
          reply,
          await openProxyFile({
            db: ctx.db,
            files: ctx.files,
            actor: actorOf(request),
            itemId: request.params.id,
            fileId: request.params.fileId,
          }),
        ),
    )

    // The resident's page.
    app.get(
      '/public/proxy/:token',
      {
        config: { auth: 'public', rateLimit: publicLimits.read },
        schema: {
          tags: ['public'],
          summary: '红代办: the resident’s page — what was done, the money paid and taken, the receipts',
          security: noSession,
          params: ProxyTokenParams,
          response: { 200: PublicProxyView, ...commonErrors },
        },
      },
      async (request, reply) =>
        reply
          .header('cache-control', 'no-store')
          .send(await getPublicProxy({ db: ctx.db, token: request.params.token })),
    )
    app.post(
      '/public/proxy/:token/decision',
      {
        config: { auth: 'public', rateLimit: publicLimits.rate },
        schema: {
          tags: ['public'],
          summary:
            '红代办: the resident confirms the hand-over (and may rate it), or disputes it with a comment',
          security: noSession,
          params: ProxyTokenParams,
          body: PublicProxyDecisionBody,
          response: { 200: PublicProxyView, ...commonErrors },
        },
      },
      async (request) =>
        decideFromResident({
          db: ctx.db,
          actor: anonymousActor(request, RESIDENT_LABEL),
          token: request.params.token,
          input: request.body,
          now: ctx.clock(),
        }),
    )
    app.get(
      '/public/proxy/:token/files/:fileId',
      {
        config: { auth: 'public', rateLimit: publicLimits.read },
        schema: {
          tags: ['public'],
          summary: '红代办: a receipt’s photo on the resident’s page',
          security: noSession,
          params: ProxyTokenFileParams,
        },
      },
      async (request, reply) =>
        sendStoredFile(
          reply,
          await openPublicProxyFile({
            db: ctx.db,
            files: ctx.files,
            token: request.params.token,
            fileId: request.params.fileId,
          }),
          'no-store',
        ),
    )
  })
}
