// 党员报到's API shapes: registrations, posts, needs and tasks, service records, organisational
// life, a member's record (for the home organisation) and the figures.
import { Type, type Static } from '@sinclair/typebox'
import {
  Day,
  Id,
  Literals,
  Nullable,
  PageQuery,
  Str,
  StrictObject,
  Version,
} from '../../platform/http/schemas.js'
import { FileId } from '../requests/index.js'
import { homeKinds, meetingKinds, recordStates, serviceKinds, taskKinds } from './party.domain.js'

export const IdParams = StrictObject({ id: Id })
export const PhotoParams = StrictObject({ id: Id, fileId: FileId })
export const CommunityQuery = StrictObject({ communityId: Id })
export type CommunityQuery = Static<typeof CommunityQuery>
const HomeKind = Literals(homeKinds)
const ServiceKind = Literals(serviceKinds)
const RecordState = Literals(recordStates)
const MeetingKind = Literals(meetingKinds)
const TaskKind = Literals(taskKinds)

// --- Registrations -----------------------------------------------------------------------------------

export const RegisterBody = StrictObject({
  communityId: Id,
  personId: Id,
  homeKind: HomeKind,
  /** The old village whose branch holds the membership (village_branch only). */
  homeVillageId: Type.Optional(Id),
  /** 李湾村党支部, 淮安某某公司党委 …; for a village branch it defaults to the village's 党支部. */
  homeName: Type.Optional(Str(60)),
  registeredOn: Day,
  /** The member's own account (role party_member), so they see and record their own service. */
  linkedUsername: Type.Optional(Str(64, { minLength: 1 })),
})
export type RegisterBody = Static<typeof RegisterBody>
export const VillageList = Type.Object({
  items: Type.Array(Type.Object({ id: Id, name: Type.String() })),
})
export const LeaveBody = StrictObject({ version: Version, leftOn: Day })
export type LeaveBody = Static<typeof LeaveBody>

export const MemberView = Type.Object(
  {
    id: Id,
    communityId: Id,
    personId: Id,
    name: Type.String(),
    homeKind: HomeKind,
    homeKindZh: Type.String(),
    homeVillageId: Nullable(Id),
    homeName: Type.String(),
    registeredOn: Type.String(),
    linkedUsername: Nullable(Type.String()),
    status: Literals(['active', 'left'] as const),
    leftOn: Nullable(Type.String()),
    version: Type.Integer(),
  },
  { title: 'PartyMember' },
)
export type MemberView = Static<typeof MemberView>

export const MemberQuery = StrictObject({
  communityId: Id,
  homeName: Type.Optional(Str(60)),
  homeKind: Type.Optional(HomeKind),
  status: Type.Optional(Literals(['active', 'left'] as const)),
  ...PageQuery,
})
export type MemberQuery = Static<typeof MemberQuery>
export const HomeCount = Type.Object({ homeName: Type.String(), homeKind: HomeKind, members: Type.Integer() })
export const MemberPage = Type.Object({
  items: Type.Array(MemberView),
  nextCursor: Nullable(Type.String()),
  /** Active members per home organisation (the whole community, not only this page). */
  byHome: Type.Array(HomeCount),
})

// --- Posts (先锋岗) -----------------------------------------------------------------------------------

export const PostBody = StrictObject({
  communityId: Id,
  name: Str(40, { minLength: 1 }),
  duty: Str(500, { minLength: 1 }),
  /** Where the post is held: a grid, a building … of the community. */
  nodeId: Type.Optional(Id),
  capacity: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
})
export type PostBody = Static<typeof PostBody>
export const PostView = Type.Object(
  {
    id: Id,
    name: Type.String(),
    duty: Type.String(),
    nodeId: Nullable(Id),
    place: Nullable(Type.String()),
    capacity: Nullable(Type.Integer()),
    holders: Type.Array(Type.Object({ claimId: Id, registrationId: Id, name: Type.String() })),
    /** Whether the signed-in member holds it. */
    mine: Type.Boolean(),
  },
  { title: 'PartyPost' },
)
export type PostView = Static<typeof PostView>
export const PostList = Type.Object({ items: Type.Array(PostView), canManage: Type.Boolean() })

