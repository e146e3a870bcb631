// 协商议事's API shapes. Counts are whole numbers ≥ 0; a ballot names an invitee of the meeting.
import { Type, type Static } from '@sinclair/typebox'
import {
  Day,
  EpochMs,
  Id,
  Literals,
  Nullable,
  PageOf,
  PageQuery,
  Str,
  StrictObject,
  Version,
} from '../../platform/http/schemas.js'
import { ActBody, FileId, Photos, WorkItemView } from '../requests/index.js'
import {
  ballotChoices,
  consultationSources,
  consultationStates,
  inviteeCapacities,
} from './consult.domain.js'

export const ConsultParams = StrictObject({ id: Id })
export const ConsultFileParams = StrictObject({ id: Id, fileId: FileId })
export const DecisionParams = StrictObject({ id: Id, decisionId: Id })
export const InviteeParams = StrictObject({ id: Id, inviteeId: Id })
export const BuildingCode = StrictObject({
  code: Str(64, { pattern: '^[0-9A-Za-z][0-9A-Za-z._-]*$', description: 'The building code on the poster' }),
})

const Source = Literals(consultationSources)
const State = Literals(consultationStates)
const Capacity = Literals(inviteeCapacities)
const Choice = Literals(ballotChoices)
const AgendaText = Str(200, { minLength: 1 })

export const InviteeInput = Type.Union([
  StrictObject({ personId: Id, capacity: Capacity }),
  StrictObject({ providerId: Id, capacity: Capacity }),
])
export type InviteeInput = Static<typeof InviteeInput>

export const ConsultCreateBody = StrictObject({
  title: Str(60, { minLength: 2 }),
  description: Str(2000, { minLength: 2 }),
  /** The community, grid or building the topic concerns. */
  nodeId: Id,
  source: Source,
  /** Who raised it: a resident's name, the grid branch, the community … */
  raisedBy: Str(60, { minLength: 1 }),
  /** source=requests: the residents' requests the topic gathers (at least one). */
  requestIds: Type.Optional(Type.Array(Id, { maxItems: 50, uniqueItems: true })),
  agenda: Type.Optional(Type.Array(AgendaText, { maxItems: 20 })),
  invitees: Type.Optional(Type.Array(InviteeInput, { maxItems: 60 })),
})
export type ConsultCreateBody = Static<typeof ConsultCreateBody>

export const AgendaBody = StrictObject({ items: Type.Array(AgendaText, { maxItems: 20 }), version: Version })
export type AgendaBody = Static<typeof AgendaBody>

export const InviteBody = StrictObject({ invitees: Type.Array(InviteeInput, { minItems: 1, maxItems: 60 }) })
export type InviteBody = Static<typeof InviteBody>

export const ScheduleBody = StrictObject({
  scheduledAt: EpochMs,
  place: Str(100, { minLength: 1 }),
  version: Version,
})
export type ScheduleBody = Static<typeof ScheduleBody>

export const MeetingBody = StrictObject({
  heldAt: EpochMs,
  /** The invitees who came. */
  attended: Type.Array(Id, { maxItems: 60, uniqueItems: true }),
  minutes: Str(5000, { minLength: 2 }),
  photos: Type.Optional(Photos),
  version: Version,
})
export type MeetingBody = Static<typeof MeetingBody>

export const DropBody = StrictObject({ reason: Str(500, { minLength: 2 }), version: Version })
export type DropBody = Static<typeof DropBody>

const Count = Type.Integer({ minimum: 0, maximum: 10_000 })

/** A correction names the decision it replaces (of the same meeting); decisions are never edited. */
const Supersedes = { supersedesId: Type.Optional(Id) }

export const DecisionBody = Type.Union([
  StrictObject({ method: Type.Literal('consensus'), text: Str(1000, { minLength: 2 }), ...Supersedes }),
  /** 记名表决: every ballot kept, the counts computed from them. */
  StrictObject({
    method: Type.Literal('vote'),
    text: Str(1000, { minLength: 2 }),
    openVote: Type.Literal(true),
    ballots: Type.Array(StrictObject({ inviteeId: Id, choice: Choice }), { minItems: 1, maxItems: 60 }),
    ...Supersedes,
  }),
  /** A secret vote: only the counts, never who voted how. */
  StrictObject({
    method: Type.Literal('vote'),
    text: Str(1000, { minLength: 2 }),
    openVote: Type.Literal(false),
    counts: StrictObject({ for: Count, against: Count, abstain: Count }),
    ...Supersedes,
  }),
])
export type DecisionBody = Static<typeof DecisionBody>

export const TaskBody = StrictObject({
  title: Str(60, { minLength: 2 }),
  description: Str(2000, { minLength: 2 }),
  /** Dispatched to this user at once (a handler of the community), else left to be claimed. */
  assigneeUserId: Type.Optional(Id),
})
export type TaskBody = Static<typeof TaskBody>

export const TaskActBody = ActBody
export type TaskActBody = Static<typeof TaskActBody>

export const ConsultListQuery = StrictObject({
  ...PageQuery,
  communityId: Id,
  state: Type.Optional(State),
})
export type ConsultListQuery = Static<typeof ConsultListQuery>

const Ref = Type.Object({ id: Id, name: Type.String() })

