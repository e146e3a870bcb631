// 码上说: what the public form behind a building's QR code sends and sees. Nothing here carries a
// name, a phone or anything about another resident's item.
import { Type, type Static } from '@sinclair/typebox'
import { EpochMs, Id, Str, StrictObject } from '../../platform/http/schemas.js'
import {
  CategoryCode,
  FileId,
  ItemNumber,
  OutcomeSchema,
  RequestTypeSchema,
  SatisfactionSchema,
  WorkStateSchema,
} from './request.schemas.js'

export const BuildingCodeParams = StrictObject({
  code: Str(64, { pattern: '^[0-9A-Za-z][0-9A-Za-z._-]*$', description: 'The building code on the poster' }),
})

export const PublicCategory = Type.Object({
  code: Type.String(),
  parentCode: Type.Union([Type.String(), Type.Null()]),
  nameZh: Type.String(),
  nameEn: Type.String(),
})

export const PublicBuilding = Type.Object(
  {
    code: Type.String(),
    name: Type.String(),
    communityName: Type.String(),
    /** The building's standard address. */
    address: Type.Union([Type.String(), Type.Null()]),
    /** The categories a resident may choose: a tree by parentCode. */
    categories: Type.Array(PublicCategory),
  },
  { title: 'PublicBuilding' },
)
export type PublicBuilding = Static<typeof PublicBuilding>

export const PublicDescriptionMax = 1000
/** At most this many photos with one public report. */
export const PublicPhotosMax = 6

export const PublicFileBody = StrictObject({
  requestType: RequestTypeSchema,
  categoryCode: CategoryCode,
  description: Str(PublicDescriptionMax, { minLength: 2 }),
  /** How the resident wants to be addressed (optional). */
  name: Type.Optional(Str(40, { minLength: 1 })),
  /** To be told the outcome by SMS (optional). */
  phone: Type.Optional(Str(20)),
  /** Ids from POST /public/photos. */
  photos: Type.Optional(Type.Array(FileId, { maxItems: PublicPhotosMax, uniqueItems: true })),
})
export type PublicFileBody = Static<typeof PublicFileBody>

export const PublicFiled = Type.Object(
  {
    /** The number the resident can read out on the phone (2026-000123). */
    number: Type.String(),
    /** Opens the follow-up page /f/<token>; shown once, only its hash is kept. */
    feedbackToken: Type.String(),
  },
  { title: 'PublicFiled' },
)
export type PublicFiled = Static<typeof PublicFiled>

export const PublicPhoto = Type.Object({ id: Type.String(), size: Type.Integer(), mime: Type.String() })

export const FeedbackTokenParams = StrictObject({
  token: Str(64, { pattern: '^[A-Za-z0-9_-]{16,64}$' }),
})

export const PublicStep = Type.Object({
  action: Type.String(),
  actionZh: Type.String(),
  at: EpochMs,
})

export const PublicFeedback = Type.Object(
  {
    number: ItemNumber,
    category: Type.Object({ nameZh: Type.String(), nameEn: Type.String() }),
    requestType: RequestTypeSchema,
    description: Type.String(),
    building: Type.String(),
    communityName: Type.String(),
    state: WorkStateSchema,
    stateZh: Type.String(),
    reportedAt: EpochMs,
    /** The steps of its handling: what happened and when (never who, nor staff notes). */
    steps: Type.Array(PublicStep),
    outcome: Type.Union([OutcomeSchema, Type.Null()]),
    outcomeZh: Type.Union([Type.String(), Type.Null()]),
    /** What the handler wrote when resolving it. */
    resolutionNote: Type.Union([Type.String(), Type.Null()]),
    closedAt: Type.Union([EpochMs, Type.Null()]),
    satisfaction: Type.Union([SatisfactionSchema, Type.Null()]),
    ratedAt: Type.Union([EpochMs, Type.Null()]),
    /** Closed and not yet rated: the resident may rate it (and say it is not fixed). */
    canRate: Type.Boolean(),
  },
  { title: 'PublicFeedback' },
)
export type PublicFeedback = Static<typeof PublicFeedback>

export const PublicRatingBody = StrictObject({
  satisfaction: SatisfactionSchema,
  comment: Type.Optional(Str(500, { minLength: 1 })),
  /** The problem is still there: the item is reopened. */
  notFixed: Type.Optional(Type.Boolean()),
})
export type PublicRatingBody = Static<typeof PublicRatingBody>

export const BuildingParams = StrictObject({ id: Id })
