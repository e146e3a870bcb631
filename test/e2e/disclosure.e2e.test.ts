// 财务公开 in Chromium against a real server on SQLite. 李湾村's books hold a year (2025) of rent,
// subsidies and expenses, closed month by month, with the year's distribution to its members
// approved and posted and December carried forward (set up through the API, as the books' and the
// collective's own browser tests walk those screens). Then, in the browser: 孔德明 finds that an open
// quarter cannot be published, previews 2025's fourth quarter from the closed books and publishes it;
// a member (the demo's 孙永福) reads it on his phone — his shares, the quarter's income, his own payout and the table's
// checksum, the same as on the desk; and 孔连村's accountant finds no trace of it.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { pathOf } from './harness.js'
import { apiLogin, apiRequest, poll, useStory, type ApiSession } from './story.js'

const story = useStory('disclosure', { setup: () => aYearOfBooks() })
const signIn = story.signIn

/** A call that must answer `status`; its JSON body. */
async function api<T>(
  session: ApiSession,
  method: string,
  path: string,
  body?: unknown,
  status = 200,
): Promise<T> {
  const res = await apiRequest(story.server(), session, method, path, body)
  if (res.status !== status) throw new Error(`${method} ${path}: HTTP ${res.status} ${res.text}`)
  return res.body as T
}

/** 李湾村 */
let liwan = ''
/** The member whose account is linked, and her payout. */
let memberName = ''
let memberPayoutFen = 0
let totalShares = 0

