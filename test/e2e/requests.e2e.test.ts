// The requests pages in Chromium against a real server on SQLite: the grid worker files a leaking
// pipe on his phone with a photo, verifies and escalates it; the secretary opens it on the desk,
// whistles the property company, is told when a colleague acted first, dispatches it to herself,
// accepts, resolves and closes it — each step showing on screen as it happens.
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

// An 8×8 blue PNG: what the camera hands over, as far as the server and the browser are concerned.
const photo = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEUlEQVR4nGOQqziBFTEMLQkABkZXgRDDjAEAAAAASUVORK5CYII=',
  'base64',
)
const description = '1号楼楼道水管漏水，地面大片积水，住户出入不便'
const escalationNote = '水管主阀在地下室，需物业和社区协调停水维修'
const resolutionNote = '物业已更换破损水管并清理积水，居民确认不再漏水'

interface ApiSession {
  cookie: string
  csrfToken: string
}

async function apiLogin(server: TongxinServer, username: string): Promise<ApiSession> {
  const res = await fetch(`${server.baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  })
  if (res.status !== 200) throw new Error(`login as ${username}: HTTP ${res.status} ${await res.text()}`)
  const body = (await res.json()) as { csrfToken: string }
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ')
  return { cookie, csrfToken: body.csrfToken }
}

interface ApiAnswer<T> {
  status: number
  body: T
}

async function apiCall<T>(
  server: TongxinServer,
  session: ApiSession,
  method: string,
  path: string,
  body?: unknown,
): Promise<ApiAnswer<T>> {
  const res = await fetch(`${server.baseUrl}${path}`, {
    method,
    headers: {
      cookie: session.cookie,
      'x-csrf-token': session.csrfToken,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: res.status, body: (await res.json()) as T }
}

interface TreeNode {
  id: string
  parentId: string | null
  kind: string
  name: string
}

/** 1号楼 of the grid worker's grid, and an open leak already reported there (so filing meets a duplicate). */
async function seedEarlierLeak(
  server: TongxinServer,
): Promise<{ buildingName: string; earlierNumber: string }> {
  const wangge = await apiLogin(server, 'wangge1')
  const tree = await apiCall<{ nodes: TreeNode[] }>(server, wangge, 'GET', '/api/v1/org/tree')
  const grid = tree.body.nodes.find((n) => n.kind === 'grid' && n.name === '第一网格')
  const building = tree.body.nodes.find(
    (n) => n.kind === 'building' && n.parentId === grid?.id && n.name === '1号楼',
  )
  if (!building) throw new Error('the demo community has no 1号楼 in 第一网格')
  const earlier = await apiCall<{ item: { number: string } | null }>(
    server,
    wangge,
    'POST',
    '/api/v1/requests',
    {
      requestType: 'repair',
      categoryCode: 'facilities.water',
      channel: 'visit',
      description: '1号楼一单元门口水表井渗水',
      nodeId: building.id,
      confirmNotDuplicate: true,
    },
  )
  if (earlier.status !== 200 || !earlier.body.item)
    throw new Error(`filing the earlier leak: HTTP ${earlier.status} ${JSON.stringify(earlier.body)}`)
  return { buildingName: building.name, earlierNumber: earlier.body.item.number }
}

let server: TongxinServer
let browser: Browser | undefined
let seeded: { buildingName: string; earlierNumber: string }
/** The item the grid worker files, shared by the two halves of the story. */
let filed: { id: string; number: string } | undefined

beforeAll(async () => {
  server = await startServer()
  seeded = await seedEarlierLeak(server)
  browser = await launchBrowser()
})

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
      const file = await screenshot(page, `requests-FAILED-${task.name}-${index}`)
      process.stderr.write(
        `\n[e2e] "${task.name}" failed at ${page.url()}${file ? `; screenshot ${file}` : ''}\n` +
          `${problems() || '(no browser console errors)'}\n--- server output ---\n${server.output() || '(none)'}\n`,
      )
    }
    await context.close()
  }
  opened = []
})

const text = (page: Page, testId: string) => () =>
  page.getByTestId(testId).first().textContent({ timeout: 5_000 })

const horizontalOverflow = (page: Page) =>
  page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth')

/**
 * Waits until the page's finite animations (a dialog zooming in, a dropdown sliding down) have run,
 * so a click lands where a person would tap once the screen is still.
 */
async function settled(page: Page): Promise<void> {
  await page.evaluate(
    `Promise.all(document.getAnimations()
      .filter((a) => a.effect && a.effect.getComputedTiming().iterations !== Infinity)
      .map((a) => a.finished.catch(() => undefined)))`,
  )
}

/** Picks an option of an open antd Select by its exact label. */
async function pickOption(page: Page, label: string): Promise<void> {
  const option = page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${label}"]`)
  await option.waitFor()
  await settled(page)
  await option.click()
  await settled(page)
}

