// Opens everything a running Tongxin needs — database (migrated), file store, keys, job runner —
// for the server and for CLI commands alike.
import { createHmac } from 'node:crypto'
import { join } from 'node:path'
import type { Config } from './config.js'
import { migrateToLatest, openDatabase, type DbHandle } from './db/index.js'
import type { AppContext } from './platform/context.js'
import { LocalFileStore } from './platform/files.js'
import { JobRunner, type JobRunnerOptions } from './platform/jobs.js'
import { registerPlatformJobs } from './platform/maintenance.js'
import { registerImportJobs } from './modules/imports/index.js'
import { logSender, registerNotificationJobs, registerSlaJobs } from './modules/requests/index.js'
import { derivePiiKeys } from './platform/pii.js'
import { loadSecret } from './platform/secret.js'
import { systemClock } from './platform/time.js'

export interface Runtime {
  ctx: AppContext
  handle: DbHandle
  close(): Promise<void>
}

export interface RuntimeOptions {
  logger?: JobRunnerOptions['logger'] & { info?: (obj: object, msg: string) => void }
  /** Skip migrations (the caller has migrated, e.g. tests using a template database). */
  skipMigrations?: boolean
}

export async function openRuntime(config: Config, options: RuntimeOptions = {}): Promise<Runtime> {
  const handle = openDatabase(config)
  try {
    if (!options.skipMigrations) await migrateToLatest(handle.db)
  } catch (error) {
    await handle.close()
    throw error
  }
  const secret = loadSecret(config)
  const jobs = new JobRunner({ db: handle.db, pollMs: config.jobPollMs, logger: options.logger })
  const ctx: AppContext = {
    config,
    db: handle.db,
    dialect: handle.dialect,
    files: new LocalFileStore(join(config.dataDir, 'files')),
    pii: derivePiiKeys(secret),
    jobs,
    clock: systemClock,
    deviceKey: createHmac('sha256', secret).update('tongxin-device-cookie-v1').digest(),
  }
  registerPlatformJobs(ctx)
  registerImportJobs(ctx)
  registerSlaJobs(ctx)
  registerNotificationJobs(
    ctx,
    logSender({
      info: (obj, msg) => {
        if (options.logger?.info) options.logger.info(obj, msg)
      },
    }),
  )
  return {
    ctx,
    handle,
    close: async () => {
      await jobs.stop()
      await handle.close()
    },
  }
}
