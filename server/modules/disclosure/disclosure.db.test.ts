import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { useTestApp, type Client } from '../../../test/setup/app.js'
import { addPerson, addRoom, demoWorld } from '../../../test/setup/factories.js'
import { systemActor } from '../../platform/access.js'
import { startOfLocalDay } from '../../platform/time.js'
import { createUser } from '../accounts/index.js'
import { linkVillage } from '../villages/village.service.js'
import { canonicalJson, contentHash } from './disclosure.domain.js'

const PASSWORD = 'member-pass-2026'

interface ErrorBody {
  error: { code: string; message: string; details: { fields?: { path: string; message: string }[] } }
}
interface Section {
  rows: { code: string; name: string; level: number; periodFen: number; yearFen: number }[]
  totalPeriodFen: number
  totalYearFen: number
}
interface Content {
  label: string
  firstPeriod: string
  lastPeriod: string
  income: Section
  expenses: Section
  netPeriodFen: number
  netYearFen: number
  balanceSheet: {
    rows: { rowNo: number; caption: string; endFen: number; startFen: number }[]
    balanced: boolean
  }
  estate: unknown
}
interface Disclosure {
  id: string
  label: string
  contentHash: string
  intact: boolean
  content: Content
  replacedById: string | null
}

async function send<T>(c: Client, method: 'POST' | 'PUT', url: string, body: unknown, status: number) {
  const res = await c.request(method, url, body)
  expect(res.statusCode, res.body).toBe(status)
  return res.json<T & ErrorBody>()
}

async function get<T>(c: Client, url: string, status = 200) {
  const res = await c.request('GET', url)
  expect(res.statusCode, res.body).toBe(status)
  return res.json<T & ErrorBody>()
}

