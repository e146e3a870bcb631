// Places of a generated community: grids and buildings (added when the community has too few),
// and the units and rooms inside each building — 6-floor walk-ups mostly, some 11–18-floor towers,
// shops on the ground floor of buildings along the road.
import type { OrgNodeKind, OrgNodeTable, RoomState, RoomUse } from '../db/index.js'
import { newId } from '../platform/ids.js'
import type { Rng } from './random.js'

export interface GridPlan {
  node: OrgNodeTable
  index: number
  buildings: BuildingPlan[]
}

export interface BuildingPlan {
  node: OrgNodeTable
  grid: GridPlan
  /** Order in the community (0-based), for walking buildings next door to each other. */
  order: number
  units: number
  floors: number
  roomsPerFloor: number
  shops: boolean
  /** The old village most of its first households came from (index into the hosted villages). */
  homeVillage: number
  rooms: RoomPlan[]
}

export interface RoomPlan {
  node: OrgNodeTable
  building: BuildingPlan
  floor: number
  use: RoomUse
  state: RoomState
}

export function childNode(
  parent: OrgNodeTable,
  kind: OrgNodeKind,
  code: string,
  name: string,
  now: number,
  extra: Partial<OrgNodeTable> = {},
): OrgNodeTable {
  const id = newId()
  return {
    id,
    parent_id: parent.id,
    kind,
    code,
    name,
    path: `${parent.path}${id}/`,
    depth: parent.depth + 1,
    community_id: kind === 'community' ? id : parent.community_id,
    version: 1,
    created_at: now,
    updated_at: now,
    boundary: null,
    address: null,
    lat: null,
    lng: null,
    floor: null,
    room_use: null,
    room_state: null,
    ...extra,
  }
}

const gridNumerals = '一二三四五六七八九十'

export function gridName(index: number): string {
  return index < 10 ? `第${gridNumerals.charAt(index)}网格` : `第${index + 1}网格`
}

const floorChoices = [5, 6, 6, 6, 6, 11, 11, 12, 17, 18] as const

/** A layout of about `target` rooms: units × floors × rooms per floor. */
export function chooseLayout(
  rng: Rng,
  target: number,
): { units: number; floors: number; roomsPerFloor: number } {
  const near: { units: number; floors: number; roomsPerFloor: number }[] = []
  let best = { units: 2, floors: 6, roomsPerFloor: 2 }
  let bestGap = Infinity
  for (const floors of floorChoices) {
    for (let units = 1; units <= 4; units++) {
      for (let roomsPerFloor = 2; roomsPerFloor <= 4; roomsPerFloor++) {
        const rooms = units * floors * roomsPerFloor
        const gap = Math.abs(rooms - target)
        if (gap <= target * 0.2) near.push({ units, floors, roomsPerFloor })
        if (gap < bestGap) {
          bestGap = gap
          best = { units, floors, roomsPerFloor }
        }
      }
    }
  }
  return near.length > 0 ? rng.pick(near) : best
}

/**
 * Adds units and rooms to the buildings (rows appended to `out`). `dwellingTarget` is about how many
 * dwellings the community needs in all; each building gets its share, give or take a quarter.
 */
export function planRooms(
  rng: Rng,
  buildings: BuildingPlan[],
  dwellingTarget: number,
  now: number,
  out: OrgNodeTable[],
): RoomPlan[] {
  const rooms: RoomPlan[] = []
  const perBuilding = Math.max(8, dwellingTarget / Math.max(1, buildings.length))
  for (const building of buildings) {
    const layout = chooseLayout(rng, perBuilding * (0.75 + rng.next() * 0.5))
    building.units = layout.units
    building.floors = layout.floors
    building.roomsPerFloor = layout.roomsPerFloor
    building.shops = layout.floors <= 6 && rng.chance(0.25)
    for (let u = 1; u <= layout.units; u++) {
      const unit = childNode(building.node, 'unit', `${building.node.code}-U${u}`, `${u}单元`, now)
      out.push(unit)
      for (let floor = 1; floor <= layout.floors; floor++) {
        for (let r = 1; r <= layout.roomsPerFloor; r++) {
          const name = `${floor}${String(r).padStart(2, '0')}`
          const use: RoomUse = building.shops && floor === 1 ? 'shop' : 'dwelling'
          const node = childNode(unit, 'room', `${unit.code}-${name}`, name, now, {
            floor,
            room_use: use,
            room_state: 'vacant',
          })
          out.push(node)
          const room: RoomPlan = { node, building, floor, use, state: 'vacant' }
          building.rooms.push(room)
          rooms.push(room)
        }
      }
    }
  }
  return rooms
}
