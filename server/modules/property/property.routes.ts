// 红管家: property orders (the butlers' lists, steps, a planned check's results, a resident's repair
// handed over) and the community's maintenance plans.
import type { AppContext } from '../../platform/context.js'
import { actorOf } from '../../platform/http/auth.js'
import { sendStoredFile } from '../../platform/http/replies.js'
import { defineRoutes } from '../../platform/http/routes.js'
import { commonErrors } from '../../platform/http/schemas.js'
import { AssigneeList, Timeline } from '../requests/index.js'
import { createPlan, getPlan, listPlanButlers, listPlans, patchPlan } from './plan.service.js'
import {
  ButlerList,
  ButlerListQuery,
  CheckBody,
  PlanBody,
  PlanList,
  PlanListQuery,
  PlanPatchBody,
  PlanView,
  PropertyActBody,
  PropertyCategoryList,
  PropertyCheckParams,
  PropertyFileBody,
  PropertyFileParams,
  PropertyFromRequestBody,
  PropertyListQuery,
  PropertyPage,
  PropertyParams,
  PropertyView,
} from './property.schemas.js'
import {
  actOnProperty,
  fileProperty,
  filePropertyFromRequest,
  getProperty,
  listProperty,
  listPropertyCategories,
  openPropertyFile,
  propertyAssignees,
  propertyTimeline,
  recordCheck,
} from './property.service.js'

const tags = ['property']

