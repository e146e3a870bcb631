import { describe, expect, it } from 'vitest'
import { useTestApp, type Client, type TestApp } from '../../../test/setup/app.js'
import { demoWorld } from '../../../test/setup/factories.js'
import { toNumber } from '../../db/index.js'
import type { Actor } from '../../platform/access.js'
import { loadGrants } from '../../platform/sessions.js'
import { startOfLocalDay } from '../../platform/time.js'
import {
  listContracts,
  recordReceipt,
  releaseContractYear,
  releaseDueYears,
  signContract,
} from './contracts.service.js'
import { seedEstate } from '../../seed/estate.js'
import { systemActor } from '../../platform/access.js'
import { estateForDisclosure } from './disclosure.service.js'

interface ErrorBody {
  error: { code: string; message: string; details: { fields?: { path: string; message: string }[] } }
}
interface Parcel {
  id: string
  status: string
  version: number
  history: { from: string | null; to: string; reason: string }[]
  expropriation: { compensationFen: number; passedToMembersFen: number; keptFen: number } | null
}
interface Contract {
  id: string
  state: string
  version: number
  totalFen: number
  overdue: boolean
  overdueFen: number
  expiring: boolean
  instalments: { dueOn: string; amountFen: number; receivedFen: number }[]
  receipts: { amountFen: number; currentFen: number; advanceFen: number; voucherId: string | null }[]
}
interface Voucher {
  state: string
  lines: { accountCode: string; debitFen: number; creditFen: number }[]
}

const at = (day: string) => startOfLocalDay(day) + 10 * 3600_000

async function villages(t: TestApp) {
  const world = await demoWorld(t.ctx.db)
  const [li, kong] = world.villages
  if (!li || !kong) throw new Error('demo villages missing')
  return { li, kong }
}

async function call<T = Record<string, unknown>>(
  c: Client,
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  body?: unknown,
  status = 200,
) {
  const res = await c.request(method, url, body)
  expect(res.statusCode, res.body).toBe(status)
  return res.json<T & ErrorBody>()
}

async function actorOf(t: TestApp, username: string): Promise<Actor> {
  const { db } = t.ctx
  const u = await db
    .selectFrom('users')
    .select(['id', 'display_name'])
    .where('username', '=', username)
    .executeTakeFirstOrThrow()
  return {
    kind: 'user',
    userId: u.id,
    label: u.display_name,
    grants: await loadGrants(db, u.id),
    ip: null,
    requestId: null,
  }
}

const shop = {
  number: 'T-ZC-001',
  name: '测试沿街商铺',
  kind: 'shop',
  location: '李湾路 8 号',
  acquiredOn: '2020-05-01',
  originalValueFen: 50_000_000,
  accountCode: '151',
}

