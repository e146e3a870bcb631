// Hot queries compiled once. Building and compiling a Kysely query costs more than running a simple
// indexed query on SQLite (tens of microseconds per call, measured in the registry benchmarks), so
// queries on every request's path — the session lookup, registry searches — are compiled on first
// use per dialect and shape, and later calls only bind new parameters.
//
// The query is built once with sentinel values in place of the parameters; the compiled parameter
// list then tells where each caller parameter goes, so the builder may use parameters in any order
// and any number of times. Values the builder adds itself (constants) are kept as they were.
//
// On SQLite a compiled query also skips Kysely's driver when it can: better-sqlite3 is synchronous,
// so outside a transaction a read runs to completion on the raw connection with nothing able to
// interleave, and the driver's connection mutex and promise hops (about as costly as the query
// itself) buy nothing. While a transaction is open on the connection the query goes through the
// driver, which waits for it, so no read ever sees another request's uncommitted writes.
import type Database from 'better-sqlite3'
import { CompiledQuery, type Compilable, type SqliteDatabase } from 'kysely'
import { dialectOf, type Executor } from './dialect.js'

interface DirectSqlite {
  raw: Database.Database
  statements: SqliteDatabase
}

const direct = new WeakMap<object, DirectSqlite>()

/** Lets compiled queries on this Kysely instance run straight on its SQLite connection. */
export function registerDirectSqlite(db: object, raw: Database.Database, statements: SqliteDatabase): void {
  direct.set(db, { raw, statements })
}

type Slot = { param: number } | { constant: unknown }

interface Compiled {
  sql: string
  slots: Slot[]
}

const SENTINEL = '\u0000tongxin-param-'

/**
 * `build(db, ...placeholders)` must return the same shape of query for every call with the same
 * `shape` key (e.g. the number of scope paths); the placeholders stand for the real parameters.
 */
export function preparedQuery<Row, P extends unknown[]>(
  build: (db: Executor, ...params: P) => Compilable<Row>,
): (db: Executor, shape: string, ...params: P) => Promise<Row[]> {
  const cache = new Map<string, Compiled>()
  return async (db, shape, ...params) => {
    const key = `${dialectOf(db)}:${shape}`
    let compiled = cache.get(key)
    if (!compiled) {
      const placeholders = params.map((_, i) => `${SENTINEL}${i}`) as P
      const query = build(db, ...placeholders).compile()
      compiled = {
        sql: query.sql,
        slots: query.parameters.map((value) =>
          typeof value === 'string' && value.startsWith(SENTINEL)
            ? { param: Number(value.slice(SENTINEL.length)) }
            : { constant: value },
        ),
      }
      cache.set(key, compiled)
    }
    const values = compiled.slots.map((slot) => ('param' in slot ? params[slot.param] : slot.constant))
    const sqlite = direct.get(db)
    if (sqlite !== undefined && !sqlite.raw.inTransaction) {
      const stmt = sqlite.statements.prepare(compiled.sql)
      if (stmt.reader) return stmt.all(values) as Row[]
    }
    const result = await db.executeQuery<Row>(CompiledQuery.raw(compiled.sql, values))
    return result.rows
  }
}
