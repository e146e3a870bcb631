// The collective economic organisation of a village: decisions, members, shares.
import type { AppContext } from '../../platform/context.js'
import { actorOf } from '../../platform/http/auth.js'
import { defineRoutes } from '../../platform/http/routes.js'
import { commonErrors } from '../../platform/http/schemas.js'
import {
  CollectiveParams,
  DecisionBody,
  DecisionList,
  DecisionView,
  EndMemberBody,
  MemberBody,
  MemberList,
  MemberParams,
  MemberQuery,
  MemberView,
  PlanBody,
  ShareEventBody,
  SharesView,
} from './collective.schemas.js'
import {
  confirmMember,
  createPlan,
  endMember,
  getShares,
  listDecisions,
  listMembers,
  recordDecision,
  recordShareEvent,
} from './collective.service.js'

const tags = ['collective']
const base = '/villages/:villageId/collective'

export function collectiveRoutes(ctx: AppContext) {
  return defineRoutes((app) => {
    app.get(
      `${base}/decisions`,
      {
        schema: {
          tags,
          summary: 'The decisions of the members’ (representatives’) meetings, newest first',
          params: CollectiveParams,
          response: { 200: DecisionList, ...commonErrors },
        },
      },
      async (request) =>
        listDecisions({ db: ctx.db, actor: actorOf(request), villageId: request.params.villageId }),
    )
    app.post(
      `${base}/decisions`,
      {
        schema: {
          tags,
          summary:
            'Record a decision with its counts; adopted when more than half of those attending voted for it',
          params: CollectiveParams,
          body: DecisionBody,
          response: { 201: DecisionView, ...commonErrors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await recordDecision({
            db: ctx.db,
            actor: actorOf(request),
            villageId: request.params.villageId,
            input: request.body,
            now: ctx.clock(),
          }),
        ),
    )
    app.get(
      `${base}/members`,
      {
        schema: {
          tags,
          summary: 'The organisation’s members (wherever they now live), with their shares',
          params: CollectiveParams,
          querystring: MemberQuery,
          response: { 200: MemberList, ...commonErrors },
        },
      },
      async (request) =>
        listMembers({
          db: ctx.db,
          actor: actorOf(request),
          villageId: request.params.villageId,
          ...(request.query.status ? { status: request.query.status } : {}),
        }),
    )
    app.post(
      `${base}/members`,
      {
        schema: {
          tags,
          summary: 'Confirm a person as a member, on an adopted decision (成员资格认定)',
          params: CollectiveParams,
          body: MemberBody,
          response: { 201: MemberView, ...commonErrors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await confirmMember({
            db: ctx.db,
            actor: actorOf(request),
            villageId: request.params.villageId,
            input: request.body,
            now: ctx.clock(),
          }),
        ),
    )
    app.post(
      `${base}/members/:id/end`,
      {
        schema: {
          tags,
          summary:
            'End a membership (death, or withdrawal on a decision); the shares stay until inherited or bought back',
          params: MemberParams,
          body: EndMemberBody,
          response: { 200: MemberView, ...commonErrors },
        },
      },
      async (request) =>
        endMember({
          db: ctx.db,
          actor: actorOf(request),
          villageId: request.params.villageId,
          memberId: request.params.id,
          input: request.body,
          now: ctx.clock(),
        }),
    )
    app.get(
      `${base}/shares`,
      {
        schema: {
          tags,
          summary: 'The share plan, each member’s shares, the collective’s, and every share event',
          params: CollectiveParams,
          response: { 200: SharesView, ...commonErrors },
        },
      },
      async (request) =>
        getShares({ db: ctx.db, actor: actorOf(request), villageId: request.params.villageId }),
    )
    app.post(
      `${base}/shares/plan`,
      {
        schema: {
          tags,
          summary: 'Set the share plan (股权设置): its total shares, on an adopted decision',
          params: CollectiveParams,
          body: PlanBody,
          response: { 201: SharesView, ...commonErrors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await createPlan({
            db: ctx.db,
            actor: actorOf(request),
            villageId: request.params.villageId,
            input: request.body,
            now: ctx.clock(),
          }),
        ),
    )
    app.post(
      `${base}/shares/events`,
      {
        schema: {
          tags,
          summary:
            'A share event — grant, transfer between members, inheritance from a deceased member, buy-back; refused when it would not add up or would reach outside the organisation',
          params: CollectiveParams,
          body: ShareEventBody,
          response: { 201: SharesView, ...commonErrors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await recordShareEvent({
            db: ctx.db,
            actor: actorOf(request),
            villageId: request.params.villageId,
            input: request.body,
            now: ctx.clock(),
          }),
        ),
    )
  })
}
