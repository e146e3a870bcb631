import { Type, type Static } from '@sinclair/typebox'
import {
  EpochMs,
  Id,
  Literals,
  Nullable,
  PageQuery,
  Str,
  StrictObject,
  Version,
} from '../../platform/http/schemas.js'
import {
  cancelReasons,
  channels,
  outcomes,
  requestTypes,
  satisfactions,
  urgencies,
  workActions,
  workLevels,
  workStates,
} from './workflow.domain.js'

export const RequestTypeSchema = Literals(
  requestTypes,
  'enquiry 咨询, help 求助, complaint 投诉, report 举报, suggestion 建议, repair 报修',
)
export const WorkStateSchema = Literals(workStates)
export const WorkLevelSchema = Literals(workLevels)
export const WorkActionSchema = Literals(workActions)
export const ChannelSchema = Literals(channels)
export const OutcomeSchema = Literals(outcomes)
export const SatisfactionSchema = Literals(satisfactions)
export const UrgencySchema = Literals(urgencies)
export const CategoryCode = Str(64, {
  pattern: '^[a-z_]+(\\.[a-z_]+)*$',
  description: 'Category code, e.g. facilities.water',
})
/** A stored file's SHA-256 (from POST /files). */
export const FileId = Str(64, { pattern: '^[0-9a-f]{64}$' })
export const Photos = Type.Array(FileId, { maxItems: 9, uniqueItems: true })
export const ItemNumber = Str(11, { pattern: '^\\d{4}-\\d{6}$', description: '2026-000123' })

const Ref = Type.Object({ id: Id, name: Type.String() })

export const CategoryView = Type.Object(
  {
    code: Type.String(),
    parentCode: Nullable(Type.String()),
    nameZh: Type.String(),
    nameEn: Type.String(),
    function: Type.String(),
    slaRule: Type.String(),
    public: Type.Boolean(),
  },
  { title: 'RequestCategory' },
)
export type CategoryView = Static<typeof CategoryView>
export const CategoryList = Type.Object({ items: Type.Array(CategoryView) })

export const ItemFileView = Type.Object({
  fileId: Type.String(),
  stage: Type.String(),
  mime: Type.String(),
  size: Type.Integer(),
})

export const WorkItemView = Type.Object(
  {
    id: Id,
    number: Type.String(),
    kind: Type.String(),
    requestType: RequestTypeSchema,
    category: Type.Object({ code: Type.String(), nameZh: Type.String(), nameEn: Type.String() }),
    urgency: UrgencySchema,
    channel: ChannelSchema,
    title: Type.String(),
    description: Type.String(),
    place: Type.Object({
      nodeId: Id,
      name: Type.String(),
      address: Nullable(Type.String()),
      grid: Nullable(Ref),
      community: Ref,
    }),
    level: WorkLevelSchema,
    village: Nullable(Ref),
    function: Type.String(),
    stage: Type.Integer(),
    state: WorkStateSchema,
    stateZh: Type.String(),
    open: Type.Boolean(),
    pendingApproval: Nullable(Type.Union([Type.Literal('extension'), Type.Literal('park')])),
    assignee: Nullable(Ref),
    reporter: Type.Object({
      personId: Nullable(Id),
      name: Nullable(Type.String()),
      /** Masked (138****5678). */
      phone: Nullable(Type.String()),
    }),
    reportedAt: EpochMs,
    respondDueAt: EpochMs,
    dueAt: EpochMs,
    overdue: Type.Boolean(),
    respondedAt: Nullable(EpochMs),
    resolvedAt: Nullable(EpochMs),
    outcome: Nullable(OutcomeSchema),
    closedAt: Nullable(EpochMs),
    ratedAt: Nullable(EpochMs),
    satisfaction: Nullable(SatisfactionSchema),
    reopenCount: Type.Integer(),
    extensionDays: Type.Integer(),
    whistled: Type.Boolean(),
    mergedIntoId: Nullable(Id),
    version: Type.Integer(),
    /** What the caller may do next. */
    actions: Type.Array(WorkActionSchema),
    /** May the caller blow the whistle (吹哨) on it now? */
    canWhistle: Type.Boolean(),
    files: Type.Array(ItemFileView),
  },
  { title: 'WorkItem' },
)
export type WorkItemView = Static<typeof WorkItemView>

