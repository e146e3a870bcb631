// A number that changes whenever anything a signed-in request's identity rests on changes: a
// session ends, a user is updated (disabled, renamed, password changed), a grant is given, changed
// or taken away. Triggers keep it, so no code path can forget to, and every server process sees it.
// Processes cache resolved sessions and check only this one-row table on each request: exact
// (nothing stale is ever used) and one indexed read instead of two.
import { sql, type Kysely } from 'kysely'
import { columnTypes, dialectOf } from '../dialect.js'

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against whatever exists
export async function up(db: Kysely<any>): Promise<void> {
  const dialect = dialectOf(db)
  const t = columnTypes(dialect)
  await db.schema
    .createTable('auth_epoch')
    .addColumn('id', t.int, (c) => c.primaryKey())
    .addColumn('n', t.bigint, (c) => c.notNull())
    .addCheckConstraint('auth_epoch_one_row', sql`id = 1`)
    .execute()
  await db.insertInto('auth_epoch').values({ id: 1, n: 1 }).execute()
  const watched: [string, string][] = [
    ['sessions', 'delete'],
    ['users', 'update'],
    ['users', 'delete'],
    ['grants', 'insert'],
    ['grants', 'update'],
    ['grants', 'delete'],
  ]
  if (dialect === 'postgres') {
    await sql`create function bump_auth_epoch() returns trigger language plpgsql as $$
      begin update auth_epoch set n = n + 1 where id = 1; return null; end $$`.execute(db)
    for (const [table, event] of watched)
      await sql
        .raw(
          `create trigger ${table}_${event}_auth_epoch after ${event} on ${table} for each statement execute function bump_auth_epoch()`,
        )
        .execute(db)
  } else {
    for (const [table, event] of watched)
      await sql
        .raw(
          `create trigger ${table}_${event}_auth_epoch after ${event} on ${table} begin update auth_epoch set n = n + 1 where id = 1; end`,
        )
        .execute(db)
  }
}
