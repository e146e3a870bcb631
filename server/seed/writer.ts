// The bulk path for generated rows: multi-row INSERTs of a fixed size, so the SQL text repeats and
// SQLite's statement cache (db/sqlite.ts) prepares each shape once; on PostgreSQL about 1,000 rows
// a round trip. Rows go through Kysely's executor, so they join the caller's transaction.
import { CompiledQuery } from 'kysely'
import { dialectOf, type Database, type Dialect, type Executor } from '../db/index.js'

/** Rows per statement: SQLite allows 32,766 parameters per statement, PostgreSQL 65,535. */
function rowsPerStatement(dialect: Dialect, columns: number): number {
  const maxRows = dialect === 'postgres' ? 1000 : 400
  const maxParams = dialect === 'postgres' ? 60_000 : 30_000
  return Math.max(1, Math.min(maxRows, Math.floor(maxParams / columns)))
}

export class BulkWriter {
  readonly db: Executor
  readonly dialect: Dialect
  /** Rows written so far. */
  rows = 0
  readonly #sql = new Map<string, string>()

  constructor(db: Executor) {
    this.db = db
    this.dialect = dialectOf(db)
  }

  #statement(table: string, columns: readonly string[], count: number): string {
    const key = `${table}:${count}:${columns.join(',')}`
    const cached = this.#sql.get(key)
    if (cached) return cached
    const tuples: string[] = []
    let n = 0
    for (let r = 0; r < count; r++) {
      const marks = columns.map(() => (this.dialect === 'postgres' ? `$${++n}` : '?'))
      tuples.push(`(${marks.join(',')})`)
    }
    const sql = `insert into "${table}" (${columns.map((c) => `"${c}"`).join(',')}) values ${tuples.join(',')}`
    this.#sql.set(key, sql)
    return sql
  }

  /** Inserts rows of one table; every row must have the same columns as the first. */
  async insert<T extends keyof Database>(table: T, rows: readonly Database[T][]): Promise<void> {
    const first = rows[0]
    if (!first) return
    const columns = Object.keys(first)
    const size = rowsPerStatement(this.dialect, columns.length)
    for (let i = 0; i < rows.length; i += size) {
      const count = Math.min(size, rows.length - i)
      const params: unknown[] = new Array(count * columns.length)
      let k = 0
      for (let r = i; r < i + count; r++) {
        const row = rows[r] as unknown as Record<string, unknown>
        for (const column of columns) {
          const value = row[column]
          // JSON columns (jsonb on PostgreSQL, text on SQLite) take their text form.
          params[k++] = value !== null && typeof value === 'object' ? JSON.stringify(value) : (value ?? null)
        }
      }
      await this.db.executeQuery(CompiledQuery.raw(this.#statement(table, columns, count), params))
    }
    this.rows += rows.length
  }
}
