// What the financial disclosure (财务公开) shows of the estate: land by use and status, assets by
// kind, and each contract with what fell due, what came in and what is overdue in the period.
import type { Executor } from '../../db/index.js'
import { toNumber } from '../../db/index.js'
import { addDays, assetKindNamesZh, formatMu, overdueFen } from './estate.domain.js'
import { instalmentStates } from './contracts.service.js'
import { landTotals } from './land.service.js'

export interface EstateDisclosure {
  land: { use: string; status: string; parcels: number; areaMu: string }[]
  assets: { kind: string; cards: number; originalValueFen: number }[]
  contracts: {
    number: string
    counterparty: string
    subject: string
    startsOn: string
    endsOn: string
    totalFen: number
    dueInPeriodFen: number
    receivedInPeriodFen: number
    overdueFen: number
  }[]
}

/**
 * No access check (the caller checks); reads only `villageId`'s rows. Period is inclusive dates.
 * Land and assets are as they stand; use and status, kind are given in Chinese (耕地, 出租 …).
 * overdueFen is what was due by `to` and not received by then.
 */
export async function estateForDisclosure(
  db: Executor,
  villageId: string,
  from: string,
  to: string,
): Promise<EstateDisclosure> {
  const land = (await landTotals(db, villageId)).map((t) => ({
    use: t.useZh,
    status: t.statusZh,
    parcels: t.parcels,
    areaMu: formatMu(t.cmu),
  }))
  const assetRows = await db
    .selectFrom('asset_cards')
    .select([
      'kind',
      (eb) => eb.fn.countAll<string | number>().as('n'),
      (eb) => eb.fn.sum<string | number>('original_value_fen').as('fen'),
    ])
    .where('village_id', '=', villageId)
    .where('status', '<>', 'disposed')
    .groupBy('kind')
    .orderBy('kind')
    .execute()
  const contracts = await db
    .selectFrom('estate_contracts')
    .selectAll()
    .where('village_id', '=', villageId)
    .where('state', '=', 'signed')
    .where('starts_on', '<=', to)
    .where('ends_on', '>=', from)
    .orderBy('number')
    .execute()
  const instalments = await db
    .selectFrom('contract_instalments as i')
    .innerJoin('estate_contracts as c', 'c.id', 'i.contract_id')
    .select(['i.contract_id', 'i.due_on', 'i.amount_fen'])
    .where('c.village_id', '=', villageId)
    .where('i.due_on', '>=', from)
    .where('i.due_on', '<=', to)
    .execute()
  const receipts = await db
    .selectFrom('contract_receipts')
    .select(['contract_id', 'received_on', 'amount_fen'])
    .where('village_id', '=', villageId)
    .where('received_on', '<=', to)
    .execute()
  // Overdue as of `to`: each instalment due by then against receipts up to `to`, earliest first.
  const states = await instalmentStates(
    db,
    contracts.map((c) => c.id),
  )
  return {
    land,
    assets: assetRows.map((a) => ({
      kind: assetKindNamesZh[a.kind],
      cards: toNumber(a.n),
      originalValueFen: toNumber(a.fen),
    })),
    contracts: contracts.map((c) => {
      const mine = receipts.filter((r) => r.contract_id === c.id)
      let receivedByEnd = mine.reduce((s, r) => s + toNumber(r.amount_fen), 0)
      const asOfEnd = (states.get(c.id) ?? []).map((i) => {
        const take = Math.min(i.amountFen, receivedByEnd)
        receivedByEnd -= take
        return { ...i, receivedFen: take }
      })
      return {
        number: c.number,
        counterparty: c.counterparty_name,
        subject: c.subject,
        startsOn: c.starts_on,
        endsOn: c.ends_on,
        totalFen: toNumber(c.total_fen),
        dueInPeriodFen: instalments
          .filter((i) => i.contract_id === c.id)
          .reduce((s, i) => s + toNumber(i.amount_fen), 0),
        receivedInPeriodFen: mine
          .filter((r) => r.received_on >= from)
          .reduce((s, r) => s + toNumber(r.amount_fen), 0),
        overdueFen: overdueFen(asOfEnd, addDays(to, 1)),
      }
    }),
  }
}
