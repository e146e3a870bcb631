// One community planned in memory, ready to write: the places it lacks (grids, buildings, units,
// rooms), households and their residence history, persons as rows (pinyin keys from nameKeys(),
// identifiers hashed, tailed and sealed with the installation's keys), the fused network, tags and
// facilities. No database here: the same inputs and seed give the same community.
import type {
  ContactTable,
  FacilityTable,
  HouseholdMemberTable,
  HouseholdTable,
  OrgNodeTable,
  OrgUnitTable,
  PersonTable,
  PersonTagTable,
  PostTable,
  ResidenceTable,
} from '../db/index.js'
import { newId } from '../platform/ids.js'
import { identifierTail, seal, type PiiKeys } from '../platform/pii.js'
import { localDate } from '../platform/time.js'
import { nameKeys } from '../modules/registry/index.js'
import {
  assignHomeVillages,
  planResidents,
  villageSchedule,
  type CommunityPlan,
  type VillageRef,
} from './community.js'
import { yearOf } from './dates.js'
import { communityCentre, placeOnMap, planFacilities } from './facilities.js'
import type { HouseholdContext, HouseholdPlan } from './households.js'
import type { IdentifierRegistry } from './identifiers.js'
import { villageSurnames } from './names.js'
import { planNetwork, type NamedHolder, type NamedPeople } from './network.js'
import { childNode, gridName, planRooms, type BuildingPlan, type GridPlan } from './places.js'
import { hashSeed, Rng } from './random.js'
import { planTags } from './tags.js'

export interface CommunityOptions {
  /** About how many people should live there (active residents; person rows are a few more). */
  residents: number
  seed: number
  /** The old villages whose people were resettled here, in the order they moved in. */
  villages: readonly VillageRef[]
  /** Relative sizes of the villages (default: decreasing a little in order). */
  villageWeights?: number[]
  /** Per village: does this community create its posts (secretary, chair, accountant)? Default yes. */
  villagePosts?: boolean[]
  /** Grids wanted; missing ones are added. Default: what the community has, at least 3. */
  grids?: number
  /** Buildings wanted in all; missing ones are added, numbered on. Default: about 35 households each. */
  buildings?: number
  /** Year the first village moved in (default: 8 years before today). */
  firstYear?: number
  /** Share of adults who are party members before cadres and leaders (default 0.04). */
  partyRate?: number
  named?: NamedPeople
  today?: string
  now?: number
  /** Address before the community name, e.g. 淮安市清江浦区淮安工业园区. */
  addressPrefix?: string
}

export interface CommunityStats {
  communityId: string
  code: string
  name: string
  grids: number
  buildings: number
  units: number
  rooms: number
  /** Households living in the community now / ever (including those that moved away). */
  households: number
  householdsEver: number
  /** Person rows / of whom living there now. */
  persons: number
  residents: number
  partyMembers: number
  tags: number
  restrictedTags: number
  posts: number
  orgUnits: number
  contacts: { leaderMember: number; memberHousehold: number }
  facilities: number
  coverage: {
    /** Households living here now, and how many a party member links. */
    households: number
    covered: number
    uncovered: number
    /** Party members linking more than ten households, leaders linking fewer than five members. */
    membersOverTen: number
    leadersUnderFive: number
  }
  rows: number
  /** Milliseconds spent planning in memory (including sealing) and writing to the database. */
  timings: { planMs: number; writeMs: number }
}

export interface GeneratedCommunity {
  stats: CommunityStats
  /** The named people (demo accounts) and their post ids. */
  named: Record<string, NamedHolder>
}

/** What the database already holds for the community. */
export interface LoadedCommunity {
  community: OrgNodeTable
  /** The street office or park above it. */
  parent: OrgNodeTable
  grids: OrgNodeTable[]
  buildings: OrgNodeTable[]
  /** Buildings that already have units (left as they are). */
  occupied: Set<string>
  /** Households already registered in the community (codes continue after them). */
  households: number
}

export interface PlannedCommunity {
  community: OrgNodeTable
  stats: CommunityStats
  named: Record<string, NamedHolder>
  /** Org nodes to insert, and existing grids and buildings whose place attributes were filled in. */
  newNodes: OrgNodeTable[]
  touched: OrgNodeTable[]
  villages: VillageRef[]
  persons: PersonTable[]
  households: HouseholdTable[]
  members: HouseholdMemberTable[]
  residences: ResidenceTable[]
  units: OrgUnitTable[]
  posts: PostTable[]
  tags: PersonTagTable[]
  contacts: ContactTable[]
  facilities: FacilityTable[]
}

type NameKeys = ReturnType<typeof nameKeys>

const nameKeyCache = new Map<string, NameKeys>()

function keysOf(name: string): NameKeys {
  let keys = nameKeyCache.get(name)
  if (!keys) {
    if (nameKeyCache.size > 400_000) nameKeyCache.clear()
    keys = nameKeys(name)
    nameKeyCache.set(name, keys)
  }
  return keys
}

