import type { Executor, FacilityTable, OrgNodeTable } from '../../db/index.js'
import { pathRange, writeJson } from '../../db/index.js'

export type FacilityRow = FacilityTable & { node_name: string }

function facilitiesWithNode(db: Executor) {
  return db
    .selectFrom('facilities')
    .innerJoin('org_nodes', 'org_nodes.id', 'facilities.node_id')
    .selectAll('facilities')
    .select('org_nodes.name as node_name')
}

export async function findFacility(db: Executor, id: string): Promise<FacilityRow | undefined> {
  return facilitiesWithNode(db).where('facilities.id', '=', id).executeTakeFirst()
}

export async function findFacilityByCode(db: Executor, code: string): Promise<{ id: string } | undefined> {
  return db.selectFrom('facilities').select('id').where('code', '=', code).executeTakeFirst()
}

export async function insertFacility(db: Executor, row: FacilityTable): Promise<void> {
  await db.insertInto('facilities').values(row).execute()
}

export interface FacilityChanges {
  code?: string | undefined
  name?: string | undefined
  category?: string | undefined
  state?: FacilityTable['state'] | undefined
  location?: string | null | undefined
  lat?: number | null | undefined
  lng?: number | null | undefined
}

export async function updateFacilityFields(
  db: Executor,
  input: { id: string; expectedVersion: number; changes: FacilityChanges; now: number },
) {
  const c = input.changes
  return db
    .updateTable('facilities')
    .set((eb) => ({
      ...(c.code !== undefined ? { code: c.code } : {}),
      ...(c.name !== undefined ? { name: c.name } : {}),
      ...(c.category !== undefined ? { category: c.category } : {}),
      ...(c.state !== undefined ? { state: c.state } : {}),
      ...(c.location !== undefined ? { location: c.location } : {}),
      ...(c.lat !== undefined ? { lat: c.lat } : {}),
      ...(c.lng !== undefined ? { lng: c.lng } : {}),
      version: eb('version', '+', 1),
      updated_at: input.now,
    }))
    .where('id', '=', input.id)
    .where('version', '=', input.expectedVersion)
    .executeTakeFirst()
}

/** Facilities under a path (the facilities_path range), by code, a page at a time. */
export async function listFacilitiesUnder(
  db: Executor,
  filter: {
    prefix: string
    category?: string | undefined
    state?: FacilityTable['state'] | undefined
    after: { code: string; id: string } | null
  },
  limit: number,
): Promise<FacilityRow[]> {
  // underPath's range, spelled out for a column of a joined table.
  const range = pathRange(filter.prefix)
  let q = facilitiesWithNode(db)
    .where('facilities.path', '>=', range.from)
    .where('facilities.path', '<', range.to)
  if (filter.category !== undefined) q = q.where('facilities.category', '=', filter.category)
  if (filter.state !== undefined) q = q.where('facilities.state', '=', filter.state)
  const after = filter.after
  if (after) {
    q = q.where((eb) =>
      eb.or([
        eb('facilities.code', '>', after.code),
        eb.and([eb('facilities.code', '=', after.code), eb('facilities.id', '>', after.id)]),
      ]),
    )
  }
  return q.orderBy('facilities.code').orderBy('facilities.id').limit(limit).execute()
}

// ---- Place attributes of org nodes (the org tree's own rows; kept here beside the other place
// queries so that org.repository.ts stays the tree's structure) ------------------------------------

export interface PlaceChanges {
  address?: string | null | undefined
  lat?: number | null | undefined
  lng?: number | null | undefined
  floor?: number | null | undefined
  roomUse?: OrgNodeTable['room_use'] | undefined
  roomState?: OrgNodeTable['room_state'] | undefined
  /** GeoJSON; null clears it. */
  boundary?: unknown
}

export async function updateNodePlace(
  db: Executor,
  input: { id: string; expectedVersion: number; changes: PlaceChanges; now: number },
) {
  const c = input.changes
  return db
    .updateTable('org_nodes')
    .set((eb) => ({
      ...(c.address !== undefined ? { address: c.address } : {}),
      ...(c.lat !== undefined ? { lat: c.lat } : {}),
      ...(c.lng !== undefined ? { lng: c.lng } : {}),
      ...(c.floor !== undefined ? { floor: c.floor } : {}),
      ...(c.roomUse !== undefined ? { room_use: c.roomUse } : {}),
      ...(c.roomState !== undefined ? { room_state: c.roomState } : {}),
      ...(c.boundary !== undefined ? { boundary: c.boundary === null ? null : writeJson(c.boundary) } : {}),
      version: eb('version', '+', 1),
      updated_at: input.now,
    }))
    .where('id', '=', input.id)
    .where('version', '=', input.expectedVersion)
    .executeTakeFirst()
}
