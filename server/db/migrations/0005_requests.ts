// Residents' requests (民情民意) on one work-item engine: categories, time limits and the
// working-day calendar as data; stages (三步走) and the function → owner matrix (五转); work items
// with every step as an update row; approvals (延期, 挂账); whistles (吹哨报到); the notification
// outbox; daily figure rows kept in the same transaction as each change; Open311 clients.
import { sql, type Kysely } from 'kysely'
import { columnTypes, dialectOf } from '../dialect.js'

// Category tree: [code, parent, zh, en, function, default SLA rule, public in Open311]
const categories: [string, string | null, string, string, string, string, 0 | 1][] = [
  ['environment', null, '环境卫生', 'Environment', 'management', 'general', 1],
  ['environment.garbage', 'environment', '垃圾清运', 'Garbage collection', 'management', 'general', 1],
  ['environment.greening', 'environment', '绿化养护', 'Greening', 'management', 'general', 1],
  ['environment.sanitation', 'environment', '卫生死角', 'Sanitation', 'management', 'general', 1],
  ['facilities', null, '设施维修', 'Facilities', 'service', 'general', 1],
  ['facilities.water', 'facilities', '供水管道', 'Water pipes', 'service', 'utility', 1],
  ['facilities.power', 'facilities', '供电线路', 'Power supply', 'service', 'utility', 1],
  ['facilities.gas', 'facilities', '燃气设施', 'Gas', 'service', 'urgent', 1],
  ['facilities.lamp', 'facilities', '路灯照明', 'Street lamps', 'service', 'general', 1],
  ['facilities.elevator', 'facilities', '电梯故障', 'Lifts', 'service', 'utility', 1],
  ['facilities.road', 'facilities', '道路井盖', 'Roads and covers', 'service', 'general', 1],
  ['safety', null, '安全隐患', 'Safety', 'management', 'general', 1],
  ['safety.fire', 'safety', '消防隐患', 'Fire hazards', 'management', 'urgent', 1],
  ['safety.building', 'safety', '房屋安全', 'Building safety', 'management', 'utility', 1],
  ['safety.traffic', 'safety', '交通安全', 'Traffic safety', 'management', 'general', 1],
  ['disputes', null, '矛盾纠纷', 'Disputes', 'coordination', 'complex', 0],
  ['disputes.neighbour', 'disputes', '邻里纠纷', 'Neighbours', 'coordination', 'complex', 0],
  ['disputes.family', 'disputes', '家庭纠纷', 'Family', 'coordination', 'complex', 0],
  ['disputes.property', 'disputes', '物业纠纷', 'Property management', 'coordination', 'complex', 0],
  ['livelihood', null, '民生保障', 'Livelihood', 'service', 'general', 0],
  ['livelihood.assistance', 'livelihood', '困难救助', 'Assistance', 'service', 'general', 0],
  ['livelihood.employment', 'livelihood', '就业创业', 'Employment', 'service', 'general', 0],
  ['livelihood.medical', 'livelihood', '医疗卫生', 'Health care', 'service', 'general', 0],
  ['livelihood.certificates', 'livelihood', '证照办理', 'Certificates', 'service', 'general', 0],
  ['property', null, '物业管理', 'Property', 'management', 'general', 1],
  ['property.parking', 'property', '停车管理', 'Parking', 'management', 'general', 1],
  ['property.noise', 'property', '噪声扰民', 'Noise', 'management', 'general', 1],
  ['property.fees', 'property', '物业收费', 'Property fees', 'management', 'general', 0],
  ['party', null, '党建组织', 'Party organisation', 'organisation', 'general', 0],
  ['party.relationship', 'party', '组织关系', 'Membership transfer', 'organisation', 'general', 0],
  ['party.activity', 'party', '组织生活', 'Organisational life', 'organisation', 'general', 0],
  ['collective', null, '集体经济', 'Village collective', 'development', 'general', 0],
  ['collective.land', 'collective', '土地承包', 'Land contracts', 'development', 'complex', 0],
  ['collective.assets', 'collective', '集体资产', 'Collective assets', 'development', 'complex', 0],
  ['collective.dividend', 'collective', '收益分配', 'Dividends', 'development', 'general', 0],
  ['other', null, '其他', 'Other', 'coordination', 'general', 0],
]