export const WorkItemSummary = Type.Object(
  {
    id: Id,
    number: Type.String(),
    title: Type.String(),
    categoryZh: Type.String(),
    categoryEn: Type.String(),
    requestType: RequestTypeSchema,
    urgency: UrgencySchema,
    state: WorkStateSchema,
    stateZh: Type.String(),
    level: WorkLevelSchema,
    address: Nullable(Type.String()),
    reportedAt: EpochMs,
    dueAt: EpochMs,
    overdue: Type.Boolean(),
    whistled: Type.Boolean(),
    assigneeName: Nullable(Type.String()),
    village: Nullable(Type.String()),
  },
  { title: 'WorkItemSummary' },
)
export type WorkItemSummary = Static<typeof WorkItemSummary>
export const WorkItemPage = Type.Object({
  items: Type.Array(WorkItemSummary),
  nextCursor: Nullable(Type.String()),
})

export const UpdateView = Type.Object(
  {
    id: Id,
    action: Type.String(),
    actionZh: Type.String(),
    fromState: Nullable(Type.String()),
    toState: Type.String(),
    fromLevel: Nullable(Type.String()),
    toLevel: Type.String(),
    actor: Type.String(),
    via: Type.String(),
    note: Nullable(Type.String()),
    data: Type.Record(Type.String(), Type.Unknown()),
    at: EpochMs,
    files: Type.Array(Type.String()),
  },
  { title: 'WorkItemUpdate' },
)
export type UpdateView = Static<typeof UpdateView>
export const Timeline = Type.Object({ items: Type.Array(UpdateView) })

export const ItemParams = StrictObject({ id: Id })
/** One photo of an item: the file's SHA-256 as POST /files returned it. */
export const ItemFileParams = StrictObject({ id: Id, fileId: FileId })

export const FileRequestBody = StrictObject({
  requestType: RequestTypeSchema,
  categoryCode: CategoryCode,
  urgency: Type.Optional(UrgencySchema),
  channel: Literals(
    ['patrol', 'visit', 'walk_in', 'phone', 'party_member'] as const,
    'How it reached us (码上说 and Open311 have their own routes)',
  ),
  title: Type.Optional(Str(60, { minLength: 1 })),
  description: Str(2000, { minLength: 2 }),
  /** Where: a room, unit, building, grid or community. Defaults to where the reporter lives. */
  nodeId: Type.Optional(Id),
  /** The resident it is filed for ("on behalf of"), when known. */
  reporterPersonId: Type.Optional(Id),
  reporterName: Type.Optional(Str(40, { minLength: 1 })),
  reporterPhone: Type.Optional(Str(20)),
  photos: Type.Optional(Photos),
  /** File even though open items of the same category at the same place exist. */
  confirmNotDuplicate: Type.Optional(Type.Boolean()),
})
export type FileRequestBody = Static<typeof FileRequestBody>

export const DuplicateView = Type.Object({
  id: Id,
  number: Type.String(),
  title: Type.String(),
  state: WorkStateSchema,
  reportedAt: EpochMs,
})

export const FileResult = Type.Object({
  item: Nullable(WorkItemView),
  /** When open items of the same category at the same place exist and filing was not confirmed. */
  duplicates: Type.Array(DuplicateView),
})
export type FileResult = Static<typeof FileResult>

export const ActBody = StrictObject({
  action: WorkActionSchema,
  version: Version,
  note: Type.Optional(Str(1000, { minLength: 1 })),
  assigneeUserId: Type.Optional(Id),
  reason: Type.Optional(Literals(cancelReasons)),
  outcome: Type.Optional(OutcomeSchema),
  days: Type.Optional(Type.Integer({ minimum: 1, maximum: 90 })),
  satisfaction: Type.Optional(SatisfactionSchema),
  /** merge: the open item this one duplicates. */
  targetItemId: Type.Optional(Id),
  photos: Type.Optional(Photos),
})
export type ActBody = Static<typeof ActBody>

