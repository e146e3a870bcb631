import { Type, type Static } from '@sinclair/typebox'
import { Id, PageOf, PageQuery, StrictObject } from '../../platform/http/schemas.js'
import { contactKinds } from './contact.domain.js'
import { Day, Nullable, PersonRef } from './tag.schemas.js'

export const ContactKindSchema = Type.Union(contactKinds.map((k) => Type.Literal(k)))

export const HouseholdRef = Type.Object({
  id: Id,
  code: Type.String(),
  /** "1号楼1单元101" when the household has a room. */
  address: Nullable(Type.String()),
  headName: Nullable(Type.String()),
})

export const ContactView = Type.Object(
  {
    id: Id,
    kind: ContactKindSchema,
    kindZh: Type.String(),
    from: PersonRef,
    /** The party member a building leader links (leader_member). */
    toPerson: Nullable(PersonRef),
    /** The household a party member links (member_household). */
    toHousehold: Nullable(HouseholdRef),
    sinceOn: Nullable(Type.String()),
    untilOn: Nullable(Type.String()),
  },
  { title: 'Contact' },
)
export type ContactView = Static<typeof ContactView>

export const LinkBody = StrictObject(
  {
    kind: ContactKindSchema,
    /** leader_member: a holder of an open building_leader post; member_household: a party member. */
    fromPersonId: Id,
    /** leader_member only: the party member. */
    toPersonId: Type.Optional(Id),
    /** member_household only: the household. */
    toHouseholdId: Type.Optional(Id),
    /** Defaults to today; not after today. */
    sinceOn: Type.Optional(Day),
  },
  {
    description:
      'leader_member: building leader → party member (send toPersonId); member_household: party member → household (send toHouseholdId)',
  },
)
export type LinkBody = Static<typeof LinkBody>

export const UnlinkBody = StrictObject({
  /** Defaults to today; not after today. */
  untilOn: Type.Optional(Day),
})
export type UnlinkBody = Static<typeof UnlinkBody>

export const ContactParams = StrictObject({ id: Id })

export const ContactList = Type.Object({ items: Type.Array(ContactView) })

const TargetFigures = Type.Object({
  /** Persons counted (party members living under the node; holders of a building-leader post there). */
  total: Type.Integer(),
  /** Linked to exactly the target number. */
  onTarget: Type.Integer(),
  offTarget: Type.Integer(),
  target: Type.Integer(),
})

export const CoverageView = Type.Object(
  {
    node: Type.Object({ id: Id, kind: Type.String(), name: Type.String() }),
    households: Type.Object({
      total: Type.Integer(),
      /** With at least one open link from a party member. */
      covered: Type.Integer(),
      uncovered: Type.Integer(),
      /** covered / total, 4 decimal places, rounded once; null when there are no households. */
      share: Nullable(Type.String({ pattern: '^\\d\\.\\d{4}$' })),
    }),
    /** Party members and their households (target 10 each). */
    members: TargetFigures,
    /** Building leaders and their party members (target 5 each). */
    leaders: TargetFigures,
  },
  { title: 'Coverage' },
)
export type CoverageView = Static<typeof CoverageView>

export const CoveragePageQuery = StrictObject({ ...PageQuery })

export const UncoveredHouseholdPage = PageOf(HouseholdRef)

export const LinkCountView = Type.Object({
  person: PersonRef,
  /** Open links: households for a member, members for a building leader. */
  links: Type.Integer(),
  target: Type.Integer(),
})
export type LinkCountView = Static<typeof LinkCountView>

export const LinkCountPage = PageOf(LinkCountView)
