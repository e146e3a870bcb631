import fc from 'fast-check'
import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { useTestApp, type Client, type TestApp } from '../../../test/setup/app.js'
import { demoWorld } from '../../../test/setup/factories.js'
import { loadGrants } from '../../platform/sessions.js'
import { newId } from '../../platform/ids.js'
import type { Actor } from '../../platform/access.js'
import { startOfLocalDay } from '../../platform/time.js'
import {
  closePeriod,
  createVoucher,
  getTrialBalance,
  openBooks,
  postVoucher,
  reverseVoucher,
  reviewVoucher,
} from './books.service.js'

interface Voucher {
  id: string
  number: number | null
  label: string | null
  state: string
  version: number
  lines: { accountCode: string; debitFen: number; creditFen: number }[]
  reversedBy: { id: string } | null
}
interface Tb {
  rows: {
    code: string
    closingFen: number
    openingFen: number
    debitFen: number
    creditFen: number
    closingSideZh: string
  }[]
  totals: Record<string, number>
  balanced: boolean
}
interface ErrorBody {
  error: { code: string; message: string; details: { fields?: { path: string; message: string }[] } }
}

/** 10:00 on 20 March 2026, Beijing time. */
const MARCH_20 = startOfLocalDay('2026-03-20') + 10 * 3600_000

async function liwan(t: TestApp) {
  const world = await demoWorld(t.ctx.db)
  const [li, kong] = world.villages
  if (!li || !kong) throw new Error('demo villages missing')
  return { li, kong }
}

function books(villageId: string) {
  return `/api/v1/villages/${villageId}/books`
}

async function open(c: Client, villageId: string, startPeriod = '2026-01') {
  const res = await c.request('POST', books(villageId), { startPeriod })
  expect(res.statusCode, res.body).toBe(201)
}

async function draft(c: Client, villageId: string, body: Record<string, unknown>, status = 201) {
  const res = await c.request('POST', `${books(villageId)}/vouchers`, body)
  expect(res.statusCode, res.body).toBe(status)
  return res.json<Voucher & ErrorBody>()
}

async function step(c: Client, villageId: string, v: Voucher, what: 'review' | 'post', status = 200) {
  const res = await c.request('POST', `${books(villageId)}/vouchers/${v.id}/${what}`, { version: v.version })
  expect(res.statusCode, res.body).toBe(status)
  return res.json<Voucher & ErrorBody>()
}

const rent = {
  date: '2026-01-10',
  summary: '收到门面房租金',
  attachments: 2,
  lines: [
    { accountCode: '102', debitFen: 12_000_000 },
    { accountCode: '501', creditFen: 12_000_000, summary: '门面房2026年1月租金' },
  ],
}