export function propertyRoutes(ctx: AppContext) {
  return defineRoutes((app) => {
    app.get(
      '/property-categories',
      {
        schema: {
          tags,
          summary:
            '红管家: the kinds of property work (绿化养护, 设施维护, 环境卫生, 停车管理, 垃圾分类, 维修, 计划巡检)',
          response: { 200: PropertyCategoryList, ...commonErrors },
        },
      },
      async () => listPropertyCategories({ db: ctx.db }),
    )
    app.post(
      '/property',
      {
        schema: {
          tags,
          summary:
            '红管家: open a property order where the work is, optionally on a facility of the registry',
          body: PropertyFileBody,
          response: { 201: PropertyView, ...commonErrors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await fileProperty({
            db: ctx.db,
            pii: ctx.pii,
            actor: actorOf(request),
            input: request.body,
            now: ctx.clock(),
          }),
        ),
    )
    app.post(
      '/property/from-request/:id',
      {
        schema: {
          tags,
          summary:
            '红管家: a resident’s repair request becomes a property order (by whoever may handle the request); the request and the resident hear back when the work is accepted',
          params: PropertyParams,
          body: PropertyFromRequestBody,
          response: { 201: PropertyView, ...commonErrors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await filePropertyFromRequest({
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
      '/property',
      {
        schema: {
          tags,
          summary: '红管家: the butlers’ lists — waiting, mine, open, overdue, closed, all — newest first',
          querystring: PropertyListQuery,
          response: { 200: PropertyPage, ...commonErrors },
        },
      },
      async (request) =>
        listProperty({ db: ctx.db, actor: actorOf(request), query: request.query, now: ctx.clock() }),
    )
    app.get(
      '/property/plans',
      {
        schema: {
          tags,
          summary: '红管家: a community’s maintenance plans, with this period’s check and the overdue ones',
          querystring: PlanListQuery,
          response: { 200: PlanList, ...commonErrors },
        },
      },
      async (request) =>
        listPlans({
          db: ctx.db,
          actor: actorOf(request),
          communityId: request.query.communityId,
          now: ctx.clock(),
        }),
    )
    app.post(
      '/property/plans',
      {
        schema: {
          tags,
          summary:
            '红管家: plan maintenance — facilities, checklist, schedule; this period’s check opens at once, later ones by the job runner',
          body: PlanBody,
          response: { 201: PlanView, ...commonErrors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await createPlan({
            db: ctx.db,
            pii: ctx.pii,
            actor: actorOf(request),
            input: request.body,
            now: ctx.clock(),
          }),
        ),
    )
    app.get(
      '/property/butlers',
      {
        schema: {
          tags,
          summary:
            '红管家: whom a maintenance plan at a place may send its checks to (its red butlers first, then staff who handle property work)',
          querystring: ButlerListQuery,
          response: { 200: ButlerList, ...commonErrors },
        },
      },
      async (request) =>
        listPlanButlers({ db: ctx.db, actor: actorOf(request), nodeId: request.query.nodeId }),
    )
    app.get(
      '/property/plans/:id',
      {
        schema: {
          tags,
          summary: '红管家: one maintenance plan, its facilities and its latest checks',
          params: PropertyParams,
          response: { 200: PlanView, ...commonErrors },
        },
      },
      async (request) =>
        getPlan({ db: ctx.db, actor: actorOf(request), planId: request.params.id, now: ctx.clock() }),
    )
    app.patch(
      '/property/plans/:id',
      {
        schema: {
          tags,
          summary: '红管家: pause or resume a plan, or change the butler its checks go to',
          params: PropertyParams,
          body: PlanPatchBody,
          response: { 200: PlanView, ...commonErrors },
        },
      },
      async (request) =>
        patchPlan({
          db: ctx.db,
          actor: actorOf(request),
          planId: request.params.id,
          input: request.body,
          now: ctx.clock(),
        }),
    )
    app.get(
      '/property/:id',
      {
        schema: {
          tags,
          summary:
            '红管家: one order — its steps allowed now, the facility, a planned check’s results and repairs',
          params: PropertyParams,
          response: { 200: PropertyView, ...commonErrors },
        },
      },
      async (request) =>
        getProperty({
          db: ctx.db,
          pii: ctx.pii,
          actor: actorOf(request),
          itemId: request.params.id,
          now: ctx.clock(),
        }),
    )
    app.get(
      '/property/:id/timeline',
      {
        schema: {
          tags,
          summary: '红管家: every step of the order',
          params: PropertyParams,
          response: { 200: Timeline, ...commonErrors },
        },
      },
      async (request) => propertyTimeline({ db: ctx.db, actor: actorOf(request), itemId: request.params.id }),
    )
    app.get(
      '/property/:id/assignees',
      {
        schema: {
          tags,
          summary: '红管家: whom the community may dispatch the order to (the butlers where it sits)',
          params: PropertyParams,
          response: { 200: AssigneeList, ...commonErrors },
        },
      },
      async (request) =>
        propertyAssignees({ db: ctx.db, actor: actorOf(request), itemId: request.params.id }),
    )
    app.post(
      '/property/:id/actions',
      {
        schema: {
          tags,
          summary:
            '红管家: a step — claim (接单), dispatch, start, resolve (完工, with photos), close (验收), reject, cancel …; taking an order someone else has taken answers 409',
          params: PropertyParams,
          body: PropertyActBody,
          response: { 200: PropertyView, ...commonErrors },
        },
      },
      async (request) =>
        actOnProperty({
          db: ctx.db,
          pii: ctx.pii,
          actor: actorOf(request),
          itemId: request.params.id,
          input: request.body,
          now: ctx.clock(),
        }),
    )
    app.put(
      '/property/:id/checks/:facilityId',
      {
        schema: {
          tags,
          summary:
            '红管家: a planned check’s result for one facility; a fault opens a repair order and marks the facility faulty',
          params: PropertyCheckParams,
          body: CheckBody,
          response: { 200: PropertyView, ...commonErrors },
        },
      },
      async (request) =>
        recordCheck({
          db: ctx.db,
          pii: ctx.pii,
          actor: actorOf(request),
          itemId: request.params.id,
          facilityId: request.params.facilityId,
          input: request.body,
          now: ctx.clock(),
        }),
    )
    app.get(
      '/property/:id/files/:fileId',
      {
        schema: {
          tags,
          summary: '红管家: a photo of the order (before and after the work)',
          params: PropertyFileParams,
        },
      },
      async (request, reply) =>
        sendStoredFile(
          reply,
          await openPropertyFile({
            db: ctx.db,
            files: ctx.files,
            actor: actorOf(request),
            itemId: request.params.id,
            fileId: request.params.fileId,
          }),
        ),
    )
  })
}
