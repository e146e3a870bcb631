// The collective economic organisation of a village: decisions, members, shares.
import type { AppContext } from '../../platform/context.js'
import { actorOf } from '../../platform/http/auth.js'
import { defineRoutes } from '../../platform/http/routes.js'
import { commonErrors } from '../../platform/http/schemas.js'
import { listCandidates } from './candidates.service.js'
import {
  CandidateList,
  CandidateQuery,
  CollectiveParams,
  DecisionBody,
  DistributionApproveBody,
  DistributionBody,
  DistributionList,
  DistributionParams,
  DistributionPostBody,
  DistributionView,
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
import {
  approveDistribution,
  draftDistribution,
  listDistributions,
  postDistribution,
} from './distribution.service.js'

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
    app.get(
      `${base}/candidates`,
      {
        schema: {
          tags,
          summary:
            'People who may be confirmed as members: origin in this village, living, not yet members (ID by its last four only)',
          params: CollectiveParams,
          querystring: CandidateQuery,
          response: { 200: CandidateList, ...commonErrors },
        },
      },
      async (request) =>
        listCandidates({
          db: ctx.db,
          actor: actorOf(request),
          villageId: request.params.villageId,
          ...(request.query.q !== undefined ? { q: request.query.q } : {}),
          limit: request.query.limit ?? 20,
          ...(request.query.cursor !== undefined ? { cursor: request.query.cursor } : {}),
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
    app.get(
      `${base}/distributions`,
      {
        schema: {
          tags,
          summary: 'The years’ distributions (收益分配), with each member’s payout',
          params: CollectiveParams,
          response: { 200: DistributionList, ...commonErrors },
        },
      },
      async (request) =>
        listDistributions({ db: ctx.db, actor: actorOf(request), villageId: request.params.villageId }),
    )
    app.post(
      `${base}/distributions`,
      {
        schema: {
          tags,
          summary:
            'Draw up a year’s distribution from the books’ 可分配收益 and the village’s ratios; the payouts split the members’ pool by shares and add up to it exactly',
          params: CollectiveParams,
          body: DistributionBody,
          response: { 201: DistributionView, ...commonErrors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await draftDistribution({
            db: ctx.db,
            actor: actorOf(request),
            villageId: request.params.villageId,
            input: request.body,
            now: ctx.clock(),
          }),
        ),
    )
    app.post(
      `${base}/distributions/:id/approve`,
      {
        schema: {
          tags,
          summary: 'Record the adopted 收益分配 decision that approves the plan',
          params: DistributionParams,
          body: DistributionApproveBody,
          response: { 200: DistributionView, ...commonErrors },
        },
      },
      async (request) =>
        approveDistribution({
          db: ctx.db,
          actor: actorOf(request),
          villageId: request.params.villageId,
          planId: request.params.id,
          input: request.body,
          now: ctx.clock(),
        }),
    )
    app.post(
      `${base}/distributions/:id/post`,
      {
        schema: {
          tags,
          summary:
            'Post an approved distribution to the books (a draft voucher on 31 December, reviewed and posted as any other)',
          params: DistributionParams,
          body: DistributionPostBody,
          response: { 200: DistributionView, ...commonErrors },
        },
      },
      async (request) =>
        postDistribution({
          db: ctx.db,
          actor: actorOf(request),
          villageId: request.params.villageId,
          planId: request.params.id,
          input: request.body,
          now: ctx.clock(),
        }),
    )
  })
}
