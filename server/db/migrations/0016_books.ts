// 三保留 — 财务独立核算: each village keeps its own books under the 2023 system (《农村集体经济组织会计
// 制度》, 财会〔2023〕14号). The standard chart is stored as data (a copy of it lives beside the
// migrations as a TSV, and a test holds the two equal); a village's book copies it and adds its own
// sub-accounts. Vouchers are drafted, reviewed and posted; a posted voucher is never changed — the
// database itself refuses — and is corrected by a red-letter reversal. Numbers are given at posting,
// without gaps, per village and period.
import { sql, type Kysely } from 'kysely'
import { columnTypes, dialectOf } from '../dialect.js'

/**
 * The statements' layouts as data: [row, caption, formula, style]. A formula adds and subtracts
 * terms: B:code (the closing balance on the account's normal side, sub-accounts included), D:code
 * and C:code (only a debit, or only a credit, balance — 内部往来 is shown on both sides), O:code (the
 * balance at the start of the year), Y:code and YD:code (the year's movement to date on the normal
 * side, or debit minus credit, carry-forward vouchers left out), PL (income less expenses not yet
 * carried forward) and R:n (another row). A correction of a layout is a change of these rows.
 */
export const layouts2023: Record<
  'balance_sheet' | 'income_distribution',
  [number, string, string, string][]
> = {
  balance_sheet: [
    [1, '货币资金', 'B:101+B:102', 'item'],
    [2, '短期投资', 'B:111', 'item'],
    [3, '应收款项', 'B:112+D:113', 'item'],
    [4, '存货', 'B:121+B:401', 'item'],
    [5, '消耗性生物资产', 'B:131', 'item'],
    [6, '流动资产合计', 'R:1+R:2+R:3+R:4+R:5', 'subtotal'],
    [7, '生产性生物资产原值', 'B:132', 'item'],
    [8, '减：生产性生物资产累计折旧', 'B:133', 'item'],
    [9, '生产性生物资产净值', 'R:7-R:8', 'item'],
    [10, '公益性生物资产', 'B:134', 'item'],
    [11, '长期投资', 'B:141', 'item'],
    [12, '固定资产原值', 'B:151', 'item'],
    [13, '减：累计折旧', 'B:152', 'item'],
    [14, '固定资产净值', 'R:12-R:13', 'item'],
    [15, '固定资产清理', 'B:154', 'item'],
    [16, '在建工程', 'B:153', 'item'],
    [17, '无形资产原值', 'B:161', 'item'],
    [18, '减：累计摊销', 'B:162', 'item'],
    [19, '无形资产净值', 'R:17-R:18', 'item'],
    [20, '长期待摊费用', 'B:171', 'item'],
    [21, '待处理财产损溢', 'B:181', 'item'],
    [22, '非流动资产合计', 'R:9+R:10+R:11+R:14+R:15+R:16+R:19+R:20+R:21', 'subtotal'],
    [23, '资产总计', 'R:6+R:22', 'total'],
    [24, '短期借款', 'B:201', 'item'],
    [25, '应付款项', 'B:211+C:113', 'item'],
    [26, '应付工资', 'B:212', 'item'],
    [27, '应付劳务费', 'B:213', 'item'],
    [28, '应交税费', 'B:214', 'item'],
    [29, '流动负债合计', 'R:24+R:25+R:26+R:27+R:28', 'subtotal'],
    [30, '长期借款及应付款', 'B:221', 'item'],
    [31, '一事一议资金', 'B:231', 'item'],
    [32, '专项应付款', 'B:241', 'item'],
    [33, '非流动负债合计', 'R:30+R:31+R:32', 'subtotal'],
    [34, '负债合计', 'R:29+R:33', 'subtotal'],
    [35, '资本', 'B:301', 'item'],
    [36, '公积公益金', 'B:311', 'item'],
    [37, '未分配收益', 'B:321+B:322+PL', 'item'],
    [38, '所有者权益合计', 'R:35+R:36+R:37', 'subtotal'],
    [39, '负债和所有者权益总计', 'R:34+R:38', 'total'],
  ],
  income_distribution: [
    [1, '一、经营收入', 'Y:501', 'item'],
    [2, '加：投资收益', 'Y:502', 'item'],
    [3, '减：经营支出', 'Y:511', 'item'],
    [4, '税金及附加', 'Y:512', 'item'],
    [5, '管理费用', 'Y:513', 'item'],
    [6, '二、经营收益', 'R:1+R:2-R:3-R:4-R:5', 'subtotal'],
    [7, '加：补助收入', 'Y:503', 'item'],
    [8, '其他收入', 'Y:504', 'item'],
    [9, '减：公益支出', 'Y:514', 'item'],
    [10, '其他支出', 'Y:515', 'item'],
    [11, '三、收益总额', 'R:6+R:7+R:8-R:9-R:10', 'subtotal'],
    [12, '减：所得税费用', 'Y:521', 'item'],
    [13, '四、净收益', 'R:11-R:12', 'subtotal'],
    [14, '加：年初未分配收益', 'O:32201', 'item'],
    [15, '其他转入', '', 'item'],
    [16, '五、可分配收益', 'R:13+R:14+R:15', 'subtotal'],
    [17, '减：提取公积公益金', 'YD:3220201', 'item'],
    [18, '向成员分配', 'YD:3220202', 'item'],
    [19, '其他', 'YD:3220203', 'item'],
    [20, '六、年末未分配收益', 'R:16-R:17-R:18-R:19', 'total'],
  ],
}

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
    .createTable('report_layouts')
    .addColumn('standard', t.text, (c) => c.notNull())
    .addColumn('report', t.text, (c) => c.notNull())
    .addColumn('row_no', t.int, (c) => c.notNull())
    .addColumn('caption', t.text, (c) => c.notNull())
    .addColumn('formula', t.text, (c) => c.notNull())
    .addColumn('style', t.text, (c) => c.notNull())
    .addPrimaryKeyConstraint('report_layouts_pk', ['standard', 'report', 'row_no'])
    .addCheckConstraint('report_layouts_style', sql`style in ('item','subtotal','total')`)
    .execute()
  await db
    .insertInto('report_layouts')
    .values(
      Object.entries(layouts2023).flatMap(([report, rows]) =>
        rows.map(([row_no, caption, formula, style]) => ({
          standard: '2023',
          report,
          row_no,
          caption,
          formula,
          style,
        })),
      ),
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
    // manual, or carry_forward (结转: moving balances between accounts at a period's end, which the
    // income statement does not count as income or expense).
    .addColumn('source', t.text, (c) => c.notNull().defaultTo('manual'))
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
    .addCheckConstraint('vouchers_source', sql`source in ('manual','carry_forward')`)
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