/** Staff claim for a member; a member claims for themself (no body field). */
export const ClaimBody = StrictObject({ registrationId: Type.Optional(Id) })
export type ClaimBody = Static<typeof ClaimBody>

// --- Needs and tasks ---------------------------------------------------------------------------------

export const TaskBody = StrictObject({
  communityId: Id,
  kind: TaskKind,
  title: Str(60, { minLength: 1 }),
  description: Str(1000),
  onDate: Day,
  capacity: Type.Integer({ minimum: 1, maximum: 500 }),
})
export type TaskBody = Static<typeof TaskBody>
export const TaskView = Type.Object(
  {
    id: Id,
    kind: TaskKind,
    kindZh: Type.String(),
    title: Type.String(),
    description: Type.String(),
    onDate: Type.String(),
    capacity: Type.Integer(),
    claimed: Type.Integer(),
    state: Literals(['open', 'closed'] as const),
    claimants: Type.Array(
      Type.Object({
        claimId: Id,
        registrationId: Id,
        name: Type.String(),
        state: Literals(['claimed', 'done'] as const),
      }),
    ),
    mine: Type.Boolean(),
  },
  { title: 'PartyTask' },
)
export type TaskView = Static<typeof TaskView>
export const TaskQuery = StrictObject({
  communityId: Id,
  state: Type.Optional(Literals(['open', 'closed'] as const)),
})
export type TaskQuery = Static<typeof TaskQuery>
export const TaskList = Type.Object({ items: Type.Array(TaskView), canManage: Type.Boolean() })

// --- Service records ---------------------------------------------------------------------------------

export const RecordBody = StrictObject({
  registrationId: Id,
  servedOn: Day,
  /** Whole minutes, in half-hour steps (2 hours = 120), at most 24 hours. */
  minutes: Type.Integer({ minimum: 1, maximum: 1440 }),
  kind: ServiceKind,
  postId: Type.Optional(Id),
  taskId: Type.Optional(Id),
  description: Str(500, { minLength: 1 }),
  photos: Type.Optional(Type.Array(FileId, { maxItems: 9, uniqueItems: true })),
})
export type RecordBody = Static<typeof RecordBody>
export const DecideBody = StrictObject({ version: Version })
export type DecideBody = Static<typeof DecideBody>
export const ReasonBody = StrictObject({ version: Version, reason: Str(200, { minLength: 1 }) })
export type ReasonBody = Static<typeof ReasonBody>

export const RecordView = Type.Object(
  {
    id: Id,
    registrationId: Id,
    memberName: Type.String(),
    homeName: Type.String(),
    servedOn: Type.String(),
    minutes: Type.Integer(),
    kind: ServiceKind,
    kindZh: Type.String(),
    postId: Nullable(Id),
    taskId: Nullable(Id),
    /** The post's or the need's/task's name. */
    target: Nullable(Type.String()),
    description: Type.String(),
    state: RecordState,
    stateZh: Type.String(),
    recordedBy: Type.String(),
    decidedBy: Nullable(Type.String()),
    decidedAt: Nullable(Type.Integer()),
    reason: Nullable(Type.String()),
    voidedBy: Nullable(Type.String()),
    voidedAt: Nullable(Type.Integer()),
    photos: Type.Array(Type.String()),
    version: Type.Integer(),
  },
  { title: 'PartyServiceRecord' },
)
export type RecordView = Static<typeof RecordView>
export const RecordQuery = StrictObject({
  communityId: Id,
  state: Type.Optional(RecordState),
  registrationId: Type.Optional(Id),
  ...PageQuery,
})
export type RecordQuery = Static<typeof RecordQuery>
export const RecordPage = Type.Object({ items: Type.Array(RecordView), nextCursor: Nullable(Type.String()) })

// --- Organisational life -----------------------------------------------------------------------------

