// PostgreSQL through pg. Type parsers are set on the pool, not globally: int8 (counts, epoch
// milliseconds) comes back as a JS number like SQLite's, numeric stays an exact string.
import pg from 'pg'
import { PostgresDialect } from 'kysely'

const INT8_OID = 20

function parseInt8(value: string): number {
  const n = Number(value)
  if (!Number.isSafeInteger(n)) throw new RangeError(`int8 value ${value} does not fit a JS number`)
  return n
}

const defaultParser = pg.types.getTypeParser as unknown as (
  oid: number,
  format?: string,
) => (value: string) => unknown

function getTypeParser(oid: number, format?: string): (value: string) => unknown {
  if (oid === INT8_OID && format !== 'binary') return parseInt8
  return defaultParser(oid, format)
}

export interface PostgresOptions {
  url: string
  poolSize?: number
  onIdleError?: (error: Error) => void
}

export function createPgPool(options: PostgresOptions): pg.Pool {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 10,
    // Fail fast when the server is gone rather than hanging requests.
    connectionTimeoutMillis: 10_000,
    types: { getTypeParser } as unknown as pg.CustomTypesConfig,
  })
  // An idle pooled connection that the server drops (restart, failover, idle timeout) is reported
  // as an 'error' event; unhandled, it would kill the process. The pool has already discarded
  // that connection and the next query opens a new one, so there is nothing else to do here.
  pool.on('error', (error) => options.onIdleError?.(error))
  return pool
}

export function postgresDialect(pool: pg.Pool): PostgresDialect {
  return new PostgresDialect({ pool })
}
