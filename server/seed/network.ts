// The fused network of a generated community (三融): party committee with its five departments,
// a party branch per grid, a party group per building, the residents' committee; who holds which
// posts (交叉任职); and the 1+5+10 links — a building leader links about five party members, each
// party member about ten households. The gaps a secretary must be able to find are left on purpose:
// households nobody links, a member with twelve households, a leader with only three members.
import type { ContactTable, OrgNodeTable, OrgUnitTable, PostTable } from '../db/index.js'
import { writeJson } from '../db/index.js'
import { newId } from '../platform/ids.js'
import type { CommunityPlan, VillageRef } from './community.js'
import { addDays, ageOn, dateBetween, maxDate, minDate } from './dates.js'
import type { HouseholdPlan, PersonPlan } from './households.js'
import type { Sex } from './names.js'
import type { BuildingPlan } from './places.js'
import { departmentFunctions } from '../modules/org/index.js'
import {
  departmentCodes,
  seatDuties,
  seatTitle,
  seats,
  type DepartmentFunction,
  type SeatKind,
} from './posts.js'

export interface NamedPerson {
  name: string
  sex: Sex
  /** Index of the hosted village the person comes from. */
  originVillage?: number
}

/** Real-looking people the demo signs in as, placed into the generated community. */
export interface NamedPeople {
  secretary?: NamedPerson
  /** By grid index. */
  gridWorkers?: Partial<Record<number, NamedPerson>>
  /** By village index. */
  villageAccountants?: Partial<Record<number, NamedPerson>>
}

export interface NamedHolder {
  personId: string
  /** The person's first post of each seat kind. */
  posts: Partial<Record<SeatKind, string>>
}

export interface Cluster {
  grid: number
  buildings: BuildingPlan[]
  households: HouseholdPlan[]
  leader: PersonPlan | undefined
  members: PersonPlan[]
}

export interface NetworkPlan {
  units: OrgUnitTable[]
  posts: PostTable[]
  contacts: ContactTable[]
  clusters: Cluster[]
  /** Holders of the posts the community's work is routed to. */
  cadres: {
    secretary: PersonPlan
    departmentHeads: Record<DepartmentFunction, PersonPlan>
    gridWorkers: PersonPlan[]
    branchSecretaries: PersonPlan[]
  }
  /** 'secretary', 'gridWorker:<grid>', 'villageAccountant:<village>' → the person and their post ids. */
  named: Record<string, NamedHolder>
}

export interface NetworkOptions {
  /** Share of adults (18+) who are party members, before cadres and building leaders are added. */
  partyRate: number
  named?: NamedPeople | undefined
  /** Per hosted village: create its own posts here (its first host community does). */
  villagePosts: boolean[]
}

const HOUSEHOLDS_PER_LEADER = 50

export function isResident(p: PersonPlan): boolean {
  return p.status === 'active' && p.household.room !== null && !p.away
}

function rename(person: PersonPlan, fullName: string): void {
  const surname = fullName.slice(0, 1)
  const given = fullName.slice(1)
  if (person.familyLine) {
    for (const m of person.household.members) if (m.familyLine) m.surname = surname
    person.household.surname = surname
  }
  person.surname = surname
  person.given = given
}

/** `count` of the candidates, drawn without replacement with the given weights (Efraimidis–Spirakis). */
function weightedSample<T>(
  rng: CommunityPlan['rng'],
  items: readonly T[],
  weight: (t: T) => number,
  count: number,
): T[] {
  const keyed: { item: T; key: number }[] = []
  for (const item of items) {
    const w = weight(item)
    if (w > 0) keyed.push({ item, key: Math.log(1 - rng.next()) / w })
  }
  keyed.sort((a, b) => b.key - a.key)
  return keyed.slice(0, count).map((k) => k.item)
}

