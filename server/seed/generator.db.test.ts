import { sql } from 'kysely'
import { contributions, type FigureFields } from '../modules/requests/figures.domain.js'
import { describe, expect, it } from 'vitest'
import { toNumber, type Db } from '../db/index.js'
import { identifierHash, unseal } from '../platform/pii.js'
import { checkPhone, checkResidentId } from '../modules/registry/person.domain.js'
import { useTestApp } from '../../test/setup/app.js'
import { demoWorld } from '../../test/setup/factories.js'
import { testDialect } from '../../test/setup/db.js'
import { holdingsOf } from '../modules/collective/collective.service.js'
import { seedDemo, seedDemoWithStats } from './demo.js'
import { generateCommunity, generateDistrict } from './generator.js'

async function count(db: Db, query: string): Promise<number> {
  const { rows } = await sql<{ n: unknown }>`${sql.raw(query)}`.execute(db)
  return toNumber(rows[0]?.n)
}

describe(`generating a community (${testDialect})`, () => {
  const t = useTestApp()

  async function generate() {
    const { ctx } = t()
    const w = await demoWorld(ctx.db)
    const { stats } = await generateCommunity(ctx.db, ctx.pii, {
      communityId: w.zhangma.id,
      residents: 600,
      seed: 7,
      villages: w.villages,
      buildings: 16,
      firstYear: 2017,
    })
    return { ctx, w, stats }
  }

  it('writes rows that keep the registry’s rules', async () => {
    const { ctx, w, stats } = await generate()
    const db = ctx.db
    const c = `'${w.zhangma.id}'`
    expect(stats.residents).toBeGreaterThanOrEqual(600)
    expect(stats.buildings).toBe(16)
    expect(await count(db, `select count(*) as n from persons where community_id = ${c}`)).toBe(stats.persons)

    // Everyone lives at a room or (having left) at the community itself.
    expect(
      await count(
        db,
        `select count(*) as n from persons p where p.community_id = ${c} and not exists
           (select 1 from org_nodes n where n.path = p.path and n.kind in ('room', 'community'))`,
      ),
    ).toBe(0)
    // Current members live where their household lives.
    expect(
      await count(
        db,
        `select count(*) as n from household_members m join persons p on p.id = m.person_id
           join households h on h.id = m.household_id
         where h.community_id = ${c} and m.left_on is null and p.status = 'active' and p.path <> h.path`,
      ),
    ).toBe(0)
    // Every household has a head who is one of its current members.
    expect(
      await count(
        db,
        `select count(*) as n from households h where h.community_id = ${c} and not exists
           (select 1 from household_members m where m.household_id = h.id
              and m.person_id = h.head_person_id and m.left_on is null)`,
      ),
    ).toBe(0)
    // A household's residences never overlap ([moved in, moved out)); a current household has exactly
    // one open residence, in its room; a room holds one household at a time.
    expect(
      await count(
        db,
        `select count(*) as n from residences a join residences b
           on a.household_id = b.household_id and a.id < b.id
         where a.community_id = ${c}
           and a.moved_in_on < coalesce(b.moved_out_on, '9999-12-31')
           and b.moved_in_on < coalesce(a.moved_out_on, '9999-12-31')`,
      ),
    ).toBe(0)
    expect(
      await count(
        db,
        `select count(*) as n from residences a join residences b
           on a.room_id = b.room_id and a.id < b.id
         where a.community_id = ${c}
           and a.moved_in_on < coalesce(b.moved_out_on, '9999-12-31')
           and b.moved_in_on < coalesce(a.moved_out_on, '9999-12-31')`,
      ),
    ).toBe(0)
    expect(
      await count(
        db,
        `select count(*) as n from households h where h.community_id = ${c} and h.room_id is not null and
           (select count(*) from residences r where r.household_id = h.id and r.moved_out_on is null
              and r.room_id = h.room_id) <> 1`,
      ),
    ).toBe(0)
    expect(
      await count(
        db,
        `select count(*) as n from org_nodes r where r.community_id = ${c} and r.kind = 'room'
           and r.room_use = 'dwelling' and r.room_state in ('vacant', 'renovating')
           and exists (select 1 from residences x where x.room_id = r.id and x.moved_out_on is null)`,
      ),
    ).toBe(0)
    // Some history: households that left, families that moved within the community.
    expect(
      await count(
        db,
        `select count(*) as n from residences where community_id = ${c} and moved_out_on is not null`,
      ),
    ).toBeGreaterThan(0)
    expect(
      await count(
        db,
        `select count(*) as n from persons where community_id = ${c} and status = 'moved_away'`,
      ),
    ).toBeGreaterThan(0)

    // Identifiers: sealed, hashed and tailed as the product stores them, and valid when opened.
    const persons = await db
      .selectFrom('persons')
      .selectAll()
      .where('community_id', '=', w.zhangma.id)
      .execute()
    for (const p of persons) {
      if (p.id_type === 'none') {
        expect([p.id_hash, p.id_tail, p.id_sealed]).toEqual([null, null, null])
      } else {
        const id = unseal(ctx.pii, p.id_sealed ?? '')
        const check = checkResidentId(id)
        expect(check.ok, id).toBe(true)
        expect([check.birthDate, check.sex]).toEqual([p.birth_date, p.sex])
        expect([identifierHash(ctx.pii, id), id.slice(-4)]).toEqual([p.id_hash, p.id_tail])
      }
      if (p.phone_sealed) {
        const phone = unseal(ctx.pii, p.phone_sealed)
        expect(checkPhone(phone).ok).toBe(true)
        expect([identifierHash(ctx.pii, phone), phone.slice(-4)]).toEqual([p.phone_hash, p.phone_tail])
      }
    }
    expect(persons.some((p) => p.id_type === 'none')).toBe(true)
    expect(new Set(persons.map((p) => p.phone_hash).filter(Boolean)).size).toBe(
      persons.filter((p) => p.phone_hash).length,
    )
    expect(persons.filter((p) => p.hukou === 'floating').every((p) => p.origin_village_id === null)).toBe(
      true,
    )

    // The fused network on the tree: committee, 5 departments, residents' committee, a branch per
    // grid, a group per building.
    const units = await db
      .selectFrom('org_units')
      .selectAll()
      .where('community_id', '=', w.zhangma.id)
      .execute()
    const kinds = (k: string) => units.filter((u) => u.kind === k).length
    expect([kinds('party_committee'), kinds('department'), kinds('residents_committee')]).toEqual([1, 5, 1])
    expect([kinds('party_branch'), kinds('party_group')]).toEqual([4, 16])
    expect(await count(db, `select count(*) as n from community_villages where community_id = ${c}`)).toBe(5)

    // Posts: cross-appointed secretary (community + park), former village secretaries leading branches.
    const secretary = await db
      .selectFrom('posts')
      .select('person_id')
      .where('community_id', '=', w.zhangma.id)
      .where('post_type', '=', 'community_party_secretary')
      .executeTakeFirstOrThrow()
    const secretaryPosts = await db
      .selectFrom('posts')
      .select(['post_type', 'node_id'])
      .where('person_id', '=', secretary.person_id)
      .execute()
    expect(secretaryPosts.map((p) => p.post_type).sort()).toEqual([
      'community_party_secretary',
      'community_staff',
      'party_member',
      'street_leader',
    ])
    expect(secretaryPosts.find((p) => p.post_type === 'street_leader')?.node_id).toBe(w.park.id)
    expect(
      await count(
        db,
        `select count(*) as n from posts b join posts v on v.person_id = b.person_id
         where b.community_id = ${c} and b.post_type = 'grid_branch_secretary'
           and v.post_type = 'village_party_secretary' and v.ended_on is not null`,
      ),
    ).toBeGreaterThan(0)
    expect(
      await count(
        db,
        `select count(*) as n from posts p join org_nodes n on n.id = p.node_id where p.path <> n.path`,
      ),
    ).toBe(0)

    // 1+5+10 with its deliberate gaps, as the product's own coverage figures show them.
    const perMember = await db
      .selectFrom('contacts')
      .select(['from_person_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('community_id', '=', w.zhangma.id)
      .where('kind', '=', 'member_household')
      .groupBy('from_person_id')
      .execute()
    expect(perMember.filter((r) => toNumber(r.n) === 12)).toHaveLength(1)
    expect(perMember.every((r) => toNumber(r.n) <= 12)).toBe(true)
    const perLeader = await db
      .selectFrom('contacts')
      .select(['from_person_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('community_id', '=', w.zhangma.id)
      .where('kind', '=', 'leader_member')
      .groupBy('from_person_id')
      .execute()
    expect(perLeader.some((r) => toNumber(r.n) === 3)).toBe(true)
    expect(
      await count(
        db,
        `select count(*) as n from contacts k join persons p on p.id = k.from_person_id
         where k.community_id = ${c} and p.party_member = 0`,
      ),
    ).toBe(0)
    expect(stats.coverage.uncovered).toBeGreaterThan(0)
    expect(stats.coverage.covered).toBeGreaterThan(stats.coverage.households * 0.6)
    const secretaryClient = await t().login('shuji')
    const coverage = await secretaryClient.request('GET', `/api/v1/org/nodes/${w.grids[0]?.id}/coverage`)
    expect(coverage.statusCode).toBe(200)
    const grid1 = coverage.json<{ households: { total: number; covered: number; uncovered: number } }>()
    expect(grid1.households.uncovered).toBe(grid1.households.total - grid1.households.covered)
    expect(grid1.households.covered).toBeGreaterThan(0)

    // Tags with the cadre responsible; a few restricted ones.
    expect(
      await count(
        db,
        `select count(*) as n from person_tags g join persons p on p.id = g.person_id
         where p.community_id = ${c} and g.responsible_person_id is null`,
      ),
    ).toBe(0)
    expect(stats.restrictedTags).toBeGreaterThanOrEqual(2)
    expect(
      await count(
        db,
        `select count(*) as n from facilities where community_id = ${c} and category = 'street_lamp'`,
      ),
    ).toBe(32)

    // One audit entry for the whole batch.
    const audit = await db
      .selectFrom('audit_log')
      .select('summary')
      .where('action', '=', 'seed.generate_community')
      .where('target_id', '=', w.zhangma.id)
      .execute()
    expect(audit).toHaveLength(1)
  })
})

describe(`the full demo (${testDialect})`, () => {
  const t = useTestApp({ seed: false })

  it('seeds 张码花园社区 with about 4,000 residents, the demo users holding the posts of their grants', async () => {
    const { ctx } = t()
    const result = await seedDemoWithStats(ctx.db, { size: 'full', pii: ctx.pii, requests: 120, errands: 30 })
    expect(result.seeded).toBe(true)
    // 红代办: errands for residents with care tags, most confirmed, the last fortnight's still open.
    const errands = await ctx.db
      .selectFrom('work_items')
      .select(['state', 'reporter_person_id'])
      .where('kind', '=', 'proxy')
      .execute()
    expect(errands).toHaveLength(30)
    expect(errands.filter((e) => e.state === 'closed' || e.state === 'rated').length).toBeGreaterThan(20)
    expect(errands.every((e) => e.reporter_person_id !== null)).toBe(true)
    const [zhangma, huahe] = result.communities
    expect(zhangma).toMatchObject({ name: '张码花园社区', grids: 4, buildings: 40 })
    expect(zhangma?.households).toBeGreaterThan(1200)
    expect(zhangma?.households).toBeLessThan(1450)
    expect(zhangma?.residents).toBeGreaterThanOrEqual(4000)
    expect(zhangma?.residents).toBeLessThan(4200)
    expect(zhangma?.partyMembers).toBeGreaterThan(130)
    expect(zhangma?.partyMembers).toBeLessThan(180)
    expect(huahe?.residents).toBeGreaterThanOrEqual(1500)

    const db = ctx.db
    const held = async (name: string) =>
      db
        .selectFrom('posts')
        .innerJoin('persons', 'persons.id', 'posts.person_id')
        .leftJoin('users', 'users.id', 'posts.user_id')
        .leftJoin('grants', 'grants.id', 'posts.grant_id')
        .select(['posts.title', 'users.username', 'grants.role', 'grants.post_id', 'posts.id'])
        .where('persons.name', '=', name)
        .orderBy('posts.title')
        .execute()
    const shuji = await held('李秀兰')
    expect(shuji.map((p) => p.title)).toEqual([
      '党员',
      '淮安工业园区党工委委员',
      '社区党委书记',
      '社区居委会主任',
    ])
    const secretaryPost = shuji.find((p) => p.title === '社区党委书记')
    expect(secretaryPost).toMatchObject({ username: 'shuji', role: 'community_secretary' })
    expect(secretaryPost?.post_id).toBe(secretaryPost?.id)
    const wangge = await held('陈志强')
    expect(wangge.map((p) => [p.title, p.username, p.role])).toEqual([
      ['党员', 'wangge1', 'party_member'],
      ['第一网格网格员', 'wangge1', 'grid_worker'],
    ])
    const kuaiji = await held('孔德明')
    expect(kuaiji.map((p) => [p.title, p.username, p.role])).toContainEqual([
      '李湾村会计',
      'kuaiji',
      'village_accountant',
    ])

    // The tree the tests build on is still there: grid 1 keeps 1–3号楼, with more buildings after them.
    const w = await demoWorld(db)
    expect(w.grid1Buildings.slice(0, 3).map((b) => b.name)).toEqual(['1号楼', '2号楼', '3号楼'])
    expect(w.grid1Buildings.length).toBe(10)
    expect(await count(db, `select count(*) as n from community_villages`)).toBe(10)

    // A year of requests made through the services: most closed and rated, the daily figures
    // equal to a recount of the items.
    const items = await db.selectFrom('work_items').selectAll().where('kind', '=', 'request').execute()
    expect(items).toHaveLength(120)
    expect(items.filter((i) => i.state === 'rated' || i.state === 'closed').length).toBeGreaterThan(80)
    expect(new Set(items.map((i) => i.reported_date.slice(0, 7))).size).toBeGreaterThan(9)
    const recount = new Map<string, number>()
    for (const i of items)
      for (const c of contributions(i as unknown as FigureFields)) {
        const key = `${i.grid_id ?? i.community_id}|${c.day}|${c.count}`
        recount.set(key, (recount.get(key) ?? 0) + 1)
      }
    const daily = await db.selectFrom('work_figures_daily').selectAll().where('value', '!=', 0).execute()
    expect(new Map(daily.map((r) => [`${r.node_id}|${r.day}|${r.count}`, r.value]))).toEqual(recount)

    // 李湾村股份经济合作社: 24 adult members of the village's origin, 50 shares each, 800 left with
    // the collective; the shares add up to the plan.
    const liwan = await db
      .selectFrom('villages')
      .select('id')
      .where('name', '=', '李湾村')
      .executeTakeFirstOrThrow()
    const members = await db
      .selectFrom('collective_members as m')
      .innerJoin('persons as p', 'p.id', 'm.person_id')
      .select(['p.origin_village_id', 'm.status'])
      .where('m.village_id', '=', liwan.id)
      .execute()
    expect(members).toHaveLength(24)
    expect(members.every((m) => m.origin_village_id === liwan.id && m.status === 'active')).toBe(true)
    const { h } = await holdingsOf(db, liwan.id)
    expect([h.total, h.collective, [...h.byMember.values()].reduce((a, b) => a + b, 0)]).toEqual([
      2000, 800, 1200,
    ])

    // Seeding twice does nothing.
    expect(await seedDemo(db, { size: 'full', pii: ctx.pii })).toBe(false)
  })
})

describe(`generating a district (${testDialect})`, () => {
  const t = useTestApp({ seed: false })

  it('spreads communities of skewed sizes over streets and a park', async () => {
    const { ctx } = t()
    const progress: number[] = []
    const stats = await generateDistrict(ctx.db, ctx.pii, {
      communities: 4,
      persons: 3000,
      seed: 5,
      worker: false,
      onProgress: (p) => progress.push(p.done),
    })
    expect(progress).toEqual([1, 2, 3, 4])
    expect(stats.communities).toBe(4)
    expect(stats.residents).toBeGreaterThanOrEqual(3000)
    expect(stats.persons).toBe(await count(ctx.db, 'select count(*) as n from persons'))
    expect(stats.largest.residents).toBeGreaterThan(stats.smallest.residents)
    const kinds = await ctx.db
      .selectFrom('org_nodes')
      .select(['kind', (eb) => eb.fn.countAll<number>().as('n')])
      .where('kind', 'in', ['district', 'street', 'park', 'community'])
      .groupBy('kind')
      .orderBy('kind')
      .execute()
    expect(kinds.map((k) => [k.kind, toNumber(k.n)])).toEqual([
      ['community', 4],
      ['district', 1],
      ['park', 1],
      ['street', 1],
    ])
    expect(
      await count(
        ctx.db,
        `select count(*) as n from persons p where not exists
           (select 1 from org_nodes n where n.path = p.path and n.kind in ('room', 'community'))`,
      ),
    ).toBe(0)
    expect(await count(ctx.db, 'select count(distinct village_id) as n from community_villages')).toBe(
      stats.villages,
    )
  })
})
