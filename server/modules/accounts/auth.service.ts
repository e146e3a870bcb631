// Sign-in, sign-out, the signed-in user's own account.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import type { Db } from '../../db/index.js'
import { allPermissions, type Actor, type Grant } from '../../platform/access.js'
import { changedFields, recordAudit } from '../../platform/audit.js'
import { requireVersionMatch } from '../../platform/concurrency.js'
import { AppError } from '../../platform/errors.js'
import { clearThrottle, recordFailure, throttleRules, throttleWait } from '../../platform/login-throttle.js'
import {
  checkPasswordStrength,
  dummyPasswordHash,
  hashPassword,
  verifyPassword,
} from '../../platform/passwords.js'
import {
  createSession,
  deleteSession,
  deleteUserSessions,
  loadGrants,
  type ResolvedSession,
  type SessionPolicy,
} from '../../platform/sessions.js'
import type { Me, SessionView } from './auth.schemas.js'
import {
  findUserById,
  findUserByUsername,
  scopeNames,
  updatePasswordHash,
  updateUserProfile,
} from './user.repository.js'

export interface DeviceKey {
  key: Buffer
}

/** A device cookie says "this browser signed in as <username> before"; it is signed, not stored. */
export function makeDeviceToken(device: DeviceKey, username: string): string {
  const nonce = randomBytes(16).toString('base64url')
  return `${nonce}.${deviceMac(device, username, nonce)}`
}

function deviceMac(device: DeviceKey, username: string, nonce: string): string {
  return createHmac('sha256', device.key)
    .update(`device:${username.toLowerCase()}:${nonce}`)
    .digest('base64url')
}

export function verifyDeviceToken(
  device: DeviceKey,
  username: string,
  token: string | undefined,
): string | null {
  if (!token) return null
  const [nonce, mac] = token.split('.')
  if (!nonce || !mac) return null
  const expected = Buffer.from(deviceMac(device, username, nonce))
  const actual = Buffer.from(mac)
  return expected.length === actual.length && timingSafeEqual(expected, actual) ? nonce : null
}

export async function toMe(
  db: Db,
  user: { id: string; username: string; displayName: string; locale: 'zh-CN' | 'en'; version: number },
  grants: Grant[],
): Promise<Me> {
  const names = await scopeNames(
    db,
    grants.filter((g) => g.scopeKind === 'org').map((g) => g.scopeId),
    grants.filter((g) => g.scopeKind === 'village').map((g) => g.scopeId),
  )
  const actorLike: Actor = { kind: 'user', userId: user.id, label: '', grants, ip: null, requestId: null }
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    locale: user.locale,
    version: user.version,
    grants: grants.map((g) => ({
      id: g.id,
      role: g.role,
      scopeKind: g.scopeKind,
      scopeId: g.scopeId,
      scopeName: names.get(g.scopeId) ?? '',
    })),
    permissions: allPermissions(actorLike),
  }
}

export interface LoginInput {
  db: Db
  now: number
  username: string
  password: string
  ip: string
  userAgent: string | null
  deviceCookie: string | undefined
  device: DeviceKey
  policy: SessionPolicy
  requestId: string
}

export interface LoginResult {
  view: SessionView
  token: string
  deviceToken: string
}

