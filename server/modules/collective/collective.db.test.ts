import { describe, expect, it } from 'vitest'
import { useTestApp, type Client, type TestApp } from '../../../test/setup/app.js'
import { addPerson, addRoom, demoWorld } from '../../../test/setup/factories.js'

interface ErrorBody {
  error: { code: string; message: string; details: { fields?: { path: string; message: string }[] } }
}
interface Member {
  id: string
  name: string
  status: string
  shares: number
  livesIn: string | null
  version: number
}
interface Shares {
  collectiveShares: number
  holders: { memberId: string; name: string; shares: number }[]
  addsUp: boolean
  events: { seq: number; kind: string; from: string | null; to: string | null; shares: number }[]
}

async function setup(t: TestApp) {
  const world = await demoWorld(t.ctx.db)
  const li = world.villages[0]
  const building = world.grid1Buildings[0]
  if (!li || !building) throw new Error('demo world missing')
  const room = await addRoom(t.ctx.db, building, { unit: 1, room: '501' })
  const people = []
  for (const name of ['李大山', '李秀英', '李小明'])
    people.push(
      await addPerson(t.ctx.db, t.ctx.pii, room, { name, sex: name === '李秀英' ? 'female' : 'male' }),
    )
  return { li, people }
}

async function post(c: Client, url: string, body: unknown, status = 201) {
  const res = await c.request('POST', url, body)
  expect(res.statusCode, res.body).toBe(status)
  return res.json<ErrorBody & Record<string, unknown>>()
}

