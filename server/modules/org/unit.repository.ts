import type { Executor, OrgNodeKind, OrgNodeTable, OrgUnitTable } from '../../db/index.js'
import { underPath } from '../../db/index.js'

export async function findUnit(db: Executor, id: string): Promise<OrgUnitTable | undefined> {
  return db.selectFrom('org_units').selectAll().where('id', '=', id).executeTakeFirst()
}

export async function insertUnit(db: Executor, row: OrgUnitTable): Promise<void> {
  await db.insertInto('org_units').values(row).execute()
}

/** Bodies at one node (served by the org_units_node index). */
export async function listUnitsAtNode(db: Executor, nodeId: string): Promise<OrgUnitTable[]> {
  return db.selectFrom('org_units').selectAll().where('node_id', '=', nodeId).orderBy('id').execute()
}

/** Bodies anywhere under a path (the org_units_path range), at most `limit`. */
export async function listUnitsUnder(db: Executor, prefix: string, limit: number): Promise<OrgUnitTable[]> {
  return db
    .selectFrom('org_units')
    .selectAll()
    .where((eb) => underPath(eb, 'path', prefix))
    .orderBy('path')
    .orderBy('id')
    .limit(limit)
    .execute()
}

/** Nodes of the given kinds under a path, parents first (the org_nodes_kind_path index). */
export async function listNodesOfKindsUnder(
  db: Executor,
  prefix: string,
  kinds: readonly OrgNodeKind[],
  limit: number,
): Promise<OrgNodeTable[]> {
  return db
    .selectFrom('org_nodes')
    .selectAll()
    .where('kind', 'in', kinds)
    .where((eb) => underPath(eb, 'path', prefix))
    .orderBy('path')
    .limit(limit)
    .execute()
}

export async function renameUnit(
  db: Executor,
  input: { id: string; expectedVersion: number; name: string; now: number },
) {
  return db
    .updateTable('org_units')
    .set((eb) => ({ name: input.name, version: eb('version', '+', 1), updated_at: input.now }))
    .where('id', '=', input.id)
    .where('version', '=', input.expectedVersion)
    .executeTakeFirst()
}