// [code, zh, amount, unit, basis, respond hours]: defaults from 12345 practice, not law.
const slaRules: [string, string, number, string, string, number][] = [
  ['urgent', '紧急（危及生命财产）', 2, 'hours', 'calendar', 1],
  ['utility', '水电气热', 24, 'hours', 'calendar', 2],
  ['general', '一般事项', 7, 'days', 'working', 24],
  ['complex', '复杂事项', 15, 'days', 'working', 24],
]

// China's statutory holidays and adjusted working days (调休) for 2026, as the State Council
// published them; later years are added as data by an administrator.
const holidays2026 = [
  ['2026-01-01', '2026-01-03'],
  ['2026-02-15', '2026-02-23'],
  ['2026-04-04', '2026-04-06'],
  ['2026-05-01', '2026-05-05'],
  ['2026-06-19', '2026-06-21'],
  ['2026-09-25', '2026-09-27'],
  ['2026-10-01', '2026-10-07'],
]
const workdays2026 = ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']

function daysBetween(from: string, to: string): string[] {
  const out: string[] = []
  for (let d = Date.parse(`${from}T00:00:00Z`); d <= Date.parse(`${to}T00:00:00Z`); d += 86_400_000)
    out.push(new Date(d).toISOString().slice(0, 10))
  return out
}

