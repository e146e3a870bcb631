// Facilities of a generated community: the service centre's rooms ("5+3+1+N"), street lamps, the
// pipes of each building, parking and charging sheds — what the red butlers (红管家) look after.
// Also places buildings and grids on the map around a point in Huai'an.
import type { FacilityTable, OrgNodeTable } from '../db/index.js'
import type { facilityCategories } from '../modules/org/index.js'
import { newId } from '../platform/ids.js'
import type { CommunityPlan } from './community.js'
import type { Rng } from './random.js'

type Category = keyof typeof facilityCategories

/** The service centre: 5 core rooms + 3 for care + 1 red-butler station + N more. */
const serviceRooms: readonly (readonly [Category, string])[] = [
  ['service_hall', '一站式服务大厅'],
  ['civilisation_practice', '新时代文明实践站'],
  ['party_activity_room', '党员活动室'],
  ['consultation_room', '协商议事室'],
  ['recreation_room', '文体活动室'],
  ['elderly_day_care', '日间照料中心'],
  ['other_room', '儿童之家'],
  ['reading_room', '图书阅览室'],
  ['other_room', '红色物业服务站'],
  ['other_room', '人民调解室'],
  ['other_room', '退役军人服务站'],
  ['other_room', '心理咨询室'],
  ['other_room', '网格化服务管理工作站'],
]

const pipes = ['供水管道', '燃气管道', '雨污管道'] as const

/** Huai'an Industrial Park, roughly: communities are scattered a few kilometres around it. */
const HUAIAN = { lat: 33.552, lng: 119.056 }

export function communityCentre(rng: Rng): { lat: number; lng: number } {
  return { lat: HUAIAN.lat + (rng.next() - 0.5) * 0.16, lng: HUAIAN.lng + (rng.next() - 0.5) * 0.2 }
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6

/**
 * Puts buildings on a grid-shaped map around the centre (rows of buildings, grids side by side),
 * gives each building its standard address and each grid a rectangular boundary.
 */
export function placeOnMap(
  plan: CommunityPlan,
  centre: { lat: number; lng: number },
  addressPrefix: string,
): void {
  const step = { lat: 0.0006, lng: 0.0008 }
  plan.grids.forEach((grid, g) => {
    const originLng = centre.lng + (g - plan.grids.length / 2) * step.lng * 4
    let minLat = Infinity
    let maxLat = -Infinity
    grid.buildings.forEach((b, i) => {
      b.node.lat = round6(centre.lat + (Math.floor(i / 3) - 2) * step.lat)
      b.node.lng = round6(originLng + (i % 3) * step.lng)
      b.node.address = `${addressPrefix}${plan.community.name}${b.node.name}`
      minLat = Math.min(minLat, b.node.lat)
      maxLat = Math.max(maxLat, b.node.lat)
    })
    if (grid.buildings.length === 0) return
    const west = round6(originLng - step.lng / 2)
    const east = round6(originLng + 2.5 * step.lng)
    const south = round6(minLat - step.lat / 2)
    const north = round6(maxLat + step.lat / 2)
    grid.node.boundary = {
      type: 'Polygon',
      coordinates: [
        [
          [west, south],
          [east, south],
          [east, north],
          [west, north],
          [west, south],
        ],
      ],
    }
  })
}

export function planFacilities(plan: CommunityPlan): FacilityTable[] {
  const { rng, now, community } = plan
  const rows: FacilityTable[] = []
  let seq = 0
  const add = (
    node: OrgNodeTable,
    category: Category,
    name: string,
    location: string | null,
    near?: OrgNodeTable,
  ) => {
    seq++
    const draw = rng.next()
    rows.push({
      id: newId(),
      community_id: community.id,
      node_id: node.id,
      path: node.path,
      category,
      code: `${community.code}-F${String(seq).padStart(4, '0')}`,
      name,
      state: draw < 0.05 ? 'faulty' : draw < 0.07 ? 'retired' : 'in_service',
      location,
      lat: near?.lat == null ? null : round6(near.lat + (rng.next() - 0.5) * 0.0004),
      lng: near?.lng == null ? null : round6(near.lng + (rng.next() - 0.5) * 0.0004),
      version: 1,
      created_at: now,
      updated_at: now,
    })
  }
  serviceRooms.forEach(([category, name], i) => {
    add(community, category, name, `社区党群服务中心${i < 5 ? '一' : '二'}楼`)
  })
  let lamp = 0
  for (const grid of plan.grids) {
    for (const b of grid.buildings) {
      for (const side of ['东侧', '西侧']) {
        lamp++
        add(
          grid.node,
          'street_lamp',
          `路灯${String(lamp).padStart(3, '0')}号`,
          `${b.node.name}${side}`,
          b.node,
        )
      }
      for (const pipe of pipes) add(b.node, 'pipe_network', `${b.node.name}${pipe}`, b.node.name, b.node)
      if (rng.chance(0.5))
        add(b.node, 'waste_station', `${b.node.name}垃圾分类投放点`, `${b.node.name}北侧`, b.node)
      if (rng.chance(0.6))
        add(b.node, 'surveillance_camera', `${b.node.name}单元门监控`, `${b.node.name}1单元门口`, b.node)
    }
    const first = grid.buildings[0]?.node
    add(
      grid.node,
      'parking_space',
      `${grid.node.name}停车场（${rng.int(40, 160)}个车位）`,
      first ? `${first.name}北侧` : null,
      first,
    )
    if (rng.chance(0.7))
      add(
        grid.node,
        'ev_charger',
        `${grid.node.name}电动车充电棚（${rng.int(10, 40)}个充电口）`,
        first ? `${first.name}南侧` : null,
        first,
      )
    if (rng.chance(0.6))
      add(
        grid.node,
        'fitness_equipment',
        `${grid.node.name}健身广场器材`,
        first ? `${first.name}西侧` : null,
        first,
      )
  }
  return rows
}
