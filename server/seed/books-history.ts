// The full demo's village books: 陆集村 keeps its books from January of last year, through the
// books, collective and disclosure services themselves (so numbering, the audit log, statements and
// the frozen disclosures are what real use produces). Opening balances carried over from the old
// books; a year of shop rents, land-contract fees, subsidies and expenses, every month closed; the
// members confirmed and given shares; last year's distribution approved, posted and paid into the
// books; December carried forward; this year's months so far, all but the current one closed; and
// every closed quarter disclosed — which the demo member `chengyuan` reads on her phone.
// 李湾村 is left without books: the browser tests open them from scratch.
import type { Db } from '../db/index.js'
import {
  carryForward,
  closePeriod,
  confirmOpening,
  createVoucher,
  openBooks,
  postVoucher,
  putOpeningLine,
  reviewVoucher,
} from '../modules/books/index.js'
import {
  approveDistribution,
  confirmMember,
  createPlan,
  draftDistribution,
  postDistribution,
  recordDecision,
  recordShareEvent,
} from '../modules/collective/index.js'
import { linkMemberAccount, publishDisclosure } from '../modules/disclosure/index.js'
import type { Actor } from '../platform/access.js'
import { localDate } from '../platform/time.js'
import { actorOf } from './request-history.js'

interface Entry {
  day: number
  summary: string
  debit: string
  credit: string
  fen: number
}

/** What happens in a month of 陆集村's books (the same each year, a little more this year). */
function monthEntries(month: number, grow: number): Entry[] {
  const e: Entry[] = [
    { day: 25, summary: '村务办公费', debit: '513', credit: '102', fen: 320_000 + grow * 20_000 },
  ]
  if (month % 3 === 1)
    e.push({
      day: 8,
      summary: '门面房租金（本季度）',
      debit: '102',
      credit: '501',
      fen: 15_000_000 + grow * 500_000,
    })
  if (month === 3) e.push({ day: 15, summary: '土地承包费', debit: '102', credit: '501', fen: 8_000_000 })
  if (month === 6)
    e.push({ day: 18, summary: '村级组织运转补助', debit: '102', credit: '503', fen: 6_000_000 })
  if (month === 9)
    e.push({ day: 12, summary: '重阳节老年人慰问', debit: '514', credit: '102', fen: 1_200_000 })
  if (month === 11) e.push({ day: 20, summary: '村道路灯维修', debit: '511', credit: '102', fen: 860_000 })
  if (month === 12)
    e.push({ day: 10, summary: '村级组织运转补助', debit: '102', credit: '503', fen: 4_000_000 })
  return e.sort((a, b) => a.day - b.day)
}

const pad = (n: number) => String(n).padStart(2, '0')

