// 党员报到 in Chromium against a real server on SQLite (the full demo): the community secretary
// registers a party member of the old 李湾村 branch who lives in 张码花园, linking the member's own
// account; the member, signed in on a phone-size page, claims the community's 微心愿 and records
// 2 hours of service; the secretary confirms it; the member's record shows 2 小时 and downloads as
// .xlsx with that total; and the year report's party section drills down to the record.
import Database from 'better-sqlite3'
import ExcelJS from 'exceljs'
import { spawnSync } from 'node:child_process'
import { join, resolve } from 'node:path'
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
const desk: BrowserContextOptions = { viewport: { width: 1366, height: 900 } }
const repoRoot = resolve(import.meta.dirname, '..', '..')
const username = 'dangyuan_e2e'
const wish = '帮助独居老人更换楼道灯泡'
const result = '已为3号楼独居老人更换两只楼道灯泡，并检查了电线'

let server: TongxinServer
let browser: Browser | undefined
let member: { id: string; name: string }

/** An active party member of 张码花园 not yet registered, whose name is their own in the community. */
function unregisteredPartyMember(): { id: string; name: string } {
  const db = new Database(join(server.dataDir, 'tongxin.sqlite'), { readonly: true, fileMustExist: true })
  try {
    const row = db
      .prepare(
        `select p.id, p.name from persons p join org_nodes c on c.id = p.community_id
         where c.code = '320812400001' and p.party_member = 1 and p.status = 'active'
           and not exists (select 1 from party_registrations g where g.person_id = p.id)
           and (select count(*) from persons q where q.name = p.name) = 1
         order by p.id limit 1`,
      )
      .get() as { id: string; name: string } | undefined
    if (!row) throw new Error('the demo has no unregistered party member with a name of their own')
    return row
  } finally {
    db.close()
  }
}

/** The member's own account, added as an administrator would (`tongxin user add`). */
function addMemberAccount(): void {
  const run = spawnSync(
    process.execPath,
    [
      join(repoRoot, 'dist', 'server', 'cli.js'),
      'user',
      'add',
      username,
      '--display',
      member.name,
      '--password',
      DEMO_PASSWORD,
      '--role',
      'party_member',
      '--scope',
      '320812400001',
    ],
    {
      cwd: repoRoot,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_ENV: 'development',
        TONGXIN_DATA_DIR: server.dataDir,
      },
      encoding: 'utf8',
    },
  )
  if (run.status !== 0) throw new Error(`user add failed: ${run.stderr}`)
}

interface ApiSession {
  cookie: string
  csrfToken: string
}

async function apiLogin(name: string): Promise<ApiSession> {
  const res = await fetch(`${server.baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: name, password: DEMO_PASSWORD }),
  })
  if (res.status !== 200) throw new Error(`login as ${name}: HTTP ${res.status} ${await res.text()}`)
  const body = (await res.json()) as { csrfToken: string }
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ')
  return { cookie, csrfToken: body.csrfToken }
}

async function api<T>(session: ApiSession, method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${server.baseUrl}${path}`, {
    method,
    headers: {
      cookie: session.cookie,
      'x-csrf-token': session.csrfToken,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  if (res.status >= 300) throw new Error(`${method} ${path}: HTTP ${res.status} ${await res.text()}`)
  return (await res.json()) as T
}

let zhangmaId = ''

beforeAll(async () => {
  server = await startServer()
  member = unregisteredPartyMember()
  addMemberAccount()
  const shuji = await apiLogin('shuji')
  const tree = await api<{ nodes: { id: string; kind: string; name: string }[] }>(
    shuji,
    'GET',
    '/api/v1/org/tree',
  )
  zhangmaId = tree.nodes.find((n) => n.kind === 'community' && n.name === '张码花园社区')?.id ?? ''
  // The community publishes a need for one member (published at the desk like any other).
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10)
  await api(shuji, 'POST', '/api/v1/party/tasks', {
    communityId: zhangmaId,
    kind: 'need',
    title: wish,
    description: '3号楼2单元楼道灯坏了，老人行动不便',
    onDate: today,
    capacity: 1,
  })
  browser = await launchBrowser()
}, 180_000)

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
  const context = await newContext(browser, server, { ...options, acceptDownloads: true })
  const page = await context.newPage()
  opened.push({ context, page, problems: watchPage(page) })
  return page
}

afterEach(async ({ task }) => {
  const failed = task.result?.state === 'fail'
  for (const [index, { context, page, problems }] of opened.entries()) {
    if (failed) {
      const file = await screenshot(page, `party-FAILED-${task.name}-${index}`)
      process.stderr.write(
        `\n[e2e] "${task.name}" failed at ${page.url()}${file ? `; screenshot ${file}` : ''}\n` +
          `${problems() || '(no browser console errors)'}\n--- server output ---\n${server.output() || '(none)'}\n`,
      )
    }
    await context.close()
  }
  opened = []
})

async function settled(page: Page): Promise<void> {
  await page.evaluate(
    `Promise.all(document.getAnimations()
      .filter((a) => a.effect && a.effect.getComputedTiming().iterations !== Infinity)
      .map((a) => a.finished.catch(() => undefined)))`,
  )
}

async function signIn(page: Page, path: string, name: string): Promise<void> {
  await page.goto(path)
  await expect.poll(() => pathOf(page), poll).toBe('/login')
  await submitLogin(page, name)
  await expect.poll(() => pathOf(page), poll).toBe(path)
}

/** Opens an antd Select, types to narrow it and picks the option that shows `text`. */
async function choose(page: Page, testId: string, typed: string, text = typed): Promise<void> {
  await page.getByTestId(testId).click()
  await settled(page)
  if (typed !== '') await page.keyboard.type(typed)
  const option = page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text })
    .first()
  await option.waitFor()
  await settled(page)
  await option.click()
  await settled(page)
}

