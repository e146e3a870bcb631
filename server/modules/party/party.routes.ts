// 党员报到's routes: registrations, posts, needs and tasks, service records, organisational life,
// a member's record for the home organisation (JSON for the print view, .xlsx), the batch export
// per home organisation, and the figures.
import type { AppContext } from '../../platform/context.js'
import { actorOf } from '../../platform/http/auth.js'
import { attachment, sendStoredFile, XLSX_MIME } from '../../platform/http/replies.js'
import { defineRoutes } from '../../platform/http/routes.js'
import { commonErrors, ErrorBody } from '../../platform/http/schemas.js'
import { homeOrganisationWorkbook, memberRecordWorkbook } from './party-export.service.js'
import { getPartyFigures, partyFigureRecords } from './party-figures.service.js'
import {
  confirmRecord,
  listRecords,
  memberRecord,
  openRecordPhoto,
  recordService,
  rejectRecord,
  voidRecord,
} from './party-records.service.js'
import {
  BatchQuery,
  ClaimBody,
  DecideBody,
  IdParams,
  LeaveBody,
  MeetingBody,
  MeetingPage,
  MeetingQuery,
  MeetingView,
  MemberPage,
  MemberQuery,
  MemberRecordView,
  MemberView,
  MineQuery,
  PartyFigureRows,
  PartyFiguresQuery,
  PartyFiguresView,
  PartyRecordsQuery,
  PeriodQuery,
  PhotoParams,
  PostBody,
  PostList,
  PostView,
  ReasonBody,
  RecordBody,
  RecordPage,
  RecordQuery,
  RecordView,
  RegisterBody,
  TaskBody,
  TaskList,
  TaskQuery,
  TaskView,
  CommunityQuery,
  VillageList,
} from './party.schemas.js'
import { recordMeeting, listMeetings } from './party-meetings.service.js'
import { claimPost, claimTask, createPost, createTask, listPosts, listTasks } from './party-work.service.js'
import {
  getMyMembership,
  leaveMember,
  listHomeVillages,
  listMembers,
  registerMember,
} from './party.service.js'

const tags = ['party']