/** A year of 李湾村's books, closed, with the distribution posted. */
async function aYearOfBooks() {
  const kuaiji = await apiLogin(story.server(), 'kuaiji')
  const shenhe = await apiLogin(story.server(), 'shenhe')
  const me = await api<{ user: { grants: { role: string; scopeId: string }[] } }>(
    kuaiji,
    'GET',
    '/api/v1/auth/session',
  )
  liwan = me.user.grants.find((g) => g.role === 'village_accountant')?.scopeId ?? ''
  const books = `/api/v1/villages/${liwan}/books`
  const collective = `/api/v1/villages/${liwan}/collective`
  await api(kuaiji, 'POST', books, { startPeriod: '2025-01' }, 201)
  const keepVoucher = async (id: string, version: number) => {
    const r = await api<{ version: number }>(shenhe, 'POST', `${books}/vouchers/${id}/review`, { version })
    await api(kuaiji, 'POST', `${books}/vouchers/${id}/post`, { version: r.version })
  }
  const keep = async (date: string, summary: string, debit: string, credit: string, fen: number) => {
    const v = await api<{ id: string; version: number }>(
      kuaiji,
      'POST',
      `${books}/vouchers`,
      {
        date,
        summary,
        lines: [
          { accountCode: debit, debitFen: fen },
          { accountCode: credit, creditFen: fen },
        ],
      },
      201,
    )
    await keepVoucher(v.id, v.version)
  }
  await keep('2025-01-06', '村集体资本金', '102', '301', 50_000_000)
  await keep('2025-03-15', '门面房租金', '102', '501', 12_000_000)
  await keep('2025-06-20', '村级组织运转补助', '102', '503', 3_000_000)
  await keep('2025-09-10', '办公费用', '513', '102', 1_500_000)
  await keep('2025-10-08', '门面房租金', '102', '501', 4_000_000)
  await keep('2025-11-18', '老年人慰问', '514', '102', 500_000)
  await keep('2025-12-05', '村级组织运转补助', '102', '503', 1_000_000)
  for (let m = 1; m <= 11; m++)
    await api(kuaiji, 'POST', `${books}/periods/2025-${String(m).padStart(2, '0')}/close`)

  // Three more members, with 50, 30 and 20 shares.
  const decide = (kind: string) =>
    api<{ id: string }>(
      kuaiji,
      'POST',
      `${collective}/decisions`,
      {
        kind,
        meeting: 'representatives',
        heldOn: '2025-12-20',
        title: `2025年${kind === 'distribution' ? '收益分配方案' : kind === 'membership' ? '成员资格认定' : '股权设置方案'}`,
        resolution: '表决通过',
        attendees: 30,
        votesFor: 28,
        votesAgainst: 1,
        votesAbstain: 1,
      },
      201,
    )
  const membership = await decide('membership')
  const plan = await decide('share_plan')
  // The demo's share plan stands (its first members hold 50 shares each); three more members get
  // shares from what the collective still holds. Candidates are people of 李湾村 not yet members.
  const shares = await api<{ plan: { totalShares: number } | null }>(kuaiji, 'GET', `${collective}/shares`)
  totalShares = shares.plan?.totalShares ?? 0
  const found = await api<{ items: { personId: string; name: string }[] }>(
    kuaiji,
    'GET',
    `${collective}/candidates?limit=20`,
  )
  const people = found.items.filter((p, i, all) => all.findIndex((x) => x.name === p.name) === i).slice(0, 3)
  if (people.length < 3) throw new Error('the accountant finds fewer than three candidates')
  const members: { id: string; version: number; name: string }[] = []
  for (const [i, p] of people.entries()) {
    const m = await api<{ id: string; version: number }>(
      kuaiji,
      'POST',
      `${collective}/members`,
      { personId: p.personId, basis: 'original', sinceOn: '2025-01-01', decisionId: membership.id },
      201,
    )
    await api(
      kuaiji,
      'POST',
      `${collective}/shares/events`,
      {
        kind: 'grant',
        toMemberId: m.id,
        shares: [50, 30, 20][i],
        happenedOn: '2025-01-01',
        decisionId: plan.id,
      },
      201,
    )
    members.push({ ...m, name: p.name })
  }
  const first = members[0]
  if (!first) throw new Error('no member')
  memberName = first.name

  // The year's distribution: 10% to the provident fund, 50% to members; approved, posted; then
  // December carried forward and closed.
  let d = await api<{ id: string; version: number; voucherId: string | null }>(
    kuaiji,
    'POST',
    `${collective}/distributions`,
    { year: 2025, providentBp: 1000, memberBp: 5000 },
    201,
  )
  const approval = await decide('distribution')
  d = await api(kuaiji, 'POST', `${collective}/distributions/${d.id}/approve`, {
    version: d.version,
    decisionId: approval.id,
  })
  d = await api(kuaiji, 'POST', `${collective}/distributions/${d.id}/post`, { version: d.version })
  const paid = await api<{ items: { id: string; payouts: { memberId: string; amountFen: number }[] }[] }>(
    kuaiji,
    'GET',
    `${collective}/distributions`,
  )
  memberPayoutFen =
    paid.items.find((x) => x.id === d.id)?.payouts.find((x) => x.memberId === first.id)?.amountFen ?? 0
  const voucher = await api<{ id: string; version: number }>(
    kuaiji,
    'GET',
    `${books}/vouchers/${d.voucherId ?? ''}`,
  )
  await keepVoucher(voucher.id, voucher.version)
  const carry = await api<{ id: string; version: number }>(
    kuaiji,
    'POST',
    `${books}/periods/2025-12/carry-forward`,
    undefined,
    201,
  )
  await keepVoucher(carry.id, carry.version)
  await api(kuaiji, 'POST', `${books}/periods/2025-12/close`)
}

/** ¥1,234.56, as the pages print whole fen. */
function yuan(fen: number): string {
  return `¥${Math.floor(fen / 100).toLocaleString('en-US')}.${String(fen % 100).padStart(2, '0')}`
}

/** Picks an option of an antd Select by its visible label. */
async function choose(page: Page, testId: string, label: string) {
  await page.getByTestId(testId).click()
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: label })
    .first()
    .click()
}

let published = ''
let hash = ''

