// Failed sign-ins slow down the next attempt; they never lock an account outright.
//  - per address: many failures from one IP back that IP off (a password sprayer);
//  - per account: failures against one user name back that name off, exponentially but briefly,
//    EXCEPT for attempts carrying a device cookie that this account signed in with before. So an
//    attacker hammering the secretary's name from elsewhere cannot keep the secretary out of her
//    own browser (the device-cookie scheme OWASP recommends over lockout).
// Counters live in the database, so every server process sees the same ones.
import type { Executor } from '../db/index.js'

export interface ThrottleRule {
  /** Failures allowed in the window before back-off starts. */
  free: number
  windowMs: number
  baseDelayMs: number
  maxDelayMs: number
}

export const throttleRules = {
  ip: { free: 20, windowMs: 15 * 60_000, baseDelayMs: 5_000, maxDelayMs: 15 * 60_000 },
  account: { free: 5, windowMs: 15 * 60_000, baseDelayMs: 1_000, maxDelayMs: 5 * 60_000 },
  device: { free: 5, windowMs: 15 * 60_000, baseDelayMs: 1_000, maxDelayMs: 60_000 },
} satisfies Record<string, ThrottleRule>

/** Milliseconds until this key may try again (0 = now). */
export async function throttleWait(db: Executor, key: string, now: number): Promise<number> {
  const row = await db.selectFrom('login_throttle').selectAll().where('key', '=', key).executeTakeFirst()
  return row && row.blocked_until > now ? row.blocked_until - now : 0
}

export async function recordFailure(
  db: Executor,
  key: string,
  rule: ThrottleRule,
  now: number,
): Promise<void> {
  const row = await db.selectFrom('login_throttle').selectAll().where('key', '=', key).executeTakeFirst()
  const inWindow = row !== undefined && now - row.window_started_at < rule.windowMs
  const failures = inWindow ? row.failures + 1 : 1
  const over = failures - rule.free
  const blockedUntil = over > 0 ? now + Math.min(rule.maxDelayMs, rule.baseDelayMs * 2 ** (over - 1)) : 0
  const windowStartedAt = inWindow ? row.window_started_at : now
  await db
    .insertInto('login_throttle')
    .values({ key, failures, window_started_at: windowStartedAt, blocked_until: blockedUntil })
    .onConflict((oc) =>
      oc
        .column('key')
        .doUpdateSet({ failures, window_started_at: windowStartedAt, blocked_until: blockedUntil }),
    )
    .execute()
}

export async function clearThrottle(db: Executor, keys: string[]): Promise<void> {
  if (keys.length > 0) await db.deleteFrom('login_throttle').where('key', 'in', keys).execute()
}

export async function purgeStaleThrottles(db: Executor, now: number): Promise<void> {
  await db
    .deleteFrom('login_throttle')
    .where('blocked_until', '<', now)
    .where('window_started_at', '<', now - 60 * 60_000)
    .execute()
}
