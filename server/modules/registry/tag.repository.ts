import type { Executor, OrgNodeTable, PersonTable, PersonTagTable } from '../../db/index.js'
import { dialectOf, pathRange } from '../../db/index.js'

export async function findPersonRow(db: Executor, id: string): Promise<PersonTable | undefined> {
  return db.selectFrom('persons').selectAll().where('id', '=', id).executeTakeFirst()
}

export async function findNodeRow(db: Executor, id: string): Promise<OrgNodeTable | undefined> {
  return db.selectFrom('org_nodes').selectAll().where('id', '=', id).executeTakeFirst()
}

/**
 * Takes the person's row lock on PostgreSQL, so "no open tag/post/link of this kind yet" checks
 * and the write after them are not raced by another transaction (SQLite's single writer already is).
 */
export async function lockPerson(db: Executor, id: string): Promise<PersonTable | undefined> {
  const q = db.selectFrom('persons').selectAll().where('id', '=', id)
  return (dialectOf(db) === 'postgres' ? q.forUpdate() : q).executeTakeFirst()
}

export async function findTag(db: Executor, id: string): Promise<PersonTagTable | undefined> {
  return db.selectFrom('person_tags').selectAll().where('id', '=', id).executeTakeFirst()
}

export async function findOpenTag(
  db: Executor,
  personId: string,
  tag: string,
): Promise<PersonTagTable | undefined> {
  return db
    .selectFrom('person_tags')
    .selectAll()
    .where('person_id', '=', personId)
    .where('tag', '=', tag)
    .where('until_on', 'is', null)
    .executeTakeFirst()
}

export async function insertTag(db: Executor, row: PersonTagTable): Promise<void> {
  await db.insertInto('person_tags').values(row).execute()
}

export async function endTagRow(
  db: Executor,
  input: { id: string; expectedVersion: number; untilOn: string; now: number },
) {
  return db
    .updateTable('person_tags')
    .set((eb) => ({ until_on: input.untilOn, updated_at: input.now, version: eb('version', '+', 1) }))
    .where('id', '=', input.id)
    .where('version', '=', input.expectedVersion)
    .where('until_on', 'is', null)
    .executeTakeFirst()
}

export interface TagRow extends PersonTagTable {
  responsible_name: string | null
}

/** A person's tags, open ones first; restricted ones only when asked for (never counted otherwise). */
export async function listTagsOfPerson(
  db: Executor,
  personId: string,
  options: { withRestricted: boolean; includeEnded: boolean },
): Promise<TagRow[]> {
  let q = db
    .selectFrom('person_tags as t')
    .leftJoin('persons as r', 'r.id', 't.responsible_person_id')
    .selectAll('t')
    .select('r.name as responsible_name')
    .where('t.person_id', '=', personId)
  if (!options.withRestricted) q = q.where('t.restricted', '=', 0)
  if (!options.includeEnded) q = q.where('t.until_on', 'is', null)
  return q.orderBy('t.tag').orderBy('t.id').limit(500).execute()
}

export async function findTagWithResponsible(db: Executor, id: string): Promise<TagRow | undefined> {
  return db
    .selectFrom('person_tags as t')
    .leftJoin('persons as r', 'r.id', 't.responsible_person_id')
    .selectAll('t')
    .select('r.name as responsible_name')
    .where('t.id', '=', id)
    .executeTakeFirst()
}

export interface TaggedPersonRow {
  tag_id: string
  tag: string
  since_on: string | null
  note: string | null
  person_id: string
  name: string
  name_sort: string
  sex: 'male' | 'female'
  birth_date: string | null
  path: string
  place_name: string | null
  responsible_person_id: string | null
  responsible_name: string | null
}

/**
 * Persons living under `path` with an open tag, by name (keyset on name_sort, tag id: a person
 * tagged twice by a race still pages cleanly).
 */
export async function listTaggedUnder(
  db: Executor,
  input: { path: string; tag: string; after: { sort: string; id: string } | null; limit: number },
): Promise<TaggedPersonRow[]> {
  const range = pathRange(input.path)
  let q = db
    .selectFrom('person_tags as t')
    .innerJoin('persons as p', 'p.id', 't.person_id')
    .leftJoin('persons as r', 'r.id', 't.responsible_person_id')
    .leftJoin('org_nodes as n', 'n.path', 'p.path')
    .select([
      't.id as tag_id',
      't.tag',
      't.since_on',
      't.note',
      'p.id as person_id',
      'p.name',
      'p.name_sort',
      'p.sex',
      'p.birth_date',
      'p.path',
      'n.name as place_name',
      't.responsible_person_id',
      'r.name as responsible_name',
    ])
    .where('t.tag', '=', input.tag)
    .where('t.until_on', 'is', null)
    .where('p.status', '=', 'active')
    .where('p.path', '>=', range.from)
    .where('p.path', '<', range.to)
  const after = input.after
  if (after) {
    q = q.where((eb) =>
      eb.or([
        eb('p.name_sort', '>', after.sort),
        eb.and([eb('p.name_sort', '=', after.sort), eb('t.id', '>', after.id)]),
      ]),
    )
  }
  return q.orderBy('p.name_sort').orderBy('t.id').limit(input.limit).execute()
}
