import { Type, type Static } from '@sinclair/typebox'
import { Id, PageOf, PageQuery, Str, StrictObject, Version } from '../../platform/http/schemas.js'
import { relations } from './household.domain.js'

/** A calendar day; whether it is a real day, and not in the future, is checked by the service. */
export const Day = Str(10, { pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'Calendar day YYYY-MM-DD' })

export const RelationSchema = Type.Union(
  relations.map((r) => Type.Literal(r)),
  {
    description:
      'Relation to the head: head 户主, spouse 配偶, child 子女, parent 父母, grandchild 孙子女, sibling 兄弟姐妹, other 其他',
  },
)

const HouseholdCode = Str(32, {
  minLength: 1,
  pattern: '^[0-9A-Za-z-]+$',
  description: '户号, unique in the community',
})

export const HouseholdParams = StrictObject({ id: Id })
export const MemberParams = StrictObject({ id: Id, personId: Id })
export const NodeParams = StrictObject({ id: Id })

export const CreateHouseholdBody = StrictObject({
  communityId: Id,
  code: HouseholdCode,
  /** The room the household is given; without `movedInOn` it is assigned but not yet moved in. */
  roomId: Type.Optional(Id),
  /** With a room: the day it moved in (opens its first residence). */
  movedInOn: Type.Optional(Day),
  headPersonId: Type.Optional(Id),
  /** Default: the head's origin village. */
  originVillageId: Type.Optional(Id),
})
export type CreateHouseholdBody = Static<typeof CreateHouseholdBody>

export const UpdateHouseholdBody = StrictObject({
  version: Version,
  code: Type.Optional(HouseholdCode),
  /** A current member who becomes the head. */
  headPersonId: Type.Optional(Id),
  /** What the former head becomes when the head changes (default: other). */
  formerHeadRelation: Type.Optional(RelationSchema),
  originVillageId: Type.Optional(Type.Union([Id, Type.Null()])),
})
export type UpdateHouseholdBody = Static<typeof UpdateHouseholdBody>

export const AddMemberBody = StrictObject({
  version: Version,
  personId: Id,
  relation: RelationSchema,
  /** Omitted: since the household was registered (day unknown). */
  joinedOn: Type.Optional(Day),
})
export type AddMemberBody = Static<typeof AddMemberBody>

/** Removing a member is a DELETE: its facts travel in the query string (no body on DELETE). */
export const RemoveMemberQuery = StrictObject({
  version: Version,
  leftOn: Day,
  /** Required when the head leaves: a remaining member who becomes the head. */
  newHeadPersonId: Type.Optional(Id),
})
export type RemoveMemberQuery = Static<typeof RemoveMemberQuery>

export const MoveInBody = StrictObject({ version: Version, roomId: Id, date: Day })
export type MoveInBody = Static<typeof MoveInBody>

export const MoveOutBody = StrictObject({ version: Version, date: Day })
export type MoveOutBody = Static<typeof MoveOutBody>

export const HouseholdListQuery = StrictObject({ ...PageQuery })

/** Omitted: today (Asia/Shanghai). */
export const DayQuery = StrictObject({ date: Type.Optional(Day) })

const Sex = Type.Union([Type.Literal('male'), Type.Literal('female')])

export const MemberView = Type.Object({
  personId: Id,
  name: Type.String(),
  sex: Sex,
  /** Whole years today (on the asked day in residents-on); null when the birth date is unknown. */
  age: Type.Union([Type.Integer(), Type.Null()]),
  relation: RelationSchema,
  joinedOn: Type.Union([Type.String(), Type.Null()]),
})

export const ResidenceView = Type.Object({
  roomId: Id,
  roomAddress: Type.String(),
  movedInOn: Type.String(),
  movedOutOn: Type.Union([Type.String(), Type.Null()]),
})

export const HouseholdView = Type.Object(
  {
    id: Id,
    communityId: Id,
    code: Type.String(),
    roomId: Type.Union([Id, Type.Null()]),
    roomAddress: Type.Union([Type.String(), Type.Null()]),
    /** Has a residence open now (lives in its room, not merely assigned it). */
    movedIn: Type.Boolean(),
    head: Type.Union([Type.Object({ personId: Id, name: Type.String() }), Type.Null()]),
    originVillage: Type.Union([Type.Object({ id: Id, name: Type.String() }), Type.Null()]),
    members: Type.Array(MemberView),
    /** Newest first. */
    residences: Type.Array(ResidenceView),
    version: Type.Integer(),
  },
  { title: 'Household' },
)
export type HouseholdView = Static<typeof HouseholdView>

export const HouseholdListItem = Type.Object(
  {
    id: Id,
    code: Type.String(),
    headName: Type.Union([Type.String(), Type.Null()]),
    memberCount: Type.Integer(),
    /** The party member looking after the household (1+5+10); null is a gap. `count`: how many do. */
    contact: Type.Union([
      Type.Object({ personId: Id, name: Type.String(), count: Type.Integer({ minimum: 1 }) }),
      Type.Null(),
    ]),
    roomId: Type.Union([Id, Type.Null()]),
    roomAddress: Type.Union([Type.String(), Type.Null()]),
    originVillageName: Type.Union([Type.String(), Type.Null()]),
    version: Type.Integer(),
  },
  { title: 'HouseholdListItem' },
)
export type HouseholdListItem = Static<typeof HouseholdListItem>

export const HouseholdPage = PageOf(HouseholdListItem)

export const ResidentsOnView = Type.Object(
  {
    roomId: Id,
    roomAddress: Type.String(),
    date: Type.String(),
    households: Type.Array(
      Type.Object({
        householdId: Id,
        code: Type.String(),
        movedInOn: Type.String(),
        movedOutOn: Type.Union([Type.String(), Type.Null()]),
        members: Type.Array(Type.Omit(MemberView, ['joinedOn'])),
      }),
    ),
  },
  { title: 'ResidentsOn' },
)
export type ResidentsOnView = Static<typeof ResidentsOnView>

const ShareFigures = {
  /** Households with a residence open on the day. */
  movedIn: Type.Integer(),
  households: Type.Integer(),
  /** movedIn ÷ households, rounded once (half up) to 4 decimals; 0 when there are no households. */
  share: Type.Number(),
}

export const MovedInShareView = Type.Object(
  {
    nodeId: Id,
    kind: Type.Union([Type.Literal('community'), Type.Literal('grid')]),
    date: Type.String(),
    ...ShareFigures,
    /** For a community: each grid's figures (they add up to the community's with `withoutGrid`). */
    grids: Type.Array(Type.Object({ gridId: Id, name: Type.String(), ...ShareFigures })),
    /** Households of the community that have no room in any grid (never moved in nor assigned). */
    withoutGrid: Type.Integer(),
  },
  { title: 'MovedInShare' },
)
export type MovedInShareView = Static<typeof MovedInShareView>
