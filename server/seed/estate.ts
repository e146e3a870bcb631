// The demo's land, assets and contracts of 李湾村: a few parcels (one expropriated), four asset
// cards and three contracts, dated from today — one ends within weeks (临期), one has an
// instalment past due and unpaid (逾期). The demo opens no books, so the receipts here are the
// history the village brought along, without vouchers.
import type { Executor } from '../db/index.js'
import type { Actor } from '../platform/access.js'
import { newId } from '../platform/ids.js'
import { localDate } from '../platform/time.js'
import {
  addDays,
  addMonths,
  allocate,
  generateSchedule,
  splitReceipt,
  totalFromAnnualRent,
  yearOf,
  yearShares,
  type Frequency,
} from '../modules/estate/index.js'

export async function seedEstate(
  trx: Executor,
  { now, villageId, actor }: { now: number; villageId: string; actor: Actor },
): Promise<void> {
  const today = localDate(now)
  const by = { by_user_id: actor.userId, by_label: actor.label, at: now }
  const parcels = [
    ['LW-01', '东湖片耕地', '李湾老村东湖片', 8640, 'farmland'],
    ['LW-02', '西岗果园', '李湾老村西岗', 1200, 'garden'],
    ['LW-03', '老村部建设用地', '李湾老村村部', 520, 'construction'],
    ['LW-04', '北河林地', '李湾老村北河堤', 3000, 'forest'],
    ['LW-05', '宅基地复垦地', '李湾老村三组', 1875, 'farmland'],
  ] as const
  const parcelIds = new Map<string, string>()
  for (const [number, name, place, cmu, use] of parcels) {
    const id = newId()
    parcelIds.set(number, id)
    const expropriated = number === 'LW-03'
    const on = addMonths(today, -8)
    await trx
      .insertInto('land_parcels')
      .values({
        id,
        village_id: villageId,
        number,
        name,
        place,
        area_cmu: cmu,
        land_use: use,
        status: expropriated ? 'expropriated' : 'unlet',
        holder_member_id: null,
        holder_household_id: null,
        contract_id: null,
        expropriated_on: expropriated ? on : null,
        compensation_fen: expropriated ? 312_000_000 : null,
        passed_note: expropriated ? '经成员代表大会决议：80% 按人口分配给成员，20% 留作集体发展资金' : null,
        passed_to_members_fen: expropriated ? 249_600_000 : null,
        kept_fen: expropriated ? 62_400_000 : null,
        version: expropriated ? 2 : 1,
        created_at: now,
        updated_at: now,
      })
      .execute()
    await trx
      .insertInto('land_parcel_history')
      .values({
        id: newId(),
        parcel_id: id,
        village_id: villageId,
        from_status: null,
        to_status: 'unlet',
        changed_on: addMonths(today, -24),
        reason: '清产核资登记',
        decision_ref: null,
        ...by,
      })
      .execute()
    if (expropriated)
      await trx
        .insertInto('land_parcel_history')
        .values({
          id: newId(),
          parcel_id: id,
          village_id: villageId,
          from_status: 'unlet',
          to_status: 'expropriated',
          changed_on: on,
          reason: '园区道路建设征收',
          decision_ref: '淮政地〔2026〕12号',
          ...by,
        })
        .execute()
  }

  const cards = [
    ['LW-ZC-001', '农贸市场商铺（1-6号）', 'shop', '张码花园社区农贸市场', '2018-09-30', 186_000_000, 'idle'],
    ['LW-ZC-002', '村集体标准化厂房', 'building', '淮安工业园区纬三路', '2016-05-20', 420_000_000, 'idle'],
    ['LW-ZC-003', '联合收割机', 'equipment', '李湾村农机库', '2019-04-15', 38_000_000, 'idle'],
    ['LW-ZC-004', '灌溉泵站', 'infrastructure', '李湾老村东湖片', '2015-03-01', 26_000_000, 'in_use'],
  ] as const
  const cardIds = new Map<string, string>()
  for (const [number, name, kind, location, acquired, fen, status] of cards) {
    const id = newId()
    cardIds.set(number, id)
    await trx
      .insertInto('asset_cards')
      .values({
        id,
        village_id: villageId,
        number,
        name,
        kind,
        location,
        acquired_on: acquired,
        original_value_fen: fen,
        account_code: '151',
        status,
        version: 1,
        created_at: now,
        updated_at: now,
      })
      .execute()
    await trx
      .insertInto('asset_card_history')
      .values({
        id: newId(),
        card_id: id,
        village_id: villageId,
        from_status: null,
        to_status: status,
        changed_on: acquired,
        reason: '建立资产卡片',
        ...by,
      })
      .execute()
  }

  // [number, counterparty, type, phone, card, parcel, starts, ends, annual rent, frequency, unpaid past-due instalments]
  const thisYear = `${String(yearOf(today))}-01-01`
  const contracts: [
    string,
    string,
    'company' | 'individual',
    string,
    string | null,
    string | null,
    string,
    string,
    number,
    Frequency,
    number,
  ][] = [
    [
      'LW-HT-2023-01',
      '淮安恒达包装有限公司',
      'company',
      '13905171234',
      'LW-ZC-002',
      null,
      addDays(addMonths(today, -36), 45),
      addDays(today, 44),
      36_000_000,
      'annual',
      0,
    ],
    [
      'LW-HT-2025-03',
      '王建国',
      'individual',
      '13851789876',
      'LW-ZC-001',
      null,
      addMonths(thisYear, -12),
      addDays(addMonths(thisYear, 24), -1),
      9_600_000,
      'quarterly',
      1,
    ],
    [
      'LW-HT-2026-02',
      '李湾果蔬专业合作社',
      'company',
      '13770345678',
      null,
      'LW-02',
      thisYear,
      addDays(addMonths(thisYear, 60), -1),
      2_400_000,
      'annual',
      0,
    ],
  ]
  for (const [
    number,
    party,
    type,
    phone,
    card,
    parcel,
    startsOn,
    endsOn,
    annual,
    frequency,
    unpaid,
  ] of contracts) {
    const id = newId()
    const total = totalFromAnnualRent(annual, startsOn, endsOn)
    const schedule = generateSchedule(startsOn, endsOn, total, frequency)
    const cardId = card ? cardIds.get(card) : undefined
    const parcelId = parcel ? parcelIds.get(parcel) : undefined
    await trx
      .insertInto('estate_contracts')
      .values({
        id,
        village_id: villageId,
        number,
        kind: 'lease',
        counterparty_name: party,
        counterparty_type: type,
        counterparty_phone: phone,
        subject: card
          ? (cards.find((c) => c[0] === card)?.[1] ?? '')
          : `${parcels.find((p) => p[0] === parcel)?.[1] ?? ''}（${parcel ?? ''}）`,
        starts_on: startsOn,
        ends_on: endsOn,
        total_fen: total,
        annual_rent_fen: annual,
        frequency,
        state: 'signed',
        signed_on: addDays(startsOn, -10),
        created_by_label: actor.label,
        version: 2,
        created_at: now,
        updated_at: now,
      })
      .execute()
    await trx
      .insertInto('estate_contract_subjects')
      .values({ contract_id: id, asset_card_id: cardId ?? null, parcel_id: parcelId ?? null })
      .execute()
    const instalments = schedule.map((s, n) => ({
      id: newId(),
      seq: n + 1,
      dueOn: s.dueOn,
      amountFen: s.amountFen,
      receivedFen: 0,
    }))
    await trx
      .insertInto('contract_instalments')
      .values(
        instalments.map((i) => ({
          id: i.id,
          contract_id: id,
          seq: i.seq,
          due_on: i.dueOn,
          amount_fen: i.amountFen,
        })),
      )
      .execute()
    const reason = `签订合同 ${number}（${party}）`
    if (cardId) {
      await trx
        .updateTable('asset_cards')
        .set({ status: 'leased', version: 2 })
        .where('id', '=', cardId)
        .execute()
      await trx
        .insertInto('asset_card_history')
        .values({
          id: newId(),
          card_id: cardId,
          village_id: villageId,
          from_status: 'idle',
          to_status: 'leased',
          changed_on: addDays(startsOn, -10),
          reason,
          ...by,
        })
        .execute()
    }
    if (parcelId) {
      await trx
        .updateTable('land_parcels')
        .set({ status: 'leased', contract_id: id, version: 2 })
        .where('id', '=', parcelId)
        .execute()
      await trx
        .insertInto('land_parcel_history')
        .values({
          id: newId(),
          parcel_id: parcelId,
          village_id: villageId,
          from_status: 'unlet',
          to_status: 'leased',
          changed_on: addDays(startsOn, -10),
          reason,
          decision_ref: null,
          ...by,
        })
        .execute()
    }
    // Paid on the due day, except the last `unpaid` instalments already due.
    const due = instalments.filter((i) => i.dueOn <= today)
    const paid = due.slice(0, due.length - unpaid)
    const shares = yearShares(startsOn, endsOn, total)
    let received = 0
    for (const i of paid) {
      const split = splitReceipt(shares, yearOf(i.dueOn), received, i.amountFen)
      const allocations = allocate(instalments, i.amountFen) ?? []
      const receiptId = newId()
      await trx
        .insertInto('contract_receipts')
        .values({
          id: receiptId,
          contract_id: id,
          village_id: villageId,
          received_on: i.dueOn,
          amount_fen: i.amountFen,
          method: 'bank',
          current_fen: split.currentFen,
          advance_fen: split.advanceFen,
          voucher_id: null,
          ...by,
        })
        .execute()
      await trx
        .insertInto('contract_receipt_allocations')
        .values(
          allocations.map((a) => ({
            receipt_id: receiptId,
            instalment_id: a.instalmentId,
            amount_fen: a.amountFen,
          })),
        )
        .execute()
      for (const a of allocations) {
        const target = instalments.find((x) => x.id === a.instalmentId)
        if (target) target.receivedFen += a.amountFen
      }
      received += i.amountFen
    }
  }
}
