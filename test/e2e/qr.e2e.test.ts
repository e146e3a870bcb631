// 码上说 in Chromium against a real server on SQLite, the whole loop the source describes: the
// secretary prints 1号楼's poster; a resident scans it on her phone (no account), files a leak with a
// photo and her phone number and is given the number to read out; the grid worker finds it in his
// inbox and escalates it; the secretary whistles the property company, which reports in, is handed
// the repair and resolves it; the secretary closes it; the resident opens her follow-up page, sees the outcome and rates it; the
// figures count the rating and drill down to her item. An Open311 client files and follows a request
// of its own through the GeoReport v2 API with a key made by `tongxin open311 add-client`.
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
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

const poll = { timeout: 15_000, interval: 100 }
const run = promisify(execFile)

const ZHANGMA = '320812400001'
const B01 = `${ZHANGMA}-B01`
const description = '1号楼2单元楼道顶上水管滴水，楼梯湿滑，老人上下楼危险'
const phone = '13912345678'

// An 8×8 blue PNG: what the camera hands over, as far as the server and the browser are concerned.
const photo = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEUlEQVR4nGOQqziBFTEMLQkABkZXgRDDjAEAAAAASUVORK5CYII=',
  'base64',
)

interface ApiSession {
  cookie: string
  csrfToken: string
  userId: string
}

interface Item {
  id: string
  number: string
  state: string
  level: string
  version: number
}

let server: TongxinServer
let browser: Browser | undefined

beforeAll(async () => {
  server = await startServer()
  browser = await launchBrowser()
}, 120_000)

afterAll(async () => {
  await browser?.close()
  await (server as TongxinServer | undefined)?.stop()
})

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
      const file = await screenshot(page, `qr-FAILED-${task.name}-${index}`)
      process.stderr.write(
        `\n[e2e] "${task.name}" failed at ${page.url()}${file ? `; screenshot ${file}` : ''}\n` +
          `${problems() || '(no browser console errors)'}\n--- server output ---\n${server.output() || '(none)'}\n`,
      )
    }
    await context.close()
  }
  opened = []
})

