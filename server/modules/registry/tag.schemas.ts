import { Type, type Static, type TSchema } from '@sinclair/typebox'
import { Id, PageOf, PageQuery, Str, StrictObject, Version } from '../../platform/http/schemas.js'
import { careTags, restrictedTags } from './person.domain.js'

/** A calendar day, YYYY-MM-DD (a real date: 2026-02-30 is refused). */
export const Day = Str(10, { format: 'date', description: 'Calendar day YYYY-MM-DD' })

export function Nullable<T extends TSchema>(schema: T) {
  return Type.Union([schema, Type.Null()])
}

export const PersonTagNameSchema = Type.Union(
  [...careTags, ...restrictedTags].map((t) => Type.Literal(t)),
  { description: 'Care tags anyone with person.update may add; restricted ones need person.restricted.read' },
)
export const CareTagSchema = Type.Union(
  careTags.map((t) => Type.Literal(t)),
  { description: 'Restricted tags are listed per person only, never by node' },
)

export const PersonRef = Type.Object({ id: Id, name: Type.String() })

export const PersonTagView = Type.Object(
  {
    id: Id,
    personId: Id,
    tag: PersonTagNameSchema,
    tagZh: Type.String(),
    restricted: Type.Boolean(),
    /** The cadre who looks after this person for this tag. */
    responsible: Nullable(PersonRef),
    sinceOn: Nullable(Type.String()),
    untilOn: Nullable(Type.String()),
    note: Nullable(Type.String()),
    version: Type.Integer(),
  },
  { title: 'PersonTag' },
)
export type PersonTagView = Static<typeof PersonTagView>

export const PersonTagList = Type.Object({ items: Type.Array(PersonTagView) })

export const PersonParams = StrictObject({ id: Id })
export const TagParams = StrictObject({ id: Id })
export const NodeIdParams = StrictObject({ id: Id })

export const PersonTagsQuery = StrictObject({
  includeEnded: Type.Optional(Type.Boolean({ description: 'Also ended tags (default: open ones only)' })),
})

export const AddTagBody = StrictObject({
  tag: PersonTagNameSchema,
  responsiblePersonId: Type.Optional(Nullable(Id)),
  sinceOn: Type.Optional(Day),
  note: Type.Optional(Nullable(Str(200))),
})
export type AddTagBody = Static<typeof AddTagBody>

export const EndTagBody = StrictObject({ untilOn: Day, version: Version })
export type EndTagBody = Static<typeof EndTagBody>

export const TaggedQuery = StrictObject({ ...PageQuery, tag: CareTagSchema })

export const TaggedPersonView = Type.Object(
  {
    tagId: Id,
    tag: PersonTagNameSchema,
    tagZh: Type.String(),
    sinceOn: Nullable(Type.String()),
    note: Nullable(Type.String()),
    person: Type.Object({
      id: Id,
      name: Type.String(),
      sex: Type.Union([Type.Literal('male'), Type.Literal('female')]),
      birthDate: Nullable(Type.String()),
      /** Name of the node the person lives at (a room, or a larger node when no room is known). */
      placeName: Nullable(Type.String()),
    }),
    responsible: Nullable(PersonRef),
  },
  { title: 'TaggedPerson' },
)
export type TaggedPersonView = Static<typeof TaggedPersonView>

export const TaggedPage = PageOf(TaggedPersonView)