describe('the collective economic organisation: members and shares', () => {
  const t = useTestApp()

  it('confirms members on decisions, grants and moves shares inside the organisation, and always adds up', async () => {
    const { li, people } = await setup(t())
    const [dashan, xiuying, xiaoming] = people
    if (!dashan || !xiuying || !xiaoming) throw new Error('people missing')
    const base = `/api/v1/villages/${li.id}/collective`
    const kuaiji = await t().login('kuaiji')
    const meeting = (kind: string, votesFor: number) =>
      post(kuaiji, `${base}/decisions`, {
        kind,
        meeting: 'representatives',
        heldOn: '2026-03-01',
        title: kind === 'membership' ? '确认第一批集体经济组织成员' : '股权设置方案',
        resolution: '经成员代表大会表决通过',
        attendees: 31,
        votesFor,
        votesAgainst: 31 - votesFor,
        votesAbstain: 0,
      })
    const rejected = await meeting('membership', 15)
    expect(rejected.adopted).toBe(false)
    const membership = await meeting('membership', 29)
    expect(membership.adopted).toBe(true)
    // A decision's counts cannot exceed those present.
    await post(
      kuaiji,
      `${base}/decisions`,
      {
        kind: 'other',
        meeting: 'members',
        heldOn: '2026-03-01',
        title: '多票',
        resolution: '票数超过到会人数',
        attendees: 10,
        votesFor: 8,
        votesAgainst: 3,
        votesAbstain: 0,
      },
      400,
    )

    const confirm = (personId: string, decisionId: unknown, status = 201) =>
      post(
        kuaiji,
        `${base}/members`,
        { personId, basis: 'original', sinceOn: '2026-03-01', decisionId },
        status,
      )
    const refused = await confirm(dashan.id, rejected.id, 400)
    expect(refused.error.details.fields?.[0]?.message).toContain('未获通过')
    const a = (await confirm(dashan.id, membership.id)) as unknown as Member
    const b = (await confirm(xiuying.id, membership.id)) as unknown as Member
    const c = (await confirm(xiaoming.id, membership.id)) as unknown as Member
    // Membership follows origin, not address: the member lives in the community, the books are the village's.
    expect(a.livesIn).toBe('张码花园社区')
    expect((await confirm(dashan.id, membership.id, 409)).error.message).toContain('已是本集体经济组织成员')

    const planDecision = await meeting('share_plan', 30)
    await post(kuaiji, `${base}/shares/plan`, {
      name: '李湾村股份经济合作社股权设置方案',
      totalShares: 100,
      effectiveOn: '2026-03-01',
      decisionId: planDecision.id,
    })
    const event = (body: Record<string, unknown>, status = 201) =>
      post(kuaiji, `${base}/shares/events`, { happenedOn: '2026-03-02', ...body }, status)
    await event({ kind: 'grant', toMemberId: a.id, shares: 40, decisionId: planDecision.id })
    await event({ kind: 'grant', toMemberId: b.id, shares: 35, decisionId: planDecision.id })
    // More than the collective has left, a grant without a decision, a transfer to a non-member: refused.
    expect(
      (await event({ kind: 'grant', toMemberId: c.id, shares: 26, decisionId: planDecision.id }, 422)).error
        .message,
    ).toContain('集体未配置的股份只剩 25 股')
    await event({ kind: 'grant', toMemberId: c.id, shares: 5 }, 400)
    const outsider = await event(
      { kind: 'transfer', fromMemberId: a.id, toMemberId: membership.id, shares: 1 },
      422,
    )
    expect(outsider.error.message).toContain('受让人不是本集体经济组织成员')
    await event({ kind: 'transfer', fromMemberId: a.id, toMemberId: c.id, shares: 10 })

    // 李大山 dies: his membership ends, his shares pass to 李小明 by inheritance — not by transfer.
    await post(
      kuaiji,
      `${base}/members/${a.id}/end`,
      { version: a.version, endedOn: '2026-06-01', reason: 'deceased' },
      200,
    )
    expect(
      (await event({ kind: 'transfer', fromMemberId: a.id, toMemberId: c.id, shares: 30 }, 422)).error
        .message,
    ).toContain('继承或回购')
    await event({ kind: 'inheritance', fromMemberId: a.id, toMemberId: c.id, shares: 30 })
    // Two grants of the last 25 shares at the same moment: the plan's lock lets exactly one through.
    const race = await Promise.all(
      [xiuying, xiaoming].map((_, i) =>
        kuaiji.request('POST', `${base}/shares/events`, {
          kind: 'grant',
          toMemberId: i === 0 ? b.id : c.id,
          shares: 20,
          decisionId: planDecision.id,
          happenedOn: '2026-06-02',
        }),
      ),
    )
    expect(race.map((r) => r.statusCode).sort()).toEqual([201, 422])
    const won = race[0]?.statusCode === 201 ? b.id : c.id
    await event({ kind: 'buyback', fromMemberId: won, shares: 20, decisionId: planDecision.id })
    const shares = (await kuaiji.request('GET', `${base}/shares`)).json<Shares>()
    expect(shares.addsUp).toBe(true)
    expect(shares.collectiveShares).toBe(25)
    expect(shares.holders.map((h) => [h.name, h.shares])).toEqual([
      ['李小明', 40],
      ['李秀英', 35],
    ])
    expect(shares.events.map((e) => e.kind)).toEqual([
      'grant',
      'grant',
      'transfer',
      'inheritance',
      'grant',
      'buyback',
    ])
    // Share events are never changed, whatever the code does.
    await expect(t().ctx.db.updateTable('share_events').set({ shares: 1 }).execute()).rejects.toThrow(
      /append-only/,
    )
    await expect(t().ctx.db.deleteFrom('share_events').execute()).rejects.toThrow(/append-only/)
  })

  it('is the village’s own: another village’s accountant and the community see nothing', async () => {
    const { li } = await setup(t())
    const base = `/api/v1/villages/${li.id}/collective`
    const other = await t().login('kuaiji2')
    expect((await other.request('GET', `${base}/members`)).statusCode).toBe(404)
    const shuji = await t().login('shuji')
    expect((await shuji.request('GET', `${base}/shares`)).statusCode).toBe(404)
    const shenji = await t().login('shenji')
    expect((await shenji.request('GET', `${base}/members`)).statusCode).toBe(200)
  })
})
