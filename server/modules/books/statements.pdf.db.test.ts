import { describe, expect, it } from 'vitest'
import { codePointsOf, pdfStreams } from '../../../test/setup/pdf.js'
import { useTestApp, type Client } from '../../../test/setup/app.js'
import { demoWorld } from '../../../test/setup/factories.js'
import { AppError } from '../../platform/errors.js'
import { renderStatementPdf, yuanText } from './statements.pdf.js'

async function post(c: Client, url: string, body: unknown, status: number) {
  const res = await c.request('POST', url, body)
  expect(res.statusCode, res.body).toBe(status)
  return res.json<{ id: string; version: number }>()
}

describe('statements as print-ready PDFs in Chinese', () => {
  const t = useTestApp()

  it('prints the balance sheet on one A4 page with the font embedded, audited, for the village only', async () => {
    const world = await demoWorld(t().ctx.db)
    const li = world.villages[0]
    if (!li) throw new Error('demo world missing')
    const books = `/api/v1/villages/${li.id}/books`
    const kuaiji = await t().login('kuaiji')
    const shenhe = await t().login('shenhe')
    await post(kuaiji, books, { startPeriod: '2026-01' }, 201)
    const v = await post(
      kuaiji,
      `${books}/vouchers`,
      {
        date: '2026-01-10',
        summary: '门面房租金',
        lines: [
          { accountCode: '102', debitFen: 12_345_678 },
          { accountCode: '501', creditFen: 12_345_678 },
        ],
      },
      201,
    )
    const r = await post(shenhe, `${books}/vouchers/${v.id}/review`, { version: v.version }, 200)
    await post(kuaiji, `${books}/vouchers/${v.id}/post`, { version: r.version }, 200)

    const res = await kuaiji.request('GET', `${books}/statements/balance_sheet/export.pdf?period=2026-01`)
    expect(res.statusCode, res.body).toBe(200)
    expect(res.headers['content-type']).toBe('application/pdf')
    expect(String(res.headers['content-disposition'])).toContain(
      encodeURIComponent('资产负债表-李湾村-2026-01.pdf'),
    )
    const pdf = res.rawPayload
    const text = pdf.toString('latin1')
    expect(text.startsWith('%PDF-')).toBe(true)
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+WenQuanYiMicroHei/)
    expect(text.match(/\/Type \/Page\b(?!s)/g)).toHaveLength(1)
    expect(text).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/)
    // The glyphs map back to the statement's Chinese and to the figures' digits.
    const streams = pdfStreams(pdf).toLowerCase()
    for (const cp of codePointsOf('资产负债表货币资金编制单位李湾村')) expect(streams).toContain(cp)
    expect(yuanText(12_345_678)).toBe('123,456.78')
    expect(yuanText(-5)).toBe('-0.05')
    expect(yuanText(0)).toBe('')

    const income = await kuaiji.request(
      'GET',
      `${books}/statements/income_distribution/export.pdf?period=2026-01`,
    )
    expect(income.statusCode).toBe(200)
    for (const cp of codePointsOf('收益及收益分配表'))
      expect(pdfStreams(income.rawPayload).toLowerCase()).toContain(cp)

    const audit = await t()
      .ctx.db.selectFrom('audit_log')
      .select(['action', 'summary'])
      .where('action', '=', 'books.export.balance_sheet')
      .execute()
    expect(audit).toHaveLength(1)
    const summary: unknown = audit[0]?.summary
    expect(typeof summary === 'string' ? summary : JSON.stringify(summary)).toContain('pdf')

    // Another village's accountant prints nothing of it; a bad period is refused by the schema.
    const other = await t().login('kuaiji2')
    expect(
      (await other.request('GET', `${books}/statements/balance_sheet/export.pdf?period=2026-01`)).statusCode,
    ).toBe(404)
    expect(
      (await kuaiji.request('GET', `${books}/statements/balance_sheet/export.pdf?period=2026-13`)).statusCode,
    ).toBe(400)
  })

  it('refuses to print without a Chinese font, naming the font, rather than print empty boxes', async () => {
    const error = await renderStatementPdf(
      {
        villageId: 'v',
        villageName: '李湾村',
        collectiveName: null,
        report: 'balance_sheet',
        reportZh: '资产负债表',
        period: '2026-01',
        periodState: 'open',
        rows: [],
        balanced: true,
      },
      null,
    ).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).code).toBe('UNAVAILABLE')
    expect(String((error as AppError).details.reasonZh)).toContain('文泉驿微米黑')
  })
})