export async function login(input: LoginInput): Promise<LoginResult> {
  const { db, now } = input
  const username = input.username.trim()
  const ipKey = `ip:${input.ip}`
  const deviceNonce = verifyDeviceToken(input.device, username, input.deviceCookie)
  const accountKey = deviceNonce ? `dev:${deviceNonce}` : `acct:${username.toLowerCase()}`
  const accountRule = deviceNonce ? throttleRules.device : throttleRules.account
  const wait = Math.max(await throttleWait(db, ipKey, now), await throttleWait(db, accountKey, now))
  if (wait > 0) throw new AppError('RATE_LIMITED', { retryAfterSeconds: Math.ceil(wait / 1000) })

  const user = await findUserByUsername(db, username)
  const passwordOk = await verifyPassword(input.password, user?.password_hash ?? (await dummyPasswordHash()))
  const actor: Actor = {
    kind: 'user',
    userId: user?.id ?? null,
    label: username.slice(0, 64),
    grants: [],
    ip: input.ip,
    requestId: input.requestId,
  }
  if (!user || user.disabled === 1 || !passwordOk) {
    await db.transaction().execute(async (trx) => {
      await recordFailure(trx, ipKey, throttleRules.ip, now)
      await recordFailure(trx, accountKey, accountRule, now)
      await recordAudit(trx, {
        actor,
        action: 'auth.login_failed',
        targetType: 'user',
        targetId: user?.id ?? null,
        summary: {
          username: username.slice(0, 64),
          reason: !user ? 'unknown_user' : user.disabled ? 'disabled' : 'bad_password',
        },
        at: now,
      })
    })
    throw new AppError('INVALID_CREDENTIALS')
  }
  const created = await db.transaction().execute(async (trx) => {
    const session = await createSession(trx, {
      userId: user.id,
      ip: input.ip,
      userAgent: input.userAgent,
      now,
      policy: input.policy,
    })
    await clearThrottle(trx, [accountKey, `acct:${username.toLowerCase()}`])
    await recordAudit(trx, { actor, action: 'auth.login', targetType: 'user', targetId: user.id, at: now })
    return session
  })
  const grants = await loadGrants(db, user.id)
  const me = await toMe(
    db,
    {
      id: user.id,
      username: user.username,
      displayName: user.display_name,
      locale: user.locale,
      version: user.version,
    },
    grants,
  )
  return {
    view: { user: me, csrfToken: created.csrfToken },
    token: created.token,
    deviceToken: deviceNonce ? (input.deviceCookie ?? '') : makeDeviceToken(input.device, username),
  }
}

export async function logout({
  db,
  actor,
  session,
}: {
  db: Db
  actor: Actor
  session: ResolvedSession
}): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await deleteSession(trx, session.sessionId)
    await recordAudit(trx, { actor, action: 'auth.logout', targetType: 'user', targetId: session.user.id })
  })
}

export async function sessionView(db: Db, session: ResolvedSession): Promise<SessionView> {
  return { user: await toMe(db, session.user, session.grants), csrfToken: session.csrfToken }
}

export async function updateMe({
  db,
  actor,
  session,
  changes,
  now,
}: {
  db: Db
  actor: Actor
  session: ResolvedSession
  changes: { version: number; displayName?: string | undefined; locale?: 'zh-CN' | 'en' | undefined }
  now: number
}): Promise<Me> {
  const updated = await db.transaction().execute(async (trx) => {
    const before = await findUserById(trx, session.user.id)
    if (!before) throw new AppError('NOT_FOUND_OR_NO_ACCESS', { entity: 'user' })
    const result = await updateUserProfile(trx, {
      id: before.id,
      expectedVersion: changes.version,
      displayName: changes.displayName?.trim(),
      locale: changes.locale,
      now,
    })
    requireVersionMatch(result, 'user', changes.version)
    await recordAudit(trx, {
      actor,
      action: 'user.update_profile',
      targetType: 'user',
      targetId: before.id,
      summary: {
        changes: changedFields(
          { displayName: before.display_name, locale: before.locale },
          { displayName: changes.displayName?.trim(), locale: changes.locale },
        ),
      },
      at: now,
    })
    const after = await findUserById(trx, before.id)
    if (!after) throw new AppError('INTERNAL')
    return after
  })
  return toMe(
    db,
    {
      id: updated.id,
      username: updated.username,
      displayName: updated.display_name,
      locale: updated.locale,
      version: updated.version,
    },
    session.grants,
  )
}

export async function changeOwnPassword({
  db,
  actor,
  session,
  currentPassword,
  newPassword,
  now,
}: {
  db: Db
  actor: Actor
  session: ResolvedSession
  currentPassword: string
  newPassword: string
  now: number
}): Promise<void> {
  const user = await findUserById(db, session.user.id)
  if (!user || !(await verifyPassword(currentPassword, user.password_hash)))
    throw new AppError('INVALID_CREDENTIALS')
  const problem = checkPasswordStrength(newPassword, user.username)
  if (problem) throw new AppError('UNPROCESSABLE', { ...problem })
  const hash = await hashPassword(newPassword)
  await db.transaction().execute(async (trx) => {
    await updatePasswordHash(trx, user.id, hash, now)
    // Other browsers signed in as this user are signed out; this one stays.
    await deleteUserSessions(trx, user.id, session.sessionId)
    await recordAudit(trx, {
      actor,
      action: 'user.change_password',
      targetType: 'user',
      targetId: user.id,
      at: now,
    })
  })
}
