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

/** Display names of the scopes a user's grants name (org nodes and villages), in one round trip each. */
export async function scopeNames(
  db: Executor,
  orgIds: string[],
  villageIds: string[],
): Promise<Map<string, string>> {
  const names = new Map<string, string>()
  if (orgIds.length > 0) {
    for (const r of await db
      .selectFrom('org_nodes')
      .select(['id', 'name'])
      .where('id', 'in', orgIds)
      .execute())
      names.set(r.id, r.name)
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
    })
    .execute()
}
