// 集体资产 in Chromium against a real server on SQLite: 李湾村's accountant registers a shop as an
// asset card, drafts a three-year lease over it whose schedule the server generates, signs it,
// records three years' rent paid in advance and finds the draft voucher in the books (this year's
// rent to 501, the rest to 211 预收租金), and the contract on the register; 孔连村's accountant sees
// none of it.
import type { Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { pathOf } from './harness.js'
import { apiLogin, apiRequest, poll, settled, textOf as text, useStory, type ApiSession } from './story.js'

const story = useStory('estate')
const signIn = story.signIn
let liwan = ''

async function apiCall(session: ApiSession, method: string, path: string, body?: unknown) {
  const res = await apiRequest(story.server(), session, method, path, body)
  return { status: res.status, body: res.body as Record<string, unknown> }
}

/** Opens an antd Select, types to narrow it and picks the option by its label. */
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

describe('集体资产: a shop let for three years, paid in advance', () => {
  it('the accountant registers the shop, signs the lease, records the rent and finds the voucher draft', async () => {
    const page = await signIn('kuaiji', '/estate')
    await expect.poll(() => pathOf(page), poll).toMatch(/^\/estate\/[0-9a-f-]{36}\/land$/)
    liwan = pathOf(page).split('/')[2] ?? ''
    await expect.poll(text(page, 'estate-village-name'), poll).toBe('李湾村')
    // The books must be open for the receipt's voucher.
    const kuaiji = await apiLogin(story.server(), 'kuaiji')
    const book = await apiCall(kuaiji, 'GET', `/api/v1/villages/${liwan}/books`)
    if (book.status !== 200)
      expect(
        (await apiCall(kuaiji, 'POST', `/api/v1/villages/${liwan}/books`, { startPeriod: '2026-01' })).status,
      ).toBe(201)

    // 资产: a new card for the shop.
    await page.getByTestId('estate-tab-assets').click()
    await page.getByTestId('asset-add').click()
    await page.getByTestId('asset-number').fill('E2E-SP-01')
    await page.getByTestId('asset-name').fill('E2E临街商铺')
    await choose(page, page.getByTestId('asset-kind'), '商铺')
    await page.getByTestId('asset-location').fill('李湾路 88 号')
    await page.getByTestId('asset-acquired').fill('2019-06-01')
    await page.getByTestId('asset-value').fill('600000')
    await page.getByTestId('asset-add-ok').click()
    await page.getByTestId('asset-row-E2E-SP-01').waitFor()

    // 合同: a lease for three years; the schedule comes from the annual rent.
    await page.getByTestId('estate-tab-contracts').click()
    await page.getByTestId('contract-add').click()
    await page.getByTestId('contract-number').fill('E2E-HT-01')
    await page.getByTestId('contract-party').fill('E2E便利店有限公司')
    await page.getByTestId('contract-phone').fill('13900001111')
    await choose(page, page.getByTestId('contract-assets'), 'E2E-SP-01 E2E临街商铺')
    await page.getByTestId('contract-starts').fill('2026-12-01')
    await page.getByTestId('contract-ends').fill('2029-11-30')
    await page.getByTestId('contract-rent').fill('60000')
    await page.getByTestId('contract-submit').click()
    await page.getByTestId('contract-page').waitFor()
    await expect.poll(text(page, 'contract-state'), poll).toBe('草拟')
    await expect.poll(() => page.getByTestId('contract-schedule').locator('tbody tr').count(), poll).toBe(3)
    await page.getByTestId('contract-signed-on').fill('2026-11-28')
    await page.getByTestId('contract-sign').click()
    await expect.poll(text(page, 'contract-state'), poll).toBe('已签订')

    // Three years' rent at once: one month of it is this year's income, the rest is received in advance.
    await page.getByTestId('receipt-amount').fill('180000')
    await page.getByTestId('receipt-submit').click()
    await expect.poll(text(page, 'contract-received'), poll).toBe('¥180,000.00')
    await expect.poll(text(page, 'receipt-advance'), poll).toBe('¥175,000.00')
    await page.getByTestId('receipt-voucher').click()
    await page.getByTestId('voucher-page').waitFor()
    await expect.poll(text(page, 'voucher-state'), poll).toBe('草稿')
    await expect.poll(text(page, 'voucher-sheet'), poll).toContain('预收租金')

    // The register lists it.
    await page.goto(`/estate/${liwan}/contracts`)
    await page.getByTestId('contract-row-E2E-HT-01').waitFor()
    await expect.poll(text(page, 'contract-row-E2E-HT-01'), poll).toContain('E2E便利店有限公司')
  })

  it('孔连村’s accountant sees none of it', async () => {
    const page = await signIn('kuaiji2', `/estate/${liwan}/contracts`)
    await expect.poll(() => page.getByText('页面不存在').count(), poll).toBeGreaterThan(0)
    expect(await page.getByTestId('contract-row-E2E-HT-01').count()).toBe(0)
    await page.goto('/estate')
    await expect.poll(() => pathOf(page), poll).toMatch(/^\/estate\/[0-9a-f-]{36}\/land$/)
    expect(pathOf(page)).not.toBe(`/estate/${liwan}/land`)
    await page.getByTestId('estate-tab-contracts').click()
    await page.getByTestId('estate-contracts').waitFor()
    expect(await page.getByTestId('contract-row-E2E-HT-01').count()).toBe(0)
    const kuaiji2 = await apiLogin(story.server(), 'kuaiji2')
    expect((await apiCall(kuaiji2, 'GET', `/api/v1/villages/${liwan}/estate/contracts`)).status).toBe(404)
    expect((await apiCall(kuaiji2, 'GET', `/api/v1/villages/${liwan}/estate/assets`)).status).toBe(404)
  })
})
