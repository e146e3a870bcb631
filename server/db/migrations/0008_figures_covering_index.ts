// A community's figures read every daily row of its grids in the period: up to grids × days × 12
// counts. With the row's count and value in the index itself the read never visits the table, so
// its cost stays a short index range however many items lie behind the rows. Likewise the live
// overdue count reads (community, open, due) entries and needs each item's state: kept in the index.
import type { Kysely } from 'kysely'

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against whatever exists
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('work_figures_community').execute()
  await db.schema
    .createIndex('work_figures_community')
    .on('work_figures_daily')
    .columns(['community_id', 'day', 'count', 'value'])
    .execute()
  await db.schema.dropIndex('work_items_due').execute()
  await db.schema
    .createIndex('work_items_due')
    .on('work_items')
    .columns(['community_id', 'open', 'due_at', 'state'])
    .execute()
}
