// Care tags as a community keeps them — old people living alone, the very old, disabled residents,
// 低保 and 特困 households, veterans, left-behind children, the unemployed — each with the cadre
// who looks after them; and a few restricted tags (only some roles may read them).
import type { PersonTagTable } from '../db/index.js'
import { newId } from '../platform/ids.js'
import type { CommunityPlan } from './community.js'
import { addDays, addYears, ageOn, dateBetween, maxDate, minDate } from './dates.js'
import type { PersonPlan } from './households.js'
import { isResident, type NetworkPlan } from './network.js'

const disabilities = [
  '肢体残疾二级',
  '肢体残疾四级',
  '视力残疾三级',
  '听力残疾四级',
  '智力残疾三级',
  '精神残疾二级',
  '言语残疾四级',
]

const restrictedRates = [
  ['community_correction', 0.0006],
  ['released_prisoner', 0.001],
  ['severe_mental_illness', 0.002],
  ['drug_rehabilitation', 0.0004],
] as const

export function planTags(plan: CommunityPlan, network: NetworkPlan): PersonTagTable[] {
  const { rng, today, now } = plan
  const tags: PersonTagTable[] = []
  const { departmentHeads, gridWorkers } = network.cadres
  const leaderOf = new Map<PersonPlan, PersonPlan>()
  for (const c of network.clusters) {
    if (!c.leader) continue
    for (const h of c.households) for (const m of h.members) leaderOf.set(m, c.leader)
  }
  const gridWorkerOf = (p: PersonPlan) =>
    gridWorkers[p.household.room?.building.grid.index ?? 0] ?? departmentHeads.livelihood
  const tag = (
    person: PersonPlan,
    name: string,
    responsible: PersonPlan | undefined,
    sinceOn: string,
    note: string | null = null,
    restricted = false,
    untilOn: string | null = null,
  ) => {
    tags.push({
      id: newId(),
      person_id: person.id,
      tag: name,
      restricted: restricted ? 1 : 0,
      responsible_person_id: responsible?.id ?? null,
      since_on: minDate(sinceOn, today),
      until_on: untilOn,
      note,
      version: 1,
      created_at: now,
      updated_at: now,
    })
  }
  const residents = plan.persons.filter(isResident)
  const sinceHere = (p: PersonPlan, from: string) => maxDate(from, p.joinedOn)

  for (const household of plan.households) {
    if (!household.room) continue
    const living = household.members.filter(isResident)
    const head = household.head
    const movedIn = household.residences.at(-1)?.movedIn ?? today
    const only = living.length === 1 ? living[0] : undefined
    if (only && ageOn(only.birthDate, today) >= 60) {
      const widowed = household.members.find((m) => m.status === 'deceased')?.leftOn
      tag(
        only,
        'elderly_alone',
        leaderOf.get(only) ?? gridWorkerOf(only),
        maxDate(maxDate(movedIn, addYears(only.birthDate, 60)), widowed ?? movedIn),
      )
      if (ageOn(only.birthDate, today) >= 70 && household.originVillage !== null && rng.chance(0.1)) {
        tag(
          only,
          'extreme_hardship',
          departmentHeads.livelihood,
          dateBetween(rng, movedIn, today),
          '无劳动能力、无生活来源、无法定赡养人',
        )
        continue
      }
    }
    if (household.originVillage === null || !isResident(head)) continue
    const lowIncome =
      household.kind === 'single_parent' ? 0.15 : household.kind === 'elderly_alone' ? 0.08 : 0.018
    if (rng.chance(lowIncome)) {
      tag(
        head,
        'low_income',
        departmentHeads.livelihood,
        dateBetween(rng, movedIn, today),
        `低保户，家庭成员${living.length}人`,
      )
    }
  }

  for (const p of residents) {
    const age = ageOn(p.birthDate, today)
    if (age >= 80) tag(p, 'very_old', gridWorkerOf(p), sinceHere(p, addYears(p.birthDate, 80)))
    if (rng.chance(age >= 60 ? 0.045 : 0.012)) {
      tag(
        p,
        'disabled',
        gridWorkerOf(p),
        sinceHere(p, dateBetween(rng, p.birthDate, today)),
        rng.pick(disabilities),
      )
    }
    if (p.sex === 'male' && age >= 38 && age <= 85 && p.hukou !== 'floating' && rng.chance(0.04)) {
      tag(
        p,
        'veteran',
        departmentHeads.livelihood,
        sinceHere(p, addYears(p.birthDate, rng.int(21, 26))),
        '退役军人',
      )
    }
    if (age < 16 && p.household.kind === 'skip_generation') {
      tag(p, 'left_behind_child', gridWorkerOf(p), sinceHere(p, p.birthDate), '父母在外务工，由祖父母照料')
    }
    if (age >= 20 && age <= 55 && p.hukou === 'registered' && rng.chance(0.035)) {
      const start = dateBetween(rng, addDays(today, -900), addDays(today, -20))
      // Some found work again: the tag stays as history.
      const ended = rng.chance(0.2) ? dateBetween(rng, start, today) : null
      tag(p, 'unemployed', departmentHeads.development, sinceHere(p, start), '登记失业', false, ended)
    }
  }

  // Restricted tags: rare, and every community gets at least two so the rule is visible.
  const adults = residents.filter((p) => ageOn(p.birthDate, today) >= 20 && ageOn(p.birthDate, today) <= 65)
  let restricted = 0
  for (const [name, rate] of restrictedRates) {
    for (const p of adults) {
      if (!rng.chance(rate)) continue
      tag(
        p,
        name,
        departmentHeads.governance,
        sinceHere(p, dateBetween(rng, addYears(today, -6), today)),
        null,
        true,
      )
      restricted++
    }
  }
  for (const p of rng.sample(adults, Math.max(0, 2 - restricted))) {
    tag(p, 'severe_mental_illness', departmentHeads.governance, sinceHere(p, addYears(today, -3)), null, true)
  }
  return tags
}
