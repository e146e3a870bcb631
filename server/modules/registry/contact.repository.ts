import type { ContactTable, Executor, HouseholdTable, PostTable } from '../../db/index.js'
import { pathRange, toNumber } from '../../db/index.js'
import type { ContactKind } from './contact.domain.js'

export async function findHouseholdRow(db: Executor, id: string): Promise<HouseholdTable | undefined> {
  return db.selectFrom('households').selectAll().where('id', '=', id).executeTakeFirst()
}

export async function findContactRow(db: Executor, id: string): Promise<ContactTable | undefined> {
  return db.selectFrom('contacts').selectAll().where('id', '=', id).executeTakeFirst()
}

/** The person's open posts of these types (a building leader's buildings). */
export async function listOpenPostsOfTypes(
  db: Executor,
  personId: string,
  types: readonly string[],
): Promise<PostTable[]> {
  if (types.length === 0) return []
  return db
    .selectFrom('posts')
    .selectAll()
    .where('person_id', '=', personId)
    .where('post_type', 'in', types)
    .where('ended_on', 'is', null)
    .where('node_id', 'is not', null)
    .orderBy('id')
    .execute()
}

export async function findOpenContact(
  db: Executor,
  input: { kind: ContactKind; fromPersonId: string; toPersonId: string | null; toHouseholdId: string | null },
): Promise<ContactTable | undefined> {
  let q = db
    .selectFrom('contacts')
    .selectAll()
    .where('from_person_id', '=', input.fromPersonId)
    .where('kind', '=', input.kind)
    .where('until_on', 'is', null)
  q =
    input.toPersonId !== null
      ? q.where('to_person_id', '=', input.toPersonId)
      : q.where('to_household_id', '=', input.toHouseholdId ?? '')
  return q.executeTakeFirst()
}

export async function insertContact(db: Executor, row: ContactTable): Promise<void> {
  await db.insertInto('contacts').values(row).execute()
}

export async function endContactRow(db: Executor, id: string, untilOn: string): Promise<boolean> {
  const result = await db
    .updateTable('contacts')
    .set({ until_on: untilOn })
    .where('id', '=', id)
    .where('until_on', 'is', null)
    .executeTakeFirst()
  return result.numUpdatedRows > 0n
}

export interface ContactRow extends ContactTable {
  from_name: string
  to_person_name: string | null
  household_code: string | null
  head_name: string | null
  room_name: string | null
  unit_name: string | null
  building_name: string | null
}

function contactsWithNames(db: Executor) {
  return db
    .selectFrom('contacts as c')
    .innerJoin('persons as f', 'f.id', 'c.from_person_id')
    .leftJoin('persons as t', 't.id', 'c.to_person_id')
    .leftJoin('households as h', 'h.id', 'c.to_household_id')
    .leftJoin('persons as hp', 'hp.id', 'h.head_person_id')
    .leftJoin('org_nodes as r', 'r.id', 'h.room_id')
    .leftJoin('org_nodes as u', 'u.id', 'r.parent_id')
    .leftJoin('org_nodes as b', 'b.id', 'u.parent_id')
    .selectAll('c')
    .select([
      'f.name as from_name',
      't.name as to_person_name',
      'h.code as household_code',
      'hp.name as head_name',
      'r.name as room_name',
      'u.name as unit_name',
      'b.name as building_name',
    ])
}

export async function findContactWithNames(db: Executor, id: string): Promise<ContactRow | undefined> {
  return contactsWithNames(db).where('c.id', '=', id).executeTakeFirst()
}

/** Open links from or to a person (their members, their households, their building leader). */
export async function listOpenContactsOfPerson(db: Executor, personId: string): Promise<ContactRow[]> {
  return contactsWithNames(db)
    .where('c.until_on', 'is', null)
    .where((eb) => eb.or([eb('c.from_person_id', '=', personId), eb('c.to_person_id', '=', personId)]))
    .orderBy('c.kind')
    .orderBy('c.id')
    .limit(500)
    .execute()
}

