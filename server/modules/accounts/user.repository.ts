import type { Executor, UserTable } from '../../db/index.js'

export async function findUserByUsername(db: Executor, username: string): Promise<UserTable | undefined> {
  return db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst()
}

export async function findUserById(db: Executor, id: string): Promise<UserTable | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst()
}

export async function insertUser(db: Executor, row: UserTable): Promise<void> {
  await db.insertInto('users').values(row).execute()
}

export async function updateUserProfile(
  db: Executor,
  input: { id: string; expectedVersion: number; displayName?: string; locale?: 'zh-CN' | 'en'; now: number },
) {
  return db
    .updateTable('users')
    .set((eb) => ({
      ...(input.displayName !== undefined ? { display_name: input.displayName } : {}),
      ...(input.locale !== undefined ? { locale: input.locale } : {}),
      version: eb('version', '+', 1),
      updated_at: input.now,
    }))
    .where('id', '=', input.id)
    .where('version', '=', input.expectedVersion)
    .executeTakeFirst()
}

export async function updatePasswordHash(db: Executor, id: string, hash: string, now: number): Promise<void> {
  await db
    .updateTable('users')
    .set((eb) => ({
      password_hash: hash,
      password_changed_at: now,
      updated_at: now,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', id)
    .execute()
}

export interface ScopeName {
  kind: 'org' | 'village'
  id: string
  name: string
}

/**
 * Display names of the scopes a user's grants name. Below community level the community is named
 * too ("张码花园社区 · 第一网格"): every community has a 第一网格.
 */
export async function scopeNames(
  db: Executor,
  orgIds: string[],
  villageIds: string[],
): Promise<Map<string, string>> {
  const names = new Map<string, string>()
  if (orgIds.length > 0) {
    const nodes = await db
      .selectFrom('org_nodes')
      .select(['id', 'name', 'community_id'])
      .where('id', 'in', orgIds)
      .execute()
    const communityIds = [
      ...new Set(nodes.flatMap((n) => (n.community_id && n.community_id !== n.id ? [n.community_id] : []))),
    ]
    const communities = new Map<string, string>()
    if (communityIds.length > 0) {
      for (const c of await db
        .selectFrom('org_nodes')
        .select(['id', 'name'])
        .where('id', 'in', communityIds)
        .execute())
        communities.set(c.id, c.name)
    }
    for (const n of nodes) {
      const community =
        n.community_id && n.community_id !== n.id ? communities.get(n.community_id) : undefined
      names.set(n.id, community ? `${community} · ${n.name}` : n.name)
    }
  }
  if (villageIds.length > 0) {
    for (const r of await db
      .selectFrom('villages')
      .select(['id', 'name'])
      .where('id', 'in', villageIds)
      .execute())
      names.set(r.id, r.name)
  }
  return names
}

export async function insertGrant(
  db: Executor,
  row: {
    id: string
    userId: string
    role: string
    scopeKind: 'org' | 'village'
    scopeId: string
    scopePath: string | null
    now: number
    createdBy: string | null
    postId?: string | null
  },
): Promise<void> {
  await db
    .insertInto('grants')
    .values({
      id: row.id,
      user_id: row.userId,
      role: row.role,
      scope_kind: row.scopeKind,
      scope_id: row.scopeId,
      scope_path: row.scopePath,
      created_at: row.now,
      created_by: row.createdBy,
      post_id: row.postId ?? null,
    })
    .execute()
}
