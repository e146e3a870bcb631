// 期初余额 in Chromium against a real server on SQLite: 李湾村's accountant uploads the trial balance
// of the old books (kept under the 2004 system) with one bad row; the row is reported with its
// reason and the good rows are written, mapped to the 2023 accounts (2004's 502 经营支出 lands on
// 2023's 511, 应付福利费 in a new sub-account of 应付款); the balances are off by the bad row's
// amount, so confirming is not offered until he enters that balance by hand; he confirms, the
// balances become read-only, and the balance sheet's 年初数 shows them.
import ExcelJS from 'exceljs'
import type { Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { pathOf } from './harness.js'
import { apiLogin, apiRequest, poll, settled, textOf as text, useStory } from './story.js'

const story = useStory('books-legacy')
const signIn = story.signIn

async function openBooks(startPeriod: string, villageId: string): Promise<void> {
  const kuaiji = await apiLogin(story.server(), 'kuaiji')
  const res = await apiRequest(story.server(), kuaiji, 'POST', `/api/v1/villages/${villageId}/books`, {
    startPeriod,
  })
  if (res.status !== 201) throw new Error(`open books: HTTP ${res.status} ${res.text}`)
}

async function choose(page: Page, select: Locator, label: string): Promise<void> {
  await select.click()
  await settled(page)
  await page.keyboard.type(label)
  const option = page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${label}"]`)
  await option.waitFor()
  await settled(page)
  await option.click()
  await settled(page)
}

/** The old books' year-end trial balance, as the 2004-system software printed it; row 9 is wrong. */
async function legacyWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('科目余额表')
  ws.addRow(['李湾村 旧账 年末科目余额表'])
  ws.addRow(['科目编码', '科目名称', '借方余额', '贷方余额', '户号'])
  ws.addRow(['101', '现金', 1234.5, null, null]) // row 3
  ws.addRow(['102', '银行存款', 86_000, null, null])
  ws.addRow(['151', '固定资产', 300_000, null, null])
  ws.addRow(['152', '累计折旧', null, 45_000, null])
  ws.addRow(['212', '应付福利费', null, 2_600, null])
  ws.addRow(['301', '资本', null, 320_000, null])
  ws.addRow(['129', '库存物资', 5_000, null, null]) // row 9: no such 2004 code (121 was meant)
  ws.addRow(['322', '收益分配', null, 24_634.5, null])
  ws.addRow([null, '合计', 392_234.5, 392_234.5, null])
  return Buffer.from(await wb.xlsx.writeBuffer())
}

describe('期初余额: the old books’ balances imported, fixed by hand and confirmed', () => {
  it('the accountant imports the legacy trial balance, fixes the bad row by hand, confirms and sees 年初数', async () => {
    const page = await signIn('kuaiji', '/books')
    await expect.poll(() => pathOf(page), poll).toMatch(/^\/books\/[0-9a-f-]{36}$/)
    const liwan = pathOf(page).split('/')[2] ?? ''
    await openBooks('2026-01', liwan)
    await page.goto(`/books/${liwan}/opening`)
    await page.getByTestId('books-opening').waitFor()
    await expect.poll(text(page, 'opening-state'), poll).toBe('未确认')
    await expect.poll(text(page, 'books-tab-opening'), poll).toBe('期初余额')

    // Upload with the default mode: the good rows are written, the bad one reported.
    await page
      .getByTestId('opening-import')
      .locator('input[type=file]')
      .setInputFiles({
        name: '李湾村旧账科目余额表.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: await legacyWorkbook(),
      })
    await page.getByTestId('opening-import-start').click()
    await page.getByTestId('opening-import-result').waitFor()
    await expect
      .poll(text(page, 'opening-import-summary'), poll)
      .toContain('已导入：共 8 行，正确 7 行，有问题 1 行')
    await expect.poll(text(page, 'opening-import-summary'), poll).toContain('21101 应付福利费')
    await expect.poll(text(page, 'opening-import-error-9'), poll).toContain('2004 年制度科目表中没有科目 129')
    // Mapped, never joined by code: 应付福利费 into 211's new sub-account, 收益分配 into 未分配收益.
    await expect.poll(text(page, 'opening-line-21101'), poll).toContain('¥2,600.00')
    await expect.poll(text(page, 'opening-line-32201'), poll).toContain('¥24,634.50')
    await expect.poll(text(page, 'opening-line-101'), poll).toContain('¥1,234.50')
    // Off by the bad row: not yet confirmable.
    await expect.poll(text(page, 'opening-balance-check'), poll).toBe('借贷不平，相差 5000.00')
    expect(await page.getByTestId('opening-confirm').isDisabled()).toBe(true)

    // The missing balance, typed by hand.
    await choose(page, page.getByTestId('opening-entry-account'), '121 库存物资')
    await page.getByTestId('opening-entry-debit').fill('5,000')
    await page.getByTestId('opening-entry-save').click()
    await expect.poll(text(page, 'opening-line-121'), poll).toContain('¥5,000.00')
    await expect.poll(text(page, 'opening-balance-check'), poll).toBe('借贷平衡')
    await expect.poll(text(page, 'opening-debit-total'), poll).toBe('¥392,234.50')

    await page.getByTestId('opening-confirm').click()
    await settled(page)
    await page.getByTestId('opening-confirm-ok').click()
    await expect.poll(text(page, 'opening-state'), poll).toBe('已确认')
    // Read-only from now on: no import, no entry, no confirm.
    expect(await page.getByTestId('opening-import').count()).toBe(0)
    expect(await page.getByTestId('opening-entry').count()).toBe(0)
    expect(await page.getByTestId('opening-confirm').count()).toBe(0)

    // The balance sheet starts from them: 年初数 of the books' first year.
    await page.goto(`/books/${liwan}/statements?report=balance_sheet&period=2026-01`)
    await page.getByTestId('statement').waitFor()
    const start = (row: number) => () =>
      page
        .getByTestId(`statement-row-${String(row)}`)
        .getByTestId('statement-start')
        .textContent()
    await expect.poll(start(1), poll).toBe('¥87,234.50') // 货币资金
    await expect.poll(start(4), poll).toBe('¥5,000.00') // 存货
    await expect.poll(start(14), poll).toBe('¥255,000.00') // 固定资产净值
    await expect.poll(start(23), poll).toBe('¥347,234.50') // 资产总计
    await expect.poll(start(25), poll).toBe('¥2,600.00') // 应付款项
    await expect.poll(start(37), poll).toBe('¥24,634.50') // 未分配收益
    await expect.poll(start(39), poll).toBe('¥347,234.50')
    await expect.poll(text(page, 'statement-check'), poll).toBe('资产总计 = 负债和所有者权益总计')
  })
})
