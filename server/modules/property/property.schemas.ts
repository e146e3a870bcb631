// 红管家's API shapes: property orders (the engine's items of kind 'property' with what they are
// about), maintenance plans and a planned check's results.
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
import { ActBody, FileId, Photos, UrgencySchema, WorkItemSummary, WorkItemView } from '../requests/index.js'
import { checkResults, frequencies, MAX_CHECKLIST, trades } from './property.domain.js'

export const PropertyCategoryCode = Str(64, {
  pattern: '^butler\\.[a-z_]+$',
  description: 'butler.greening …',
})

export const PropertyParams = StrictObject({ id: Id })
export const PropertyFileParams = StrictObject({ id: Id, fileId: FileId })
export const PropertyCheckParams = StrictObject({ id: Id, facilityId: Id })

export const PropertyFileBody = StrictObject({
  /** Where the work is: a community, grid, building, unit or room. */
  nodeId: Id,
  categoryCode: PropertyCategoryCode,
  description: Str(2000, { minLength: 2 }),
  title: Type.Optional(Str(60, { minLength: 1 })),
  urgency: Type.Optional(UrgencySchema),
  /** The facility of the registry the work is on, if any (a lamp, a pipe, a charger …). */
  facilityId: Type.Optional(Id),
  /** Photos of how it looks before the work. */
  photos: Type.Optional(Photos),
})
export type PropertyFileBody = Static<typeof PropertyFileBody>

/** A resident's repair request becomes a property order: its place, text and urgency carry over. */
export const PropertyFromRequestBody = StrictObject({
  categoryCode: Type.Optional(PropertyCategoryCode),
  title: Type.Optional(Str(60, { minLength: 1 })),
  description: Type.Optional(Str(2000, { minLength: 2 })),
  facilityId: Type.Optional(Id),
})
export type PropertyFromRequestBody = Static<typeof PropertyFromRequestBody>

export const PropertyListQuery = StrictObject({
  ...PageQuery,
  /** unclaimed: waiting for a butler; mine: taken by or dispatched to me; overdue: open past due. */
  view: Type.Optional(Literals(['unclaimed', 'mine', 'open', 'overdue', 'closed', 'all'] as const)),
  /** Required unless view=mine. */
  communityId: Type.Optional(Id),
  planId: Type.Optional(Id),
})
export type PropertyListQuery = Static<typeof PropertyListQuery>

export const PropertyActBody = ActBody
export type PropertyActBody = Static<typeof PropertyActBody>

export const CheckBody = StrictObject({
  result: Literals(checkResults, 'ok: passed every point; fault: the points in `failed` did not'),
  /** Indexes (from 0) of the plan's checklist points that failed. */
  failed: Type.Array(Type.Integer({ minimum: 0, maximum: MAX_CHECKLIST - 1 }), { maxItems: MAX_CHECKLIST }),
  note: Type.Optional(Str(500, { minLength: 1 })),
  /** The order's version (recording a result changes the order). */
  version: Version,
})
export type CheckBody = Static<typeof CheckBody>

const FacilityRef = Type.Object({
  id: Id,
  code: Type.String(),
  name: Type.String(),
  category: Type.String(),
  categoryZh: Type.String(),
  location: Nullable(Type.String()),
  state: Type.String(),
  stateZh: Type.String(),
})

const ItemRef = Type.Object({ id: Id, number: Type.String(), state: Type.String(), stateZh: Type.String() })

export const CheckView = Type.Object({
  facility: FacilityRef,
  /** null: not checked yet. */
  result: Nullable(Literals(checkResults)),
  resultZh: Nullable(Type.String()),
  failed: Type.Array(Type.Integer()),
  failedZh: Type.Array(Type.String()),
  note: Nullable(Type.String()),
  /** The repair order the fault became. */
  repair: Nullable(ItemRef),
  recordedBy: Nullable(Type.String()),
  recordedAt: Nullable(EpochMs),
})
export type CheckView = Static<typeof CheckView>

