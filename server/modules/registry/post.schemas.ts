import { Type, type Static } from '@sinclair/typebox'
import { roles } from '../../platform/access.js'
import { Id, PageOf, PageQuery, Str, StrictObject, Version } from '../../platform/http/schemas.js'
import { MAX_DUTIES, MAX_DUTY_LENGTH, postTypeNames } from './post.domain.js'
import { Day, Nullable, PersonRef } from './tag.schemas.js'

export const PostTypeSchema = Type.Union(
  postTypeNames.map((t) => Type.Literal(t)),
  { description: 'Post types, where each may sit and the role each grants: see post.domain.ts' },
)

export const PostPlaceKindSchema = Type.Union(
  (['district', 'street', 'park', 'community', 'grid', 'building', 'unit', 'room', 'village'] as const).map(
    (k) => Type.Literal(k),
  ),
)

export const PostView = Type.Object(
  {
    id: Id,
    person: PersonRef,
    postType: PostTypeSchema,
    postTypeZh: Type.String(),
    place: Type.Object({ kind: PostPlaceKindSchema, id: Id, name: Type.String() }),
    title: Type.String(),
    duties: Type.Array(Type.String()),
    /** The role the post grants to a holder with an account (null: none). */
    role: Nullable(Type.Union(roles.map((r) => Type.Literal(r)))),
    userId: Nullable(Id),
    /** True while the holder's access on the place rests on a grant this post made. */
    granted: Type.Boolean(),
    startedOn: Nullable(Type.String()),
    endedOn: Nullable(Type.String()),
    version: Type.Integer(),
  },
  { title: 'Post' },
)
export type PostView = Static<typeof PostView>

const Duty = Str(MAX_DUTY_LENGTH, { minLength: 1 })

export const AppointPostBody = StrictObject(
  {
    personId: Id,
    postType: PostTypeSchema,
    /** Exactly one of nodeId (org node) and villageId (village posts). */
    nodeId: Type.Optional(Id),
    villageId: Type.Optional(Id),
    /** Defaults to the place's name and the post's Chinese name (第二网格网格员). */
    title: Type.Optional(Str(60, { minLength: 1 })),
    /** 岗位职责; defaults to the post type's list. */
    duties: Type.Optional(Type.Array(Duty, { maxItems: MAX_DUTIES })),
    startedOn: Type.Optional(Day),
    /** The holder's user account: the post's role is granted to it on the post's place. */
    userId: Type.Optional(Id),
  },
  { description: 'Send exactly one of nodeId and villageId' },
)
export type AppointPostBody = Static<typeof AppointPostBody>

export const EndPostBody = StrictObject({
  /** Defaults to today; not after today. */
  endedOn: Type.Optional(Day),
  version: Version,
})
export type EndPostBody = Static<typeof EndPostBody>

export const PostParams = StrictObject({ id: Id })

export const PersonPostsQuery = StrictObject({
  includeEnded: Type.Optional(Type.Boolean({ description: 'Also ended posts (default: open ones only)' })),
})

export const PostList = Type.Object({ items: Type.Array(PostView) })

export const PostHolderView = Type.Object(
  {
    person: PersonRef,
    /** All of the person's open posts, wherever they are: the cross-appointment at a glance. */
    posts: Type.Array(PostView),
  },
  { title: 'PostHolder' },
)
export type PostHolderView = Static<typeof PostHolderView>

export const NodePostsQuery = StrictObject({ ...PageQuery })

export const PostHolderPage = PageOf(PostHolderView)
