// The shell in Chromium against a real server on SQLite: sign in, scope of the org tree, errors
// from the server in Chinese, the language switch, sign out, and the phone layout.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import {
  launchBrowser,
  newContext,
  pathOf,
  phoneViewport,
  screenshot,
  startServer,
  submitLogin,
  watchPage,
  type TongxinServer,
} from './harness.js'

const poll = { timeout: 15_000, interval: 100 }

let server: TongxinServer
let browser: Browser | undefined

beforeAll(async () => {
  server = await startServer()
  // SQLite even when the calling shell has DATABASE_URL set (CI exports it for the smoke test).
  if (server.databaseUrl !== undefined || !existsSync(join(server.dataDir, 'tongxin.sqlite'))) {
    throw new Error(`expected a server on SQLite in ${server.dataDir}:\n${server.output()}`)
  }
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  // Unset only when startServer() itself failed (it cleans up after itself then).
  await (server as TongxinServer | undefined)?.stop()
})

// Every test gets its own browser context (own cookies and storage); failures leave a screenshot.
interface Opened {
  context: BrowserContext
  page: Page
  problems: () => string
}
let opened: Opened[] = []

async function openPage(options: BrowserContextOptions = {}): Promise<Page> {
  if (!browser) throw new Error('the browser did not start')
  const context = await newContext(browser, server, options)
  const page = await context.newPage()
  opened.push({ context, page, problems: watchPage(page) })
  return page
}

afterEach(async ({ task }) => {
  const failed = task.result?.state === 'fail'
  for (const [index, { context, page, problems }] of opened.entries()) {
    if (failed) {
      const file = await screenshot(page, `shell-FAILED-${task.name}-${index}`)
      process.stderr.write(
        `\n[e2e] "${task.name}" failed at ${page.url()}${file ? `; screenshot ${file}` : ''}\n` +
          `${problems() || '(no browser console errors)'}\n--- server output ---\n${server.output() || '(none)'}\n`,
      )
    }
    await context.close()
  }
  opened = []
})

const text = (page: Page, testId: string) => () => page.getByTestId(testId).textContent({ timeout: 5_000 })

describe('desk shell (SQLite)', () => {
  it('sends a newcomer to the login page, then shows her shell, in Chinese and scoped to her community', async () => {
    const page = await openPage()
    await page.goto('/')
    await expect.poll(() => pathOf(page), poll).toBe('/login')
    await page.getByTestId('login-username').waitFor()

    await submitLogin(page, 'shuji')
    await expect.poll(() => pathOf(page), poll).toBe('/')
    await expect.poll(text(page, 'current-user'), poll).toContain('李秀兰')

    // Chinese by default: the document language and a label of the shell.
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN')
    expect(await page.getByTestId('logout').textContent()).toContain('退出登录')

    const tree = page.getByTestId('org-tree')
    await expect.poll(() => tree.textContent(), poll).toContain('张码花园社区')
    await expect.poll(() => tree.textContent(), poll).toContain('第一网格')
    // The other community of the park is outside her scope: not in the tree, nowhere on the page.
    expect(await tree.textContent()).not.toContain('花河佳苑社区')
    expect(await page.getByText('花河佳苑社区').count()).toBe(0)

    await screenshot(page, 'shell-desk-zh')
  })

  it("shows the server's Chinese message for a wrong password", async () => {
    const page = await openPage()
    await page.goto('/login')
    await submitLogin(page, 'shuji', 'not-the-password')
    await expect.poll(text(page, 'login-error'), poll).toContain('用户名或密码错误。')
    expect(pathOf(page)).toBe('/login')
    expect(await page.getByTestId('current-user').count()).toBe(0)
  })

  it('switches the interface to English, and the choice survives a reload', async () => {
    // Another account than the other tests: the language is saved to the account.
    const page = await openPage()
    await page.goto('/login')
    await submitLogin(page, 'jiedao')
    await expect.poll(text(page, 'current-user'), poll).toContain('周建国')
    await expect.poll(text(page, 'logout'), poll).toContain('退出登录')

    const saved = page.waitForResponse(
      (res) => res.request().method() === 'PATCH' && new URL(res.url()).pathname === '/api/v1/auth/me',
    )
    await page.getByTestId('lang-switch').getByText('English', { exact: true }).click()
    await expect.poll(text(page, 'logout'), poll).toContain('Sign out')
    expect((await saved).status()).toBe(200)
    expect(await page.locator('html').getAttribute('lang')).toBe('en')

    await page.reload()
    await expect.poll(text(page, 'current-user'), poll).toContain('周建国')
    await expect.poll(text(page, 'logout'), poll).toContain('Sign out')
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    expect(await page.getByTestId('logout').textContent()).not.toContain('退出登录')

    await screenshot(page, 'shell-desk-en')
  })

  it('signs out to the login page, after which the shell needs a login again', async () => {
    const page = await openPage()
    await page.goto('/')
    await expect.poll(() => pathOf(page), poll).toBe('/login')
    await submitLogin(page, 'shuji')
    await expect.poll(text(page, 'current-user'), poll).toContain('李秀兰')
    const cookiesWhileSignedIn = await page.context().cookies()

    await page.getByTestId('logout').click()
    await expect.poll(() => pathOf(page), poll).toBe('/login')
    await page.getByTestId('login-username').waitFor()

    await page.goto('/')
    await expect.poll(() => pathOf(page), poll).toBe('/login')
    await page.getByTestId('login-submit').waitFor()
    expect(await page.getByTestId('current-user').count()).toBe(0)

    // The old session cookie is dead on the server too, not just forgotten by this tab.
    const replay = await openPage()
    await replay.context().addCookies(cookiesWhileSignedIn)
    await replay.goto('/')
    await expect.poll(() => pathOf(replay), poll).toBe('/login')
    await replay.getByTestId('login-submit').waitFor()
    expect(await replay.getByTestId('current-user').count()).toBe(0)
  })
})

describe('phone layout (SQLite)', () => {
  it('shows the grid worker their name and grid at /m on a phone-sized screen', async () => {
    const page = await openPage(phoneViewport)
    await page.goto('/m')
    await expect.poll(() => pathOf(page), poll).toBe('/login')
    await submitLogin(page, 'wangge1')
    // Back where they were headed.
    await expect.poll(() => pathOf(page), poll).toBe('/m')
    await expect.poll(text(page, 'current-user'), poll).toContain('陈志强')
    await expect.poll(() => page.locator('main').textContent(), poll).toContain('第一网格')
    expect(page.viewportSize()).toEqual({ width: 375, height: 740 })
    // No desk sider on a phone.
    expect(await page.getByTestId('org-tree').count()).toBe(0)

    await screenshot(page, 'shell-phone-zh')
  })
})
