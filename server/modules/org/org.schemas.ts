import { Type, type Static } from '@sinclair/typebox'
import { Id, PageQuery, PageOf, Str, StrictObject, Version } from '../../platform/http/schemas.js'

export const OrgNodeKindSchema = Type.Union(
  (['district', 'street', 'park', 'community', 'grid', 'building', 'unit', 'room'] as const).map((k) =>
    Type.Literal(k),
  ),
)

export const OrgNodeView = Type.Object(
  {
    id: Id,
    parentId: Type.Union([Id, Type.Null()]),
    kind: OrgNodeKindSchema,
    code: Type.String(),
    name: Type.String(),
    depth: Type.Integer(),
    version: Type.Integer(),
    /** False for ancestors shown only so the tree has a root. */
    inScope: Type.Boolean(),
  },
  { title: 'OrgNode' },
)
export type OrgNodeView = Static<typeof OrgNodeView>

export const OrgTree = Type.Object({ nodes: Type.Array(OrgNodeView), truncated: Type.Boolean() })

export const NodeParams = StrictObject({ id: Id })

export const ChildrenQuery = StrictObject({ ...PageQuery })

export const ChildrenPage = PageOf(OrgNodeView)

export const UpdateNodeBody = StrictObject({
  version: Version,
  name: Type.Optional(Str(60, { minLength: 1 })),
  code: Type.Optional(Str(32, { minLength: 1, pattern: '^[0-9A-Za-z-]+$' })),
})
export type UpdateNodeBody = Static<typeof UpdateNodeBody>