describe('the village’s land, assets and contracts', () => {
  const t = useTestApp()

  it('keeps land to its village, with an append-only history and an expropriation that adds up', async () => {
    const { li } = await villages(t())
    const base = `/api/v1/villages/${li.id}/estate`
    const kuaiji = await t().login('kuaiji')
    const parcel = await call<Parcel>(
      kuaiji,
      'POST',
      `${base}/parcels`,
      { number: 'T-DK-01', name: '测试东大田', place: '李湾村东', areaMu: '12.35', use: 'farmland' },
      201,
    )
    await call(
      kuaiji,
      'POST',
      `${base}/parcels`,
      { number: 'T-DK-02', name: '测试果园', place: '李湾村北', areaMu: '3.5', use: 'garden' },
      201,
    )
    await call(
      kuaiji,
      'POST',
      `${base}/parcels`,
      { number: 'T-DK-01', name: '重复', place: '-', areaMu: '1', use: 'farmland' },
      409,
    )
    // Another village's accountant: not found, whatever the route; the auditor reads but does not write.
    const kuaiji2 = await t().login('kuaiji2')
    await call(kuaiji2, 'GET', `${base}/parcels`, undefined, 404)
    await call(kuaiji2, 'GET', `${base}/parcels/${parcel.id}`, undefined, 404)
    await call(kuaiji2, 'GET', `${base}/contracts`, undefined, 404)
    await call(kuaiji2, 'GET', `${base}/assets`, undefined, 404)
    await call(kuaiji2, 'POST', `${base}/assets`, shop, 404)
    const shenji = await t().login('shenji')
    const read = await call<{
      items: Parcel[]
      totals: { use: string; status: string; parcels: number; areaMu: string }[]
      totalAreaMu: string
      canWrite: boolean
    }>(shenji, 'GET', `${base}/parcels`)
    expect(read.canWrite).toBe(false)
    expect(read.totalAreaMu).toBe('15.85')
    await call(
      shenji,
      'POST',
      `${base}/parcels`,
      { number: 'T-DK-09', name: '审计', place: '-', areaMu: '1', use: 'other' },
      404,
    )

    // Expropriation: the split must add up to the compensation, or nothing is written.
    const expropriate = {
      to: 'expropriated',
      changedOn: '2026-05-10',
      reason: '园区道路建设征收',
      decisionRef: '淮政地〔2026〕12号',
      compensationFen: 98_800_000,
      passedNote: '按成员人数发放 80%，集体留存 20%',
      passedToMembersFen: 79_040_000,
      keptFen: 19_760_001,
      version: parcel.version,
    }
    const bad = await call(kuaiji, 'POST', `${base}/parcels/${parcel.id}/status`, expropriate, 422)
    expect(bad.error.details.fields?.[0]?.path).toBe('/keptFen')
    const unchanged = await call<Parcel>(kuaiji, 'GET', `${base}/parcels/${parcel.id}`)
    expect(unchanged.status).toBe('unlet')
    expect(unchanged.history).toHaveLength(1)
    const done = await call<Parcel>(kuaiji, 'POST', `${base}/parcels/${parcel.id}/status`, {
      ...expropriate,
      keptFen: 19_760_000,
    })
    expect(done.status).toBe('expropriated')
    expect(done.expropriation).toEqual({
      on: '2026-05-10',
      compensationFen: 98_800_000,
      passedNote: '按成员人数发放 80%，集体留存 20%',
      passedToMembersFen: 79_040_000,
      keptFen: 19_760_000,
    })
    expect(done.history.map((h) => [h.from, h.to])).toEqual([
      [null, 'unlet'],
      ['unlet', 'expropriated'],
    ])
    // Final: no further change, and no contract over it.
    await call(
      kuaiji,
      'POST',
      `${base}/parcels/${parcel.id}/status`,
      { to: 'unlet', changedOn: '2026-06-01', reason: '撤销征收', version: done.version },
      409,
    )
    const refused = await call(
      kuaiji,
      'POST',
      `${base}/contracts`,
      {
        number: 'T-HT-X',
        kind: 'lease',
        counterpartyName: '某公司',
        counterpartyType: 'company',
        assetCardIds: [],
        parcelIds: [parcel.id],
        startsOn: '2026-06-01',
        endsOn: '2027-05-31',
        annualRentFen: 1_000_000,
        frequency: 'annual',
      },
      409,
    )
    expect(refused.error.details.fields?.[0]?.path).toBe('/parcelIds/0')
    // The history is append-only in the database itself.
    await expect(
      t().ctx.db.deleteFrom('land_parcel_history').where('parcel_id', '=', parcel.id).execute(),
    ).rejects.toThrow()
    const totals = (
      await call<{ totals: { use: string; status: string; parcels: number; areaMu: string }[] }>(
        kuaiji,
        'GET',
        `${base}/parcels`,
      )
    ).totals
    expect(totals).toEqual([
      {
        use: 'farmland',
        useZh: '耕地',
        status: 'expropriated',
        statusZh: '征收',
        parcels: 1,
        areaMu: '12.35',
      },
      { use: 'garden', useZh: '园地', status: 'unlet', statusZh: '未发包', parcels: 1, areaMu: '3.50' },
    ])
  })

  it('signs a lease paid three years ahead: the receipt drafts a balanced voucher with the advance in 211xx, and each year releases once', async () => {
    const { li } = await villages(t())
    const { db } = t().ctx
    const base = `/api/v1/villages/${li.id}/estate`
    const kuaiji = await t().login('kuaiji')
    await call(kuaiji, 'POST', `/api/v1/villages/${li.id}/books`, { startPeriod: '2026-01' }, 201)
    const card = await call<{ id: string }>(kuaiji, 'POST', `${base}/assets`, shop, 201)
    const lease = {
      number: 'T-HT-2026-01',
      kind: 'lease',
      counterpartyName: '淮安测试超市有限公司',
      counterpartyType: 'company',
      counterpartyPhone: '13812345678',
      assetCardIds: [card.id],
      parcelIds: [],
      startsOn: '2026-01-01',
      endsOn: '2028-12-31',
      annualRentFen: 12_000_000,
      frequency: 'annual',
    }
    // Bad input names the field and writes nothing.
    const backwards = await call(kuaiji, 'POST', `${base}/contracts`, { ...lease, endsOn: '2025-12-31' }, 400)
    expect(backwards.error.details.fields?.[0]?.path).toBe('/endsOn')
    const notSumming = await call(
      kuaiji,
      'POST',
      `${base}/contracts`,
      {
        ...lease,
        instalments: [
          { dueOn: '2026-01-01', amountFen: 12_000_000 },
          { dueOn: '2027-01-01', amountFen: 12_000_000 },
        ],
      },
      400,
    )
    expect(notSumming.error.details.fields?.[0]?.path).toBe('/instalments')
    expect(await db.selectFrom('estate_contracts').select('id').execute()).toHaveLength(0)

    const draft = await call<Contract & { counterpartyPhone: string }>(
      kuaiji,
      'POST',
      `${base}/contracts`,
      lease,
      201,
    )
    expect(draft.totalFen).toBe(36_000_000)
    expect(draft.counterpartyPhone).toBe('138****5678')
    expect(draft.instalments.map((i) => [i.dueOn, i.amountFen])).toEqual([
      ['2026-01-01', 12_000_000],
      ['2027-01-01', 12_000_000],
      ['2028-01-01', 12_000_000],
    ])
    await call(
      kuaiji,
      'POST',
      `${base}/contracts/${draft.id}/receipts`,
      { receivedOn: '2026-03-20', amountFen: 100, method: 'bank' },
      409,
    )

    const actor = await actorOf(t(), 'kuaiji')
    const march = at('2026-03-20')
    const signed = await signContract({
      db,
      actor,
      villageId: li.id,
      contractId: draft.id,
      input: { signedOn: '2026-01-01', version: draft.version },
      now: march,
    })
    expect(signed.state).toBe('signed')
    const leasedCard = await call<{ status: string; history: unknown[] }>(
      kuaiji,
      'GET',
      `${base}/assets/${card.id}`,
    )
    expect(leasedCard.status).toBe('leased')
    expect(leasedCard.history).toHaveLength(2)

    await expect(
      recordReceipt({
        db,
        actor,
        villageId: li.id,
        contractId: draft.id,
        input: { receivedOn: '2026-03-20', amountFen: 36_000_001, method: 'bank' },
        now: march,
      }),
    ).rejects.toMatchObject({ code: 'UNPROCESSABLE' })
    const paid = await recordReceipt({
      db,
      actor,
      villageId: li.id,
      contractId: draft.id,
      input: { receivedOn: '2026-03-20', amountFen: 36_000_000, method: 'bank' },
      now: march,
    })
    const receipt = paid.receipts[0]
    expect(receipt).toMatchObject({ amountFen: 36_000_000, currentFen: 12_000_000, advanceFen: 24_000_000 })
    const voucher = await call<Voucher>(
      kuaiji,
      'GET',
      `/api/v1/villages/${li.id}/books/vouchers/${receipt?.voucherId ?? ''}`,
    )
    expect(voucher.state).toBe('draft')
    expect(voucher.lines.map((l) => [l.accountCode, l.debitFen, l.creditFen])).toEqual([
      ['102', 36_000_000, 0],
      ['501', 0, 12_000_000],
      ['21101', 0, 24_000_000],
    ])
    const advance = await db
      .selectFrom('ledger_accounts')
      .select(['name', 'parent_code'])
      .where('village_id', '=', li.id)
      .where('code', '=', '21101')
      .executeTakeFirstOrThrow()
    expect(advance).toEqual({ name: '预收租金', parent_code: '211' })
    expect(paid.overdue).toBe(false)

    // 2027: the job releases the year's share once, even when two runs race.
    const jan2027 = at('2027-01-05')
    const runs = await Promise.all([releaseDueYears(db, jan2027), releaseDueYears(db, jan2027)])
    expect(runs.reduce((s, r) => s + r.released, 0)).toBe(1)
    expect((await releaseDueYears(db, jan2027)).released).toBe(0)
    const again = await releaseContractYear({
      db,
      actor,
      villageId: li.id,
      contractId: draft.id,
      year: 2027,
      now: jan2027,
    })
    expect(again.released).toBe(false)
    const releases = await db
      .selectFrom('contract_releases')
      .selectAll()
      .where('contract_id', '=', draft.id)
      .execute()
    expect(releases.map((r) => [r.year, toNumber(r.amount_fen)])).toEqual([[2027, 12_000_000]])
    const release = await call<Voucher>(
      kuaiji,
      'GET',
      `/api/v1/villages/${li.id}/books/vouchers/${releases[0]?.voucher_id ?? ''}`,
    )
    expect(release.lines.map((l) => [l.accountCode, l.debitFen, l.creditFen])).toEqual([
      ['21101', 12_000_000, 0],
      ['501', 0, 12_000_000],
    ])

    const disclosure = await estateForDisclosure(db, li.id, '2026-01-01', '2026-12-31')
    expect(disclosure.assets).toEqual([{ kind: '商铺', cards: 1, originalValueFen: 50_000_000 }])
    expect(disclosure.contracts).toEqual([
      {
        number: 'T-HT-2026-01',
        counterparty: '淮安测试超市有限公司',
        subject: '测试沿街商铺',
        startsOn: '2026-01-01',
        endsOn: '2028-12-31',
        totalFen: 36_000_000,
        dueInPeriodFen: 12_000_000,
        receivedInPeriodFen: 36_000_000,
        overdueFen: 0,
      },
    ])
  })

  it('flags overdue instalments and contracts about to end from the data, on a fixed clock', async () => {
    const { li } = await villages(t())
    const { db } = t().ctx
    const base = `/api/v1/villages/${li.id}/estate`
    const kuaiji = await t().login('kuaiji')
    await call(kuaiji, 'POST', `/api/v1/villages/${li.id}/books`, { startPeriod: '2026-01' }, 201)
    const parcel = await call<{ id: string }>(
      kuaiji,
      'POST',
      `${base}/parcels`,
      { number: 'T-DK-11', name: '测试鱼塘', place: '李湾村南', areaMu: '20', use: 'other' },
      201,
    )
    const draft = await call<Contract>(
      kuaiji,
      'POST',
      `${base}/contracts`,
      {
        number: 'T-HT-2026-02',
        kind: 'lease',
        counterpartyName: '测试养殖户',
        counterpartyType: 'individual',
        assetCardIds: [],
        parcelIds: [parcel.id],
        startsOn: '2026-01-01',
        endsOn: '2026-12-31',
        annualRentFen: 400_000,
        frequency: 'quarterly',
      },
      201,
    )
    const actor = await actorOf(t(), 'kuaiji')
    await signContract({
      db,
      actor,
      villageId: li.id,
      contractId: draft.id,
      input: { signedOn: '2026-01-01', version: draft.version },
      now: at('2026-01-01'),
    })
    const leased = await call<Parcel & { contract: { id: string } | null }>(
      kuaiji,
      'GET',
      `${base}/parcels/${parcel.id}`,
    )
    expect(leased.status).toBe('leased')
    expect(leased.contract?.id).toBe(draft.id)
    await recordReceipt({
      db,
      actor,
      villageId: li.id,
      contractId: draft.id,
      input: { receivedOn: '2026-01-05', amountFen: 100_000, method: 'cash' },
      now: at('2026-01-05'),
    })

    const on = async (day: string, flag?: 'expiring' | 'overdue') =>
      listContracts({ db, actor, villageId: li.id, now: at(day), ...(flag ? { flag } : {}) })
    const feb = await on('2026-02-01')
    expect(feb.counts).toEqual({ all: 1, expiring: 0, overdue: 0 })
    const may = await on('2026-05-01')
    expect(may.items[0]).toMatchObject({ overdue: true, overdueFen: 100_000, expiring: false })
    expect((await on('2026-05-01', 'expiring')).items).toHaveLength(0)
    const oct = await on('2026-10-15')
    expect(oct.items[0]).toMatchObject({ overdue: true, overdueFen: 300_000, expiring: true })
    expect(oct.counts).toEqual({ all: 1, expiring: 1, overdue: 1 })
    // Paid up: no longer overdue, computed from the receipts, not from a stored flag.
    await recordReceipt({
      db,
      actor,
      villageId: li.id,
      contractId: draft.id,
      input: { receivedOn: '2026-10-15', amountFen: 300_000, method: 'cash' },
      now: at('2026-10-15'),
    })
    expect((await on('2026-10-15', 'overdue')).items).toHaveLength(0)
  })

  it('reconciles the cards with the books and refuses contracts on disposed assets', async () => {
    const { li } = await villages(t())
    const base = `/api/v1/villages/${li.id}/estate`
    const books = `/api/v1/villages/${li.id}/books`
    const kuaiji = await t().login('kuaiji')
    const shenhe = await t().login('shenhe')
    await call(kuaiji, 'POST', books, { startPeriod: '2026-01' }, 201)
    await call(kuaiji, 'POST', `${base}/assets`, shop, 201)
    const tractor = await call<{ id: string; version: number }>(
      kuaiji,
      'POST',
      `${base}/assets`,
      { ...shop, number: 'T-ZC-002', name: '测试拖拉机', kind: 'equipment', originalValueFen: 8_000_000 },
      201,
    )
    const v = await call<{ id: string; version: number }>(
      kuaiji,
      'POST',
      `${books}/vouchers`,
      {
        date: '2026-01-10',
        summary: '购入商铺',
        lines: [
          { accountCode: '151', debitFen: 45_000_000 },
          { accountCode: '102', creditFen: 45_000_000 },
        ],
      },
      201,
    )
    const reviewed = await call<{ version: number }>(shenhe, 'POST', `${books}/vouchers/${v.id}/review`, {
      version: v.version,
    })
    await call(kuaiji, 'POST', `${books}/vouchers/${v.id}/post`, { version: reviewed.version })
    type Rec = {
      rows: {
        accountCode: string
        cards: number
        cardsFen: number
        booksFen: number
        differenceFen: number
      }[]
      matches: boolean
    }
    const before = await call<Rec>(shenhe, 'GET', `${base}/assets/reconciliation?period=2026-01`)
    expect(before.rows).toEqual([
      {
        accountCode: '151',
        accountName: '固定资产',
        cards: 2,
        cardsFen: 58_000_000,
        booksFen: 45_000_000,
        differenceFen: 13_000_000,
      },
    ])
    expect(before.matches).toBe(false)
    // Disposal is a state change with a reason, final; the card stays, out of the reconciliation.
    await call(kuaiji, 'POST', `${base}/assets/${tractor.id}/status`, {
      to: 'disposed',
      changedOn: '2026-01-20',
      reason: '报废',
      version: tractor.version,
    })
    const after = await call<Rec>(kuaiji, 'GET', `${base}/assets/reconciliation?period=2026-01`)
    expect(after.rows[0]).toMatchObject({ cards: 1, cardsFen: 50_000_000, differenceFen: 5_000_000 })
    expect((await call<{ items: unknown[] }>(kuaiji, 'GET', `${base}/assets`)).items).toHaveLength(2)
    const refused = await call(
      kuaiji,
      'POST',
      `${base}/contracts`,
      {
        number: 'T-HT-Y',
        kind: 'lease',
        counterpartyName: '某人',
        counterpartyType: 'individual',
        assetCardIds: [tractor.id],
        parcelIds: [],
        startsOn: '2026-02-01',
        endsOn: '2027-01-31',
        annualRentFen: 100_000,
        frequency: 'once',
      },
      409,
    )
    expect(refused.error.details.fields?.[0]?.path).toBe('/assetCardIds/0')
  })

  it('the demo’s 李湾村 has a contract ending soon and one with an instalment overdue', async () => {
    const { li } = await villages(t())
    const { db } = t().ctx
    const now = at('2026-11-20')
    await seedEstate(db, { now, villageId: li.id, actor: systemActor('seed --demo') })
    const actor = await actorOf(t(), 'kuaiji')
    const list = await listContracts({ db, actor, villageId: li.id, now })
    expect(list.counts).toEqual({ all: 3, expiring: 1, overdue: 1 })
    const disclosure = await estateForDisclosure(db, li.id, '2026-01-01', '2026-12-31')
    expect(disclosure.land.find((l) => l.status === '征收')).toEqual({
      use: '建设用地',
      status: '征收',
      parcels: 1,
      areaMu: '5.20',
    })
    expect(disclosure.contracts.filter((c) => c.overdueFen > 0)).toHaveLength(1)
  })
})
