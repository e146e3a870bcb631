import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { useTestApp, type Client } from '../../../test/setup/app.js'
import { demoWorld } from '../../../test/setup/factories.js'
import { formatYuan } from '../../platform/money.js'
import { startOfLocalDay } from '../../platform/time.js'

interface Voucher {
  id: string
  version: number
  label: string | null
  lines: { accountCode: string; debitFen: number; creditFen: number }[]
}
interface Statement {
  reportZh: string
  villageName: string
  period: string
  rows: { rowNo: number; caption: string; valueFen: number; startFen: number | null }[]
  balanced: boolean | null
}

const GOLDEN = fileURLToPath(new URL('./golden/liwan-2026-statements.txt', import.meta.url))
const yuan = (n: number) => n * 100

/** A year of 李湾村's books: the opening balances (in the month before), then rent, a subsidy, expenses, depreciation, welfare, investment income and the year's distribution. */
const year: [string, string, [string, number, number][]][] = [
  [
    '2025-12-31',
    '期初余额',
    [
      ['102', yuan(500_000), 0],
      ['151', yuan(2_000_000), 0],
      ['152', 0, yuan(300_000)],
      ['301', 0, yuan(1_800_000)],
      ['311', 0, yuan(300_000)],
      ['32201', 0, yuan(100_000)],
    ],
  ],
  [
    '2026-01-10',
    '收到门面房全年租金',
    [
      ['102', yuan(120_000), 0],
      ['501', 0, yuan(120_000)],
    ],
  ],
  [
    '2026-03-15',
    '收到村级运转补助',
    [
      ['102', yuan(50_000), 0],
      ['503', 0, yuan(50_000)],
    ],
  ],
  [
    '2026-04-20',
    '支付办公及水电费',
    [
      ['513', yuan(30_000), 0],
      ['102', 0, yuan(30_000)],
    ],
  ],
  [
    '2026-06-30',
    '计提上半年固定资产折旧',
    [
      ['513', yuan(20_000), 0],
      ['152', 0, yuan(20_000)],
    ],
  ],
  [
    '2026-09-10',
    '重阳节慰问老人',
    [
      ['514', yuan(15_000), 0],
      ['102', 0, yuan(15_000)],
    ],
  ],
  [
    '2026-11-05',
    '收到合作社投资分红',
    [
      ['102', yuan(5_000), 0],
      ['502', 0, yuan(5_000)],
    ],
  ],
  [
    '2026-12-20',
    '年终收益分配',
    [
      ['3220201', yuan(11_000), 0],
      ['311', 0, yuan(11_000)],
      ['3220202', yuan(50_000), 0],
      ['211', 0, yuan(50_000)],
    ],
  ],
]

function render(s: Statement): string {
  const head = `${s.reportZh}  ${s.villageName}  ${s.period}`
  const lines = s.rows.map((r) =>
    [
      String(r.rowNo).padStart(2),
      r.caption,
      r.startFen === null ? '' : formatYuan(r.startFen),
      formatYuan(r.valueFen),
    ]
      .filter((x) => x !== '')
      .join('  '),
  )
  return [head, ...lines].join('\n')
}

async function run(c: Client, url: string, body?: unknown, status = 200) {
  const res = await c.request('POST', url, body)
  expect(res.statusCode, res.body).toBe(status)
  return res
}

