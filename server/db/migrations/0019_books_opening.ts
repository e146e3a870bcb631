// A village's books start from balances (期初余额) — entered by hand or imported from the books the
// village kept under the 2004 system (财会〔2004〕12号). The 2004 chart is stored as data beside the
// 2023 one (a copy of it lives in db/data as a TSV, and a test holds the two equal), and the way
// from one to the other is an explicit mapping stored as data too: the two charts use the same codes
// for different accounts (2004's 502 is 经营支出, 2023's is 投资收益), so nothing ever joins them by
// code. Opening balances are kept per leaf account (and per household where the account keeps 往来
// per household); once confirmed, the database itself refuses any change to them, as it does for a
// posted voucher.
import { sql, type Kysely } from 'kysely'
import { columnTypes, dialectOf } from '../dialect.js'

/** [code, name, class]: the first-level accounts of the 2004 system. */
export const chart2004: [string, string, string][] = [
  ['101', '现金', 'asset'],
  ['102', '银行存款', 'asset'],
  ['111', '短期投资', 'asset'],
  ['112', '应收款', 'asset'],
  ['113', '内部往来', 'asset'],
  ['121', '库存物资', 'asset'],
  ['131', '牲畜(禽)资产', 'asset'],
  ['132', '林木资产', 'asset'],
  ['141', '长期投资', 'asset'],
  ['151', '固定资产', 'asset'],
  ['152', '累计折旧', 'asset'],
  ['153', '固定资产清理', 'asset'],
  ['154', '在建工程', 'asset'],
  ['201', '短期借款', 'liability'],
  ['202', '应付款', 'liability'],
  ['211', '应付工资', 'liability'],
  ['212', '应付福利费', 'liability'],
  ['221', '长期借款及应付款', 'liability'],
  ['231', '一事一议资金', 'liability'],
  ['301', '资本', 'equity'],
  ['311', '公积公益金', 'equity'],
  ['321', '本年收益', 'equity'],
  ['322', '收益分配', 'equity'],
  ['401', '生产(劳务)成本', 'cost'],
  ['501', '经营收入', 'income'],
  ['502', '经营支出', 'expense'],
  ['511', '发包及上交收入', 'income'],
  ['521', '农业税附加返还收入', 'income'],
  ['522', '补助收入', 'income'],
  ['531', '其他收入', 'income'],
  ['541', '管理费用', 'expense'],
  ['551', '其他支出', 'expense'],
  ['561', '投资收益', 'income'],
]

/**
 * The default way from a 2004 account to a 2023 one: [2004 code, 2023 code or null where the
 * accountant must choose, the name of the village's sub-account to keep it in (created when
 * missing) or null, the note shown where the accountant should split or check].
 */
export const mapping2004to2023: [string, string | null, string | null, string | null][] = [
  ['101', '101', null, null],
  ['102', '102', null, null],
  ['111', '111', null, null],
  ['112', '112', null, null],
  ['113', '113', null, null],
  ['121', '121', null, null],
  ['131', null, null, '请选择：幼畜及育肥畜记 131 消耗性生物资产，产役畜记 132 生产性生物资产'],
  [
    '132',
    null,
    null,
    '请选择：用材林记 131 消耗性生物资产，经济林记 132 生产性生物资产，防护林等记 134 公益性生物资产',
  ],
  ['141', '141', null, null],
  ['151', '151', null, null],
  ['152', '152', null, null],
  ['153', '154', null, '2004 年制度 153 是固定资产清理，2023 年制度为 154'],
  ['154', '153', null, '2004 年制度 154 是在建工程，2023 年制度为 153'],
  ['201', '201', null, null],
  ['202', '211', null, '2023 年制度的应付款为 211'],
  ['211', '212', null, '2023 年制度的应付工资为 212'],
  ['212', '211', '应付福利费', '2023 年制度不设应付福利费，余额转入应付款下的“应付福利费”明细科目'],
  ['221', '221', null, null],
  ['231', '231', null, null],
  ['301', '301', null, null],
  ['311', '311', null, null],
  ['321', '321', null, null],
  ['322', '32201', null, '收益分配的年初余额即未分配收益（32201）'],
  ['401', '401', null, null],
  ['501', '501', null, null],
  ['502', '511', null, '2004 年制度 502 是经营支出，2023 年制度为 511（2023 年的 502 是投资收益）'],
  ['511', '501', null, '发包收入记经营收入；上交收入请核对后改记 504 其他收入'],
  ['521', '503', null, '农业税附加返还收入并入 503 补助收入'],
  ['522', '503', null, '2023 年制度的补助收入为 503'],
  ['531', '504', null, '2023 年制度的其他收入为 504'],
  ['541', '513', null, '2023 年制度的管理费用为 513'],
  ['551', '515', null, '2023 年制度的其他支出为 515；公益性支出请改记 514 公益支出'],
  ['561', '502', null, '2023 年制度的投资收益为 502'],
]