export const ConsultSummary = Type.Object({
  id: Id,
  title: Type.String(),
  state: State,
  stateZh: Type.String(),
  source: Source,
  place: Ref,
  scheduledAt: Nullable(EpochMs),
  heldAt: Nullable(EpochMs),
  decisions: Type.Integer(),
  createdAt: EpochMs,
})
export type ConsultSummary = Static<typeof ConsultSummary>
export const ConsultPage = PageOf(ConsultSummary)

export const TaskSummary = Type.Object({
  id: Id,
  number: Type.String(),
  title: Type.String(),
  state: Type.String(),
  stateZh: Type.String(),
  assigneeName: Nullable(Type.String()),
  closedAt: Nullable(EpochMs),
})

export const DecisionView = Type.Object({
  id: Id,
  seq: Type.Integer(),
  text: Type.String(),
  method: Literals(['vote', 'consensus'] as const),
  openVote: Type.Boolean(),
  counts: Nullable(Type.Object({ for: Type.Integer(), against: Type.Integer(), abstain: Type.Integer() })),
  /** Open votes only: who voted how. */
  ballots: Nullable(Type.Array(Type.Object({ inviteeId: Id, name: Type.String(), choice: Choice }))),
  outcome: Literals(['adopted', 'rejected'] as const),
  decidedAt: EpochMs,
  recordedBy: Type.String(),
  tasks: Type.Array(TaskSummary),
  carriedOut: Type.Boolean(),
  /** The number (seq) of the decision this one corrects, and of the one that corrected it. */
  supersedes: Nullable(Type.Integer()),
  supersededBy: Nullable(Type.Integer()),
})
export type DecisionView = Static<typeof DecisionView>

export const ConsultView = Type.Object(
  {
    id: Id,
    title: Type.String(),
    description: Type.String(),
    state: State,
    stateZh: Type.String(),
    source: Source,
    sourceZh: Type.String(),
    raisedBy: Type.String(),
    place: Type.Object({ id: Id, name: Type.String(), kind: Type.String() }),
    community: Ref,
    requests: Type.Array(
      Type.Object({ id: Id, number: Type.String(), title: Type.String(), stateZh: Type.String() }),
    ),
    agenda: Type.Array(Type.String()),
    invitees: Type.Array(
      Type.Object({
        id: Id,
        name: Type.String(),
        capacity: Capacity,
        capacityZh: Type.String(),
        kind: Literals(['person', 'provider'] as const),
        attended: Type.Boolean(),
      }),
    ),
    scheduledAt: Nullable(EpochMs),
    meetingPlace: Nullable(Type.String()),
    heldAt: Nullable(EpochMs),
    minutes: Nullable(Type.String()),
    photos: Type.Array(Type.String()),
    droppedReason: Nullable(Type.String()),
    decisions: Type.Array(DecisionView),
    canManage: Type.Boolean(),
    createdBy: Type.String(),
    createdAt: EpochMs,
    version: Version,
  },
  { title: 'Consultation' },
)
export type ConsultView = Static<typeof ConsultView>

export const TaskView = Type.Object({
  item: WorkItemView,
  consultation: Type.Object({ id: Id, title: Type.String() }),
  decision: Type.Object({ id: Id, text: Type.String() }),
})
export type TaskView = Static<typeof TaskView>

// --- The residents' page -------------------------------------------------------------------------

export const PublicDecisions = Type.Object({
  building: Type.String(),
  community: Type.String(),
  items: Type.Array(
    Type.Object({
      title: Type.String(),
      text: Type.String(),
      decidedOn: Day,
      method: Literals(['vote', 'consensus'] as const),
      counts: Nullable(
        Type.Object({ for: Type.Integer(), against: Type.Integer(), abstain: Type.Integer() }),
      ),
      carriedOut: Type.Boolean(),
    }),
  ),
})
export type PublicDecisions = Static<typeof PublicDecisions>

// --- Figures ---------------------------------------------------------------------------------------

export const consultCounts = ['held', 'decisions', 'adopted', 'carried_out'] as const
export type ConsultCount = (typeof consultCounts)[number]

export const ConsultFiguresQuery = StrictObject({ nodeId: Id, from: Day, to: Day })
export type ConsultFiguresQuery = Static<typeof ConsultFiguresQuery>

export const ConsultFiguresView = Type.Object(
  {
    nodeId: Id,
    nodeName: Type.String(),
    from: Day,
    to: Day,
    totals: Type.Object({
      held: Type.Integer(),
      decisions: Type.Integer(),
      adopted: Type.Integer(),
      carriedOut: Type.Integer(),
    }),
  },
  { title: 'ConsultFigures' },
)
export type ConsultFiguresView = Static<typeof ConsultFiguresView>

export const ConsultRecordsQuery = StrictObject({
  nodeId: Id,
  from: Day,
  to: Day,
  count: Literals(consultCounts),
  ...PageQuery,
})
export type ConsultRecordsQuery = Static<typeof ConsultRecordsQuery>

export const ConsultRecord = Type.Object({
  consultationId: Id,
  title: Type.String(),
  placeName: Type.String(),
  /** The meeting's day (held) or the decision's. */
  date: Day,
  decision: Nullable(
    Type.Object({
      id: Id,
      text: Type.String(),
      outcome: Literals(['adopted', 'rejected'] as const),
      carriedOut: Type.Boolean(),
    }),
  ),
})
export const ConsultRecordPage = PageOf(ConsultRecord)
export type ConsultRecordPage = Static<typeof ConsultRecordPage>
