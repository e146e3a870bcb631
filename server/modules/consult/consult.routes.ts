// 协商议事's routes: the community's desk (signed in) and the residents' page of the decisions that
// concern their building (no sign-in, bounded per address like the other public pages).
import type { FastifyRequest } from 'fastify'
import type { AppContext } from '../../platform/context.js'
import { actorOf } from '../../platform/http/auth.js'
import { sendStoredFile } from '../../platform/http/replies.js'
import { defineRoutes } from '../../platform/http/routes.js'
import { commonErrors } from '../../platform/http/schemas.js'
import { AssigneeList, publicLimits, Timeline } from '../requests/index.js'
import { consultRecords, getConsultFigures, publicDecisions } from './consult-figures.service.js'
import { actOnTask, addTask, getTask, taskAssignees, taskTimeline } from './consult-tasks.service.js'
import {
  AgendaBody,
  BuildingCode,
  ConsultCreateBody,
  ConsultFileParams,
  ConsultFiguresQuery,
  ConsultFiguresView,
  ConsultListQuery,
  ConsultPage,
  ConsultParams,
  ConsultRecordPage,
  ConsultRecordsQuery,
  ConsultView,
  DecisionBody,
  DecisionParams,
  DropBody,
  InviteBody,
  InviteeParams,
  MeetingBody,
  PublicDecisions,
  ScheduleBody,
  TaskActBody,
  TaskBody,
  TaskView,
} from './consult.schemas.js'
import {
  createConsultation,
  dropConsultation,
  getConsultation,
  invite,
  listConsultations,
  openConsultPhoto,
  recordDecision,
  recordMeeting,
  schedule,
  setAgenda,
  uninvite,
} from './consult.service.js'

const noSession: { [key: string]: string[] }[] = []
const tags = ['consult']

