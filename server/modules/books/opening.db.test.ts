// Opening balances (期初余额) and the import of 2004-system balances, over HTTP on both databases.
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { useTestApp, type Client, type TestApp } from '../../../test/setup/app.js'
import { demoWorld } from '../../../test/setup/factories.js'
import { newId } from '../../platform/ids.js'
import { startOfLocalDay } from '../../platform/time.js'

interface Opening {
  state: string
  version: number
  editable: boolean
  frozenReasonZh: string | null
  lines: {
    accountCode: string
    householdId: string | null
    debitFen: number
    creditFen: number
    source: string
    legacyCodes: string | null
  }[]
  totals: { debitFen: number; creditFen: number; differenceFen: number }
  balanced: boolean
}
interface ImportResult {
  committed: boolean
  totalRows: number
  goodRows: number
  badRows: number
  errors: { row: number; column: string | null; reasonZh: string }[]
  createdAccounts: { code: string; name: string }[]
  opening: Opening
}
interface ErrorBody {
  error: { code: string; message: string }
}
interface Statement {
  rows: { rowNo: number; valueFen: number; startFen: number | null }[]
  balanced: boolean | null
}

const MARCH_20 = startOfLocalDay('2026-03-20') + 10 * 3600_000
const books = (villageId: string) => `/api/v1/villages/${villageId}/books`

async function setUp(t: TestApp) {
  t.ctx.clock = () => MARCH_20
  const world = await demoWorld(t.ctx.db)
  const [li, kong] = world.villages
  if (!li || !kong) throw new Error('demo villages missing')
  const kuaiji = await t.login('kuaiji')
  const open = await kuaiji.request('POST', books(li.id), { startPeriod: '2026-01' })
  expect(open.statusCode, open.body).toBe(201)
  // Two of 李湾村's households (户号 is what the legacy books name them by).
  const households = ['LWTEST-001', 'LWTEST-002'].map((code) => ({ id: newId(), code }))
  await t.ctx.db
    .insertInto('households')
    .values(
      households.map((h) => ({
        id: h.id,
        community_id: world.zhangma.id,
        code: h.code,
        room_id: null,
        path: world.zhangma.path,
        head_person_id: null,
        origin_village_id: li.id,
        version: 1,
        created_at: MARCH_20,
        updated_at: MARCH_20,
      })),
    )
    .execute()
  return { li, kong, kuaiji, households }
}

