// The community service centre in Chromium against a real server on SQLite: the secretary books
// 党群活动室 for tomorrow morning, is told plainly when a second booking clashes with it, and cancels
// another with a reason; she publishes a calligraphy class with two places in 新时代文明实践站; the
// grid worker signs two residents of his grid up and the third is refused because it is full; the
// secretary records who came to an activity that has begun, which is then held, and the centre's
// figures count it and drill down to it.
import type { Browser, BrowserContext, Page } from 'playwright-core'
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
const DAY = 86_400_000
const SHANGHAI = 8 * 3_600_000

/** The Shanghai day of an instant, YYYY-MM-DD. */
const dayOf = (ms: number) => new Date(ms + SHANGHAI).toISOString().slice(0, 10)
const tomorrow = dayOf(Date.now() + DAY)
/** The Monday of the week a day is in. */
function mondayOf(day: string): string {
  const t = Date.parse(`${day}T00:00:00Z`)
  return dayOf(t - SHANGHAI - ((new Date(t).getUTCDay() + 6) % 7) * DAY)
}

// An 8×8 blue PNG: a photo of the activity, as far as the server and the browser are concerned.
const photo = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEUlEQVR4nGOQqziBFTEMLQkABkZXgRDDjAEAAAAASUVORK5CYII=',
  'base64',
)

// --- The API, for what the story needs beside the screens --------------------------------------

interface ApiSession {
  cookie: string
  csrfToken: string
}