async function apiLogin(username: string): Promise<ApiSession> {
  const res = await fetch(`${server.baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  })
  if (res.status !== 200) throw new Error(`login as ${username}: HTTP ${res.status} ${await res.text()}`)
  const body = (await res.json()) as { csrfToken: string; user: { id: string } }
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ')
  return { cookie, csrfToken: body.csrfToken, userId: body.user.id }
}

async function api<T>(session: ApiSession, method: string, path: string, body?: unknown): Promise<T> {
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
  if (res.status !== 200) throw new Error(`${method} ${path}: HTTP ${res.status} ${text}`)
  return JSON.parse(text) as T
}

const act = (session: ApiSession, item: Item, body: Record<string, unknown>) =>
  api<Item>(session, 'POST', `/api/v1/requests/${item.id}/actions`, { version: item.version, ...body })

const getItem = (session: ApiSession, id: string) => api<Item>(session, 'GET', `/api/v1/requests/${id}`)

async function findByNumber(session: ApiSession, box: string, number: string): Promise<Item | undefined> {
  const inbox = await api<{ items: { id: string; number: string }[] }>(
    session,
    'GET',
    `/api/v1/requests?box=${box}&number=${number}&status=all`,
  )
  const found = inbox.items.find((i) => i.number === number)
  return found ? getItem(session, found.id) : undefined
}

/** Waits until the page's finite animations have run, so a tap lands where a person would tap. */
async function settled(page: Page): Promise<void> {
  await page.evaluate(
    `Promise.all(document.getAnimations()
      .filter((a) => a.effect && a.effect.getComputedTiming().iterations !== Infinity)
      .map((a) => a.finished.catch(() => undefined)))`,
  )
}

const horizontalOverflow = (page: Page) =>
  page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth')

/** What the resident carries from filing to rating: the number she was given and her page's path. */
let receipt: { number: string; followPath: string } | undefined

describe('码上说: from the poster on the stairwell wall to the resident’s rating', () => {
  it('the secretary opens 1号楼 and prints its poster: a QR code the browser can show, an A4 PDF', async () => {
    const page = await openPage()
    await page.goto(`${server.baseUrl}/login`)
    await submitLogin(page, 'shuji')
    const session = await apiLogin('shuji')
    const tree = await api<{ nodes: { id: string; kind: string; code: string; name: string }[] }>(
      session,
      'GET',
      '/api/v1/org/tree',
    )
    const building = tree.nodes.find((n) => n.kind === 'building' && n.code === B01)
    if (!building) throw new Error(`no building ${B01} in the demo tree`)
    await page.goto(`${server.baseUrl}/org/${building.id}`)
    await page.getByTestId('node-qr-poster').click()
    await expect.poll(() => pathOf(page), poll).toBe(`/org/${building.id}/qr`)
    await page.getByTestId('poster-sheet').waitFor()
    expect(await page.getByTestId('poster-sheet').textContent()).toContain(building.name)
    // The QR image has loaded and decoded (its pixels exist), so it prints.
    await expect
      .poll(
        () =>
          page
            .getByTestId('poster-qr')
            .evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth),
        poll,
      )
      .toBeGreaterThan(100)
    const pdfHref = await page.getByTestId('poster-pdf').getAttribute('href')
    if (!pdfHref) throw new Error('the poster page has no PDF link')
    const pdf = await page.request.get(new URL(pdfHref, server.baseUrl).toString())
    expect(pdf.status()).toBe(200)
    expect(pdf.headers()['content-type']).toBe('application/pdf')
    expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-')
  })

  it('a resident scans the code on her phone, files a leak with a photo without an account, and is given a number', async () => {
    const page = await openPage(phoneViewport)
    await page.goto(`${server.baseUrl}/q/${B01}`)
    await expect.poll(() => page.getByTestId('public-building-name').textContent(), poll).toContain('1号楼')
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)

    // Sending the empty form names what is missing, and files nothing.
    await page.getByTestId('public-submit').click()
    await expect.poll(() => page.locator('.ant-form-item-explain-error').count(), poll).toBeGreaterThan(0)

    await page.getByTestId('public-category').click()
    await settled(page)
    await page.locator('.ant-cascader-menu-item', { hasText: '设施维修' }).click()
    await settled(page)
    await page.locator('.ant-cascader-menu-item', { hasText: '供水管道' }).click()
    await settled(page)
    await page.getByTestId('public-description').fill(description)
    await page
      .getByTestId('public-photo-input')
      .setInputFiles({ name: 'leak.png', mimeType: 'image/png', buffer: photo })
    await expect.poll(() => page.getByTestId('public-photo-slot').locator('img').count(), poll).toBe(1)
    await page.getByTestId('public-phone').fill(phone)
    await expect.poll(() => page.getByTestId('public-submit').isEnabled(), poll).toBe(true)
    await page.getByTestId('public-submit').click()

    await page.getByTestId('public-receipt').waitFor({ timeout: 15_000 })
    const number = (await page.getByTestId('public-receipt-number').textContent())?.trim() ?? ''
    expect(number).toMatch(/^\d{4}-\d{6}$/)
    const followPath = (await page.getByTestId('public-follow-link').getAttribute('href')) ?? ''
    expect(followPath).toMatch(/^\/f\//)
    receipt = { number, followPath }

    // Her follow-up page says it is reported, under the same number, and offers no rating yet.
    await page.getByTestId('public-follow-link').click()
    await expect.poll(() => page.getByTestId('public-feedback-number').textContent(), poll).toContain(number)
    expect(await page.getByTestId('public-rating').count()).toBe(0)
  })

  it('the grid worker finds it in his inbox and escalates; the property company is whistled, reports and resolves it, and it is closed', async () => {
    if (!receipt) throw new Error('the resident did not file')
    const wangge = await apiLogin('wangge1')
    let item = await findByNumber(wangge, 'scope', receipt.number)
    if (!item) throw new Error(`${receipt.number} is not in the grid worker's inbox`)
    expect(item).toMatchObject({ state: 'reported', level: 'grid' })
    // The resident's photo came with it, and her phone is sealed like every identifier.
    const full = await api<{ files: unknown[]; reporter: { phone: string | null } }>(
      wangge,
      'GET',
      `/api/v1/requests/${item.id}`,
    )
    expect(full.files).toHaveLength(1)
    expect(full.reporter.phone).toBe('139****5678')
    expect(JSON.stringify(full)).not.toContain(phone)

    item = await act(wangge, item, { action: 'verify' })
    item = await act(wangge, item, { action: 'escalate', note: '主水管在地下室，需物业停水维修' })
    expect(item.level).toBe('community')

    const shuji = await apiLogin('shuji')
    const place = await api<{ place: { nodeId: string } }>(shuji, 'GET', `/api/v1/requests/${item.id}`)
    const providers = await api<{ items: { id: string; name: string }[] }>(
      shuji,
      'GET',
      `/api/v1/org/nodes/${place.place.nodeId}/providers`,
    )
    const property = providers.items.find((p) => p.name === '张码花园物业服务中心')
    if (!property) throw new Error('the property company does not serve 1号楼')
    const whistle = await api<{ parties: { id: string; version: number }[] }>(
      shuji,
      'POST',
      `/api/v1/requests/${item.id}/whistles`,
      {
        version: item.version,
        note: '请物业30分钟内到场关阀维修',
        providerIds: [property.id],
      },
    )
    const party = whistle.parties[0]
    if (!party) throw new Error('nobody was summoned')
    const wuye = await apiLogin('wuye')
    const whistled = await findByNumber(wuye, 'summoned', receipt.number)
    expect(whistled).toBeDefined()
    await api(wuye, 'POST', `/api/v1/whistle-parties/${party.id}/report`, {
      version: party.version,
      contribution: '已关闭楼栋进水阀，更换2单元破损管段',
    })

    // The secretary hands the repair to the summoned company's staff, who accept and resolve it.
    item = await getItem(shuji, item.id)
    const assignees = await api<{ items: { userId: string; kind: string }[] }>(
      shuji,
      'GET',
      `/api/v1/requests/${item.id}/assignees`,
    )
    expect(assignees.items.filter((a) => a.kind === 'summoned').map((a) => a.userId)).toContain(wuye.userId)
    item = await act(shuji, item, { action: 'dispatch', assigneeUserId: wuye.userId })
    item = await act(wuye, item, { action: 'accept' })
    item = await act(wuye, item, {
      action: 'resolve',
      outcome: 'solved',
      note: '物业已更换破损水管，楼道已清理',
    })
    item = await getItem(shuji, item.id)
    item = await act(shuji, item, { action: 'close' })
    expect(item.state).toBe('closed')
  })

  it('the resident opens her page again, sees it fixed, and rates it; the figures count her rating', async () => {
    if (!receipt) throw new Error('the resident did not file')
    const page = await openPage(phoneViewport)
    await page.goto(`${server.baseUrl}${receipt.followPath}`)
    await page.getByTestId('public-feedback-outcome').waitFor({ timeout: 15_000 })
    expect(await page.getByTestId('public-feedback-outcome').textContent()).toContain('物业已更换破损水管')
    // What the handlers said to each other stays with them.
    expect(await page.locator('body').textContent()).not.toContain('主水管在地下室')

    await page.getByTestId('public-satisfaction').getByText('满意', { exact: true }).click()
    await page.getByTestId('public-rate-submit').click()
    await expect.poll(() => page.getByTestId('public-rating').count(), poll).toBe(0)
    await expect.poll(() => page.getByTestId('public-feedback-state').textContent(), poll).toContain('已评价')

    // The secretary's figures count the rating; the count opens the list with her item in it.
    const desk = await openPage()
    await desk.goto(`${server.baseUrl}/login`)
    await submitLogin(desk, 'shuji')
    await expect.poll(() => pathOf(desk), poll).not.toBe('/login')
    await desk.getByTestId('nav-figures').click()
    await desk.getByTestId('figure-rated').waitFor({ timeout: 15_000 })
    await desk.getByTestId('figure-rated').click()
    await desk.getByTestId('figures-drill').waitFor()
    await expect.poll(() => desk.getByTestId('drill-number').allInnerTexts(), poll).toContain(receipt.number)
  })
})

