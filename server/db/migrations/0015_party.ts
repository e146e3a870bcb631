// 党员报到: party members registering where they live, posts, needs and tasks they claim, service
// hours and organisational life. Filled in with the party module.
//
// One active registration per person is a partial unique index, so two desks registering the same
// member at once cannot both succeed; one live claim per member per post (or need/task) likewise.
// Service records are never deleted: rejected and voided ones keep their reason and who decided.
import { sql, type Kysely } from 'kysely'
import { columnTypes, dialectOf } from '../dialect.js'

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against whatever exists
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(dialectOf(db))

  await db.schema
    .createTable('party_registrations')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('community_id', t.id, (c) => c.notNull().references('org_nodes.id'))
    // Where the member lives (the person's path when registering): figures of a grid find them.
    .addColumn('path', t.path, (c) => c.notNull())
    .addColumn('person_id', t.id, (c) => c.notNull().references('persons.id'))
    .addColumn('home_kind', t.text, (c) => c.notNull())
    .addColumn('home_village_id', t.id, (c) => c.references('villages.id'))
    .addColumn('home_name', t.text, (c) => c.notNull())
    .addColumn('registered_on', t.date, (c) => c.notNull())
    .addColumn('user_id', t.id, (c) => c.references('users.id'))
    .addColumn('status', t.text, (c) => c.notNull())
    .addColumn('left_on', t.date)
    .addColumn('version', t.int, (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.time, (c) => c.notNull())
    .addColumn('updated_at', t.time, (c) => c.notNull())
    .addCheckConstraint(
      'party_registrations_home_kind',
      sql`home_kind in ('village_branch','workplace','other')`,
    )
    .addCheckConstraint(
      'party_registrations_village',
      sql`(home_kind = 'village_branch') = (home_village_id is not null)`,
    )
    .addCheckConstraint('party_registrations_status', sql`status in ('active','left')`)
    .addCheckConstraint('party_registrations_left', sql`(status = 'left') = (left_on is not null)`)
    .execute()
  await db.schema
    .createIndex('party_registrations_active_person')
    .on('party_registrations')
    .column('person_id')
    .unique()
    .where(sql.ref('status'), '=', 'active')
    .execute()
  await db.schema
    .createIndex('party_registrations_active_user')
    .on('party_registrations')
    .column('user_id')
    .unique()
    .where(sql<boolean>`status = 'active' and user_id is not null`)
    .execute()
  await db.schema
    .createIndex('party_registrations_community')
    .on('party_registrations')
    .columns(['community_id', 'home_name'])
    .execute()
  await db.schema.createIndex('party_registrations_path').on('party_registrations').column('path').execute()

  await db.schema
    .createTable('party_posts')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('community_id', t.id, (c) => c.notNull().references('org_nodes.id'))
    .addColumn('name', t.text, (c) => c.notNull())
    .addColumn('duty', t.text, (c) => c.notNull())
    .addColumn('node_id', t.id, (c) => c.references('org_nodes.id'))
    .addColumn('capacity', t.int)
    .addColumn('active', t.flag, (c) => c.notNull().defaultTo(1))
    .addColumn('version', t.int, (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.time, (c) => c.notNull())
    .addColumn('updated_at', t.time, (c) => c.notNull())
    .addCheckConstraint('party_posts_capacity', sql`capacity is null or capacity > 0`)
    .execute()
  await db.schema.createIndex('party_posts_community').on('party_posts').column('community_id').execute()

  await db.schema
    .createTable('party_post_claims')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('post_id', t.id, (c) => c.notNull().references('party_posts.id'))
    .addColumn('registration_id', t.id, (c) => c.notNull().references('party_registrations.id'))
    .addColumn('state', t.text, (c) => c.notNull())
    .addColumn('claimed_on', t.date, (c) => c.notNull())
    .addColumn('ended_on', t.date)
    .addColumn('created_at', t.time, (c) => c.notNull())
    .addColumn('updated_at', t.time, (c) => c.notNull())
    .addCheckConstraint('party_post_claims_state', sql`state in ('active','ended')`)
    .execute()
  await db.schema
    .createIndex('party_post_claims_active')
    .on('party_post_claims')
    .columns(['post_id', 'registration_id'])
    .unique()
    .where(sql.ref('state'), '=', 'active')
    .execute()
  await db.schema
    .createIndex('party_post_claims_member')
    .on('party_post_claims')
    .column('registration_id')
    .execute()

  await db.schema
    .createTable('party_tasks')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('community_id', t.id, (c) => c.notNull().references('org_nodes.id'))
    .addColumn('kind', t.text, (c) => c.notNull())
    .addColumn('title', t.text, (c) => c.notNull())
    .addColumn('description', t.text, (c) => c.notNull())
    .addColumn('on_date', t.date, (c) => c.notNull())
    .addColumn('capacity', t.int, (c) => c.notNull())
    .addColumn('state', t.text, (c) => c.notNull())
    .addColumn('version', t.int, (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.time, (c) => c.notNull())
    .addColumn('updated_at', t.time, (c) => c.notNull())
    .addCheckConstraint('party_tasks_kind', sql`kind in ('need','task')`)
    .addCheckConstraint('party_tasks_state', sql`state in ('open','closed')`)
    .addCheckConstraint('party_tasks_capacity', sql`capacity > 0`)
    .execute()
  await db.schema
    .createIndex('party_tasks_community')
    .on('party_tasks')
    .columns(['community_id', 'on_date'])
    .execute()

  await db.schema
    .createTable('party_task_claims')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('task_id', t.id, (c) => c.notNull().references('party_tasks.id'))
    .addColumn('registration_id', t.id, (c) => c.notNull().references('party_registrations.id'))
    .addColumn('state', t.text, (c) => c.notNull())
    .addColumn('claimed_by_user_id', t.id, (c) => c.references('users.id'))
    .addColumn('created_at', t.time, (c) => c.notNull())
    .addColumn('updated_at', t.time, (c) => c.notNull())
    .addCheckConstraint('party_task_claims_state', sql`state in ('claimed','done')`)
    .execute()
  await db.schema
    .createIndex('party_task_claims_member')
    .on('party_task_claims')
    .columns(['task_id', 'registration_id'])
    .unique()
    .execute()

  await db.schema
    .createTable('party_service_records')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('community_id', t.id, (c) => c.notNull().references('org_nodes.id'))
    .addColumn('registration_id', t.id, (c) => c.notNull().references('party_registrations.id'))
    .addColumn('served_on', t.date, (c) => c.notNull())
    .addColumn('minutes', t.int, (c) => c.notNull())
    .addColumn('kind', t.text, (c) => c.notNull())
    .addColumn('post_id', t.id, (c) => c.references('party_posts.id'))
    .addColumn('task_id', t.id, (c) => c.references('party_tasks.id'))
    .addColumn('description', t.text, (c) => c.notNull())
    .addColumn('state', t.text, (c) => c.notNull())
    .addColumn('recorded_by_user_id', t.id, (c) => c.references('users.id'))
    .addColumn('recorded_by_label', t.text, (c) => c.notNull())
    .addColumn('decided_by_user_id', t.id, (c) => c.references('users.id'))
    .addColumn('decided_by_label', t.text)
    .addColumn('decided_at', t.time)
    .addColumn('reason', t.text)
    .addColumn('voided_by_label', t.text)
    .addColumn('voided_at', t.time)
    .addColumn('version', t.int, (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.time, (c) => c.notNull())
    .addColumn('updated_at', t.time, (c) => c.notNull())
    .addCheckConstraint('party_service_records_minutes', sql`minutes > 0 and minutes <= 1440`)
    .addCheckConstraint('party_service_records_kind', sql`kind in ('post','need','task','activity','other')`)
    .addCheckConstraint(
      'party_service_records_state',
      sql`state in ('pending','confirmed','rejected','void')`,
    )
    .execute()
  await db.schema
    .createIndex('party_service_records_member')
    .on('party_service_records')
    .columns(['registration_id', 'served_on'])
    .execute()
  await db.schema
    .createIndex('party_service_records_community')
    .on('party_service_records')
    .columns(['community_id', 'state', 'served_on'])
    .execute()

  await db.schema
    .createTable('party_service_photos')
    .addColumn('record_id', t.id, (c) => c.notNull().references('party_service_records.id'))
    .addColumn('file_id', t.text, (c) => c.notNull().references('files.id'))
    .addColumn('created_at', t.time, (c) => c.notNull())
    .addPrimaryKeyConstraint('party_service_photos_pk', ['record_id', 'file_id'])
    .execute()

  await db.schema
    .createTable('party_meetings')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('community_id', t.id, (c) => c.notNull().references('org_nodes.id'))
    .addColumn('kind', t.text, (c) => c.notNull())
    .addColumn('held_on', t.date, (c) => c.notNull())
    .addColumn('topic', t.text, (c) => c.notNull())
    .addColumn('recorded_by_label', t.text, (c) => c.notNull())
    .addColumn('created_at', t.time, (c) => c.notNull())
    .addCheckConstraint(
      'party_meetings_kind',
      sql`kind in ('general_meeting','committee','group_meeting','lecture','theme_day')`,
    )
    .execute()
  await db.schema
    .createIndex('party_meetings_community')
    .on('party_meetings')
    .columns(['community_id', 'held_on'])
    .execute()

  await db.schema
    .createTable('party_attendances')
    .addColumn('meeting_id', t.id, (c) => c.notNull().references('party_meetings.id'))
    .addColumn('registration_id', t.id, (c) => c.notNull().references('party_registrations.id'))
    .addColumn('created_at', t.time, (c) => c.notNull())
    .addPrimaryKeyConstraint('party_attendances_pk', ['meeting_id', 'registration_id'])
    .execute()
  await db.schema
    .createIndex('party_attendances_member')
    .on('party_attendances')
    .column('registration_id')
    .execute()
}
