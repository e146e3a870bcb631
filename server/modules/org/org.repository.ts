import type { Executor, OrgNodeKind, OrgNodeTable } from '../../db/index.js'
import { underPath } from '../../db/index.js'

export async function findNode(db: Executor, id: string): Promise<OrgNodeTable | undefined> {
  return db.selectFrom('org_nodes').selectAll().where('id', '=', id).executeTakeFirst()
}

export async function findNodeByCode(db: Executor, code: string): Promise<OrgNodeTable | undefined> {
  return db.selectFrom('org_nodes').selectAll().where('code', '=', code).executeTakeFirst()
}

export async function insertNode(db: Executor, row: OrgNodeTable): Promise<void> {
  await db.insertInto('org_nodes').values(row).execute()
}

/** Nodes of the given kinds under any of the prefixes; ordered by path, so parents come first. */
export async function listNodesUnder(
  db: Executor,
  prefixes: string[],
  kinds: readonly OrgNodeKind[],
  limit: number,
): Promise<OrgNodeTable[]> {
  if (prefixes.length === 0) return []
  return db
    .selectFrom('org_nodes')
    .selectAll()
    .where((eb) => eb.or(prefixes.map((p) => underPath(eb, 'path', p))))
    .where('kind', 'in', kinds)
    .orderBy('path')
    .limit(limit)
    .execute()
}

export async function listNodesByIds(db: Executor, ids: string[]): Promise<OrgNodeTable[]> {
  if (ids.length === 0) return []
  return db.selectFrom('org_nodes').selectAll().where('id', 'in', ids).execute()
}

export async function listChildren(
  db: Executor,
  parentId: string,
  after: { code: string; id: string } | null,
  limit: number,
): Promise<OrgNodeTable[]> {
  let q = db.selectFrom('org_nodes').selectAll().where('parent_id', '=', parentId)
  if (after) {
    q = q.where((eb) =>
      eb.or([eb('code', '>', after.code), eb.and([eb('code', '=', after.code), eb('id', '>', after.id)])]),
    )
  }
  return q.orderBy('code').orderBy('id').limit(limit).execute()
}

export async function updateNodeFields(
  db: Executor,
  input: {
    id: string
    expectedVersion: number
    name?: string | undefined
    code?: string | undefined
    now: number
  },
) {
  return db
    .updateTable('org_nodes')
    .set((eb) => ({
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.code !== undefined ? { code: input.code } : {}),
      version: eb('version', '+', 1),
      updated_at: input.now,
    }))
    .where('id', '=', input.id)
    .where('version', '=', input.expectedVersion)
    .executeTakeFirst()
}