describe('a village’s books: vouchers drafted, reviewed, posted, reversed; periods closed', () => {
  const t = useTestApp()

  it('keeps a voucher only when it balances to the fen, and numbers it when it is posted', async () => {
    t().ctx.clock = () => MARCH_20
    const { li } = await liwan(t())
    const kuaiji = await t().login('kuaiji')
    const shenhe = await t().login('shenhe')
    await open(kuaiji, li.id)
    const accounts = (await kuaiji.request('GET', `${books(li.id)}/accounts`)).json<{
      items: { code: string }[]
    }>()
    expect(accounts.items).toHaveLength(47)

    // Sub-accounts: 应收款 per household for members, 单位 for others.
    const sub = await kuaiji.request('POST', `${books(li.id)}/accounts`, {
      parentCode: '112',
      code: '11201',
      name: '单位往来',
    })
    expect(sub.statusCode, sub.body).toBe(201)
    await kuaiji.request('POST', `${books(li.id)}/accounts`, {
      parentCode: '112',
      code: '11202',
      name: '农户往来',
      perHousehold: true,
    })
    const badCode = await kuaiji.request('POST', `${books(li.id)}/accounts`, {
      parentCode: '112',
      code: '1139',
      name: '错码',
    })
    expect(badCode.statusCode).toBe(400)

    // Not balanced, one line, both sides, a parent account, no household: refused, nothing kept.
    const off = await draft(
      kuaiji,
      li.id,
      {
        ...rent,
        lines: [
          { accountCode: '102', debitFen: 12_000_000 },
          { accountCode: '501', creditFen: 11_999_999 },
        ],
      },
      400,
    )
    expect(off.error.details.fields?.[0]?.message).toBe(
      '借贷不平：借方合计 120000.00，贷方合计 119999.99，相差 0.01',
    )
    const lonely = await draft(
      kuaiji,
      li.id,
      { ...rent, lines: [{ accountCode: '102', debitFen: 100 }] },
      400,
    )
    expect(lonely.error.details.fields?.[0]?.message).toContain('至少要有两行')
    await draft(
      kuaiji,
      li.id,
      {
        ...rent,
        lines: [
          { accountCode: '102', debitFen: 100, creditFen: 100 },
          { accountCode: '501', creditFen: 100 },
        ],
      },
      400,
    )
    const parent = await draft(
      kuaiji,
      li.id,
      {
        ...rent,
        lines: [
          { accountCode: '112', debitFen: 100 },
          { accountCode: '501', creditFen: 100 },
        ],
      },
      400,
    )
    expect(parent.error.details.fields?.[0]).toMatchObject({ path: '/lines/0/accountCode' })
    const noHousehold = await draft(
      kuaiji,
      li.id,
      {
        ...rent,
        lines: [
          { accountCode: '11202', debitFen: 100 },
          { accountCode: '501', creditFen: 100 },
        ],
      },
      400,
    )
    expect(noHousehold.error.details.fields?.[0]?.message).toContain('按户核算')
    // Fractions of a fen, negative amounts and strings never reach the rules.
    for (const amount of [100.5, -100, '100'])
      await draft(
        kuaiji,
        li.id,
        {
          ...rent,
          lines: [
            { accountCode: '102', debitFen: amount },
            { accountCode: '501', creditFen: 100 },
          ],
        },
        400,
      )
    const none = (await kuaiji.request('GET', `${books(li.id)}/vouchers`)).json<{ items: unknown[] }>()
    expect(none.items).toEqual([])

    let v = await draft(kuaiji, li.id, rent)
    expect(v).toMatchObject({ state: 'draft', number: null })
    // The maker does not review their own voucher.
    const self = await step(kuaiji, li.id, v, 'review', 422)
    expect(self.error.message).toContain('制单人不能审核')
    // Posting needs a review first.
    await step(kuaiji, li.id, v, 'post', 409)
    v = await step(shenhe, li.id, v, 'review')
    v = await step(kuaiji, li.id, v, 'post')
    expect(v).toMatchObject({ state: 'posted', number: 1, label: '记-001' })

    // Posted: never edited — not through the API, and not behind its back either.
    const edit = await kuaiji.request('PUT', `${books(li.id)}/vouchers/${v.id}`, {
      ...rent,
      version: v.version,
    })
    expect(edit.statusCode).toBe(409)
    await expect(
      t().ctx.db.updateTable('vouchers').set({ summary: '改' }).where('id', '=', v.id).execute(),
    ).rejects.toThrow(/never changed/)
    await expect(
      t()
        .ctx.db.updateTable('voucher_lines')
        .set({ debit_fen: 1 })
        .where('voucher_id', '=', v.id)
        .where('line_no', '=', 1)
        .execute(),
    ).rejects.toThrow(/never changed/)
    await expect(
      t().ctx.db.deleteFrom('voucher_lines').where('voucher_id', '=', v.id).execute(),
    ).rejects.toThrow(/never changed/)

    // A mistake is reversed in red: same lines, amounts negated; once only.
    const red = await kuaiji.request('POST', `${books(li.id)}/vouchers/${v.id}/reversal`, {
      version: v.version,
      date: '2026-01-31',
    })
    expect(red.statusCode, red.body).toBe(201)
    let r = red.json<Voucher>()
    expect(r.lines.map((l) => [l.accountCode, l.debitFen, l.creditFen])).toEqual([
      ['102', -12_000_000, 0],
      ['501', 0, -12_000_000],
    ])
    r = await step(shenhe, li.id, r, 'review')
    r = await step(kuaiji, li.id, r, 'post')
    expect(r.label).toBe('记-002')
    const twice = await kuaiji.request('POST', `${books(li.id)}/vouchers/${v.id}/reversal`, {
      version: v.version,
    })
    expect(twice.statusCode).toBe(409)
    const tb = (await kuaiji.request('GET', `${books(li.id)}/trial-balance?period=2026-01`)).json<Tb>()
    expect(tb.balanced).toBe(true)
    expect(tb.rows.find((row) => row.code === '102')).toMatchObject({ debitFen: 0, closingFen: 0 })
  })

  it('numbers vouchers posted at the same moment by two accountants without a gap or a repeat', async () => {
    t().ctx.clock = () => MARCH_20
    const { li } = await liwan(t())
    const kuaiji = await t().login('kuaiji')
    const shenhe = await t().login('shenhe')
    await open(kuaiji, li.id)
    const reviewed: Voucher[] = []
    for (let i = 0; i < 8; i++) {
      const maker = i % 2 === 0 ? kuaiji : shenhe
      const reviewer = i % 2 === 0 ? shenhe : kuaiji
      const v = await draft(maker, li.id, { ...rent, date: '2026-02-05', summary: `租金 ${String(i)}` })
      reviewed.push(await step(reviewer, li.id, v, 'review'))
    }
    const posted = await Promise.all(
      reviewed.map((v, i) =>
        (i % 2 === 0 ? kuaiji : shenhe).request('POST', `${books(li.id)}/vouchers/${v.id}/post`, {
          version: v.version,
        }),
      ),
    )
    expect(posted.map((p) => p.statusCode)).toEqual(Array(8).fill(200))
    expect(posted.map((p) => p.json<Voucher>().number).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8,
    ])
  })

  it('closes a period only when it is all posted, in order, and then takes nothing more', async () => {
    t().ctx.clock = () => MARCH_20
    const { li } = await liwan(t())
    const kuaiji = await t().login('kuaiji')
    const shenhe = await t().login('shenhe')
    await open(kuaiji, li.id)
    let jan = await draft(kuaiji, li.id, rent)
    const feb = await draft(kuaiji, li.id, { ...rent, date: '2026-02-10' })
    const early = await kuaiji.request('POST', `${books(li.id)}/periods/2026-02/close`)
    expect(early.json<ErrorBody>().error.message).toContain('请先结账 2026-01')
    const unposted = await kuaiji.request('POST', `${books(li.id)}/periods/2026-01/close`)
    expect(unposted.statusCode).toBe(422)
    expect(unposted.json<ErrorBody>().error.message).toContain('1 张凭证未记账')
    jan = await step(kuaiji, li.id, await step(shenhe, li.id, jan, 'review'), 'post')
    const closed = await kuaiji.request('POST', `${books(li.id)}/periods/2026-01/close`)
    expect(closed.statusCode, closed.body).toBe(200)
    expect(closed.json<{ periods: { period: string; state: string }[] }>().periods[0]).toMatchObject({
      period: '2026-01',
      state: 'closed',
    })
    // Closed: no new voucher dated in it, no posting into it, no reversal dated in it.
    const late = await draft(kuaiji, li.id, { ...rent, date: '2026-01-31' }, 409)
    expect(late.error.message).toContain('2026-01 已结账')
    const back = await kuaiji.request('POST', `${books(li.id)}/vouchers/${jan.id}/reversal`, {
      version: jan.version,
      date: '2026-01-31',
    })
    expect(back.statusCode).toBe(409)
    // February's opening balance is January's close.
    const tb = (await kuaiji.request('GET', `${books(li.id)}/trial-balance?period=2026-02`)).json<Tb>()
    expect(tb.rows.find((r) => r.code === '102')).toMatchObject({ openingFen: 12_000_000, debitFen: 0 })
    expect(feb.state).toBe('draft')
    // A period not yet over is not closed.
    const future = await kuaiji.request('POST', `${books(li.id)}/periods/2026-04/close`)
    expect(future.statusCode).toBe(422)
  })

  it('shows a village’s books to its own accountants and the area’s auditors only', async () => {
    t().ctx.clock = () => MARCH_20
    const { li, kong } = await liwan(t())
    const kuaiji = await t().login('kuaiji')
    await open(kuaiji, li.id)
    await draft(kuaiji, li.id, rent)
    const other = await t().login('kuaiji2')
    expect((await other.request('GET', books(li.id))).statusCode).toBe(404)
    expect((await other.request('GET', `${books(li.id)}/vouchers`)).statusCode).toBe(404)
    expect((await other.request('POST', `${books(li.id)}/vouchers`, rent)).statusCode).toBe(404)
    // Nor does 李湾村's accountant reach 孔连村's books.
    expect((await kuaiji.request('POST', books(kong.id), { startPeriod: '2026-01' })).statusCode).toBe(404)
    // The community does not read the books (only what is disclosed); the auditor reads, never writes.
    const shuji = await t().login('shuji')
    expect((await shuji.request('GET', books(li.id))).statusCode).toBe(404)
    const shenji = await t().login('shenji')
    expect((await shenji.request('GET', `${books(li.id)}/vouchers`)).statusCode).toBe(200)
    const write = await shenji.request('POST', `${books(li.id)}/vouchers`, rent)
    expect([403, 404]).toContain(write.statusCode)
  })
})