describe('Open311: a city app files and follows a request with its own key', () => {
  it('files at a building code and reads it back, with the status the handlers set', async () => {
    const cli = join(process.cwd(), 'dist', 'server', 'cli.js')
    const added = await run(
      process.execPath,
      [cli, 'open311', 'add-client', '--name', '市民热线App', '--jurisdiction', ZHANGMA],
      {
        env: {
          // The server's own data directory and nothing of the calling shell (a DATABASE_URL there
          // would point the command at another database).
          PATH: process.env.PATH ?? '',
          HOME: process.env.HOME ?? '',
          NODE_ENV: 'development',
          TONGXIN_DATA_DIR: server.dataDir,
          LOG_LEVEL: 'warn',
        },
      },
    )
    const apiKey = /api_key: (\S+)/.exec(added.stdout)?.[1]
    if (!apiKey) throw new Error(`no api_key in: ${added.stdout}${added.stderr}`)

    const services = (await (
      await fetch(`${server.baseUrl}/open311/v2/services.json?jurisdiction_id=${ZHANGMA}`)
    ).json()) as {
      service_code: string
    }[]
    expect(services.map((s) => s.service_code)).toContain('facilities.lamp')

    const form = new URLSearchParams({
      api_key: apiKey,
      jurisdiction_id: ZHANGMA,
      service_code: 'facilities.lamp',
      address_id: B01,
      description: '1号楼门前路灯不亮，晚上看不清台阶',
    })
    const filed = await fetch(`${server.baseUrl}/open311/v2/requests.json`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form,
    })
    expect(filed.status).toBe(200)
    const [created] = (await filed.json()) as { service_request_id: string }[]
    if (!created) throw new Error('Open311 filed nothing')

    const read = async () =>
      (
        (await (
          await fetch(
            `${server.baseUrl}/open311/v2/requests/${encodeURIComponent(created.service_request_id)}.json?jurisdiction_id=${ZHANGMA}`,
          )
        ).json()) as { status: string; service_code: string }[]
      )[0]
    expect(await read()).toMatchObject({ status: 'open', service_code: 'facilities.lamp' })

    // The grid worker closes it; the client sees it closed.
    const wangge = await apiLogin('wangge1')
    const number = created.service_request_id.slice(-11)
    let item = await findByNumber(wangge, 'scope', number)
    if (!item) throw new Error(`${number} is not in the grid worker's inbox`)
    item = await act(wangge, item, { action: 'verify' })
    item = await act(wangge, item, { action: 'dispatch', assigneeUserId: wangge.userId })
    item = await act(wangge, item, { action: 'accept' })
    item = await act(wangge, item, { action: 'resolve', outcome: 'solved', note: '已更换灯泡' })
    await act(wangge, item, { action: 'close' })
    expect((await read())?.status).toBe('closed')
  })
})
