// The figures page in Chromium: the secretary opens her community's figures, reads the year report,
// and a count opens the list of the items behind it; a request filed meanwhile moves the count. The
// report shows the services too: 红代办's person-times open the errands behind them.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  DEMO_PASSWORD,
  launchBrowser,
  newContext,
  pathOf,
  screenshot,
  startServer,
  submitLogin,
  watchPage,
  type TongxinServer,
} from './harness.js'

const poll = { timeout: 15_000, interval: 100 }
let server: TongxinServer
let browser: Browser

beforeAll(async () => {
  server = await startServer()
  browser = await launchBrowser()
}, 120_000)

afterAll(async () => {
  await browser.close()
  await server.stop()
})

async function fileOne(description: string): Promise<string> {
  const login = await fetch(`${server.baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'shuji', password: DEMO_PASSWORD }),
  })
  const { csrfToken } = (await login.json()) as { csrfToken: string }
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ')
  const tree = (await (await fetch(`${server.baseUrl}/api/v1/org/tree`, { headers: { cookie } })).json()) as {
    nodes: { id: string; kind: string; inScope: boolean }[]
  }
  const building = tree.nodes.find((n) => n.kind === 'building' && n.inScope)
  const res = await fetch(`${server.baseUrl}/api/v1/requests`, {
    method: 'POST',
    headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
    body: JSON.stringify({
      requestType: 'repair',
      categoryCode: 'facilities.lamp',
      channel: 'phone',
      description,
      nodeId: building?.id,
      confirmNotDuplicate: true,
    }),
  })
  expect(res.status).toBe(200)
  return ((await res.json()) as { item: { number: string } }).item.number
}

const text = (page: Page, testId: string) => () => page.getByTestId(testId).innerText()
/** The number a Statistic under the test id shows, digits only. */
const value = (page: Page, testId: string) => async () =>
  Number(
    (await page.getByTestId(testId).locator('.ant-statistic-content-value').innerText()).replace(/\D/g, ''),
  )

describe('the figures page (SQLite)', () => {
  it('reads like the year report, and a count drills down to the items behind it', async () => {
    const number = await fileOne('楼道灯不亮，统计页面测试')
    const context = await newContext(browser, server)
    const page = await context.newPage()
    try {
      await page.goto(`${server.baseUrl}/login`)
      await submitLogin(page, 'shuji')
      await expect.poll(() => new URL(page.url()).pathname, poll).not.toBe('/login')
      // Signed in: from here on the page must not log errors or fail requests.
      const problems = watchPage(page)
      await page.getByTestId('nav-figures').click()
      await expect.poll(text(page, 'figures-report'), poll).toContain('张码花园社区在本期收集民情民意')
      const before = Number(
        (
          await page.getByTestId('figure-collected').locator('.ant-statistic-content-value').innerText()
        ).replace(/\D/g, ''),
      )
      expect(before).toBeGreaterThan(0)
      await page.getByTestId('figure-collected').click()
      await page.getByTestId('figures-drill').waitFor()
      await expect.poll(() => page.getByTestId('drill-number').allInnerTexts(), poll).toContain(number)
      await fileOne('又一盏路灯不亮')
      await page.reload()
      await expect
        .poll(
          async () =>
            Number(
              (
                await page.getByTestId('figure-collected').locator('.ant-statistic-content-value').innerText()
              ).replace(/\D/g, ''),
            ),
          poll,
        )
        .toBe(before + 1)
      await page.getByTestId('drill-number').filter({ hasText: number }).click()
      await expect.poll(() => page.url(), poll).toContain('/requests/')
      expect(problems(), problems()).toBe('')
    } catch (error) {
      await screenshot(page, 'figures-FAILED')
      throw error
    } finally {
      await context.close()
    }
  }, 120_000)

  it('shows 红代办 and the service centre too, and the person-times open the errands behind them', async () => {
    const context = await newContext(browser, server)
    const page = await context.newPage()
    try {
      await page.goto(`${server.baseUrl}/login`)
      await submitLogin(page, 'shuji')
      await expect.poll(() => pathOf(page), poll).not.toBe('/login')
      const problems = watchPage(page)
      await page.getByTestId('nav-figures').click()
      // The demo's year of confirmed errands; no activity held yet, but the section is hers to read.
      await expect.poll(value(page, 'figures-proxy-delivered'), poll).toBeGreaterThan(0)
      const delivered = await value(page, 'figures-proxy-delivered')()
      expect(await text(page, 'figures-proxy')()).toContain('服务人次')
      expect(await text(page, 'figures-proxy-paid')()).toContain('¥')
      await expect.poll(text(page, 'figures-centre'), poll).toContain('举办活动')
      await screenshot(page, 'figures-services')

      await page.getByTestId('figures-proxy-delivered').click()
      await expect.poll(() => pathOf(page), poll).toBe('/proxy/figures')
      // The same node and period: the 红代办 page counts the same, and lists the errands behind it.
      await expect.poll(value(page, 'proxy-figure-delivered'), poll).toBe(delivered)
      await page.getByTestId('proxy-figures-drill').waitFor()
      const rows = page.getByTestId('proxy-figures-drill').getByTestId('proxy-drill-number')
      await expect.poll(() => rows.count(), poll).toBeGreaterThan(0)
      expect(await rows.first().getAttribute('href')).toMatch(/^\/proxy\/[^/?]+$/)
      const number = await rows.first().innerText()
      await rows.first().click()
      await expect.poll(() => pathOf(page), poll).not.toBe('/proxy/figures')
      await expect.poll(() => pathOf(page), poll).toMatch(/^\/proxy\/[^/]+$/)
      await expect.poll(text(page, 'proxy-number'), poll).toBe(number)
      expect(problems(), problems()).toBe('')
    } catch (error) {
      await screenshot(page, 'figures-services-FAILED')
      throw error
    } finally {
      await context.close()
    }
  }, 120_000)
})