describe('a village’s books under any sequence of accepted operations', () => {
  const t = useTestApp()

  it('stay balanced, and every account’s balance is the sum of what was posted to it', async () => {
    const { db } = t().ctx
    const world = await demoWorld(db)
    const userOf = async (username: string): Promise<Actor> => {
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
    const leafCodes = ['101', '102', '112', '211', '301', '501', '503', '511', '513']
    const op = fc.oneof(
      fc.record({
        kind: fc.constant('voucher' as const),
        month: fc.integer({ min: 1, max: 3 }),
        lines: fc.array(
          fc.record({
            code: fc.constantFrom(...leafCodes),
            fen: fc.integer({ min: 1, max: 5_000_000 }),
            debit: fc.boolean(),
          }),
          { minLength: 1, maxLength: 5 },
        ),
      }),
      fc.record({ kind: fc.constant('reverse' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('unbalanced' as const), fen: fc.integer({ min: 1, max: 1000 }) }),
    )
    let run = 0
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 8 }), async (ops) => {
        run++
        // A village of its own for each run, in the demo's park, with books from January.
        const villageId = newId()
        const now = Date.now()
        await db
          .insertInto('villages')
          .values({
            id: villageId,
            code: `T${String(run).padStart(5, '0')}${villageId.slice(-4)}`,
            name: `试算村${String(run)}`,
            area_path: world.park.path,
            collective_name: null,
            version: 1,
            created_at: now,
            updated_at: now,
          })
          .execute()
        const grantFor = async (username: string) => {
          const u = await db
            .selectFrom('users')
            .select('id')
            .where('username', '=', username)
            .executeTakeFirstOrThrow()
          await db
            .insertInto('grants')
            .values({
              id: newId(),
              user_id: u.id,
              role: 'village_accountant',
              scope_kind: 'village',
              scope_id: villageId,
              scope_path: null,
              created_at: now,
              created_by: null,
              post_id: null,
            })
            .execute()
        }
        await grantFor('kuaiji')
        await grantFor('shenhe')
        const maker = await userOf('kuaiji')
        const reviewer = await userOf('shenhe')
        await openBooks({ db, actor: maker, villageId, startPeriod: '2026-01', now: MARCH_20 })
        const expected = new Map<string, number>()
        const posted: { id: string; version: number; lines: [string, number][] }[] = []
        const reversed = new Set<string>()
        const post = async (id: string, version: number) => {
          const r = await reviewVoucher({
            db,
            actor: reviewer,
            villageId,
            voucherId: id,
            version,
            now: MARCH_20,
          })
          return postVoucher({
            db,
            actor: maker,
            villageId,
            voucherId: id,
            version: r.version,
            now: MARCH_20,
          })
        }
        for (const o of ops) {
          if (o.kind === 'voucher') {
            // Balance the random lines with one line on 102 for the difference.
            const lines = o.lines.map((l) => ({
              accountCode: l.code,
              ...(l.debit ? { debitFen: l.fen } : { creditFen: l.fen }),
            }))
            const diff = o.lines.reduce((s, l) => s + (l.debit ? l.fen : -l.fen), 0)
            if (diff !== 0)
              lines.push({ accountCode: '102', ...(diff > 0 ? { creditFen: diff } : { debitFen: -diff }) })
            if (lines.length < 2)
              lines.push({ accountCode: '101', debitFen: 1 }, { accountCode: '102', creditFen: 1 })
            const v = await createVoucher({
              db,
              actor: maker,
              villageId,
              input: { date: `2026-0${String(o.month)}-15`, summary: '随机凭证', lines },
              now: MARCH_20,
            })
            const p = await post(v.id, v.version)
            const signed: [string, number][] = p.lines.map((l) => [l.accountCode, l.debitFen - l.creditFen])
            for (const [code, amount] of signed) expected.set(code, (expected.get(code) ?? 0) + amount)
            posted.push({ id: p.id, version: p.version, lines: signed })
          } else if (o.kind === 'reverse') {
            const candidates = posted.filter((p) => !reversed.has(p.id))
            const target = candidates[o.pick % Math.max(candidates.length, 1)]
            if (!target) continue
            const r = await reverseVoucher({
              db,
              actor: maker,
              villageId,
              voucherId: target.id,
              input: { version: target.version, date: '2026-03-20' },
              now: MARCH_20,
            })
            await post(r.id, r.version)
            reversed.add(target.id)
            for (const [code, amount] of target.lines) expected.set(code, (expected.get(code) ?? 0) - amount)
          } else {
            const before = await db
              .selectFrom('vouchers')
              .select(sql<string | number>`count(*)`.as('n'))
              .where('village_id', '=', villageId)
              .executeTakeFirstOrThrow()
            await expect(
              createVoucher({
                db,
                actor: maker,
                villageId,
                input: {
                  date: '2026-03-01',
                  summary: '不平',
                  lines: [
                    { accountCode: '101', debitFen: o.fen + 1 },
                    { accountCode: '501', creditFen: o.fen },
                  ],
                },
                now: MARCH_20,
              }),
            ).rejects.toThrow()
            const after = await db
              .selectFrom('vouchers')
              .select(sql<string | number>`count(*)`.as('n'))
              .where('village_id', '=', villageId)
              .executeTakeFirstOrThrow()
            expect(Number(after.n)).toBe(Number(before.n))
          }
        }
        const tb = await getTrialBalance({ db, actor: maker, villageId, period: '2026-03' })
        expect(tb.balanced).toBe(true)
        for (const row of tb.rows.filter((r) => r.level === 1)) {
          const signedClosing =
            row.closingSideZh === '贷' ? -Math.abs(row.closingFen) : Math.abs(row.closingFen)
          expect(signedClosing, row.code).toBe(expected.get(row.code) ?? 0)
        }
        // January and February close in order whatever was posted (all of it is posted).
        await closePeriod({ db, actor: maker, villageId, period: '2026-01', now: MARCH_20 })
        await closePeriod({ db, actor: maker, villageId, period: '2026-02', now: MARCH_20 })
      }),
      { numRuns: 12 },
    )
  })
})
