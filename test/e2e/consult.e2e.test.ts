// 协商议事 in Chromium against a real server on SQLite, the parking path of "done means": the
// secretary gathers three of the residents' parking complaints into a topic, invites two residents
// and the property company, schedules and records the meeting (attendance, minutes, a photo),
// records an adopted open vote, gives the decision a task and works it to 已落实; the complaints'
// timelines hear of it; the year report counts it and drills down to it; and the residents of a
// building read it on their building's page with no account and no names.
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
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
const desk: BrowserContextOptions = { viewport: { width: 1366, height: 900 } }
const photo = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEUlEQVR4nGOQqziBFTEMLQkABkZXgRDDjAEAAAAASUVORK5CYII=',
  'base64',
)
const title = '夜间停车秩序'
const rule = '晚九点后车辆一律停入地面车位，消防通道禁停，物业每晚巡查'

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

async function apiGet<T>(server: TongxinServer, session: ApiSession, path: string): Promise<T> {
  const res = await fetch(`${server.baseUrl}${path}`, { headers: { cookie: session.cookie } })
  if (res.status !== 200) throw new Error(`GET ${path}: HTTP ${res.status} ${await res.text()}`)
  return (await res.json()) as T
}

/** Two residents of the demo community whose names the registry's search finds alone. */
async function residentsWithOwnNames(server: TongxinServer, shuji: ApiSession): Promise<string[]> {
  const tree = await apiGet<{ nodes: { id: string; kind: string; name: string }[] }>(
    server,
    shuji,
    '/api/v1/org/tree',
  )
  const community = tree.nodes.find((n) => n.kind === 'community' && n.name === '张码花园社区')
  if (!community) throw new Error('the demo has no 张码花园社区')
  const tagged = await apiGet<{ items: { person: { id: string; name: string } }[] }>(
    server,
    shuji,
    `/api/v1/org/nodes/${community.id}/tagged?tag=elderly_alone&limit=50`,
  )
  const names: string[] = []
  for (const { person } of tagged.items) {
    if (names.includes(person.name)) continue
    const found = await apiGet<{ items: { id: string }[] }>(
      server,
      shuji,
      `/api/v1/persons/search?q=${encodeURIComponent(person.name)}&limit=10`,
    )
    if (found.items.length === 1 && found.items[0]?.id === person.id) names.push(person.name)
    if (names.length === 2) return names
  }
  throw new Error('the demo has too few residents with names of their own')
}

let server: TongxinServer
let browser: Browser | undefined
let shujiApi: ApiSession
let residents: string[] = []
/** The consultation the secretary raises, followed through the story. */
let consultation: { id: string; requestIds: string[] } | undefined

