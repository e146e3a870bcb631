// Queries of the Open311 face. Public reads select only the columns a public item may show: the
// resident's words, name and phone are never even read here.
import type { Executor, OrgNodeTable, Open311ClientTable, RequestCategoryTable } from '../../db/index.js'
import { pathRange, toNumber } from '../../db/index.js'
import type { WorkState } from '../requests/index.js'
import type { PlaceNode } from './open311.domain.js'

export async function findClientByKeyHash(
  db: Executor,
  keyHash: string,
): Promise<Open311ClientTable | undefined> {
  return db.selectFrom('open311_clients').selectAll().where('key_hash', '=', keyHash).executeTakeFirst()
}

export async function insertClient(db: Executor, row: Open311ClientTable): Promise<void> {
  await db.insertInto('open311_clients').values(row).execute()
}

export async function findClient(db: Executor, id: string): Promise<Open311ClientTable | undefined> {
  return db.selectFrom('open311_clients').selectAll().where('id', '=', id).executeTakeFirst()
}

export async function markClientRevoked(db: Executor, id: string, now: number): Promise<boolean> {
  const result = await db
    .updateTable('open311_clients')
    .set({ revoked_at: now })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst()
  return result.numUpdatedRows > 0n
}

/** Every client with the code and name of its jurisdiction's node. */
export async function listClients(
  db: Executor,
): Promise<(Open311ClientTable & { node_code: string | null; node_name: string | null })[]> {
  return db
    .selectFrom('open311_clients as c')
    .leftJoin('org_nodes as n', 'n.path', 'c.jurisdiction_path')
    .selectAll('c')
    .select(['n.code as node_code', 'n.name as node_name'])
    .orderBy('c.created_at')
    .execute()
}

export async function findNodeByCode(db: Executor, code: string): Promise<OrgNodeTable | undefined> {
  return db.selectFrom('org_nodes').selectAll().where('code', '=', code).executeTakeFirst()
}

export async function findNodeByPath(db: Executor, path: string): Promise<OrgNodeTable | undefined> {
  return db.selectFrom('org_nodes').selectAll().where('path', '=', path).executeTakeFirst()
}

export async function findCommunitiesByCodes(
  db: Executor,
  codes: string[],
): Promise<{ id: string; code: string; path: string }[]> {
  if (codes.length === 0) return []
  return db
    .selectFrom('org_nodes')
    .select(['id', 'code', 'path'])
    .where('code', 'in', codes)
    .where('kind', '=', 'community')
    .execute()
}

/** Nodes by id with what a public address and an agency name need (chunked: lists may name many). */
export async function findPlaceNodes(db: Executor, ids: readonly string[]): Promise<PlaceNode[]> {
  const unique = [...new Set(ids)]
  const out: PlaceNode[] = []
  for (let i = 0; i < unique.length; i += 500) {
    const chunk = unique.slice(i, i + 500)
    out.push(
      ...(await db
        .selectFrom('org_nodes')
        .select(['id', 'kind', 'code', 'name', 'address', 'lat', 'lng'])
        .where('id', 'in', chunk)
        .execute()),
    )
  }
  return out
}

export async function villageNames(db: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)]
  if (unique.length === 0) return new Map()
  const rows = await db.selectFrom('villages').select(['id', 'name']).where('id', 'in', unique).execute()
  return new Map(rows.map((r) => [r.id, r.name]))
}

export async function listActiveCategories(db: Executor): Promise<RequestCategoryTable[]> {
  return db.selectFrom('request_categories').selectAll().where('active', '=', 1).orderBy('sort').execute()
}

export async function lastCategoryChange(db: Executor): Promise<number | null> {
  const row = await db
    .selectFrom('request_categories')
    .select((eb) => eb.fn.max('updated_at').as('at'))
    .executeTakeFirst()
  return row ? toNumber(row.at) : null
}

/** Buildings with a stored position inside a box around a point, under an org path. */
export async function buildingsNear(
  db: Executor,
  input: { path: string; lat: number; lng: number; dLat: number; dLng: number },
): Promise<Pick<OrgNodeTable, 'id' | 'code' | 'lat' | 'lng'>[]> {
  const { from, to } = pathRange(input.path)
  return db
    .selectFrom('org_nodes')
    .select(['id', 'code', 'lat', 'lng'])
    .where('kind', '=', 'building')
    .where('path', '>=', from)
    .where('path', '<', to)
    .where('lat', '>=', input.lat - input.dLat)
    .where('lat', '<=', input.lat + input.dLat)
    .where('lng', '>=', input.lng - input.dLng)
    .where('lng', '<=', input.lng + input.dLng)
    .limit(500)
    .execute()
}

export interface PublicItemFilter {
  /** Only items filed under this org path. */
  path: string | null
  /** Exact items (community, number); overrides the other filters. */
  ids: { communityId: string; number: string }[] | null
  categoryCodes: string[] | null
  states: WorkState[] | null
  from: number | null
  to: number | null
  limit: number
}

/** Items of public categories, newest first. */
export async function listPublicItems(db: Executor, filter: PublicItemFilter) {
  let q = db
    .selectFrom('work_items as w')
    .innerJoin('request_categories as c', 'c.code', 'w.category_code')
    .select([
      'w.id',
      'w.number',
      'w.category_code',
      'c.name_zh as category_name',
      'w.state',
      'w.level',
      'w.outcome',
      'w.cancel_reason',
      'w.merged_into_id',
      'w.public_text',
      'w.node_id',
      'w.path',
      'w.grid_id',
      'w.community_id',
      'w.street_id',
      'w.village_id',
      'w.reported_at',
      'w.updated_at',
      'w.closed_at',
      'w.due_at',
    ])
    .where('c.public', '=', 1)
    .where('w.kind', '=', 'request')
  if (filter.path !== null) {
    const { from, to } = pathRange(filter.path)
    q = q.where('w.path', '>=', from).where('w.path', '<', to)
  }
  if (filter.ids !== null) {
    const ids = filter.ids
    if (ids.length === 0) return []
    q = q.where((eb) =>
      eb.or(
        ids.map((i) => eb.and([eb('w.community_id', '=', i.communityId), eb('w.number', '=', i.number)])),
      ),
    )
  }
  if (filter.categoryCodes !== null) {
    if (filter.categoryCodes.length === 0) return []
    q = q.where('w.category_code', 'in', filter.categoryCodes)
  }
  if (filter.states !== null) {
    if (filter.states.length === 0) return []
    q = q.where('w.state', 'in', filter.states)
  }
  if (filter.from !== null) q = q.where('w.reported_at', '>=', filter.from)
  if (filter.to !== null) q = q.where('w.reported_at', '<=', filter.to)
  return q.orderBy('w.reported_at', 'desc').orderBy('w.id', 'desc').limit(filter.limit).execute()
}

export type PublicItemRow = Awaited<ReturnType<typeof listPublicItems>>[number]