export const InboxQuery = StrictObject({
  ...PageQuery,
  box: Type.Optional(
    Literals(
      ['mine', 'scope', 'overdue', 'nearly_due', 'whistled', 'filed_by_me', 'summoned'] as const,
      'default scope: everything where I work',
    ),
  ),
  status: Type.Optional(Literals(['open', 'closed', 'all'] as const)),
  level: Type.Optional(WorkLevelSchema),
  state: Type.Optional(WorkStateSchema),
  categoryCode: Type.Optional(CategoryCode),
  number: Type.Optional(ItemNumber),
  /** Limit to one node of the org tree (a grid, a building) within the caller's scope. */
  nodeId: Type.Optional(Id),
})
export type InboxQuery = Static<typeof InboxQuery>

// 吹哨报到
export const WhistleBody = StrictObject({
  version: Version,
  note: Str(500, { minLength: 2 }),
  /** Minutes within which each summoned party must report (default 30). */
  reportWithinMinutes: Type.Optional(Type.Integer({ minimum: 5, maximum: 10_080 })),
  providerIds: Type.Optional(Type.Array(Id, { maxItems: 20, uniqueItems: true })),
  personIds: Type.Optional(Type.Array(Id, { maxItems: 50, uniqueItems: true })),
})
export type WhistleBody = Static<typeof WhistleBody>

export const WhistlePartyView = Type.Object({
  id: Id,
  name: Type.String(),
  kind: Type.Union([Type.Literal('provider'), Type.Literal('person')]),
  providerId: Nullable(Id),
  personId: Nullable(Id),
  reportedAt: Nullable(EpochMs),
  late: Type.Boolean(),
  contribution: Nullable(Type.String()),
  score: Nullable(Type.Integer()),
  evaluation: Nullable(Type.String()),
  version: Type.Integer(),
})
export const WhistleView = Type.Object(
  {
    id: Id,
    itemId: Id,
    level: Type.String(),
    note: Type.String(),
    blownAt: EpochMs,
    reportBy: EpochMs,
    parties: Type.Array(WhistlePartyView),
  },
  { title: 'Whistle' },
)
export type WhistleView = Static<typeof WhistleView>
export const WhistleList = Type.Object({ items: Type.Array(WhistleView) })

export const PartyParams = StrictObject({ id: Id })
export const ReportBody = StrictObject({ version: Version, contribution: Str(1000, { minLength: 1 }) })
export const EvaluateBody = StrictObject({
  version: Version,
  score: Type.Integer({ minimum: 1, maximum: 5 }),
  evaluation: Type.Optional(Str(500)),
})

// Stages (三步走)
export const StageView = Type.Object(
  {
    communityId: Id,
    stage: Type.Integer(),
    stageZh: Type.String(),
    version: Type.Integer(),
    villages: Type.Array(Type.Object({ villageId: Id, name: Type.String(), stage: Type.Integer() })),
    movedIn: Type.Integer(),
    households: Type.Integer(),
    movedInPercent: Nullable(Type.Number()),
    matrix: Type.Record(Type.String(), Type.Record(Type.String(), Type.String())),
  },
  { title: 'CommunityStage' },
)
export type StageView = Static<typeof StageView>
export const CommunityParams = StrictObject({ id: Id })
export const AdvanceStageBody = StrictObject({
  to: Type.Integer({ minimum: 2, maximum: 3 }),
  version: Type.Integer({ minimum: 0, maximum: 2_147_483_647 }),
  note: Str(500, { minLength: 2 }),
})
export const VillageStageBody = StrictObject({
  villageId: Id,
  stage: Type.Integer({ minimum: 1, maximum: 3 }),
  note: Str(500, { minLength: 2 }),
})

/** The text an item shows publicly (Open311 GETs): set by a handler after reading it; null hides it. */
export const PublicTextBody = StrictObject({
  version: Version,
  text: Type.Union([Str(500, { minLength: 1 }), Type.Null()]),
})
export type PublicTextBody = Static<typeof PublicTextBody>

export const AssigneeList = Type.Object({
  items: Type.Array(
    Type.Object({
      userId: Id,
      name: Type.String(),
      kind: Type.Union([Type.Literal('self'), Type.Literal('handler'), Type.Literal('summoned')]),
      detail: Type.String(),
    }),
  ),
})
