// 红管家 (红色物业): property orders are work items of kind 'property' (greening, facility upkeep,
// sanitation, parking, garbage sorting, repairs, planned checks), each optionally about one facility
// of the registry. Maintenance plans check a set of facilities on a schedule: each period the job
// runner opens one order per plan (never two: unique per plan and period), the butler records a
// result per facility against the plan's checklist, and a fault found becomes a repair order.
import { sql, type Kysely } from 'kysely'
import { columnTypes, dialectOf } from '../dialect.js'

// [code, parent, zh, en]: the property services the source names (绿化、设施维护、环境卫生、停车、垃圾分类); residents' own
// complaints keep the requests' 物业管理 (property.*) categories.
const propertyCategories: [string, string | null, string, string][] = [
  ['butler', null, '红管家', 'Red butler'],
  ['butler.greening', 'butler', '绿化养护', 'Greening'],
  ['butler.upkeep', 'butler', '设施维护', 'Facility upkeep'],
  ['butler.sanitation', 'butler', '环境卫生', 'Sanitation'],
  ['butler.parking', 'butler', '停车管理', 'Parking'],
  ['butler.garbage', 'butler', '垃圾分类', 'Garbage sorting'],
  ['butler.repair', 'butler', '维修', 'Repair'],
  ['butler.inspection', 'butler', '计划巡检', 'Planned check'],
]

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against whatever exists
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(dialectOf(db))
  const now = Date.now()

  const max = await db
    .selectFrom('request_categories')
    .select((eb) => eb.fn.max('sort').as('m'))
    .executeTakeFirst()
  const base = Number(max?.m ?? 0) + 1
  await db
    .insertInto('request_categories')
    .values(
      propertyCategories.map(([code, parent_code, name_zh, name_en], i) => ({
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
        item_kind: 'property',
      })),
    )
    .execute()

  // The butlers' lists and the figures, from partial indexes: requests add no entry to them.
  await db.schema
    .createIndex('work_items_property_community')
    .on('work_items')
    .columns(['community_id', 'open', 'id'])
    .where(sql.ref('kind'), '=', 'property')
    .execute()
  await db.schema
    .createIndex('work_items_property_due')
    .on('work_items')
    .columns(['community_id', 'due_at'])
    .where(sql.ref('kind'), '=', 'property')
    .execute()

  await db.schema
    .createTable('maintenance_plans')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('community_id', t.id, (c) => c.notNull().references('org_nodes.id'))
    .addColumn('node_id', t.id, (c) => c.notNull().references('org_nodes.id'))
    .addColumn('path', t.path, (c) => c.notNull())
    .addColumn('name', t.text, (c) => c.notNull())
    .addColumn('trade', t.text, (c) => c.notNull())
    .addColumn('category_code', t.text, (c) => c.notNull())
    .addColumn('checklist', t.json, (c) => c.notNull())
    .addColumn('frequency', t.text, (c) => c.notNull())
    .addColumn('due_days', t.int, (c) => c.notNull())
    .addColumn('starts_on', t.date, (c) => c.notNull())
    .addColumn('assignee_user_id', t.id, (c) => c.references('users.id'))
    .addColumn('active', t.flag, (c) => c.notNull().defaultTo(1))
    .addColumn('created_by_user_id', t.id, (c) => c.references('users.id'))
    .addColumn('version', t.int, (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.time, (c) => c.notNull())
    .addColumn('updated_at', t.time, (c) => c.notNull())
    .addCheckConstraint(
      'maintenance_plans_trade',
      sql`trade in ('electrical','plumbing','greening','sanitation','general')`,
    )
    .addCheckConstraint('maintenance_plans_frequency', sql`frequency in ('weekly','monthly','quarterly')`)
    .addCheckConstraint('maintenance_plans_due_days', sql`due_days between 1 and 31`)
    .execute()
  await db.schema
    .createIndex('maintenance_plans_community')
    .on('maintenance_plans')
    .columns(['community_id', 'active'])
    .execute()

  await db.schema
    .createTable('maintenance_plan_facilities')
    .addColumn('plan_id', t.id, (c) => c.notNull().references('maintenance_plans.id'))
    .addColumn('facility_id', t.id, (c) => c.notNull().references('facilities.id'))
    .addColumn('sort', t.int, (c) => c.notNull())
    .addPrimaryKeyConstraint('maintenance_plan_facilities_pk', ['plan_id', 'facility_id'])
    .execute()

  // What a property order is about beyond the engine's item: the facility, and for a planned check
  // its plan and period (one order per plan and period, whoever runs the job and however often).
  await db.schema
    .createTable('property_orders')
    .addColumn('item_id', t.id, (c) => c.primaryKey().references('work_items.id'))
    .addColumn('community_id', t.id, (c) => c.notNull().references('org_nodes.id'))
    .addColumn('facility_id', t.id, (c) => c.references('facilities.id'))
    .addColumn('plan_id', t.id, (c) => c.references('maintenance_plans.id'))
    .addColumn('period_start', t.date)
    .addColumn('created_at', t.time, (c) => c.notNull())
    .addCheckConstraint(
      'property_orders_plan_period',
      sql`(plan_id is null and period_start is null) or (plan_id is not null and period_start is not null)`,
    )
    .execute()
  await db.schema
    .createIndex('property_orders_plan_period')
    .on('property_orders')
    .columns(['plan_id', 'period_start'])
    .unique()
    .execute()
  await db.schema
    .createIndex('property_orders_facility')
    .on('property_orders')
    .columns(['facility_id'])
    .where(sql.ref('facility_id'), 'is not', null)
    .execute()

  // A planned check's result per facility: fine, or a fault (which checklist points failed), with
  // the repair order the fault became.
  await db.schema
    .createTable('property_check_results')
    .addColumn('item_id', t.id, (c) => c.notNull().references('work_items.id'))
    .addColumn('facility_id', t.id, (c) => c.notNull().references('facilities.id'))
    .addColumn('result', t.text, (c) => c.notNull())
    .addColumn('failed', t.json, (c) => c.notNull())
    .addColumn('note', t.text)
    .addColumn('repair_item_id', t.id, (c) => c.references('work_items.id'))
    .addColumn('recorded_by_user_id', t.id, (c) => c.references('users.id'))
    .addColumn('recorded_by_label', t.text, (c) => c.notNull())
    .addColumn('recorded_at', t.time, (c) => c.notNull())
    .addPrimaryKeyConstraint('property_check_results_pk', ['item_id', 'facility_id'])
    .addCheckConstraint('property_check_results_result', sql`result in ('ok','fault')`)
    .execute()
}
