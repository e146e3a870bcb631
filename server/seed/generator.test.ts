import { describe, expect, it } from 'vitest'
import type { OrgNodeTable } from '../db/index.js'
import { derivePiiKeys } from '../platform/pii.js'
import { isFacilityCategory } from '../modules/org/facility.domain.js'
import { checkUnitPlacement } from '../modules/org/unit.domain.js'
import { isRelation } from '../modules/registry/household.domain.js'
import {
  checkPhone,
  checkResidentId,
  isPersonTag,
  isRestrictedTag,
} from '../modules/registry/person.domain.js'
import { isPostType, postPlaceProblem } from '../modules/registry/post.domain.js'
import { addYears, ageOn, birthDateForAge } from './dates.js'
import { IdentifierRegistry } from './identifiers.js'
import { huaianRegionFor, mobileNumber, residentId } from './ids.js'
import { givenName, villageName, villageSurnames } from './names.js'
import { planCommunity, type LoadedCommunity } from './plan-community.js'
import { Rng } from './random.js'

const keys = derivePiiKeys('generator-test-secret-generator-test-secret')
const today = '2026-06-15'

describe('resident IDs and mobile numbers', () => {
  it('draws resident IDs that pass the product check, carrying the birth date and sex asked for', () => {
    const rng = new Rng(7)
    for (let i = 0; i < 2000; i++) {
      const sex = i % 2 === 0 ? 'male' : 'female'
      const birthDate = birthDateForAge(rng, i % 100, today)
      const id = residentId(rng, huaianRegionFor(rng, birthDate), birthDate, sex)
      const check = checkResidentId(id, new Date(`${today}T12:00:00Z`))
      expect(check, id).toMatchObject({ ok: true, birthDate, sex })
      expect(id.slice(0, 4)).toBe('3208')
    }
  })

  it('gives children born since 2016 the code of 清江浦区 and older people older codes', () => {
    const rng = new Rng(3)
    expect(huaianRegionFor(rng, '2018-03-01')).toBe('320812')
    const older = new Set(Array.from({ length: 200 }, () => huaianRegionFor(rng, '1960-01-01')))
    expect(older.has('320811')).toBe(true)
    expect(older.has('320812')).toBe(false)
  })

  it('draws 11-digit mobiles from the 13x/15x/18x/19x ranges', () => {
    const rng = new Rng(11)
    for (let i = 0; i < 2000; i++) {
      const phone = mobileNumber(rng)
      expect(checkPhone(phone)).toEqual({ ok: true, value: phone })
      expect(phone).toMatch(/^1[3589]\d{9}$/)
    }
  })

  it('never hands out the same ID number or phone twice, even from a crowded birth day', () => {
    const ids = new IdentifierRegistry(keys)
    const rng = new Rng(5)
    const seen = new Set<string>()
    // 450 people of one sex born on one day in one region: most of the 500 sequence numbers.
    for (let i = 0; i < 450; i++) seen.add(ids.residentId(rng, '320812', '2020-02-29', 'female').value)
    for (let i = 0; i < 5000; i++) seen.add(ids.mobile(rng).value)
    expect(seen.size).toBe(5450)
    expect(ids.claim([...seen][0] ?? '')).toBeUndefined()
  })

  it('is deterministic per seed', () => {
    const draw = (seed: number) => {
      const rng = new Rng(seed)
      return Array.from(
        { length: 50 },
        () => `${residentId(rng, '320811', '1970-05-05', 'male')}/${mobileNumber(rng)}`,
      )
    }
    expect(draw(42)).toEqual(draw(42))
    expect(draw(42)).not.toEqual(draw(43))
  })
})

describe('names', () => {
  it('lets a village be dominated by the lineage it is named after', () => {
    const rng = new Rng(1)
    const surnames = villageSurnames(rng, '孔连村')
    const draws = Array.from({ length: 4000 }, () => surnames.draw(rng))
    const kong = draws.filter((s) => s === '孔').length / draws.length
    expect(kong).toBeGreaterThan(0.25)
    expect(new Set(draws).size).toBeGreaterThan(40)
  })

  it('names people in the fashion of their decade', () => {
    const rng = new Rng(2)
    for (let i = 0; i < 500; i++) {
      const name = givenName(rng, i % 2 ? 'male' : 'female', 1930 + (i % 95))
      expect(name).toMatch(/^\p{Script=Han}{1,2}$/u)
    }
    const old = new Set(Array.from({ length: 300 }, () => givenName(rng, 'female', 1945)))
    const young = new Set(Array.from({ length: 300 }, () => givenName(rng, 'female', 2015)))
    expect([...old].filter((n) => young.has(n)).length).toBeLessThan(10)
  })

  it('makes village names that are not taken', () => {
    const rng = new Rng(9)
    const taken = new Set<string>()
    for (let i = 0; i < 300; i++) {
      const name = villageName(rng, taken)
      expect(taken.has(name)).toBe(false)
      expect(name).toMatch(/村$/)
      taken.add(name)
    }
  })
})

