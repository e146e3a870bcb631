// Partial indexes for columns that a new item leaves empty. Every b-tree a filing touches is a page
// written to the WAL and later copied back to the file. An index on a column that is NULL for most
// new rows (no assignee yet, not closed, not rated, no feedback token for staff filings, no
// reporter on a patrol, routed to the community rather than a village, an audit entry of no
// village) still gains an entry per row. With `where <column> is not null` it gains none, and
// every query that reads these indexes compares the column with `=` or a range, which both
// SQLite and PostgreSQL take as implying `is not null`, so the plans stay the same.
import { sql, type Kysely } from 'kysely'

const partial: { name: string; table: string; columns: string[]; when: string }[] = [
  {
    name: 'work_items_assignee',
    table: 'work_items',
    columns: ['assignee_user_id', 'open', 'id'],
    when: 'assignee_user_id',
  },
  {
    name: 'work_items_village',
    table: 'work_items',
    columns: ['village_id', 'open', 'id'],
    when: 'village_id',
  },
  {
    name: 'work_items_filed_by',
    table: 'work_items',
    columns: ['filed_by_user_id', 'id'],
    when: 'filed_by_user_id',
  },
  {
    name: 'work_items_closed_date',
    table: 'work_items',
    columns: ['community_id', 'closed_date'],
    when: 'closed_date',
  },
  {
    name: 'work_items_rated_date',
    table: 'work_items',
    columns: ['community_id', 'rated_date'],
    when: 'rated_date',
  },
  {
    name: 'work_items_feedback',
    table: 'work_items',
    columns: ['feedback_token_hash'],
    when: 'feedback_token_hash',
  },
  {
    name: 'work_items_reporter',
    table: 'work_items',
    columns: ['reporter_person_id', 'id'],
    when: 'reporter_person_id',
  },
  { name: 'audit_village', table: 'audit_log', columns: ['village_id', 'id'], when: 'village_id' },
]

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against whatever exists
export async function up(db: Kysely<any>): Promise<void> {
  for (const index of partial) {
    await db.schema.dropIndex(index.name).execute()
    await db.schema
      .createIndex(index.name)
      .on(index.table)
      .columns(index.columns)
      .where(sql.ref(index.when), 'is not', null)
      .execute()
  }
}
