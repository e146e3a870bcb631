// Monthly figures beside the daily ones. A community's figures for a month read every daily row of
// its grids: grids × days × counts, about a thousand index entries, and a year's figures twelve
// times that. The monthly rows hold the same sums per (node, month, count), kept in the same
// transaction as the daily rows, so a period reads its whole months from here (grids × counts rows
// a month) and only its partial edge months from the daily rows.
import { sql, type Kysely } from 'kysely'
import { columnTypes, dialectOf } from '../dialect.js'

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against whatever exists
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(dialectOf(db))
  await db.schema
    .createTable('work_figures_monthly')
    .addColumn('node_id', t.id, (c) => c.notNull())
    // 'YYYY-MM'
    .addColumn('month', t.text, (c) => c.notNull())
    .addColumn('count', t.text, (c) => c.notNull())
    .addColumn('community_id', t.id, (c) => c.notNull())
    .addColumn('street_id', t.id)
    .addColumn('path', t.path, (c) => c.notNull())
    .addColumn('value', t.int, (c) => c.notNull())
    .addPrimaryKeyConstraint('work_figures_monthly_pk', ['node_id', 'month', 'count'])
    .execute()
  await db.schema
    .createIndex('work_figures_monthly_community')
    .on('work_figures_monthly')
    .columns(['community_id', 'month', 'count', 'value'])
    .execute()
  await db.schema
    .createIndex('work_figures_monthly_street')
    .on('work_figures_monthly')
    .columns(['street_id', 'month'])
    .execute()
  await db.schema
    .createIndex('work_figures_monthly_path')
    .on('work_figures_monthly')
    .columns(['path', 'month'])
    .execute()
  await sql`
    insert into work_figures_monthly (node_id, month, count, community_id, street_id, path, value)
    select node_id, substr(day, 1, 7), count, min(community_id), min(street_id), min(path), sum(value)
    from work_figures_daily
    group by node_id, substr(day, 1, 7), count
  `.execute(db)
}
