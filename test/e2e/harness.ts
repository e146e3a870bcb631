// Browser-test harness: a real Tongxin server as a child process (the built `dist/server/cli.js`,
// on SQLite or on a fresh PostgreSQL database) and Chromium through playwright-core.
// Chromium comes from the system (CHROMIUM_PATH or /usr/bin/chromium); never `playwright install`.
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import pg from 'pg'
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core'

export const DEMO_PASSWORD = 'tongxin@2026'
const repoRoot = resolve(import.meta.dirname, '..', '..')
export const resultsDir = join(repoRoot, 'test-results')

// ---------------------------------------------------------------------------------------------
// PostgreSQL

/** The server where the PostgreSQL smoke test may create a database, or undefined. */
export function pgAdminUrl(): string | undefined {
  const url = process.env.TONGXIN_TEST_PG_URL || process.env.DATABASE_URL
  return url && url !== '' ? url : undefined
}

export function requirePgAdminUrl(): string {
  const url = pgAdminUrl()
  if (!url) {
    throw new Error(
      'The PostgreSQL browser smoke test needs DATABASE_URL (or TONGXIN_TEST_PG_URL) pointing at a ' +
        'PostgreSQL server where it may create a database, e.g.\n' +
        '  URL=$(scripts/pg-throwaway.sh start /tmp/tongxin-pg) && DATABASE_URL=$URL npm run test:e2e\n' +
        'To run only the SQLite browser tests: TONGXIN_E2E_SKIP_PG=1 npm run test:e2e',
    )
  }
  return url
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url)
  u.pathname = `/${name}`
  return u.toString()
}

async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

// ---------------------------------------------------------------------------------------------
// The server

export interface TongxinServer {
  /** http://127.0.0.1:<port> */
  baseUrl: string
  dataDir: string
  /** The PostgreSQL database the server uses, when it runs on PostgreSQL. */
  databaseUrl: string | undefined
  pid: number
  /** What the server printed so far (stdout and stderr interleaved). */
  output(): string
  stop(): Promise<void>
}

/** A port the kernel just handed out on 127.0.0.1 (closed again, so the server can take it). */
export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer()
    probe.unref()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => {
        if (port > 0) resolvePort(port)
        else reject(new Error('could not find a free port'))
      })
    })
  })
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolveExit) => {
    if (child.exitCode !== null || child.signalCode !== null) resolveExit()
    else child.once('exit', () => resolveExit())
  })
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms))
}

async function waitForHealth(baseUrl: string, child: ChildProcess, output: () => string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  let lastProblem = 'no answer yet'
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `the server exited (${String(child.exitCode ?? child.signalCode)}) before it was healthy:\n${output()}`,
      )
    }
    try {
      const res = await fetch(`${baseUrl}/api/v1/health`, { signal: AbortSignal.timeout(2_000) })
      if (res.status === 200) return
      lastProblem = `HTTP ${res.status}: ${await res.text()}`
    } catch (error) {
      lastProblem = String(error)
    }
    await sleep(150)
  }
  throw new Error(`the server did not become healthy within ${timeoutMs} ms (${lastProblem}):\n${output()}`)
}

/**
 * Starts `node dist/server/cli.js serve` on a free port with a fresh data directory, and on a fresh
 * PostgreSQL database when `postgres` is set (SQLite otherwise: DATABASE_URL is never passed
 * through from the environment). Resolves once GET /api/v1/health answers 200; the server seeds
 * the demo community before it listens.
 */
