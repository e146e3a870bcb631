import type { Executor, PersonTable } from '../../db/index.js'
import { underPath } from '../../db/index.js'

export async function insertPerson(db: Executor, row: PersonTable): Promise<void> {
  await db.insertInto('persons').values(row).execute()
}

export async function findPerson(db: Executor, id: string): Promise<PersonTable | undefined> {
  return db.selectFrom('persons').selectAll().where('id', '=', id).executeTakeFirst()
}

export async function findPersonByIdHash(db: Executor, idHash: string): Promise<PersonTable | undefined> {
  return db.selectFrom('persons').selectAll().where('id_hash', '=', idHash).executeTakeFirst()
}

export async function updatePersonRow(
  db: Executor,
  id: string,
  expectedVersion: number,
  values: Partial<Omit<PersonTable, 'id' | 'version' | 'created_at'>>,
) {
  return db
    .updateTable('persons')
    .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst()
}

export type SearchField = 'name' | 'name_pinyin' | 'name_initials'

export interface PersonScopeFilter {
  /** Org path prefixes (persons living there); empty = none. */
  paths: string[]
  /** Villages whose members (by origin) may be listed. */
  villageIds: string[]
}

/**
 * Persons whose name, pinyin or initials start with `prefix`, within scope, ordered by the sort key.
 * A prefix is a range on an index: [prefix, prefix + U+FFFF).
 */
export async function searchByPrefix(
  db: Executor,
  field: SearchField,
  prefix: string,
  scope: PersonScopeFilter,
  limit: number,
): Promise<PersonTable[]> {
  if (scope.paths.length === 0 && scope.villageIds.length === 0) return []
  return db
    .selectFrom('persons')
    .selectAll()
    .where(field, '>=', prefix)
    .where(field, '<', `${prefix}\uffff`)
    .where((eb) =>
      eb.or([
        ...scope.paths.map((p) => underPath(eb, 'path', p)),
        ...(scope.villageIds.length > 0 ? [eb('origin_village_id', 'in', scope.villageIds)] : []),
      ]),
    )
    .orderBy('name_sort')
    .orderBy('id')
    .limit(limit)
    .execute()
}

export async function searchByTail(
  db: Executor,
  column: 'id_tail' | 'phone_tail',
  tail: string,
  scope: PersonScopeFilter,
  limit: number,
): Promise<PersonTable[]> {
  if (scope.paths.length === 0 && scope.villageIds.length === 0) return []
  return db
    .selectFrom('persons')
    .selectAll()
    .where(column, '=', tail)
    .where((eb) =>
      eb.or([
        ...scope.paths.map((p) => underPath(eb, 'path', p)),
        ...(scope.villageIds.length > 0 ? [eb('origin_village_id', 'in', scope.villageIds)] : []),
      ]),
    )
    .orderBy('name_sort')
    .orderBy('id')
    .limit(limit)
    .execute()
}

/** Everyone living under one org node, by name, a page at a time (keyset on name_sort, id). */
export async function listPersonsUnder(
  db: Executor,
  path: string,
  after: { sort: string; id: string } | null,
  limit: number,
): Promise<PersonTable[]> {
  let q = db
    .selectFrom('persons')
    .selectAll()
    .where((eb) => underPath(eb, 'path', path))
  if (after) {
    q = q.where((eb) =>
      eb.or([
        eb('name_sort', '>', after.sort),
        eb.and([eb('name_sort', '=', after.sort), eb('id', '>', after.id)]),
      ]),
    )
  }
  return q.orderBy('name_sort').orderBy('id').limit(limit).execute()
}
