// One community in memory: its places, and who lived where and when. Villages moved in a year or so
// apart, each mostly into its own block of buildings; some flats stand empty or are being
// renovated, some are rented to floating tenants, a few changed hands or families moved within.
import type { OrgNodeTable } from '../db/index.js'
import { newId } from '../platform/ids.js'
import { addDays, addYears, dateBetween, dateWithin, maxDate, minDate, yearOf } from './dates.js'
import {
  buildHousehold,
  moveInDate,
  settleMembers,
  villageKinds,
  type HouseholdContext,
  type HouseholdPlan,
  type PersonPlan,
} from './households.js'
import type { BuildingPlan, GridPlan, RoomPlan } from './places.js'
import { Weighted, type Rng } from './random.js'

export interface VillageRef {
  id: string
  name: string
}

export interface CommunityPlan {
  rng: Rng
  today: string
  now: number
  community: OrgNodeTable
  /** The street office or park above the community. */
  parent: OrgNodeTable
  villages: VillageRef[]
  /** The day each village began moving in. */
  villageStarts: string[]
  grids: GridPlan[]
  buildings: BuildingPlan[]
  rooms: RoomPlan[]
  households: HouseholdPlan[]
  persons: PersonPlan[]
  /** Org nodes to insert (grids and buildings the community lacked, units, rooms). */
  newNodes: OrgNodeTable[]
}

/** When each village moved in: from `firstYear`, spread over up to five years, never after today. */
export function villageSchedule(rng: Rng, villageCount: number, firstYear: number, today: string): string[] {
  const lastYear = Math.max(firstYear, Math.min(firstYear + 5, yearOf(today) - 1))
  return Array.from({ length: villageCount }, (_, i) => {
    const year = firstYear + Math.round((i * (lastYear - firstYear)) / Math.max(1, villageCount - 1))
    return minDate(dateBetween(rng, `${year}-03-01`, `${year}-10-31`), addDays(today, -400))
  })
}

/** Gives each building the village that moved into most of it: contiguous blocks by village size. */
export function assignHomeVillages(buildings: BuildingPlan[], villageWeights: number[]): void {
  const total = villageWeights.reduce((a, b) => a + b, 0)
  let acc = 0
  let v = 0
  buildings.forEach((building, i) => {
    while (
      v < villageWeights.length - 1 &&
      (i + 0.5) / buildings.length > (acc + (villageWeights[v] ?? 0)) / total
    ) {
      acc += villageWeights[v] ?? 0
      v++
    }
    building.homeVillage = v
  })
}

function living(household: HouseholdPlan): number {
  return household.members.filter((m) => m.status === 'active').length
}

/**
 * Fills the dwellings with households until about `targetResidents` people live in the community;
 * the rest stay vacant. Returns every household, including those that have moved away.
 */
