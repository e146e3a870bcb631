// Sessions live in the database (several server processes share them). The browser holds an opaque
// random token in an HttpOnly cookie; the table holds only its SHA-256, so a copy of the database
// cannot be replayed as a login. A session ends at logout, after an idle period, or at an absolute
// limit, whichever comes first.
import { createHash, randomBytes } from 'node:crypto'
import type { Executor } from '../db/index.js'
import { preparedQuery } from '../db/prepared.js'
import { isRole, type Grant } from './access.js'

export const SESSION_COOKIE = 'tx_session'
export const DEVICE_COOKIE = 'tx_device'
/** last_seen_at is written at most this often, so reading pages does not turn into writes. */
const TOUCH_EVERY_MS = 60_000

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

export function newToken(): string {
  return randomBytes(32).toString('base64url')
}

export interface SessionPolicy {
  idleMs: number
  maxMs: number
}

export interface ResolvedSession {
  sessionId: string
  csrfToken: string
  user: { id: string; username: string; displayName: string; locale: 'zh-CN' | 'en'; version: number }
  grants: Grant[]
}

export type SessionLookup =
  { ok: true; session: ResolvedSession } | { ok: false; reason: 'missing' | 'expired' }

export async function createSession(
  db: Executor,
  input: { userId: string; ip: string | null; userAgent: string | null; now: number; policy: SessionPolicy },
): Promise<{ token: string; csrfToken: string }> {
  const token = newToken()
  const csrfToken = newToken()
  await db
    .insertInto('sessions')
    .values({
      id: hashToken(token),
      user_id: input.userId,
      csrf_token: csrfToken,
      created_at: input.now,
      last_seen_at: input.now,
      expires_at: input.now + input.policy.maxMs,
      ip: input.ip,
      user_agent: input.userAgent?.slice(0, 300) ?? null,
    })
    .execute()
  return { token, csrfToken }
}

const grantsOf = preparedQuery((db: Executor, userId: string) =>
  db
    .selectFrom('grants')
    .select(['id', 'role', 'scope_kind', 'scope_id', 'scope_path'])
    .where('user_id', '=', userId)
    .orderBy('id'),
)

export async function loadGrants(db: Executor, userId: string): Promise<Grant[]> {
  const rows = await grantsOf(db, '', userId)
  return rows.flatMap((r) =>
    isRole(r.role)
      ? [{ id: r.id, role: r.role, scopeKind: r.scope_kind, scopeId: r.scope_id, scopePath: r.scope_path }]
      : [],
  )
}

// Runs on every signed-in request: compiled once.
const sessionRow = preparedQuery((db: Executor, sessionId: string) =>
  db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id as session_id',
      'sessions.csrf_token',
      'sessions.last_seen_at',
      'sessions.expires_at',
      'users.id as user_id',
      'users.username',
      'users.display_name',
      'users.locale',
      'users.version',
      'users.disabled',
    ])
    .where('sessions.id', '=', sessionId),
)

const authEpoch = preparedQuery((db: Executor) => db.selectFrom('auth_epoch').select('n').where('id', '=', 1))

interface CachedSession {
  epoch: number
  lastSeenAt: number
  expiresAt: number
  session: ResolvedSession
}

/**
 * Resolved sessions by token hash, valid while the auth epoch is unchanged. The epoch is bumped by
 * database triggers whenever a session ends or a user or grant changes, in the same transaction, so
 * a cached entry is never used after what it rests on has changed — in this process or any other.
 * Keyed per database (tests open many).
 */
const sessionCaches = new WeakMap<object, Map<string, CachedSession>>()
const SESSION_CACHE_SIZE = 10_000

function cacheOf(db: Executor): Map<string, CachedSession> {
  let cache = sessionCaches.get(db)
  if (!cache) {
    cache = new Map()
    sessionCaches.set(db, cache)
  }
  return cache
}

export async function resolveSession(
  db: Executor,
  token: string,
  now: number,
  policy: SessionPolicy,
): Promise<SessionLookup> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return { ok: false, reason: 'missing' }
  const id = hashToken(token)
  const [epochRow] = await authEpoch(db, '')
  const epoch = epochRow?.n ?? 0
  const cache = cacheOf(db)
  const cached = cache.get(id)
  if (cached && cached.epoch === epoch && cached.expiresAt > now && cached.lastSeenAt + policy.idleMs > now) {
    if (now - cached.lastSeenAt > TOUCH_EVERY_MS) {
      await db.updateTable('sessions').set({ last_seen_at: now }).where('id', '=', id).execute()
      cached.lastSeenAt = now
    }
    return { ok: true, session: cached.session }
  }
  cache.delete(id)
  const [row] = await sessionRow(db, '', id)
  if (!row || row.disabled === 1) return { ok: false, reason: 'missing' }
  if (row.expires_at <= now || row.last_seen_at + policy.idleMs <= now) {
    await db.deleteFrom('sessions').where('id', '=', id).execute()
    return { ok: false, reason: 'expired' }
  }
  let lastSeenAt = row.last_seen_at
  if (now - row.last_seen_at > TOUCH_EVERY_MS) {
    await db.updateTable('sessions').set({ last_seen_at: now }).where('id', '=', id).execute()
    lastSeenAt = now
  }
  const session: ResolvedSession = {
    sessionId: row.session_id,
    csrfToken: row.csrf_token,
    user: {
      id: row.user_id,
      username: row.username,
      displayName: row.display_name,
      locale: row.locale,
      version: row.version,
    },
    grants: await loadGrants(db, row.user_id),
  }
  if (cache.size >= SESSION_CACHE_SIZE) {
    const oldest = cache.keys().next().value
    if (oldest !== undefined) cache.delete(oldest)
  }
  cache.set(id, { epoch, lastSeenAt, expiresAt: row.expires_at, session })
  return { ok: true, session }
}

export async function deleteSession(db: Executor, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute()
}

export async function deleteUserSessions(
  db: Executor,
  userId: string,
  exceptSessionId?: string,
): Promise<void> {
  let q = db.deleteFrom('sessions').where('user_id', '=', userId)
  if (exceptSessionId) q = q.where('id', '!=', exceptSessionId)
  await q.execute()
}

export async function purgeExpiredSessions(db: Executor, now: number, idleMs: number): Promise<number> {
  const result = await db
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<=', now - idleMs)]))
    .executeTakeFirst()
  return Number(result.numDeletedRows)
}
