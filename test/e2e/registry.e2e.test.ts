// The registry pages in Chromium against a real server on SQLite: the grid worker finds a resident
// on a phone by the last four digits of a phone number, and the secretary sees the same resident
// in her grid's people list on the desk and shows the full phone number (an audited view).
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

// A synthetic resident; the phone's last four are what the grid worker types.
const resident = {
  // 白 sorts near the front by pinyin, so she is on the first page of a grid's people.
  name: '白秀英',
  phone: '13952017386',
  phoneTail: '7386',
  maskedPhone: '139****7386',
  idBody: '32081219660315208',
}

/** The check character of an 18-digit resident ID (GB 11643). */
function withCheckChar(body17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(body17.charAt(i)) * (weights[i] ?? 0)
  return body17 + ('10X98765432'[sum % 11] ?? '')
}

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

/** Registers the resident in a new room of 1号楼 (第一网格), or at the grid when rooms cannot be added. */
async function seedResident(server: TongxinServer): Promise<{ personId: string }> {
  const shuji = await apiLogin(server, 'shuji')
  const tree = await apiCall<{ nodes: TreeNode[] }>(server, shuji, 'GET', '/api/v1/org/tree')
  const community = tree.body.nodes.find((n) => n.kind === 'community' && n.name === '张码花园社区')
  const grid = tree.body.nodes.find(
    (n) => n.kind === 'grid' && n.name === '第一网格' && n.parentId === community?.id,
  )
  const building = tree.body.nodes.find((n) => n.kind === 'building' && n.parentId === grid?.id)
  if (!grid || !building) throw new Error('the demo community has no 第一网格 with a building')

  let placeId = grid.id
  const unit = await apiCall<{ id: string }>(server, shuji, 'POST', '/api/v1/org/nodes', {
    parentId: building.id,
    kind: 'unit',
    code: 'E2E-U1',
    name: '9单元',
  })
  if (unit.status === 201) {
    const room = await apiCall<{ id: string }>(server, shuji, 'POST', '/api/v1/org/nodes', {
      parentId: unit.body.id,
      kind: 'room',
      code: 'E2E-U1-901',
      name: '901',
    })
    if (room.status !== 201)
      throw new Error(`adding a room: HTTP ${room.status} ${JSON.stringify(room.body)}`)
    placeId = room.body.id
  }
  const person = await apiCall<{ id: string }>(server, shuji, 'POST', '/api/v1/persons', {
    name: resident.name,
    idType: 'resident_id',
    idNumber: withCheckChar(resident.idBody),
    phone: resident.phone,
    hukou: 'registered',
    placeId,
  })
  if (person.status !== 201)
    throw new Error(`registering: HTTP ${person.status} ${JSON.stringify(person.body)}`)
  return { personId: person.body.id }
}

let server: TongxinServer
let browser: Browser | undefined
let personId: string

