import { describe, expect, it } from 'vitest'
import { toNumber } from '../db/index.js'
import { rebuildFigures } from '../modules/requests/index.js'
import { useTestApp } from '../../test/setup/app.js'
import { demoWorld } from '../../test/setup/factories.js'
import { testDialect } from '../../test/setup/db.js'
import { generateWorkItems } from './work-items.js'

describe(`generating residents' requests for benchmarks (${testDialect})`, () => {
  const t = useTestApp()

  it('writes three years of items whose kept figures equal a recount, and filing continues their numbers', async () => {
    const { ctx } = t()
    const db = ctx.db
    const before = toNumber(
      (await db.selectFrom('work_items').select(db.fn.countAll().as('n')).executeTakeFirstOrThrow()).n,
    )
    const now = Date.parse('2026-11-20T10:00:00+08:00')
    const report = await generateWorkItems(db, { items: 3000, seed: 3, now })
    expect(report.items).toBe(3000)
    const after = toNumber(
      (await db.selectFrom('work_items').select(db.fn.countAll().as('n')).executeTakeFirstOrThrow()).n,
    )
    expect(after - before).toBe(3000)

    // Over three years, with seasons: every year has items, and July outnumbers April.
    const generated = await db
      .selectFrom('work_items')
      .select(['reported_date', 'state', 'open', 'closed_date', 'rated_date', 'community_id', 'number'])
      .where('reported_at', '<', now)
      .execute()
    const years = new Set(generated.map((g) => g.reported_date.slice(0, 4)))
    expect([...years].sort()).toEqual(expect.arrayContaining(['2024', '2025', '2026']))
    const month = (m: string) => generated.filter((g) => g.reported_date.slice(5, 7) === m).length
    expect(month('07')).toBeGreaterThan(month('04'))
    // Old items are settled, recent ones are spread over the open states.
    const old = generated.filter((g) => g.reported_date < '2026-01-01')
    expect(old.filter((g) => g.open === 1).length / old.length).toBeLessThan(0.01)
    const states = new Set(generated.filter((g) => g.open === 1).map((g) => g.state))
    expect(states.size).toBeGreaterThanOrEqual(4)
    // Numbers are unique within a community and year.
    const numbers = new Set(generated.map((g) => `${g.community_id}|${g.number}`))
    expect(numbers.size).toBe(generated.length)

    // The daily figures were recomputed from the items: a second recount finds nothing to correct.
    const recount = await rebuildFigures(db)
    expect(recount.differing).toBe(0)

    // A request filed now takes the next number of its community's year.
    const w = await demoWorld(db)
    const last = await db
      .selectFrom('work_item_counters')
      .select('last')
      .where('community_id', '=', w.zhangma.id)
      .where('year', '=', 2026)
      .executeTakeFirstOrThrow()
    const wangge = await t().login('wangge1')
    const tree = (await wangge.request('GET', '/api/v1/org/tree')).json<{
      nodes: { id: string; kind: string; inScope: boolean }[]
    }>()
    const grid = tree.nodes.find((n) => n.kind === 'grid' && n.inScope)
    const filed = await wangge.request('POST', '/api/v1/requests', {
      requestType: 'repair',
      categoryCode: 'facilities.lamp',
      channel: 'patrol',
      description: '路灯不亮，生成数据之后的第一条',
      nodeId: grid?.id,
      confirmNotDuplicate: true,
    })
    expect(filed.statusCode, filed.body).toBe(200)
    expect(filed.json<{ item: { number: string } }>().item.number).toBe(
      `2026-${String(last.last + 1).padStart(6, '0')}`,
    )
  })
})
