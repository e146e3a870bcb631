// Every difference between SQLite and PostgreSQL that the code must know about lives here:
// column types for migrations, JSON, counts and sums, path-prefix ranges, and error codes.
import { PostgresAdapter, sql, type ExpressionBuilder, type Kysely, type Transaction } from 'kysely'
import type { Database } from './schema.js'

export type Dialect = 'sqlite' | 'postgres'
export type Db = Kysely<Database>
/** The executor a repository function takes first: the database or an open transaction. */
export type Executor = Kysely<Database> | Transaction<Database>

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations see an untyped database
export function dialectOf(db: Kysely<any>): Dialect {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite'
}

/** Column types used by migrations, so that one migration serves both dialects. */
export function columnTypes(dialect: Dialect) {
  return {
    id: 'text',
    text: 'text',
    /** Epoch milliseconds (int8 on PostgreSQL; SQLite integers are 64-bit). */
    time: 'bigint',
    int: 'integer',
    bigint: 'bigint',
    /** Coordinates (WGS-84 degrees); never money. */
    float: dialect === 'postgres' ? 'double precision' : 'real',
    /** Calendar days as text YYYY-MM-DD (birth dates, moved-in dates): no time zone to get wrong. */
    date: 'text',
    /** 0/1; booleans are stored as integers in both dialects so rows read the same. */
    flag: 'integer',
    json: dialect === 'postgres' ? 'jsonb' : 'text',
    /** Org paths compare byte-wise so that a prefix is a contiguous index range. */
    path: dialect === 'postgres' ? sql`text collate "C"` : sql`text`,
  } as const
}

/** JSON columns: PostgreSQL's jsonb arrives parsed, SQLite's text arrives as a string. */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the stored shape
export function readJson<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T
}

/** JSON to bind as a parameter; both dialects accept the text form. */
export function writeJson(value: unknown): string {
  return JSON.stringify(value ?? null)
}

/** count(*) and sum(): PostgreSQL gives int8 (parsed to number by our pool) or numeric (a string). */
export function toNumber(value: unknown): number {
  if (typeof value === 'number') return value
  if (typeof value === 'bigint') return Number(value)
  if (typeof value === 'string') return Number(value)
  if (value === null || value === undefined) return 0
  throw new TypeError(`not a number: ${typeof value}`)
}

/**
 * Rows whose path lies under `prefix` (the prefix included), as a range that an ordinary b-tree
 * index serves in both dialects: paths end with '/', and '0' is the character after '/'.
 */
export function pathRange(prefix: string): { from: string; to: string } {
  if (!prefix.startsWith('/') || !prefix.endsWith('/')) throw new Error(`not an org path: ${prefix}`)
  return { from: prefix, to: `${prefix.slice(0, -1)}0` }
}

type PathColumnOf<DB, TB extends keyof DB> = {
  [C in keyof DB[TB] & string]: DB[TB][C] extends string | null ? C : never
}[keyof DB[TB] & string]

export function underPath<TB extends keyof Database>(
  eb: ExpressionBuilder<Database, TB>,
  column: PathColumnOf<Database, TB>,
  prefix: string,
) {
  const { from, to } = pathRange(prefix)
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the column is constrained above
  const ref = eb.ref(column as any)
  return eb.and([eb(ref, '>=', from), eb(ref, '<', to)])
}

export interface DatabaseFailure {
  kind: 'unique' | 'foreign_key' | 'full' | 'read_only' | 'busy' | 'serialization' | 'unavailable' | 'other'
  constraint?: string
}

/** Classifies a driver error so the HTTP layer and retry loops need not know either driver. */
export function classifyDatabaseError(error: unknown): DatabaseFailure | undefined {
  if (typeof error !== 'object' || error === null) return undefined
  const code = (error as { code?: unknown }).code
  if (typeof code !== 'string') return undefined
  if (code.startsWith('SQLITE_')) {
    if (code.startsWith('SQLITE_CONSTRAINT_UNIQUE') || code === 'SQLITE_CONSTRAINT_PRIMARYKEY')
      return { kind: 'unique' }
    if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') return { kind: 'foreign_key' }
    if (code === 'SQLITE_FULL') return { kind: 'full' }
    if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN')) return { kind: 'read_only' }
    if (code.startsWith('SQLITE_IOERR')) return { kind: 'unavailable' }
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return { kind: 'busy' }
    return { kind: 'other' }
  }
  const constraint = (error as { constraint?: unknown }).constraint
  const named = typeof constraint === 'string' ? { constraint } : {}
  switch (code) {
    case '23505':
      return { kind: 'unique', ...named }
    case '23503':
      return { kind: 'foreign_key', ...named }
    case '53100':
      return { kind: 'full' }
    case '25006':
      return { kind: 'read_only' }
    case '40001':
    case '40P01':
      return { kind: 'serialization' }
    case '57P01':
    case '57P03':
    case 'ECONNREFUSED':
    case 'ECONNRESET':
    case '08006':
    case '08001':
      return { kind: 'unavailable' }
    default:
      return undefined
  }
}
