import type { Executor, ProviderTable } from '../../db/index.js'

export type ProviderRow = ProviderTable & { area_id: string; area_name: string }

export async function insertProvider(db: Executor, row: ProviderTable): Promise<void> {
  await db.insertInto('providers').values(row).execute()
}

function providersWithArea(db: Executor) {
  return db
    .selectFrom('providers')
    .innerJoin('org_nodes', 'org_nodes.path', 'providers.area_path')
    .selectAll('providers')
    .select(['org_nodes.id as area_id', 'org_nodes.name as area_name'])
}

export async function findProvider(db: Executor, id: string): Promise<ProviderRow | undefined> {
  return providersWithArea(db).where('providers.id', '=', id).executeTakeFirst()
}

/**
 * Providers whose area is one of `areaPaths` (a node's own path and its ancestors'): equality on
 * the providers_area index, a handful of lookups however many providers there are.
 */
export async function listProvidersForAreas(
  db: Executor,
  areaPaths: string[],
  limit: number,
): Promise<ProviderRow[]> {
  if (areaPaths.length === 0) return []
  return providersWithArea(db)
    .where('providers.area_path', 'in', areaPaths)
    .orderBy('providers.kind')
    .orderBy('providers.name')
    .orderBy('providers.id')
    .limit(limit)
    .execute()
}
