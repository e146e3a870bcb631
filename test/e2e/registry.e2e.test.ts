// The registry pages in Chromium against a real server on SQLite: the grid worker finds a resident
// on a phone by the last four digits of a phone number; the secretary sees the same resident in her
// grid's people list on the desk and shows the full phone number (an audited view); and she imports
// her Excel registry, fixes the row it rejected, and sees each household's contact party member and
// the gaps.
import ExcelJS from 'exceljs'
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

// ————— The secretary's Excel registry: rejected, fixed, imported, imported again; contacts and gaps.

type Row = Record<string, string | number>

/** A workbook as the office keeps it: the template's sheets and headers (房屋, 人员, 联系户). */
async function registryWorkbook(sheets: Record<string, Row[]>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  for (const [name, rows] of Object.entries(sheets)) {
    const headers = [...new Set(rows.flatMap((r) => Object.keys(r)))]
    const ws = wb.addWorksheet(name)
    ws.addRow(headers)
    for (const r of rows) ws.addRow(headers.map((h) => r[h] ?? null))
  }
  return Buffer.from(await wb.xlsx.writeBuffer())
}

const imported = {
  head: { name: '孟庆华', id: withCheckChar('32081219520611101') },
  spouse: { name: '蒋玉梅', id: withCheckChar('32081219540923102') },
  member: { name: '孟德明', id: withCheckChar('32081219681103103') },
}
/** The spouse's number as typed wrong: one digit off, so its check character no longer holds. */
const mistyped = `${imported.spouse.id.slice(0, 16)}${imported.spouse.id[16] === '9' ? '8' : '9'}${imported.spouse.id.slice(17)}`

function registrySheets(spouseId: string): Record<string, Row[]> {
  return {
    房屋: [
      { 楼栋: '88号楼', 单元: '1', 房号: '101', 所属网格: '第一网格' },
      { 楼栋: '88号楼', 单元: '1', 房号: '102', 所属网格: '第一网格' },
    ],
    人员: [
      {
        户号: 'E2E-101',
        与户主关系: '户主',
        姓名: imported.head.name,
        证件号码: imported.head.id,
        联系电话: '13852016601',
        户籍类型: '户籍',
        楼栋: '88号楼',
        单元: '1',
        房号: '101',
        入住日期: '2024-05-01',
      },
      { 户号: 'E2E-101', 与户主关系: '妻', 姓名: imported.spouse.name, 证件号码: spouseId, 户籍类型: '户籍' },
      {
        户号: 'E2E-102',
        与户主关系: '户主',
        姓名: imported.member.name,
        证件号码: imported.member.id,
        户籍类型: '户籍',
        党员: '是',
        楼栋: '88号楼',
        单元: '1',
        房号: '102',
        入住日期: '2024-05-01',
      },
    ],
    联系户: [{ 党员姓名: imported.member.name, 党员证件号码: imported.member.id, 户号: 'E2E-101' }],
  }
}

async function uploadRegistry(page: Page, fileName: string, content: Buffer): Promise<void> {
  await page.locator('input[type=file]').setInputFiles({
    name: fileName,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: content,
  })
  await page.getByTestId('import-start').click()
}

const progressOf = (page: Page, fileName: string) =>
  page.getByTestId('import-progress').filter({ hasText: fileName })