describe('财务公开: a village’s disclosure tables', () => {
  const t = useTestApp()

  /** 李湾村's books for the first half of 2026, January to April closed. */
  async function booksWithAQuarter() {
    t().ctx.clock = () => startOfLocalDay('2026-07-10') + 10 * 3600_000
    const world = await demoWorld(t().ctx.db)
    const li = world.villages[0]
    if (!li) throw new Error('demo world missing')
    const books = `/api/v1/villages/${li.id}/books`
    const kuaiji = await t().login('kuaiji')
    const shenhe = await t().login('shenhe')
    await send(kuaiji, 'POST', books, { startPeriod: '2026-01' }, 201)
    const keep = async (date: string, summary: string, lines: unknown[]) => {
      const v = await send<{ id: string; version: number }>(
        kuaiji,
        'POST',
        `${books}/vouchers`,
        { date, summary, lines },
        201,
      )
      const r = await send<{ version: number }>(
        shenhe,
        'POST',
        `${books}/vouchers/${v.id}/review`,
        { version: v.version },
        200,
      )
      await send(kuaiji, 'POST', `${books}/vouchers/${v.id}/post`, { version: r.version }, 200)
    }
    await keep('2026-01-05', '门面房租金', [
      { accountCode: '102', debitFen: 6_000_000 },
      { accountCode: '501', creditFen: 6_000_000 },
    ])
    await keep('2026-02-10', '村级组织运转补助', [
      { accountCode: '102', debitFen: 2_500_000 },
      { accountCode: '503', creditFen: 2_500_000 },
    ])
    await keep('2026-03-20', '办公用品', [
      { accountCode: '513', debitFen: 123_456 },
      { accountCode: '102', creditFen: 123_456 },
    ])
    await keep('2026-04-08', '门面房租金', [
      { accountCode: '102', debitFen: 1_000_000 },
      { accountCode: '501', creditFen: 1_000_000 },
    ])
    for (const p of ['2026-01', '2026-02', '2026-03', '2026-04'])
      await send(kuaiji, 'POST', `${books}/periods/${p}/close`, undefined, 200)
    return {
      li,
      kuaiji,
      base: `/api/v1/villages/${li.id}/disclosures`,
      collective: `/api/v1/villages/${li.id}/collective`,
      world,
    }
  }

  it('publishes a closed quarter frozen with its hash, and refuses months not yet closed', async () => {
    const { li, kuaiji, base } = await booksWithAQuarter()

    // The second quarter still has May and June open: previewed, not publishable.
    const q2 = await get<{ problems: string[] }>(kuaiji, `${base}/preview?kind=quarter&year=2026&no=2`)
    expect(q2.problems.join()).toContain('2026-05、2026-06 尚未结账')
    const refused = await send(kuaiji, 'POST', base, { kind: 'quarter', year: 2026, no: 2 }, 422)
    expect(refused.error.message).toContain('尚未结账')
    await send(kuaiji, 'POST', base, { kind: 'quarter', year: 2026, no: 5 }, 400)
    expect((await kuaiji.request('GET', `${base}/preview?kind=quarter&year=2026&no=1&x=1`)).statusCode).toBe(
      400,
    )

    // The village's land and assets go out with the books' figures.
    const estate = `/api/v1/villages/${li.id}/estate`
    await send(
      kuaiji,
      'POST',
      `${estate}/parcels`,
      { number: 'TD-001', name: '东圩地块', place: '李湾东圩', areaMu: '12.50', use: 'farmland' },
      201,
    )
    await send(
      kuaiji,
      'POST',
      `${estate}/assets`,
      {
        number: 'ZC-001',
        name: '村部门面房',
        kind: 'shop',
        location: '李湾村部',
        acquiredOn: '2020-05-01',
        originalValueFen: 36_000_000,
        accountCode: '151',
      },
      201,
    )
    const preview = await get<{ problems: string[]; content: Content }>(
      kuaiji,
      `${base}/preview?kind=quarter&year=2026&no=1`,
    )
    expect(preview.problems).toEqual([])
    const d = await send<Disclosure>(kuaiji, 'POST', base, { kind: 'quarter', year: 2026, no: 1 }, 201)
    expect(d.label).toBe('2026年第一季度')
    expect(d.intact).toBe(true)
    // Anyone holding the published JSON can recompute its hash.
    expect(contentHash(canonicalJson(d.content))).toBe(d.contentHash)
    expect(d.content).toEqual(preview.content)
    const income = (code: string) => d.content.income.rows.find((r) => r.code === code)
    expect(income('501')).toMatchObject({ periodFen: 6_000_000, yearFen: 6_000_000 })
    expect(income('503')).toMatchObject({ periodFen: 2_500_000 })
    expect(d.content.income.totalPeriodFen).toBe(8_500_000)
    expect(d.content.expenses.rows.find((r) => r.code === '513')).toMatchObject({ periodFen: 123_456 })
    expect(d.content.netPeriodFen).toBe(8_500_000 - 123_456)
    expect(d.content.balanceSheet.balanced).toBe(true)
    expect(d.content.estate).toEqual({
      land: [{ use: '耕地', status: '未发包', parcels: 1, areaMu: '12.50' }],
      assets: [{ kind: '商铺', cards: 1, originalValueFen: 36_000_000 }],
      contracts: [],
    })

    // April alone: its own month, the year to date running on.
    const april = await send<Disclosure>(kuaiji, 'POST', base, { kind: 'month', year: 2026, no: 4 }, 201)
    expect(april.content.income.rows.find((r) => r.code === '501')).toMatchObject({
      periodFen: 1_000_000,
      yearFen: 7_000_000,
    })

    // Published once; a correction must name the table and say why, and must change something.
    const again = await send(kuaiji, 'POST', base, { kind: 'quarter', year: 2026, no: 1 }, 409)
    expect(again.error.message).toContain('已发布')
    await send(kuaiji, 'POST', base, { kind: 'quarter', year: 2026, no: 1, replacesId: d.id }, 400)
    const same = await send(
      kuaiji,
      'POST',
      base,
      { kind: 'quarter', year: 2026, no: 1, replacesId: d.id, reason: '复核' },
      409,
    )
    expect(same.error.message).toContain('完全相同')

    // The database itself refuses to change or delete a published table.
    const db = t().ctx.db
    await expect(
      sql`update disclosures set content_hash = 'x' where id = ${d.id}`.execute(db),
    ).rejects.toThrow()
    await expect(sql`delete from disclosures where id = ${d.id}`.execute(db)).rejects.toThrow()
    const list = await get<{ items: { id: string; label: string }[] }>(kuaiji, base)
    expect(list.items.map((i) => i.label)).toEqual(['2026年4月', '2026年第一季度'])
    const audit = await db.selectFrom('audit_log').select(['action']).where('target_id', '=', d.id).execute()
    expect(audit.map((a) => a.action)).toEqual(['disclosure.publish'])
  })

  it('is corrected by a new table naming the one it replaces and why; both stay readable', async () => {
    const { kuaiji, base, collective, world } = await booksWithAQuarter()
    const april = await send<Disclosure>(kuaiji, 'POST', base, { kind: 'month', year: 2026, no: 4 }, 201)
    expect(april.content).toMatchObject({ distributions: [] })

    // The year's distribution is approved after April's table went out: the table is now short of it.
    const decide = (kind: string) =>
      send<{ id: string }>(
        kuaiji,
        'POST',
        `${collective}/decisions`,
        {
          kind,
          meeting: 'members',
          heldOn: '2026-07-01',
          title: `${kind} 决议`,
          resolution: '表决通过',
          attendees: 40,
          votesFor: 30,
          votesAgainst: 10,
          votesAbstain: 0,
        },
        201,
      )
    const membership = await decide('membership')
    const plan = await decide('share_plan')
    await send(
      kuaiji,
      'POST',
      `${collective}/shares/plan`,
      { name: '股权设置方案', totalShares: 10, effectiveOn: '2026-01-01', decisionId: plan.id },
      201,
    )
    const building = world.grid1Buildings[0]
    if (!building) throw new Error('demo world missing')
    const room = await addRoom(t().ctx.db, building, { unit: 2, room: '503' })
    const person = await addPerson(t().ctx.db, t().ctx.pii, room, { name: '李更正', sex: 'male' })
    const m = await send<{ id: string }>(
      kuaiji,
      'POST',
      `${collective}/members`,
      { personId: person.id, basis: 'original', sinceOn: '2026-01-01', decisionId: membership.id },
      201,
    )
    await send(
      kuaiji,
      'POST',
      `${collective}/shares/events`,
      { kind: 'grant', toMemberId: m.id, shares: 10, happenedOn: '2026-01-01', decisionId: plan.id },
      201,
    )
    const d = await send<{ id: string; version: number }>(
      kuaiji,
      'POST',
      `${collective}/distributions`,
      { year: 2026, providentBp: 1000, memberBp: 5000 },
      201,
    )
    await send(
      kuaiji,
      'POST',
      `${collective}/distributions/${d.id}/approve`,
      { version: d.version, decisionId: (await decide('distribution')).id },
      200,
    )

    const corrected = await send<Disclosure & { correctionReason: string; replacesId: string }>(
      kuaiji,
      'POST',
      base,
      { kind: 'month', year: 2026, no: 4, replacesId: april.id, reason: '补充公开年度收益分配方案' },
      201,
    )
    expect(corrected).toMatchObject({ replacesId: april.id, correctionReason: '补充公开年度收益分配方案' })
    expect(corrected.contentHash).not.toBe(april.contentHash)
    const payouts = (corrected.content as unknown as { distributions: { payouts: { name: string }[] }[] })
      .distributions[0]?.payouts
    expect(payouts?.map((p) => p.name)).toEqual(['李更正'])
    // The first table is still there, exactly as published, and points to its correction.
    const old = await get<Disclosure>(kuaiji, `${base}/${april.id}`)
    expect(old).toMatchObject({ contentHash: april.contentHash, intact: true, replacedById: corrected.id })
    expect(old.content).toEqual(april.content)
    // A table is corrected once; the correction itself is what a further correction names.
    const twice = await send(
      kuaiji,
      'POST',
      base,
      { kind: 'month', year: 2026, no: 4, replacesId: april.id, reason: '再次更正' },
      409,
    )
    expect(twice.error.message).toContain('已发布')
    await send(
      kuaiji,
      'POST',
      base,
      { kind: 'month', year: 2026, no: 4, replacesId: corrected.id, reason: '复核' },
      409,
    )
    const audit = await t()
      .ctx.db.selectFrom('audit_log')
      .select(['action'])
      .where('target_id', '=', corrected.id)
      .execute()
    expect(audit.map((a) => a.action)).toEqual(['disclosure.correct'])
  })

  it('lets one of two publishers of the same period through', async () => {
    const { kuaiji, base } = await booksWithAQuarter()
    const shenhe = await t().login('shenhe')
    const [a, b] = await Promise.all([
      kuaiji.request('POST', base, { kind: 'month', year: 2026, no: 2 }),
      shenhe.request('POST', base, { kind: 'month', year: 2026, no: 2 }),
    ])
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409])
    expect((await get<{ items: unknown[] }>(kuaiji, base)).items).toHaveLength(1)
  })

  it('is read by the village, its auditors and host community and its linked members — no one else', async () => {
    const { li, kuaiji, base, collective, world } = await booksWithAQuarter()
    const d = await send<Disclosure>(kuaiji, 'POST', base, { kind: 'quarter', year: 2026, no: 1 }, 201)

    // Another village's accountant: nothing, not even whether it exists.
    const kuaiji2 = await t().login('kuaiji2')
    expect((await kuaiji2.request('GET', base)).statusCode).toBe(404)
    expect((await kuaiji2.request('GET', `${base}/${d.id}`)).statusCode).toBe(404)
    expect((await kuaiji2.request('POST', base, { kind: 'month', year: 2026, no: 1 })).statusCode).toBe(404)
    // The park's auditor reads; the host community reads what is disclosed but cannot publish,
    // and still cannot open the village's books.
    expect((await (await t().login('shenji')).request('GET', `${base}/${d.id}`)).statusCode).toBe(200)
    const shuji = await t().login('shuji')
    expect((await shuji.request('GET', base)).statusCode).toBe(404)
    await linkVillage({
      db: t().ctx.db,
      actor: systemActor('test'),
      communityId: world.zhangma.id,
      villageId: li.id,
      now: Date.now(),
    })
    const seen = await get<{ canPublish: boolean; items: unknown[] }>(shuji, base)
    expect(seen).toMatchObject({ canPublish: false })
    expect(seen.items).toHaveLength(1)
    expect((await shuji.request('GET', `${base}/preview?kind=month&year=2026&no=1`)).statusCode).toBe(404)
    expect((await shuji.request('GET', `/api/v1/villages/${li.id}/books/vouchers`)).statusCode).toBe(404)
    // A grid worker of the community is not the community.
    expect((await (await t().login('wangge1')).request('GET', base)).statusCode).toBe(404)

    // A member: confirmed on a decision, given one share, linked to their own account.
    const decide = (kind: string) =>
      send<{ id: string }>(
        kuaiji,
        'POST',
        `${collective}/decisions`,
        {
          kind,
          meeting: 'representatives',
          heldOn: '2026-06-20',
          title: `${kind} 决议`,
          resolution: '表决通过',
          attendees: 25,
          votesFor: 20,
          votesAgainst: 5,
          votesAbstain: 0,
        },
        201,
      )
    const membership = await decide('membership')
    const building = world.grid1Buildings[0]
    if (!building) throw new Error('demo world missing')
    const room = await addRoom(t().ctx.db, building, { unit: 2, room: '502' })
    const person = await addPerson(t().ctx.db, t().ctx.pii, room, { name: '李公开', sex: 'female' })
    const m = await send<{ id: string; version: number }>(
      kuaiji,
      'POST',
      `${collective}/members`,
      { personId: person.id, basis: 'original', sinceOn: '2026-06-20', decisionId: membership.id },
      201,
    )
    await createUser(t().ctx.db, {
      actor: systemActor('test'),
      user: { username: 'ligongkai', displayName: '李公开', password: PASSWORD },
      now: Date.now(),
    })
    let member = await t().login('ligongkai', PASSWORD)
    expect((await member.request('GET', base)).statusCode).toBe(404)
    const account = `${collective}/members/${m.id}/account`
    await send(kuaiji, 'PUT', account, { username: 'nobody-here', version: m.version }, 400)
    // Linking is the village's act: another village's accountant cannot.
    expect(
      (await kuaiji2.request('PUT', account, { username: 'ligongkai', version: m.version })).statusCode,
    ).toBe(404)
    const linked = await send<{ version: number }>(
      kuaiji,
      'PUT',
      account,
      { username: 'ligongkai', version: m.version },
      200,
    )
    member = await t().login('ligongkai', PASSWORD)
    const mine = await get<{ items: { villageName: string; name: string }[] }>(
      member,
      '/api/v1/me/memberships',
    )
    expect(mine.items).toEqual([expect.objectContaining({ villageName: '李湾村', name: '李公开' })])
    const read = await get<Disclosure>(member, `${base}/${d.id}`)
    expect(read.contentHash).toBe(d.contentHash)
    expect(read.intact).toBe(true)
    // The member reads what is disclosed, and nothing else of the village's.
    expect((await member.request('GET', `/api/v1/villages/${li.id}/books/vouchers`)).statusCode).toBe(404)
    expect((await member.request('GET', `${base}/preview?kind=month&year=2026&no=1`)).statusCode).toBe(404)
    expect((await member.request('POST', base, { kind: 'month', year: 2026, no: 1 })).statusCode).toBe(404)
    const other = world.villages[1]
    expect((await member.request('GET', `/api/v1/villages/${other?.id ?? ''}/disclosures`)).statusCode).toBe(
      404,
    )

    // When the membership ends, so does the reading.
    await send(
      kuaiji,
      'POST',
      `${collective}/members/${m.id}/end`,
      { version: linked.version, endedOn: '2026-07-01', reason: 'withdrawn', decisionId: membership.id },
      200,
    )
    expect((await member.request('GET', base)).statusCode).toBe(404)
    expect((await get<{ items: unknown[] }>(member, '/api/v1/me/memberships')).items).toEqual([])
  })
})