export function planResidents(
  plan: CommunityPlan,
  ctx: HouseholdContext,
  targetResidents: number,
  villageWeights: number[],
): void {
  const { rng, today } = plan
  const villages = new Weighted(villageWeights.map((w, i) => [i, w] as const))
  const withHistory = new Set<RoomPlan>()
  // Life since moving in: some elders have died, some grown children married and moved out.
  const liveSince = (household: HouseholdPlan) => {
    for (const member of household.members) {
      const age = yearOf(today) - yearOf(member.birthDate)
      if (member.relation === 'head' || member.status !== 'active') continue
      if (
        age >= 75 &&
        (member.relation === 'parent' || household.kind === 'elderly_couple') &&
        rng.chance(0.08)
      ) {
        const died = dateWithin(rng, addDays(member.joinedOn, 100), addDays(today, -10))
        if (died === undefined) continue
        member.status = 'deceased'
        member.leftOn = died
      } else if (
        member.familyLine &&
        (member.relation === 'child' || member.relation === 'grandchild') &&
        age >= 23 &&
        age <= 32 &&
        rng.chance(0.15)
      ) {
        const left = dateWithin(
          rng,
          maxDate(member.joinedOn, addYears(member.birthDate, 22)),
          addDays(today, -10),
        )
        if (left === undefined) continue
        member.status = 'moved_away'
        member.leftOn = left
      }
    }
  }
  const settle = (household: HouseholdPlan, room: RoomPlan, movedIn: string, movedOut: string | null) => {
    household.residences.push({ room, movedIn, movedOut })
    settleMembers(household, movedIn, today)
    if (movedOut === null) {
      household.room = room
      liveSince(household)
    } else {
      for (const m of household.members) m.status = 'moved_away'
    }
    plan.households.push(household)
  }
  const villageHousehold = (village: number) => buildHousehold(ctx, villageKinds.draw(rng), village, newId)

  // Shops on the ground floor: most let to a business, some standing empty, a few run by the owner.
  for (const room of plan.rooms) {
    if (room.use !== 'shop') continue
    const draw = rng.next()
    room.state = draw < 0.6 ? 'rented' : draw < 0.75 ? 'occupied' : 'vacant'
  }
  let residents = 0
  const order = rng.shuffle(plan.rooms.filter((r) => r.use === 'dwelling'))
  for (const room of order) {
    if (residents >= targetResidents) break
    const draw = rng.next()
    if (draw < 0.07) continue
    if (draw < 0.085) {
      room.state = 'renovating'
      continue
    }
    if (draw < 0.145) {
      // Rented to floating tenants, sometimes after an earlier tenant left.
      room.state = 'rented'
      let earliest = addYears(today, -4)
      if (rng.chance(0.3)) {
        const before = buildHousehold(ctx, 'floating', null, newId)
        const inOn = dateBetween(rng, addYears(today, -6), addYears(today, -2))
        const outOn = minDate(addDays(inOn, rng.int(180, 700)), addDays(today, -60))
        settle(before, room, inOn, outOn)
        withHistory.add(room)
        earliest = addDays(outOn, rng.int(10, 120))
      }
      const tenants = buildHousehold(ctx, 'floating', null, newId)
      settle(tenants, room, dateBetween(rng, minDate(earliest, addDays(today, -8)), addDays(today, -7)), null)
      residents += living(tenants)
      continue
    }
    room.state = 'occupied'
    const village = rng.chance(0.75) ? room.building.homeVillage : villages.draw(rng)
    const start = plan.villageStarts[village] ?? today
    const household = villageHousehold(village)
    let movedIn = moveInDate(rng, household, start, today)
    if (rng.chance(0.04)) {
      // The first family sold or swapped the flat and left the community.
      const before = villageHousehold(village)
      const inOn = moveInDate(rng, before, start, today)
      const outOn = dateWithin(rng, addDays(inOn, 365), addDays(today, -200))
      if (outOn !== undefined) {
        settle(before, room, inOn, outOn)
        withHistory.add(room)
        movedIn = minDate(addDays(outOn, rng.int(20, 300)), addDays(today, -7))
      }
    }
    settle(household, room, movedIn, null)
    residents += living(household)
  }

  // A few families moved within the community: first a flat that now stands empty, then this one.
  const empty = rng.shuffle(
    plan.rooms.filter((r) => r.use === 'dwelling' && r.state === 'vacant' && !withHistory.has(r)),
  )
  const current = rng.shuffle(plan.households.filter((h) => h.room !== null && h.originVillage !== null))
  const moves = Math.min(empty.length, Math.round(current.length * 0.02))
  for (let i = 0; i < moves; i++) {
    const household = current[i]
    const earlier = empty[i]
    const residence = household?.residences[0]
    if (!household || !earlier || !residence) continue
    const movedOut = dateWithin(rng, addDays(residence.movedIn, 200), addDays(today, -30))
    if (movedOut === undefined) continue
    household.residences.unshift({ room: earlier, movedIn: residence.movedIn, movedOut })
    residence.movedIn = movedOut
  }

  for (const household of plan.households) plan.persons.push(...household.members)
}
