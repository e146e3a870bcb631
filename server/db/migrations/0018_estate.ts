// 三保留 — the village collective's land, assets and contracts. Land parcels and asset cards change
// status only with an append-only history row; an expropriated parcel is final and its
// compensation splits into what reached the members and what the collective kept, to the fen.
// Contracts (合同台账) cover cards and parcels, carry a rent schedule summing to their total and
// receipts allocated against its instalments; rent received for later years is released into
// income once per contract and year (the database refuses a second release).
import { sql, type Kysely } from 'kysely'
import { columnTypes, dialectOf } from '../dialect.js'

const appendOnly = ['land_parcel_history', 'asset_card_history'] as const

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against whatever exists
export async function up(db: Kysely<any>): Promise<void> {
  const dialect = dialectOf(db)
  const t = columnTypes(dialect)

  await db.schema
    .createTable('land_parcels')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('village_id', t.id, (c) => c.notNull().references('villages.id'))
    .addColumn('number', t.text, (c) => c.notNull())
    .addColumn('name', t.text, (c) => c.notNull())
    .addColumn('place', t.text, (c) => c.notNull())
    // Hundredths of a mu: 12.35 亩 is 1235.
    .addColumn('area_cmu', t.bigint, (c) => c.notNull())
    .addColumn('land_use', t.text, (c) => c.notNull())
    .addColumn('status', t.text, (c) => c.notNull())
    .addColumn('holder_member_id', t.id, (c) => c.references('collective_members.id'))
    .addColumn('holder_household_id', t.id, (c) => c.references('households.id'))
    .addColumn('contract_id', t.id)
    .addColumn('expropriated_on', t.date)
    .addColumn('compensation_fen', t.bigint)
    .addColumn('passed_note', t.text)
    .addColumn('passed_to_members_fen', t.bigint)
    .addColumn('kept_fen', t.bigint)
    .addColumn('version', t.int, (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.time, (c) => c.notNull())
    .addColumn('updated_at', t.time, (c) => c.notNull())
    .addCheckConstraint('land_parcels_area', sql`area_cmu > 0`)
    .addCheckConstraint(
      'land_parcels_use',
      sql`land_use in ('farmland','garden','forest','construction','homestead','other')`,
    )
    .addCheckConstraint('land_parcels_status', sql`status in ('unlet','contracted','leased','expropriated')`)
    .addCheckConstraint(
      'land_parcels_expropriation',
      sql`(status <> 'expropriated') or (expropriated_on is not null and compensation_fen >= 0
        and passed_to_members_fen >= 0 and kept_fen >= 0
        and passed_to_members_fen + kept_fen = compensation_fen)`,
    )
    .execute()
  await db.schema
    .createIndex('land_parcels_number')
    .on('land_parcels')
    .columns(['village_id', 'number'])
    .unique()
    .execute()

  await db.schema
    .createTable('land_parcel_history')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('parcel_id', t.id, (c) => c.notNull().references('land_parcels.id'))
    .addColumn('village_id', t.id, (c) => c.notNull().references('villages.id'))
    .addColumn('from_status', t.text)
    .addColumn('to_status', t.text, (c) => c.notNull())
    .addColumn('changed_on', t.date, (c) => c.notNull())
    .addColumn('reason', t.text, (c) => c.notNull())
    .addColumn('decision_ref', t.text)
    .addColumn('by_user_id', t.id, (c) => c.references('users.id'))
    .addColumn('by_label', t.text, (c) => c.notNull())
    .addColumn('at', t.time, (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('land_parcel_history_parcel')
    .on('land_parcel_history')
    .columns(['parcel_id', 'at'])
    .execute()

  await db.schema
    .createTable('asset_cards')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('village_id', t.id, (c) => c.notNull().references('villages.id'))
    .addColumn('number', t.text, (c) => c.notNull())
    .addColumn('name', t.text, (c) => c.notNull())
    .addColumn('kind', t.text, (c) => c.notNull())
    .addColumn('location', t.text, (c) => c.notNull())
    .addColumn('acquired_on', t.date, (c) => c.notNull())
    .addColumn('original_value_fen', t.bigint, (c) => c.notNull())
    .addColumn('account_code', t.text, (c) => c.notNull())
    .addColumn('status', t.text, (c) => c.notNull())
    .addColumn('version', t.int, (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.time, (c) => c.notNull())
    .addColumn('updated_at', t.time, (c) => c.notNull())
    .addCheckConstraint('asset_cards_value', sql`original_value_fen >= 0`)
    .addCheckConstraint(
      'asset_cards_kind',
      sql`kind in ('building','shop','equipment','infrastructure','other')`,
    )
    .addCheckConstraint('asset_cards_status', sql`status in ('in_use','leased','idle','disposed')`)
    .execute()
  await db.schema
    .createIndex('asset_cards_number')
    .on('asset_cards')
    .columns(['village_id', 'number'])
    .unique()
    .execute()

  await db.schema
    .createTable('asset_card_history')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('card_id', t.id, (c) => c.notNull().references('asset_cards.id'))
    .addColumn('village_id', t.id, (c) => c.notNull().references('villages.id'))
    .addColumn('from_status', t.text)
    .addColumn('to_status', t.text, (c) => c.notNull())
    .addColumn('changed_on', t.date, (c) => c.notNull())
    .addColumn('reason', t.text, (c) => c.notNull())
    .addColumn('by_user_id', t.id, (c) => c.references('users.id'))
    .addColumn('by_label', t.text, (c) => c.notNull())
    .addColumn('at', t.time, (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('asset_card_history_card')
    .on('asset_card_history')
    .columns(['card_id', 'at'])
    .execute()

  await db.schema
    .createTable('estate_contracts')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('village_id', t.id, (c) => c.notNull().references('villages.id'))
    .addColumn('number', t.text, (c) => c.notNull())
    .addColumn('kind', t.text, (c) => c.notNull())
    .addColumn('counterparty_name', t.text, (c) => c.notNull())
    .addColumn('counterparty_type', t.text, (c) => c.notNull())
    .addColumn('counterparty_phone', t.text)
    .addColumn('subject', t.text, (c) => c.notNull())
    .addColumn('starts_on', t.date, (c) => c.notNull())
    .addColumn('ends_on', t.date, (c) => c.notNull())
    .addColumn('total_fen', t.bigint, (c) => c.notNull())
    .addColumn('annual_rent_fen', t.bigint, (c) => c.notNull())
    .addColumn('frequency', t.text, (c) => c.notNull())
    .addColumn('state', t.text, (c) => c.notNull())
    .addColumn('signed_on', t.date)
    .addColumn('created_by_label', t.text, (c) => c.notNull())
    .addColumn('version', t.int, (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.time, (c) => c.notNull())
    .addColumn('updated_at', t.time, (c) => c.notNull())
    .addCheckConstraint('estate_contracts_kind', sql`kind in ('lease','contracting','other')`)
    .addCheckConstraint('estate_contracts_party', sql`counterparty_type in ('individual','company')`)
    .addCheckConstraint(
      'estate_contracts_frequency',
      sql`frequency in ('once','annual','semiannual','quarterly','monthly')`,
    )
    .addCheckConstraint('estate_contracts_state', sql`state in ('draft','signed')`)
    .addCheckConstraint('estate_contracts_dates', sql`ends_on >= starts_on`)
    .addCheckConstraint('estate_contracts_total', sql`total_fen > 0 and annual_rent_fen >= 0`)
    .execute()
  await db.schema
    .createIndex('estate_contracts_number')
    .on('estate_contracts')
    .columns(['village_id', 'number'])
    .unique()
    .execute()
  await db.schema
    .createIndex('estate_contracts_ends')
    .on('estate_contracts')
    .columns(['village_id', 'ends_on'])
    .execute()

  await db.schema
    .createTable('estate_contract_subjects')
    .addColumn('contract_id', t.id, (c) => c.notNull().references('estate_contracts.id'))
    .addColumn('asset_card_id', t.id, (c) => c.references('asset_cards.id'))
    .addColumn('parcel_id', t.id, (c) => c.references('land_parcels.id'))
    .addCheckConstraint('estate_contract_subjects_one', sql`(asset_card_id is null) <> (parcel_id is null)`)
    .execute()
  await db.schema
    .createIndex('estate_contract_subjects_contract')
    .on('estate_contract_subjects')
    .column('contract_id')
    .execute()

  await db.schema
    .createTable('contract_instalments')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('contract_id', t.id, (c) => c.notNull().references('estate_contracts.id'))
    .addColumn('seq', t.int, (c) => c.notNull())
    .addColumn('due_on', t.date, (c) => c.notNull())
    .addColumn('amount_fen', t.bigint, (c) => c.notNull())
    .addCheckConstraint('contract_instalments_amount', sql`amount_fen > 0`)
    .execute()
  await db.schema
    .createIndex('contract_instalments_seq')
    .on('contract_instalments')
    .columns(['contract_id', 'seq'])
    .unique()
    .execute()

  await db.schema
    .createTable('contract_receipts')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('contract_id', t.id, (c) => c.notNull().references('estate_contracts.id'))
    .addColumn('village_id', t.id, (c) => c.notNull().references('villages.id'))
    .addColumn('received_on', t.date, (c) => c.notNull())
    .addColumn('amount_fen', t.bigint, (c) => c.notNull())
    .addColumn('method', t.text, (c) => c.notNull())
    .addColumn('current_fen', t.bigint, (c) => c.notNull())
    .addColumn('advance_fen', t.bigint, (c) => c.notNull())
    .addColumn('voucher_id', t.id, (c) => c.references('vouchers.id'))
    .addColumn('by_user_id', t.id, (c) => c.references('users.id'))
    .addColumn('by_label', t.text, (c) => c.notNull())
    .addColumn('at', t.time, (c) => c.notNull())
    .addCheckConstraint('contract_receipts_method', sql`method in ('bank','cash')`)
    .addCheckConstraint(
      'contract_receipts_split',
      sql`amount_fen > 0 and current_fen >= 0 and advance_fen >= 0 and current_fen + advance_fen = amount_fen`,
    )
    .execute()
  await db.schema
    .createIndex('contract_receipts_contract')
    .on('contract_receipts')
    .columns(['contract_id', 'received_on'])
    .execute()
  await db.schema
    .createIndex('contract_receipts_village')
    .on('contract_receipts')
    .columns(['village_id', 'received_on'])
    .execute()

  await db.schema
    .createTable('contract_receipt_allocations')
    .addColumn('receipt_id', t.id, (c) => c.notNull().references('contract_receipts.id'))
    .addColumn('instalment_id', t.id, (c) => c.notNull().references('contract_instalments.id'))
    .addColumn('amount_fen', t.bigint, (c) => c.notNull())
    .addPrimaryKeyConstraint('contract_receipt_allocations_pk', ['receipt_id', 'instalment_id'])
    .addCheckConstraint('contract_receipt_allocations_amount', sql`amount_fen > 0`)
    .execute()
  await db.schema
    .createIndex('contract_receipt_allocations_instalment')
    .on('contract_receipt_allocations')
    .column('instalment_id')
    .execute()

  // Once per contract and year, however many runs race for it.
  await db.schema
    .createTable('contract_releases')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('contract_id', t.id, (c) => c.notNull().references('estate_contracts.id'))
    .addColumn('village_id', t.id, (c) => c.notNull().references('villages.id'))
    .addColumn('year', t.int, (c) => c.notNull())
    .addColumn('amount_fen', t.bigint, (c) => c.notNull())
    .addColumn('voucher_id', t.id, (c) => c.references('vouchers.id'))
    .addColumn('by_label', t.text, (c) => c.notNull())
    .addColumn('at', t.time, (c) => c.notNull())
    .addCheckConstraint('contract_releases_amount', sql`amount_fen >= 0`)
    .execute()
  await db.schema
    .createIndex('contract_releases_year')
    .on('contract_releases')
    .columns(['contract_id', 'year'])
    .unique()
    .execute()

  for (const table of appendOnly) {
    if (dialect === 'postgres') {
      await sql`create function ${sql.raw(table)}_append_only() returns trigger language plpgsql as $$
        begin raise exception '${sql.raw(table)} is append-only'; end $$`.execute(db)
      await sql`create trigger ${sql.raw(table)}_no_change before update or delete on ${sql.raw(table)}
        for each row execute function ${sql.raw(table)}_append_only()`.execute(db)
    } else {
      await sql`create trigger ${sql.raw(table)}_no_update before update on ${sql.raw(table)}
        begin select raise(abort, '${sql.raw(table)} is append-only'); end`.execute(db)
      await sql`create trigger ${sql.raw(table)}_no_delete before delete on ${sql.raw(table)}
        begin select raise(abort, '${sql.raw(table)} is append-only'); end`.execute(db)
    }
  }
}
