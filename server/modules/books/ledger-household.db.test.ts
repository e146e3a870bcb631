import { describe, expect, it } from 'vitest'
import { useTestApp, type Client } from '../../../test/setup/app.js'
import { addRoom, demoWorld } from '../../../test/setup/factories.js'
import { newId } from '../../platform/ids.js'

interface Ledger {
  household: { id: string; code: string } | null
  entries: { kind: string; summary: string; debitFen: number; creditFen: number; balanceFen: number }[]
  closing: { balanceFen: number }
}

async function post<T>(c: Client, url: string, body: unknown, status = 201) {
  const res = await c.request('POST', url, body)
  expect(res.statusCode, res.body).toBe(status)
  return res.json<T>()
}

describe('a household’s sub-ledger of an account kept per household (往来按户)', () => {
  const t = useTestApp()

  it('shows only that household’s lines and balance, and refuses a household on an account not kept so', async () => {
    const world = await demoWorld(t().ctx.db)
    const [li, kong] = world.villages
    const building = world.grid1Buildings[0]
    if (!li || !kong || !building) throw new Error('demo world missing')
    const room = await addRoom(t().ctx.db, building, { unit: 1, room: '702' })
    const household = async (code: string, originVillageId: string) => {
      const id = newId()
      await t()
        .ctx.db.insertInto('households')
        .values({
          id,
          community_id: room.community_id ?? '',
          code,
          room_id: room.id,
          path: room.path,
          head_person_id: null,
          origin_village_id: originVillageId,
          version: 1,
          created_at: Date.now(),
          updated_at: Date.now(),
        })
        .execute()
      return id
    }
    const wang = await household('H-LEDGER-1', li.id)
    const zhao = await household('H-LEDGER-2', li.id)
    const elsewhere = await household('H-LEDGER-3', kong.id)

    const books = `/api/v1/villages/${li.id}/books`
    const kuaiji = await t().login('kuaiji')
    const shenhe = await t().login('shenhe')
    await post(kuaiji, books, { startPeriod: '2026-01' })
    await post(kuaiji, `${books}/accounts`, {
      parentCode: '112',
      code: '11202',
      name: '农户往来',
      perHousehold: true,
    })
    const keep = async (summary: string, householdId: string, fen: number) => {
      const v = await post<{ id: string; version: number }>(kuaiji, `${books}/vouchers`, {
        date: '2026-02-10',
        summary,
        lines: [
          { accountCode: '11202', debitFen: fen, householdId },
          { accountCode: '102', creditFen: fen },
        ],
      })
      const r = await post<{ id: string; version: number }>(
        shenhe,
        `${books}/vouchers/${v.id}/review`,
        { version: v.version },
        200,
      )
      await post(kuaiji, `${books}/vouchers/${r.id}/post`, { version: r.version }, 200)
    }
    await keep('代垫王家水费', wang, 12_345)
    await keep('代垫赵家电费', zhao, 6_789)

    const ledger = async (query: string, status = 200) => {
      const res = await kuaiji.request('GET', `${books}/ledger?${query}`)
      expect(res.statusCode, res.body).toBe(status)
      return res.json<Ledger & { error: { message: string; details: { fields: { message: string }[] } } }>()
    }
    const all = await ledger('accountCode=112&from=2026-01&to=2026-02')
    expect(all.household).toBeNull()
    expect(all.closing.balanceFen).toBe(19_134)
    const ofWang = await ledger(`accountCode=112&from=2026-01&to=2026-02&householdId=${wang}`)
    expect(ofWang.household).toEqual({ id: wang, code: 'H-LEDGER-1' })
    expect(ofWang.entries.filter((e) => e.kind === 'line').map((e) => [e.summary, e.debitFen])).toEqual([
      ['代垫王家水费', 12_345],
    ])
    expect(ofWang.closing.balanceFen).toBe(12_345)
    // The workbook is the household's too.
    const file = await kuaiji.request(
      'GET',
      `${books}/ledger.xlsx?accountCode=11202&from=2026-01&to=2026-02&householdId=${zhao}`,
    )
    expect(file.statusCode).toBe(200)
    expect(decodeURIComponent(String(file.headers['content-disposition']))).toContain('-11202-H-LEDGER-2-')

    // A household of another village, or an account not kept per household: refused.
    const other = await ledger(`accountCode=11202&from=2026-01&to=2026-02&householdId=${elsewhere}`, 400)
    expect(other.error.details.fields[0]?.message).toContain('不是本村农户')
    const notPer = await ledger(`accountCode=102&from=2026-01&to=2026-02&householdId=${wang}`, 400)
    expect(notPer.error.details.fields[0]?.message).toContain('不按户核算')
    // Another village's accountant: 404, as for the whole book.
    const kuaiji2 = await t().login('kuaiji2')
    expect(
      (
        await kuaiji2.request(
          'GET',
          `${books}/ledger?accountCode=112&from=2026-01&to=2026-02&householdId=${wang}`,
        )
      ).statusCode,
    ).toBe(404)
  })
})
