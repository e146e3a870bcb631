// One browser story per test file: a real server and Chromium started once for the file, pages
// signed in as demo users through the login page, the API as a signed-in user for what a story
// needs beside the screens, and — when a test fails — a screenshot of every page it opened, the
// browser's console and the server's output.
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, expect } from 'vitest'
import {
  DEMO_PASSWORD,
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

export const poll = { timeout: 15_000, interval: 100 }
const desk: BrowserContextOptions = { viewport: { width: 1440, height: 900 } }

export interface Story {
  server: () => TongxinServer
  browser: () => Browser
  /** A fresh context on the desk (or a phone), signed in as `username` through the login page. */
  signIn: (
    username: string,
    path: string,
    options?: { phone?: boolean; context?: BrowserContextOptions },
  ) => Promise<Page>
  /** A fresh page not signed in, closed (and pictured on a failure) like the others. */
  open: (options?: BrowserContextOptions) => Promise<Page>
}

/**
 * Starts the server and the browser before the file's tests (then runs `setup`, e.g. data made
 * through the API), closes every page after each test and stops both after the file.
 */
export function useStory(
  name: string,
  options: { setup?: (server: TongxinServer) => Promise<void>; startTimeoutMs?: number } = {},
): Story {
  let server: TongxinServer | undefined
  let browser: Browser | undefined
  let opened: { context: BrowserContext; page: Page; problems: () => string }[] = []

  beforeAll(async () => {
    server = await startServer()
    browser = await launchBrowser()
    await options.setup?.(server)
  }, options.startTimeoutMs ?? 180_000)

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  afterEach(async ({ task }) => {
    const failed = task.result?.state === 'fail'
    for (const [index, { context, page, problems }] of opened.entries()) {
      if (failed) {
        const file = await screenshot(page, `${name}-FAILED-${task.name}-${index}`)
        process.stderr.write(
          `\n[e2e] "${task.name}" failed at ${page.url()}${file ? `; screenshot ${file}` : ''}\n` +
            `${problems() || '(no browser console errors)'}\n--- server output ---\n${server?.output() || '(none)'}\n`,
        )
      }
      await context.close()
    }
    opened = []
  })

  const story: Story = {
    server: () => {
      if (!server) throw new Error('the server did not start')
      return server
    },
    browser: () => {
      if (!browser) throw new Error('the browser did not start')
      return browser
    },
    open: async (contextOptions = desk) => {
      const context = await newContext(story.browser(), story.server(), contextOptions)
      const page = await context.newPage()
      opened.push({ context, page, problems: watchPage(page) })
      return page
    },
    signIn: async (username, path, signInOptions = {}) => {
      const page = await story.open(signInOptions.context ?? (signInOptions.phone ? phoneViewport : desk))
      await page.goto(path)
      await expect.poll(() => pathOf(page), poll).toBe('/login')
      await submitLogin(page, username)
      await expect.poll(() => pathOf(page), poll).not.toBe('/login')
      return page
    },
  }
  return story
}

// --- The API, as a signed-in user --------------------------------------------------------------

export interface ApiSession {
  cookie: string
  csrfToken: string
}

export async function apiLogin(
  server: TongxinServer,
  username: string,
  password = DEMO_PASSWORD,
): Promise<ApiSession> {
  const res = await fetch(`${server.baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  })
  if (res.status !== 200) throw new Error(`login as ${username}: HTTP ${res.status} ${await res.text()}`)
  const body = (await res.json()) as { csrfToken: string }
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ')
  return { cookie, csrfToken: body.csrfToken }
}

/** One API call; the answer's status and its JSON body (null when there is none). */
export async function apiRequest(
  server: TongxinServer,
  session: ApiSession,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: unknown; text: string }> {
  const res = await fetch(`${server.baseUrl}${path}`, {
    method,
    headers: {
      cookie: session.cookie,
      'x-csrf-token': session.csrfToken,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await res.text()
  return { status: res.status, body: text === '' ? null : (JSON.parse(text) as unknown), text }
}

// --- Reading the page ---------------------------------------------------------------------------

/** A poller of the first element's text with this test id. */
export const textOf = (page: Page, testId: string) => () =>
  page.getByTestId(testId).first().textContent({ timeout: 5_000 })

/** Waits for the page's finite animations (antd's drawers, selects) to finish. */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(
    `Promise.all(document.getAnimations()
      .filter((a) => a.effect && a.effect.getComputedTiming().iterations !== Infinity)
      .map((a) => a.finished.catch(() => undefined)))`,
  )
}