function node(
  kind: OrgNodeTable['kind'],
  id: string,
  parent: OrgNodeTable | null,
  code: string,
  name: string,
) {
  const path = `${parent?.path ?? '/'}${id}/`
  const row: OrgNodeTable = {
    id,
    parent_id: parent?.id ?? null,
    kind,
    code,
    name,
    path,
    depth: path.split('/').filter(Boolean).length,
    community_id: null,
    version: 1,
    created_at: 0,
    updated_at: 0,
    boundary: null,
    address: null,
    lat: null,
    lng: null,
    floor: null,
    room_use: null,
    room_state: null,
  }
  return row
}

function community(): LoadedCommunity {
  const park = node('park', 'p0000000-0000-7000-8000-000000000001', null, '320812400', '淮安工业园区')
  const c = node('community', 'c0000000-0000-7000-8000-000000000001', park, '320812400001', '张码花园社区')
  c.community_id = c.id
  return { community: c, parent: park, grids: [], buildings: [], occupied: new Set(), households: 0 }
}

const villages = ['李湾村', '孔连村', '陆集村'].map((name, i) => ({ id: `v${i}`, name }))

function plan(seed: number) {
  return planCommunity(
    community(),
    { residents: 900, seed, villages, grids: 3, buildings: 9, firstYear: 2017, today, now: 1 },
    new IdentifierRegistry(keys),
    keys,
  )
}

describe('planning a community', () => {
  it('is deterministic for a seed (apart from ids and seals) and differs between seeds', () => {
    const fingerprint = (p: ReturnType<typeof plan>) =>
      p.persons.map((r) => [r.name, r.birth_date, r.id_tail, r.phone_tail, r.hukou, r.status].join('|'))
    const a = plan(1)
    const b = plan(1)
    expect(fingerprint(a)).toEqual(fingerprint(b))
    expect(a.households.map((h) => h.code)).toEqual(b.households.map((h) => h.code))
    expect(a.stats.coverage).toEqual(b.stats.coverage)
    expect(fingerprint(plan(2))).not.toEqual(fingerprint(a))
  })

  it('uses only the registry’s relations, post types, tags, unit placements and facility categories', () => {
    const p = plan(3)
    const nodes = new Map([...p.newNodes, community().community, community().parent].map((n) => [n.id, n]))
    for (const m of p.members) expect(isRelation(m.relation), m.relation).toBe(true)
    for (const post of p.posts) {
      expect(isPostType(post.post_type), post.post_type).toBe(true)
      if (!isPostType(post.post_type)) continue
      const kind = post.village_id ? 'village' : (nodes.get(post.node_id ?? '')?.kind ?? 'room')
      expect(postPlaceProblem(post.post_type, kind), `${post.title} at ${kind}`).toBeNull()
    }
    for (const tag of p.tags) {
      expect(isPersonTag(tag.tag)).toBe(true)
      expect(tag.restricted === 1).toBe(isRestrictedTag(tag.tag))
    }
    const units = new Map(p.units.map((u) => [u.id, u]))
    for (const u of p.units) {
      const problem = checkUnitPlacement({
        kind: u.kind,
        nodeKind: nodes.get(u.node_id)?.kind ?? 'room',
        parentKind: u.parent_unit_id ? (units.get(u.parent_unit_id)?.kind ?? null) : null,
        fn: u.function,
      })
      expect(problem, u.name).toBeNull()
    }
    for (const f of p.facilities) expect(isFacilityCategory(f.category), f.category).toBe(true)
  })

  it('builds households people would recognise', () => {
    const p = plan(4)
    const persons = new Map(p.persons.map((r) => [r.id, r]))
    expect(p.stats.residents).toBeGreaterThanOrEqual(900)
    expect(p.stats.residents).toBeLessThan(960)
    // Household size 1–6 (living members), each with its head among them.
    const living = new Map<string, number>()
    for (const m of p.members) {
      const person = persons.get(m.person_id)
      if (m.left_on === null && person?.status === 'active')
        living.set(m.household_id, (living.get(m.household_id) ?? 0) + 1)
    }
    for (const h of p.households.filter((x) => x.room_id)) {
      const n = living.get(h.id) ?? 0
      expect(n).toBeGreaterThanOrEqual(1)
      expect(n).toBeLessThanOrEqual(7)
    }
    // A head is an adult; children are younger than the head (or the head's parents).
    for (const h of p.households) {
      const head = persons.get(h.head_person_id ?? '')
      expect(head && ageOn(head.birth_date ?? today, today)).toBeGreaterThanOrEqual(18)
    }
    // Elderly alone, floating tenants without an origin village, an infant without an ID yet.
    expect(p.tags.some((t) => t.tag === 'elderly_alone')).toBe(true)
    const floating = p.persons.filter((r) => r.hukou === 'floating')
    expect(floating.length).toBeGreaterThan(0)
    expect(floating.every((r) => r.origin_village_id === null)).toBe(true)
    const none = p.persons.filter((r) => r.id_type === 'none')
    expect(none.length).toBeGreaterThan(0)
    for (const r of none) {
      expect([r.id_hash, r.id_tail, r.id_sealed]).toEqual([null, null, null])
      expect(r.birth_date && r.birth_date > addYears(today, -1)).toBe(true)
    }
    // About 4% of adults are party members (plus cadres and building leaders).
    const adults = p.persons.filter((r) => r.status === 'active' && ageOn(r.birth_date ?? today, today) >= 18)
    const share = adults.filter((r) => r.party_member === 1).length / adults.length
    expect(share).toBeGreaterThan(0.03)
    expect(share).toBeLessThan(0.08)
  })
})
