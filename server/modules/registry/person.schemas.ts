import { Type, type Static } from '@sinclair/typebox'
import { Id, PageOf, PageQuery, Str, StrictObject, Version } from '../../platform/http/schemas.js'

const DateText = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', maxLength: 10, description: 'YYYY-MM-DD' })
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()])

export const IdTypeSchema = Type.Union(
  (['resident_id', 'hk_macau_permit', 'taiwan_permit', 'passport', 'foreign_permanent', 'none'] as const).map(
    (k) => Type.Literal(k),
  ),
)
export const HukouSchema = Type.Union(
  (['registered', 'floating', 'other'] as const).map((k) => Type.Literal(k)),
)
export const SexSchema = Type.Union([Type.Literal('male'), Type.Literal('female')])

export const CreatePersonBody = StrictObject({
  name: Str(40, { minLength: 1 }),
  sex: Type.Optional(SexSchema),
  birthDate: Type.Optional(Nullable(DateText)),
  idType: IdTypeSchema,
  idNumber: Type.Optional(Nullable(Str(32))),
  phone: Type.Optional(Nullable(Str(24))),
  hukou: HukouSchema,
  originVillageId: Type.Optional(Nullable(Id)),
  /** Where the person lives: a room, or the community/grid node when no room is known yet. */
  placeId: Id,
  partyMember: Type.Optional(Type.Boolean()),
})
export type CreatePersonBody = Static<typeof CreatePersonBody>

export const UpdatePersonBody = StrictObject({
  version: Version,
  name: Type.Optional(Str(40, { minLength: 1 })),
  sex: Type.Optional(SexSchema),
  birthDate: Type.Optional(Nullable(DateText)),
  idType: Type.Optional(IdTypeSchema),
  idNumber: Type.Optional(Nullable(Str(32))),
  phone: Type.Optional(Nullable(Str(24))),
  hukou: Type.Optional(HukouSchema),
  originVillageId: Type.Optional(Nullable(Id)),
  partyMember: Type.Optional(Type.Boolean()),
  status: Type.Optional(
    Type.Union([Type.Literal('active'), Type.Literal('moved_away'), Type.Literal('deceased')]),
  ),
})
export type UpdatePersonBody = Static<typeof UpdatePersonBody>

export const PersonView = Type.Object(
  {
    id: Id,
    name: Type.String(),
    namePinyin: Type.String(),
    sex: SexSchema,
    birthDate: Nullable(Type.String()),
    age: Nullable(Type.Integer()),
    idType: IdTypeSchema,
    /** Masked (3208**********1234) unless the caller asked to unmask and may. */
    idNumber: Nullable(Type.String()),
    phone: Nullable(Type.String()),
    unmasked: Type.Boolean(),
    hukou: HukouSchema,
    originVillage: Nullable(Type.Object({ id: Id, name: Type.String() })),
    placeId: Id,
    address: Type.String(),
    /** The household the person belongs to now (null: none); given on single-person reads only. */
    household: Type.Optional(Nullable(Type.Object({ id: Id, code: Type.String(), relation: Type.String() }))),
    partyMember: Type.Boolean(),
    status: Type.String(),
    version: Type.Integer(),
  },
  { title: 'Person' },
)
export type PersonView = Static<typeof PersonView>

export const PersonParams = StrictObject({ id: Id })
export const PersonQuery = StrictObject({
  unmask: Type.Optional(
    Type.Boolean({ description: 'Show ID number and phone in full (needs person.unmask; audited)' }),
  ),
})

export const SearchQuery = StrictObject({
  q: Str(40, {
    minLength: 1,
    description: 'Name, pinyin (zhangsan), initials (zs), or the last 4 of an ID or phone',
  }),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 20 })),
})

export const SearchResult = Type.Object({
  items: Type.Array(PersonView),
  /** How the text was read: name, pinyin, initials, or tail. */
  matchedBy: Type.Array(Type.String()),
})

export const NodePersonsQuery = StrictObject({ ...PageQuery })
export const PersonPage = PageOf(PersonView)
