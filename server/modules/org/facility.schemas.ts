import { Type, type Static } from '@sinclair/typebox'
import { EpochMs, Id, PageOf, PageQuery, Str, StrictObject, Version } from '../../platform/http/schemas.js'
import { facilityCategoryCodes, facilityStates } from './facility.domain.js'

export const FacilityCategorySchema = Type.Union(facilityCategoryCodes.map((c) => Type.Literal(c)))
export const FacilityStateSchema = Type.Union(facilityStates.map((s) => Type.Literal(s)))

const Lat = Type.Number({ minimum: -90, maximum: 90 })
const Lng = Type.Number({ minimum: -180, maximum: 180 })
const FacilityCode = Str(40, { minLength: 1, pattern: '^[0-9A-Za-z_-]+$' })
const FacilityName = Str(60, { minLength: 1, pattern: '\\S' })

export const FacilityView = Type.Object(
  {
    id: Id,
    nodeId: Id,
    nodeName: Type.String(),
    category: FacilityCategorySchema,
    /** 一站式服务大厅, 路灯 … */
    categoryName: Type.String(),
    group: Type.String(),
    code: Type.String(),
    name: Type.String(),
    state: FacilityStateSchema,
    stateName: Type.String(),
    location: Type.Union([Type.String(), Type.Null()]),
    lat: Type.Union([Type.Number(), Type.Null()]),
    lng: Type.Union([Type.Number(), Type.Null()]),
    version: Type.Integer(),
    createdAt: EpochMs,
    updatedAt: EpochMs,
  },
  { title: 'Facility' },
)
export type FacilityView = Static<typeof FacilityView>

export const CreateFacilityBody = StrictObject({
  /** The community, grid or building the facility belongs to. */
  nodeId: Id,
  category: FacilityCategorySchema,
  /** Unique across the installation (e.g. ZM-LD-001). */
  code: FacilityCode,
  name: FacilityName,
  /** Defaults to in_service. */
  state: Type.Optional(FacilityStateSchema),
  location: Type.Optional(Type.Union([Str(200), Type.Null()])),
  lat: Type.Optional(Type.Union([Lat, Type.Null()])),
  lng: Type.Optional(Type.Union([Lng, Type.Null()])),
})
export type CreateFacilityBody = Static<typeof CreateFacilityBody>

export const UpdateFacilityBody = StrictObject({
  version: Version,
  category: Type.Optional(FacilityCategorySchema),
  code: Type.Optional(FacilityCode),
  name: Type.Optional(FacilityName),
  state: Type.Optional(FacilityStateSchema),
  location: Type.Optional(Type.Union([Str(200), Type.Null()])),
  lat: Type.Optional(Type.Union([Lat, Type.Null()])),
  lng: Type.Optional(Type.Union([Lng, Type.Null()])),
})
export type UpdateFacilityBody = Static<typeof UpdateFacilityBody>

export const FacilityParams = StrictObject({ id: Id })

export const FacilityListQuery = StrictObject({
  ...PageQuery,
  category: Type.Optional(FacilityCategorySchema),
  state: Type.Optional(FacilityStateSchema),
})
export type FacilityListQuery = Static<typeof FacilityListQuery>

export const FacilityPage = PageOf(FacilityView)
