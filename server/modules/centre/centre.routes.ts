// The service centre's routes: rooms, bookings, activities and their figures.
import { Type } from '@sinclair/typebox'
import type { AppContext } from '../../platform/context.js'
import { actorOf } from '../../platform/http/auth.js'
import { sendStoredFile } from '../../platform/http/replies.js'
import { defineRoutes } from '../../platform/http/routes.js'
import { commonErrors } from '../../platform/http/schemas.js'
import {
  ActivityBody,
  ActivityPage,
  ActivityQuery,
  ActivityView,
  AttendanceBody,
  BookingBody,
  BookingList,
  BookingQuery,
  BookingView,
  CancelBody,
  CentreFiguresQuery,
  CentreFiguresView,
  CentreRecordsQuery,
  CommunityQuery,
  IdParams,
  PhotoParams,
  RoomBody,
  RoomList,
  RoomView,
  SignupBody,
} from './centre.schemas.js'
import {
  bookRoom,
  cancelActivity,
  cancelBooking,
  cancelSignup,
  centreRecords,
  createActivity,
  createRoom,
  getActivity,
  getCentreFigures,
  listActivities,
  listBookings,
  listRooms,
  openActivityPhoto,
  recordAttendance,
  signUp,
} from './centre.service.js'

const tags = ['centre']

