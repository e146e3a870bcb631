// Facilities and the place attributes of nodes, pure: the categories of the service centre
// ("5+3+1+N") and of public works as data, the life of a facility, and the checks on coordinates
// and grid boundaries (GeoJSON) that places and facilities share.
import type { FacilityTable, OrgNodeKind } from '../../db/schema.js'

export const facilityGroups = {
  service_centre: { zh: '党群服务中心功能室' },
  public_works: { zh: '公共设施' },
  other: { zh: '其他' },
} as const
export type FacilityGroup = keyof typeof facilityGroups

interface CategoryRule {
  zh: string
  group: FacilityGroup
}

/** Category codes: adding one is a line here (and nothing else). */
export const facilityCategories = {
  service_hall: { zh: '一站式服务大厅', group: 'service_centre' },
  civilisation_practice: { zh: '新时代文明实践站', group: 'service_centre' },
  party_activity_room: { zh: '党员活动室', group: 'service_centre' },
  consultation_room: { zh: '议事室', group: 'service_centre' },
  recreation_room: { zh: '文体活动室', group: 'service_centre' },
  elderly_day_care: { zh: '日间照料中心', group: 'service_centre' },
  reading_room: { zh: '阅览室', group: 'service_centre' },
  other_room: { zh: '其他功能室', group: 'service_centre' },
  street_lamp: { zh: '路灯', group: 'public_works' },
  pipe_network: { zh: '管网', group: 'public_works' },
  parking_space: { zh: '停车位', group: 'public_works' },
  ev_charger: { zh: '充电桩', group: 'public_works' },
  fitness_equipment: { zh: '健身器材', group: 'public_works' },
  waste_station: { zh: '垃圾分类投放点', group: 'public_works' },
  surveillance_camera: { zh: '监控探头', group: 'public_works' },
  other: { zh: '其他设施', group: 'other' },
} as const satisfies Record<string, CategoryRule>
export type FacilityCategory = keyof typeof facilityCategories
export const facilityCategoryCodes = Object.keys(facilityCategories) as FacilityCategory[]

export function isFacilityCategory(value: string): value is FacilityCategory {
  return Object.hasOwn(facilityCategories, value)
}

export type FacilityState = FacilityTable['state']
export const facilityStates = ['in_service', 'faulty', 'retired'] as const satisfies readonly FacilityState[]

export const facilityStateZh: Record<FacilityState, string> = {
  in_service: '在用',
  faulty: '故障',
  retired: '已报废',
}

/** A facility goes faulty and is repaired any number of times; retiring it is final. */
export const facilityStateTransitions: Record<FacilityState, readonly FacilityState[]> = {
  in_service: ['faulty', 'retired'],
  faulty: ['in_service', 'retired'],
  retired: [],
}

export function canChangeFacilityState(from: FacilityState, to: FacilityState): boolean {
  return from === to || facilityStateTransitions[from].includes(to)
}

/** Facilities sit at the community itself, a grid or a building (rooms are homes and shops). */
export const facilityNodeKinds: readonly OrgNodeKind[] = ['community', 'grid', 'building']

export interface PlaceProblem {
  field: string
  en: string
  zh: string
}

/** Latitude and longitude come together (WGS-84 degrees) or not at all. */
export function checkLatLng(lat: number | null, lng: number | null): PlaceProblem | null {
  if ((lat === null) !== (lng === null))
    return {
      field: lat === null ? 'lat' : 'lng',
      en: 'lat and lng come together',
      zh: '经度和纬度须同时填写',
    }
  if (lat !== null && (!Number.isFinite(lat) || lat < -90 || lat > 90))
    return { field: 'lat', en: 'latitude must be between -90 and 90', zh: '纬度应在 -90 到 90 之间' }
  if (lng !== null && (!Number.isFinite(lng) || lng < -180 || lng > 180))
    return { field: 'lng', en: 'longitude must be between -180 and 180', zh: '经度应在 -180 到 180 之间' }
  return null
}

// ---- Grid boundaries (GeoJSON Polygon / MultiPolygon) ----------------------------------------

export const MAX_BOUNDARY_POINTS = 10_000

export type Position = number[]
export type Ring = Position[]
export type Boundary =
  { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] }

function isNumberArray(value: unknown): value is number[] {
  return Array.isArray(value) && value.every((n) => typeof n === 'number')
}

/**
 * Checks a boundary structurally: a Polygon or MultiPolygon whose rings are closed (first point =
 * last point), have at least four positions of [lng, lat] (an optional third number, the height,
 * is allowed) within range, and together hold at most MAX_BOUNDARY_POINTS positions.
 */
