// Opens everything a running Tongxin needs — database (migrated), file store, keys, job runner —
// for the server and for CLI commands alike.
import { createHmac } from 'node:crypto'
import { accessSync, constants, existsSync, mkdirSync } from 'node:fs'
import { userInfo } from 'node:os'
import { join } from 'node:path'
import type { Config } from './config.js'
import {
  classifyDatabaseError,
  migrateToLatest,
  openDatabase,
  sqliteFile,
  type DbHandle,
} from './db/index.js'
import type { AppContext } from './platform/context.js'
import { LocalFileStore } from './platform/files.js'
import { JobRunner, type JobRunnerOptions } from './platform/jobs.js'
import { registerPlatformJobs } from './platform/maintenance.js'
import { registerImportJobs } from './modules/imports/index.js'
import { logSender, registerNotificationJobs, registerSlaJobs } from './modules/requests/index.js'
import { registerPropertyJobs } from './modules/property/index.js'
import { registerEstateJobs } from './modules/estate/index.js'
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

/**
 * A start-up failure that the operator fixes, not a bug: a data directory the server may not write,
 * a full disk. One line, in Chinese and English, naming the place and the fix. Its stack is its
 * message, so the command line prints that line and no trace.
 */
export class StorageStartError extends Error {
  constructor(zh: string, en: string) {
    super(`${zh} / ${en}`)
    this.name = 'StorageStartError'
    this.stack = this.message
  }
}

function runningAs(): string {
  const uid = process.getuid?.()
  let name: string | undefined
  try {
    name = userInfo().username
  } catch {
    name = undefined
  }
  if (uid === undefined) return name ?? '?'
  return `${name ?? 'uid'} (uid ${String(uid)})`
}

const errnoOf = (error: unknown): string =>
  typeof (error as { code?: unknown }).code === 'string' ? (error as { code: string }).code : 'error'

/**
 * Before anything is opened or created: the SQLite data directory exists (made if missing) and
 * the server's user may read and write it, its database files and its file store, and read its
 * key file. A read-only data directory or database stops the start with one clear line rather
 * than a server that cannot even sign anyone in (a sign-in writes a session). File modes do not
 * bind root, so as root this passes except on a read-only file system.
 */
export function checkDataDir(config: Pick<Config, 'dataDir' | 'databaseUrl'>): void {
  if (config.databaseUrl) return
  const dir = config.dataDir
  const who = runningAs()
  try {
    mkdirSync(dir, { recursive: true })
  } catch (error) {
    const code = errnoOf(error)
    throw new StorageStartError(
      `无法创建数据目录 ${dir}（${code}）：请创建该目录并让运行同心的用户 ${who} 可读写，或用 TONGXIN_DATA_DIR 指定另一个目录`,
      `cannot create the data directory ${dir} (${code}): create it and let the user running Tongxin, ${who}, read and write it, or set TONGXIN_DATA_DIR to another directory`,
    )
  }
  const db = sqliteFile(dir)
  const rw = constants.R_OK | constants.W_OK
  const checks: [string, number][] = [
    [dir, rw | constants.X_OK],
    [db, rw],
    [`${db}-wal`, rw],
    [`${db}-shm`, rw],
    [join(dir, 'files'), rw | constants.X_OK],
    [join(dir, 'secret.key'), constants.R_OK],
  ]
  for (const [path, mode] of checks) {
    if (path !== dir && !existsSync(path)) continue
    try {
      accessSync(path, mode)
    } catch (error) {
      const code = errnoOf(error)
      const what = path === dir ? '' : `${path} `
      throw new StorageStartError(
        `数据目录 ${dir} 不可写（${what}${code}）：请让运行同心的用户 ${who} 对该目录及其中的文件有读写权限，或用 TONGXIN_DATA_DIR 指定另一个目录`,
        `the data directory ${dir} is not writable (${what}${code}): give the user running Tongxin, ${who}, read and write access to it and its files, or set TONGXIN_DATA_DIR to another directory`,
      )
    }
  }
}

/**
 * A storage failure while starting on SQLite (migrating, seeding, writing the key file) as one
 * clear line; undefined for anything else, which stays a bug with its trace.
 */
export function storageStartError(
  error: unknown,
  config: Pick<Config, 'dataDir' | 'databaseUrl' | 'sqliteMaxMb'>,
): StorageStartError | undefined {
  if (error instanceof StorageStartError) return error
  if (config.databaseUrl) return undefined
  const dir = config.dataDir
  const kind = classifyDatabaseError(error)?.kind
  const code = errnoOf(error)
  if (kind === 'full' || code === 'ENOSPC' || code === 'EDQUOT') {
    const cap = config.sqliteMaxMb
    return cap === undefined
      ? new StorageStartError(
          `存储空间已满，无法启动（数据目录 ${dir}）：请腾出磁盘空间后再启动`,
          `the storage is full, so the server cannot start (data directory ${dir}): free disk space and start again`,
        )
      : new StorageStartError(
          `存储空间已满，无法启动（数据目录 ${dir}，数据库上限 TONGXIN_SQLITE_MAX_MB=${String(cap)}）：请调高该上限或腾出磁盘空间后再启动`,
          `the storage is full, so the server cannot start (data directory ${dir}, database cap TONGXIN_SQLITE_MAX_MB=${String(cap)}): raise the cap or free disk space and start again`,
        )
  }
  if (kind === 'read_only' || code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new StorageStartError(
      `数据目录 ${dir} 不可写（${code}）：请让运行同心的用户 ${runningAs()} 对该目录及其中的文件有读写权限，或用 TONGXIN_DATA_DIR 指定另一个目录`,
      `the data directory ${dir} is not writable (${code}): give the user running Tongxin, ${runningAs()}, read and write access to it and its files, or set TONGXIN_DATA_DIR to another directory`,
    )
  }
  return undefined
}

export async function openRuntime(config: Config, options: RuntimeOptions = {}): Promise<Runtime> {
  let handle: DbHandle | undefined
  let secret: string
  try {
    checkDataDir(config)
    handle = openDatabase(config, {
      backgroundCheckpoint: config.sqliteCheckpoint === 'background',
      onCheckpointError: (message) =>
        options.logger?.warn({ err: message }, 'background WAL checkpoint failed'),
    })
    if (!options.skipMigrations) await migrateToLatest(handle.db)
    secret = loadSecret(config)
  } catch (error) {
    await handle?.close()
    throw storageStartError(error, config) ?? error
  }
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
  registerPropertyJobs(ctx)
  registerEstateJobs(ctx)
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