export function consultRoutes(ctx: AppContext) {
  return defineRoutes((app) => {
    app.post(
      '/consultations',
      {
        schema: {
          tags,
          summary:
            '协商议事: raise a topic (from residents, the grid branch, the community, or several residents’ requests — their timelines hear of it)',
          body: ConsultCreateBody,
          response: { 201: ConsultView, ...commonErrors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await createConsultation({
            db: ctx.db,
            actor: actorOf(request),
            input: request.body,
            now: ctx.clock(),
          }),
        ),
    )
    app.get(
      '/consultations',
      {
        schema: {
          tags,
          summary: '协商议事: a community’s consultations, newest first (a reader sees those of their area)',
          querystring: ConsultListQuery,
          response: { 200: ConsultPage, ...commonErrors },
        },
      },
      async (request) => listConsultations({ db: ctx.db, actor: actorOf(request), query: request.query }),
    )
    app.get(
      '/consultations/figures',
      {
        schema: {
          tags,
          summary: '协商议事 figures: meetings held, decisions, adopted, carried out — for a node and period',
          querystring: ConsultFiguresQuery,
          response: { 200: ConsultFiguresView, ...commonErrors },
        },
      },
      async (request) => getConsultFigures({ db: ctx.db, actor: actorOf(request), query: request.query }),
    )
    app.get(
      '/consultations/figures/records',
      {
        schema: {
          tags,
          summary: '协商议事 figures: the meetings or decisions behind a count',
          querystring: ConsultRecordsQuery,
          response: { 200: ConsultRecordPage, ...commonErrors },
        },
      },
      async (request) => consultRecords({ db: ctx.db, actor: actorOf(request), query: request.query }),
    )
    app.get(
      '/consultations/tasks/:id',
      {
        schema: {
          tags,
          summary:
            '协商议事: a decision’s follow-through task (a work item of kind task) and the steps allowed now',
          params: ConsultParams,
          response: { 200: TaskView, ...commonErrors },
        },
      },
      async (request) =>
        getTask({
          db: ctx.db,
          pii: ctx.pii,
          actor: actorOf(request),
          itemId: request.params.id,
          now: ctx.clock(),
        }),
    )
    app.get(
      '/consultations/tasks/:id/timeline',
      {
        schema: {
          tags,
          summary: '协商议事: every step of a follow-through task',
          params: ConsultParams,
          response: { 200: Timeline, ...commonErrors },
        },
      },
      async (request) => taskTimeline({ db: ctx.db, actor: actorOf(request), itemId: request.params.id }),
    )
    app.get(
      '/consultations/tasks/:id/assignees',
      {
        schema: {
          tags,
          summary: '协商议事: whom a follow-through task may be dispatched to',
          params: ConsultParams,
          response: { 200: AssigneeList, ...commonErrors },
        },
      },
      async (request) => taskAssignees({ db: ctx.db, actor: actorOf(request), itemId: request.params.id }),
    )
    app.post(
      '/consultations/tasks/:id/actions',
      {
        schema: {
          tags,
          summary: '协商议事: a step of a follow-through task — claim, dispatch, start, resolve, close …',
          params: ConsultParams,
          body: TaskActBody,
          response: { 200: TaskView, ...commonErrors },
        },
      },
      async (request) =>
        actOnTask({
          db: ctx.db,
          pii: ctx.pii,
          actor: actorOf(request),
          itemId: request.params.id,
          input: request.body,
          now: ctx.clock(),
        }),
    )
    app.get(
      '/consultations/:id',
      {
        schema: {
          tags,
          summary:
            '协商议事: one consultation — agenda, invitees, the meeting, its decisions (ballots of open votes only) and their tasks',
          params: ConsultParams,
          response: { 200: ConsultView, ...commonErrors },
        },
      },
      async (request) => getConsultation({ db: ctx.db, actor: actorOf(request), id: request.params.id }),
    )
    const write = <B>(request: FastifyRequest, id: string, input: B) => ({
      db: ctx.db,
      actor: actorOf(request),
      id,
      input,
      now: ctx.clock(),
    })
    app.put(
      '/consultations/:id/agenda',
      {
        schema: {
          tags,
          summary: '协商议事: the agenda, in order (until the meeting is held)',
          params: ConsultParams,
          body: AgendaBody,
          response: { 200: ConsultView, ...commonErrors },
        },
      },
      async (request) => setAgenda(write(request, request.params.id, request.body)),
    )
    app.post(
      '/consultations/:id/invitees',
      {
        schema: {
          tags,
          summary:
            '协商议事: invite residents, building leaders, party members, village representatives (registry persons) or the property company (a provider)',
          params: ConsultParams,
          body: InviteBody,
          response: { 200: ConsultView, ...commonErrors },
        },
      },
      async (request) => invite(write(request, request.params.id, request.body)),
    )
    app.delete(
      '/consultations/:id/invitees/:inviteeId',
      {
        schema: {
          tags,
          summary: '协商议事: withdraw an invitation (until the meeting is held)',
          params: InviteeParams,
          response: { 200: ConsultView, ...commonErrors },
        },
      },
      async (request) =>
        uninvite({
          db: ctx.db,
          actor: actorOf(request),
          id: request.params.id,
          input: { inviteeId: request.params.inviteeId },
          now: ctx.clock(),
        }),
    )
    app.post(
      '/consultations/:id/schedule',
      {
        schema: {
          tags,
          summary: '协商议事: set (or move) the meeting’s time and place',
          params: ConsultParams,
          body: ScheduleBody,
          response: { 200: ConsultView, ...commonErrors },
        },
      },
      async (request) => schedule(write(request, request.params.id, request.body)),
    )
    app.post(
      '/consultations/:id/meeting',
      {
        schema: {
          tags,
          summary: '协商议事: the meeting’s record — which invitees came, the minutes, photos',
          params: ConsultParams,
          body: MeetingBody,
          response: { 200: ConsultView, ...commonErrors },
        },
      },
      async (request) => recordMeeting(write(request, request.params.id, request.body)),
    )
    app.post(
      '/consultations/:id/drop',
      {
        schema: {
          tags,
          summary: '协商议事: drop a topic before its meeting, with the reason',
          params: ConsultParams,
          body: DropBody,
          response: { 200: ConsultView, ...commonErrors },
        },
      },
      async (request) => dropConsultation(write(request, request.params.id, request.body)),
    )
    app.post(
      '/consultations/:id/decisions',
      {
        schema: {
          tags,
          summary:
            '协商议事: record a decision (consensus, an open vote with its ballots, or a secret vote’s counts); written once, never changed. A ballot from someone not invited or absent answers 422',
          params: ConsultParams,
          body: DecisionBody,
          response: { 201: ConsultView, ...commonErrors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await recordDecision(write(request, request.params.id, request.body))),
    )
    app.post(
      '/consultations/:id/decisions/:decisionId/tasks',
      {
        schema: {
          tags,
          summary: '协商议事: a follow-through task for an adopted decision (a work item of kind task)',
          params: DecisionParams,
          body: TaskBody,
          response: { 201: ConsultView, ...commonErrors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await addTask({
            db: ctx.db,
            pii: ctx.pii,
            actor: actorOf(request),
            id: request.params.id,
            decisionId: request.params.decisionId,
            input: request.body,
            now: ctx.clock(),
          }),
        ),
    )
    app.get(
      '/consultations/:id/photos/:fileId',
      {
        schema: { tags, summary: '协商议事: a photo of the meeting', params: ConsultFileParams },
      },
      async (request, reply) =>
        sendStoredFile(
          reply,
          await openConsultPhoto({
            db: ctx.db,
            files: ctx.files,
            actor: actorOf(request),
            id: request.params.id,
            fileId: request.params.fileId,
          }),
        ),
    )

    app.get(
      '/public/buildings/:code/decisions',
      {
        config: { auth: 'public', rateLimit: publicLimits.read },
        schema: {
          tags: ['public'],
          summary:
            '协商议事: the decisions that concern a building (its community’s, its grid’s, its own) and whether each is carried out — no names, no ballots',
          security: noSession,
          params: BuildingCode,
          response: { 200: PublicDecisions, ...commonErrors },
        },
      },
      async (request) => publicDecisions({ db: ctx.db, code: request.params.code }),
    )
  })
}
