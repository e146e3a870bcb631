// Housekeeping jobs of the platform itself.
import type { AppContext } from './context.js'
import { purgeStaleThrottles } from './login-throttle.js'
import { purgeExpiredSessions } from './sessions.js'

export function registerPlatformJobs(ctx: AppContext): void {
  ctx.jobs.registerPeriodic('platform.purge_sessions', 60 * 60_000, async ({ db }) => {
    const now = ctx.clock()
    await purgeExpiredSessions(db, now, ctx.config.sessionIdleMinutes * 60_000)
    await purgeStaleThrottles(db, now)
  })
}
