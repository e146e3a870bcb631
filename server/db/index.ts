// Opens the database the configuration names and runs the migrations.
import { registerDirectSqlite } from './prepared.js'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { Kysely, Migrator, type MigrationResultSet } from 'kysely'
import type Database from 'better-sqlite3'
import type pg from 'pg'
import type { Config } from '../config.js'
import type { Database as Schema } from './schema.js'
import { openSqlite, optimizeSqlite, TongxinSqliteDialect, withStatementCache } from './sqlite.js'
import { SAFETY_AUTOCHECKPOINT_PAGES, startCheckpointer, type Checkpointer } from './checkpointer.js'
import { createPgPool, postgresDialect } from './postgres.js'
import { migrations } from './migrations/index.js'
import type { Db, Dialect } from './dialect.js'

export * from './dialect.js'
export type * from './schema.js'
export { sqliteSize } from './sqlite.js'

export interface DbHandle {
  db: Db
  dialect: Dialect
  /** The raw SQLite connection (backups, integrity checks); undefined on PostgreSQL. */
  sqlite: Database.Database | undefined
  pool: pg.Pool | undefined
  /** Where the SQLite file is; undefined on PostgreSQL. */
  file: string | undefined
  close(): Promise<void>
}

/** The raw connection behind each SQLite Kysely instance (for maintenance after migrations). */
const sqliteOf = new WeakMap<Db, Database.Database>()

export function sqliteFile(dataDir: string): string {
  return join(dataDir, 'tongxin.sqlite')
}

export interface OpenOptions {
  file?: string
  /** Checkpoint the SQLite WAL from a worker thread (the server); see checkpointer.ts. */
  backgroundCheckpoint?: boolean
  /** Where a failing background checkpoint is reported (a full disk, say). */
  onCheckpointError?: (message: string) => void
}

export function openDatabase(
  config: Pick<Config, 'databaseUrl' | 'dataDir' | 'sqliteSynchronous'> &
    Partial<Pick<Config, 'sqliteMaxMb'>>,
  options: OpenOptions = {},
): DbHandle {
  if (config.databaseUrl) {
    const pool = createPgPool({
      url: config.databaseUrl,
      poolSize: Number(process.env.TONGXIN_PG_POOL ?? 10),
    })
    const db = new Kysely<Schema>({ dialect: postgresDialect(pool) })
    return { db, dialect: 'postgres', sqlite: undefined, pool, file: undefined, close: () => db.destroy() }
  }
  const file = options.file ?? sqliteFile(config.dataDir)
  mkdirSync(config.dataDir, { recursive: true })
  const raw = openSqlite({
    file,
    synchronous: config.sqliteSynchronous,
    maxBytes: config.sqliteMaxMb === undefined ? undefined : config.sqliteMaxMb * 1024 * 1024,
  })
  const statements = withStatementCache(raw)
  const db = new Kysely<Schema>({ dialect: new TongxinSqliteDialect(statements) })
  sqliteOf.set(db, raw)
  registerDirectSqlite(db, raw, statements)
  let checkpointer: Checkpointer | undefined
  if (options.backgroundCheckpoint && file !== ':memory:') {
    raw.pragma(`wal_autocheckpoint = ${String(SAFETY_AUTOCHECKPOINT_PAGES)}`)
    checkpointer = startCheckpointer({
      file,
      synchronous: config.sqliteSynchronous,
      onError: options.onCheckpointError,
    })
  }
  const close = async () => {
    // The worker's connection first: the last connection to close folds the WAL into the file.
    await checkpointer?.stop()
    await db.destroy()
  }
  return { db, dialect: 'sqlite', sqlite: raw, pool: undefined, file, close }
}

/**
 * Brings the schema to the latest version. On PostgreSQL, Kysely's migrator holds an advisory
 * transaction lock while it works, so several processes starting at once migrate exactly once.
 */
export async function migrateToLatest(db: Db): Promise<MigrationResultSet> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve(migrations) },
    allowUnorderedMigrations: false,
  })
  const result = await migrator.migrateToLatest()
  const raw = sqliteOf.get(db)
  if (raw && !result.error) optimizeSqlite(raw)
  if (result.error)
    throw result.error instanceof Error
      ? result.error
      : new Error('migration failed', { cause: result.error })
  return result
}
