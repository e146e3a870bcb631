// The service centre's API shapes: rooms, bookings, activities, sign-ups, attendance, figures.
import { Type, type Static } from '@sinclair/typebox'
import {
  Day,
  EpochMs,
  Id,
  Literals,
  Nullable,
  PageQuery,
  Str,
  StrictObject,
  Version,
} from '../../platform/http/schemas.js'
import { FileId } from '../requests/index.js'
import { activityKinds, roomKinds } from './centre.domain.js'

const HHMM = Str(5, { pattern: '^([01]\\d|2[0-3]):[0-5]\\d$', description: 'HH:MM, local time' })
const Photos = Type.Array(FileId, { maxItems: 9, uniqueItems: true })

export const IdParams = StrictObject({ id: Id })
export const PhotoParams = StrictObject({ id: Id, fileId: FileId })
export const RoomKindSchema = Literals(roomKinds)
export const ActivityKindSchema = Literals(activityKinds)

export const RoomBody = StrictObject({
  communityId: Id,
  name: Str(40, { minLength: 1 }),
  kind: RoomKindSchema,
  capacity: Type.Integer({ minimum: 1, maximum: 2000 }),
  openFrom: HHMM,
  openTo: HHMM,
})
export type RoomBody = Static<typeof RoomBody>

export const RoomView = Type.Object(
  {
    id: Id,
    communityId: Id,
    name: Type.String(),
    kind: RoomKindSchema,
    kindZh: Type.String(),
    capacity: Type.Integer(),
    openFrom: Type.String(),
    openTo: Type.String(),
  },
  { title: 'CentreRoom' },
)
export type RoomView = Static<typeof RoomView>
export const RoomList = Type.Object({ items: Type.Array(RoomView), canManage: Type.Boolean() })
export const CommunityQuery = StrictObject({ communityId: Id })

export const BookingBody = StrictObject({
  startsAt: EpochMs,
  endsAt: EpochMs,
  purpose: Str(100, { minLength: 1 }),
  /** Who it is for: a party branch, a grid, a residents' group, a department. */
  organiser: Str(60, { minLength: 1 }),
})
export type BookingBody = Static<typeof BookingBody>
export const CancelBody = StrictObject({ version: Version, reason: Str(200, { minLength: 1 }) })
export type CancelBody = Static<typeof CancelBody>

export const BookingView = Type.Object(
  {
    id: Id,
    roomId: Id,
    roomName: Type.String(),
    startsAt: EpochMs,
    endsAt: EpochMs,
    purpose: Type.String(),
    organiser: Type.String(),
    activityId: Nullable(Id),
    state: Literals(['booked', 'cancelled'] as const),
    bookedBy: Type.String(),
    version: Type.Integer(),
  },
  { title: 'RoomBooking' },
)
export type BookingView = Static<typeof BookingView>
export const BookingQuery = StrictObject({ communityId: Id, from: Day, to: Day, roomId: Type.Optional(Id) })
export type BookingQuery = Static<typeof BookingQuery>
export const BookingList = Type.Object({ items: Type.Array(BookingView) })

export const ActivityBody = StrictObject({
  communityId: Id,
  title: Str(60, { minLength: 1 }),
  kind: ActivityKindSchema,
  description: Str(2000),
  startsAt: EpochMs,
  endsAt: EpochMs,
  /** A room of the centre: it is booked with the activity, or the activity is refused. */
  roomId: Type.Optional(Id),
  /** Elsewhere (a square, a village hall) when not in a room. */
  place: Type.Optional(Str(100, { minLength: 1 })),
  capacity: Type.Optional(Type.Integer({ minimum: 1, maximum: 5000 })),
  signupUntil: Type.Optional(EpochMs),
})
export type ActivityBody = Static<typeof ActivityBody>

export const SignupBody = StrictObject({ personId: Id })
export type SignupBody = Static<typeof SignupBody>

export const AttendanceBody = StrictObject({
  version: Version,
  /** Sign-ups who came. */
  attended: Type.Array(Id, { maxItems: 5000, uniqueItems: true }),
  /** Residents who came without signing up. */
  walkIns: Type.Optional(Type.Array(Id, { maxItems: 5000, uniqueItems: true })),
  summary: Type.Optional(Str(2000, { minLength: 1 })),
  photos: Type.Optional(Photos),
})
export type AttendanceBody = Static<typeof AttendanceBody>

export const ActivitySummary = Type.Object(
  {
    id: Id,
    title: Type.String(),
    kind: ActivityKindSchema,
    kindZh: Type.String(),
    startsAt: EpochMs,
    endsAt: EpochMs,
    place: Type.String(),
    capacity: Nullable(Type.Integer()),
    signedUp: Type.Integer(),
    attended: Type.Integer(),
    state: Literals(['open', 'held', 'cancelled'] as const),
  },
  { title: 'ActivitySummary' },
)
export type ActivitySummary = Static<typeof ActivitySummary>
export const ActivityPage = Type.Object({
  items: Type.Array(ActivitySummary),
  nextCursor: Nullable(Type.String()),
})
export const ActivityQuery = StrictObject({
  communityId: Id,
  state: Type.Optional(Literals(['open', 'held', 'cancelled'] as const)),
  ...PageQuery,
})
export type ActivityQuery = Static<typeof ActivityQuery>

export const ActivityView = Type.Object(
  {
    ...ActivitySummary.properties,
    description: Type.String(),
    roomId: Nullable(Id),
    signupUntil: Nullable(EpochMs),
    summary: Nullable(Type.String()),
    version: Type.Integer(),
    signups: Type.Array(
      Type.Object({
        id: Id,
        personId: Id,
        name: Type.String(),
        state: Literals(['signed', 'cancelled', 'walk_in'] as const),
        attended: Type.Boolean(),
        version: Type.Integer(),
      }),
    ),
    photos: Type.Array(Type.String()),
    canManage: Type.Boolean(),
    canSignUp: Type.Boolean(),
  },
  { title: 'Activity' },
)
export type ActivityView = Static<typeof ActivityView>

export const CentreFiguresQuery = StrictObject({ nodeId: Id, from: Day, to: Day })
export type CentreFiguresQuery = Static<typeof CentreFiguresQuery>
export const CentreFiguresView = Type.Object(
  {
    nodeId: Id,
    nodeName: Type.String(),
    from: Type.String(),
    to: Type.String(),
    /** held: activities held in the period; participants: attendance (person-times, 人次). */
    totals: Type.Object({ held: Type.Integer(), participants: Type.Integer(), bookings: Type.Integer() }),
    byKind: Type.Array(
      Type.Object({
        kind: Type.String(),
        kindZh: Type.String(),
        held: Type.Integer(),
        participants: Type.Integer(),
      }),
    ),
  },
  { title: 'CentreFigures' },
)
export type CentreFiguresView = Static<typeof CentreFiguresView>
export const CentreRecordsQuery = StrictObject({
  nodeId: Id,
  from: Day,
  to: Day,
  kind: Type.Optional(ActivityKindSchema),
  ...PageQuery,
})
export type CentreRecordsQuery = Static<typeof CentreRecordsQuery>
