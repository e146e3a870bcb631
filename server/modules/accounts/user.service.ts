// Creating accounts and giving them roles (used by the CLI, the demo seed and, later, admin pages).
import type { Executor } from '../../db/index.js'
import { classifyDatabaseError } from '../../db/index.js'
import { isRole, requireAccess, roleTable, type Actor } from '../../platform/access.js'
import { recordAudit } from '../../platform/audit.js'
import { AppError, notFoundOrNoAccess } from '../../platform/errors.js'
import { newId } from '../../platform/ids.js'
import { checkPasswordStrength, hashPassword } from '../../platform/passwords.js'
import { deleteUserSessions } from '../../platform/sessions.js'
import {
  findUserById,
  findUserByUsername,
  insertGrant,
  insertUser,
  updatePasswordHash,
} from './user.repository.js'

export interface NewUser {
  username: string
  displayName: string
  password: string
  locale?: 'zh-CN' | 'en'
  /** Staff of a provider (property company, utility): they act on items they are summoned to. */
  providerId?: string | null
}

const usernamePattern = /^[a-z][a-z0-9_.-]{2,31}$/

export async function createUser(
  db: Executor,
  { actor, user, now, passwordHash }: { actor: Actor; user: NewUser; now: number; passwordHash?: string },
): Promise<{ id: string }> {
  if (
    actor.kind !== 'system' &&
    !actor.grants.some((g) => roleTable[g.role].permissions.includes('user.manage'))
  )
    throw new AppError('FORBIDDEN', { permission: 'user.manage' })
  const username = user.username.trim().toLowerCase()
  if (!usernamePattern.test(username)) {
    throw new AppError('VALIDATION_FAILED', {
      fields: [{ path: '/username', rule: 'pattern', message: '3–32 lowercase letters, digits, . _ -' }],
    })
  }
  const problem = passwordHash ? undefined : checkPasswordStrength(user.password, username)
  if (problem) throw new AppError('UNPROCESSABLE', { ...problem })
  if (await findUserByUsername(db, username))
    throw new AppError('CONFLICT', {
      reason: 'user name already taken',
      reasonZh: '用户名已被使用',
      field: 'username',
    })
  const id = newId()
  try {
    await insertUser(db, {
      id,
      username,
      display_name: user.displayName.trim(),
      password_hash: passwordHash ?? (await hashPassword(user.password)),
      locale: user.locale ?? 'zh-CN',
      disabled: 0,
      version: 1,
      created_at: now,
      updated_at: now,
      password_changed_at: now,
      provider_id: user.providerId ?? null,
    })
  } catch (error) {
    if (classifyDatabaseError(error)?.kind === 'unique')
      throw new AppError('CONFLICT', {
        reason: 'user name already taken',
        reasonZh: '用户名已被使用',
        field: 'username',
      })
    throw error
  }
  await recordAudit(db, {
    actor,
    action: 'user.create',
    targetType: 'user',
    targetId: id,
    summary: { username, displayName: user.displayName },
    at: now,
  })
  return { id }
}

export async function grantRole(
  db: Executor,
  {
    actor,
    userId,
    role,
    scope,
    now,
    postId,
  }: {
    actor: Actor
    userId: string
    role: string
    scope: { kind: 'org' | 'village'; id: string }
    now: number
    /** The post (registry) whose appointment gives this grant; ending the post removes it. */
    postId?: string
  },
): Promise<{ id: string }> {
  if (!isRole(role))
    throw new AppError('VALIDATION_FAILED', { fields: [{ path: '/role', rule: 'enum', message: role }] })
  if (!roleTable[role].scopeKinds.includes(scope.kind)) {
    throw new AppError('UNPROCESSABLE', {
      reason: `role ${role} cannot be granted on a ${scope.kind}`,
      reasonZh: '该角色不能授予在此类范围上',
    })
  }
  if (!(await findUserById(db, userId))) throw notFoundOrNoAccess('user')
  let scopePath: string | null = null
  let auditPath: string
  let villageId: string | null = null
  if (scope.kind === 'org') {
    const node = await db
      .selectFrom('org_nodes')
      .select(['id', 'path'])
      .where('id', '=', scope.id)
      .executeTakeFirst()
    if (!node) throw notFoundOrNoAccess('org_node')
    scopePath = node.path
    auditPath = node.path
  } else {
    const village = await db
      .selectFrom('villages')
      .select(['id', 'area_path'])
      .where('id', '=', scope.id)
      .executeTakeFirst()
    if (!village) throw notFoundOrNoAccess('village')
    auditPath = village.area_path
    villageId = village.id
  }
  // Managing users is an org permission: a village's grants are given by whoever manages its area.
  requireAccess(
    actor,
    'user.manage',
    { kind: 'org', path: auditPath },
    scope.kind === 'org' ? 'org_node' : 'village',
  )
  if (role === 'admin' && actor.kind !== 'system' && !actor.grants.some((g) => g.role === 'admin')) {
    throw new AppError('FORBIDDEN', { permission: 'user.manage', role })
  }
  const id = newId()
  await insertGrant(db, {
    id,
    userId,
    role,
    scopeKind: scope.kind,
    scopeId: scope.id,
    scopePath,
    now,
    createdBy: actor.userId,
    postId: postId ?? null,
  })
  await recordAudit(db, {
    actor,
    action: 'user.grant_role',
    targetType: 'user',
    targetId: userId,
    scopePath: auditPath,
    villageId,
    summary: { role, scopeKind: scope.kind, scopeId: scope.id, ...(postId ? { postId } : {}) },
    at: now,
  })
  return { id }
}

export async function setPassword(
  db: Executor,
  { actor, username, password, now }: { actor: Actor; username: string; password: string; now: number },
): Promise<void> {
  if (actor.kind !== 'system') throw new AppError('FORBIDDEN', { permission: 'user.manage' })
  const user = await findUserByUsername(db, username.trim().toLowerCase())
  if (!user) throw notFoundOrNoAccess('user')
  const problem = checkPasswordStrength(password, user.username)
  if (problem) throw new AppError('UNPROCESSABLE', { ...problem })
  await updatePasswordHash(db, user.id, await hashPassword(password), now)
  await deleteUserSessions(db, user.id)
  await recordAudit(db, {
    actor,
    action: 'user.set_password',
    targetType: 'user',
    targetId: user.id,
    at: now,
  })
}