export function checkBoundary(value: unknown): PlaceProblem | null {
  const bad = (field: string, en: string, zh: string): PlaceProblem => ({ field, en, zh })
  if (typeof value !== 'object' || value === null)
    return bad('boundary', 'must be a GeoJSON Polygon or MultiPolygon', '边界须为 GeoJSON 多边形')
  const { type, coordinates } = value as { type?: unknown; coordinates?: unknown }
  if (type !== 'Polygon' && type !== 'MultiPolygon')
    return bad(
      'boundary/type',
      'type must be Polygon or MultiPolygon',
      '边界类型须为 Polygon 或 MultiPolygon',
    )
  if (!Array.isArray(coordinates) || coordinates.length === 0)
    return bad('boundary/coordinates', 'coordinates must be a non-empty array', '边界坐标不能为空')
  const polygons: unknown[] = type === 'Polygon' ? [coordinates] : coordinates
  let points = 0
  for (const [p, polygon] of polygons.entries()) {
    const at = type === 'Polygon' ? 'boundary/coordinates' : `boundary/coordinates/${p}`
    if (!Array.isArray(polygon) || polygon.length === 0)
      return bad(at, 'a polygon needs at least one ring', '每个多边形至少要有一个环')
    for (const [r, ring] of polygon.entries()) {
      const ringAt = `${at}/${r}`
      const label = type === 'Polygon' ? `第 ${r + 1} 个环` : `第 ${p + 1} 个多边形的第 ${r + 1} 个环`
      if (!Array.isArray(ring))
        return bad(ringAt, 'a ring must be an array of positions', `${label}须为坐标数组`)
      points += ring.length
      if (points > MAX_BOUNDARY_POINTS)
        return bad(
          'boundary/coordinates',
          `a boundary may hold at most ${MAX_BOUNDARY_POINTS} points`,
          `边界最多 ${MAX_BOUNDARY_POINTS} 个坐标点`,
        )
      for (const [i, position] of ring.entries()) {
        if (!isNumberArray(position) || position.length < 2 || position.length > 3)
          return bad(
            `${ringAt}/${i}`,
            'a position is [lng, lat] numbers',
            `${label}的第 ${i + 1} 个点须为 [经度, 纬度] 数字`,
          )
        const [lng = Number.NaN, lat = Number.NaN] = position
        if (!position.every(Number.isFinite) || lng < -180 || lng > 180 || lat < -90 || lat > 90)
          return bad(
            `${ringAt}/${i}`,
            'longitude or latitude out of range',
            `${label}的第 ${i + 1} 个点经纬度超出范围`,
          )
      }
      if (ring.length < 4)
        return bad(ringAt, 'a ring needs at least 4 positions', `${label}至少需要 4 个点（首尾相同）`)
      const first = ring[0] as number[]
      const last = ring[ring.length - 1] as number[]
      if (first.length !== last.length || first.some((n, i) => n !== last[i]))
        return bad(
          ringAt,
          'the ring is not closed (its first and last positions differ)',
          `${label}未闭合（首尾坐标须相同）`,
        )
    }
  }
  return null
}

/** Points in a boundary, for audit summaries (the geometry itself is not copied into the log). */
export function boundaryPointCount(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0
  const { type, coordinates } = value as { type?: unknown; coordinates?: unknown }
  if (!Array.isArray(coordinates)) return 0
  const polygons: unknown[] = type === 'Polygon' ? [coordinates] : type === 'MultiPolygon' ? coordinates : []
  let points = 0
  for (const polygon of polygons)
    if (Array.isArray(polygon)) for (const ring of polygon) if (Array.isArray(ring)) points += ring.length
  return points
}

// ---- Place attributes of org nodes -----------------------------------------------------------

/** Which node kinds carry which place attribute (anything else is refused, not silently kept). */
export const placeFieldKinds = {
  boundary: ['grid'],
  address: ['community', 'grid', 'building', 'unit', 'room'],
  lat: ['community', 'grid', 'building', 'unit', 'room'],
  lng: ['community', 'grid', 'building', 'unit', 'room'],
  floor: ['room'],
  roomUse: ['room'],
  roomState: ['room'],
} as const satisfies Record<string, readonly OrgNodeKind[]>
export type PlaceField = keyof typeof placeFieldKinds

const placeFieldZh: Record<PlaceField, string> = {
  boundary: '边界',
  address: '地址',
  lat: '纬度',
  lng: '经度',
  floor: '楼层',
  roomUse: '房屋用途',
  roomState: '房屋状态',
}

/** The first place attribute that a node of `kind` cannot carry, among those given a value. */
export function checkPlaceFields(kind: OrgNodeKind, given: readonly PlaceField[]): PlaceProblem | null {
  for (const field of given) {
    const kinds: readonly OrgNodeKind[] = placeFieldKinds[field]
    if (!kinds.includes(kind))
      return {
        field,
        en: `a ${kind} has no ${field}`,
        zh: `该类型节点不能设置${placeFieldZh[field]}`,
      }
  }
  return null
}