// Coverage: every figure below is one aggregate query over an indexed path range.
//
// Households count while they live in one of the community's rooms. Moving out clears the
// household's room (and closes its residence): it then sits at the community's path with no room,
// like a household that never had one. Neither has anyone to call on, so neither is "uncovered".

export async function householdCoverage(
  db: Executor,
  path: string,
): Promise<{ total: number; covered: number }> {
  const range = pathRange(path)
  const row = await db
    .selectFrom('households as h')
    .where('h.path', '>=', range.from)
    .where('h.path', '<', range.to)
    .where('h.room_id', 'is not', null)
    .select((eb) => [
      eb.fn.countAll().as('total'),
      eb.fn
        .count(
          eb
            .case()
            .when(
              eb.exists(
                eb
                  .selectFrom('contacts as c')
                  .select('c.id')
                  .whereRef('c.to_household_id', '=', 'h.id')
                  .where('c.kind', '=', 'member_household')
                  .where('c.until_on', 'is', null),
              ),
            )
            .then(1)
            .end(),
        )
        .as('covered'),
    ])
    .executeTakeFirstOrThrow()
  return { total: toNumber(row.total), covered: toNumber(row.covered) }
}

/** Active party members living under `path`, each with their number of open household links. */
function memberLinkCounts(db: Executor, path: string) {
  const range = pathRange(path)
  return db
    .selectFrom('persons as p')
    .leftJoin('contacts as c', (join) =>
      join
        .onRef('c.from_person_id', '=', 'p.id')
        .on('c.kind', '=', 'member_household')
        .on('c.until_on', 'is', null),
    )
    .where('p.party_member', '=', 1)
    .where('p.status', '=', 'active')
    .where('p.path', '>=', range.from)
    .where('p.path', '<', range.to)
    .groupBy(['p.id', 'p.name', 'p.name_sort'])
}

/** Holders of an open building-leader post under `path`, each with their number of open member links. */
function leaderLinkCounts(db: Executor, path: string, leaderTypes: readonly string[]) {
  const range = pathRange(path)
  return db
    .selectFrom('persons as p')
    .leftJoin('contacts as c', (join) =>
      join
        .onRef('c.from_person_id', '=', 'p.id')
        .on('c.kind', '=', 'leader_member')
        .on('c.until_on', 'is', null),
    )
    .where('p.id', 'in', (eb) =>
      eb
        .selectFrom('posts as po')
        .select('po.person_id')
        .where('po.post_type', 'in', leaderTypes)
        .where('po.ended_on', 'is', null)
        .where('po.path', '>=', range.from)
        .where('po.path', '<', range.to),
    )
    .groupBy(['p.id', 'p.name', 'p.name_sort'])
}

export interface TargetTotals {
  total: number
  onTarget: number
}

export async function memberTotals(db: Executor, path: string, target: number): Promise<TargetTotals> {
  const counts = memberLinkCounts(db, path).select((eb) => ['p.id', eb.fn.count<number>('c.id').as('n')])
  const row = await db
    .selectFrom(counts.as('m'))
    .select((eb) => [
      eb.fn.countAll().as('total'),
      eb.fn.count(eb.case().when('m.n', '=', target).then(1).end()).as('on_target'),
    ])
    .executeTakeFirstOrThrow()
  return { total: toNumber(row.total), onTarget: toNumber(row.on_target) }
}

export async function leaderTotals(
  db: Executor,
  path: string,
  leaderTypes: readonly string[],
  target: number,
): Promise<TargetTotals> {
  if (leaderTypes.length === 0) return { total: 0, onTarget: 0 }
  const counts = leaderLinkCounts(db, path, leaderTypes).select((eb) => [
    'p.id',
    eb.fn.count<number>('c.id').as('n'),
  ])
  const row = await db
    .selectFrom(counts.as('m'))
    .select((eb) => [
      eb.fn.countAll().as('total'),
      eb.fn.count(eb.case().when('m.n', '=', target).then(1).end()).as('on_target'),
    ])
    .executeTakeFirstOrThrow()
  return { total: toNumber(row.total), onTarget: toNumber(row.on_target) }
}

