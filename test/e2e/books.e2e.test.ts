// 村账 in Chromium against a real server on SQLite, as 李湾村's accountant and reviewer keep a year
// of books: 孔德明 opens the books from 2024-12 and types the opening balances and a rent voucher
// into the grid (an unbalanced rent voucher shows the difference and the server refuses it with
// its own words); 刘玉梅 reviews, and may, while the maker may not; 孔德明 posts (记-001 …) and
// reverses a posted voucher with a red-letter one that shows red; the trial balance holds; the
// months close in order (a month before its predecessor is refused), December only once income and
// expenses are carried forward; the balance sheet balances and agrees with the income statement;
// and 孔连村's accountant finds no trace of 李湾村's books.
import { readFile } from 'node:fs/promises'
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core'
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

/** A member of 李湾村 who belongs to a household, as the accountant's search finds them. */
async function villageMember(session: ApiSession): Promise<{ name: string; code: string }> {
  const found = await apiCall<{ items: { id: string; name: string }[] }>(
    session,
    'GET',
    '/api/v1/persons/search?q=l&limit=50',
  )
  for (const p of found.body.items) {
    const person = await apiCall<{ name: string; household?: { code: string } | null }>(
      session,
      'GET',
      `/api/v1/persons/${p.id}`,
    )
    if (person.body.household) return { name: person.body.name, code: person.body.household.code }
  }
  throw new Error('the accountant finds no member of 李湾村 in a household')
}

// --- The browser --------------------------------------------------------------------------------

let server: TongxinServer
let browser: Browser | undefined
/** 李湾村, as the accountant's /books sends him there. */
let liwan = ''
/** The office-expense voucher that is reversed. */
let officeId = ''

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

/** A desk browser signed in as `username`, on `path` (the page it lands on may redirect further). */
async function signIn(username: string, path: string): Promise<Page> {
  if (!browser) throw new Error('the browser did not start')
  const context = await newContext(browser, server, { viewport: { width: 1440, height: 900 } })
  const page = await context.newPage()
  opened.push({ context, page, problems: watchPage(page) })
  await page.goto(path)
  await expect.poll(() => pathOf(page), poll).toBe('/login')
  await submitLogin(page, username)
  await expect.poll(() => pathOf(page), poll).not.toBe('/login')
  return page
}

afterEach(async ({ task }) => {
  const failed = task.result?.state === 'fail'
  for (const [index, { context, page, problems }] of opened.entries()) {
    if (failed) {
      const file = await screenshot(page, `books-FAILED-${task.name}-${index}`)
      process.stderr.write(
        `\n[e2e] "${task.name}" failed at ${page.url()}${file ? `; screenshot ${file}` : ''}\n` +
          `${problems() || '(no browser console errors)'}\n--- server output ---\n${server.output() || '(none)'}\n`,
      )
    }
    await context.close()
  }
  opened = []
})

/** The colour an element is drawn in, as the browser computes it (red letters are rgb(207, 19, 34)). */
function colorOf(locator: Locator): Promise<string> {
  return locator.evaluate(
    (el) =>
      (globalThis as unknown as { getComputedStyle: (e: unknown) => { color: string } }).getComputedStyle(el)
        .color,
  )
}

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

/** Opens an antd Select, types to narrow it and picks the option by its label. */
async function choose(page: Page, select: Locator, label: string): Promise<void> {
  await select.click()
  await settled(page)
  await page.keyboard.type(label)
  const option = page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${label}"]`)
  await option.waitFor()
  await settled(page)
  await option.click()
  await settled(page)
}

type Side = 'debit' | 'credit'

/**
 * Types a voucher line as the accountant does, from its account cell on: the code and Enter picks
 * the account, Enter passes the summary, the amount goes on its side, Enter moves on to the next
 * line (a new one appears past the last).
 */
async function typeLine(page: Page, code: string, side: Side, yuan: string): Promise<void> {
  await page.keyboard.type(code)
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option-active').waitFor()
  await page.keyboard.press('Enter')
  await settled(page)
  await page.keyboard.press('Enter') // summary → debit
  if (side === 'credit') await page.keyboard.press('Enter') // debit → credit
  await page.keyboard.type(yuan)
  await page.keyboard.press('Enter')
  if (side === 'debit') await page.keyboard.press('Enter') // credit → the next line
  await settled(page)
}

