// One browser flow against a server on PostgreSQL: sign in → shell → switch language → sign out.
// Needs DATABASE_URL (or TONGXIN_TEST_PG_URL); without it this test FAILS, so CI can never skip it
// by accident. Leave the file out with TONGXIN_E2E_SKIP_PG=1 (see vitest.e2e.config.ts).
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import {
  launchBrowser,
  newContext,
  pathOf,
  requirePgAdminUrl,
  screenshot,
  startServer,
  submitLogin,
  watchPage,
  type TongxinServer,
} from './harness.js'

const poll = { timeout: 15_000, interval: 100 }
const text = (page: Page, testId: string) => () => page.getByTestId(testId).textContent({ timeout: 5_000 })

describe('PostgreSQL smoke (browser)', () => {
  it(
    'signs in, shows the shell, switches to English and signs out, on PostgreSQL',
    { timeout: 120_000 },
    async () => {
      requirePgAdminUrl()
      let server: TongxinServer | undefined
      const browser = await launchBrowser()
      let page: Page | undefined
      let problems = () => ''
      try {
        server = await startServer({ postgres: true })
        expect(server.databaseUrl).toMatch(/^postgres(ql)?:\/\//)
        const context = await newContext(browser, server)
        page = await context.newPage()
        problems = watchPage(page)

        await page.goto('/')
        await expect.poll(() => pathOf(page!), poll).toBe('/login')
        await submitLogin(page, 'shuji')
        await expect.poll(() => pathOf(page!), poll).toBe('/')
        await expect.poll(text(page, 'current-user'), poll).toContain('李秀兰')
        expect(await page.getByTestId('logout').textContent()).toContain('退出登录')
        const tree = page.getByTestId('org-tree')
        await expect.poll(() => tree.textContent(), poll).toContain('张码花园社区')
        await expect.poll(() => tree.textContent(), poll).toContain('第一网格')
        expect(await tree.textContent()).not.toContain('花河佳苑社区')

        const saved = page.waitForResponse(
          (res) => res.request().method() === 'PATCH' && new URL(res.url()).pathname === '/api/v1/auth/me',
        )
        await page.getByTestId('lang-switch').getByText('English', { exact: true }).click()
        await expect.poll(text(page, 'logout'), poll).toContain('Sign out')
        expect((await saved).status()).toBe(200)
        await page.reload()
        await expect.poll(text(page, 'logout'), poll).toContain('Sign out')
        await screenshot(page, 'pg-smoke-shell-en')

        await page.getByTestId('logout').click()
        await expect.poll(() => pathOf(page!), poll).toBe('/login')
        await page.goto('/')
        await expect.poll(() => pathOf(page!), poll).toBe('/login')
        await page.getByTestId('login-submit').waitFor()
        expect(await page.getByTestId('current-user').count()).toBe(0)
      } catch (error) {
        if (page) {
          const file = await screenshot(page, 'pg-smoke-FAILED')
          process.stderr.write(
            `\n[e2e] PostgreSQL smoke failed at ${page.url()}${file ? `; screenshot ${file}` : ''}\n` +
              `${problems() || '(no browser console errors)'}\n--- server output ---\n${server?.output() || '(none)'}\n`,
          )
        }
        throw error
      } finally {
        await browser.close()
        await server?.stop()
      }
    },
  )
})
