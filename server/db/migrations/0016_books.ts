// 三保留 — 财务独立核算: each village keeps its own books under the 2023 system (《农村集体经济组织会计
// 制度》, 财会〔2023〕14号). The standard chart is stored as data (a copy of it lives beside the
// migrations as a TSV, and a test holds the two equal); a village's book copies it and adds its own
// sub-accounts. Vouchers are drafted, reviewed and posted; a posted voucher is never changed — the
// database itself refuses — and is corrected by a red-letter reversal. Numbers are given at posting,
// without gaps, per village and period.
import { sql, type Kysely } from 'kysely'
import { columnTypes, dialectOf } from '../dialect.js'

/** [code, name, class, normal side, contra]: the 42 first-level accounts of the 2023 system. */
export const chart2023: [string, string, string, 'debit' | 'credit', 0 | 1][] = [
  ['101', '库存现金', 'asset', 'debit', 0],
  ['102', '银行存款', 'asset', 'debit', 0],
  ['111', '短期投资', 'asset', 'debit', 0],
  ['112', '应收款', 'asset', 'debit', 0],
  ['113', '内部往来', 'asset', 'debit', 0],
  ['121', '库存物资', 'asset', 'debit', 0],
  ['131', '消耗性生物资产', 'asset', 'debit', 0],
  ['132', '生产性生物资产', 'asset', 'debit', 0],
  ['133', '生产性生物资产累计折旧', 'asset', 'credit', 1],
  ['134', '公益性生物资产', 'asset', 'debit', 0],
  ['141', '长期投资', 'asset', 'debit', 0],
  ['151', '固定资产', 'asset', 'debit', 0],
  ['152', '累计折旧', 'asset', 'credit', 1],
  ['153', '在建工程', 'asset', 'debit', 0],
  ['154', '固定资产清理', 'asset', 'debit', 0],
  ['161', '无形资产', 'asset', 'debit', 0],
  ['162', '累计摊销', 'asset', 'credit', 1],
  ['171', '长期待摊费用', 'asset', 'debit', 0],
  ['181', '待处理财产损溢', 'asset', 'debit', 0],
  ['201', '短期借款', 'liability', 'credit', 0],
  ['211', '应付款', 'liability', 'credit', 0],
  ['212', '应付工资', 'liability', 'credit', 0],
  ['213', '应付劳务费', 'liability', 'credit', 0],
  ['214', '应交税费', 'liability', 'credit', 0],
  ['221', '长期借款及应付款', 'liability', 'credit', 0],
  ['231', '一事一议资金', 'liability', 'credit', 0],
  ['241', '专项应付款', 'liability', 'credit', 0],
  ['301', '资本', 'equity', 'credit', 0],
  ['311', '公积公益金', 'equity', 'credit', 0],
  ['321', '本年收益', 'equity', 'credit', 0],
  ['322', '收益分配', 'equity', 'credit', 0],
  ['401', '生产(劳务)成本', 'cost', 'debit', 0],
  ['501', '经营收入', 'income', 'credit', 0],
  ['502', '投资收益', 'income', 'credit', 0],
  ['503', '补助收入', 'income', 'credit', 0],
  ['504', '其他收入', 'income', 'credit', 0],
  ['511', '经营支出', 'expense', 'debit', 0],
  ['512', '税金及附加', 'expense', 'debit', 0],
  ['513', '管理费用', 'expense', 'debit', 0],
  ['514', '公益支出', 'expense', 'debit', 0],
  ['515', '其他支出', 'expense', 'debit', 0],
  ['521', '所得税费用', 'expense', 'debit', 0],
]

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against whatever exists
export async function up(db: Kysely<any>): Promise<void> {
  const dialect = dialectOf(db)
  const t = columnTypes(dialect)

  await db.schema
    .createTable('chart_standard_accounts')
    .addColumn('standard', t.text, (c) => c.notNull())
    .addColumn('code', t.text, (c) => c.notNull())
    .addColumn('name', t.text, (c) => c.notNull())
    .addColumn('class', t.text, (c) => c.notNull())
    .addColumn('normal_side', t.text, (c) => c.notNull())
    .addColumn('contra', t.flag, (c) => c.notNull())
    .addColumn('sort', t.int, (c) => c.notNull())
    .addPrimaryKeyConstraint('chart_standard_accounts_pk', ['standard', 'code'])
    .execute()
  await db
    .insertInto('chart_standard_accounts')
    .values(
      chart2023.map(([code, name, cls, normal_side, contra], sort) => ({
        standard: '2023',
        code,
        name,
        class: cls,
        normal_side,
        contra,
        sort,
      })),
    )
    .execute()

  await db.schema
    .createTable('ledger_books')
    .addColumn('village_id', t.id, (c) => c.primaryKey().references('villages.id'))
    .addColumn('standard', t.text, (c) => c.notNull())
    .addColumn('start_period', t.text, (c) => c.notNull())
    .addColumn('opened_by_user_id', t.id, (c) => c.references('users.id'))
    .addColumn('opened_at', t.time, (c) => c.notNull())
    .addColumn('version', t.int, (c) => c.notNull().defaultTo(1))
    .execute()

  await db.schema
    .createTable('ledger_accounts')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('village_id', t.id, (c) => c.notNull().references('villages.id'))
    .addColumn('code', t.text, (c) => c.notNull())
    .addColumn('name', t.text, (c) => c.notNull())
    .addColumn('class', t.text, (c) => c.notNull())
    .addColumn('normal_side', t.text, (c) => c.notNull())
    .addColumn('contra', t.flag, (c) => c.notNull())
    .addColumn('parent_code', t.text)
    .addColumn('level', t.int, (c) => c.notNull())
    .addColumn('leaf', t.flag, (c) => c.notNull())
    // 往来 kept per household (按户设户头): lines on this account name a household.
    .addColumn('per_household', t.flag, (c) => c.notNull().defaultTo(0))
    .addColumn('active', t.flag, (c) => c.notNull().defaultTo(1))
    .addColumn('version', t.int, (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.time, (c) => c.notNull())
    .addColumn('updated_at', t.time, (c) => c.notNull())
    .addCheckConstraint(
      'ledger_accounts_class',
      sql`class in ('asset','liability','equity','cost','income','expense')`,
    )
    .addCheckConstraint('ledger_accounts_side', sql`normal_side in ('debit','credit')`)
    .execute()
  await db.schema
    .createIndex('ledger_accounts_code')
    .on('ledger_accounts')
    .columns(['village_id', 'code'])
    .unique()
    .execute()

  await db.schema
    .createTable('ledger_periods')
    .addColumn('village_id', t.id, (c) => c.notNull().references('villages.id'))
    .addColumn('period', t.text, (c) => c.notNull())
    .addColumn('state', t.text, (c) => c.notNull())
    .addColumn('closed_at', t.time)
    .addColumn('closed_by_user_id', t.id, (c) => c.references('users.id'))
    .addColumn('closed_by_label', t.text)
    .addPrimaryKeyConstraint('ledger_periods_pk', ['village_id', 'period'])
    .addCheckConstraint('ledger_periods_state', sql`state in ('open','closed')`)
    .execute()

  await db.schema
    .createTable('vouchers')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('village_id', t.id, (c) => c.notNull().references('villages.id'))
    .addColumn('period', t.text, (c) => c.notNull())
    .addColumn('word', t.text, (c) => c.notNull())
    .addColumn('number', t.int)
    .addColumn('voucher_date', t.date, (c) => c.notNull())
    .addColumn('summary', t.text, (c) => c.notNull())
    .addColumn('attachments', t.int, (c) => c.notNull().defaultTo(0))
    .addColumn('state', t.text, (c) => c.notNull())
    .addColumn('reverses_id', t.id, (c) => c.references('vouchers.id'))
    .addColumn('maker_user_id', t.id, (c) => c.references('users.id'))
    .addColumn('maker_label', t.text, (c) => c.notNull())
    .addColumn('reviewer_user_id', t.id, (c) => c.references('users.id'))
    .addColumn('reviewer_label', t.text)
    .addColumn('reviewed_at', t.time)
    .addColumn('poster_user_id', t.id, (c) => c.references('users.id'))
    .addColumn('poster_label', t.text)
    .addColumn('posted_at', t.time)
    .addColumn('version', t.int, (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.time, (c) => c.notNull())
    .addColumn('updated_at', t.time, (c) => c.notNull())
    .addCheckConstraint('vouchers_state', sql`state in ('draft','reviewed','posted')`)
    .addCheckConstraint(
      'vouchers_number',
      sql`(state = 'posted' and number is not null) or (state <> 'posted' and number is null)`,
    )
    .execute()
  // Numbers without gaps or repeats, per village and period.
  await db.schema
    .createIndex('vouchers_number')
    .on('vouchers')
    .columns(['village_id', 'period', 'number'])
    .unique()
    .where(sql.ref('number'), 'is not', null)
    .execute()
  // A voucher is reversed at most once.
  await db.schema
    .createIndex('vouchers_reverses')
    .on('vouchers')
    .column('reverses_id')
    .unique()
    .where(sql.ref('reverses_id'), 'is not', null)
    .execute()
  await db.schema
    .createIndex('vouchers_village_period')
    .on('vouchers')
    .columns(['village_id', 'state', 'period'])
    .execute()

  await db.schema
    .createTable('voucher_lines')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('voucher_id', t.id, (c) => c.notNull().references('vouchers.id'))
    .addColumn('line_no', t.int, (c) => c.notNull())
    .addColumn('account_id', t.id, (c) => c.notNull().references('ledger_accounts.id'))
    .addColumn('household_id', t.id, (c) => c.references('households.id'))
    .addColumn('summary', t.text, (c) => c.notNull())
    // Whole fen. A red-letter reversal carries the original's amounts negated, on the same side.
    .addColumn('debit_fen', t.bigint, (c) => c.notNull())
    .addColumn('credit_fen', t.bigint, (c) => c.notNull())
    .addCheckConstraint(
      'voucher_lines_one_side',
      sql`(debit_fen <> 0 and credit_fen = 0) or (debit_fen = 0 and credit_fen <> 0)`,
    )
    .execute()
  await db.schema
    .createIndex('voucher_lines_voucher')
    .on('voucher_lines')
    .columns(['voucher_id', 'line_no'])
    .unique()
    .execute()
  await db.schema.createIndex('voucher_lines_account').on('voucher_lines').column('account_id').execute()

  await db.schema
    .createTable('voucher_counters')
    .addColumn('village_id', t.id, (c) => c.notNull().references('villages.id'))
    .addColumn('period', t.text, (c) => c.notNull())
    .addColumn('last_number', t.int, (c) => c.notNull())
    .addPrimaryKeyConstraint('voucher_counters_pk', ['village_id', 'period'])
    .execute()

  // A posted voucher and its lines never change: the database refuses, whatever the code does.
  if (dialect === 'postgres') {
    await sql`create function vouchers_posted_frozen() returns trigger language plpgsql as $$
      begin
        if old.state = 'posted' then raise exception 'a posted voucher is never changed; reverse it'; end if;
        if tg_op = 'DELETE' then return old; end if;
        return new;
      end $$`.execute(db)
    await sql`create trigger vouchers_posted_frozen before update or delete on vouchers
      for each row execute function vouchers_posted_frozen()`.execute(db)
    await sql`create function voucher_lines_posted_frozen() returns trigger language plpgsql as $$
      declare v_state text;
      begin
        select state into v_state from vouchers
          where id = (case when tg_op = 'INSERT' then new.voucher_id else old.voucher_id end);
        if v_state = 'posted' then raise exception 'the lines of a posted voucher are never changed'; end if;
        if tg_op = 'DELETE' then return old; end if;
        return new;
      end $$`.execute(db)
    await sql`create trigger voucher_lines_posted_frozen before insert or update or delete on voucher_lines
      for each row execute function voucher_lines_posted_frozen()`.execute(db)
  } else {
    await sql`create trigger vouchers_posted_no_update before update on vouchers when old.state = 'posted'
      begin select raise(abort, 'a posted voucher is never changed; reverse it'); end`.execute(db)
    await sql`create trigger vouchers_posted_no_delete before delete on vouchers when old.state = 'posted'
      begin select raise(abort, 'a posted voucher is never changed; reverse it'); end`.execute(db)
    for (const [event, ref] of [
      ['insert', 'new'],
      ['update', 'old'],
      ['delete', 'old'],
    ] as const)
      await sql
        .raw(
          `create trigger voucher_lines_posted_no_${event} before ${event} on voucher_lines
           when (select state from vouchers where id = ${ref}.voucher_id) = 'posted'
           begin select raise(abort, 'the lines of a posted voucher are never changed'); end`,
        )
        .execute(db)
  }
}