const matrix: [number, string, string][] = [
  [1, 'organisation', 'village'],
  [1, 'coordination', 'community'],
  [1, 'management', 'village'],
  [1, 'service', 'village'],
  [1, 'development', 'village'],
  [2, 'organisation', 'community'],
  [2, 'coordination', 'community'],
  [2, 'management', 'community'],
  [2, 'service', 'community'],
  [2, 'development', 'village'],
  [3, 'organisation', 'community'],
  [3, 'coordination', 'community'],
  [3, 'management', 'community'],
  [3, 'service', 'community'],
  [3, 'development', 'community'],
]

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against whatever exists
export async function up(db: Kysely<any>): Promise<void> {
  const dialect = dialectOf(db)
  const t = columnTypes(dialect)
  const now = Date.now()

  await db.schema
    .createTable('sla_rules')
    .addColumn('code', t.text, (c) => c.primaryKey())
    .addColumn('name_zh', t.text, (c) => c.notNull())
    .addColumn('amount', t.int, (c) => c.notNull())
    .addColumn('unit', t.text, (c) => c.notNull())
    .addColumn('basis', t.text, (c) => c.notNull())
    .addColumn('respond_hours', t.int, (c) => c.notNull())
    .addColumn('updated_at', t.time, (c) => c.notNull())
    .addCheckConstraint('sla_rules_unit', sql`unit in ('hours','days')`)
    .addCheckConstraint('sla_rules_basis', sql`basis in ('calendar','working')`)
    .addCheckConstraint('sla_rules_amount', sql`amount > 0 and respond_hours > 0`)
    .execute()
  await db
    .insertInto('sla_rules')
    .values(
      slaRules.map(([code, name_zh, amount, unit, basis, respond_hours]) => ({
        code,
        name_zh,
        amount,
        unit,
        basis,
        respond_hours,
        updated_at: now,
      })),
    )
    .execute()

  await db.schema
    .createTable('request_categories')
    .addColumn('code', t.text, (c) => c.primaryKey())
    .addColumn('parent_code', t.text, (c) => c.references('request_categories.code'))
    .addColumn('name_zh', t.text, (c) => c.notNull())
    .addColumn('name_en', t.text, (c) => c.notNull())
    .addColumn('function', t.text, (c) => c.notNull())
    .addColumn('sla_rule', t.text, (c) => c.notNull().references('sla_rules.code'))
    .addColumn('public', t.flag, (c) => c.notNull().defaultTo(0))
    .addColumn('active', t.flag, (c) => c.notNull().defaultTo(1))
    .addColumn('sort', t.int, (c) => c.notNull())
    .addColumn('updated_at', t.time, (c) => c.notNull())
    .addCheckConstraint(
      'request_categories_function',
      sql`function in ('organisation','coordination','management','service','development')`,
    )
    .execute()
  await db
    .insertInto('request_categories')
    .values(
      categories.map(([code, parent_code, name_zh, name_en, fn, sla_rule, pub], i) => ({
        code,
        parent_code,
        name_zh,
        name_en,
        function: fn,
        sla_rule,
        public: pub,
        active: 1,
        sort: i,
        updated_at: now,
      })),
    )
    .execute()

  await db.schema
    .createTable('calendar_days')
    .addColumn('day', t.date, (c) => c.primaryKey())
    .addColumn('kind', t.text, (c) => c.notNull())
    .addColumn('note', t.text)
    .addCheckConstraint('calendar_days_kind', sql`kind in ('holiday','workday')`)
    .execute()
  await db
    .insertInto('calendar_days')
    .values([
      ...holidays2026.flatMap(([a, b]) =>
        daysBetween(a ?? '', b ?? '').map((day) => ({ day, kind: 'holiday', note: null })),
      ),
      ...workdays2026.map((day) => ({ day, kind: 'workday', note: '调休上班' })),
    ])
    .execute()

  await db.schema
    .createTable('function_matrix')
    .addColumn('stage', t.int, (c) => c.notNull())
    .addColumn('function', t.text, (c) => c.notNull())
    .addColumn('owner', t.text, (c) => c.notNull())
    .addPrimaryKeyConstraint('function_matrix_pk', ['stage', 'function'])
    .addCheckConstraint('function_matrix_owner', sql`owner in ('village','community')`)
    .execute()
  await db
    .insertInto('function_matrix')
    .values(matrix.map(([stage, fn, owner]) => ({ stage, function: fn, owner })))
    .execute()

  await db.schema
    .createTable('community_stages')
    .addColumn('community_id', t.id, (c) => c.primaryKey().references('org_nodes.id'))
    .addColumn('stage', t.int, (c) => c.notNull())
    .addColumn('since_on', t.date, (c) => c.notNull())
    .addColumn('version', t.int, (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', t.time, (c) => c.notNull())
    .addCheckConstraint('community_stages_stage', sql`stage in (1,2,3)`)
    .execute()
  await db.schema
    .createTable('village_stages')
    .addColumn('community_id', t.id, (c) => c.notNull().references('org_nodes.id'))
    .addColumn('village_id', t.id, (c) => c.notNull().references('villages.id'))
    .addColumn('stage', t.int, (c) => c.notNull())
    .addColumn('since_on', t.date, (c) => c.notNull())
    .addColumn('updated_at', t.time, (c) => c.notNull())
    .addPrimaryKeyConstraint('village_stages_pk', ['community_id', 'village_id'])
    .addCheckConstraint('village_stages_stage', sql`stage in (1,2,3)`)
    .execute()

  // Users who work for a provider (property company, utility) act on items they are summoned to.
  await db.schema.alterTable('users').addColumn('provider_id', t.id).execute()

  await db.schema
    .createTable('work_item_counters')
    .addColumn('community_id', t.id, (c) => c.notNull().references('org_nodes.id'))
    .addColumn('year', t.int, (c) => c.notNull())
    .addColumn('last', t.int, (c) => c.notNull())
    .addPrimaryKeyConstraint('work_item_counters_pk', ['community_id', 'year'])
    .execute()

  await db.schema
    .createTable('work_items')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('kind', t.text, (c) => c.notNull())
    .addColumn('number', t.text, (c) => c.notNull())
    .addColumn('request_type', t.text, (c) => c.notNull())
    .addColumn('category_code', t.text, (c) => c.notNull().references('request_categories.code'))
    .addColumn('urgency', t.text, (c) => c.notNull())
    .addColumn('channel', t.text, (c) => c.notNull())
    .addColumn('title', t.text, (c) => c.notNull())
    .addColumn('description', t.text, (c) => c.notNull())
    // Where: the place it was filed at (room/building/grid/community) and its grid, community, street.
    .addColumn('node_id', t.id, (c) => c.notNull().references('org_nodes.id'))
    .addColumn('path', t.path, (c) => c.notNull())
    .addColumn('grid_id', t.id)
    .addColumn('community_id', t.id, (c) => c.notNull().references('org_nodes.id'))
    .addColumn('street_id', t.id)
    .addColumn('address', t.text)
    .addColumn('lat', t.float)
    .addColumn('lng', t.float)
    // Who owns it now: the level, the node of that level (its path), or the origin village.
    .addColumn('level', t.text, (c) => c.notNull())
    .addColumn('owner_path', t.path, (c) => c.notNull())
    .addColumn('village_id', t.id, (c) => c.references('villages.id'))
    .addColumn('function', t.text, (c) => c.notNull())
    .addColumn('stage', t.int, (c) => c.notNull())
    .addColumn('assignee_user_id', t.id, (c) => c.references('users.id'))
    .addColumn('state', t.text, (c) => c.notNull())
    .addColumn('open', t.flag, (c) => c.notNull())
    .addColumn('pending_approval', t.text)
    // Who reported it.
    .addColumn('reporter_person_id', t.id, (c) => c.references('persons.id'))
    .addColumn('origin_village_id', t.id, (c) => c.references('villages.id'))
    .addColumn('reporter_name', t.text)
    .addColumn('reporter_phone_hash', t.text)
    .addColumn('reporter_phone_tail', t.text)
    .addColumn('reporter_phone_sealed', t.text)
    .addColumn('filed_by_user_id', t.id, (c) => c.references('users.id'))
    .addColumn('feedback_token_hash', t.text)
    // Clocks and outcomes.
    .addColumn('sla_rule', t.text, (c) => c.notNull())
    .addColumn('reported_at', t.time, (c) => c.notNull())
    .addColumn('reported_date', t.date, (c) => c.notNull())
    .addColumn('respond_due_at', t.time, (c) => c.notNull())
    .addColumn('due_at', t.time, (c) => c.notNull())
    .addColumn('escalate_at', t.time)
    .addColumn('parked_at', t.time)
    .addColumn('responded_at', t.time)
    .addColumn('resolved_at', t.time)
    .addColumn('outcome', t.text)
    .addColumn('settled_level', t.text)
    .addColumn('closed_at', t.time)
    .addColumn('closed_date', t.date)
    .addColumn('rated_at', t.time)
    .addColumn('rated_date', t.date)
    .addColumn('satisfaction', t.text)
    .addColumn('reopen_count', t.int, (c) => c.notNull().defaultTo(0))
    .addColumn('extension_days', t.int, (c) => c.notNull().defaultTo(0))
    .addColumn('whistled', t.flag, (c) => c.notNull().defaultTo(0))
    .addColumn('merged_into_id', t.id, (c) => c.references('work_items.id'))
    .addColumn('cancel_reason', t.text)
    // Open311 shows only moderated text of public categories.
    .addColumn('public_text', t.text)
    .addColumn('version', t.int, (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.time, (c) => c.notNull())
    .addColumn('updated_at', t.time, (c) => c.notNull())
    .addCheckConstraint('work_items_level', sql`level in ('grid','community','street')`)
    .addCheckConstraint(
      'work_items_state',
      sql`state in ('reported','verified','dispatched','accepted','in_progress','parked','resolved','closed','rated','cancelled')`,
    )
    .addCheckConstraint('work_items_open', sql`open in (0,1)`)
    .addCheckConstraint('work_items_urgency', sql`urgency in ('normal','urgent')`)
    .execute()
  await db.schema
    .createIndex('work_items_number')
    .on('work_items')
    .columns(['community_id', 'number'])
    .unique()
    .execute()
  // Inboxes: one equality and the open flag, newest first (ids are time-ordered).
  await db.schema
    .createIndex('work_items_grid_inbox')
    .on('work_items')
    .columns(['grid_id', 'open', 'id'])
    .execute()
  await db.schema
    .createIndex('work_items_community_inbox')
    .on('work_items')
    .columns(['community_id', 'open', 'id'])
    .execute()
  await db.schema
    .createIndex('work_items_street_inbox')
    .on('work_items')
    .columns(['street_id', 'open', 'id'])
    .execute()
  await db.schema
    .createIndex('work_items_assignee')
    .on('work_items')
    .columns(['assignee_user_id', 'open', 'id'])
    .execute()
  await db.schema
    .createIndex('work_items_village')
    .on('work_items')
    .columns(['village_id', 'open', 'id'])
    .execute()
  await db.schema
    .createIndex('work_items_filed_by')
    .on('work_items')
    .columns(['filed_by_user_id', 'id'])
    .execute()
  await db.schema.createIndex('work_items_path').on('work_items').columns(['path', 'id']).execute()
  // Overdue and nearly-due lists; duplicates near a new report (same place, open, recent).
  await db.schema
    .createIndex('work_items_due')
    .on('work_items')
    .columns(['community_id', 'open', 'due_at'])
    .execute()
  await db.schema
    .createIndex('work_items_node_category')
    .on('work_items')
    .columns(['node_id', 'category_code', 'open', 'reported_at'])
    .execute()
  // Drill-down by event date.
  await db.schema
    .createIndex('work_items_reported_date')
    .on('work_items')
    .columns(['community_id', 'reported_date'])
    .execute()
  await db.schema
    .createIndex('work_items_closed_date')
    .on('work_items')
    .columns(['community_id', 'closed_date'])
    .execute()
  await db.schema
    .createIndex('work_items_rated_date')
    .on('work_items')
    .columns(['community_id', 'rated_date'])
    .execute()
  await db.schema.createIndex('work_items_feedback').on('work_items').column('feedback_token_hash').execute()
  await db.schema
    .createIndex('work_items_reporter')
    .on('work_items')
    .columns(['reporter_person_id', 'id'])
    .execute()

  await db.schema
    .createTable('work_item_updates')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('item_id', t.id, (c) => c.notNull().references('work_items.id'))
    .addColumn('action', t.text, (c) => c.notNull())
    .addColumn('from_state', t.text)
    .addColumn('to_state', t.text, (c) => c.notNull())
    .addColumn('from_level', t.text)
    .addColumn('to_level', t.text, (c) => c.notNull())
    .addColumn('actor_user_id', t.id)
    .addColumn('actor_label', t.text, (c) => c.notNull())
    .addColumn('via', t.text, (c) => c.notNull())
    .addColumn('note', t.text)
    .addColumn('data', t.json)
    .addColumn('at', t.time, (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('work_item_updates_item')
    .on('work_item_updates')
    .columns(['item_id', 'id'])
    .execute()

  await db.schema
    .createTable('work_item_files')
    .addColumn('item_id', t.id, (c) => c.notNull().references('work_items.id'))
    .addColumn('update_id', t.id, (c) => c.notNull().references('work_item_updates.id'))
    .addColumn('file_id', t.text, (c) => c.notNull().references('files.id'))
    .addColumn('stage', t.text, (c) => c.notNull())
    .addColumn('created_at', t.time, (c) => c.notNull())
    .addPrimaryKeyConstraint('work_item_files_pk', ['item_id', 'update_id', 'file_id'])
    .addCheckConstraint('work_item_files_stage', sql`stage in ('intake','progress','resolution','report')`)
    .execute()

  await db.schema
    .createTable('work_item_approvals')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('item_id', t.id, (c) => c.notNull().references('work_items.id'))
    .addColumn('kind', t.text, (c) => c.notNull())
    .addColumn('days', t.int)
    .addColumn('reason', t.text, (c) => c.notNull())
    .addColumn('requested_by', t.id)
    .addColumn('requested_at', t.time, (c) => c.notNull())
    .addColumn('decision', t.text)
    .addColumn('decided_by', t.id)
    .addColumn('decided_at', t.time)
    .addCheckConstraint('work_item_approvals_kind', sql`kind in ('extension','park')`)
    .execute()
  await db.schema
    .createIndex('work_item_approvals_item')
    .on('work_item_approvals')
    .columns(['item_id', 'requested_at'])
    .execute()

  // 吹哨报到: a whistle summons departments/providers and party members with a report deadline.
  await db.schema
    .createTable('whistles')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('item_id', t.id, (c) => c.notNull().references('work_items.id'))
    .addColumn('level', t.text, (c) => c.notNull())
    .addColumn('blown_by', t.id)
    .addColumn('blown_at', t.time, (c) => c.notNull())
    .addColumn('report_by', t.time, (c) => c.notNull())
    .addColumn('note', t.text, (c) => c.notNull())
    .addColumn('closed_at', t.time)
    .execute()
  await db.schema.createIndex('whistles_item').on('whistles').column('item_id').execute()
  await db.schema
    .createTable('whistle_parties')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('whistle_id', t.id, (c) => c.notNull().references('whistles.id'))
    .addColumn('item_id', t.id, (c) => c.notNull().references('work_items.id'))
    .addColumn('provider_id', t.id, (c) => c.references('providers.id'))
    .addColumn('unit_id', t.id, (c) => c.references('org_units.id'))
    .addColumn('person_id', t.id, (c) => c.references('persons.id'))
    .addColumn('user_id', t.id, (c) => c.references('users.id'))
    .addColumn('name', t.text, (c) => c.notNull())
    .addColumn('reported_at', t.time)
    .addColumn('reported_by', t.id)
    .addColumn('contribution', t.text)
    .addColumn('score', t.int)
    .addColumn('evaluation', t.text)
    .addColumn('evaluated_at', t.time)
    .addColumn('version', t.int, (c) => c.notNull().defaultTo(1))
    .addCheckConstraint('whistle_parties_score', sql`score is null or (score between 1 and 5)`)
    .execute()
  await db.schema.createIndex('whistle_parties_whistle').on('whistle_parties').column('whistle_id').execute()
  await db.schema
    .createIndex('whistle_parties_user')
    .on('whistle_parties')
    .columns(['user_id', 'item_id'])
    .execute()
  await db.schema
    .createIndex('whistle_parties_provider')
    .on('whistle_parties')
    .columns(['provider_id', 'item_id'])
    .execute()

  // Notification outbox: written with the change, sent by a job through a pluggable sender.
  await db.schema
    .createTable('notifications')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('item_id', t.id, (c) => c.references('work_items.id'))
    .addColumn('channel', t.text, (c) => c.notNull())
    .addColumn('recipient_sealed', t.text, (c) => c.notNull())
    .addColumn('recipient_tail', t.text)
    .addColumn('template', t.text, (c) => c.notNull())
    .addColumn('params', t.json, (c) => c.notNull())
    .addColumn('state', t.text, (c) => c.notNull())
    .addColumn('attempts', t.int, (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', t.text)
    .addColumn('created_at', t.time, (c) => c.notNull())
    .addColumn('sent_at', t.time)
    .addCheckConstraint('notifications_state', sql`state in ('pending','sent','failed')`)
    .execute()
  await db.schema
    .createIndex('notifications_item')
    .on('notifications')
    .columns(['item_id', 'created_at'])
    .execute()

  // Daily figures, one row per (node, day, count); node = the item's grid (or community).
  await db.schema
    .createTable('work_figures_daily')
    .addColumn('node_id', t.id, (c) => c.notNull())
    .addColumn('day', t.date, (c) => c.notNull())
    .addColumn('count', t.text, (c) => c.notNull())
    .addColumn('community_id', t.id, (c) => c.notNull())
    .addColumn('street_id', t.id)
    .addColumn('path', t.path, (c) => c.notNull())
    .addColumn('value', t.int, (c) => c.notNull())
    .addPrimaryKeyConstraint('work_figures_daily_pk', ['node_id', 'day', 'count'])
    .execute()
  await db.schema
    .createIndex('work_figures_community')
    .on('work_figures_daily')
    .columns(['community_id', 'day'])
    .execute()
  await db.schema
    .createIndex('work_figures_street')
    .on('work_figures_daily')
    .columns(['street_id', 'day'])
    .execute()
  await db.schema.createIndex('work_figures_path').on('work_figures_daily').columns(['path', 'day']).execute()

  // Open311 clients: an api_key per client, stored as its hash.
  await db.schema
    .createTable('open311_clients')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('name', t.text, (c) => c.notNull())
    .addColumn('key_hash', t.text, (c) => c.notNull().unique())
    .addColumn('jurisdiction_path', t.path, (c) => c.notNull())
    .addColumn('created_at', t.time, (c) => c.notNull())
    .addColumn('revoked_at', t.time)
    .execute()
}