/** The 2004 chart's normal balance side (152 累计折旧 is a contra-asset with a credit balance). */
export function side2004(code: string, cls: string): 'debit' | 'credit' {
  if (code === '152') return 'credit'
  return cls === 'asset' || cls === 'cost' || cls === 'expense' ? 'debit' : 'credit'
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against whatever exists
export async function up(db: Kysely<any>): Promise<void> {
  const dialect = dialectOf(db)
  const t = columnTypes(dialect)

  await db
    .insertInto('chart_standard_accounts')
    .values(
      chart2004.map(([code, name, cls], sort) => ({
        standard: '2004',
        code,
        name,
        class: cls,
        normal_side: side2004(code, cls),
        contra: code === '152' ? 1 : 0,
        sort,
      })),
    )
    .execute()

  await db.schema
    .createTable('chart_mappings')
    .addColumn('from_standard', t.text, (c) => c.notNull())
    .addColumn('from_code', t.text, (c) => c.notNull())
    .addColumn('to_standard', t.text, (c) => c.notNull())
    .addColumn('to_code', t.text)
    .addColumn('sub_name', t.text)
    .addColumn('note_zh', t.text)
    .addPrimaryKeyConstraint('chart_mappings_pk', ['from_standard', 'to_standard', 'from_code'])
    .execute()
  await db
    .insertInto('chart_mappings')
    .values(
      mapping2004to2023.map(([from_code, to_code, sub_name, note_zh]) => ({
        from_standard: '2004',
        to_standard: '2023',
        from_code,
        to_code,
        sub_name,
        note_zh,
      })),
    )
    .execute()

  await db.schema
    .createTable('ledger_openings')
    .addColumn('village_id', t.id, (c) => c.primaryKey().references('ledger_books.village_id'))
    .addColumn('state', t.text, (c) => c.notNull())
    .addColumn('confirmed_at', t.time)
    .addColumn('confirmed_by_user_id', t.id, (c) => c.references('users.id'))
    .addColumn('confirmed_by_label', t.text)
    .addColumn('version', t.int, (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.time, (c) => c.notNull())
    .addColumn('updated_at', t.time, (c) => c.notNull())
    .addCheckConstraint('ledger_openings_state', sql`state in ('draft','confirmed')`)
    .execute()

  await db.schema
    .createTable('ledger_opening_lines')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('village_id', t.id, (c) => c.notNull().references('ledger_openings.village_id'))
    .addColumn('account_id', t.id, (c) => c.notNull().references('ledger_accounts.id'))
    .addColumn('household_id', t.id, (c) => c.references('households.id'))
    // Whole fen, one side above zero.
    .addColumn('debit_fen', t.bigint, (c) => c.notNull())
    .addColumn('credit_fen', t.bigint, (c) => c.notNull())
    // manual, or import (from a 2004-system trial balance; legacy_codes names the 2004 accounts).
    .addColumn('source', t.text, (c) => c.notNull())
    .addColumn('legacy_codes', t.text)
    .addColumn('updated_at', t.time, (c) => c.notNull())
    .addCheckConstraint(
      'ledger_opening_lines_one_side',
      sql`(debit_fen > 0 and credit_fen = 0) or (debit_fen = 0 and credit_fen > 0)`,
    )
    .addCheckConstraint('ledger_opening_lines_source', sql`source in ('manual','import')`)
    .execute()
  // One balance per account (and household) — also the index the books read openings by.
  await sql`create unique index ledger_opening_lines_account
    on ledger_opening_lines (village_id, account_id, coalesce(household_id, ''))`.execute(db)

  // Confirmed opening balances never change: the database refuses, whatever the code does.
  if (dialect === 'postgres') {
    await sql`create function ledger_openings_confirmed_frozen() returns trigger language plpgsql as $$
      begin
        if old.state = 'confirmed' then raise exception 'confirmed opening balances are never changed'; end if;
        if tg_op = 'DELETE' then return old; end if;
        return new;
      end $$`.execute(db)
    await sql`create trigger ledger_openings_confirmed_frozen before update or delete on ledger_openings
      for each row execute function ledger_openings_confirmed_frozen()`.execute(db)
    await sql`create function ledger_opening_lines_frozen() returns trigger language plpgsql as $$
      declare v_state text;
      begin
        if tg_op <> 'INSERT' then
          select state into v_state from ledger_openings where village_id = old.village_id;
          if v_state = 'confirmed' then raise exception 'confirmed opening balances are never changed'; end if;
        end if;
        if tg_op <> 'DELETE' then
          select state into v_state from ledger_openings where village_id = new.village_id;
          if v_state = 'confirmed' then raise exception 'confirmed opening balances are never changed'; end if;
          return new;
        end if;
        return old;
      end $$`.execute(db)
    await sql`create trigger ledger_opening_lines_frozen before insert or update or delete on ledger_opening_lines
      for each row execute function ledger_opening_lines_frozen()`.execute(db)
  } else {
    await sql`create trigger ledger_openings_confirmed_no_update before update on ledger_openings
      when old.state = 'confirmed'
      begin select raise(abort, 'confirmed opening balances are never changed'); end`.execute(db)
    await sql`create trigger ledger_openings_confirmed_no_delete before delete on ledger_openings
      when old.state = 'confirmed'
      begin select raise(abort, 'confirmed opening balances are never changed'); end`.execute(db)
    for (const [event, when] of [
      ['insert', `(select state from ledger_openings where village_id = new.village_id) = 'confirmed'`],
      [
        'update',
        `(select state from ledger_openings where village_id = old.village_id) = 'confirmed'
          or (select state from ledger_openings where village_id = new.village_id) = 'confirmed'`,
      ],
      ['delete', `(select state from ledger_openings where village_id = old.village_id) = 'confirmed'`],
    ] as const)
      await sql
        .raw(
          `create trigger ledger_opening_lines_no_${event} before ${event} on ledger_opening_lines
           when ${when}
           begin select raise(abort, 'confirmed opening balances are never changed'); end`,
        )
        .execute(db)
  }
}