describe('财务公开: the accountant publishes a closed quarter, a member reads it on his phone', () => {
  it('refuses an open quarter, publishes the closed one frozen with its checksum, links a member’s account', async () => {
    const page = await signIn('kuaiji', '/disclosure')
    await expect.poll(() => pathOf(page), poll).toBe(`/disclosure/${liwan}`)
    await page.getByTestId('disclosure-publish').waitFor()

    // 2026's first quarter is not closed: shown, not publishable.
    await choose(page, 'disclosure-year', '2026')
    await choose(page, 'disclosure-no', '第1季度')
    await page.getByTestId('disclosure-preview').click()
    await expect.poll(() => page.getByTestId('disclosure-problems').textContent(), poll).toContain('尚未结账')
    expect(await page.getByTestId('disclosure-submit').isDisabled()).toBe(true)

    await choose(page, 'disclosure-year', '2025')
    await choose(page, 'disclosure-no', '第4季度')
    await page.getByTestId('disclosure-preview').click()
    await expect
      .poll(() => page.getByTestId('disclosure-title').textContent(), poll)
      .toContain('2025年第四季度')
    // October's rent and December's subsidy in the quarter; the year's income to date beside them.
    expect(await page.getByTestId('disclosure-income-total-period').textContent()).toBe('¥50,000.00')
    expect(await page.getByTestId('disclosure-income-total-year').textContent()).toBe('¥200,000.00')
    expect(await page.getByTestId('disclosure-expenses-total-year').textContent()).toBe('¥20,000.00')
    expect(await page.getByTestId('disclosure-balanced').count()).toBe(1)
    expect(await page.getByTestId('disclosure-distribution-toMembers').textContent()).toBe('¥90,000.00')

    await page.getByTestId('disclosure-submit').click()
    await page.locator('.ant-popconfirm .ant-btn-primary').click()
    await expect.poll(() => pathOf(page), poll).toMatch(new RegExp(`^/disclosure/${liwan}/.+`))
    published = pathOf(page).split('/').pop() ?? ''
    await page.getByTestId('disclosure-intact').waitFor()
    hash = (await page.getByTestId('disclosure-hash').textContent()) ?? ''
    expect(hash).toMatch(/^[0-9a-f]{16}/)

    // The member's own account is linked on the members page, so he reads it on his phone.
    await page.goto(`/books/${liwan}/collective/members`)
    await page.getByTestId('members-search').locator('input').fill(memberName)
    const row = page.locator('tr', { hasText: memberName })
    await row.getByTestId('member-account').click()
    await page.getByTestId('member-account-username').fill('dangyuan')
    await page.getByTestId('member-account-ok').click()
    await expect.poll(() => row.getByTestId('member-account').textContent(), poll).toBe('账号 dangyuan')

    // Published once: the list shows it, and the same quarter again would be a correction.
    await page.goto(`/disclosure/${liwan}`)
    await expect
      .poll(() => page.getByTestId('disclosure-open').allTextContents(), poll)
      .toEqual(['2025年第四季度'])
  })

  it('a member reads it on his phone: his shares, the quarter, his payout and the same checksum', async () => {
    const page = await signIn('dangyuan', '/m', { phone: true })
    await page.getByTestId('home-disclosure').click()
    await expect.poll(() => pathOf(page), poll).toBe('/m/disclosure')
    await expect
      .poll(() => page.getByTestId('disclosure-my-shares').textContent(), poll)
      .toBe(`我持有 50 股（共 ${String(totalShares)} 股）`)
    await page.getByTestId('disclosure-open').click()
    await expect.poll(() => pathOf(page), poll).toBe(`/m/disclosure/${liwan}/${published}`)
    await page.getByTestId('disclosure-table').waitFor()
    expect(await page.getByTestId('disclosure-income-total-period').textContent()).toBe('¥50,000.00')
    const mine = page.getByTestId('disclosure-payouts').locator('tr', { hasText: memberName })
    // His 50 shares' part of the members' ¥90,000.00, as the distribution computed it.
    expect(memberPayoutFen).toBeGreaterThan(0)
    expect(await mine.textContent()).toContain(yuan(memberPayoutFen))
    expect(await page.getByTestId('disclosure-hash').textContent()).toBe(hash)
    await page.getByTestId('disclosure-intact').waitFor()
    // It fits the phone: nothing wider than the screen.
    const overflow = await page.evaluate<number>(
      'document.documentElement.scrollWidth - document.documentElement.clientWidth',
    )
    expect(overflow).toBeLessThanOrEqual(0)
  })

  it('孔连村’s accountant sees none of it', async () => {
    const page = await signIn('kuaiji2', '/disclosure')
    await expect.poll(() => pathOf(page), poll).not.toBe('/disclosure')
    expect(pathOf(page)).not.toContain(liwan)
    await page.getByTestId('disclosure-page').waitFor()
    expect(await page.getByTestId('disclosure-open').count()).toBe(0)
    await page.goto(`/disclosure/${liwan}/${published}`)
    await page.locator('.ant-result-404').waitFor()
    expect(await page.getByTestId('disclosure-table').count()).toBe(0)
    await page.goto(`/disclosure/${liwan}`)
    await page.locator('.ant-result-404').waitFor()
  })
})