/** Opens a voucher from the list of all vouchers by its summary. */
async function openVoucher(page: Page, summary: string): Promise<void> {
  await page.goto(`/books/${liwan}/vouchers?period=all`)
  const row = page.getByTestId('voucher-list').locator('tr', { hasText: summary })
  await row.getByTestId('voucher-link').click()
  await page.getByTestId('voucher-page').waitFor()
  await expect
    .poll(async () => (await page.getByTestId('voucher-sheet').textContent()) ?? '', poll)
    .toContain(summary)
}

async function step(page: Page, testId: string, state: string): Promise<void> {
  await page.getByTestId(testId).click()
  await expect.poll(text(page, 'voucher-state'), poll).toBe(state)
}

async function closePeriod(page: Page, period: string): Promise<void> {
  const row = page.getByTestId(`books-period-${period}`)
  await row.getByTestId('books-close').click()
  await expect.poll(() => row.getByTestId('books-period-state').textContent(), poll).toBe('已结账')
}

describe('村账: a year of a village’s books in the browser', () => {
  it('the accountant opens the books and types the opening balances and a rent voucher through the grid', async () => {
    const page = await signIn('kuaiji', '/books')
    // One village: /books goes straight to it; it has no books yet, so 建立账套 is offered.
    await expect.poll(() => pathOf(page), poll).toMatch(/^\/books\/[0-9a-f-]{36}$/)
    liwan = pathOf(page).split('/')[2] ?? ''
    await expect.poll(text(page, 'books-village-name'), poll).toBe('李湾村')
    await page.getByTestId('books-open').waitFor()
    await page.getByTestId('books-open-period').click()
    await page.keyboard.type('2024-12')
    await page.keyboard.press('Tab')
    await page.getByTestId('books-open-submit').click()
    await expect.poll(text(page, 'books-start'), poll).toBe('2024年12月')
    await expect.poll(() => page.getByTestId('books-period-2025-06').count(), poll).toBe(1)

    // 期初: four lines typed cell by cell with the keyboard.
    await page.getByTestId('books-new-voucher').first().click()
    await page.getByTestId('voucher-entry').waitFor()
    await page.getByTestId('voucher-date').fill('2024-12-31')
    await page.getByTestId('voucher-summary').fill('期初余额')
    await page.getByTestId('voucher-line-0').getByTestId('line-account').click()
    await typeLine(page, '102', 'debit', '500,000')
    await typeLine(page, '151', 'debit', '1000000.00')
    await typeLine(page, '301', 'credit', '1400000')
    await typeLine(page, '32201', 'credit', '100000')
    await expect.poll(text(page, 'voucher-debit-total'), poll).toBe('¥1,500,000.00')
    await expect.poll(text(page, 'voucher-credit-total'), poll).toBe('¥1,500,000.00')
    await expect.poll(text(page, 'voucher-balanced'), poll).toBe('借贷平衡')
    // The Enter past the last line left a fifth, empty line: it is not sent.
    expect(await page.locator('[data-testid^="voucher-line-"]').count()).toBe(5)
    await page.getByTestId('voucher-save').click()
    await page.getByTestId('voucher-page').waitFor()
    await expect.poll(text(page, 'voucher-state'), poll).toBe('草稿')
    await expect.poll(text(page, 'voucher-sheet-debit'), poll).toBe('¥1,500,000.00')

    // The rent: typed one fen short, the grid shows the difference and the server refuses it.
    await page.goto(`/books/${liwan}/vouchers/new`)
    await page.getByTestId('voucher-entry').waitFor()
    await page.getByTestId('voucher-date').fill('2025-01-10')
    await page.getByTestId('voucher-summary').fill('收到门面房全年租金')
    await page.getByTestId('voucher-attachments').locator('input').fill('2')
    const first = page.getByTestId('voucher-line-0')
    const second = page.getByTestId('voucher-line-1')
    await choose(page, first.getByTestId('line-account'), '102 银行存款')
    await first.getByTestId('line-credit').fill('5')
    // Typing on the debit side clears the credit.
    await first.getByTestId('line-debit').fill('120000')
    await expect.poll(() => first.getByTestId('line-credit').inputValue(), poll).toBe('')
    await choose(page, second.getByTestId('line-account'), '501 经营收入')
    await second.getByTestId('line-credit').fill('119999.99')
    await expect.poll(text(page, 'voucher-difference'), poll).toBe('借贷差额 ¥0.01')
    expect(await colorOf(page.getByTestId('voucher-difference'))).toBe('rgb(207, 19, 34)')
    // A third decimal is no amount: refused in place, and nothing can be saved.
    await second.getByTestId('line-credit').fill('119999.999')
    await second.getByTestId('line-credit-error').waitFor()
    expect(await page.getByTestId('voucher-save').isDisabled()).toBe(true)
    await second.getByTestId('line-credit').fill('119999.99')
    await page.getByTestId('voucher-save').click()
    await expect
      .poll(text(page, 'voucher-error'), poll)
      .toContain('借贷不平：借方合计 120000.00，贷方合计 119999.99，相差 0.01')
    expect(pathOf(page)).toBe(`/books/${liwan}/vouchers/new`)
    await second.getByTestId('line-credit').fill('120000')
    await expect.poll(text(page, 'voucher-balanced'), poll).toBe('借贷平衡')
    await page.getByTestId('voucher-save').click()
    await page.getByTestId('voucher-page').waitFor()
    await expect.poll(text(page, 'voucher-state'), poll).toBe('草稿')
    expect(await page.getByTestId('voucher-sheet').textContent()).toContain('附件 2 张')
    // The maker may not review his own voucher.
    expect(await page.getByTestId('voucher-review').isDisabled()).toBe(true)

    // 修改: the draft comes back into the grid as it was kept.
    await page.getByTestId('voucher-edit').click()
    await page.getByTestId('voucher-entry').waitFor()
    await expect
      .poll(() => page.getByTestId('voucher-line-1').getByTestId('line-credit').inputValue(), poll)
      .toBe('120000.00')
    await page.getByTestId('voucher-attachments').locator('input').fill('3')
    await page.getByTestId('voucher-save').click()
    await page.getByTestId('voucher-page').waitFor()
    await expect.poll(text(page, 'voucher-sheet'), poll).toContain('附件 3 张')

    // A third voucher, by the API: office costs in April, to be reversed later.
    const kuaiji = await apiLogin('kuaiji')
    const office = await apiCall<{ id: string }>(kuaiji, 'POST', `/api/v1/villages/${liwan}/books/vouchers`, {
      date: '2025-04-20',
      summary: '支付办公及水电费',
      lines: [
        { accountCode: '513', debitFen: 3_000_000 },
        { accountCode: '102', creditFen: 3_000_000 },
      ],
    })
    expect(office.status).toBe(201)
    officeId = office.body.id

    // A sub-account kept per household, and a line on it for a household of the village, found by
    // one of its members' names; the voucher was a mistake and is discarded (作废).
    await page.goto(`/books/${liwan}/accounts`)
    await page.getByTestId('chart-add').click()
    await choose(page, page.getByTestId('chart-parent'), '112 应收款')
    await page.getByTestId('chart-code').fill('11201')
    await page.getByTestId('chart-name').fill('农户往来')
    await page.getByTestId('chart-per-household').check()
    await page.getByTestId('chart-add-ok').click()
    await expect.poll(() => page.getByTestId('chart-row-11201').textContent(), poll).toContain('按户核算')

    const member = await villageMember(kuaiji)
    await page.goto(`/books/${liwan}/vouchers/new`)
    await page.getByTestId('voucher-date').fill('2025-02-03')
    await page.getByTestId('voucher-summary').fill('代垫农户水费')
    const owed = page.getByTestId('voucher-line-0')
    await choose(page, owed.getByTestId('line-account'), '11201 农户往来')
    await owed.getByTestId('line-debit').fill('1')
    await choose(page, page.getByTestId('voucher-line-1').getByTestId('line-account'), '102 银行存款')
    await page.getByTestId('voucher-line-1').getByTestId('line-credit').fill('1')
    // Without the household the server names the cell.
    await page.getByTestId('voucher-save').click()
    await expect.poll(text(page, 'line-household-error'), poll).toContain('按户核算，请选择农户')
    await owed.getByTestId('line-household').click()
    await page.keyboard.type(member.name)
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: member.name })
      .first()
      .click()
    await expect.poll(() => owed.getByTestId('line-household').textContent(), poll).toContain(member.name)
    await page.getByTestId('voucher-save').click()
    await page.getByTestId('voucher-page').waitFor()
    await expect.poll(text(page, 'voucher-sheet'), poll).toContain(`（${member.code}`)
    await page.getByTestId('voucher-discard').click()
    await page.getByTestId('voucher-discard-ok').click()
    await expect.poll(() => pathOf(page), poll).toBe(`/books/${liwan}/vouchers`)
    await expect.poll(text(page, 'voucher-list'), poll).toContain('本期没有凭证')
  })

  it('the reviewer reviews; the accountant posts and reverses one voucher in red', async () => {
    const shenhe = await signIn('shenhe', `/books/${liwan}/vouchers?period=all`)
    for (const summary of ['期初余额', '收到门面房全年租金', '支付办公及水电费']) {
      await openVoucher(shenhe, summary)
      await step(shenhe, 'voucher-review', '已审核')
      await expect.poll(text(shenhe, 'voucher-reviewer'), poll).toContain('刘玉梅')
    }

    const page = await signIn('kuaiji', `/books/${liwan}/vouchers?period=all`)
    for (const summary of ['期初余额', '收到门面房全年租金', '支付办公及水电费']) {
      await openVoucher(page, summary)
      await step(page, 'voucher-post', '已记账')
      // Numbered per period, from 记-001.
      await expect.poll(text(page, 'voucher-label'), poll).toBe('记-001')
      await expect.poll(text(page, 'voucher-poster'), poll).toContain('孔德明')
    }

    // 红字冲销: the office costs were booked by mistake.
    await page.goto(`/books/${liwan}/vouchers/${officeId}`)
    await page.getByTestId('voucher-reverse').click()
    await page.getByTestId('voucher-reverse-date').fill('2025-04-30')
    await page.getByTestId('voucher-reverse-ok').click()
    await expect.poll(() => pathOf(page), poll).not.toBe(`/books/${liwan}/vouchers/${officeId}`)
    await page.getByTestId('voucher-page').waitFor()
    await expect.poll(text(page, 'voucher-sheet'), poll).toContain('红字冲销凭证')
    await expect.poll(text(page, 'voucher-sheet-debit'), poll).toBe('-¥30,000.00')
    const red = await colorOf(page.getByTestId('voucher-sheet-debit'))
    expect(red).toBe('rgb(207, 19, 34)')
    const reversal = pathOf(page)

    await shenhe.goto(reversal)
    await step(shenhe, 'voucher-review', '已审核')
    await page.reload()
    await step(page, 'voucher-post', '已记账')
    await expect.poll(text(page, 'voucher-label'), poll).toBe('记-002')
    await page.goto(`/books/${liwan}/vouchers/${officeId}`)
    await expect.poll(text(page, 'voucher-reversed-by'), poll).toContain('记-002')
    expect(await page.getByTestId('voucher-reverse').count()).toBe(0)
  })

  it('the trial balance holds, the months close in order, December after the carry-forward, and the statements agree', async () => {
    const page = await signIn('kuaiji', `/books/${liwan}/trial-balance?period=2025-04`)
    await expect.poll(text(page, 'tb-mark'), poll).toBe('试算平衡')
    // 102 银行存款 at the end of April: 500,000 + 120,000 (the office costs reversed).
    await expect
      .poll(() => page.getByTestId('tb-row-102').getByTestId('tb-closing').textContent(), poll)
      .toBe('¥620,000.00')

    await page.goto(`/books/${liwan}`)
    await page.getByTestId('books-book').waitFor()
    // 2025-02 before 2025-01: the server's refusal is shown as it comes.
    await page.getByTestId('books-period-2025-02').getByTestId('books-close').click()
    await expect
      .poll(() => page.locator('.ant-notification-notice').first().textContent(), poll)
      .toContain('2025-01')
    await closePeriod(page, '2024-12')
    for (let m = 1; m <= 11; m++) await closePeriod(page, `2025-${String(m).padStart(2, '0')}`)

    // December: not before income and expenses are carried forward.
    await page.getByTestId('books-period-2025-12').getByTestId('books-close').click()
    await expect
      .poll(() => page.locator('.ant-notification-notice').last().textContent(), poll)
      .toContain('请先将损益类科目结转至本年收益')
    await page.getByTestId('books-period-2025-12').getByTestId('books-carry-forward').click()
    await page.getByTestId('voucher-page').waitFor()
    await expect.poll(text(page, 'voucher-state'), poll).toBe('草稿')
    await expect.poll(text(page, 'voucher-sheet'), poll).toContain('32201')
    const carry = pathOf(page)
    const shenhe = await signIn('shenhe', carry)
    await step(shenhe, 'voucher-review', '已审核')
    await page.reload()
    await step(page, 'voucher-post', '已记账')
    await page.goto(`/books/${liwan}`)
    await closePeriod(page, '2025-12')

    await page.goto(`/books/${liwan}/trial-balance?period=2025-12`)
    await expect.poll(text(page, 'tb-mark'), poll).toBe('试算平衡')

    const value = async (caption: string) =>
      page.locator(`tr[data-caption="${caption}"]`).getByTestId('statement-value').textContent()
    await page.goto(`/books/${liwan}/statements?report=balance_sheet&period=2025-12`)
    await expect.poll(text(page, 'statement-check'), poll).toBe('资产总计 = 负债和所有者权益总计')
    const assets = await value('资产总计')
    expect(assets).toBe('¥1,620,000.00')
    expect(await value('负债和所有者权益总计')).toBe(assets)
    const undistributed = await value('未分配收益')
    // 100,000 brought forward and the year's rent of 120,000.
    expect(undistributed).toBe('¥220,000.00')
    await page.goto(`/books/${liwan}/statements?report=income_distribution&period=2025-12`)
    await expect.poll(text(page, 'statement-title'), poll).toBe('收益及收益分配表')
    await expect.poll(() => value('六、年末未分配收益'), poll).toBe(undistributed)
    // The same statement as a print-ready PDF: an A4 file in Chinese, named for the village and month.
    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('statement-pdf').click(),
    ])
    expect(pdf.suggestedFilename()).toBe('收益及收益分配表-李湾村-2025-12.pdf')
    const bytes = await readFile(await pdf.path())
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(bytes.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+WenQuanYiMicroHei/)
  })

  it('the park’s auditor picks 李湾村 among his villages and reads its books without writing', async () => {
    const page = await signIn('shenji', '/books')
    await page.getByTestId('books-villages').waitFor()
    await page.getByTestId('books-village').filter({ hasText: '李湾村' }).click()
    await expect.poll(() => pathOf(page), poll).toBe(`/books/${liwan}`)
    await expect
      .poll(
        () => page.getByTestId('books-period-2025-12').getByTestId('books-period-state').textContent(),
        poll,
      )
      .toBe('已结账')
    expect(await page.getByTestId('books-new-voucher').count()).toBe(0)
    expect(await page.getByTestId('books-close').count()).toBe(0)
    await page.goto(`/books/${liwan}/vouchers/${officeId}`)
    await expect.poll(text(page, 'voucher-state'), poll).toBe('已记账')
    expect(await page.getByTestId('voucher-reverse').count()).toBe(0)
  })

  it('孔连村’s accountant sees none of 李湾村’s books', async () => {
    const page = await signIn('kuaiji2', `/books/${liwan}`)
    await expect.poll(() => page.getByText('页面不存在').count(), poll).toBeGreaterThan(0)
    expect(await page.getByTestId('books-page').count()).toBe(0)
    await page.goto('/books')
    await expect.poll(() => pathOf(page), poll).toMatch(/^\/books\/[0-9a-f-]{36}$/)
    expect(pathOf(page)).not.toBe(`/books/${liwan}`)
    await expect.poll(text(page, 'books-page'), poll).not.toContain('李湾村')
  })
})
