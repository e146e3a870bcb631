import type { Executor, PersonTable } from '../../db/index.js'
import { pathRange, underPath } from '../../db/index.js'
import { sql } from 'kysely'
import { preparedQuery } from '../../db/prepared.js'

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

type ScopedQuery = (db: Executor, shape: string, ...params: (string | number)[]) => Promise<PersonTable[]>
const scopedQueries = new Map<string, ScopedQuery>()

/**
 * One compiled query per (kind, column, number of scope paths, number of villages): searches run on
 * every keystroke of a search box, so they skip Kysely's per-call build and compile.
 */
function scopedQuery(
  kind: 'prefix' | 'tail',
  column: string,
  nPaths: number,
  nVillages: number,
  byCommunity: boolean,
  limit: number,
): ScopedQuery {
  // The limit is part of the SQL text, not a parameter: with a literal LIMIT SQLite's sorter keeps
  // only the top rows (measured: a bound LIMIT makes the tail search ~2.3× slower).
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new RangeError(`bad limit ${limit}`)
  const key = `${kind}:${column}:${nPaths}:${nVillages}:${byCommunity ? 'c' : ''}:${limit}`
  const perPath = byCommunity ? 3 : 2
  let query = scopedQueries.get(key)
  if (!query) {
    query = preparedQuery<PersonTable, (string | number)[]>(
      (db: Executor, ...params: (string | number)[]) => {
        const [low, high, , ...scope] = params
        // Each path arrives as its range bounds (from, to), and its community when byCommunity.
        const bounds = scope.slice(0, nPaths * perPath).map(String)
        const villages = scope.slice(nPaths * perPath).map(String)
        let q = db.selectFrom('persons').selectAll()
        const field = column as SearchField
        q =
          kind === 'prefix'
            ? q.where(field, '>=', String(low)).where(field, '<', String(high))
            : // "Ends with 1234" is a phone or an ID tail, in one query: both dialects use the two
              // tail indexes for the OR and sort the few matches.
              q.where((eb) => eb.or([eb('phone_tail', '=', String(low)), eb('id_tail', '=', String(low))]))
        return q
          .where((eb) =>
            eb.or([
              ...Array.from({ length: nPaths }, (_, i) =>
                eb.and([
                  // The community first: (community_id, name…) indexes then serve a name prefix inside
                  // one community without walking the district's whole name range.
                  ...(byCommunity ? [eb('community_id', '=', bounds[perPath * i + 2] ?? '')] : []),
                  eb('path', '>=', bounds[perPath * i] ?? ''),
                  eb('path', '<', bounds[perPath * i + 1] ?? ''),
                ]),
              ),
              ...(villages.length > 0 ? [eb('origin_village_id', 'in', villages)] : []),
            ]),
          )
          .orderBy('name_sort')
          .orderBy('id')
          .limit(sql.lit(limit))
      },
    )
    scopedQueries.set(key, query)
  }
  return query
}

/** The community a path lies in: the tree is district → street or park → community → …, always. */
function communityOf(path: string): string | undefined {
  return path.split('/').filter((s) => s !== '')[2]
}

function scopeParams(scope: PersonScopeFilter, byCommunity: boolean): string[] {
  return [
    ...scope.paths.flatMap((p) => {
      const { from, to } = pathRange(p)
      return byCommunity ? [from, to, communityOf(p) ?? ''] : [from, to]
    }),
    ...scope.villageIds,
  ]
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
  const byCommunity = scope.paths.every((p) => communityOf(p) !== undefined)
  const query = scopedQuery('prefix', field, scope.paths.length, scope.villageIds.length, byCommunity, limit)
  return query(db, '', prefix, `${prefix}\uffff`, limit, ...scopeParams(scope, byCommunity))
}

/** Persons whose phone or ID number ends with `tail`. */
export async function searchByTail(
  db: Executor,
  tail: string,
  scope: PersonScopeFilter,
  limit: number,
): Promise<PersonTable[]> {
  if (scope.paths.length === 0 && scope.villageIds.length === 0) return []
  const query = scopedQuery(
    'tail',
    'phone_or_id_tail',
    scope.paths.length,
    scope.villageIds.length,
    false,
    limit,
  )
  return query(db, '', tail, '', limit, ...scopeParams(scope, false))
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