async function apiLogin(username: string): Promise<ApiSession> {
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

interface Resident {
  id: string
  name: string
  status: string
}

/** Living residents of 第一网格 whose names no one else there shares (so a search finds them). */
async function gridResidents(): Promise<{ communityId: string; residents: Resident[] }> {
  const wangge = await apiLogin('wangge1')
  const tree = await apiCall<{ nodes: { id: string; kind: string; name: string }[] }>(
    wangge,
    'GET',
    '/api/v1/org/tree',
  )
  const grid = tree.body.nodes.find((n) => n.kind === 'grid' && n.name === '第一网格')
  const community = tree.body.nodes.find((n) => n.kind === 'community' && n.name === '张码花园社区')
  if (!grid || !community) throw new Error('the demo has no 第一网格 in 张码花园社区')
  const page = await apiCall<{ items: Resident[] }>(
    wangge,
    'GET',
    `/api/v1/org/nodes/${grid.id}/persons?limit=100`,
  )
  const count = new Map<string, number>()
  for (const p of page.body.items) count.set(p.name, (count.get(p.name) ?? 0) + 1)
  const residents = page.body.items.filter(
    (p) => p.status === 'active' && count.get(p.name) === 1 && p.name.length >= 2,
  )
  if (residents.length < 5) throw new Error('too few residents in 第一网格')
  return { communityId: community.id, residents }
}

// --- The browser --------------------------------------------------------------------------------

let server: TongxinServer
let browser: Browser | undefined
let residents: Resident[] = []
let communityId = ''
/** The calligraphy class the secretary publishes, shared by the later steps. */
let classId: string | undefined
/** The activity whose attendance is recorded, shared with the figures. */
let heldTitle: string | undefined

beforeAll(async () => {
  server = await startServer()
  ;({ communityId, residents } = await gridResidents())
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

/** A desk browser signed in as `username`, on `path`. */
async function signIn(username: string, path: string): Promise<Page> {
  if (!browser) throw new Error('the browser did not start')
  const context = await newContext(browser, server, { viewport: { width: 1440, height: 900 } })
  const page = await context.newPage()
  opened.push({ context, page, problems: watchPage(page) })
  await page.goto(path)
  await expect.poll(() => pathOf(page), poll).toBe('/login')
  await submitLogin(page, username)
  await expect.poll(() => pathOf(page), poll).toBe(new URL(path, server.baseUrl).pathname)
  return page
}

afterEach(async ({ task }) => {
  const failed = task.result?.state === 'fail'
  for (const [index, { context, page, problems }] of opened.entries()) {
    if (failed) {
      const file = await screenshot(page, `centre-FAILED-${task.name}-${index}`)
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

/** Waits until the page's finite animations (a dialog zooming in, a dropdown sliding down) have run. */
async function settled(page: Page): Promise<void> {
  await page.evaluate(
    `Promise.all(document.getAnimations()
      .filter((a) => a.effect && a.effect.getComputedTiming().iterations !== Infinity)
      .map((a) => a.finished.catch(() => undefined)))`,
  )
}

/** Opens an antd Select, types to narrow it (its list is virtual) and picks the option by its label. */
async function choose(page: Page, testId: string, label: string): Promise<void> {
  await page.getByTestId(testId).click()
  await settled(page)
  await page.keyboard.type(label)
  const option = page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${label}"]`)
  await option.waitFor()
  await settled(page)
  await option.click()
  await settled(page)
}

/** Picks a resident with the registry's search, as a worker types the name. */
async function pickResident(page: Page, scope: string, name: string): Promise<void> {
  const within = page.getByTestId(scope)
  await within.getByTestId('resident-search').fill(name)
  await within
    .getByTestId('resident-result')
    .filter({ hasText: new RegExp(`^${name}(\\s|$)`) })
    .first()
    .click()
}

async function fillBooking(
  page: Page,
  booking: { room: string; day: string; from: string; to: string; purpose: string; organiser: string },
): Promise<void> {
  await page.getByTestId('booking-new').click()
  await page.getByTestId('booking-form').waitFor()
  await settled(page)
  await choose(page, 'booking-room', booking.room)
  await page.getByTestId('booking-date').fill(booking.day)
  await choose(page, 'booking-start', booking.from)
  await choose(page, 'booking-end', booking.to)
  await page.getByTestId('booking-purpose').fill(booking.purpose)
  await page.getByTestId('booking-organiser').fill(booking.organiser)
  await page.getByTestId('booking-submit').click()
}

/** The pixel widths of the activity's photos as the browser decoded them (0: not shown). */
const photoWidths = (page: Page) =>
  page
    .getByTestId('activity-photos')
    .locator('img')
    .evaluateAll((imgs) => imgs.map((i) => (i as unknown as { naturalWidth: number }).naturalWidth))

const cell = (page: Page, room: string, day: string) =>
  page.locator(`[data-testid="week-cell"][data-room="${room}"][data-day="${day}"]`)

describe('the service centre on the secretary’s desk (SQLite)', () => {
  it('books 党群活动室 for tomorrow morning, shows a clash and a past time beside the form, cancels a booking', async () => {
    const page = await signIn('shuji', '/centre')
    await page.getByTestId('room-week').waitFor()
    await expect.poll(() => page.getByTestId('room-week').innerText(), poll).toContain('党群活动室')

    await fillBooking(page, {
      room: '党群活动室',
      day: tomorrow,
      from: '09:00',
      to: '11:00',
      purpose: '党员学习',
      organiser: '第一网格党支部',
    })
    // Booked: the form closes and the week of the booking shows it in the room's row, on its day.
    await page.getByTestId('booking-form').waitFor({ state: 'detached' })
    await expect.poll(text(page, 'week-range'), poll).toContain(mondayOf(tomorrow))
    const booked = cell(page, '党群活动室', tomorrow).getByTestId('booking-block')
    await booked.waitFor()
    expect(await booked.getByTestId('booking-block-time').textContent()).toBe('09:00–11:00')
    expect(await booked.getByTestId('booking-block-purpose').textContent()).toBe('党员学习')
    expect(await booked.getByTestId('booking-block-organiser').textContent()).toBe('第一网格党支部')
    await screenshot(page, 'centre-week-booked')

    // The same room 10:00–12:00: refused, the form says by whom and stays open to change the time.
    await fillBooking(page, {
      room: '党群活动室',
      day: tomorrow,
      from: '10:00',
      to: '12:00',
      purpose: '居民协商会',
      organiser: '居民议事会',
    })
    await page.getByTestId('booking-error').waitFor()
    const clash = (await page.getByTestId('booking-error').textContent()) ?? ''
    expect(clash).toContain('党群活动室')
    expect(clash).toContain('已被预约（第一网格党支部：党员学习）')
    expect(await page.getByTestId('booking-form').isVisible()).toBe(true)
    await screenshot(page, 'centre-booking-clash')

    // A morning already gone: the form puts the server's reason under the start time.
    await page.getByTestId('booking-date').fill(dayOf(Date.now() - DAY))
    await page.getByTestId('booking-submit').click()
    const startItem = page.locator('.ant-form-item').filter({ has: page.getByTestId('booking-start') })
    await expect
      .poll(() => startItem.locator('.ant-form-item-explain-error').allTextContents(), poll)
      .toContain('不能预约已经过去的时间')
    expect(await cell(page, '党群活动室', tomorrow).getByTestId('booking-block').count()).toBe(1)

    // Booked again at 11:00–12:00 (free), then cancelled with a reason: only the morning's remains.
    await page.getByTestId('booking-date').fill(tomorrow)
    await choose(page, 'booking-start', '11:00')
    await choose(page, 'booking-end', '12:00')
    await page.getByTestId('booking-submit').click()
    await page.getByTestId('booking-form').waitFor({ state: 'detached' })
    const blocks = cell(page, '党群活动室', tomorrow).getByTestId('booking-block')
    await expect
      .poll(() => blocks.getByTestId('booking-block-time').allTextContents(), poll)
      .toEqual(['09:00–11:00', '11:00–12:00'])
    await blocks.filter({ hasText: '11:00–12:00' }).getByTestId('booking-cancel').click()
    await page.getByTestId('reason-input').fill('议事会改期')
    await page.getByTestId('reason-submit').click()
    await expect
      .poll(() => blocks.getByTestId('booking-block-time').allTextContents(), poll)
      .toEqual(['09:00–11:00'])
  })

  it('publishes 书法兴趣班 in 新时代文明实践站 tomorrow afternoon with two places', async () => {
    const page = await signIn('shuji', '/centre')
    await page.getByTestId('centre-tab-activities').click()
    await page.getByTestId('activity-new').click()
    await page.getByTestId('activity-form').waitFor()
    await settled(page)
    await page.getByTestId('activity-title').fill('书法兴趣班')
    await choose(page, 'activity-kind', '文化')
    await page.getByTestId('activity-description').fill('书法老师讲解楷书基本笔画，笔墨纸砚由社区提供')
    await choose(page, 'activity-room', '新时代文明实践站')
    await page.getByTestId('activity-date').fill(tomorrow)
    await choose(page, 'activity-start', '14:00')
    await choose(page, 'activity-end', '16:00')
    await page.getByTestId('activity-capacity').fill('2')
    await page.getByTestId('activity-submit').click()

    await expect.poll(() => pathOf(page), poll).toMatch(/^\/centre\/activities\/[0-9a-f-]{36}$/)
    classId = pathOf(page).split('/').at(-1)
    await expect.poll(text(page, 'activity-title'), poll).toBe('书法兴趣班')
    expect(await page.getByTestId('activity-state').textContent()).toBe('待举办')
    expect(await page.getByTestId('activity-place').textContent()).toBe('新时代文明实践站')
    expect(await page.getByTestId('activity-signed-up').textContent()).toBe('0/2')
    expect(await page.getByTestId('activity-time').textContent()).toContain('14:00–16:00')
    // It has not started: who came cannot be recorded yet.
    expect(await page.getByTestId('attendance-open').isDisabled()).toBe(true)

    // Its room is booked with it, and the week links the booking to the activity.
    await page.goto(`/centre?week=${mondayOf(tomorrow)}`)
    const booking = cell(page, '新时代文明实践站', tomorrow).getByTestId('booking-block')
    await booking.waitFor()
    expect(await booking.getByTestId('booking-block-time').textContent()).toBe('14:00–16:00')
    await booking.getByTestId('booking-activity').click()
    await expect.poll(() => pathOf(page), poll).toBe(`/centre/activities/${classId ?? ''}`)
  })
})

describe('signing residents up on the grid worker’s desk (SQLite)', () => {
  it('signs up two residents of his grid; the third is refused because the class is full', async () => {
    if (!classId) throw new Error('the class was not published')
    const [first, second, third] = residents
    if (!first || !second || !third) throw new Error('residents missing')
    const page = await signIn('wangge1', '/centre')
    // He sees the centre but does not book its rooms.
    await page.getByTestId('room-week').waitFor()
    expect(await page.getByTestId('booking-new').count()).toBe(0)
    await page.getByTestId('centre-tab-activities').click()
    const row = page.getByTestId('activity-link').filter({ hasText: '书法兴趣班' })
    await row.click()
    await expect.poll(() => pathOf(page), poll).toBe(`/centre/activities/${classId}`)

    for (const [index, resident] of [first, second].entries()) {
      await pickResident(page, 'signup-panel', resident.name)
      await page.getByTestId('signup-submit').click()
      await expect
        .poll(() => page.getByTestId('signup-name').allTextContents(), poll)
        .toContain(resident.name)
      await expect.poll(text(page, 'activity-signed-up'), poll).toBe(`${String(index + 1)}/2`)
    }
    await pickResident(page, 'signup-panel', third.name)
    await page.getByTestId('signup-submit').click()
    await page.getByTestId('signup-error').waitFor()
    expect(await page.getByTestId('signup-error').textContent()).toContain('名额已满（2 人）')
    expect(await page.getByTestId('signup-name').allTextContents()).toEqual([first.name, second.name])
    await screenshot(page, 'centre-signup-full')
  })
})

describe('recording an activity that has begun, and the figures (SQLite)', () => {
  it('records who came, with a walk-in, a summary and a photo: the activity is held', async () => {
    const [first, , , fourth, fifth] = residents
    if (!first || !fourth || !fifth) throw new Error('residents missing')
    // An activity on the square starting in a few seconds (the forms take quarter hours, so it is
    // published through the API the form uses); a resident signs up before it starts.
    const shuji = await apiLogin('shuji')
    const startsAt = Date.now() + 8_000
    heldTitle = '广场健身操'
    const created = await apiCall<{ id: string }>(shuji, 'POST', '/api/v1/centre/activities', {
      communityId,
      title: heldTitle,
      kind: 'sports',
      description: '社区广场健身操，欢迎居民参加',
      startsAt,
      endsAt: startsAt + 3_600_000,
      place: '社区广场',
      capacity: 20,
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const wangge = await apiLogin('wangge1')
    for (const resident of [first, fourth]) {
      const signed = await apiCall(wangge, 'POST', `/api/v1/centre/activities/${created.body.id}/signups`, {
        personId: resident.id,
      })
      expect(signed.status, JSON.stringify(signed.body)).toBe(200)
    }

    const page = await signIn('shuji', `/centre/activities/${created.body.id}`)
    await expect.poll(text(page, 'activity-title'), poll).toBe(heldTitle)
    // Until it starts the button waits; the page enables it when the time comes.
    await expect
      .poll(() => page.getByTestId('attendance-open').isEnabled(), { ...poll, timeout: 20_000 })
      .toBe(true)
    expect(Date.now()).toBeGreaterThanOrEqual(startsAt)
    await page.getByTestId('attendance-open').click()
    await page.getByTestId('attendance-form').waitFor()
    await settled(page)
    // The first came, the other who signed up did not; a neighbour came without signing up.
    await page.getByTestId('attendance-signup').filter({ hasText: first.name }).click()
    await pickResident(page, 'attendance-form', fifth.name)
    await expect.poll(() => page.getByTestId('walkin-tag').allTextContents(), poll).toEqual([fifth.name])
    await page.getByTestId('attendance-summary').fill('居民踊跃参加，现场气氛热烈')
    await page
      .getByTestId('photo-input')
      .setInputFiles({ name: 'square.png', mimeType: 'image/png', buffer: photo })
    await page.getByTestId('photo-slot').locator('button').waitFor()
    expect(await page.getByTestId('attendance-count').textContent()).toContain('2')
    await screenshot(page, 'centre-attendance')
    await page.getByTestId('attendance-submit').click()

    await expect.poll(text(page, 'activity-state'), poll).toBe('已举办')
    expect(await page.getByTestId('activity-attended').textContent()).toBe('2')
    expect(await page.getByTestId('activity-summary').textContent()).toBe('居民踊跃参加，现场气氛热烈')
    expect(await page.getByTestId('activity-photo-count').textContent()).toBe('1 张')
    await expect.poll(() => photoWidths(page), poll).toEqual([8])
    expect(await page.getByTestId('signup-state').allTextContents()).toEqual(['已报名', '已报名', '现场参加'])
    expect(await page.getByTestId('signup-attended').count()).toBe(2)
    expect(await page.getByTestId('attendance-open').count()).toBe(0)
    await screenshot(page, 'centre-held')

    // The grid worker sees it held, with the photo the secretary took.
    const his = await signIn('wangge1', `/centre/activities/${created.body.id}`)
    await expect.poll(text(his, 'activity-state'), poll).toBe('已举办')
    await expect.poll(() => photoWidths(his), poll).toEqual([8])
  }, 90_000)

  it('counts it in the centre’s figures and drills down to it', async () => {
    if (!heldTitle) throw new Error('no activity was held')
    const page = await signIn('shuji', '/centre/figures')
    const value = (testId: string) => async () =>
      Number(
        (await page.getByTestId(testId).locator('.ant-statistic-content-value').innerText()).replace(
          /\D/g,
          '',
        ),
      )
    await expect.poll(value('centre-figure-held'), poll).toBeGreaterThanOrEqual(1)
    expect(await value('centre-figure-participants')()).toBeGreaterThanOrEqual(2)
    expect(await page.getByTestId('centre-kind-sports-held').textContent()).toBe('1')
    await screenshot(page, 'centre-figures')

    await page.getByTestId('centre-figure-held').click()
    await page.getByTestId('centre-figures-drill').waitFor()
    await expect
      .poll(
        () => page.getByTestId('centre-figures-drill').getByTestId('activity-link').allTextContents(),
        poll,
      )
      .toContain(heldTitle)
    // By kind: 体育 → the same activity; and from the list to the activity itself.
    await page.getByTestId('centre-kind-sports-held').click()
    await expect.poll(text(page, 'centre-figures-drill'), poll).toContain('体育')
    const link = page
      .getByTestId('centre-figures-drill')
      .getByTestId('activity-link')
      .filter({ hasText: heldTitle })
    await link.click()
    await expect.poll(() => pathOf(page), poll).toMatch(/^\/centre\/activities\//)
    await expect.poll(text(page, 'activity-state'), poll).toBe('已举办')
  })
})
