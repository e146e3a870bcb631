// Foundation: org tree, villages, accounts, sessions, grants, audit log, jobs, files.
import { sql, type Kysely } from 'kysely'
import { columnTypes, dialectOf } from '../dialect.js'

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against whatever exists
export async function up(db: Kysely<any>): Promise<void> {
  const dialect = dialectOf(db)
  const t = columnTypes(dialect)

  await db.schema
    .createTable('org_nodes')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('parent_id', t.id, (c) => c.references('org_nodes.id'))
    .addColumn('kind', t.text, (c) => c.notNull())
    .addColumn('code', t.text, (c) => c.notNull())
    .addColumn('name', t.text, (c) => c.notNull())
    .addColumn('path', t.path, (c) => c.notNull())
    .addColumn('depth', t.int, (c) => c.notNull())
    .addColumn('community_id', t.id)
    .addColumn('version', t.int, (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.time, (c) => c.notNull())
    .addColumn('updated_at', t.time, (c) => c.notNull())
    .addCheckConstraint(
      'org_nodes_kind',
      sql`kind in ('district','street','park','community','grid','building','unit','room')`,
    )
    .execute()
  await db.schema.createIndex('org_nodes_path').on('org_nodes').column('path').unique().execute()
  await db.schema.createIndex('org_nodes_parent').on('org_nodes').columns(['parent_id', 'code']).execute()
  await db.schema.createIndex('org_nodes_code').on('org_nodes').column('code').unique().execute()
  await db.schema.createIndex('org_nodes_community').on('org_nodes').column('community_id').execute()

  await db.schema
    .createTable('villages')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('code', t.text, (c) => c.notNull().unique())
    .addColumn('name', t.text, (c) => c.notNull())
    .addColumn('area_path', t.path, (c) => c.notNull())
    .addColumn('version', t.int, (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.time, (c) => c.notNull())
    .addColumn('updated_at', t.time, (c) => c.notNull())
    .execute()
  await db.schema.createIndex('villages_area').on('villages').column('area_path').execute()

  await db.schema
    .createTable('users')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('username', t.text, (c) => c.notNull().unique())
    .addColumn('display_name', t.text, (c) => c.notNull())
    .addColumn('password_hash', t.text, (c) => c.notNull())
    .addColumn('locale', t.text, (c) => c.notNull().defaultTo('zh-CN'))
    .addColumn('disabled', t.flag, (c) => c.notNull().defaultTo(0))
    .addColumn('version', t.int, (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.time, (c) => c.notNull())
    .addColumn('updated_at', t.time, (c) => c.notNull())
    .addColumn('password_changed_at', t.time, (c) => c.notNull())
    .addCheckConstraint('users_locale', sql`locale in ('zh-CN','en')`)
    .addCheckConstraint('users_disabled', sql`disabled in (0,1)`)
    .execute()

  await db.schema
    .createTable('grants')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('user_id', t.id, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('role', t.text, (c) => c.notNull())
    .addColumn('scope_kind', t.text, (c) => c.notNull())
    .addColumn('scope_id', t.id, (c) => c.notNull())
    .addColumn('scope_path', t.path)
    .addColumn('created_at', t.time, (c) => c.notNull())
    .addColumn('created_by', t.id)
    .addCheckConstraint('grants_scope_kind', sql`scope_kind in ('org','village')`)
    .addCheckConstraint('grants_scope_path', sql`(scope_kind = 'org') = (scope_path is not null)`)
    .execute()
  await db.schema
    .createIndex('grants_user')
    .on('grants')
    .columns(['user_id', 'role', 'scope_kind', 'scope_id'])
    .unique()
    .execute()
  await db.schema.createIndex('grants_scope').on('grants').columns(['scope_kind', 'scope_id']).execute()

  await db.schema
    .createTable('sessions')
    .addColumn('id', t.text, (c) => c.primaryKey())
    .addColumn('user_id', t.id, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('csrf_token', t.text, (c) => c.notNull())
    .addColumn('created_at', t.time, (c) => c.notNull())
    .addColumn('last_seen_at', t.time, (c) => c.notNull())
    .addColumn('expires_at', t.time, (c) => c.notNull())
    .addColumn('ip', t.text)
    .addColumn('user_agent', t.text)
    .execute()
  await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute()
  await db.schema.createIndex('sessions_expires').on('sessions').column('expires_at').execute()

  await db.schema
    .createTable('login_throttle')
    .addColumn('key', t.text, (c) => c.primaryKey())
    .addColumn('failures', t.int, (c) => c.notNull())
    .addColumn('window_started_at', t.time, (c) => c.notNull())
    .addColumn('blocked_until', t.time, (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('item_access')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('user_id', t.id, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('target_type', t.text, (c) => c.notNull())
    .addColumn('target_id', t.id, (c) => c.notNull())
    .addColumn('reason', t.text, (c) => c.notNull())
    .addColumn('granted_by', t.id)
    .addColumn('created_at', t.time, (c) => c.notNull())
    .addColumn('revoked_at', t.time)
    .execute()
  await db.schema
    .createIndex('item_access_user_target')
    .on('item_access')
    .columns(['user_id', 'target_type', 'target_id'])
    .execute()

  await db.schema
    .createTable('audit_log')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('at', t.time, (c) => c.notNull())
    .addColumn('local_date', t.text, (c) => c.notNull())
    .addColumn('actor_id', t.id)
    .addColumn('actor_label', t.text, (c) => c.notNull())
    .addColumn('ip', t.text)
    .addColumn('action', t.text, (c) => c.notNull())
    .addColumn('target_type', t.text, (c) => c.notNull())
    .addColumn('target_id', t.text)
    .addColumn('scope_path', t.path)
    .addColumn('village_id', t.id)
    .addColumn('summary', t.json, (c) => c.notNull())
    .addColumn('request_id', t.text)
    .execute()
  await db.schema.createIndex('audit_scope').on('audit_log').columns(['scope_path', 'id']).execute()
  await db.schema
    .createIndex('audit_target')
    .on('audit_log')
    .columns(['target_type', 'target_id', 'id'])
    .execute()
  await db.schema.createIndex('audit_actor').on('audit_log').columns(['actor_id', 'id']).execute()
  await db.schema.createIndex('audit_village').on('audit_log').columns(['village_id', 'id']).execute()

  // The audit log is append-only: the database itself refuses updates and deletes.
  if (dialect === 'postgres') {
    await sql`create function audit_log_append_only() returns trigger language plpgsql as $$
      begin raise exception 'audit_log is append-only'; end $$`.execute(db)
    await sql`create trigger audit_log_no_update before update or delete on audit_log
      for each row execute function audit_log_append_only()`.execute(db)
  } else {
    await sql`create trigger audit_log_no_update before update on audit_log
      begin select raise(abort, 'audit_log is append-only'); end`.execute(db)
    await sql`create trigger audit_log_no_delete before delete on audit_log
      begin select raise(abort, 'audit_log is append-only'); end`.execute(db)
  }

  await db.schema
    .createTable('jobs')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('kind', t.text, (c) => c.notNull())
    .addColumn('payload', t.json, (c) => c.notNull())
    .addColumn('status', t.text, (c) => c.notNull())
    .addColumn('run_at', t.time, (c) => c.notNull())
    .addColumn('attempts', t.int, (c) => c.notNull().defaultTo(0))
    .addColumn('max_attempts', t.int, (c) => c.notNull())
    .addColumn('locked_by', t.text)
    .addColumn('locked_until', t.time)
    .addColumn('last_error', t.text)
    .addColumn('idempotency_key', t.text, (c) => c.unique())
    .addColumn('created_at', t.time, (c) => c.notNull())
    .addColumn('updated_at', t.time, (c) => c.notNull())
    .addColumn('finished_at', t.time)
    .addCheckConstraint('jobs_status', sql`status in ('pending','running','done','failed')`)
    .execute()
  await db.schema.createIndex('jobs_due').on('jobs').columns(['status', 'run_at']).execute()

  await db.schema
    .createTable('files')
    .addColumn('id', t.text, (c) => c.primaryKey())
    .addColumn('size', t.bigint, (c) => c.notNull())
    .addColumn('mime', t.text, (c) => c.notNull())
    .addColumn('created_at', t.time, (c) => c.notNull())
    .addColumn('created_by', t.id)
    .execute()

  await db.schema
    .createTable('app_meta')
    .addColumn('key', t.text, (c) => c.primaryKey())
    .addColumn('value', t.text, (c) => c.notNull())
    .execute()
}