describe('党员报到 in the browser', () => {
  it('registers a member, who claims a need and records 2 hours; confirmed, it shows, exports and counts', async () => {
    // The secretary registers the member at the desk, linking their account.
    const staff = await openPage(desk)
    await signIn(staff, '/party', 'shuji')
    await staff.getByTestId('nav-party').waitFor()
    await staff.getByTestId('party-register-open').click()
    await settled(staff)
    await choose(staff, 'party-register-person', member.name)
    await choose(staff, 'party-register-village', '', '李湾村')
    await staff.getByTestId('party-register-account').fill(username)
    await staff.getByTestId('party-register-submit').click()
    await expect.poll(() => staff.getByTestId('party-members').textContent(), poll).toContain(member.name)
    await expect.poll(() => staff.getByTestId('party-members').textContent(), poll).toContain('李湾村党支部')

    // The member, on a phone, claims the need and records 2 hours for it.
    const phone = await openPage(phoneViewport)
    await signIn(phone, '/m/party', username)
    const tasks = phone.getByTestId('party-phone-tasks')
    const item = tasks.locator('.ant-list-item', { hasText: wish })
    await item.getByTestId('party-task-claim').click()
    await expect.poll(() => item.textContent(), poll).toContain('我已认领')
    await phone.getByTestId('party-record-open').click()
    await choose(phone, 'party-record-kind', '', '微心愿')
    await choose(phone, 'party-record-task', '', wish)
    await phone
      .locator('input[data-testid="party-record-hours"], [data-testid="party-record-hours"] input')
      .first()
      .fill('2')
    await phone.getByTestId('party-record-description').fill(result)
    await phone.getByTestId('party-record-submit').click()
    await expect.poll(() => phone.getByTestId('party-phone').textContent(), poll).toContain('待确认 1 条')
    expect(
      await phone.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth'),
    ).toBe(0)

    // The secretary confirms it among the records awaiting confirmation.
    await staff.getByTestId('party-tab-records').click()
    const row = staff.getByTestId('party-records').locator('tr', { hasText: result })
    await row.getByTestId('party-record-confirm').click()
    await expect.poll(() => staff.getByTestId('party-records').textContent(), poll).not.toContain(result)

    // The member's record: 2 小时, and the same total in the .xlsx.
    await phone.reload()
    await expect.poll(() => phone.getByTestId('party-my-hours').textContent(), poll).toBe('2 小时')
    await phone.getByTestId('party-my-record').click()
    await expect.poll(() => phone.getByTestId('party-record-hours').textContent(), poll).toBe('2 小时')
    expect(await phone.getByTestId('party-member-record').textContent()).toContain('社区党组织（盖章）')
    const [download] = await Promise.all([
      phone.waitForEvent('download'),
      phone.getByTestId('party-record-xlsx').click(),
    ])
    expect(download.suggestedFilename()).toContain('党员报到服务记录')
    const book = new ExcelJS.Workbook()
    await book.xlsx.readFile(await download.path())
    const services = book.getWorksheet('服务记录')
    const total = services?.getRow(services.rowCount)
    expect(total?.getCell(1).value).toBe('合计')
    expect(total?.getCell(5).value).toBe(2)
    expect(services?.getRow(2).getCell(4).value).toBe(result)

    // The year report's party section opens the hours, and the record is among them.
    await staff.goto(`/figures?node=${zhangmaId}&period=year`)
    await staff.getByTestId('figures-party-hours').click()
    await expect.poll(() => pathOf(staff), poll).toBe('/party/figures')
    await expect.poll(() => staff.getByTestId('party-figure-rows').textContent(), poll).toContain(result)
    expect(await staff.getByTestId('party-figure-rows').textContent()).toContain(member.name)
  }, 180_000)
})