function buildingNumber(node: OrgNodeTable): number {
  const m = /-B(\d+)$/.exec(node.code)
  return m ? Number(m[1]) : 0
}

export function planCommunity(
  loaded: LoadedCommunity,
  options: CommunityOptions,
  ids: IdentifierRegistry,
  pii: PiiKeys,
): PlannedCommunity {
  const started = performance.now()
  const now = options.now ?? Date.now()
  const today = options.today ?? localDate(now)
  const { community } = loaded
  const rng = new Rng(hashSeed(options.seed, community.code))
  const newNodes: OrgNodeTable[] = []
  const touched: OrgNodeTable[] = []

  // Grids and buildings: keep what exists, add what is missing.
  const gridCount = Math.max(options.grids ?? 0, loaded.grids.length, 1)
  const grids: GridPlan[] = []
  for (let g = 0; g < gridCount; g++) {
    let node = loaded.grids[g]
    if (!node) {
      node = childNode(community, 'grid', `${community.code}-G${g + 1}`, gridName(g), now)
      newNodes.push(node)
    } else {
      touched.push(node)
    }
    grids.push({ node, index: g, buildings: [] })
  }
  const householdsWanted = options.residents / 3.1
  const buildingCount = Math.max(
    options.buildings ?? Math.max(loaded.buildings.length, Math.round(householdsWanted / 35)),
    1,
  )
  const buildings: BuildingPlan[] = []
  const gridByNode = new Map(grids.map((g) => [g.node.id, g]))
  const byGrid = grids.map((g) => loaded.buildings.filter((b) => b.parent_id === g.node.id))
  const perGrid = grids.map((_, g) =>
    Math.max(
      byGrid[g]?.length ?? 0,
      Math.floor(buildingCount / gridCount) + (g < buildingCount % gridCount ? 1 : 0),
    ),
  )
  let nextNumber = Math.max(0, ...loaded.buildings.map(buildingNumber)) + 1
  const newBuildings: OrgNodeTable[][] = grids.map(() => [])
  grids.forEach((grid, g) => {
    for (let i = byGrid[g]?.length ?? 0; i < (perGrid[g] ?? 0); i++) {
      const number = nextNumber++
      const node = childNode(
        grid.node,
        'building',
        `${community.code}-B${String(number).padStart(2, '0')}`,
        `${number}号楼`,
        now,
      )
      newNodes.push(node)
      newBuildings[g]?.push(node)
    }
  })
  let order = 0
  grids.forEach((grid, g) => {
    for (const node of [...(byGrid[g] ?? []), ...(newBuildings[g] ?? [])]) {
      const building: BuildingPlan = {
        node,
        grid: gridByNode.get(node.parent_id ?? '') ?? grid,
        order: order++,
        units: 0,
        floors: 0,
        roomsPerFloor: 0,
        shops: false,
        homeVillage: 0,
        rooms: [],
      }
      grid.buildings.push(building)
      buildings.push(building)
      if (!newNodes.includes(node)) touched.push(node)
    }
  })

  const plan: CommunityPlan = {
    rng,
    today,
    now,
    community,
    parent: loaded.parent,
    villages: [...options.villages],
    villageStarts: villageSchedule(
      rng,
      options.villages.length,
      options.firstYear ?? yearOf(today) - 8,
      today,
    ),
    grids,
    buildings,
    rooms: [],
    households: [],
    persons: [],
    newNodes,
  }
  const empty = buildings.filter((b) => !loaded.occupied.has(b.node.id))
  plan.rooms = planRooms(
    rng,
    empty,
    householdsWanted * 1.3 * (buildings.length / Math.max(1, empty.length)),
    now,
    newNodes,
  )
  const weights =
    options.villageWeights ??
    options.villages.map((_, i) => 1.3 - (0.6 * i) / Math.max(1, options.villages.length))
  assignHomeVillages(buildings, weights)
  const householdContext: HouseholdContext = {
    rng,
    today,
    ids,
    villageSurnames: options.villages.map((v) => villageSurnames(rng.fork('surnames', v.name), v.name)),
    villageCount: options.villages.length,
  }
  planResidents(plan, householdContext, options.residents, weights)
  const network = planNetwork(plan, {
    partyRate: options.partyRate ?? 0.04,
    named: options.named,
    villagePosts: options.villagePosts ?? options.villages.map(() => true),
  })
  const tags = planTags(plan, network)
  placeOnMap(plan, communityCentre(rng), options.addressPrefix ?? '')
  const facilities = planFacilities(plan)
  for (const room of plan.rooms) room.node.room_state = room.state

  // Household codes in the order of where they live (those who left come last).
  const roomOrder = new Map(plan.rooms.map((r, i) => [r, i]))
  const rank = (h: HouseholdPlan) => (h.room ? (roomOrder.get(h.room) ?? 0) : plan.rooms.length)
  const households = [...plan.households].sort((a, b) => rank(a) - rank(b))
  let householdSeq = loaded.households
  for (const h of households) h.code = `H${String(++householdSeq).padStart(5, '0')}`

  // Rows.
  const personRows: PersonTable[] = plan.persons.map((p) => {
    const name = p.surname + p.given
    const keys = keysOf(name)
    const place = p.household.room?.node ?? community
    return {
      id: p.id,
      name,
      name_pinyin: keys.pinyin,
      name_initials: keys.initials,
      name_sort: keys.sort,
      sex: p.sex,
      birth_date: p.birthDate,
      id_type: p.idType,
      id_hash: p.idHash,
      id_tail: p.idNumber ? identifierTail(p.idNumber) : null,
      id_sealed: p.idNumber ? seal(pii, p.idNumber) : null,
      phone_hash: p.phoneHash,
      phone_tail: p.phone ? identifierTail(p.phone) : null,
      phone_sealed: p.phone ? seal(pii, p.phone) : null,
      hukou: p.hukou,
      origin_village_id: p.originVillage === null ? null : (plan.villages[p.originVillage]?.id ?? null),
      community_id: community.id,
      path: p.status === 'moved_away' ? community.path : place.path,
      party_member: p.party ? 1 : 0,
      status: p.status,
      version: 1,
      created_at: now,
      updated_at: now,
    }
  })
  const householdRows: HouseholdTable[] = households.map((h) => ({
    id: h.id,
    community_id: community.id,
    code: h.code,
    room_id: h.room?.node.id ?? null,
    path: h.room?.node.path ?? community.path,
    head_person_id: h.head.id,
    origin_village_id: h.originVillage === null ? null : (plan.villages[h.originVillage]?.id ?? null),
    version: 1,
    created_at: now,
    updated_at: now,
  }))
  const memberRows: HouseholdMemberTable[] = []
  const residenceRows: ResidenceTable[] = []
  for (const h of households) {
    for (const m of h.members) {
      memberRows.push({
        id: newId(),
        household_id: h.id,
        person_id: m.id,
        relation: m.relation,
        joined_on: m.joinedOn,
        left_on: m.leftOn,
        created_at: now,
      })
    }
    for (const r of h.residences) {
      residenceRows.push({
        id: newId(),
        household_id: h.id,
        room_id: r.room.node.id,
        community_id: community.id,
        path: r.room.node.path,
        moved_in_on: r.movedIn,
        moved_out_on: r.movedOut,
        created_at: now,
      })
    }
  }

  const current = new Set(households.filter((h) => h.room).map((h) => h.id))
  const covered = new Set(
    network.contacts.filter((c) => c.kind === 'member_household').map((c) => c.to_household_id ?? ''),
  )
  const perMember = new Map<string, number>()
  const perLeader = new Map<string, number>()
  for (const c of network.contacts) {
    const counts = c.kind === 'member_household' ? perMember : perLeader
    counts.set(c.from_person_id, (counts.get(c.from_person_id) ?? 0) + 1)
  }
  const residents = plan.persons.filter((p) => p.status === 'active' && p.household.room !== null)
  const stats: CommunityStats = {
    communityId: community.id,
    code: community.code,
    name: community.name,
    grids: grids.length,
    buildings: buildings.length,
    units: newNodes.filter((n) => n.kind === 'unit').length,
    rooms: plan.rooms.length,
    households: current.size,
    householdsEver: households.length,
    persons: personRows.length,
    residents: residents.length,
    partyMembers: plan.persons.filter((p) => p.party).length,
    tags: tags.length,
    restrictedTags: tags.filter((t) => t.restricted === 1).length,
    posts: network.posts.length,
    orgUnits: network.units.length,
    contacts: {
      leaderMember: network.contacts.filter((c) => c.kind === 'leader_member').length,
      memberHousehold: network.contacts.filter((c) => c.kind === 'member_household').length,
    },
    facilities: facilities.length,
    coverage: {
      households: current.size,
      covered: [...current].filter((id) => covered.has(id)).length,
      uncovered: [...current].filter((id) => !covered.has(id)).length,
      membersOverTen: [...perMember.values()].filter((n) => n > 10).length,
      leadersUnderFive: [...perLeader.values()].filter((n) => n < 5).length,
    },
    rows: 0,
    timings: { planMs: 0, writeMs: 0 },
  }

  stats.timings.planMs = Math.round(performance.now() - started)
  return {
    community,
    stats,
    named: network.named,
    newNodes,
    touched,
    villages: plan.villages,
    persons: personRows,
    households: householdRows,
    members: memberRows,
    residences: residenceRows,
    units: network.units,
    posts: network.posts,
    tags,
    contacts: network.contacts,
    facilities,
  }
}
