// 三保留 — the collective economic organisation (村股份经济合作社) and its members: membership confirmed
// by a recorded decision and kept wherever the member now lives; a share plan quantifying shares per
// member, changed only by append-only share events (grant, transfer inside the organisation,
// inheritance, buy-back). Members' holdings and the collective's unallocated shares always add up
// to the plan's total.
import { sql, type Kysely } from 'kysely'
import { columnTypes, dialectOf } from '../dialect.js'

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against whatever exists
export async function up(db: Kysely<any>): Promise<void> {
  const dialect = dialectOf(db)
  const t = columnTypes(dialect)

  await db.schema
    .createTable('collective_decisions')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('village_id', t.id, (c) => c.notNull().references('villages.id'))
    .addColumn('kind', t.text, (c) => c.notNull())
    .addColumn('meeting', t.text, (c) => c.notNull())
    .addColumn('held_on', t.date, (c) => c.notNull())
    .addColumn('title', t.text, (c) => c.notNull())
    .addColumn('resolution', t.text, (c) => c.notNull())
    .addColumn('attendees', t.int, (c) => c.notNull())
    .addColumn('votes_for', t.int, (c) => c.notNull())
    .addColumn('votes_against', t.int, (c) => c.notNull())
    .addColumn('votes_abstain', t.int, (c) => c.notNull())
    .addColumn('adopted', t.flag, (c) => c.notNull())
    .addColumn('recorded_by_user_id', t.id, (c) => c.references('users.id'))
    .addColumn('recorded_by_label', t.text, (c) => c.notNull())
    .addColumn('created_at', t.time, (c) => c.notNull())
    .addCheckConstraint(
      'collective_decisions_kind',
      sql`kind in ('membership','share_plan','distribution','disposal','contract','other')`,
    )
    .addCheckConstraint('collective_decisions_meeting', sql`meeting in ('members','representatives')`)
    .addCheckConstraint(
      'collective_decisions_votes',
      sql`attendees > 0 and votes_for >= 0 and votes_against >= 0 and votes_abstain >= 0 and votes_for + votes_against + votes_abstain <= attendees`,
    )
    .execute()
  await db.schema
    .createIndex('collective_decisions_village')
    .on('collective_decisions')
    .columns(['village_id', 'held_on'])
    .execute()

  await db.schema
    .createTable('collective_members')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('village_id', t.id, (c) => c.notNull().references('villages.id'))
    .addColumn('person_id', t.id, (c) => c.notNull().references('persons.id'))
    .addColumn('basis', t.text, (c) => c.notNull())
    .addColumn('status', t.text, (c) => c.notNull())
    .addColumn('since_on', t.date, (c) => c.notNull())
    .addColumn('decision_id', t.id, (c) => c.notNull().references('collective_decisions.id'))
    .addColumn('ended_on', t.date)
    .addColumn('end_reason', t.text)
    .addColumn('end_decision_id', t.id, (c) => c.references('collective_decisions.id'))
    .addColumn('version', t.int, (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.time, (c) => c.notNull())
    .addColumn('updated_at', t.time, (c) => c.notNull())
    .addCheckConstraint(
      'collective_members_basis',
      sql`basis in ('original','birth','marriage','adoption','policy','other')`,
    )
    .addCheckConstraint('collective_members_status', sql`status in ('active','ended')`)
    .addCheckConstraint(
      'collective_members_end',
      sql`(status = 'active' and ended_on is null and end_reason is null) or (status = 'ended' and ended_on is not null and end_reason in ('deceased','withdrawn','other'))`,
    )
    .execute()
  // One active membership per person in an organisation.
  await db.schema
    .createIndex('collective_members_active')
    .on('collective_members')
    .columns(['village_id', 'person_id'])
    .unique()
    .where(sql.ref('status'), '=', 'active')
    .execute()
  await db.schema
    .createIndex('collective_members_person')
    .on('collective_members')
    .column('person_id')
    .execute()

  await db.schema
    .createTable('share_plans')
    .addColumn('id', t.id, (c) => c.primaryKey())
    // One plan per organisation (a new plan is a later change, with its own decision).
    .addColumn('village_id', t.id, (c) => c.notNull().unique().references('villages.id'))
    .addColumn('name', t.text, (c) => c.notNull())
    .addColumn('total_shares', t.int, (c) => c.notNull())
    .addColumn('effective_on', t.date, (c) => c.notNull())
    .addColumn('decision_id', t.id, (c) => c.notNull().references('collective_decisions.id'))
    .addColumn('next_seq', t.int, (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.time, (c) => c.notNull())
    .addCheckConstraint('share_plans_total', sql`total_shares > 0`)
    .execute()

  await db.schema
    .createTable('share_events')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('plan_id', t.id, (c) => c.notNull().references('share_plans.id'))
    .addColumn('seq', t.int, (c) => c.notNull())
    .addColumn('kind', t.text, (c) => c.notNull())
    .addColumn('from_member_id', t.id, (c) => c.references('collective_members.id'))
    .addColumn('to_member_id', t.id, (c) => c.references('collective_members.id'))
    .addColumn('shares', t.int, (c) => c.notNull())
    .addColumn('decision_id', t.id, (c) => c.references('collective_decisions.id'))
    .addColumn('happened_on', t.date, (c) => c.notNull())
    .addColumn('note', t.text)
    .addColumn('recorded_by_user_id', t.id, (c) => c.references('users.id'))
    .addColumn('recorded_by_label', t.text, (c) => c.notNull())
    .addColumn('at', t.time, (c) => c.notNull())
    .addCheckConstraint('share_events_kind', sql`kind in ('grant','transfer','inheritance','buyback')`)
    .addCheckConstraint('share_events_shares', sql`shares > 0`)
    .addCheckConstraint(
      'share_events_parties',
      sql`(kind = 'grant' and from_member_id is null and to_member_id is not null)
        or (kind in ('transfer','inheritance') and from_member_id is not null and to_member_id is not null and from_member_id <> to_member_id)
        or (kind = 'buyback' and from_member_id is not null and to_member_id is null)`,
    )
    .execute()
  await db.schema
    .createIndex('share_events_seq')
    .on('share_events')
    .columns(['plan_id', 'seq'])
    .unique()
    .execute()

  // A year's distribution (收益分配): the ratios are the village's settings for that year; the
  // payouts split the members' pool by shares and add up to it exactly; once posted, nothing changes.
  await db.schema
    .createTable('distribution_plans')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('village_id', t.id, (c) => c.notNull().references('villages.id'))
    .addColumn('year', t.int, (c) => c.notNull())
    .addColumn('distributable_fen', t.bigint, (c) => c.notNull())
    .addColumn('provident_bp', t.int, (c) => c.notNull())
    .addColumn('member_bp', t.int, (c) => c.notNull())
    .addColumn('provident_fen', t.bigint, (c) => c.notNull())
    .addColumn('member_fen', t.bigint, (c) => c.notNull())
    .addColumn('retained_fen', t.bigint, (c) => c.notNull())
    .addColumn('state', t.text, (c) => c.notNull())
    .addColumn('decision_id', t.id, (c) => c.references('collective_decisions.id'))
    .addColumn('voucher_id', t.id, (c) => c.references('vouchers.id'))
    .addColumn('created_by_label', t.text, (c) => c.notNull())
    .addColumn('version', t.int, (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.time, (c) => c.notNull())
    .addColumn('updated_at', t.time, (c) => c.notNull())
    .addCheckConstraint('distribution_plans_state', sql`state in ('draft','approved','posted')`)
    .addCheckConstraint(
      'distribution_plans_ratios',
      sql`provident_bp >= 0 and member_bp >= 0 and provident_bp + member_bp <= 10000`,
    )
    .addCheckConstraint(
      'distribution_plans_sum',
      sql`provident_fen + member_fen + retained_fen = distributable_fen`,
    )
    .execute()
  await db.schema
    .createIndex('distribution_plans_year')
    .on('distribution_plans')
    .columns(['village_id', 'year'])
    .unique()
    .execute()
  await db.schema
    .createTable('distribution_payouts')
    .addColumn('plan_id', t.id, (c) => c.notNull().references('distribution_plans.id'))
    .addColumn('member_id', t.id, (c) => c.notNull().references('collective_members.id'))
    .addColumn('shares', t.int, (c) => c.notNull())
    .addColumn('amount_fen', t.bigint, (c) => c.notNull())
    .addPrimaryKeyConstraint('distribution_payouts_pk', ['plan_id', 'member_id'])
    .execute()

  if (dialect === 'postgres') {
    await sql`create function share_events_append_only() returns trigger language plpgsql as $$
      begin raise exception 'share_events is append-only'; end $$`.execute(db)
    await sql`create trigger share_events_no_change before update or delete on share_events
      for each row execute function share_events_append_only()`.execute(db)
  } else {
    await sql`create trigger share_events_no_update before update on share_events
      begin select raise(abort, 'share_events is append-only'); end`.execute(db)
    await sql`create trigger share_events_no_delete before delete on share_events
      begin select raise(abort, 'share_events is append-only'); end`.execute(db)
  }
}