function multipart(fields: Record<string, string>, file: { name: string; content: Buffer }) {
  const boundary = `----tongxin${String(Date.now())}`
  const parts: Buffer[] = []
  for (const [k, v] of Object.entries(fields))
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`))
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    file.content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  )
  return {
    payload: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  }
}

async function upload(
  t: TestApp,
  c: Client,
  villageId: string,
  mode: string,
  content: Buffer,
  mapping?: unknown,
) {
  const body = multipart(
    { mode, ...(mapping ? { mapping: JSON.stringify(mapping) } : {}) },
    { name: '李湾村2025年末科目余额表.xlsx', content },
  )
  return t.app.inject({
    method: 'POST',
    url: `${books(villageId)}/opening/import`,
    headers: { cookie: c.cookie, 'x-csrf-token': c.csrfToken, ...body.headers },
    payload: body.payload,
  })
}

/** A 2004-system trial balance as the old software printed it: a title, the header, the rows, 合计. */
async function legacyWorkbook(rows: (string | number | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('科目余额表')
  ws.addRow(['李湾村 2025 年 12 月科目余额表'])
  ws.addRow(['科目编码', '科目名称', '借方余额', '贷方余额', '户号'])
  for (const r of rows) ws.addRow(r)
  return Buffer.from(await wb.xlsx.writeBuffer())
}

const yuan = (n: number) => Math.round(n * 100)

describe('opening balances', () => {
  const t = useTestApp()

  it('are entered per account and household, confirmed only when they balance, then never change', async () => {
    const { li, kuaiji, households } = await setUp(t())
    const [h1] = households
    if (!h1) throw new Error('no household')
    const put = (body: Record<string, unknown>) =>
      kuaiji.request('PUT', `${books(li.id)}/opening/lines`, body)
    expect((await kuaiji.request('GET', `${books(li.id)}/opening`)).json<Opening>()).toMatchObject({
      state: 'draft',
      version: 0,
      editable: true,
      lines: [],
    })
    // A per-household sub-account of 应收款.
    const sub = await kuaiji.request('POST', `${books(li.id)}/accounts`, {
      parentCode: '112',
      code: '11202',
      name: '农户往来',
      perHousehold: true,
    })
    expect(sub.statusCode, sub.body).toBe(201)
    expect((await put({ accountCode: '102', debitFen: yuan(50_000) })).statusCode).toBe(200)
    expect((await put({ accountCode: '11202', householdId: h1.id, debitFen: yuan(300) })).statusCode).toBe(
      200,
    )
    // Bad input: a parent account, no household on a per-household account, both sides, a fraction of a fen.
    const parent = await put({ accountCode: '112', debitFen: 100 })
    expect(parent.statusCode).toBe(400)
    expect(parent.body).toContain('有明细科目')
    expect((await put({ accountCode: '11202', debitFen: 100 })).body).toContain('按户核算')
    expect((await put({ accountCode: '101', debitFen: 100, creditFen: 100 })).statusCode).toBe(400)
    expect((await put({ accountCode: '101', debitFen: 100.5 })).statusCode).toBe(400)
    let o = (await put({ accountCode: '301', creditFen: yuan(50_000) })).json<Opening>()
    expect(o).toMatchObject({ balanced: false, totals: { differenceFen: yuan(300) } })
    const off = await kuaiji.request('POST', `${books(li.id)}/opening/confirm`, { version: o.version })
    expect(off.statusCode).toBe(422)
    expect(off.json<ErrorBody>().error.message).toContain('期初余额借贷不平')
    o = (await put({ accountCode: '301', creditFen: yuan(50_300) })).json<Opening>()
    expect(o.lines.filter((l) => l.accountCode === '301')).toHaveLength(1)
    expect(o.balanced).toBe(true)
    // Zero on both sides removes a balance.
    await put({ accountCode: '101', debitFen: 500 })
    o = (await put({ accountCode: '101' })).json<Opening>()
    expect(o.lines.map((l) => l.accountCode)).toEqual(['102', '11202', '301'])
    const stale = await kuaiji.request('POST', `${books(li.id)}/opening/confirm`, { version: o.version - 1 })
    expect(stale.statusCode).toBe(409)
    const confirmed = await kuaiji.request('POST', `${books(li.id)}/opening/confirm`, { version: o.version })
    expect(confirmed.statusCode, confirmed.body).toBe(200)
    expect(confirmed.json<Opening>()).toMatchObject({ state: 'confirmed', editable: false })

    // Read-only: the API refuses, and so does the database when written around the API.
    const late = await put({ accountCode: '102', debitFen: 1 })
    expect(late.statusCode).toBe(409)
    expect(late.json<ErrorBody>().error.message).toContain('期初余额已确认')
    const { db } = t().ctx
    await expect(
      db.updateTable('ledger_opening_lines').set({ debit_fen: 1 }).where('village_id', '=', li.id).execute(),
    ).rejects.toThrow(/never changed/)
    await expect(
      db.deleteFrom('ledger_opening_lines').where('village_id', '=', li.id).execute(),
    ).rejects.toThrow(/never changed/)
    const any = await db
      .selectFrom('ledger_opening_lines')
      .selectAll()
      .where('village_id', '=', li.id)
      .executeTakeFirstOrThrow()
    await expect(
      db
        .insertInto('ledger_opening_lines')
        .values({
          ...any,
          id: `${any.id.slice(0, -4)}beef`,
          household_id: h1.id === any.household_id ? null : h1.id,
        })
        .execute(),
    ).rejects.toThrow(/never changed/)
    await expect(
      db.updateTable('ledger_openings').set({ state: 'draft' }).where('village_id', '=', li.id).execute(),
    ).rejects.toThrow(/never changed/)
    await expect(db.deleteFrom('ledger_openings').where('village_id', '=', li.id).execute()).rejects.toThrow()

    // The trial balance, the ledger and the balance sheet start from them.
    const tb = (await kuaiji.request('GET', `${books(li.id)}/trial-balance?period=2026-01`)).json<{
      rows: { code: string; openingFen: number; closingFen: number }[]
      totals: { openingDebitFen: number; openingCreditFen: number }
      balanced: boolean
    }>()
    expect(tb.balanced).toBe(true)
    expect(tb.totals).toMatchObject({ openingDebitFen: yuan(50_300), openingCreditFen: yuan(50_300) })
    expect(tb.rows.find((r) => r.code === '112')).toMatchObject({
      openingFen: yuan(300),
      closingFen: yuan(300),
    })
    const ledger = (
      await kuaiji.request('GET', `${books(li.id)}/ledger?accountCode=102&from=2026-01&to=2026-02`)
    ).json<{ opening: { balanceFen: number; sideZh: string } }>()
    expect(ledger.opening).toEqual({ balanceFen: yuan(50_000), sideZh: '借' })
    const bs = (
      await kuaiji.request('GET', `${books(li.id)}/statements/balance_sheet?period=2026-02`)
    ).json<Statement>()
    const row = (n: number) => bs.rows.find((r) => r.rowNo === n)
    expect(bs.balanced).toBe(true)
    expect(row(1)).toMatchObject({ startFen: yuan(50_000), valueFen: yuan(50_000) })
    expect(row(3)).toMatchObject({ startFen: yuan(300) })
    expect(row(35)).toMatchObject({ startFen: yuan(50_300) })
    const audits = await db
      .selectFrom('audit_log')
      .select('action')
      .where('village_id', '=', li.id)
      .where('action', 'like', 'books.opening.%')
      .execute()
    expect(audits.filter((a) => a.action === 'books.opening.confirm')).toHaveLength(1)
    expect(audits.filter((a) => a.action === 'books.opening.set').length).toBeGreaterThanOrEqual(5)
  })

  it('are closed to entry once a voucher is posted', async () => {
    const { li, kuaiji } = await setUp(t())
    const shenhe = await t().login('shenhe')
    await kuaiji.request('PUT', `${books(li.id)}/opening/lines`, { accountCode: '102', debitFen: 1000 })
    await kuaiji.request('PUT', `${books(li.id)}/opening/lines`, { accountCode: '301', creditFen: 1000 })
    const v = (
      await kuaiji.request('POST', `${books(li.id)}/vouchers`, {
        date: '2026-01-10',
        summary: '收到租金',
        lines: [
          { accountCode: '102', debitFen: 1000 },
          { accountCode: '501', creditFen: 1000 },
        ],
      })
    ).json<{ id: string; version: number }>()
    const r = (
      await shenhe.request('POST', `${books(li.id)}/vouchers/${v.id}/review`, { version: v.version })
    ).json<{
      version: number
    }>()
    expect(
      (await kuaiji.request('POST', `${books(li.id)}/vouchers/${v.id}/post`, { version: r.version }))
        .statusCode,
    ).toBe(200)
    const late = await kuaiji.request('PUT', `${books(li.id)}/opening/lines`, {
      accountCode: '102',
      debitFen: 1,
    })
    expect(late.statusCode).toBe(409)
    expect(late.json<ErrorBody>().error.message).toContain('已有记账凭证')
    // What was entered before the posting may still be confirmed — until a period closes.
    type Confirmable = Opening & { confirmable: boolean }
    const before = (await kuaiji.request('GET', `${books(li.id)}/opening`)).json<Confirmable>()
    expect(before).toMatchObject({ editable: false, confirmable: true, balanced: true })
    expect((await kuaiji.request('POST', `${books(li.id)}/periods/2026-01/close`)).statusCode).toBe(200)
    const after = (await kuaiji.request('GET', `${books(li.id)}/opening`)).json<Confirmable>()
    expect(after).toMatchObject({ editable: false, confirmable: false })
    expect(after.frozenReasonZh).toContain('结账')
    const refused = await kuaiji.request('POST', `${books(li.id)}/opening/confirm`, {
      version: after.version,
    })
    expect(refused.statusCode).toBe(409)
  })

  it('belong to the village: another village’s accountant gets 404, the auditor only reads', async () => {
    const { li, kuaiji } = await setUp(t())
    await kuaiji.request('PUT', `${books(li.id)}/opening/lines`, { accountCode: '102', debitFen: 1000 })
    const other = await t().login('kuaiji2')
    expect((await other.request('GET', `${books(li.id)}/opening`)).statusCode).toBe(404)
    expect(
      (await other.request('PUT', `${books(li.id)}/opening/lines`, { accountCode: '102', debitFen: 1 }))
        .statusCode,
    ).toBe(404)
    expect((await other.request('POST', `${books(li.id)}/opening/confirm`, { version: 1 })).statusCode).toBe(
      404,
    )
    expect((await other.request('GET', `${books(li.id)}/opening/template.xlsx`)).statusCode).toBe(404)
    const content = await legacyWorkbook([['101', '现金', 10, null, null]])
    expect((await upload(t(), other, li.id, 'good_rows', content)).statusCode).toBe(404)
    const shenji = await t().login('shenji')
    expect((await shenji.request('GET', `${books(li.id)}/opening`)).statusCode).toBe(200)
    const write = await shenji.request('PUT', `${books(li.id)}/opening/lines`, {
      accountCode: '102',
      debitFen: 1,
    })
    expect([403, 404]).toContain(write.statusCode)
  })
})

describe('the import of 2004-system balances', () => {
  const t = useTestApp()

  it('reports every bad row, writes nothing or only the good rows as chosen, and must balance to be confirmed', async () => {
    const { li, kuaiji, households } = await setUp(t())
    const [h1, h2] = households
    if (!h1 || !h2) throw new Error('no households')
    await kuaiji.request('POST', `${books(li.id)}/accounts`, {
      parentCode: '112',
      code: '11202',
      name: '农户往来',
      perHousehold: true,
    })
    const rows: (string | number | null)[][] = [
      ['101', '现金', 1000, null, null],
      ['102', '银行存款', '50,000.00', null, null],
      ['112', '应收款', 20, null, h1.code],
      ['112', '应收款', 30.5, null, h2.code],
      ['151', '固定资产', 200_000, null, null],
      ['152', '累计折旧', null, 30_000, null],
      ['212', '应付福利费', null, 800, null],
      ['301', '资本', null, 180_050.5, null],
      ['322', '收益分配', null, 40_200, null],
      ['999', '不存在的科目', 5, null, null],
      ['131', '牲畜(禽)资产', 0.125, null, null],
      ['311', '公积公益金', 100, 100, null],
      ['112', '应收款', 10, null, 'NO-SUCH-HOUSEHOLD'],
      [null, '合计', 251_100.5, 251_150.5, null],
    ]
    const content = await legacyWorkbook(rows)
    const mapping = [{ legacyCode: '112', accountCode: '11202' }]

    // The template to fill in.
    const template = await kuaiji.request('GET', `${books(li.id)}/opening/template.xlsx`)
    expect(template.statusCode).toBe(200)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(template.rawPayload as unknown as ArrayBuffer)
    expect(wb.worksheets.map((w) => w.name)).toEqual(['科目余额表', '说明'])
    expect(wb.getWorksheet('科目余额表')?.getRow(1).values).toEqual([
      undefined,
      '科目编码',
      '科目名称',
      '借方余额',
      '贷方余额',
      '户号',
    ])
    const map = (await kuaiji.request('GET', `${books(li.id)}/opening/mapping`)).json<{
      items: { legacyCode: string; accountCode: string | null; noteZh: string | null }[]
    }>()
    expect(map.items.find((m) => m.legacyCode === '502')).toMatchObject({ accountCode: '511' })

    // A check writes nothing; all-or-nothing with bad rows writes nothing.
    for (const mode of ['check', 'all_or_nothing']) {
      const res = await upload(t(), kuaiji, li.id, mode, content, mapping)
      expect(res.statusCode, res.body).toBe(200)
      const r = res.json<ImportResult>()
      expect(r).toMatchObject({ committed: false, totalRows: 13, goodRows: 9, badRows: 4 })
      expect(r.errors.map((e) => [e.row, e.column])).toEqual([
        [12, '科目编码'],
        [13, '科目编码'],
        [13, '借方余额'],
        [14, null],
        [15, '户号'],
      ])
      expect(r.errors[0]?.reasonZh).toBe('2004 年制度科目表中没有科目 999')
      expect(r.errors[2]?.reasonZh).toContain('精确到分')
      expect(r.errors[4]?.reasonZh).toContain('不是本村农户')
      expect(r.opening.lines).toEqual([])
    }
    expect(
      await t()
        .ctx.db.selectFrom('ledger_accounts')
        .select('code')
        .where('village_id', '=', li.id)
        .where('code', 'like', '211%')
        .execute(),
    ).toEqual([{ code: '211' }])
    // An unknown account in the mapping is refused before anything is read.
    const badMap = await upload(t(), kuaiji, li.id, 'good_rows', content, [
      { legacyCode: '112', accountCode: '11299' },
    ])
    expect(badMap.statusCode).toBe(400)

    // Only the good rows.
    const res = await upload(t(), kuaiji, li.id, 'good_rows', content, mapping)
    expect(res.statusCode, res.body).toBe(200)
    const r = res.json<ImportResult>()
    expect(r).toMatchObject({ committed: true, goodRows: 9, badRows: 4 })
    expect(r.createdAccounts).toEqual([{ code: '21101', name: '应付福利费' }])
    const byCode = (code: string) => r.opening.lines.filter((l) => l.accountCode === code)
    expect(byCode('101')).toMatchObject([{ debitFen: yuan(1000), source: 'import', legacyCodes: '101' }])
    expect(
      byCode('11202')
        .map((l) => [l.householdId, l.debitFen])
        .sort(),
    ).toEqual(
      [
        [h1.id, yuan(20)],
        [h2.id, yuan(30.5)],
      ].sort(),
    )
    expect(byCode('21101')).toMatchObject([{ creditFen: yuan(800), legacyCodes: '212' }])
    expect(byCode('32201')).toMatchObject([{ creditFen: yuan(40_200), legacyCodes: '322' }])
    // The good rows happen to balance by themselves; the bad rows' balances are still to be entered.
    expect(r.opening.totals).toEqual({
      debitFen: yuan(251_050.5),
      creditFen: yuan(251_050.5),
      differenceFen: 0,
    })

    // An import after the fix replaces the balances it names; a missing balance is entered by hand.
    const put = await kuaiji.request('PUT', `${books(li.id)}/opening/lines`, {
      accountCode: '311',
      creditFen: yuan(500),
    })
    let o = put.json<Opening>()
    expect(o.balanced).toBe(false)
    const refused = await kuaiji.request('POST', `${books(li.id)}/opening/confirm`, { version: o.version })
    expect(refused.statusCode).toBe(422)
    o = (
      await kuaiji.request('PUT', `${books(li.id)}/opening/lines`, {
        accountCode: '121',
        debitFen: yuan(500),
      })
    ).json<Opening>()
    expect(o.balanced).toBe(true)
    const confirmed = await kuaiji.request('POST', `${books(li.id)}/opening/confirm`, { version: o.version })
    expect(confirmed.statusCode, confirmed.body).toBe(200)
    // Once confirmed, no import is taken.
    expect((await upload(t(), kuaiji, li.id, 'good_rows', content, mapping)).statusCode).toBe(409)

    // The balance sheet's 年初数 is the imported balances (and the hand-entered ones).
    const bs = (
      await kuaiji.request('GET', `${books(li.id)}/statements/balance_sheet?period=2026-01`)
    ).json<Statement>()
    const start = (n: number) => bs.rows.find((x) => x.rowNo === n)?.startFen
    expect(bs.balanced).toBe(true)
    expect(start(1)).toBe(yuan(51_000))
    expect(start(3)).toBe(yuan(50.5))
    expect(start(4)).toBe(yuan(500))
    expect(start(12)).toBe(yuan(200_000))
    expect(start(13)).toBe(yuan(30_000))
    expect(start(23)).toBe(yuan(221_550.5))
    expect(start(25)).toBe(yuan(800))
    expect(start(35)).toBe(yuan(180_050.5))
    expect(start(36)).toBe(yuan(500))
    expect(start(37)).toBe(yuan(40_200))
    expect(start(39)).toBe(yuan(221_550.5))
    const audits = await t()
      .ctx.db.selectFrom('audit_log')
      .select(['action'])
      .where('village_id', '=', li.id)
      .where('action', 'in', ['books.opening.import', 'books.account.create'])
      .execute()
    expect(audits.map((a) => a.action).sort()).toEqual([
      'books.account.create',
      'books.account.create',
      'books.opening.import',
    ])
  })

  it('reads a CSV too, and all-or-nothing writes everything when every row is good', async () => {
    const { li, kuaiji } = await setUp(t())
    const csv = Buffer.from(
      '\uFEFF科目编码,科目名称,借方余额,贷方余额\n101,现金,"1,000.00",\n502,经营支出,20,\n301,资本,,1020\n',
    )
    const res = await upload(t(), kuaiji, li.id, 'all_or_nothing', csv)
    expect(res.statusCode, res.body).toBe(200)
    const r = res.json<ImportResult>()
    expect(r).toMatchObject({ committed: true, badRows: 0, errors: [] })
    // 2004's 502 经营支出 is 2023's 511, not 2023's 502 投资收益.
    expect(r.opening.lines.map((l) => [l.accountCode, l.debitFen, l.creditFen])).toEqual([
      ['101', yuan(1000), 0],
      ['301', 0, yuan(1020)],
      ['511', yuan(20), 0],
    ])
    expect(r.opening.balanced).toBe(true)

    // The accountant's choice where the mapping has none: 2004's 131 into a new sub-account of 132.
    const livestock = Buffer.from(
      '科目编码,科目名称,借方余额,贷方余额\n131,牲畜(禽)资产,300,\n311,公积公益金,,300\n',
    )
    const unmapped = (await upload(t(), kuaiji, li.id, 'check', livestock)).json<ImportResult>()
    expect(unmapped.errors.map((e) => [e.row, e.reasonZh.slice(0, 29)])).toEqual([
      [2, '2004 年科目 131 没有默认对应科目，请在映射中指定'],
    ])
    const chosen = await upload(t(), kuaiji, li.id, 'all_or_nothing', livestock, [
      { legacyCode: '131', accountCode: '132', subAccountName: '产役畜' },
    ])
    expect(chosen.statusCode, chosen.body).toBe(200)
    const c = chosen.json<ImportResult>()
    expect(c.createdAccounts).toEqual([{ code: '13201', name: '产役畜' }])
    expect(c.opening.lines.find((l) => l.accountCode === '13201')).toMatchObject({ debitFen: yuan(300) })
    expect(c.opening.balanced).toBe(true)
    const accounts = (await kuaiji.request('GET', `${books(li.id)}/accounts`)).json<{
      items: { code: string; leaf: boolean; parentCode: string | null }[]
    }>()
    expect(accounts.items.find((a) => a.code === '132')).toMatchObject({ leaf: false })
    expect(accounts.items.find((a) => a.code === '13201')).toMatchObject({ leaf: true, parentCode: '132' })
  })
})
