// The confirmed opening balances (期初余额) of a village's books, as the reports read them: each
// account's debit and credit opening, households summed. They stand before the books' first period,
// so they are part of every later opening balance and of the 年初数 of the books' first year. Draft
// openings are not read by any report.
import type { Executor } from '../../db/index.js'
import { toNumber } from '../../db/index.js'

export interface OpeningSum {
  accountId: string
  debitFen: number
  creditFen: number
}

export async function confirmedOpenings(db: Executor, villageId: string): Promise<OpeningSum[]> {
  const rows = await db
    .selectFrom('ledger_opening_lines as l')
    .innerJoin('ledger_openings as o', 'o.village_id', 'l.village_id')
    .select([
      'l.account_id',
      (eb) => eb.fn.sum<string | number>('l.debit_fen').as('d'),
      (eb) => eb.fn.sum<string | number>('l.credit_fen').as('c'),
    ])
    .where('l.village_id', '=', villageId)
    .where('o.state', '=', 'confirmed')
    .groupBy('l.account_id')
    .execute()
  return rows.map((r) => ({ accountId: r.account_id, debitFen: toNumber(r.d), creditFen: toNumber(r.c) }))
}
