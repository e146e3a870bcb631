// The figures page in Chromium: the secretary opens her community's figures, reads the year report,
// and a count opens the list of the items behind it; a request filed meanwhile moves the count.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  DEMO_PASSWORD,
  launchBrowser,
  newContext,
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
})
