// 财务公开 — what a village's collective discloses to its members: a quarter's (or a month's) table of
// income, expenses, assets, contracts and distribution, frozen as a snapshot with its content hash
// the moment it is published. Published tables are append-only (a correction is a new table that
// names the one it replaces, once). A collective member may be linked to their own account, so
// they read their village's tables on their phone while their membership lasts.
import { sql, type Kysely } from 'kysely'
import { columnTypes, dialectOf } from '../dialect.js'

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against whatever exists
export async function up(db: Kysely<any>): Promise<void> {
  const dialect = dialectOf(db)
  const t = columnTypes(dialect)

  await db.schema
    .createTable('disclosures')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('village_id', t.id, (c) => c.notNull().references('villages.id'))
    .addColumn('period_kind', t.text, (c) => c.notNull())
    .addColumn('year', t.int, (c) => c.notNull())
    .addColumn('period_no', t.int, (c) => c.notNull())
    .addColumn('first_period', t.text, (c) => c.notNull())
    .addColumn('last_period', t.text, (c) => c.notNull())
    /** The snapshot, as the exact canonical JSON text its hash was taken of. */
    .addColumn('content', t.text, (c) => c.notNull())
    /** SHA-256 of `content`, hex. */
    .addColumn('content_hash', t.text, (c) => c.notNull())
    .addColumn('replaces_id', t.id, (c) => c.references('disclosures.id'))
    .addColumn('correction_reason', t.text)
    .addColumn('published_by_user_id', t.id, (c) => c.references('users.id'))
    .addColumn('published_by_label', t.text, (c) => c.notNull())
    .addColumn('published_at', t.time, (c) => c.notNull())
    .addCheckConstraint('disclosures_kind', sql`period_kind in ('month','quarter')`)
    .addCheckConstraint(
      'disclosures_period_no',
      sql`period_no >= 1 and ((period_kind = 'month' and period_no <= 12) or (period_kind = 'quarter' and period_no <= 4))`,
    )
    .addCheckConstraint(
      'disclosures_correction',
      sql`(replaces_id is null and correction_reason is null) or (replaces_id is not null and correction_reason is not null)`,
    )
    .execute()
  // The first publication of a period is unique; each table is corrected at most once (a chain).
  await db.schema
    .createIndex('disclosures_first')
    .on('disclosures')
    .columns(['village_id', 'period_kind', 'year', 'period_no'])
    .unique()
    .where(sql.ref('replaces_id'), 'is', null)
    .execute()
  await db.schema
    .createIndex('disclosures_replaces')
    .on('disclosures')
    .column('replaces_id')
    .unique()
    .where(sql.ref('replaces_id'), 'is not', null)
    .execute()
  await db.schema
    .createIndex('disclosures_village')
    .on('disclosures')
    .columns(['village_id', 'year', 'published_at'])
    .execute()

  if (dialect === 'postgres') {
    await sql`create function disclosures_frozen() returns trigger language plpgsql as $$
      begin raise exception 'a published disclosure is never changed; publish a correction'; end $$`.execute(
      db,
    )
    await sql`create trigger disclosures_frozen before update or delete on disclosures
      for each row execute function disclosures_frozen()`.execute(db)
  } else {
    await sql`create trigger disclosures_no_update before update on disclosures
      begin select raise(abort, 'a published disclosure is never changed; publish a correction'); end`.execute(
      db,
    )
    await sql`create trigger disclosures_no_delete before delete on disclosures
      begin select raise(abort, 'a published disclosure is never changed; publish a correction'); end`.execute(
      db,
    )
  }

  // A member's own account (one active membership per account).
  await db.schema
    .alterTable('collective_members')
    .addColumn('user_id', t.id, (c) => c.references('users.id'))
    .execute()
  await db.schema
    .createIndex('collective_members_user')
    .on('collective_members')
    .column('user_id')
    .unique()
    .where(sql<boolean>`user_id is not null and status = 'active'`)
    .execute()
}
