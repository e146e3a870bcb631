import { describe, expect, it } from 'vitest'
import { useTestApp } from '../../../test/setup/app.js'
import { seedDemoWithStats } from '../../seed/demo.js'
import { localDate } from '../../platform/time.js'

describe('党员报到 in the full demo', () => {
  const t = useTestApp({ seed: false })

  it('registers the community’s party members, and 孙永福 (dangyuan) signs in to a year of confirmed service', async () => {
    const { ctx } = t()
    await seedDemoWithStats(ctx.db, { size: 'full', pii: ctx.pii, requests: 10, errands: 5 })
    const homes = await ctx.db
      .selectFrom('party_registrations')
      .select(['home_name', 'home_kind'])
      .where('status', '=', 'active')
      .execute()
    expect(homes.length).toBeGreaterThan(30)
    expect(homes.some((h) => h.home_name === '李湾村党支部')).toBe(true)
    expect(homes.some((h) => h.home_kind === 'workplace')).toBe(true)
    const dangyuan = await t().login('dangyuan')
    const zhangma = await ctx.db
      .selectFrom('org_nodes')
      .select('id')
      .where('code', '=', '320812400001')
      .executeTakeFirstOrThrow()
    const me = (await dangyuan.request('GET', `/api/v1/party/me?communityId=${zhangma.id}`)).json<{
      id: string
      name: string
      homeName: string
    }>()
    expect(me).toMatchObject({ name: '孙永福', homeName: '李湾村党支部' })
    const today = localDate(Date.now())
    const from = localDate(Date.now() - 364 * 86_400_000)
    const record = (
      await dangyuan.request('GET', `/api/v1/party/members/${me.id}/record?from=${from}&to=${today}`)
    ).json<{ totals: { confirmedMinutes: number; meetings: number }; posts: unknown[] }>()
    expect(record.totals.confirmedMinutes).toBeGreaterThan(0)
    expect(record.totals.meetings).toBeGreaterThan(5)
    expect(record.posts.length).toBe(1)
    const shuji = await t().login('shuji')
    const figures = (
      await shuji.request('GET', `/api/v1/party/figures?nodeId=${zhangma.id}&from=${from}&to=${today}`)
    ).json<{ totals: { members: number; minutes: number; attendances: number } }>()
    expect(figures.totals.members).toBe(homes.length)
    expect(figures.totals.minutes).toBeGreaterThan(0)
  }, 120_000)
})