describe('the statements of a year of books', () => {
  const t = useTestApp()

  it('agree with each other, balance, and match the pinned statements', async () => {
    t().ctx.clock = () => startOfLocalDay('2027-01-05') + 10 * 3600_000
    const world = await demoWorld(t().ctx.db)
    const li = world.villages[0]
    if (!li) throw new Error('demo villages missing')
    const base = `/api/v1/villages/${li.id}/books`
    const kuaiji = await t().login('kuaiji')
    const shenhe = await t().login('shenhe')
    await run(kuaiji, base, { startPeriod: '2025-12' }, 201)
    const keep = async (v: Voucher) => {
      const reviewed = (
        await run(shenhe, `${base}/vouchers/${v.id}/review`, { version: v.version })
      ).json<Voucher>()
      return (
        await run(kuaiji, `${base}/vouchers/${reviewed.id}/post`, { version: reviewed.version })
      ).json<Voucher>()
    }
    for (const [date, summary, lines] of year) {
      const res = await run(
        kuaiji,
        `${base}/vouchers`,
        {
          date,
          summary,
          lines: lines.map(([accountCode, debit, credit]) => ({
            accountCode,
            ...(debit > 0 ? { debitFen: debit } : { creditFen: credit }),
          })),
        },
        201,
      )
      await keep(res.json<Voucher>())
    }
    // Close the months in order; December only after carrying income, expenses and the distribution forward.
    for (const p of [
      '2025-12',
      ...Array.from({ length: 11 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`),
    ])
      await run(kuaiji, `${base}/periods/${p}/close`)

    const statement = async (report: string, period: string) => {
      const res = await kuaiji.request('GET', `${base}/statements/${report}?period=${period}`)
      expect(res.statusCode, res.body).toBe(200)
      return res.json<Statement>()
    }
    const row = (s: Statement, n: number) => s.rows.find((r) => r.rowNo === n)
    // Mid-year the profit not yet carried forward stands in 未分配收益, and the sheet balances.
    const june = await statement('balance_sheet', '2026-06')
    expect(june.balanced).toBe(true)
    expect(row(june, 37)).toMatchObject({ startFen: yuan(100_000), valueFen: yuan(220_000) })

    const early = await kuaiji.request('POST', `${base}/periods/2026-12/close`)
    expect(early.statusCode).toBe(422)
    expect(early.body).toContain('请先将损益类科目结转至本年收益')
    const carry = (await run(kuaiji, `${base}/periods/2026-12/carry-forward`, undefined, 201)).json<Voucher>()
    expect(carry.lines.filter((l) => l.accountCode === '32201')).not.toHaveLength(0)
    await keep(carry)
    await run(kuaiji, `${base}/periods/2026-12/close`)

    const sheet = await statement('balance_sheet', '2026-12')
    const income = await statement('income_distribution', '2026-12')
    // By hand: net income 120,000 + 5,000 + 50,000 − 30,000 − 20,000 − 15,000 = 110,000; with 100,000
    // brought forward and 61,000 distributed, 149,000 stays undistributed.
    expect(row(income, 6)?.valueFen).toBe(yuan(75_000))
    expect(row(income, 13)?.valueFen).toBe(yuan(110_000))
    expect(row(income, 14)?.valueFen).toBe(yuan(100_000))
    expect(row(income, 16)?.valueFen).toBe(yuan(210_000))
    expect(row(income, 20)?.valueFen).toBe(yuan(149_000))
    // The two statements agree: the sheet's 未分配收益 is the income statement's year-end figure.
    expect(row(sheet, 37)).toMatchObject({ startFen: yuan(100_000), valueFen: yuan(149_000) })
    expect(sheet.balanced).toBe(true)
    expect(row(sheet, 23)).toMatchObject({ startFen: yuan(2_200_000), valueFen: yuan(2_310_000) })
    expect(row(sheet, 39)?.valueFen).toBe(yuan(2_310_000))
    expect(row(sheet, 36)?.valueFen).toBe(yuan(311_000))

    // The bank journal: January's opening is the opening balances, every line runs the balance on.
    const journal = await kuaiji.request('GET', `${base}/ledger?accountCode=102&from=2026-01&to=2026-12`)
    expect(journal.statusCode, journal.body).toBe(200)
    const j = journal.json<{
      titleZh: string
      opening: { balanceFen: number; sideZh: string }
      entries: {
        kind: string
        period: string
        summary: string
        debitFen: number
        creditFen: number
        balanceFen: number
      }[]
      closing: { balanceFen: number; sideZh: string }
    }>()
    expect(j.titleZh).toBe('银行存款日记账')
    expect(j.opening).toEqual({ balanceFen: yuan(500_000), sideZh: '借' })
    expect(j.entries.filter((e) => e.kind === 'line').map((e) => e.balanceFen)).toEqual(
      [620_000, 670_000, 640_000, 625_000, 630_000].map(yuan),
    )
    expect(j.entries.filter((e) => e.kind === 'year').at(-1)).toMatchObject({
      period: '2026-11',
      debitFen: yuan(175_000),
      creditFen: yuan(45_000),
    })
    expect(j.closing).toMatchObject({ balanceFen: yuan(630_000), sideZh: '借' })

    // The workbooks say the same, and each export is in the audit log.
    const xlsx = await kuaiji.request('GET', `${base}/statements/balance_sheet/export.xlsx?period=2026-12`)
    expect(xlsx.statusCode).toBe(200)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer)
    const ws = wb.worksheets[0]
    const total = ws?.getRows(1, ws.rowCount)?.find((r) => r.getCell(1).value === '资产总计')
    expect(total?.getCell(4).value).toBe(2_310_000)
    const exports = await t()
      .ctx.db.selectFrom('audit_log')
      .select('action')
      .where('action', 'like', 'books.export.%')
      .execute()
    expect(exports.map((e) => e.action)).toEqual(['books.export.balance_sheet'])

    const text = `${render(sheet)}\n\n${render(income)}\n`
    // TONGXIN_UPDATE_GOLDEN=1 rewrites the pinned file after a deliberate change (check the diff).
    if (process.env.TONGXIN_UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, text)
    expect(existsSync(GOLDEN), 'the pinned statements are missing').toBe(true)
    expect(text).toBe(readFileSync(GOLDEN, 'utf8'))
  })
})