/** Every loaded photo on the page has pixels (the browser could fetch and decode it). */
async function photosShown(page: Page, testId: string): Promise<number> {
  const widths = await page
    .getByTestId(testId)
    .locator('img')
    .evaluateAll((imgs) => imgs.map((i) => (i as unknown as { naturalWidth: number }).naturalWidth))
  return widths.filter((w) => w > 0).length
}

/** Takes a step from the item page's action panel: opens its form, fills it, submits. */
async function takeStep(page: Page, action: string, fill?: () => Promise<void>): Promise<void> {
  await page.getByTestId(`act-${action}`).click()
  await page.getByTestId('act-form').waitFor()
  await settled(page)
  if (fill) await fill()
  await page.getByTestId('act-submit').click()
}

describe('requests on the grid worker’s phone (SQLite)', () => {
  it('files a leaking pipe with a photo, finds it in his inbox, verifies and escalates it', async () => {
    const page = await openPage(phoneViewport)
    await page.goto('/m')
    await expect.poll(() => pathOf(page), poll).toBe('/login')
    await submitLogin(page, 'wangge1')
    await expect.poll(() => pathOf(page), poll).toBe('/m')
    await page.getByTestId('home-new-request').click()
    await expect.poll(() => pathOf(page), poll).toBe('/m/requests/new')

    // Where: 1号楼 of his grid.
    await page.getByTestId('place-building').click()
    await pickOption(page, seeded.buildingName)
    // What: 设施维修 → 供水管道, a repair.
    await page.getByTestId('intake-category').click()
    await page.locator('.ant-cascader-menu-item[title="设施维修"]').click()
    await page.locator('.ant-cascader-menu-item[title="供水管道"]').click()
    await page.getByTestId('intake-type').getByText('报修', { exact: true }).click()
    await page.getByTestId('intake-description').fill(description)
    // A photo from the camera; the form waits for it to be stored.
    await page
      .getByTestId('photo-input')
      .setInputFiles({ name: 'leak.png', mimeType: 'image/png', buffer: photo })
    await page.getByTestId('photo-slot').locator('button').waitFor()
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
    await screenshot(page, 'requests-phone-intake')
    await page.getByTestId('intake-submit').click()

    // A leak at the same building is already open: the page offers it before filing a second one.
    await page.getByTestId('intake-duplicates').waitFor()
    expect(await page.getByTestId('intake-duplicate').first().textContent()).toContain(seeded.earlierNumber)
    await screenshot(page, 'requests-phone-duplicates')
    // It is another leak (inside the stairwell, not at the meter pit): file it anyway.
    await page.getByTestId('intake-file-anyway').click()

    await expect.poll(() => pathOf(page), poll).toMatch(/^\/m\/requests\/[0-9a-f-]{36}$/)
    const id = pathOf(page).split('/').at(-1) ?? ''
    await expect.poll(text(page, 'item-number'), poll).toMatch(/^\d{4}-\d{6}$/)
    const number = (await page.getByTestId('item-number').textContent()) ?? ''
    expect(number).not.toBe(seeded.earlierNumber)
    filed = { id, number }
    expect(await page.getByTestId('item-state').textContent()).toBe('待核实')
    expect(await page.getByTestId('item-level').textContent()).toBe('网格')
    expect(await page.getByTestId('item-category').textContent()).toBe('供水管道')
    expect(await page.getByTestId('item-description').textContent()).toBe(description)
    expect(await page.getByTestId('item-place').textContent()).toContain(seeded.buildingName)
    await expect.poll(() => photosShown(page, 'item-photos'), poll).toBe(1)
    expect(await page.getByTestId('timeline-action').first().textContent()).toBe('受理登记')

    // In his inbox (his grid's open items), and from there back to the item.
    await page.getByTestId('item-back').click()
    await expect.poll(() => pathOf(page), poll).toBe('/m/requests')
    const row = page.getByTestId('phone-inbox-row').filter({ hasText: number })
    await row.waitFor()
    expect(await row.textContent()).toContain('待核实')
    expect(await row.textContent()).toContain('1号楼楼道水管漏水')
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
    await screenshot(page, 'requests-phone-inbox')
    await row.click()
    await expect.poll(() => pathOf(page), poll).toBe(`/m/requests/${id}`)

    // Verified on the spot …
    await takeStep(page, 'verify')
    await expect.poll(text(page, 'item-state'), poll).toBe('待派遣')
    // … and beyond the grid: escalated to the community with a note.
    await takeStep(page, 'escalate', async () => {
      await page.getByTestId('act-note').fill(escalationNote)
    })
    await expect.poll(text(page, 'item-level'), poll).toBe('社区')
    // Now the community's to handle: he still reads it and may add a remark, but no longer handles it.
    await expect
      .poll(() => page.getByTestId('action-panel').locator('button').allTextContents(), poll)
      .toEqual(['备 注'])
    const escalation = page.getByTestId('timeline-step').filter({ hasText: '上报' })
    await escalation.waitFor()
    expect(await escalation.textContent()).toContain(escalationNote)
    expect(await escalation.textContent()).toContain('网格 → 社区')
    expect(await escalation.textContent()).toContain('陈志强')
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
    await screenshot(page, 'requests-phone-escalated')
  })
})

