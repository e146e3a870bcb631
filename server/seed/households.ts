// Households as they are found in a resettlement community: old people alone or as a couple,
// couples with children, three generations under one roof, grandparents with grandchildren whose
// parents work in the cities, a few singles, and floating tenants renting a flat.
import type { Hukou, IdType } from '../db/index.js'
import { addDays, addYears, birthDateForAge, maxDate, minDate } from './dates.js'
import type { IdentifierRegistry } from './identifiers.js'
import { elsewhereRegion, huaianRegionFor } from './ids.js'
import { generalSurname, generationChar, givenName, type Sex } from './names.js'
import { Weighted, type Rng } from './random.js'
import type { RoomPlan } from './places.js'

export type HouseholdKind =
  | 'elderly_alone'
  | 'elderly_couple'
  | 'young_couple'
  | 'nuclear'
  | 'three_generation'
  | 'skip_generation'
  | 'single_adult'
  | 'single_parent'
  | 'floating'

/**
 * Relation of a member to the household head (与户主关系), as the registry names them; a daughter-in-law
 * living with her husband's parents is 'other' there (the registry has no 儿媳/女婿).
 */
export type Relation = 'head' | 'spouse' | 'child' | 'parent' | 'grandchild' | 'sibling' | 'other'

export interface PersonPlan {
  id: string
  surname: string
  given: string
  /** Carries the family's surname (head's line); spouses married in keep their own. */
  familyLine: boolean
  sex: Sex
  birthDate: string
  relation: Relation
  idType: IdType
  idNumber: string | null
  idHash: string | null
  phone: string | null
  phoneHash: string | null
  hukou: Hukou
  originVillage: number | null
  status: 'active' | 'moved_away' | 'deceased'
  joinedOn: string
  leftOn: string | null
  party: boolean
  /** Working in the cities (parents of left-behind children). */
  away: boolean
  household: HouseholdPlan
}

export interface ResidencePlan {
  room: RoomPlan
  movedIn: string
  movedOut: string | null
}

export interface HouseholdPlan {
  id: string
  code: string
  kind: HouseholdKind
  originVillage: number | null
  members: PersonPlan[]
  head: PersonPlan
  residences: ResidencePlan[]
  /** Where it lives now; null once it has moved out of the community. */
  room: RoomPlan | null
  surname: string
}

/** Kinds of village households and how common they are (per 100). */
export const villageKinds = new Weighted<HouseholdKind>([
  ['elderly_alone', 10],
  ['elderly_couple', 18],
  ['young_couple', 5],
  ['nuclear', 27],
  ['three_generation', 23],
  ['skip_generation', 5],
  ['single_adult', 6],
  ['single_parent', 3],
])

interface MemberSpec {
  relation: Relation
  sex: Sex
  age: number
  familyLine: boolean
  /** Married in from elsewhere (draw a surname and possibly another origin). */
  marriedIn?: boolean
  away?: boolean
}

function elderAge(rng: Rng, from: number, to: number): number {
  // Old people skew towards the younger end of the range: fewer survive to each further year.
  return Math.min(to, from + Math.floor(Math.abs(rng.normal(0, (to - from) / 2.2))))
}

function children(rng: Rng, motherAge: number, maxAge: number, counts: Weighted<number>): number[] {
  const n = counts.draw(rng)
  const ages: number[] = []
  let age = motherAge - rng.int(22, 30)
  for (let i = 0; i < n && age >= 0; i++) {
    if (age <= maxAge) ages.push(age)
    age -= rng.int(2, 8)
  }
  if (ages.length === 0) ages.push(Math.max(0, Math.min(maxAge, motherAge - 25)))
  return ages
}

const childCounts = new Weighted<number>([
  [1, 50],
  [2, 42],
  [3, 8],
])
const fewChildren = new Weighted<number>([
  [1, 60],
  [2, 40],
])

function kidSpecs(ages: number[], rng: Rng, relation: Relation): MemberSpec[] {
  return ages.map((age) => ({ relation, sex: rng.chance(0.52) ? 'male' : 'female', age, familyLine: true }))
}

