// SQLite through better-sqlite3: WAL, foreign keys, a busy timeout, configurable `synchronous`,
// and a prepared-statement cache. Kysely's stock driver prepares every statement on every call,
// which costs more than running most of our statements; caching by SQL text nearly doubles the
// throughput of a write path (measured: see ../../docs/SCALE.md once benchmarks land).
import Database from 'better-sqlite3'
import { CompiledQuery, SqliteDialect, SqliteDriver, type DatabaseConnection } from 'kysely'
import type { SqliteDatabase, SqliteStatement } from 'kysely'
import type { SqliteSynchronous } from '../config.js'

export interface SqliteOptions {
  file: string
  synchronous: SqliteSynchronous
  readonly?: boolean
  /**
   * Size cap in bytes (PRAGMA max_page_count): a write that would grow the file past it fails with
   * SQLITE_FULL and changes nothing, as a full disk would. Below the current size, the current size.
   */
  maxBytes?: number
  /** Statements kept prepared; the least recently used is dropped past this. */
  statementCacheSize?: number
}

export function openSqlite(options: SqliteOptions): Database.Database {
  const raw = new Database(options.file, { readonly: options.readonly ?? false, fileMustExist: false })
  if (!options.readonly) raw.pragma('journal_mode = WAL')
  raw.pragma(`synchronous = ${options.synchronous}`)
  raw.pragma('foreign_keys = ON')
  raw.pragma('busy_timeout = 5000')
  // Keep temporary b-trees in memory and give the page cache room for the hot indexes (~64 MiB).
  raw.pragma('temp_store = MEMORY')
  raw.pragma('cache_size = -65536')
  if (options.maxBytes !== undefined && !options.readonly) {
    const pageSize = raw.pragma('page_size', { simple: true }) as number
    raw.pragma(`max_page_count = ${String(Math.max(1, Math.floor(options.maxBytes / pageSize)))}`)
  }
  return raw
}

/**
 * Refreshes the query planner's statistics where they are missing or stale (new indexes, grown
 * tables), as SQLite recommends for long-lived connections; bounded, so it stays quick on big files.
 * Run after migrations.
 */
export function optimizeSqlite(raw: Database.Database): void {
  raw.pragma('analysis_limit = 1000')
  try {
    raw.pragma('optimize = 0x10002')
  } catch (error) {
    // Statistics are an optimisation: a full database still starts (and serves reads).
    if ((error as { code?: unknown }).code !== 'SQLITE_FULL') throw error
  }
}

/** Bytes in use and the cap (max_page_count × page size) of a SQLite connection. */
export function sqliteSize(raw: Database.Database): { usedBytes: number; capBytes: number } {
  const pageSize = raw.pragma('page_size', { simple: true }) as number
  const pages = raw.pragma('page_count', { simple: true }) as number
  const free = raw.pragma('freelist_count', { simple: true }) as number
  const max = raw.pragma('max_page_count', { simple: true }) as number
  return { usedBytes: (pages - free) * pageSize, capBytes: max * pageSize }
}

/** A connection for Kysely whose statements are cached, and which tells whether a transaction is open. */
export interface CachedSqliteDatabase extends SqliteDatabase {
  readonly inTransaction: boolean
}

/** Wraps a connection so that `prepare` returns a cached statement for SQL text it has seen. */
export function withStatementCache(raw: Database.Database, size = 500): CachedSqliteDatabase {
  const cache = new Map<string, SqliteStatement>()
  return {
    get inTransaction() {
      return raw.inTransaction
    },
    close: () => {
      cache.clear()
      raw.close()
    },
    prepare(sql: string): SqliteStatement {
      const hit = cache.get(sql)
      if (hit) {
        // Re-insert to mark as most recently used.
        cache.delete(sql)
        cache.set(sql, hit)
        return hit
      }
      const stmt = raw.prepare(sql) as unknown as SqliteStatement
      cache.set(sql, stmt)
      if (cache.size > size) {
        const oldest = cache.keys().next().value
        if (oldest !== undefined) cache.delete(oldest)
      }
      return stmt
    },
  }
}

/**
 * Transactions start with BEGIN IMMEDIATE: a deferred transaction that reads and then writes can
 * fail with SQLITE_BUSY when another process (the CLI, a backup) holds the write lock, and the
 * busy timeout does not help at the upgrade. Taking the write lock up front makes it wait instead.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  readonly #database: CachedSqliteDatabase

  constructor(database: CachedSqliteDatabase) {
    super({ database })
    this.#database = database
  }

  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'))
  }

  /**
   * SQLite itself rolls the whole transaction back on some errors (SQLITE_FULL — a full disk or the
   * size cap —, SQLITE_IOERR, SQLITE_NOMEM). A ROLLBACK then fails with "no transaction is active"
   * and that error would replace the real one (a 500 instead of 507 STORAGE_FULL): skip it.
   */
  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    if (!this.#database.inTransaction) return
    await super.rollbackTransaction(connection)
  }
}

export class TongxinSqliteDialect extends SqliteDialect {
  readonly #database: CachedSqliteDatabase

  constructor(database: CachedSqliteDatabase) {
    super({ database })
    this.#database = database
  }

  override createDriver(): SqliteDriver {
    return new ImmediateSqliteDriver(this.#database)
  }
}