describe('requests on the secretary’s desk (SQLite)', () => {
  it('opens the escalated leak from her inbox, whistles, dispatches to herself, resolves and closes it', async () => {
    if (!filed) throw new Error('the grid worker’s filing did not happen')
    const item = filed
    const page = await openPage({ viewport: { width: 1366, height: 900 } })
    await page.goto('/requests')
    await expect.poll(() => pathOf(page), poll).toBe('/login')
    await submitLogin(page, 'shuji')
    await expect.poll(() => pathOf(page), poll).toBe('/requests')

    // Newest first in everything where she works.
    const row = page.getByTestId('inbox-row').filter({ hasText: item.number })
    await row.waitFor()
    expect(await page.getByTestId('inbox-number').first().textContent()).toBe(item.number)
    expect(await row.textContent()).toContain('待派遣')
    expect(await row.textContent()).toContain('社区')
    await screenshot(page, 'requests-desk-inbox')
    await row.getByTestId('inbox-title').click()
    await expect.poll(() => pathOf(page), poll).toBe(`/requests/${item.id}`)

    // What the grid worker saw and did: his photo, his escalation with its note.
    await expect.poll(text(page, 'item-number'), poll).toBe(item.number)
    await expect.poll(() => photosShown(page, 'item-photos'), poll).toBe(1)
    const escalation = page.getByTestId('timeline-step').filter({ hasText: escalationNote })
    await escalation.waitFor()
    expect(await escalation.textContent()).toContain('上报')
    expect(await escalation.textContent()).toContain('网格 → 社区')

    // 吹哨: summon the property company serving the community.
    await page.getByTestId('whistle-blow').click()
    await page.getByTestId('whistle-note').waitFor()
    await settled(page)
    await page.getByTestId('whistle-note').fill('楼道水管漏水，请物业带维修工到场')
    await page.getByTestId('whistle-providers').click()
    await pickOption(page, '张码花园物业服务中心（物业公司）')
    await page.getByTestId('whistle-submit').click()
    const party = page
      .getByTestId('whistle-parties')
      .locator('tr')
      .filter({ hasText: '张码花园物业服务中心' })
    await party.waitFor()
    expect(await party.textContent()).toContain('待报到')
    await page.getByTestId('timeline-step').filter({ hasText: '吹哨' }).waitFor()

    // A colleague adds a remark meanwhile: her next step meets a newer version.
    const colleague = await apiLogin(server, 'shuji')
    const current = await apiCall<{ version: number }>(
      server,
      colleague,
      'GET',
      `/api/v1/requests/${item.id}`,
    )
    const remark = await apiCall(server, colleague, 'POST', `/api/v1/requests/${item.id}/actions`, {
      action: 'comment',
      version: current.body.version,
      note: '已电话告知住户暂时关闭楼层水阀',
    })
    expect(remark.status).toBe(200)
    await takeStep(page, 'dispatch', async () => {
      await page.getByTestId('act-assignee').click()
      await pickOption(page, '我自己（李秀兰）')
    })
    await page.getByTestId('act-conflict').waitFor()
    expect(await page.getByTestId('act-conflict').textContent()).toContain('该记录已被他人修改')
    // The page read the item again: the colleague's remark is there.
    await page.getByTestId('timeline-step').filter({ hasText: '已电话告知住户暂时关闭楼层水阀' }).waitFor()
    await screenshot(page, 'requests-desk-conflict')

    // Dispatched to herself, now on the newer version.
    await takeStep(page, 'dispatch', async () => {
      await page.getByTestId('act-assignee').click()
      await pickOption(page, '我自己（李秀兰）')
      await expect.poll(text(page, 'act-assignee'), poll).toContain('我自己（李秀兰）')
    })
    await expect.poll(text(page, 'item-state'), poll).toBe('已派遣')
    expect(await page.getByTestId('item-assignee').textContent()).toBe('李秀兰')

    await takeStep(page, 'accept')
    await expect.poll(text(page, 'item-state'), poll).toBe('已签收')

    await takeStep(page, 'resolve', async () => {
      await page.getByTestId('act-outcome').getByText('已解决', { exact: true }).click()
      await page.getByTestId('act-note').fill(resolutionNote)
    })
    await expect.poll(text(page, 'item-state'), poll).toBe('已办结待核查')
    expect(await page.getByTestId('item-outcome').textContent()).toBe('已解决')

    await takeStep(page, 'close')
    await expect.poll(text(page, 'item-state'), poll).toBe('已结案')

    // The whole story in the timeline, in order.
    const steps = page.getByTestId('timeline-action')
    await expect
      .poll(() => steps.allTextContents(), poll)
      .toEqual(['受理登记', '核实立案', '上报', '吹哨', '备注', '派遣', '签收', '办结', '核查结案'])
    const resolved = page.getByTestId('timeline-step').filter({ hasText: resolutionNote })
    expect(await resolved.textContent()).toContain('结果：已解决')
    expect(await resolved.textContent()).toContain('已签收 → 已办结待核查')
    expect(await page.getByTestId('timeline-time').first().textContent()).toMatch(
      /^\d{4}年\d{1,2}月\d{1,2}日/,
    )
    await screenshot(page, 'requests-desk-closed')

    // Back in her inbox, the closed item is found by its number under 已办结.
    await page.goto(`/requests?status=closed&number=${item.number}`)
    const closedRow = page.getByTestId('inbox-row').filter({ hasText: item.number })
    await closedRow.waitFor()
    expect(await closedRow.textContent()).toContain('已结案')
  })
})