/** Who lives in a household of the kind, with ages on `today`, relations to the head first. */
export function memberSpecs(rng: Rng, kind: HouseholdKind): MemberSpec[] {
  switch (kind) {
    case 'elderly_alone':
      return [
        {
          relation: 'head',
          sex: rng.chance(0.65) ? 'female' : 'male',
          age: elderAge(rng, 65, 97),
          familyLine: true,
        },
      ]
    case 'elderly_couple': {
      const husband = elderAge(rng, 62, 92)
      const wife = Math.max(58, husband - rng.int(0, 5))
      const wifeHead = rng.chance(0.08)
      return [
        { relation: wifeHead ? 'spouse' : 'head', sex: 'male', age: husband, familyLine: true },
        {
          relation: wifeHead ? 'head' : 'spouse',
          sex: 'female',
          age: wife,
          familyLine: false,
          marriedIn: true,
        },
      ].sort((a, b) => (a.relation === 'head' ? -1 : b.relation === 'head' ? 1 : 0)) as MemberSpec[]
    }
    case 'young_couple': {
      const husband = rng.int(24, 35)
      const wife = Math.max(22, husband - rng.int(0, 4))
      const specs: MemberSpec[] = [
        { relation: 'head', sex: 'male', age: husband, familyLine: true },
        { relation: 'spouse', sex: 'female', age: wife, familyLine: false, marriedIn: true },
      ]
      if (rng.chance(0.35)) specs.push(...kidSpecs([rng.int(0, 1)], rng, 'child'))
      return specs
    }
    case 'nuclear': {
      const husband = rng.int(28, 56)
      const wife = Math.max(24, husband - rng.int(0, 4))
      return [
        { relation: 'head', sex: 'male', age: husband, familyLine: true },
        { relation: 'spouse', sex: 'female', age: wife, familyLine: false, marriedIn: true },
        ...kidSpecs(children(rng, wife, 27, childCounts), rng, 'child'),
      ]
    }
    case 'three_generation': {
      const son = rng.int(26, 50)
      const wife = Math.max(23, son - rng.int(0, 4))
      const grandfather = son + rng.int(23, 32)
      const grandmother = grandfather - rng.int(0, 4)
      let withGrandfather = rng.chance(0.72)
      const withGrandmother = rng.chance(0.9) || !withGrandfather
      if (grandfather > 98) withGrandfather = false
      const elderHead = withGrandfather && rng.chance(0.4)
      const kids = children(rng, wife, 26, childCounts)
      if (elderHead) {
        return [
          { relation: 'head', sex: 'male', age: grandfather, familyLine: true },
          ...(withGrandmother
            ? [
                {
                  relation: 'spouse',
                  sex: 'female',
                  age: grandmother,
                  familyLine: false,
                  marriedIn: true,
                } as MemberSpec,
              ]
            : []),
          { relation: 'child', sex: 'male', age: son, familyLine: true },
          { relation: 'other', sex: 'female', age: wife, familyLine: false, marriedIn: true },
          ...kidSpecs(kids, rng, 'grandchild'),
        ]
      }
      return [
        { relation: 'head', sex: 'male', age: son, familyLine: true },
        { relation: 'spouse', sex: 'female', age: wife, familyLine: false, marriedIn: true },
        ...kidSpecs(kids, rng, 'child'),
        ...(withGrandfather
          ? [
              {
                relation: 'parent',
                sex: 'male',
                age: Math.min(98, grandfather),
                familyLine: true,
              } as MemberSpec,
            ]
          : []),
        ...(withGrandmother
          ? [
              {
                relation: 'parent',
                sex: 'female',
                age: Math.min(96, grandmother),
                familyLine: false,
                marriedIn: true,
              } as MemberSpec,
            ]
          : []),
      ]
    }
    case 'skip_generation': {
      const grandfather = rng.int(56, 76)
      const grandmother = grandfather - rng.int(0, 4)
      const both = rng.chance(0.7)
      const grandmotherOnly = !both && rng.chance(0.6)
      const son = grandfather - rng.int(23, 30)
      const wife = son - rng.int(0, 4)
      const kids = children(rng, wife, 15, fewChildren).map((a) => Math.max(2, a))
      const specs: MemberSpec[] = []
      if (!grandmotherOnly) specs.push({ relation: 'head', sex: 'male', age: grandfather, familyLine: true })
      if (both || grandmotherOnly) {
        specs.push({
          relation: grandmotherOnly ? 'head' : 'spouse',
          sex: 'female',
          age: grandmother,
          familyLine: false,
          marriedIn: true,
        })
      }
      // The parents' household registration usually stays here while they work in the cities.
      if (rng.chance(0.6)) {
        specs.push(
          { relation: 'child', sex: 'male', age: son, familyLine: true, away: true },
          { relation: 'other', sex: 'female', age: wife, familyLine: false, marriedIn: true, away: true },
        )
      }
      specs.push(...kidSpecs(kids, rng, 'grandchild'))
      return specs
    }
    case 'single_adult':
      return [
        {
          relation: 'head',
          sex: rng.chance(0.65) ? 'male' : 'female',
          age: rng.int(25, 59),
          familyLine: true,
        },
      ]
    case 'single_parent': {
      const mother = rng.chance(0.6)
      const age = rng.int(30, 55)
      return [
        { relation: 'head', sex: mother ? 'female' : 'male', age, familyLine: !mother },
        ...kidSpecs(children(rng, age, 24, fewChildren), rng, 'child'),
      ]
    }
    case 'floating': {
      const shape = rng.next()
      if (shape < 0.4)
        return [
          {
            relation: 'head',
            sex: rng.chance(0.7) ? 'male' : 'female',
            age: rng.int(19, 52),
            familyLine: true,
          },
        ]
      if (shape < 0.55) {
        const sex: Sex = rng.chance(0.75) ? 'male' : 'female'
        return [
          { relation: 'head', sex, age: rng.int(20, 50), familyLine: true },
          ...Array.from({ length: rng.int(1, 2) }, (): MemberSpec => ({
            relation: 'other',
            sex,
            age: rng.int(19, 50),
            familyLine: false,
            marriedIn: true,
          })),
        ]
      }
      const husband = rng.int(23, 45)
      const wife = Math.max(21, husband - rng.int(0, 4))
      const specs: MemberSpec[] = [
        { relation: 'head', sex: 'male', age: husband, familyLine: true },
        { relation: 'spouse', sex: 'female', age: wife, familyLine: false, marriedIn: true },
      ]
      if (shape > 0.8) specs.push(...kidSpecs(children(rng, wife, 14, fewChildren), rng, 'child'))
      return specs
    }
    default: {
      const never: never = kind
      return never
    }
  }
}

