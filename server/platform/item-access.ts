// The second way in: being assigned to one item (a summoned department on a whistled case, a proxy
// who claimed a request) lets a user act on that item alone, whatever their grants. Giving and
// revoking the assignment are audited; so is every use of it that changes something (the caller's
// own audit entry records `via: 'assignment'`).
import type { Executor } from '../db/index.js'
import { can, type Actor, type Permission, type Target } from './access.js'
import { recordAudit } from './audit.js'
import { notFoundOrNoAccess } from './errors.js'
import { newId } from './ids.js'

export interface ItemRef {
  type: string
  id: string
}

export async function isAssigned(db: Executor, userId: string, item: ItemRef): Promise<boolean> {
  const row = await db
    .selectFrom('item_access')
    .select('id')
    .where('user_id', '=', userId)
    .where('target_type', '=', item.type)
    .where('target_id', '=', item.id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst()
  return row !== undefined
}

/**
 * Passes when a grant covers the item's place, or the actor is assigned to the item. Returns how,
 * so the caller can record it; refuses with "not found or no access".
 */
export async function requireItemAccess(
  db: Executor,
  actor: Actor,
  permission: Permission,
  target: Target,
  item: ItemRef,
  entity: string,
): Promise<'grant' | 'assignment'> {
  if (can(actor, permission, target)) return 'grant'
  if (actor.userId !== null && (await isAssigned(db, actor.userId, item))) return 'assignment'
  throw notFoundOrNoAccess(entity)
}

export async function assignToItem(
  db: Executor,
  input: {
    actor: Actor
    userId: string
    item: ItemRef
    reason: string
    scopePath: string | null
    now: number
  },
): Promise<string> {
  const id = newId()
  await db
    .insertInto('item_access')
    .values({
      id,
      user_id: input.userId,
      target_type: input.item.type,
      target_id: input.item.id,
      reason: input.reason,
      granted_by: input.actor.userId,
      created_at: input.now,
      revoked_at: null,
    })
    .execute()
  await recordAudit(db, {
    actor: input.actor,
    action: 'access.assign',
    targetType: input.item.type,
    targetId: input.item.id,
    scopePath: input.scopePath,
    summary: { userId: input.userId, reason: input.reason },
    at: input.now,
  })
  return id
}

export async function revokeItemAssignments(
  db: Executor,
  input: { actor: Actor; userId: string; item: ItemRef; scopePath: string | null; now: number },
): Promise<number> {
  const result = await db
    .updateTable('item_access')
    .set({ revoked_at: input.now })
    .where('user_id', '=', input.userId)
    .where('target_type', '=', input.item.type)
    .where('target_id', '=', input.item.id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst()
  const revoked = Number(result.numUpdatedRows)
  if (revoked > 0) {
    await recordAudit(db, {
      actor: input.actor,
      action: 'access.revoke',
      targetType: input.item.type,
      targetId: input.item.id,
      scopePath: input.scopePath,
      summary: { userId: input.userId },
      at: input.now,
    })
  }
  return revoked
}
