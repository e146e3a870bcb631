// 三保留 — independent accounting: two villages keep books side by side, and no figure of one ever
// contains a fen of the other's — not the trial balance, not the statements, not the ledger, not the
// disclosure table. The auditor who reads both sees each on its own.
import { describe, expect, it } from 'vitest'
import { useTestApp, type Client } from '../../../test/setup/app.js'
import { demoWorld } from '../../../test/setup/factories.js'
import { systemActor } from '../../platform/access.js'
import { startOfLocalDay } from '../../platform/time.js'
import { createUser, grantRole } from '../accounts/index.js'

const PASSWORD = 'reviewer-pass-2026'

async function send<T>(c: Client, url: string, body: unknown, status: number) {
  const res = await c.request('POST', url, body)
  expect(res.statusCode, res.body).toBe(status)
  return res.json<T>()
}
async function read<T>(c: Client, url: string) {
  const res = await c.request('GET', url)
  expect(res.statusCode, res.body).toBe(200)
  return res.json<T>()
}

describe('two villages’ books side by side', () => {
  const t = useTestApp()

  it('never mix: each figure is the village’s own', async () => {
    t().ctx.clock = () => startOfLocalDay('2026-03-20') + 10 * 3600_000
    const world = await demoWorld(t().ctx.db)
    const [li, kong] = world.villages
    if (!li || !kong) throw new Error('demo villages missing')
    // 孔连村 gets a reviewer of its own.
    const { id } = await createUser(t().ctx.db, {
      actor: systemActor('test'),
      user: { username: 'kongshenhe', displayName: '孔连村审核', password: PASSWORD },
      now: Date.now(),
    })
    await grantRole(t().ctx.db, {
      actor: systemActor('test'),
      userId: id,
      role: 'village_accountant',
      scope: { kind: 'village', id: kong.id },
      now: Date.now(),
    })
    const villages = [
      { v: li, maker: await t().login('kuaiji'), reviewer: await t().login('shenhe'), rent: 1_111_100 },
      {
        v: kong,
        maker: await t().login('kuaiji2'),
        reviewer: await t().login('kongshenhe', PASSWORD),
        rent: 2_222_200,
      },
    ]
    for (const { v, maker, reviewer, rent } of villages) {
      const books = `/api/v1/villages/${v.id}/books`
      await send(maker, books, { startPeriod: '2026-01' }, 201)
      const d = await send<{ id: string; version: number }>(
        maker,
        `${books}/vouchers`,
        {
          date: '2026-01-15',
          summary: '门面房租金',
          lines: [
            { accountCode: '102', debitFen: rent },
            { accountCode: '501', creditFen: rent },
          ],
        },
        201,
      )
      const r = await send<{ version: number }>(
        reviewer,
        `${books}/vouchers/${d.id}/review`,
        { version: d.version },
        200,
      )
      await send(maker, `${books}/vouchers/${d.id}/post`, { version: r.version }, 200)
      await send(maker, `${books}/periods/2026-01/close`, undefined, 200)
    }

    // The auditor of the park reads both — each on its own.
    const auditor = await t().login('shenji')
    for (const { v, maker, rent } of villages) {
      const books = `/api/v1/villages/${v.id}/books`
      for (const c of [maker, auditor]) {
        const tb = await read<{ rows: { code: string; closingFen: number }[] }>(
          c,
          `${books}/trial-balance?period=2026-01`,
        )
        expect(tb.rows.find((x) => x.code === '102')?.closingFen).toBe(rent)
        const income = await read<{ rows: { rowNo: number; valueFen: number }[] }>(
          c,
          `${books}/statements/income_distribution?period=2026-01`,
        )
        expect(income.rows.find((x) => x.rowNo === 1)?.valueFen).toBe(rent)
        const ledger = await read<{ entries: { kind: string; debitFen: number }[] }>(
          c,
          `${books}/ledger?accountCode=102&from=2026-01&to=2026-01`,
        )
        expect(ledger.entries.filter((e) => e.kind === 'line').map((e) => e.debitFen)).toEqual([rent])
      }
      const table = await send<{ content: { income: { totalPeriodFen: number } } }>(
        maker,
        `/api/v1/villages/${v.id}/disclosures`,
        { kind: 'month', year: 2026, no: 1 },
        201,
      )
      expect(table.content.income.totalPeriodFen).toBe(rent)
    }
  })
})