export async function startServer(
  options: { postgres?: boolean; startTimeoutMs?: number } = {},
): Promise<TongxinServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tongxin-e2e-'))
  let adminUrl: string | undefined
  let databaseUrl: string | undefined
  let databaseName: string | undefined
  const cleanup = async () => {
    if (adminUrl && databaseName) {
      await adminQuery(adminUrl, `drop database if exists ${databaseName} with (force)`)
    }
    rmSync(dataDir, { recursive: true, force: true })
  }

  try {
    if (options.postgres) {
      adminUrl = requirePgAdminUrl()
      databaseName = `tx_e2e_${process.pid}_${randomBytes(4).toString('hex')}`
      await adminQuery(adminUrl, `create database ${databaseName}`)
      databaseUrl = withDatabase(adminUrl, databaseName)
    }
    const port = await freePort()
    const env: NodeJS.ProcessEnv = {}
    for (const [key, value] of Object.entries(process.env)) {
      // The server's own settings come only from here; vitest's NODE_ENV=test and any DATABASE_URL
      // or TONGXIN_* of the calling shell stay out.
      if (
        key === 'DATABASE_URL' ||
        key === 'NODE_ENV' ||
        key.startsWith('TONGXIN_') ||
        key.startsWith('VITEST')
      ) {
        continue
      }
      env[key] = value
    }
    Object.assign(env, {
      NODE_ENV: 'development',
      PORT: String(port),
      HOST: '127.0.0.1',
      TONGXIN_DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    })
    const child = spawn(process.execPath, [join(repoRoot, 'dist', 'server', 'cli.js'), 'serve'], {
      cwd: repoRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let log = ''
    const keep = (chunk: Buffer) => {
      log += chunk.toString('utf8')
      if (log.length > 200_000) log = log.slice(-100_000)
    }
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    const output = () => log
    const pid = child.pid
    if (pid === undefined) throw new Error('could not start the server process')
    const gone = exited(child)

    let stopped = false
    const stop = async () => {
      if (stopped) return
      stopped = true
      try {
        if (child.exitCode === null && child.signalCode === null) {
          process.kill(pid, 'SIGTERM')
          const timedOut = await Promise.race([gone.then(() => false), sleep(15_000).then(() => true)])
          if (timedOut) {
            process.stderr.write(
              `e2e: server ${pid} ignored SIGTERM for 15 s; sending SIGKILL\n${output()}\n`,
            )
            process.kill(pid, 'SIGKILL')
            await gone
          }
        }
      } finally {
        await cleanup()
      }
    }

    const baseUrl = `http://127.0.0.1:${port}`
    try {
      await waitForHealth(baseUrl, child, output, options.startTimeoutMs ?? 45_000)
    } catch (error) {
      await stop()
      throw error
    }
    return { baseUrl, dataDir, databaseUrl, pid, output, stop }
  } catch (error) {
    // stop() has cleaned up when the process was started; this covers failures before that.
    await cleanup().catch(() => undefined)
    throw error
  }
}

// ---------------------------------------------------------------------------------------------
// The browser

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: chromiumArgs,
  })
}

export const phoneViewport: BrowserContextOptions = {
  viewport: { width: 375, height: 740 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
}

/** A fresh browser context (own cookies and storage) pointed at the server, in Chinese. */
export async function newContext(
  browser: Browser,
  server: TongxinServer,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: server.baseUrl,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    ...options,
  })
  context.setDefaultTimeout(15_000)
  context.setDefaultNavigationTimeout(30_000)
  return context
}

/** Collects what the page says went wrong, to attach to a failure. */
export function watchPage(page: Page): () => string {
  const lines: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      lines.push(`console.${message.type()}: ${message.text()}`)
  })
  page.on('pageerror', (error) => lines.push(`pageerror: ${error.message}`))
  page.on('requestfailed', (request) =>
    lines.push(`requestfailed: ${request.method()} ${request.url()} ${request.failure()?.errorText ?? ''}`),
  )
  return () => lines.join('\n')
}

function fileSafe(name: string): string {
  return (
    name
      .replace(/[^\p{L}\p{N}._-]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 120) || 'page'
  )
}

/** Saves a full-page screenshot to test-results/<name>.png; never throws (it is diagnostics). */
export async function screenshot(page: Page, name: string): Promise<string | undefined> {
  try {
    mkdirSync(resultsDir, { recursive: true })
    const path = join(resultsDir, `${fileSafe(name)}.png`)
    await page.screenshot({ path, fullPage: true, timeout: 10_000 })
    return path
  } catch {
    return undefined
  }
}

// ---------------------------------------------------------------------------------------------
// Flows

/** Fills and submits the login form on the page it is on (the login page). */
export async function submitLogin(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.getByTestId('login-username').fill(username)
  await page.getByTestId('login-password').fill(password)
  await page.getByTestId('login-submit').click()
}

/** The URL path of the page, e.g. '/login'. */
export function pathOf(page: Page): string {
  return new URL(page.url()).pathname
}
