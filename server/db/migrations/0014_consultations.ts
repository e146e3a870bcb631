// 协商议事: topics, meetings, votes, decisions and their follow-through tasks (work items of kind
// 'task'). A topic concerns a place (its path, so "concerns my building" is a prefix test); a
// decision and its ballots are written once and never changed — the database refuses updates and
// deletes, as it does for the proxy money book. Whether a decision is carried out is computed
// from its tasks, never stored.
import { sql, type Kysely } from 'kysely'
import { columnTypes, dialectOf } from '../dialect.js'

const appendOnly = ['consultation_decisions', 'consultation_ballots'] as const

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against whatever exists
export async function up(db: Kysely<any>): Promise<void> {
  const dialect = dialectOf(db)
  const t = columnTypes(dialect)
  const now = Date.now()

  // The follow-through tasks' category (a category says which kind of item it files).
  const max = await db
    .selectFrom('request_categories')
    .select((eb) => eb.fn.max('sort').as('m'))
    .executeTakeFirst()
  const base = Number(max?.m ?? 0) + 1
  await db
    .insertInto('request_categories')
    .values(
      (
        [
          ['task', null, '落实事项', 'Follow-through tasks'],
          ['task.consultation', 'task', '协商议事落实', 'Carrying out a consultation’s decision'],
        ] as const
      ).map(([code, parent_code, name_zh, name_en], i) => ({
        code,
        parent_code,
        name_zh,
        name_en,
        function: 'coordination',
        sla_rule: 'general',
        public: 0,
        active: 1,
        sort: base + i,
        updated_at: now,
        item_kind: 'task',
      })),
    )
    .execute()

  await db.schema
    .createTable('consultations')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('community_id', t.id, (c) => c.notNull().references('org_nodes.id'))
    .addColumn('node_id', t.id, (c) => c.notNull().references('org_nodes.id'))
    .addColumn('path', t.path, (c) => c.notNull())
    .addColumn('title', t.text, (c) => c.notNull())
    .addColumn('description', t.text, (c) => c.notNull())
    .addColumn('source', t.text, (c) => c.notNull())
    .addColumn('raised_by', t.text, (c) => c.notNull())
    .addColumn('state', t.text, (c) => c.notNull())
    .addColumn('scheduled_at', t.time)
    .addColumn('place', t.text)
    .addColumn('held_at', t.time)
    .addColumn('held_date', t.date)
    .addColumn('minutes', t.text)
    .addColumn('dropped_reason', t.text)
    .addColumn('created_by_user_id', t.id, (c) => c.references('users.id'))
    .addColumn('created_by_label', t.text, (c) => c.notNull())
    .addColumn('version', t.int, (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.time, (c) => c.notNull())
    .addColumn('updated_at', t.time, (c) => c.notNull())
    .addCheckConstraint(
      'consultations_source',
      sql`source in ('residents','grid_branch','requests','community')`,
    )
    .addCheckConstraint(
      'consultations_state',
      sql`state in ('proposed','scheduled','held','decided','dropped')`,
    )
    .execute()
  await db.schema
    .createIndex('consultations_community')
    .on('consultations')
    .columns(['community_id', 'id'])
    .execute()
  await db.schema.createIndex('consultations_path').on('consultations').column('path').execute()
  await db.schema
    .createIndex('consultations_held')
    .on('consultations')
    .columns(['community_id', 'held_date'])
    .execute()

  // The residents' requests a topic was raised from.
  await db.schema
    .createTable('consultation_requests')
    .addColumn('consultation_id', t.id, (c) => c.notNull().references('consultations.id'))
    .addColumn('item_id', t.id, (c) => c.notNull().references('work_items.id'))
    .addColumn('created_at', t.time, (c) => c.notNull())
    .addPrimaryKeyConstraint('consultation_requests_pk', ['consultation_id', 'item_id'])
    .execute()
  await db.schema
    .createIndex('consultation_requests_item')
    .on('consultation_requests')
    .column('item_id')
    .execute()

  await db.schema
    .createTable('consultation_agenda')
    .addColumn('consultation_id', t.id, (c) => c.notNull().references('consultations.id'))
    .addColumn('seq', t.int, (c) => c.notNull())
    .addColumn('text', t.text, (c) => c.notNull())
    .addPrimaryKeyConstraint('consultation_agenda_pk', ['consultation_id', 'seq'])
    .execute()

  // Who is invited: a registry person or a provider (the property company), with their capacity.
  await db.schema
    .createTable('consultation_invitees')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('consultation_id', t.id, (c) => c.notNull().references('consultations.id'))
    .addColumn('person_id', t.id, (c) => c.references('persons.id'))
    .addColumn('provider_id', t.id, (c) => c.references('providers.id'))
    .addColumn('name', t.text, (c) => c.notNull())
    .addColumn('capacity', t.text, (c) => c.notNull())
    .addColumn('attended', t.flag, (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', t.time, (c) => c.notNull())
    .addCheckConstraint(
      'consultation_invitees_capacity',
      sql`capacity in ('resident','building_leader','party_member','property_company','village_rep','other')`,
    )
    .addCheckConstraint('consultation_invitees_who', sql`(person_id is null) <> (provider_id is null)`)
    .execute()
  await db.schema
    .createIndex('consultation_invitees_person')
    .on('consultation_invitees')
    .columns(['consultation_id', 'person_id'])
    .unique()
    .where(sql.ref('person_id'), 'is not', null)
    .execute()
  await db.schema
    .createIndex('consultation_invitees_provider')
    .on('consultation_invitees')
    .columns(['consultation_id', 'provider_id'])
    .unique()
    .where(sql.ref('provider_id'), 'is not', null)
    .execute()

  await db.schema
    .createTable('consultation_photos')
    .addColumn('consultation_id', t.id, (c) => c.notNull().references('consultations.id'))
    .addColumn('file_id', t.text, (c) => c.notNull().references('files.id'))
    .addColumn('created_at', t.time, (c) => c.notNull())
    .addPrimaryKeyConstraint('consultation_photos_pk', ['consultation_id', 'file_id'])
    .execute()

  await db.schema
    .createTable('consultation_decisions')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('consultation_id', t.id, (c) => c.notNull().references('consultations.id'))
    .addColumn('community_id', t.id, (c) => c.notNull().references('org_nodes.id'))
    .addColumn('seq', t.int, (c) => c.notNull())
    .addColumn('text', t.text, (c) => c.notNull())
    .addColumn('method', t.text, (c) => c.notNull())
    .addColumn('open_vote', t.flag, (c) => c.notNull().defaultTo(0))
    .addColumn('votes_for', t.int)
    .addColumn('votes_against', t.int)
    .addColumn('votes_abstain', t.int)
    .addColumn('outcome', t.text, (c) => c.notNull())
    .addColumn('decided_at', t.time, (c) => c.notNull())
    .addColumn('decided_date', t.date, (c) => c.notNull())
    .addColumn('recorded_by_user_id', t.id, (c) => c.references('users.id'))
    .addColumn('recorded_by_label', t.text, (c) => c.notNull())
    // A correction is a new decision that names the one it replaces; the replaced one stays.
    .addColumn('supersedes_id', t.id, (c) => c.references('consultation_decisions.id'))
    .addCheckConstraint('consultation_decisions_method', sql`method in ('vote','consensus')`)
    .addCheckConstraint('consultation_decisions_outcome', sql`outcome in ('adopted','rejected')`)
    // A consensus keeps no counts; a vote keeps all three.
    .addCheckConstraint(
      'consultation_decisions_counts',
      sql`(method = 'consensus' and votes_for is null and votes_against is null and votes_abstain is null and open_vote = 0)
        or (method = 'vote' and votes_for >= 0 and votes_against >= 0 and votes_abstain >= 0)`,
    )
    .execute()
  await db.schema
    .createIndex('consultation_decisions_seq')
    .on('consultation_decisions')
    .columns(['consultation_id', 'seq'])
    .unique()
    .execute()
  // A decision is replaced at most once.
  await db.schema
    .createIndex('consultation_decisions_supersedes')
    .on('consultation_decisions')
    .column('supersedes_id')
    .unique()
    .where(sql.ref('supersedes_id'), 'is not', null)
    .execute()
  await db.schema
    .createIndex('consultation_decisions_date')
    .on('consultation_decisions')
    .columns(['community_id', 'decided_date'])
    .execute()

  // An open vote's (记名表决) ballots. A secret vote has none: only its counts are kept.
  await db.schema
    .createTable('consultation_ballots')
    .addColumn('decision_id', t.id, (c) => c.notNull().references('consultation_decisions.id'))
    .addColumn('invitee_id', t.id, (c) => c.notNull().references('consultation_invitees.id'))
    .addColumn('choice', t.text, (c) => c.notNull())
    .addPrimaryKeyConstraint('consultation_ballots_pk', ['decision_id', 'invitee_id'])
    .addCheckConstraint('consultation_ballots_choice', sql`choice in ('for','against','abstain')`)
    .execute()

  // A decision's follow-through tasks: work items of kind 'task'.
  await db.schema
    .createTable('consultation_tasks')
    .addColumn('decision_id', t.id, (c) => c.notNull().references('consultation_decisions.id'))
    .addColumn('item_id', t.id, (c) => c.notNull().references('work_items.id'))
    .addColumn('created_at', t.time, (c) => c.notNull())
    .addPrimaryKeyConstraint('consultation_tasks_pk', ['decision_id', 'item_id'])
    .execute()
  await db.schema.createIndex('consultation_tasks_item').on('consultation_tasks').column('item_id').execute()

  for (const table of appendOnly) {
    if (dialect === 'postgres') {
      await sql`create function ${sql.raw(`${table}_append_only`)}() returns trigger language plpgsql as ${sql.raw(
        `$$ begin raise exception '${table} is append-only'; end $$`,
      )}`.execute(db)
      await sql`create trigger ${sql.raw(`${table}_no_change`)} before update or delete on ${sql.table(table)}
        for each row execute function ${sql.raw(`${table}_append_only`)}()`.execute(db)
    } else {
      await sql`create trigger ${sql.raw(`${table}_no_update`)} before update on ${sql.table(table)}
        begin select raise(abort, ${sql.lit(`${table} is append-only`)}); end`.execute(db)
      await sql`create trigger ${sql.raw(`${table}_no_delete`)} before delete on ${sql.table(table)}
        begin select raise(abort, ${sql.lit(`${table} is append-only`)}); end`.execute(db)
    }
  }
}
