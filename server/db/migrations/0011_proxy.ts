// 红代办 (red proxy) on the one work-item engine: its service kinds are categories of their own
// (a category now says which kind of item it files), its items are `work_items` of kind 'proxy',
// and the money a proxy handles on a resident's behalf is an append-only book of entries in fen,
// corrected only by a reversing entry — the database itself refuses updates and deletes.
import { sql, type Kysely } from 'kysely'
import { columnTypes, dialectOf } from '../dialect.js'

// [code, parent, zh, en]: the proxy services the source names (代购代付、代扣代缴、医疗就诊、救助申请、就业、证照).
const proxyCategories: [string, string | null, string, string][] = [
  ['proxy', null, '红代办', 'Red proxy'],
  ['proxy.purchase', 'proxy', '代购代付', 'Buy or pay on behalf'],
  ['proxy.fees', 'proxy', '代扣代缴', 'Withhold and pay fees'],
  ['proxy.medical', 'proxy', '医疗就诊', 'Medical visit'],
  ['proxy.assistance', 'proxy', '救助申请', 'Assistance application'],
  ['proxy.employment', 'proxy', '就业帮扶', 'Finding work'],
  ['proxy.certificates', 'proxy', '证照代办', 'Certificates'],
  ['proxy.other', 'proxy', '其他代办', 'Other errands'],
]

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against whatever exists
export async function up(db: Kysely<any>): Promise<void> {
  const dialect = dialectOf(db)
  const t = columnTypes(dialect)
  const now = Date.now()

  // An item made from another (an errand from a resident's request for help) names its source.
  await db.schema
    .alterTable('work_items')
    .addColumn('source_item_id', t.id, (c) => c.references('work_items.id'))
    .execute()
  await db.schema
    .alterTable('request_categories')
    .addColumn('item_kind', t.text, (c) => c.notNull().defaultTo('request'))
    .execute()
  const max = await db
    .selectFrom('request_categories')
    .select((eb) => eb.fn.max('sort').as('m'))
    .executeTakeFirst()
  const base = Number(max?.m ?? 0) + 1
  await db
    .insertInto('request_categories')
    .values(
      proxyCategories.map(([code, parent_code, name_zh, name_en], i) => ({
        code,
        parent_code,
        name_zh,
        name_en,
        function: 'service',
        sla_rule: 'general',
        public: 0,
        active: 1,
        sort: base + i,
        updated_at: now,
        item_kind: 'proxy',
      })),
    )
    .execute()

  // The proxy team's lists: open or all, newest first, per community and per proxy. Partial, so a
  // residents' request (the great majority of items) adds no entry to them.
  await db.schema
    .createIndex('work_items_proxy_community')
    .on('work_items')
    .columns(['community_id', 'open', 'id'])
    .where(sql.ref('kind'), '=', 'proxy')
    .execute()
  await db.schema
    .createIndex('work_items_proxy_closed')
    .on('work_items')
    .columns(['community_id', 'closed_date'])
    .where(sql.ref('kind'), '=', 'proxy')
    .execute()
  await db.schema
    .createIndex('work_items_proxy_reported')
    .on('work_items')
    .columns(['community_id', 'reported_date'])
    .where(sql.ref('kind'), '=', 'proxy')
    .execute()

  await db.schema
    .createTable('proxy_money_entries')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('item_id', t.id, (c) => c.notNull().references('work_items.id'))
    .addColumn('community_id', t.id, (c) => c.notNull().references('org_nodes.id'))
    .addColumn('seq', t.int, (c) => c.notNull())
    // paid: the proxy paid on the resident's behalf; received: the proxy took money from the resident.
    .addColumn('direction', t.text, (c) => c.notNull())
    .addColumn('amount_fen', t.bigint, (c) => c.notNull())
    .addColumn('reverses_id', t.id, (c) => c.references('proxy_money_entries.id'))
    .addColumn('receipt_file_id', t.text, (c) => c.references('files.id'))
    .addColumn('note', t.text)
    .addColumn('recorded_by_user_id', t.id, (c) => c.references('users.id'))
    .addColumn('recorded_by_label', t.text, (c) => c.notNull())
    .addColumn('at', t.time, (c) => c.notNull())
    .addCheckConstraint('proxy_money_direction', sql`direction in ('paid','received')`)
    .addCheckConstraint('proxy_money_amount', sql`amount_fen > 0`)
    .execute()
  await db.schema
    .createIndex('proxy_money_item')
    .on('proxy_money_entries')
    .columns(['item_id', 'seq'])
    .unique()
    .execute()
  // An entry is reversed at most once.
  await db.schema
    .createIndex('proxy_money_reverses')
    .on('proxy_money_entries')
    .column('reverses_id')
    .unique()
    .where(sql.ref('reverses_id'), 'is not', null)
    .execute()

  if (dialect === 'postgres') {
    await sql`create function proxy_money_append_only() returns trigger language plpgsql as $$
      begin raise exception 'proxy_money_entries is append-only'; end $$`.execute(db)
    await sql`create trigger proxy_money_no_change before update or delete on proxy_money_entries
      for each row execute function proxy_money_append_only()`.execute(db)
  } else {
    await sql`create trigger proxy_money_no_update before update on proxy_money_entries
      begin select raise(abort, 'proxy_money_entries is append-only'); end`.execute(db)
    await sql`create trigger proxy_money_no_delete before delete on proxy_money_entries
      begin select raise(abort, 'proxy_money_entries is append-only'); end`.execute(db)
  }
}