beforeAll(async () => {
  server = await startServer()
  ;({ personId } = await seedResident(server))
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
      const file = await screenshot(page, `registry-FAILED-${task.name}-${index}`)
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

/** Nothing wider than the screen: the page never scrolls sideways. */
const horizontalOverflow = (page: Page) =>
  page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth')

describe('registry on a phone (SQLite)', () => {
  it('finds a resident by the last four digits of a phone number and opens her page', async () => {
    const page = await openPage(phoneViewport)
    await page.goto('/m/search')
    await expect.poll(() => pathOf(page), poll).toBe('/login')
    await submitLogin(page, 'wangge1')
    await expect.poll(() => pathOf(page), poll).toBe('/m/search')

    await page.getByTestId('search-input').fill(resident.phoneTail)
    const result = page.getByTestId('search-result').filter({ hasText: resident.name })
    await result.waitFor()
    // The server says how it read the four digits, and the phone stays masked in the list.
    expect(await page.getByTestId('search-summary').textContent()).toContain('按手机/证件尾号')
    expect(await result.textContent()).toContain(resident.maskedPhone)
    expect(await result.textContent()).not.toContain(resident.phone)
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
    await screenshot(page, 'registry-phone-search')

    await result.click()
    await expect.poll(() => pathOf(page), poll).toBe(`/m/persons/${personId}`)
    await expect.poll(text(page, 'person-name'), poll).toBe(resident.name)
    expect(await page.getByTestId('person-phone').textContent()).toBe(resident.maskedPhone)
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
    await screenshot(page, 'registry-phone-person')

    // Back to the same results: the query lives in the URL.
    await page.goBack()
    await expect.poll(() => pathOf(page), poll).toBe('/m/search')
    await page.getByTestId('search-result').filter({ hasText: resident.name }).waitFor()
    expect(await page.getByTestId('search-input').inputValue()).toBe(resident.phoneTail)
  })
})

describe('registry on the desk (SQLite)', () => {
  it('shows the secretary the resident in 第一网格 → 人员, and the full phone only on purpose', async () => {
    const page = await openPage({ viewport: { width: 1366, height: 860 } })
    await page.goto('/')
    await submitLogin(page, 'shuji')
    await expect.poll(text(page, 'current-user'), poll).toContain('李秀兰')

    await page.getByTestId('org-tree').getByText('第一网格', { exact: true }).click()
    await expect.poll(() => pathOf(page), poll).toMatch(/^\/org\//)
    await expect.poll(text(page, 'node-name'), poll).toBe('第一网格')
    await page.getByTestId('tab-persons').click()
    const row = page
      .getByTestId('node-persons')
      .locator('tr.ant-table-row')
      .filter({ hasText: resident.name })
    await page.getByTestId('node-persons').locator('tr.ant-table-row').first().waitFor()
    // Paged by pinyin: further pages load on request, should the demo hold many 白s.
    for (let more = 0; (await row.count()) === 0 && more < 20; more++) {
      await page.getByTestId('load-more').click()
      await page.waitForResponse((res) => res.url().includes('/persons?'))
    }
    await row.waitFor()
    expect(await row.textContent()).toContain(resident.maskedPhone)
    await screenshot(page, 'registry-desk-grid-persons')

    await row.getByTestId('person-link').click()
    await expect.poll(() => pathOf(page), poll).toBe(`/persons/${personId}`)
    await expect.poll(text(page, 'person-name'), poll).toBe(resident.name)
    expect(await page.getByTestId('person-phone').textContent()).toBe(resident.maskedPhone)

    // Unmasking says it is recorded before it happens.
    await page.getByTestId('person-unmask').click()
    await page.getByText('本次查看将记入审计日志').waitFor()
    await page.getByTestId('person-unmask-confirm').click()
    await expect.poll(text(page, 'person-phone'), poll).toBe(resident.phone)
    await page.getByTestId('person-unmasked').waitFor()
    await screenshot(page, 'registry-desk-person-unmasked')

    const audit = await apiCall<{ items: { action: string; targetId: string | null }[] }>(
      server,
      await apiLogin(server, 'shuji'),
      'GET',
      `/api/v1/audit?action=person.unmask&targetId=${personId}`,
    )
    expect(audit.status).toBe(200)
    expect(audit.body.items.some((e) => e.action === 'person.unmask' && e.targetId === personId)).toBe(true)

    await page.getByTestId('person-hide').click()
    await expect.poll(text(page, 'person-phone'), poll).toBe(resident.maskedPhone)
  })

  it('tells the secretary when someone else changed the person meanwhile, and shows their version', async () => {
    const page = await openPage({ viewport: { width: 1366, height: 860 } })
    await page.goto(`/persons/${personId}`)
    await submitLogin(page, 'shuji')
    await expect.poll(text(page, 'person-name'), poll).toBe(resident.name)
    await page.getByTestId('person-edit').click()
    await page.getByLabel('户籍类型').waitFor()

    // Meanwhile, a colleague corrects the name.
    const colleague = await apiLogin(server, 'shuji')
    const current = await apiCall<{ version: number }>(
      server,
      colleague,
      'GET',
      `/api/v1/persons/${personId}`,
    )
    const changed = await apiCall<{ name: string }>(
      server,
      colleague,
      'PATCH',
      `/api/v1/persons/${personId}`,
      {
        version: current.body.version,
        name: '白秀瑛',
      },
    )
    expect(changed.status).toBe(200)

    await page.getByTestId('person-save').click()
    // Nothing to save yet: the form saves only what was changed.
    await page.getByLabel('户籍类型').click()
    await page.getByTitle('流动人口').click()
    await page.getByTestId('person-save').click()
    await page.getByTestId('person-conflict').waitFor()
    expect(await page.getByTestId('person-conflict').textContent()).toContain('刚被他人修改')
    // The form now shows the colleague's version.
    await expect.poll(() => page.getByTestId('person-edit-name').inputValue(), poll).toBe('白秀瑛')
    await screenshot(page, 'registry-desk-person-conflict')

    await page.getByLabel('户籍类型').click()
    await page.getByTitle('流动人口').click()
    await page.getByTestId('person-save').click()
    await expect.poll(text(page, 'person-name'), poll).toBe('白秀瑛')
    await expect.poll(() => page.getByText('流动人口').count(), poll).toBeGreaterThan(0)
  })
})