describe('importing the registry on the desk (SQLite)', () => {
  it('rejects a workbook with a bad row, imports it fixed, changes nothing the second time, and shows contacts and gaps', async () => {
    const page = await openPage({ viewport: { width: 1366, height: 860 } })
    const shuji = await apiLogin(server, 'shuji')
    const tree = await apiCall<{ nodes: TreeNode[] }>(server, shuji, 'GET', '/api/v1/org/tree')
    const community = tree.body.nodes.find((n) => n.kind === 'community' && n.name === '张码花园社区')
    if (!community) throw new Error('no demo community')
    await page.goto(`/org/${community.id}`)
    await submitLogin(page, 'shuji')
    await page.getByTestId('node-import').click()
    await expect.poll(() => pathOf(page), poll).toBe(`/org/${community.id}/import`)

    // 1. All or nothing (the default): one mistyped ID number and nothing is imported.
    await uploadRegistry(page, '张码花园台账.xlsx', await registryWorkbook(registrySheets(mistyped)))
    const first = progressOf(page, '张码花园台账.xlsx')
    await expect.poll(() => first.getByTestId('import-status').textContent(), poll).toBe('未导入')
    // Sheet, row number (the header is row 1: the spouse is row 3), column, the value — masked like
    // every ID number on screen — and the reason, in Chinese. Her household waits with her.
    const problems = first.getByTestId('import-errors').locator('tr.ant-table-row')
    const masked = `3208**********${mistyped.slice(-4)}`
    await problems.filter({ hasText: masked }).waitFor()
    expect(await problems.filter({ hasText: masked }).locator('td').allTextContents()).toEqual([
      '人员',
      '3',
      '证件号码',
      masked,
      '校验位不正确',
    ])
    expect(await problems.filter({ hasText: '整户未导入' }).count()).toBe(1)
    expect(await first.textContent()).toContain('本次没有导入任何数据')
    await screenshot(page, 'registry-import-rejected')
    const before = await apiCall<{ items: unknown[] }>(
      server,
      shuji,
      'GET',
      `/api/v1/persons/search?q=${encodeURIComponent(imported.head.name)}`,
    )
    expect(before.body.items).toEqual([])

    // The problems can be taken away as a workbook to work through.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      first.getByTestId('import-errors-download').click(),
    ])
    const errorsBook = new ExcelJS.Workbook()
    await errorsBook.xlsx.readFile(await download.path())
    const errorText = errorsBook.worksheets
      .flatMap((ws) => ws.getSheetValues().flatMap((r) => (Array.isArray(r) ? r : [])))
      .map(String)
      .join(' ')
    expect(errorText).toContain('校验位不正确')

    // 2. Fixed and uploaded again: everything goes in.
    const fixed = await registryWorkbook(registrySheets(imported.spouse.id))
    await uploadRegistry(page, '张码花园台账-改正.xlsx', fixed)
    const second = progressOf(page, '张码花园台账-改正.xlsx')
    await expect.poll(() => second.getByTestId('import-status').textContent(), poll).toBe('已完成')
    expect(await second.textContent()).toContain('新增 3')

    // 3. The same file once more: recognised by ID numbers and codes, nothing changes.
    await uploadRegistry(page, '张码花园台账-再次.xlsx', fixed)
    const third = progressOf(page, '张码花园台账-再次.xlsx')
    await expect.poll(() => third.getByTestId('import-status').textContent(), poll).toBe('已完成')
    const counts = await third.locator('.ant-descriptions-item-content').allTextContents()
    expect(counts.length).toBeGreaterThan(0)
    for (const c of counts) expect(c).toMatch(/^新增 0，更新 0，未变 \d+$/)
    await screenshot(page, 'registry-import-again')

    // 4. 第一网格 → 住户: each household with its contact party member, or the gap in red.
    await page.getByTestId('org-tree').getByText('第一网格', { exact: true }).click()
    await expect.poll(text(page, 'node-name'), poll).toBe('第一网格')
    await page.getByTestId('tab-households').click()
    const households = page.getByTestId('node-households').locator('tr.ant-table-row')
    const covered = households.filter({ hasText: 'E2E-101' })
    await covered.waitFor()
    expect(await covered.getByTestId('household-contact').textContent()).toBe(imported.member.name)
    expect(await covered.textContent()).toContain('88号楼1单元101')
    const gap = households.filter({ hasText: 'E2E-102' })
    expect(await gap.getByTestId('household-no-contact').textContent()).toBe('无联系党员')
    await screenshot(page, 'registry-grid-households-contacts')

    // …and the gap is on the coverage list, where the secretary assigns someone.
    await page.getByTestId('tab-coverage').click()
    await page
      .getByTestId('coverage-uncovered-list')
      .locator('tr.ant-table-row')
      .filter({ hasText: 'E2E-102' })
      .waitFor()
    expect(
      await page
        .getByTestId('coverage-uncovered-list')
        .locator('tr.ant-table-row')
        .filter({ hasText: 'E2E-101' })
        .count(),
    ).toBe(0)
  })
})
