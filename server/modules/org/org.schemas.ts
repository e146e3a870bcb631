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

// ---- Creating nodes and their place attributes (addresses, coordinates, rooms, grid boundaries) ----

export const RoomUseSchema = Type.Union([Type.Literal('dwelling'), Type.Literal('shop')])
export const RoomStateSchema = Type.Union(
  (['occupied', 'vacant', 'rented', 'renovating'] as const).map((s) => Type.Literal(s)),
)

/**
 * GeoJSON Polygon or MultiPolygon. The schema bounds the nesting and sizes; the rules (closed rings,
 * positions of [lng, lat], at most 10,000 points in all) are checked by facility.domain.ts
 * `checkBoundary`, which names the ring at fault.
 */
export const BoundarySchema = StrictObject(
  {
    type: Type.Union([Type.Literal('Polygon'), Type.Literal('MultiPolygon')]),
    coordinates: Type.Array(
      Type.Array(
        Type.Array(Type.Union([Type.Number(), Type.Array(Type.Number(), { maxItems: 3 })]), {
          maxItems: 10_000,
        }),
        { maxItems: 10_000 },
      ),
      { minItems: 1, maxItems: 1000 },
    ),
  },
  { title: 'GeoJsonBoundary' },
)

const Lat = Type.Number({ minimum: -90, maximum: 90 })
const Lng = Type.Number({ minimum: -180, maximum: 180 })
const Floor = Type.Integer({ minimum: -10, maximum: 300 })

export const CreateNodeBody = StrictObject({
  parentId: Id,
  kind: OrgNodeKindSchema,
  code: Str(32, { minLength: 1, pattern: '^[0-9A-Za-z-]+$' }),
  name: Str(60, { minLength: 1, pattern: '\\S' }),
  address: Type.Optional(Type.Union([Str(200), Type.Null()])),
  lat: Type.Optional(Type.Union([Lat, Type.Null()])),
  lng: Type.Optional(Type.Union([Lng, Type.Null()])),
  floor: Type.Optional(Type.Union([Floor, Type.Null()])),
  roomUse: Type.Optional(Type.Union([RoomUseSchema, Type.Null()])),
  roomState: Type.Optional(Type.Union([RoomStateSchema, Type.Null()])),
  boundary: Type.Optional(Type.Union([BoundarySchema, Type.Null()])),
})
export type CreateNodeBody = Static<typeof CreateNodeBody>

export const UpdatePlaceBody = StrictObject({
  version: Version,
  address: Type.Optional(Type.Union([Str(200), Type.Null()])),
  lat: Type.Optional(Type.Union([Lat, Type.Null()])),
  lng: Type.Optional(Type.Union([Lng, Type.Null()])),
  floor: Type.Optional(Type.Union([Floor, Type.Null()])),
  roomUse: Type.Optional(Type.Union([RoomUseSchema, Type.Null()])),
  roomState: Type.Optional(Type.Union([RoomStateSchema, Type.Null()])),
  boundary: Type.Optional(Type.Union([BoundarySchema, Type.Null()])),
})
export type UpdatePlaceBody = Static<typeof UpdatePlaceBody>

export const OrgPlaceView = Type.Object(
  {
    ...OrgNodeView.properties,
    address: Type.Union([Type.String(), Type.Null()]),
    lat: Type.Union([Type.Number(), Type.Null()]),
    lng: Type.Union([Type.Number(), Type.Null()]),
    floor: Type.Union([Type.Integer(), Type.Null()]),
    roomUse: Type.Union([RoomUseSchema, Type.Null()]),
    roomState: Type.Union([RoomStateSchema, Type.Null()]),
    boundary: Type.Union([
      Type.Object({
        type: Type.Union([Type.Literal('Polygon'), Type.Literal('MultiPolygon')]),
        coordinates: Type.Array(Type.Unknown()),
      }),
      Type.Null(),
    ]),
  },
  { title: 'OrgPlace' },
)
export type OrgPlaceView = Static<typeof OrgPlaceView>