export function partyRoutes(ctx: AppContext) {
  return defineRoutes((app) => {
    app.get(
      '/party/members',
      {
        schema: {
          tags,
          summary: '党员报到: the members registered with a community, by home organisation (with counts)',
          querystring: MemberQuery,
          response: { 200: MemberPage, ...commonErrors },
        },
      },
      async (request) => listMembers({ db: ctx.db, actor: actorOf(request), query: request.query }),
    )
    app.post(
      '/party/members',
      {
        schema: {
          tags,
          summary: 'Register a party member (a registry person who is a party member) with the community',
          body: RegisterBody,
          response: { 201: MemberView, ...commonErrors, 422: ErrorBody },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await registerMember({
            db: ctx.db,
            actor: actorOf(request),
            input: request.body,
            now: ctx.clock(),
          }),
        ),
    )
    app.get(
      '/party/villages',
      {
        schema: {
          tags,
          summary: 'The old villages whose branches the community’s members may come from',
          querystring: CommunityQuery,
          response: { 200: VillageList, ...commonErrors },
        },
      },
      async (request) =>
        listHomeVillages({ db: ctx.db, actor: actorOf(request), communityId: request.query.communityId }),
    )
    app.get(
      '/party/me',
      {
        schema: {
          tags,
          summary: 'The signed-in party member’s own registration in a community (404 when none)',
          querystring: MineQuery,
          response: { 200: MemberView, ...commonErrors },
        },
      },
      async (request) =>
        getMyMembership({ db: ctx.db, actor: actorOf(request), communityId: request.query.communityId }),
    )
    app.post(
      '/party/members/:id/departure',
      {
        schema: {
          tags,
          summary: 'The member has left the community (moved away, transferred): their posts end',
          params: IdParams,
          body: LeaveBody,
          response: { 200: MemberView, ...commonErrors },
        },
      },
      async (request) =>
        leaveMember({
          db: ctx.db,
          actor: actorOf(request),
          registrationId: request.params.id,
          input: request.body,
          now: ctx.clock(),
        }),
    )
    app.get(
      '/party/members/:id/record',
      {
        schema: {
          tags,
          summary:
            'A member’s record for a period, to report back to the home organisation: posts, service (confirmed hours), organisational life',
          params: IdParams,
          querystring: PeriodQuery,
          response: { 200: MemberRecordView, ...commonErrors },
        },
      },
      async (request) =>
        memberRecord({
          db: ctx.db,
          actor: actorOf(request),
          registrationId: request.params.id,
          query: request.query,
        }),
    )
    app.get(
      '/party/members/:id/record.xlsx',
      {
        schema: {
          tags,
          summary: 'The member’s record for a period as .xlsx (报到情况, 服务记录, 组织生活); audited',
          params: IdParams,
          querystring: PeriodQuery,
          produces: [XLSX_MIME],
        },
      },
      async (request, reply) => {
        const { fileName, content } = await memberRecordWorkbook({
          db: ctx.db,
          actor: actorOf(request),
          registrationId: request.params.id,
          query: request.query,
          now: ctx.clock(),
        })
        return attachment(reply, fileName, XLSX_MIME).send(content)
      },
    )
    app.get(
      '/party/home.xlsx',
      {
        schema: {
          tags,
          summary:
            'All members of one home organisation (e.g. 李湾村党支部) for a period: one row each with totals (.xlsx); audited',
          querystring: BatchQuery,
          produces: [XLSX_MIME],
        },
      },
      async (request, reply) => {
        const { fileName, content } = await homeOrganisationWorkbook({
          db: ctx.db,
          actor: actorOf(request),
          query: request.query,
          now: ctx.clock(),
        })
        return attachment(reply, fileName, XLSX_MIME).send(content)
      },
    )
    app.get(
      '/party/posts',
      {
        schema: {
          tags,
          summary: 'The community’s posts (先锋岗) and who holds them',
          querystring: CommunityQuery,
          response: { 200: PostList, ...commonErrors },
        },
      },
      async (request) =>
        listPosts({ db: ctx.db, actor: actorOf(request), communityId: request.query.communityId }),
    )
    app.post(
      '/party/posts',
      {
        schema: {
          tags,
          summary: 'Define a post (先锋岗): its duty, place and capacity',
          body: PostBody,
          response: { 201: PostView, ...commonErrors },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await createPost({ db: ctx.db, actor: actorOf(request), input: request.body, now: ctx.clock() }),
          ),
    )
    app.post(
      '/party/posts/:id/claims',
      {
        schema: {
          tags,
          summary: 'Take a post: a member for themself, staff for a member (once per member; capacity kept)',
          params: IdParams,
          body: ClaimBody,
          response: { 200: PostView, ...commonErrors },
        },
      },
      async (request) =>
        claimPost({
          db: ctx.db,
          actor: actorOf(request),
          postId: request.params.id,
          input: request.body,
          now: ctx.clock(),
        }),
    )
    app.get(
      '/party/tasks',
      {
        schema: {
          tags,
          summary: 'The community’s needs (微心愿) and tasks (志愿服务任务), newest first',
          querystring: TaskQuery,
          response: { 200: TaskList, ...commonErrors },
        },
      },
      async (request) => listTasks({ db: ctx.db, actor: actorOf(request), query: request.query }),
    )
    app.post(
      '/party/tasks',
      {
        schema: {
          tags,
          summary: 'Publish a need or a task with its date and capacity',
          body: TaskBody,
          response: { 201: TaskView, ...commonErrors },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await createTask({ db: ctx.db, actor: actorOf(request), input: request.body, now: ctx.clock() }),
          ),
    )
    app.post(
      '/party/tasks/:id/claims',
      {
        schema: {
          tags,
          summary: 'Claim a need or task (capacity enforced under concurrency; 409 when full)',
          params: IdParams,
          body: ClaimBody,
          response: { 200: TaskView, ...commonErrors, 422: ErrorBody },
        },
      },
      async (request) =>
        claimTask({
          db: ctx.db,
          actor: actorOf(request),
          taskId: request.params.id,
          input: request.body,
          now: ctx.clock(),
        }),
    )
    app.get(
      '/party/records',
      {
        schema: {
          tags,
          summary:
            'Service records: staff see the community’s (e.g. awaiting confirmation), a member only their own',
          querystring: RecordQuery,
          response: { 200: RecordPage, ...commonErrors },
        },
      },
      async (request) => listRecords({ db: ctx.db, actor: actorOf(request), query: request.query }),
    )
    app.post(
      '/party/records',
      {
        schema: {
          tags,
          summary: 'Record service (half-hour steps, at most 24 h): a member their own, staff for a member',
          body: RecordBody,
          response: { 201: RecordView, ...commonErrors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await recordService({
            db: ctx.db,
            actor: actorOf(request),
            input: request.body,
            now: ctx.clock(),
          }),
        ),
    )
    for (const [path, decide, body, summary] of [
      ['confirmation', confirmRecord, DecideBody, 'Confirm a pending record: it counts from now on'],
      ['rejection', rejectRecord, ReasonBody, 'Return a pending record with a reason'],
      [
        'voiding',
        voidRecord,
        ReasonBody,
        'Void a confirmed record with a reason: it stays visible, its hours no longer count',
      ],
    ] as const)
      app.post(
        `/party/records/:id/${path}`,
        {
          schema: {
            tags,
            summary,
            params: IdParams,
            body,
            response: { 200: RecordView, ...commonErrors },
          },
        },
        async (request) =>
          decide({
            db: ctx.db,
            actor: actorOf(request),
            recordId: request.params.id,
            input: request.body as { version: number; reason: string },
            now: ctx.clock(),
          }),
      )
    app.get(
      '/party/records/:id/photos/:fileId',
      {
        schema: {
          tags,
          summary: 'A photo of a service record, for whoever may read the record',
          params: PhotoParams,
        },
      },
      async (request, reply) =>
        sendStoredFile(
          reply,
          await openRecordPhoto({
            db: ctx.db,
            files: ctx.files,
            actor: actorOf(request),
            recordId: request.params.id,
            fileId: request.params.fileId,
          }),
        ),
    )
    app.get(
      '/party/meetings',
      {
        schema: {
          tags,
          summary: 'Organisational life held at the community (三会一课, 主题党日), newest first',
          querystring: MeetingQuery,
          response: { 200: MeetingPage, ...commonErrors },
        },
      },
      async (request) => listMeetings({ db: ctx.db, actor: actorOf(request), query: request.query }),
    )
    app.post(
      '/party/meetings',
      {
        schema: {
          tags,
          summary: 'Record a meeting held at the community with the registered members who attended',
          body: MeetingBody,
          response: { 201: MeetingView, ...commonErrors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await recordMeeting({
            db: ctx.db,
            actor: actorOf(request),
            input: request.body,
            now: ctx.clock(),
          }),
        ),
    )
    app.get(
      '/party/figures',
      {
        schema: {
          tags,
          summary:
            '党员报到 figures: members, confirmed service records and hours, organisational-life attendances',
          querystring: PartyFiguresQuery,
          response: { 200: PartyFiguresView, ...commonErrors },
        },
      },
      async (request) => getPartyFigures({ db: ctx.db, actor: actorOf(request), query: request.query }),
    )
    app.get(
      '/party/figures/records',
      {
        schema: {
          tags,
          summary: '党员报到 figures: the rows behind a count (the community only)',
          querystring: PartyRecordsQuery,
          response: { 200: PartyFigureRows, ...commonErrors },
        },
      },
      async (request) => partyFigureRecords({ db: ctx.db, actor: actorOf(request), query: request.query }),
    )
  })
}