export const PropertyView = Type.Object(
  {
    item: WorkItemView,
    /** The resident's request or the planned check it was made from. */
    source: Nullable(Type.Object({ id: Id, number: Type.String(), kind: Type.String() })),
    facility: Nullable(FacilityRef),
    /** For a planned check: the plan, the period and the checklist. */
    plan: Nullable(
      Type.Object({
        id: Id,
        name: Type.String(),
        periodStart: Type.String(),
        periodZh: Type.String(),
        checklist: Type.Array(Type.String()),
      }),
    ),
    checks: Type.Array(CheckView),
    /** Repairs made from this order's faults. */
    repairs: Type.Array(ItemRef),
    /** May the caller record check results now? */
    canCheck: Type.Boolean(),
  },
  { title: 'PropertyOrder' },
)
export type PropertyView = Static<typeof PropertyView>

export const PropertySummary = Type.Object(
  {
    ...WorkItemSummary.properties,
    facilityName: Nullable(Type.String()),
    planName: Nullable(Type.String()),
  },
  { title: 'PropertySummary' },
)
export type PropertySummary = Static<typeof PropertySummary>
export const PropertyPage = Type.Object({
  items: Type.Array(PropertySummary),
  nextCursor: Nullable(Type.String()),
})

export const PropertyCategoryList = Type.Object({
  items: Type.Array(Type.Object({ code: Type.String(), nameZh: Type.String(), nameEn: Type.String() })),
})

// --- Maintenance plans --------------------------------------------------------------------------

export const PlanBody = StrictObject({
  /** The place the plan covers; its facilities must be there. */
  nodeId: Id,
  name: Str(60, { minLength: 2 }),
  trade: Literals(trades),
  categoryCode: Type.Optional(PropertyCategoryCode),
  checklist: Type.Array(Str(60, { minLength: 1 }), { minItems: 1, maxItems: MAX_CHECKLIST }),
  frequency: Literals(frequencies),
  /** Days from the start of each period within which the check is due. */
  dueDays: Type.Integer({ minimum: 1, maximum: 31 }),
  startsOn: Day,
  /** The butler each period's order is dispatched to; none leaves it for the team to take. */
  assigneeUserId: Type.Optional(Id),
  /** The facilities of the registry it checks: at least one. */
  facilityIds: Type.Array(Id, { minItems: 1, maxItems: 500, uniqueItems: true }),
})
export type PlanBody = Static<typeof PlanBody>

export const PlanPatchBody = StrictObject({
  version: Version,
  active: Type.Optional(Type.Boolean()),
  /** null: each period's order waits for the team. */
  assigneeUserId: Type.Optional(Nullable(Id)),
})
export type PlanPatchBody = Static<typeof PlanPatchBody>

export const PlanListQuery = StrictObject({ communityId: Id })

export const PlanSummary = Type.Object(
  {
    id: Id,
    name: Type.String(),
    nodeId: Id,
    nodeName: Type.String(),
    trade: Literals(trades),
    tradeZh: Type.String(),
    frequency: Literals(frequencies),
    frequencyZh: Type.String(),
    dueDays: Type.Integer(),
    startsOn: Type.String(),
    active: Type.Boolean(),
    facilityCount: Type.Integer(),
    assignee: Nullable(Type.Object({ id: Id, name: Type.String() })),
    /** This period's order, once the job (or the plan's creation) has opened it. */
    current: Nullable(
      Type.Object({
        ...ItemRef.properties,
        periodZh: Type.String(),
        dueAt: EpochMs,
        overdue: Type.Boolean(),
      }),
    ),
    /** Open orders of this plan past their due time (this period's or earlier ones). */
    overdueCount: Type.Integer(),
    version: Type.Integer(),
  },
  { title: 'MaintenancePlanSummary' },
)
export type PlanSummary = Static<typeof PlanSummary>

export const PlanView = Type.Object(
  {
    ...PlanSummary.properties,
    checklist: Type.Array(Type.String()),
    categoryCode: Type.String(),
    facilities: Type.Array(FacilityRef),
    /** The latest orders, newest first. */
    orders: Type.Array(
      Type.Object({
        ...ItemRef.properties,
        periodZh: Type.String(),
        dueAt: EpochMs,
        overdue: Type.Boolean(),
      }),
    ),
  },
  { title: 'MaintenancePlan' },
)
export type PlanView = Static<typeof PlanView>
export const PlanList = Type.Object({ items: Type.Array(PlanSummary) })

export const ButlerListQuery = StrictObject({ nodeId: Id })
/** Users a plan's checks may go to; `roles` are the roles that let them handle property work there. */
export const ButlerList = Type.Object({
  items: Type.Array(Type.Object({ userId: Id, name: Type.String(), roles: Type.Array(Type.String()) })),
})