export function centreRoutes(ctx: AppContext) {
  return defineRoutes((app) => {
    app.get(
      '/centre/rooms',
      {
        schema: {
          tags,
          summary:
            'The service centre’s rooms (一站式服务大厅, 新时代文明实践站, 党群活动室 …) of a community',
          querystring: CommunityQuery,
          response: { 200: RoomList, ...commonErrors },
        },
      },
      async (request) =>
        listRooms({ db: ctx.db, actor: actorOf(request), communityId: request.query.communityId }),
    )
    app.post(
      '/centre/rooms',
      {
        schema: {
          tags,
          summary: 'Add a room to the centre, with its capacity and opening hours',
          body: RoomBody,
          response: { 201: RoomView, ...commonErrors },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await createRoom({ db: ctx.db, actor: actorOf(request), input: request.body, now: ctx.clock() }),
          ),
    )
    app.get(
      '/centre/bookings',
      {
        schema: {
          tags,
          summary: 'The live bookings of a community’s rooms in a period (at most two months)',
          querystring: BookingQuery,
          response: { 200: BookingList, ...commonErrors },
        },
      },
      async (request) => listBookings({ db: ctx.db, actor: actorOf(request), query: request.query }),
    )
    app.post(
      '/centre/rooms/:id/bookings',
      {
        schema: {
          tags,
          summary:
            'Book a room: inside its opening hours, never over another booking (409 names the one in the way)',
          params: IdParams,
          body: BookingBody,
          response: { 201: BookingView, ...commonErrors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await bookRoom({
            db: ctx.db,
            actor: actorOf(request),
            roomId: request.params.id,
            input: request.body,
            now: ctx.clock(),
          }),
        ),
    )
    app.post(
      '/centre/bookings/:id/cancellation',
      {
        schema: {
          tags,
          summary: 'Cancel a booking (an activity’s booking is cancelled with its activity)',
          params: IdParams,
          body: CancelBody,
          response: { 200: BookingView, ...commonErrors },
        },
      },
      async (request) =>
        cancelBooking({
          db: ctx.db,
          actor: actorOf(request),
          bookingId: request.params.id,
          input: request.body,
          now: ctx.clock(),
        }),
    )
    app.get(
      '/centre/activities',
      {
        schema: {
          tags,
          summary: 'A community’s activities, newest first',
          querystring: ActivityQuery,
          response: { 200: ActivityPage, ...commonErrors },
        },
      },
      async (request) => listActivities({ db: ctx.db, actor: actorOf(request), query: request.query }),
    )
    app.post(
      '/centre/activities',
      {
        schema: {
          tags,
          summary:
            'Plan an activity (cultural, sports, education …); its room is booked with it or it is refused',
          body: ActivityBody,
          response: { 201: ActivityView, ...commonErrors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await createActivity({
            db: ctx.db,
            actor: actorOf(request),
            input: request.body,
            now: ctx.clock(),
          }),
        ),
    )
    app.get(
      '/centre/activities/:id',
      {
        schema: {
          tags,
          summary: 'One activity with its sign-ups, attendance and photos',
          params: IdParams,
          response: { 200: ActivityView, ...commonErrors },
        },
      },
      async (request) =>
        getActivity({ db: ctx.db, actor: actorOf(request), activityId: request.params.id, now: ctx.clock() }),
    )
    app.get(
      '/centre/activities/:id/photos/:fileId',
      {
        schema: {
          tags,
          summary: 'A photo of the activity, for those who work in its community',
          params: PhotoParams,
        },
      },
      async (request, reply) => {
        const photo = await openActivityPhoto({
          db: ctx.db,
          files: ctx.files,
          actor: actorOf(request),
          activityId: request.params.id,
          fileId: request.params.fileId,
        })
        return sendStoredFile(reply, photo)
      },
    )
    app.post(
      '/centre/activities/:id/signups',
      {
        schema: {
          tags,
          summary: 'Sign a resident up; refused when full (409), closed, or already signed up',
          params: IdParams,
          body: SignupBody,
          response: { 200: ActivityView, ...commonErrors },
        },
      },
      async (request) =>
        signUp({
          db: ctx.db,
          actor: actorOf(request),
          activityId: request.params.id,
          input: request.body,
          now: ctx.clock(),
        }),
    )
    app.post(
      '/centre/signups/:id/cancellation',
      {
        schema: {
          tags,
          summary: 'Cancel a sign-up (frees the place)',
          params: IdParams,
          body: Type.Object({}, { additionalProperties: false }),
          response: { 200: ActivityView, ...commonErrors },
        },
      },
      async (request) =>
        cancelSignup({ db: ctx.db, actor: actorOf(request), signupId: request.params.id, now: ctx.clock() }),
    )
    app.post(
      '/centre/activities/:id/attendance',
      {
        schema: {
          tags,
          summary:
            'After it: who came (sign-ups and walk-ins), a summary and photos; the activity is then held',
          params: IdParams,
          body: AttendanceBody,
          response: { 200: ActivityView, ...commonErrors },
        },
      },
      async (request) =>
        recordAttendance({
          db: ctx.db,
          actor: actorOf(request),
          activityId: request.params.id,
          input: request.body,
          now: ctx.clock(),
        }),
    )
    app.post(
      '/centre/activities/:id/cancellation',
      {
        schema: {
          tags,
          summary: 'Cancel an activity and its room booking',
          params: IdParams,
          body: CancelBody,
          response: { 200: ActivityView, ...commonErrors },
        },
      },
      async (request) =>
        cancelActivity({
          db: ctx.db,
          actor: actorOf(request),
          activityId: request.params.id,
          input: request.body,
          now: ctx.clock(),
        }),
    )
    app.get(
      '/centre/figures',
      {
        schema: {
          tags,
          summary: 'Activities held and participants (person-times), by kind; room bookings',
          querystring: CentreFiguresQuery,
          response: { 200: CentreFiguresView, ...commonErrors },
        },
      },
      async (request) => getCentreFigures({ db: ctx.db, actor: actorOf(request), query: request.query }),
    )
    app.get(
      '/centre/figures/records',
      {
        schema: {
          tags,
          summary: 'The activities behind the figures',
          querystring: CentreRecordsQuery,
          response: { 200: ActivityPage, ...commonErrors },
        },
      },
      async (request) => centreRecords({ db: ctx.db, actor: actorOf(request), query: request.query }),
    )
  })
}