export async function seedBooksHistory(db: Db, input: { now: number; villageId: string }): Promise<void> {
  const { now, villageId } = input
  const maker = await actorOf(db, 'kuaiji3')
  const reviewer = await actorOf(db, 'shenhe3')
  const today = localDate(now)
  const thisYear = Number(today.slice(0, 4))
  const thisMonth = Number(today.slice(5, 7))
  const lastYear = thisYear - 1
  const base = { db, villageId, now }

  const keep = async (actor: Actor, v: { id: string; version: number }) => {
    const r = await reviewVoucher({ ...base, actor: reviewer, voucherId: v.id, version: v.version })
    await postVoucher({ ...base, actor, voucherId: v.id, version: r.version })
  }

  await openBooks({ ...base, actor: maker, startPeriod: `${String(lastYear)}-01` })
  // Balances carried over from the books kept before (bank, the office building, capital, retained).
  for (const line of [
    { accountCode: '102', debitFen: 86_500_000 },
    { accountCode: '151', debitFen: 240_000_000 },
    { accountCode: '152', creditFen: 36_000_000 },
    { accountCode: '301', creditFen: 260_000_000 },
    { accountCode: '32201', creditFen: 30_500_000 },
  ])
    await putOpeningLine({ ...base, actor: maker, input: line })
  const opening = await db
    .selectFrom('ledger_openings')
    .select('version')
    .where('village_id', '=', villageId)
    .executeTakeFirstOrThrow()
  await confirmOpening({ ...base, actor: maker, version: opening.version })

  const enterMonth = async (year: number, month: number, lastDay: string) => {
    for (const e of monthEntries(month, year - lastYear)) {
      const date = `${String(year)}-${pad(month)}-${pad(e.day)}`
      if (date > lastDay) continue
      const v = await createVoucher({
        ...base,
        actor: maker,
        input: {
          date,
          summary: e.summary,
          attachments: 1,
          lines: [
            { accountCode: e.debit, debitFen: e.fen },
            { accountCode: e.credit, creditFen: e.fen },
          ],
        },
      })
      await keep(maker, v)
    }
  }

  // Last year, January to November, closed month by month.
  for (let m = 1; m <= 11; m++) {
    await enterMonth(lastYear, m, `${String(lastYear)}-12-31`)
    await closePeriod({ ...base, actor: maker, period: `${String(lastYear)}-${pad(m)}` })
  }
  await enterMonth(lastYear, 12, `${String(lastYear)}-12-31`)

  // The collective: members confirmed, shares granted, last year's distribution.
  const decide = (kind: 'membership' | 'share_plan' | 'distribution', heldOn: string, title: string) =>
    recordDecision({
      ...base,
      actor: maker,
      input: {
        kind,
        meeting: 'representatives',
        heldOn,
        title,
        resolution: '经成员代表大会表决通过。',
        attendees: 31,
        votesFor: 29,
        votesAgainst: 1,
        votesAbstain: 1,
      },
    })
  const membership = await decide('membership', `${String(lastYear)}-01-12`, '集体经济组织成员资格认定')
  const sharePlan = await decide('share_plan', `${String(lastYear)}-01-12`, '股权设置方案')
  const people = await db
    .selectFrom('persons')
    .select(['id'])
    .where('origin_village_id', '=', villageId)
    .where('status', '=', 'active')
    .where('birth_date', '<=', `${String(lastYear - 18)}-01-01`)
    .orderBy('name_sort')
    .limit(36)
    .execute()
  const SHARES = 10
  await createPlan({
    ...base,
    actor: maker,
    input: {
      name: '陆集村股份经济合作社股权设置方案',
      totalShares: people.length * SHARES + 40,
      effectiveOn: `${String(lastYear)}-01-12`,
      decisionId: sharePlan.id,
    },
  })
  const members: { id: string; version: number }[] = []
  for (const p of people) {
    const m = await confirmMember({
      ...base,
      actor: maker,
      input: {
        personId: p.id,
        basis: 'original',
        sinceOn: `${String(lastYear)}-01-12`,
        decisionId: membership.id,
      },
    })
    await recordShareEvent({
      ...base,
      actor: maker,
      input: {
        kind: 'grant',
        toMemberId: m.id,
        shares: SHARES,
        happenedOn: `${String(lastYear)}-01-12`,
        decisionId: sharePlan.id,
      },
    })
    members.push({ id: m.id, version: m.version })
  }
  let plan = await draftDistribution({
    ...base,
    actor: maker,
    input: { year: lastYear, providentBp: 1000, memberBp: 6000 },
  })
  const approval = await decide(
    'distribution',
    `${String(lastYear)}-12-26`,
    `${String(lastYear)}年度收益分配方案`,
  )
  plan = await approveDistribution({
    ...base,
    actor: maker,
    planId: plan.id,
    input: { version: plan.version, decisionId: approval.id },
  })
  plan = await postDistribution({ ...base, actor: maker, planId: plan.id, input: { version: plan.version } })
  if (plan.voucherId) {
    const v = await db
      .selectFrom('vouchers')
      .select(['id', 'version'])
      .where('id', '=', plan.voucherId)
      .executeTakeFirstOrThrow()
    await keep(maker, v)
  }
  const carried = await carryForward({ ...base, actor: maker, period: `${String(lastYear)}-12` })
  await keep(maker, carried)
  await closePeriod({ ...base, actor: maker, period: `${String(lastYear)}-12` })

  // This year so far: every month but the current one closed.
  for (let m = 1; m <= thisMonth; m++) {
    await enterMonth(thisYear, m, today)
    if (m < thisMonth) await closePeriod({ ...base, actor: maker, period: `${String(thisYear)}-${pad(m)}` })
  }

  // 财务公开: every quarter whose months are all closed.
  for (const [year, quarters] of [
    [lastYear, 4],
    [thisYear, Math.floor((thisMonth - 1) / 3)],
  ] as const)
    for (let q = 1; q <= quarters; q++)
      await publishDisclosure({ ...base, actor: maker, input: { kind: 'quarter', year, no: q } })

  // The demo member reads them on her phone: her account is linked to the first membership.
  const first = members[0]
  if (first) {
    const person = await db
      .selectFrom('collective_members as m')
      .innerJoin('persons as p', 'p.id', 'm.person_id')
      .select(['p.name', 'm.version'])
      .where('m.id', '=', first.id)
      .executeTakeFirstOrThrow()
    await linkMemberAccount({
      ...base,
      actor: maker,
      memberId: first.id,
      input: { username: 'chengyuan', version: person.version },
    })
    await db
      .updateTable('users')
      .set({ display_name: person.name })
      .where('username', '=', 'chengyuan')
      .execute()
  }
}