export function planNetwork(plan: CommunityPlan, options: NetworkOptions): NetworkPlan {
  const { rng, today, now, community } = plan
  const residents = plan.persons.filter(isResident)
  const age = new Map(residents.map((p) => [p, ageOn(p.birthDate, today)]))
  const ageOf = (p: PersonPlan) => age.get(p) ?? 0
  const gridOf = (p: PersonPlan) => p.household.room?.building.grid.index ?? -1
  const taken = new Set<PersonPlan>()
  const networkStart = minDate(addDays(plan.villageStarts[0] ?? today, 180), addDays(today, -90))
  const since = (from: string) => dateBetween(rng, maxDate(from, networkStart), today)

  // The first resident matching, from a random place in the list onwards (cheaper than collecting
  // every candidate of a 20,000-person community for each of a hundred posts).
  const scan = (match: (p: PersonPlan) => boolean): PersonPlan | undefined => {
    const n = residents.length
    const start = n === 0 ? 0 : rng.int(0, n - 1)
    for (let j = 0; j < n; j++) {
      const p = residents[(start + j) % n]
      if (p && match(p)) return p
    }
    return undefined
  }
  const pick = (
    filter: (p: PersonPlan) => boolean,
    named?: NamedPerson,
    fallback?: (p: PersonPlan) => boolean,
    exclusive = true,
  ): PersonPlan => {
    const ok = (p: PersonPlan) =>
      !taken.has(p) &&
      p.hukou !== 'floating' &&
      (named === undefined ||
        (p.sex === named.sex &&
          (named.originVillage === undefined || p.originVillage === named.originVillage)))
    const person =
      scan((p) => ok(p) && filter(p)) ??
      (fallback ? scan((p) => ok(p) && fallback(p)) : undefined) ??
      scan((p) => !taken.has(p) && ageOf(p) >= 22 && ageOf(p) <= 70) ??
      scan((p) => ageOf(p) >= 18) ??
      rng.pick(residents)
    if (exclusive) taken.add(person)
    if (named) rename(person, named.name)
    return person
  }
  const between = (lo: number, hi: number) => (p: PersonPlan) => ageOf(p) >= lo && ageOf(p) <= hi

  // Organisations on the tree.
  const units: OrgUnitTable[] = []
  const unit = (
    node: OrgNodeTable,
    kind: OrgUnitTable['kind'],
    name: string,
    parent: OrgUnitTable | null,
    fn: string | null = null,
  ): OrgUnitTable => {
    const row: OrgUnitTable = {
      id: newId(),
      node_id: node.id,
      parent_unit_id: parent?.id ?? null,
      community_id: community.id,
      path: node.path,
      kind,
      function: fn,
      name,
      version: 1,
      created_at: now,
      updated_at: now,
    }
    units.push(row)
    return row
  }
  // Only departments hang under the committee; branches and groups sit on their own nodes.
  const committee = unit(community, 'party_committee', `${community.name}党委`, null)
  const departmentUnits = Object.fromEntries(
    departmentCodes.map((fn) => [
      fn,
      unit(community, 'department', departmentFunctions[fn].zh, committee, fn),
    ]),
  ) as Record<DepartmentFunction, OrgUnitTable>
  unit(community, 'residents_committee', `${community.name}居民委员会`, null)
  const branches = plan.grids.map((g) => unit(g.node, 'party_branch', `${g.node.name}党支部`, null))
  const groups = new Map<BuildingPlan, OrgUnitTable>()
  for (const b of plan.buildings) groups.set(b, unit(b.node, 'party_group', `${b.node.name}党小组`, null))

  // Posts.
  const posts: PostTable[] = []
  const postsOf = new Map<PersonPlan, Partial<Record<SeatKind, string>>>()
  const post = (
    person: PersonPlan,
    kind: SeatKind,
    place: { node: OrgNodeTable; unit?: OrgUnitTable | undefined } | { village: VillageRef },
    startedOn: string,
    endedOn: string | null = null,
    title: string = seatTitle(kind, 'node' in place ? place.node.name : place.village.name),
  ): PostTable => {
    const node = 'node' in place ? place.node : null
    const row: PostTable = {
      id: newId(),
      person_id: person.id,
      post_type: seats[kind].type,
      node_id: node?.id ?? null,
      village_id: 'village' in place ? place.village.id : null,
      unit_id: 'node' in place ? (place.unit?.id ?? null) : null,
      community_id: node?.community_id ?? null,
      path: node?.path ?? null,
      title,
      duties: writeJson(seatDuties(kind)),
      user_id: null,
      grant_id: null,
      started_on: startedOn,
      ended_on: endedOn,
      version: 1,
      created_at: now,
      updated_at: now,
    }
    posts.push(row)
    const mine = postsOf.get(person) ?? {}
    mine[kind] ??= row.id
    postsOf.set(person, mine)
    return row
  }
  const namedHolders: [string, PersonPlan][] = []

  // The secretary is also a member of the street office's (or park's) working committee and,
  // as is usual, director of the residents' committee (一肩挑).
  const secretary = pick(between(42, 56), options.named?.secretary, between(35, 60))
  secretary.party = true
  post(secretary, 'party_secretary', { node: community, unit: committee }, networkStart)
  post(secretary, 'residents_committee_director', { node: community }, networkStart)
  post(
    secretary,
    'street_committee_member',
    { node: plan.parent },
    since(networkStart),
    null,
    `${plan.parent.name}党工委委员`,
  )
  const deputy = pick(between(36, 55))
  deputy.party = true
  post(deputy, 'deputy_secretary', { node: community, unit: committee }, networkStart)
  const headFor: Partial<Record<DepartmentFunction, PersonPlan>> = { party_building: deputy }
  for (const fn of departmentCodes) {
    if (fn === 'party_building') continue
    const member = pick(between(30, 55))
    member.party = true
    post(member, 'committee_member', { node: community, unit: committee }, networkStart)
    headFor[fn] = member
  }
  for (const fn of departmentCodes) {
    const head = headFor[fn] ?? deputy
    const unitRow = departmentUnits[fn]
    post(
      head,
      'department_head',
      { node: community, unit: unitRow },
      networkStart,
      null,
      `${unitRow.name}部部长`,
    )
  }
  const departmentHeads = headFor as Record<DepartmentFunction, PersonPlan>
  const households = plan.households.filter((h) => h.room !== null)
  const staffCount = Math.max(3, Math.min(12, Math.round(households.length / 200)))
  for (let i = 0; i < staffCount; i++) {
    const staff = pick(between(24, 45))
    staff.party ||= rng.chance(0.6)
    const fn = departmentCodes[i % departmentCodes.length] ?? 'livelihood'
    post(staff, 'community_staff', { node: community, unit: departmentUnits[fn] }, since(networkStart))
  }
  const gridWorkers = plan.grids.map((g) => {
    const namedWorker = options.named?.gridWorkers?.[g.index]
    const worker = pick((p) => gridOf(p) === g.index && between(25, 45)(p), namedWorker, between(25, 45))
    worker.party ||= namedWorker !== undefined || rng.chance(0.7)
    post(worker, 'grid_worker', { node: g.node }, since(networkStart))
    return worker
  })
  // 红代办 (party cadres who run errands for residents) and 红管家 (trusted residents who look after
  // the estate): more in bigger communities. They may hold other posts too.
  const teamSize = Math.max(3, Math.min(25, Math.round(households.length / 65)))
  const team = new Set<PersonPlan>()
  for (let i = 0; i < teamSize; i++) {
    const proxy = pick((p) => !team.has(p) && between(28, 62)(p), undefined, undefined, false)
    team.add(proxy)
    proxy.party = true
    post(proxy, 'red_proxy', { node: community, unit: departmentUnits.livelihood }, since(networkStart))
    const butler = pick((p) => !team.has(p) && between(35, 66)(p), undefined, undefined, false)
    team.add(butler)
    butler.party ||= rng.chance(0.6)
    post(butler, 'red_butler', { node: community, unit: departmentUnits.property }, since(networkStart))
  }

  // Villages: a former village secretary now leads a grid branch (the village that moved in last
  // still has its own); the collective keeps its accountant (三保留: independent books).
  const villageSecretaries: PersonPlan[] = []
  const lastVillage = plan.villages.length - 1
  plan.villages.forEach((village, v) => {
    if (!options.villagePosts[v]) return
    const start = plan.villageStarts[v] ?? today
    const ended = v === lastVillage ? null : minDate(addDays(start, rng.int(200, 700)), addDays(today, -30))
    const g = plan.grids.length > 0 ? v % plan.grids.length : 0
    const villageSecretary = pick(
      (p) =>
        p.originVillage === v &&
        p.sex === 'male' &&
        between(48, 66)(p) &&
        (v >= plan.grids.length || gridOf(p) === g),
      undefined,
      (p) => p.originVillage === v && between(45, 68)(p),
    )
    villageSecretary.party = true
    villageSecretaries[v] = villageSecretary
    post(villageSecretary, 'village_secretary', { village }, addDays(start, -rng.int(800, 3000)), ended)
    const namedAccountant = options.named?.villageAccountants?.[v]
    const accountant = pick(
      (p) => p.originVillage === v && between(32, 58)(p),
      namedAccountant,
      (p) => between(30, 60)(p),
    )
    post(accountant, 'village_accountant', { village }, addDays(start, -rng.int(100, 2000)))
    if (namedAccountant) namedHolders.push([`villageAccountant:${v}`, accountant])
  })
  const branchSecretaries = plan.grids.map((g) => {
    const formerSecretary = villageSecretaries[g.index]
    const holder =
      formerSecretary && gridOf(formerSecretary) === g.index
        ? formerSecretary
        : pick((p) => gridOf(p) === g.index && between(45, 66)(p))
    holder.party = true
    post(holder, 'grid_branch_secretary', { node: g.node, unit: branches[g.index] }, since(networkStart))
    return holder
  })

  // Party members: about `partyRate` of adults, more among older men (as in the villages).
  const adults = residents.filter((p) => ageOf(p) >= 18)
  const partyTarget = Math.round(adults.length * options.partyRate)
  const already = adults.filter((p) => p.party).length
  const weight = (p: PersonPlan) => {
    if (p.party) return 0
    const a = ageOf(p)
    const byAge = a < 25 ? 0.4 : a < 35 ? 0.8 : a < 50 ? 1 : a < 65 ? 1.6 : a < 80 ? 2 : 1.4
    return byAge * (p.sex === 'male' ? 2.3 : 1) * (p.hukou === 'floating' ? 0.3 : 1)
  }
  for (const p of weightedSample(rng, adults, weight, Math.max(0, partyTarget - already))) p.party = true

  // 1+5+10: clusters of about 50 households, one leader each — a walk-up or two next to each other,
  // or a few units of a tower (a tower has a leader per few units; a walk-up is never split).
  const clusters: Cluster[] = []
  const byBuilding = new Map<BuildingPlan, Map<string, HouseholdPlan[]>>()
  for (const b of plan.buildings) {
    // Units in the order of the building's rooms.
    const units = new Map<string, HouseholdPlan[]>()
    for (const room of b.rooms)
      if (!units.has(room.node.parent_id ?? '')) units.set(room.node.parent_id ?? '', [])
    byBuilding.set(b, units)
  }
  for (const h of households) {
    const room = h.room
    if (room)
      byBuilding
        .get(room.building)
        ?.get(room.node.parent_id ?? '')
        ?.push(h)
  }
  const newCluster = (grid: number): Cluster => {
    const c: Cluster = { grid, buildings: [], households: [], leader: undefined, members: [] }
    clusters.push(c)
    return c
  }
  for (const grid of plan.grids) {
    let current: Cluster | undefined
    for (const building of grid.buildings) {
      const units = [...(byBuilding.get(building)?.values() ?? [])]
      const total = units.reduce((n, u) => n + u.length, 0)
      if (total === 0) continue
      if (total >= HOUSEHOLDS_PER_LEADER * 1.5) {
        current = undefined
        for (const unitHouseholds of units) {
          if (!current || current.households.length >= HOUSEHOLDS_PER_LEADER) current = newCluster(grid.index)
          if (!current.buildings.includes(building)) current.buildings.push(building)
          current.households.push(...unitHouseholds)
        }
        current = undefined
        continue
      }
      if (!current || current.households.length >= HOUSEHOLDS_PER_LEADER * 0.8)
        current = newCluster(grid.index)
      current.buildings.push(building)
      for (const u of units) current.households.push(...u)
    }
  }
  // The secretary and deputy run the committee; everyone else with a party card also links households.
  const topCadres = new Set<PersonPlan>([secretary, deputy])
  for (const c of clusters) {
    if (c.households.length === 0) continue
    const local = c.households.flatMap((h) => h.members).filter(isResident)
    const candidates = local.filter((p) => !taken.has(p) && ageOf(p) >= 38 && ageOf(p) <= 74)
    const partyCandidates = candidates.filter((p) => p.party)
    const leader =
      partyCandidates.length > 0
        ? rng.pick(partyCandidates)
        : candidates.length > 0
          ? rng.pick(candidates)
          : undefined
    if (!leader) continue
    taken.add(leader)
    leader.party = true
    c.leader = leader
    const start = since(networkStart)
    for (const b of c.buildings) {
      if (b.rooms.length === 0) continue
      post(leader, 'building_leader', { node: b.node }, start)
      if (clusters.find((other) => other.buildings.includes(b)) === c) {
        post(leader, 'party_group_leader', { node: b.node, unit: groups.get(b) }, start)
      }
    }
  }

  // Every party member reports to the branch of the grid they live in (党员报到).
  const partyMembers = residents.filter((p) => p.party)
  for (const p of partyMembers) {
    const grid = p.household.room?.building.grid
    if (!grid) continue
    post(
      p,
      'party_member',
      { node: grid.node, unit: branches[grid.index] },
      since(p.household.residences.at(-1)?.movedIn ?? networkStart),
    )
  }

  // Links: a leader takes up to five party members living in the cluster (then the rest of the
  // grid); each member takes up to ten of the cluster's households, nearest first.
  const contacts: ContactTable[] = []
  const leaders = new Set(clusters.map((c) => c.leader))
  const linkable = (p: PersonPlan) =>
    p.party && !topCadres.has(p) && !leaders.has(p) && ageOf(p) >= 18 && ageOf(p) <= 79
  const spare = new Map<number, PersonPlan[]>()
  for (const c of clusters) {
    const local = c.households.flatMap((h) => h.members).filter((p) => isResident(p) && linkable(p))
    c.members = local.slice(0, 5)
    const rest = spare.get(c.grid) ?? []
    rest.push(...local.slice(5))
    spare.set(c.grid, rest)
  }
  for (const c of clusters) {
    const pool = spare.get(c.grid) ?? []
    while (c.leader && c.members.length < 5 && pool.length > 0) {
      const borrowed = pool.shift()
      if (borrowed) c.members.push(borrowed)
    }
  }
  // Deliberate gaps: the last grid's last led cluster has only three members; the first member of
  // the first cluster carries twelve households.
  const led = clusters.filter((c) => c.leader && c.members.length >= 4)
  const short = led.at(-1)
  if (short) short.members = short.members.slice(0, 3)
  let overloaded = false
  const covered = new Set<HouseholdPlan>()
  // Tenants who arrived in the last half year have not been visited yet.
  const visitable = (h: HouseholdPlan) =>
    h.room !== null &&
    !(h.originVillage === null && (h.residences.at(-1)?.movedIn ?? today) > addDays(today, -180))
  const linkHouseholds = (member: PersonPlan, queue: HouseholdPlan[], take: number) => {
    let linked = 0
    while (linked < take && queue.length > 0) {
      const h = queue.shift()
      if (!h?.room || covered.has(h) || !visitable(h)) continue
      covered.add(h)
      linked++
      const movedIn = h.residences.at(-1)?.movedIn ?? today
      contacts.push(
        contactRow('member_household', member, { household: h }, h.room.node.path, since(movedIn)),
      )
    }
  }
  for (const c of clusters) {
    const leader = c.leader
    if (!leader) continue
    const leaderPath = c.buildings[0]?.node.path ?? community.path
    for (const member of c.members) {
      contacts.push(contactRow('leader_member', leader, { person: member }, leaderPath, since(networkStart)))
    }
    const queue = [...c.households]
    for (const member of c.members) {
      linkHouseholds(member, queue, overloaded ? 10 : 12)
      overloaded = true
    }
  }
  // Party members no building leader has taken on yet still link households left over in their grid.
  const linkedMembers = new Set(clusters.flatMap((c) => c.members))
  for (const grid of plan.grids) {
    const queue = clusters.filter((c) => c.grid === grid.index).flatMap((c) => c.households)
    const free = residents.filter((p) => linkable(p) && !linkedMembers.has(p) && gridOf(p) === grid.index)
    for (const member of free) linkHouseholds(member, queue, 10)
  }
  function contactRow(
    kind: ContactTable['kind'],
    from: PersonPlan,
    to: { person: PersonPlan } | { household: HouseholdPlan },
    path: string,
    sinceOn: string,
  ): ContactTable {
    return {
      id: newId(),
      kind,
      from_person_id: from.id,
      to_person_id: 'person' in to ? to.person.id : null,
      to_household_id: 'household' in to ? to.household.id : null,
      community_id: community.id,
      path,
      since_on: sinceOn,
      until_on: null,
      created_at: now,
    }
  }

  namedHolders.push(['secretary', secretary])
  gridWorkers.forEach((w, g) => {
    if (options.named?.gridWorkers?.[g]) namedHolders.push([`gridWorker:${g}`, w])
  })
  const named: Record<string, NamedHolder> = {}
  for (const [key, person] of namedHolders)
    named[key] = { personId: person.id, posts: postsOf.get(person) ?? {} }
  return {
    units,
    posts,
    contacts,
    clusters,
    cadres: { secretary, departmentHeads, gridWorkers, branchSecretaries },
    named,
  }
}