beforeAll(async () => {
  server = await startServer()
  shujiApi = await apiLogin(server, 'shuji')
  residents = await residentsWithOwnNames(server, shujiApi)
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
      const file = await screenshot(page, `consult-FAILED-${task.name}-${index}`)
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

/** Waits until the page's finite animations (a dialog zooming in) have run, so a click lands. */
async function settled(page: Page): Promise<void> {
  await page.evaluate(
    `Promise.all(document.getAnimations()
      .filter((a) => a.effect && a.effect.getComputedTiming().iterations !== Infinity)
      .map((a) => a.finished.catch(() => undefined)))`,
  )
}

async function signIn(page: Page, path: string, username: string): Promise<void> {
  await page.goto(path)
  await expect.poll(() => pathOf(page), poll).toBe('/login')
  await submitLogin(page, username)
  await expect.poll(() => pathOf(page), poll).toBe(path)
}

/** Picks an option of an antd Select by typing and choosing the option with that text. */
async function choose(page: Page, testId: string, option: string): Promise<void> {
  await page.getByTestId(testId).click()
  await page.keyboard.type(option)
  await page.locator('.ant-select-item-option').filter({ hasText: option }).first().click()
}

/** Shanghai wall-clock 'YYYY-MM-DDTHH:mm' some hours ago. */
function hoursAgo(hours: number): string {
  return new Date(Date.now() - hours * 3_600_000 + 8 * 3_600_000).toISOString().slice(0, 16)
}

describe('协商议事: from parking complaints to a rule carried out (SQLite)', () => {
  it('lets the secretary gather three parking complaints into a topic', async () => {
    const page = await openPage(desk)
    await signIn(page, '/consultations', 'shuji')
    expect(await page.getByTestId('nav-consult').textContent()).toContain('协商议事')
    await page.getByTestId('consult-new').click()
    await expect.poll(() => pathOf(page), poll).toBe('/consultations/new')

    await page.getByTestId('consult-title').fill(title)
    await page.getByTestId('consult-description').fill('居民多次投诉夜间车辆乱停、占用消防通道')
    await page.getByTestId('consult-source').getByText('由居民诉求汇集', { exact: true }).click()
    await page.getByTestId('consult-raised-by').fill('第一网格党支部')
    // The community's parking complaints, open or not, filtered by their category.
    await page.getByTestId('consult-request-open-only').click()
    await choose(page, 'consult-request-category', '停车管理')
    const options = page.getByTestId('consult-request-option')
    await expect.poll(() => options.count(), poll).toBeGreaterThanOrEqual(3)
    for (const i of [0, 1, 2]) await options.nth(i).locator('input[type=checkbox]').check()
    expect(await page.getByTestId('consult-request-count').textContent()).toBe('已选 3 件')
    await page.getByTestId('consult-agenda').fill('通报停车投诉\n讨论夜间停车规则\n表决')
    await screenshot(page, 'consult-new')
    await page.getByTestId('consult-submit').click()

    await expect.poll(() => pathOf(page), poll).toMatch(/^\/consultations\/[0-9a-f-]{36}$/)
    const id = pathOf(page).split('/').at(-1) ?? ''
    expect(await page.getByTestId('consult-state').textContent()).toBe('已提出')
    expect(await page.getByTestId('consult-requests').locator('a').count()).toBe(3)
    expect(await page.getByTestId('consult-agenda').locator('li').allTextContents()).toEqual([
      '通报停车投诉',
      '讨论夜间停车规则',
      '表决',
    ])
    const view = await apiGet<{ requests: { id: string }[] }>(server, shujiApi, `/api/v1/consultations/${id}`)
    consultation = { id, requestIds: view.requests.map((r) => r.id) }
  })

  it('invites two residents and the property company, schedules and records the meeting', async () => {
    if (!consultation) throw new Error('the topic was not raised')
    const page = await openPage(desk)
    await signIn(page, `/consultations/${consultation.id}`, 'shuji')
    for (const name of residents) {
      await page.getByTestId('resident-search').fill(name)
      await page.getByTestId('resident-result').filter({ hasText: name }).first().click()
      await page.getByTestId('resident-picked').waitFor()
      await page.getByTestId('consult-invite-person').click()
      await expect
        .poll(() => page.getByTestId('consult-invitee').allTextContents(), poll)
        .toContainEqual(expect.stringContaining(name))
    }
    await choose(page, 'consult-invite-provider-select', '张码花园物业服务中心')
    await page.getByTestId('consult-invite-provider').click()
    await expect.poll(() => page.getByTestId('consult-invitee').count(), poll).toBe(3)

    await page.getByTestId('consult-schedule-at').fill(hoursAgo(3))
    await page.getByTestId('consult-schedule-place').fill('协商议事室')
    await page.getByTestId('consult-schedule-save').click()
    await expect.poll(text(page, 'consult-state'), poll).toBe('已安排会议')

    // Everyone came.
    const form = page.getByTestId('consult-meeting-form')
    await form.getByTestId('consult-held-at').fill(hoursAgo(2))
    for (const box of await form.getByTestId('consult-attendance-option').all()) await box.click()
    await form.getByTestId('consult-minutes-input').fill('与会人员一致同意规范夜间停车，由物业负责巡查')
    await form
      .getByTestId('photo-input')
      .setInputFiles({ name: 'meeting.png', mimeType: 'image/png', buffer: photo })
    await form.getByTestId('photo-slot').locator('button').waitFor()
    await form.getByTestId('consult-meeting-save').click()
    await expect.poll(text(page, 'consult-state'), poll).toBe('已召开')
    expect(await page.getByTestId('consult-minutes').textContent()).toContain('规范夜间停车')
    const present = await page.getByTestId('consult-invitee').allTextContents()
    expect(present.every((p) => p.includes('到会'))).toBe(true)
    await screenshot(page, 'consult-held')
  })

  it('records an adopted open vote, works its task to 已落实, and tells the complaints', async () => {
    if (!consultation) throw new Error('the topic was not raised')
    const page = await openPage(desk)
    await signIn(page, `/consultations/${consultation.id}`, 'shuji')
    const form = page.getByTestId('consult-decision-form')
    await form.getByTestId('consult-decision-input').fill(rule)
    const ballots = form.getByTestId('consult-ballot')
    await expect.poll(() => ballots.count(), poll).toBe(3)
    await ballots.nth(0).getByText('赞成', { exact: true }).click()
    await ballots.nth(1).getByText('赞成', { exact: true }).click()
    await ballots.nth(2).getByText('弃权', { exact: true }).click()
    await form.getByTestId('consult-decision-submit').click()
    await expect.poll(text(page, 'consult-state'), poll).toBe('已形成决定')
    const decision = page.getByTestId('consult-decision').filter({ hasText: rule })
    expect(await decision.getByTestId('consult-decision-outcome').textContent()).toBe('通过')
    expect(await decision.getByTestId('consult-decision-carried').textContent()).toBe('待落实')
    expect(await decision.getByTestId('consult-ballots').textContent()).toContain(
      `${residents[0] ?? ''} · 赞成`,
    )

    await decision.getByTestId('consult-task-add').click()
    await settled(page)
    await page.getByTestId('consult-task-title').fill('施划夜间停车位')
    await page.getByTestId('consult-task-description').fill('物业在各楼前施划车位并设置消防通道禁停标识')
    await page.getByTestId('consult-task-submit').click()
    const task = decision.getByTestId('consult-task')
    await expect.poll(() => task.getByTestId('consult-task-state').textContent(), poll).toBe('待落实')

    for (const [action, state] of [
      ['claim', '已接收'],
      ['start', '落实中'],
    ] as const) {
      await task.getByTestId(`consult-task-${action}`).click()
      await expect.poll(() => task.getByTestId('consult-task-state').textContent(), poll).toBe(state)
    }
    await task.getByTestId('consult-task-resolve').click()
    await settled(page)
    await page.getByTestId('consult-step-note').fill('车位已施划，禁停标识已设置')
    await page.getByTestId('consult-step-ok').click()
    await expect.poll(() => task.getByTestId('consult-task-state').textContent(), poll).toBe('已完成待确认')
    expect(await decision.getByTestId('consult-decision-carried').textContent()).toBe('待落实')
    await task.getByTestId('consult-task-close').click()
    await expect.poll(() => task.getByTestId('consult-task-state').textContent(), poll).toBe('已落实')
    await expect
      .poll(() => decision.getByTestId('consult-decision-carried').textContent(), poll)
      .toBe('已落实')
    await screenshot(page, 'consult-carried-out')

    // Each complaint's timeline says it went to 协商议事, and what was decided.
    for (const requestId of consultation.requestIds) {
      const timeline = await apiGet<{ items: { note: string | null }[] }>(
        server,
        shujiApi,
        `/api/v1/requests/${requestId}/timeline`,
      )
      const notes = timeline.items.map((u) => u.note ?? '')
      expect(notes).toContain(`已提交协商议事：《${title}》`)
      expect(notes.some((n) => n.includes(`决定通过：${rule}`))).toBe(true)
    }
  })

  it('counts it in the year report, drilling down to the decision and back to its records', async () => {
    if (!consultation) throw new Error('the topic was not raised')
    const page = await openPage(desk)
    await signIn(page, '/figures', 'shuji')
    const section = page.getByTestId('figures-consult')
    await section.waitFor()
    expect(
      Number(
        await section
          .getByTestId('figures-consult-carried_out')
          .locator('.ant-statistic-content')
          .textContent(),
      ),
    ).toBeGreaterThanOrEqual(1)
    await section.getByTestId('figures-consult-carried_out').click()
    await expect.poll(() => pathOf(page), poll).toBe('/consultations/figures')
    const record = page.getByTestId('consult-records').locator('tr').filter({ hasText: rule })
    await expect.poll(() => record.count(), poll).toBe(1)
    await record.getByTestId('consult-record-link').click()
    await expect.poll(() => pathOf(page), poll).toBe(`/consultations/${consultation.id}`)
    await expect.poll(text(page, 'consult-title'), poll).toBe(title)
  })

  it('shows the rule to a building’s residents with no account, and no names', async () => {
    const tree = await apiGet<{
      nodes: { id: string; kind: string; code: string; parentId: string | null }[]
    }>(server, shujiApi, '/api/v1/org/tree')
    const view = await apiGet<{ place: { id: string } }>(
      server,
      shujiApi,
      `/api/v1/consultations/${consultation?.id ?? ''}`,
    )
    // A building under the topic's place (the community).
    const byId = new Map(tree.nodes.map((n) => [n.id, n]))
    const under = (id: string | null): boolean =>
      id !== null && (id === view.place.id || under(byId.get(id)?.parentId ?? null))
    const building = tree.nodes.find((n) => n.kind === 'building' && under(n.id))
    if (!building) throw new Error('the topic’s place has no building')
    const page = await openPage({ viewport: { width: 390, height: 844 } })
    await page.goto(`/q/${building.code}/decisions`)
    const mine = page.getByTestId('public-decision').filter({ hasText: rule })
    await expect.poll(() => mine.count(), poll).toBe(1)
    expect(await mine.getByTestId('public-decision-carried').textContent()).toBe('已落实')
    const body = (await page.textContent('body')) ?? ''
    for (const name of residents) expect(body).not.toContain(name)
    await screenshot(page, 'consult-public')
  })
})