export const MeetingBody = StrictObject({
  communityId: Id,
  kind: MeetingKind,
  heldOn: Day,
  topic: Str(100, { minLength: 1 }),
  /** Registered members who attended. */
  attendees: Type.Array(Id, { maxItems: 2000, uniqueItems: true }),
})
export type MeetingBody = Static<typeof MeetingBody>
export const MeetingView = Type.Object(
  {
    id: Id,
    kind: MeetingKind,
    kindZh: Type.String(),
    heldOn: Type.String(),
    topic: Type.String(),
    attendees: Type.Array(Type.Object({ registrationId: Id, name: Type.String(), homeName: Type.String() })),
  },
  { title: 'PartyMeeting' },
)
export type MeetingView = Static<typeof MeetingView>
export const MeetingQuery = StrictObject({ communityId: Id, ...PageQuery })
export type MeetingQuery = Static<typeof MeetingQuery>
export const MeetingPage = Type.Object({
  items: Type.Array(MeetingView),
  nextCursor: Nullable(Type.String()),
})

// --- A member's record for the home organisation -----------------------------------------------------

export const PeriodQuery = StrictObject({ from: Day, to: Day })
export type PeriodQuery = Static<typeof PeriodQuery>
export const MineQuery = StrictObject({ communityId: Id })
export const MemberRecordView = Type.Object(
  {
    communityName: Type.String(),
    member: MemberView,
    from: Type.String(),
    to: Type.String(),
    posts: Type.Array(
      Type.Object({ name: Type.String(), claimedOn: Type.String(), endedOn: Nullable(Type.String()) }),
    ),
    records: Type.Array(RecordView),
    meetings: Type.Array(
      Type.Object({
        id: Id,
        kind: MeetingKind,
        kindZh: Type.String(),
        heldOn: Type.String(),
        topic: Type.String(),
      }),
    ),
    totals: Type.Object({
      confirmedRecords: Type.Integer(),
      confirmedMinutes: Type.Integer(),
      pendingRecords: Type.Integer(),
      meetings: Type.Integer(),
    }),
  },
  { title: 'PartyMemberRecord' },
)
export type MemberRecordView = Static<typeof MemberRecordView>
export const BatchQuery = StrictObject({
  communityId: Id,
  homeName: Str(60, { minLength: 1 }),
  from: Day,
  to: Day,
})
export type BatchQuery = Static<typeof BatchQuery>

// --- Figures -----------------------------------------------------------------------------------------

export const partyCounts = ['members', 'records', 'hours', 'attendances'] as const
export type PartyCount = (typeof partyCounts)[number]
export const PartyFiguresQuery = StrictObject({ nodeId: Id, from: Day, to: Day })
export type PartyFiguresQuery = Static<typeof PartyFiguresQuery>
const totals = {
  members: Type.Integer(),
  records: Type.Integer(),
  /** Confirmed service, in minutes. */
  minutes: Type.Integer(),
  attendances: Type.Integer(),
}
export const PartyFiguresView = Type.Object(
  {
    nodeId: Id,
    nodeName: Type.String(),
    from: Type.String(),
    to: Type.String(),
    totals: Type.Object(totals),
    byHome: Type.Array(Type.Object({ homeName: Type.String(), ...totals })),
  },
  { title: 'PartyFigures' },
)
export type PartyFiguresView = Static<typeof PartyFiguresView>
export const PartyRecordsQuery = StrictObject({
  nodeId: Id,
  from: Day,
  to: Day,
  count: Literals(partyCounts),
  homeName: Type.Optional(Str(60)),
  ...PageQuery,
})
export type PartyRecordsQuery = Static<typeof PartyRecordsQuery>
export const PartyFigureRow = Type.Object(
  {
    id: Type.String(),
    registrationId: Id,
    memberName: Type.String(),
    homeName: Type.String(),
    date: Type.String(),
    /** What the row is: 报到 / the service / the meeting. */
    title: Type.String(),
    minutes: Nullable(Type.Integer()),
  },
  { title: 'PartyFigureRow' },
)
export const PartyFigureRows = Type.Object({
  items: Type.Array(PartyFigureRow),
  nextCursor: Nullable(Type.String()),
})
export type PartyFigureRows = Static<typeof PartyFigureRows>