export interface HouseholdContext {
  rng: Rng
  today: string
  ids: IdentifierRegistry
  /** Surnames of each hosted village. */
  villageSurnames: readonly Weighted<string>[]
  villageCount: number
}

function phoneChance(age: number): number {
  if (age < 12) return 0
  if (age < 16) return 0.3
  if (age < 70) return 0.96
  if (age < 80) return 0.75
  return 0.4
}

/**
 * Builds the members of a household (a village household when `originVillage` is set, floating
 * tenants otherwise), with valid unique identifiers. `settle` then says when it moved in.
 */
export function buildHousehold(
  ctx: HouseholdContext,
  kind: HouseholdKind,
  originVillage: number | null,
  newId: () => string,
): HouseholdPlan {
  const { rng, today } = ctx
  const specs = memberSpecs(rng, kind)
  const floating = originVillage === null
  const surnames = originVillage === null ? undefined : ctx.villageSurnames[originVillage]
  const drawSurname = () => (surnames ? surnames.draw(rng) : generalSurname(rng))
  const familySurname = drawSurname()
  const household: HouseholdPlan = {
    id: newId(),
    code: '',
    kind,
    originVillage,
    members: [],
    head: undefined as unknown as PersonPlan,
    residences: [],
    room: null,
    surname: familySurname,
  }
  // Siblings of the family line often share a generation character (字辈).
  const shared = new Map<string, string | undefined>()
  for (const spec of specs) {
    const birthDate = birthDateForAge(rng, spec.age, today)
    const birthYear = Number(birthDate.slice(0, 4))
    let given: string
    if (spec.familyLine && (spec.relation === 'child' || spec.relation === 'grandchild')) {
      const key = `${spec.relation}:${spec.sex}`
      if (!shared.has(key))
        shared.set(key, rng.chance(0.35) ? generationChar(rng, spec.sex, birthYear) : undefined)
      given = givenName(rng, spec.sex, birthYear, shared.get(key))
    } else {
      given = givenName(rng, spec.sex, birthYear)
    }
    // Spouses married in: mostly from the same village, some from another hosted village, a few
    // from outside whose household registration stayed where it was (人户分离).
    let origin = originVillage
    let hukou: Hukou = floating ? 'floating' : 'registered'
    let fromElsewhere = floating
    if (!floating && spec.marriedIn) {
      const draw = rng.next()
      if (draw < 0.05) {
        origin = null
        hukou = 'other'
        fromElsewhere = true
      } else if (draw < 0.17 && ctx.villageCount > 1) {
        origin = rng.int(0, ctx.villageCount - 1)
      }
    }
    const infant = spec.age < 1
    const idType: IdType = infant && rng.chance(0.6) ? 'none' : 'resident_id'
    const region = fromElsewhere ? elsewhereRegion(rng) : huaianRegionFor(rng, birthDate)
    const id = idType === 'resident_id' ? ctx.ids.residentId(rng, region, birthDate, spec.sex) : null
    const phone = rng.chance(phoneChance(spec.age)) ? ctx.ids.mobile(rng) : null
    const person: PersonPlan = {
      id: newId(),
      surname: spec.familyLine ? familySurname : floating ? generalSurname(rng) : drawSurname(),
      given,
      familyLine: spec.familyLine,
      sex: spec.sex,
      birthDate,
      relation: spec.relation,
      idType,
      idNumber: id?.value ?? null,
      idHash: id?.hash ?? null,
      phone: phone?.value ?? null,
      phoneHash: phone?.hash ?? null,
      hukou,
      originVillage: origin,
      status: 'active',
      joinedOn: birthDate,
      leftOn: null,
      party: false,
      away: spec.away ?? false,
      household,
    }
    household.members.push(person)
    if (spec.relation === 'head') household.head = person
  }
  return household
}

/** The day a household of this kind moved in, given when its village moved in. */
export function moveInDate(rng: Rng, household: HouseholdPlan, villageStart: string, today: string): string {
  let day = addDays(villageStart, rng.int(0, 420))
  // Couples and singles who set up their own household later (分户) moved in after marrying.
  if (household.kind === 'young_couple' || household.kind === 'single_adult') {
    const formed = addDays(addYears(household.head.birthDate, 22), rng.int(0, 1500))
    day = maxDate(day, formed)
  }
  return minDate(day, addDays(today, -rng.int(7, 60)))
}

/** Members joined the household here when it moved in, or at birth if born since. */
export function settleMembers(household: HouseholdPlan, movedIn: string, today: string): void {
  for (const member of household.members) member.joinedOn = minDate(today, maxDate(movedIn, member.birthDate))
}
