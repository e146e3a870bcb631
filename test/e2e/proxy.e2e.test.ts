// 红代办 in Chromium against a real server on SQLite, as the team and a resident live it: the
// secretary files 买降压药 for an elderly resident who lives alone; 赵红梅 finds it among the unclaimed
// errands and claims it, while 钱立新, who had it open too, is told she was first; 赵红梅 records the
// ¥100.00 she took and the ¥58.50 she paid with the receipt's photo, reverses a mistyped entry and
// hands over; the resident opens the link of her text message on her phone without an account,
// reads the money and the change she is owed, and confirms; the errand shows it, and the
// secretary's 红代办 figures count it and drill down to it.
import Database from 'better-sqlite3'
import ExcelJS from 'exceljs'
import { join } from 'node:path'
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

// An 8×8 blue PNG: the receipt's photo, as far as the server and the browser are concerned.
const receipt = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEUlEQVR4nGOQqziBFTEMLQkABkZXgRDDjAEAAAAASUVORK5CYII=',
  'base64',
)
const title = '买降压药'
const description = '帮忙去药店买降压药（硝苯地平缓释片）两盒，送到家里'
const handover = '药已送到家中，找零41.50元当面交还'

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

/**
 * A resident of the demo community tagged 独居老人 whose name the registry's search finds alone, so
 * the secretary picks her by name without doubt.
 */
async function elderlyResidentLivingAlone(server: TongxinServer): Promise<{ id: string; name: string }> {
  const shuji = await apiLogin(server, 'shuji')
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
  for (const { person } of tagged.items) {
    const found = await apiGet<{ items: { id: string }[] }>(
      server,
      shuji,
      `/api/v1/persons/search?q=${encodeURIComponent(person.name)}&limit=10`,
    )
    if (found.items.length === 1 && found.items[0]?.id === person.id) return person
  }
  throw new Error('the demo has no elderly resident living alone with a name of her own')
}

/**
 * The path of the hand-over text message (/c/<token>), as the resident's phone receives it: the
 * notification outbox row the server wrote, read from its SQLite file without writing to it.
 */
function handoverLink(server: TongxinServer, itemId: string): string {
  const db = new Database(join(server.dataDir, 'tongxin.sqlite'), { readonly: true, fileMustExist: true })
  try {
    const row = db
      .prepare(
        `select params from notifications where item_id = ? and template = 'proxy_handover'
         order by created_at desc limit 1`,
      )
      .get(itemId) as { params: string } | undefined
    if (!row) throw new Error(`no hand-over text message for ${itemId}`)
    const { path } = JSON.parse(row.params) as { path?: string }
    if (!path?.startsWith('/c/')) throw new Error(`the hand-over message has no link: ${row.params}`)
    return path
  } finally {
    db.close()
  }
}

let server: TongxinServer
let browser: Browser | undefined
let resident: { id: string; name: string }
/** The errand the secretary files, followed through the story. */
let errand: { id: string; number: string } | undefined

