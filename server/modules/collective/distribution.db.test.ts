import { describe, expect, it } from 'vitest'
import { useTestApp, type Client } from '../../../test/setup/app.js'
import { addPerson, addRoom, demoWorld } from '../../../test/setup/factories.js'
import { systemActor } from '../../platform/access.js'
import { startOfLocalDay } from '../../platform/time.js'
import { memberPayableAccount } from './distribution.service.js'

interface ErrorBody {
  error: { code: string; message: string; details: { fields?: { path: string; message: string }[] } }
}
interface Distribution {
  id: string
  state: string
  version: number
  distributableFen: number
  providentFen: number
  memberFen: number
  retainedFen: number
  payouts: { name: string; shares: number; amountFen: number }[]
  payoutTotalFen: number
  voucherId: string | null
}

async function post<T>(c: Client, url: string, body: unknown, status = 201) {
  const res = await c.request('POST', url, body)
  expect(res.statusCode, res.body).toBe(status)
  return res.json<T & ErrorBody>()
}

describe('a year’s distribution to members by shares', () => {
  const t = useTestApp()

  it('splits the members’ pool to the fen, is approved by a decision and posts to the books', async () => {
    t().ctx.clock = () => startOfLocalDay('2027-01-05') + 10 * 3600_000
    const world = await demoWorld(t().ctx.db)
    const li = world.villages[0]
    const building = world.grid1Buildings[0]
    if (!li || !building) throw new Error('demo world missing')
    const books = `/api/v1/villages/${li.id}/books`
    const collective = `/api/v1/villages/${li.id}/collective`
    const kuaiji = await t().login('kuaiji')
    const shenhe = await t().login('shenhe')

    // The books: 100,000.00 undistributed brought forward, 10,000.01 of rent in 2026.
    await post(kuaiji, books, { startPeriod: '2025-12' })
    const keep = async (body: unknown) => {
      const v = await post<{ id: string; version: number }>(kuaiji, `${books}/vouchers`, body)
      const r = await post<{ id: string; version: number }>(
        shenhe,
        `${books}/vouchers/${v.id}/review`,
        { version: v.version },
        200,
      )
      await post(kuaiji, `${books}/vouchers/${r.id}/post`, { version: r.version }, 200)
    }
    await keep({
      date: '2025-12-31',
      summary: '期初余额',
      lines: [
        { accountCode: '102', debitFen: 10_000_000 },
        { accountCode: '32201', creditFen: 10_000_000 },
      ],
    })
    await keep({
      date: '2026-05-10',
      summary: '门面房租金',
      lines: [
        { accountCode: '102', debitFen: 1_000_001 },
        { accountCode: '501', creditFen: 1_000_001 },
      ],
    })

    // Three members with one share each.
    const decide = (kind: string, votesFor = 20) =>
      post<{ id: string }>(kuaiji, `${collective}/decisions`, {
        kind,
        meeting: 'representatives',
        heldOn: '2026-12-20',
        title: `${kind} 决议`,
        resolution: '表决通过',
        attendees: 25,
        votesFor,
        votesAgainst: 25 - votesFor,
        votesAbstain: 0,
      })
    const membership = await decide('membership')
    const plan = await decide('share_plan')
    const room = await addRoom(t().ctx.db, building, { unit: 3, room: '301' })
    await post(kuaiji, `${collective}/shares/plan`, {
      name: '股权设置方案',
      totalShares: 3,
      effectiveOn: '2026-01-01',
      decisionId: plan.id,
    })
    for (const name of ['王一', '王二', '王三']) {
      const person = await addPerson(t().ctx.db, t().ctx.pii, room, { name, sex: 'male' })
      const m = await post<{ id: string }>(kuaiji, `${collective}/members`, {
        personId: person.id,
        basis: 'original',
        sinceOn: '2026-01-01',
        decisionId: membership.id,
      })
      await post(kuaiji, `${collective}/shares/events`, {
        kind: 'grant',
        toMemberId: m.id,
        shares: 1,
        happenedOn: '2026-01-01',
        decisionId: plan.id,
      })
    }

    // Ratios above 100% are refused; 10% to the provident fund and 50% to members, half up to the fen.
    await post(kuaiji, `${collective}/distributions`, { year: 2026, providentBp: 6000, memberBp: 5000 }, 400)
    let d = await post<Distribution>(kuaiji, `${collective}/distributions`, {
      year: 2026,
      providentBp: 1000,
      memberBp: 5000,
    })
    expect(d).toMatchObject({
      state: 'draft',
      distributableFen: 11_000_001,
      providentFen: 1_100_000,
      memberFen: 5_500_001,
      retainedFen: 4_400_000,
      payoutTotalFen: 5_500_001,
    })
    expect(d.payouts.map((p) => p.amountFen).sort()).toEqual([1_833_333, 1_833_334, 1_833_334])
    await post(kuaiji, `${collective}/distributions`, { year: 2026, providentBp: 1000, memberBp: 5000 }, 409)

    // Approved only by an adopted 收益分配 decision; posted only once approved.
    await post(kuaiji, `${collective}/distributions/${d.id}/post`, { version: d.version }, 409)
    const rejected = await decide('distribution', 10)
    const no = await post(
      kuaiji,
      `${collective}/distributions/${d.id}/approve`,
      { version: d.version, decisionId: rejected.id },
      400,
    )
    expect(no.error.details.fields?.[0]?.message).toContain('未获通过')
    const adopted = await decide('distribution')
    d = await post<Distribution>(
      kuaiji,
      `${collective}/distributions/${d.id}/approve`,
      { version: d.version, decisionId: adopted.id },
      200,
    )
    d = await post<Distribution>(
      kuaiji,
      `${collective}/distributions/${d.id}/post`,
      { version: d.version },
      200,
    )
    expect(d.state).toBe('posted')
    const voucher = (await kuaiji.request('GET', `${books}/vouchers/${d.voucherId ?? ''}`)).json<{
      id: string
      version: number
      lines: { accountCode: string; debitFen: number; creditFen: number }[]
    }>()
    expect(voucher.lines.map((l) => [l.accountCode, l.debitFen, l.creditFen])).toEqual([
      ['3220201', 1_100_000, 0],
      ['311', 0, 1_100_000],
      ['3220202', 5_500_001, 0],
      ['211', 0, 5_500_001],
    ])
    const r = await post<{ id: string; version: number }>(
      shenhe,
      `${books}/vouchers/${voucher.id}/review`,
      { version: voucher.version },
      200,
    )
    await post(kuaiji, `${books}/vouchers/${r.id}/post`, { version: r.version }, 200)
    const statement = (
      await kuaiji.request('GET', `${books}/statements/income_distribution?period=2026-12`)
    ).json<{
      rows: { rowNo: number; valueFen: number }[]
    }>()
    const row = (n: number) => statement.rows.find((x) => x.rowNo === n)?.valueFen
    expect([row(16), row(17), row(18), row(20)]).toEqual([11_000_001, 1_100_000, 5_500_001, 4_400_000])

    // Another village's accountant sees none of it.
    const other = await t().login('kuaiji2')
    expect((await other.request('GET', `${collective}/distributions`)).statusCode).toBe(404)
  })

  it('owes the payouts on 211 while it takes postings, and on its own sub-account once 211 has sub-accounts', async () => {
    const { db } = t().ctx
    const li = (await demoWorld(db)).villages[0]
    if (!li) throw new Error('demo world missing')
    const books = `/api/v1/villages/${li.id}/books`
    const kuaiji = await t().login('kuaiji')
    await post(kuaiji, books, { startPeriod: '2026-01' })
    const actor = systemActor('test')
    const now = startOfLocalDay('2026-12-31')
    expect(await db.transaction().execute((trx) => memberPayableAccount(trx, actor, li.id, now))).toBe('211')
    // The estate's 预收租金 makes 211 a parent: the payouts go to a sub-account of their own, made once.
    await post(kuaiji, `${books}/accounts`, { parentCode: '211', code: '21101', name: '预收租金' })
    const first = await db.transaction().execute((trx) => memberPayableAccount(trx, actor, li.id, now))
    const again = await db.transaction().execute((trx) => memberPayableAccount(trx, actor, li.id, now))
    expect([first, again]).toEqual(['21102', '21102'])
    const account = await db
      .selectFrom('ledger_accounts')
      .select(['name', 'leaf'])
      .where('village_id', '=', li.id)
      .where('code', '=', '21102')
      .executeTakeFirstOrThrow()
    expect(account).toEqual({ name: '应付成员分配款', leaf: 1 })
  })
})