export interface LinkCountRow {
  id: string
  name: string
  name_sort: string
  n: number
}

export async function listMembersOffTarget(
  db: Executor,
  input: { path: string; target: number; after: { sort: string; id: string } | null; limit: number },
): Promise<LinkCountRow[]> {
  let q = memberLinkCounts(db, input.path)
    .select((eb) => ['p.id', 'p.name', 'p.name_sort', eb.fn.count<number>('c.id').as('n')])
    .having((eb) => eb.fn.count('c.id'), '!=', input.target)
  const after = input.after
  if (after) {
    q = q.where((eb) =>
      eb.or([
        eb('p.name_sort', '>', after.sort),
        eb.and([eb('p.name_sort', '=', after.sort), eb('p.id', '>', after.id)]),
      ]),
    )
  }
  const rows = await q.orderBy('p.name_sort').orderBy('p.id').limit(input.limit).execute()
  return rows.map((r) => ({ ...r, n: toNumber(r.n) }))
}

export async function listLeadersOffTarget(
  db: Executor,
  input: {
    path: string
    leaderTypes: readonly string[]
    target: number
    after: { sort: string; id: string } | null
    limit: number
  },
): Promise<LinkCountRow[]> {
  if (input.leaderTypes.length === 0) return []
  let q = leaderLinkCounts(db, input.path, input.leaderTypes)
    .select((eb) => ['p.id', 'p.name', 'p.name_sort', eb.fn.count<number>('c.id').as('n')])
    .having((eb) => eb.fn.count('c.id'), '!=', input.target)
  const after = input.after
  if (after) {
    q = q.where((eb) =>
      eb.or([
        eb('p.name_sort', '>', after.sort),
        eb.and([eb('p.name_sort', '=', after.sort), eb('p.id', '>', after.id)]),
      ]),
    )
  }
  const rows = await q.orderBy('p.name_sort').orderBy('p.id').limit(input.limit).execute()
  return rows.map((r) => ({ ...r, n: toNumber(r.n) }))
}

export interface UncoveredHouseholdRow {
  id: string
  code: string
  head_name: string | null
  room_name: string | null
  unit_name: string | null
  building_name: string | null
}

/** Households living under `path` (they have a room) that no party member has an open link to, by code. */
export async function listUncoveredHouseholds(
  db: Executor,
  input: { path: string; after: { code: string; id: string } | null; limit: number },
): Promise<UncoveredHouseholdRow[]> {
  const range = pathRange(input.path)
  let q = db
    .selectFrom('households as h')
    .leftJoin('persons as hp', 'hp.id', 'h.head_person_id')
    .leftJoin('org_nodes as r', 'r.id', 'h.room_id')
    .leftJoin('org_nodes as u', 'u.id', 'r.parent_id')
    .leftJoin('org_nodes as b', 'b.id', 'u.parent_id')
    .select([
      'h.id',
      'h.code',
      'hp.name as head_name',
      'r.name as room_name',
      'u.name as unit_name',
      'b.name as building_name',
    ])
    .where('h.path', '>=', range.from)
    .where('h.path', '<', range.to)
    .where('h.room_id', 'is not', null)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('contacts as c')
            .select('c.id')
            .whereRef('c.to_household_id', '=', 'h.id')
            .where('c.kind', '=', 'member_household')
            .where('c.until_on', 'is', null),
        ),
      ),
    )
  const after = input.after
  if (after) {
    q = q.where((eb) =>
      eb.or([
        eb('h.code', '>', after.code),
        eb.and([eb('h.code', '=', after.code), eb('h.id', '>', after.id)]),
      ]),
    )
  }
  return q.orderBy('h.code').orderBy('h.id').limit(input.limit).execute()
}