beforeAll(async () => {
  server = await startServer()
  resident = await elderlyResidentLivingAlone(server)
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
      const file = await screenshot(page, `proxy-FAILED-${task.name}-${index}`)
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

/** Waits until the page's finite animations (a dialog zooming in) have run, so a click lands. */
async function settled(page: Page): Promise<void> {
  await page.evaluate(
    `Promise.all(document.getAnimations()
      .filter((a) => a.effect && a.effect.getComputedTiming().iterations !== Infinity)
      .map((a) => a.finished.catch(() => undefined)))`,
  )
}

/** Photos inside the element that the browser could fetch and decode. */
async function photosShown(page: Page, testId: string): Promise<number> {
  const widths = await page
    .getByTestId(testId)
    .locator('img')
    .evaluateAll((imgs) => imgs.map((i) => (i as unknown as { naturalWidth: number }).naturalWidth))
  return widths.filter((w) => w > 0).length
}

/** Opens `path`, signs in on the login page it leads to, and waits to be back on `path`. */
async function signIn(page: Page, path: string, username: string): Promise<void> {
  await page.goto(path)
  await expect.poll(() => pathOf(page), poll).toBe('/login')
  await submitLogin(page, username)
  await expect.poll(() => pathOf(page), poll).toBe(path)
}

/** Takes a step from the errand's action panel: opens its form, fills it, submits. */
async function takeStep(page: Page, action: string, fill?: () => Promise<void>): Promise<void> {
  await page.getByTestId(`act-${action}`).click()
  await page.getByTestId('act-form').waitFor()
  await settled(page)
  if (fill) await fill()
  await page.getByTestId('act-submit').click()
}

/** Records one entry of the money book as the proxy types it: the kind, the yuan, the receipt. */
async function recordMoney(
  page: Page,
  entry: { direction: '收取' | '代付'; yuan: string; receipt?: boolean; note?: string },
): Promise<void> {
  const form = page.getByTestId('money-form')
  await form.getByTestId('money-direction').getByText(entry.direction, { exact: true }).click()
  await form.getByTestId('money-amount').fill(entry.yuan)
  if (entry.receipt) {
    await form
      .getByTestId('receipt-photo-input')
      .setInputFiles({ name: 'receipt.png', mimeType: 'image/png', buffer: receipt })
    await form.getByTestId('receipt-photo-slot').locator('button').waitFor()
  }
  if (entry.note) await form.getByTestId('money-note').fill(entry.note)
  await form.getByTestId('money-submit').click()
}

describe('红代办 from filing to the resident’s confirmation (SQLite)', () => {
  it('lets the secretary file 买降压药 for an elderly resident who lives alone', async () => {
    const page = await openPage(desk)
    await signIn(page, '/proxy', 'shuji')
    expect(await page.getByTestId('nav-proxy').textContent()).toContain('红代办')
    await page.getByTestId('proxy-new').click()
    await expect.poll(() => pathOf(page), poll).toBe('/proxy/new')

    await page.getByTestId('resident-search').fill(resident.name)
    await page.getByTestId('resident-result').filter({ hasText: resident.name }).first().click()
    await page.getByTestId('resident-picked').waitFor()
    await page.getByTestId('proxy-file-category').getByText('代购代付', { exact: true }).click()
    await page.getByTestId('proxy-file-title').fill(title)
    await page.getByTestId('proxy-file-description').fill(description)
    // Her daughter's number: the hand-over message goes there.
    await page.getByTestId('proxy-file-phone').fill('13951234567')
    await screenshot(page, 'proxy-desk-file')
    await page.getByTestId('proxy-file-submit').click()

    await expect.poll(() => pathOf(page), poll).toMatch(/^\/proxy\/[0-9a-f-]{36}$/)
    const id = pathOf(page).split('/').at(-1) ?? ''
    await expect.poll(text(page, 'proxy-number'), poll).toMatch(/^\d{4}-\d{6}$/)
    errand = { id, number: (await page.getByTestId('proxy-number').textContent()) ?? '' }
    expect(await page.getByTestId('proxy-state').textContent()).toBe('待认领')
    expect(await page.getByTestId('proxy-category').textContent()).toBe('代购代付')
    expect(await page.getByTestId('proxy-title').textContent()).toBe(title)
    expect(await page.getByTestId('proxy-description').textContent()).toBe(description)
    expect(await page.getByTestId('proxy-resident-name').textContent()).toBe(resident.name)
    expect(await page.getByTestId('proxy-resident-tag').allTextContents()).toContain('独居老人')
    // The phone is masked even to the secretary.
    expect(await page.getByTestId('proxy-resident-phone').textContent()).toContain('139****4567')
    expect(await page.getByTestId('proxy-assignee').textContent()).toBe('待认领')
    await expect.poll(() => page.getByTestId('timeline-action').allTextContents(), poll).toEqual(['受理登记'])
    await screenshot(page, 'proxy-desk-filed')
  })

  it('lets 赵红梅 claim it from 待认领, tells 钱立新 she was first, and records the money to the fen', async () => {
    if (!errand) throw new Error('the secretary’s filing did not happen')
    const { id, number } = errand
    const hongdai = await openPage(desk)
    await signIn(hongdai, '/proxy', 'hongdai')
    // 待认领 is where the list opens; the new errand is on top.
    expect(await hongdai.locator('.ant-tabs-tab-active').textContent()).toBe('待认领')
    const row = hongdai.getByTestId('proxy-row').filter({ hasText: number })
    await row.waitFor()
    expect(await hongdai.getByTestId('proxy-row-number').first().textContent()).toBe(number)
    expect(await row.textContent()).toContain(resident.name)
    expect(await row.textContent()).toContain('代购代付')
    expect(await row.textContent()).toContain('待认领')
    await screenshot(hongdai, 'proxy-desk-unclaimed')

    // 钱立新 has the same errand open on her own screen.
    const other = await openPage(desk)
    await signIn(other, `/proxy/${id}`, 'hongdai2')
    await other.getByTestId('act-claim').waitFor()

    await row.getByTestId('proxy-row-number').click()
    await expect.poll(() => pathOf(hongdai), poll).toBe(`/proxy/${id}`)
    await takeStep(hongdai, 'claim')
    await expect.poll(text(hongdai, 'proxy-state'), poll).toBe('已认领')
    expect(await hongdai.getByTestId('proxy-assignee').textContent()).toBe('赵红梅')

    // Her claim comes second: the server's message says who has it, and her page catches up.
    await takeStep(other, 'claim')
    await other.getByTestId('act-error').waitFor()
    expect(await other.getByTestId('act-error').textContent()).toContain('已被赵红梅认领')
    await expect.poll(text(other, 'proxy-assignee'), poll).toBe('赵红梅')
    await screenshot(other, 'proxy-desk-already-claimed')

    // On her phone the errand is hers now, under 我的, one thumb away from its page.
    const mobile = await openPage(phoneViewport)
    await signIn(mobile, '/m', 'hongdai')
    await mobile.getByTestId('home-proxy').click()
    await expect.poll(() => pathOf(mobile), poll).toBe('/m/proxy')
    await mobile.getByTestId('proxy-view-mine').click()
    const mine = mobile.getByTestId('proxy-row').filter({ hasText: number })
    await mine.waitFor()
    expect(await mine.textContent()).toContain('已认领')
    expect(await horizontalOverflow(mobile)).toBeLessThanOrEqual(0)
    await screenshot(mobile, 'proxy-phone-mine')
    await mine.click()
    await expect.poll(() => pathOf(mobile), poll).toBe(`/m/proxy/${id}`)
    await expect.poll(text(mobile, 'proxy-state'), poll).toBe('已认领')
    await mobile.getByTestId('money-form').waitFor()
    expect(await horizontalOverflow(mobile)).toBeLessThanOrEqual(0)
    await screenshot(mobile, 'proxy-phone-errand')

    // The money: ¥100.00 taken from the resident, ¥58.50 paid at the pharmacy with the receipt.
    await recordMoney(hongdai, { direction: '收取', yuan: '100', note: '居民给的现金' })
    await expect.poll(text(hongdai, 'money-summary'), poll).toBe('收取 ¥100.00，应退还居民 ¥100.00')
    await recordMoney(hongdai, { direction: '代付', yuan: '58.50', receipt: true, note: '药店' })
    await expect
      .poll(text(hongdai, 'money-summary'), poll)
      .toBe('代付 ¥58.50，收取 ¥100.00，应退还居民 ¥41.50')
    await expect.poll(() => photosShown(hongdai, 'money-book'), poll).toBe(1)
    // A mistyped entry is reversed, not edited: the sums are as before, both rows stay.
    await recordMoney(hongdai, { direction: '收取', yuan: '10' })
    await expect
      .poll(text(hongdai, 'money-summary'), poll)
      .toBe('代付 ¥58.50，收取 ¥110.00，应退还居民 ¥51.50')
    await hongdai
      .getByTestId('money-entry')
      .filter({ hasText: '¥10.00' })
      .getByTestId('money-reverse')
      .click()
    await hongdai.getByTestId('reversal-note').waitFor()
    await settled(hongdai)
    await hongdai.getByTestId('reversal-note').fill('误录，居民只给了100元')
    await hongdai.getByTestId('reversal-submit').click()
    await expect
      .poll(text(hongdai, 'money-summary'), poll)
      .toBe('代付 ¥58.50，收取 ¥100.00，应退还居民 ¥41.50')
    await expect
      .poll(() => hongdai.getByTestId('money-entry-amount').allTextContents(), poll)
      .toEqual(['¥100.00', '¥58.50', '¥10.00', '-¥10.00'])
    expect(await hongdai.getByTestId('money-entry-kind').allTextContents()).toEqual([
      '收取',
      '代付',
      '收取',
      '冲正收取',
    ])
    expect(await hongdai.getByTestId('money-entry-reversed').count()).toBe(1)
    await screenshot(hongdai, 'proxy-desk-money')

    // Handed over with a note; only the resident (or someone else, in person) confirms.
    await takeStep(hongdai, 'resolve', async () => {
      await hongdai.getByTestId('act-outcome').getByText('已解决', { exact: true }).click()
      await hongdai.getByTestId('act-note').fill(handover)
    })
    await expect.poll(text(hongdai, 'proxy-state'), poll).toBe('已交付待确认')
    expect(await hongdai.getByTestId('act-confirm').count()).toBe(0)
    expect(await hongdai.getByTestId('money-form').count()).toBe(0)
    const steps = hongdai.getByTestId('timeline-action')
    await expect
      .poll(() => steps.allTextContents(), poll)
      .toEqual(['受理登记', '认领', '记录代办款项', '记录代办款项', '记录代办款项', '冲正款项', '交付'])
    const handedOver = hongdai.getByTestId('timeline-step').filter({ hasText: handover })
    expect(await handedOver.textContent()).toContain('款项：代付 ¥58.50，收取 ¥100.00，应退还居民 ¥41.50')
  })

  it('shows the resident her money and receipt without an account, and takes her confirmation', async () => {
    if (!errand) throw new Error('the errand was not handed over')
    const { id, number } = errand
    const link = handoverLink(server, id)
    const phone = await openPage(phoneViewport)
    await phone.goto(link)
    await phone.getByTestId('public-proxy-money').waitFor()
    expect(pathOf(phone)).toBe(link)
    expect(await phone.getByTestId('public-proxy-state').textContent()).toBe('已交付待确认')
    expect(await phone.getByTestId('public-proxy-name').textContent()).toBe('赵红梅')
    expect(await phone.getByTestId('public-proxy-note').textContent()).toBe(handover)
    const totals = (await phone.getByTestId('public-proxy-totals').textContent()) ?? ''
    expect(totals).toContain('代付 ¥58.50')
    expect(totals).toContain('收取 ¥100.00')
    expect(await phone.getByTestId('public-proxy-balance').textContent()).toBe('应退还居民 ¥41.50')
    const entries = await phone.getByTestId('public-proxy-entry').allTextContents()
    expect(entries[1]).toContain('代付 ¥58.50')
    await expect.poll(() => photosShown(phone, 'public-proxy-money'), poll).toBe(1)
    expect(await horizontalOverflow(phone)).toBeLessThanOrEqual(0)
    await screenshot(phone, 'proxy-phone-resident')

    await phone.getByTestId('public-proxy-confirm').click()
    await phone.getByTestId('public-proxy-satisfaction').getByText('满意', { exact: true }).click()
    await phone.getByTestId('public-proxy-submit').click()
    await phone.getByTestId('public-proxy-done').waitFor()
    expect(await phone.getByTestId('public-proxy-state').textContent()).toBe('已评价')
    expect(await phone.getByTestId('public-proxy-confirm').count()).toBe(0)
    await screenshot(phone, 'proxy-phone-confirmed')

    // 赵红梅's errand page shows the resident's word, in the resident's own name.
    const hongdai = await openPage(desk)
    await signIn(hongdai, `/proxy/${id}`, 'hongdai')
    await expect.poll(text(hongdai, 'proxy-number'), poll).toBe(number)
    expect(await hongdai.getByTestId('proxy-state').textContent()).toBe('已评价')
    expect(await hongdai.getByTestId('proxy-satisfaction').textContent()).toBe('满意')
    const confirmed = hongdai.getByTestId('timeline-step').filter({ hasText: '居民确认' })
    await confirmed.waitFor()
    expect(await confirmed.textContent()).toContain('居民本人（短信链接）')
  })

  it('counts the errand in the secretary’s 红代办 figures and drills down to it', async () => {
    if (!errand) throw new Error('the errand was not confirmed')
    const { id, number } = errand
    const page = await openPage(desk)
    await signIn(page, '/proxy', 'shuji')
    await page.getByTestId('proxy-figures-link').click()
    await expect.poll(() => pathOf(page), poll).toBe('/proxy/figures')
    // The demo's year of errands is there too; today, only this one was confirmed.
    await page.getByTestId('proxy-preset-today').click()
    const delivered = page.getByTestId('proxy-figure-delivered').locator('.ant-statistic-content-value')
    await expect.poll(() => delivered.textContent(), poll).toBe('1')
    expect(
      await page.getByTestId('proxy-figure-paid').locator('.ant-statistic-content-value').textContent(),
    ).toBe('¥58.50')
    const byProxy = page.getByTestId('proxy-by-proxy').locator('tr').filter({ hasText: '赵红梅' })
    expect(await byProxy.textContent()).toContain('1')
    await screenshot(page, 'proxy-desk-figures')

    // Today's money statement, as the community's accountant takes it away: her entries, in yuan.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('proxy-money-export').click(),
    ])
    expect(download.suggestedFilename()).toContain('红代办款项明细')
    const statement = new ExcelJS.Workbook()
    await statement.xlsx.readFile(await download.path())
    const total = (statement.getWorksheet('汇总')?.getSheetValues() ?? []).at(-1) as unknown[]
    expect(total.slice(1)).toEqual(['合计', 4, 58.5, 100])

    await page.getByTestId('proxy-figure-delivered').click()
    await page.getByTestId('proxy-figures-drill').waitFor()
    await expect.poll(() => page.getByTestId('proxy-drill-number').allTextContents(), poll).toEqual([number])
    await page.getByTestId('proxy-drill-number').click()
    await expect.poll(() => pathOf(page), poll).toBe(`/proxy/${id}`)
    await expect.poll(text(page, 'proxy-number'), poll).toBe(number)
  })

  it('hands a resident’s request for help to the proxy team from the request’s page', async () => {
    const shuji = await apiLogin(server, 'shuji')
    const res = await fetch(`${server.baseUrl}/api/v1/requests`, {
      method: 'POST',
      headers: { cookie: shuji.cookie, 'x-csrf-token': shuji.csrfToken, 'content-type': 'application/json' },
      body: JSON.stringify({
        requestType: 'help',
        categoryCode: 'livelihood.assistance',
        channel: 'phone',
        description: '腿脚不便，想请人帮忙代缴本季度水电费',
        reporterPersonId: resident.id,
        confirmNotDuplicate: true,
      }),
    })
    expect(res.status).toBe(200)
    const request = ((await res.json()) as { item: { id: string; number: string } }).item

    const page = await openPage(desk)
    await signIn(page, `/requests/${request.id}`, 'shuji')
    await page.getByTestId('hand-to-proxy').waitFor()
    await page.getByTestId('hand-to-proxy-category').click()
    await page.getByTitle('代扣代缴').click()
    await page.getByTestId('hand-to-proxy-submit').click()
    // The errand's page, for the same resident, naming the request it came from.
    await expect.poll(() => pathOf(page), poll).toMatch(/^\/proxy\/[0-9a-f-]{36}$/)
    await expect.poll(text(page, 'proxy-state'), poll).toBe('待认领')
    expect(await page.getByTestId('proxy-source').textContent()).toBe(`由诉求 ${request.number} 转来`)
    expect(await page.getByTestId('proxy-category').textContent()).toBe('代扣代缴')
    await page.getByTestId('proxy-source').click()
    await expect.poll(() => pathOf(page), poll).toBe(`/requests/${request.id}`)
    const handed = page.getByTestId('timeline-step').filter({ hasText: '已转红代办' })
    await handed.waitFor()
    // Handed over once: the panel now answers with the errand's number if asked again.
    await page.getByTestId('hand-to-proxy-category').click()
    await page.getByTitle('代扣代缴').click()
    await page.getByTestId('hand-to-proxy-submit').click()
    await expect
      .poll(() => page.getByTestId('hand-to-proxy').textContent(), poll)
      .toContain('已转红代办（编号')
  })
})
