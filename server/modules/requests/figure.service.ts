// Figures that can be checked: counts summed from the monthly and daily rows (kept in the same
// transaction as every change), rates from those counts, the live overdue count, and for every count the list of
// items behind it — the drill-down selects exactly the items whose contributions (figures.domain.ts)
// include that count on a day in the period. `rebuildFigures` recomputes the daily and monthly rows
// from the items, for `tongxin figures rebuild` and for the test that proves they agree.
import type { Db, Executor, OrgNodeTable, WorkItemTable } from '../../db/index.js'
import { sql } from 'kysely'
import { dialectOf, toNumber } from '../../db/index.js'
import { preparedQuery } from '../../db/prepared.js'
import { requireAccess, type Actor } from '../../platform/access.js'
import { AppError, notFoundOrNoAccess } from '../../platform/errors.js'
import { decodeCursor, encodeCursor } from '../../platform/pagination.js'
import {
  contributions,
  countDefinitions,
  counts,
  emptyTotals,
  FIGURES_VERSION,
  rateDefinitions,
  rates,
  rateValue,
  splitPeriod,
  type CountName,
  type FigureFields,
} from './figures.domain.js'
import { toSummary, withSummaryNames } from './item.service.js'
import { findNodes } from './request.repository.js'
import type { WorkItemSummary } from './request.schemas.js'

const MAX_DAYS = 3 * 366

/** A figures period: at most three years, not ending before it starts (every capability's figures). */
export function checkPeriod(from: string, to: string): void {
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000
  if (!(days >= 0) || days > MAX_DAYS)
    throw new AppError('VALIDATION_FAILED', {
      fields: [{ path: '/to', rule: 'period', message: '统计区间须在三年以内，且结束日期不早于开始日期' }],
    })
}

async function nodeFor(db: Executor, actor: Actor, nodeId: string): Promise<OrgNodeTable> {
  const [node] = await findNodes(db, [nodeId])
  if (!node) throw notFoundOrNoAccess('org_node')
  requireAccess(actor, 'request.read', { kind: 'org', path: node.path }, 'org_node')
  return node
}

export interface FiguresView {
  nodeId: string
  nodeName: string
  from: string
  to: string
  version: number
  counts: Record<CountName, number>
  rates: Record<string, number | null>
  overdue: number
  definitions: { name: string; zh: string; en: string; on: string | null; definition: string }[]
  byMonth: { month: string; collected: number; closed: number }[]
}

/** The figures' definitions as every answer carries them: the same for every request. */
const definitionList: FiguresView['definitions'] = [
  ...counts.map((c) => ({
    name: c,
    zh: countDefinitions[c].zh,
    en: countDefinitions[c].en,
    on: countDefinitions[c].on,
    definition: countDefinitions[c].definition,
  })),
  ...rates.map((r) => {
    const d = rateDefinitions[r]
    return {
      name: r,
      zh: d.zh,
      en: d.en,
      on: countDefinitions[d.denominator].on,
      definition: `(${d.numerator.map((n) => `${String(n.weight)}×${n.count}`).join(' + ')}) / ${d.denominator}`,
    }
  }),
]

type NodeKey = 'grid' | 'community' | 'street' | 'path'
const nodeKey = (node: OrgNodeTable): NodeKey =>
  node.kind === 'grid'
    ? 'grid'
    : node.kind === 'community'
      ? 'community'
      : node.kind === 'street' || node.kind === 'park'
        ? 'street'
        : 'path'
/** The one indexed column (or path range) a node's rows are found by, as parameters. */
const nodeParams = (node: OrgNodeTable): string[] =>
  nodeKey(node) === 'path' ? [node.path, `${node.path.slice(0, -1)}0`] : [node.id]

const nodeKeys = ['grid', 'community', 'street', 'path'] as const

/** Sums of a node's daily rows by month and count: one statement per node kind, compiled once. */
function monthlySumsOf(kind: NodeKey) {
  return preparedQuery((db: Executor, from: string, to: string, a: string, b: string) => {
    let q = db.selectFrom('work_figures_daily').where('day', '>=', from).where('day', '<=', to)
    if (kind === 'grid') q = q.where('node_id', '=', a)
    else if (kind === 'community') q = q.where('community_id', '=', a)
    else if (kind === 'street') q = q.where('street_id', '=', a)
    else q = q.where('path', '>=', a).where('path', '<', b)
    return q
      .select([
        (eb) => eb.fn<string>('substr', ['day', eb.val(1), eb.val(7)]).as('month'),
        'count',
        (eb) => eb.fn.sum<number>('value').as('total'),
      ])
      .groupBy(['month', 'count'])
  })
}
const monthlySums = Object.fromEntries(nodeKeys.map((k) => [k, monthlySumsOf(k)])) as Record<
  NodeKey,
  ReturnType<typeof monthlySumsOf>
>

/** The same sums from the monthly rows, for the whole months of a period. */
function wholeMonthSumsOf(kind: NodeKey) {
  return preparedQuery((db: Executor, from: string, to: string, a: string, b: string) => {
    let q = db.selectFrom('work_figures_monthly').where('month', '>=', from).where('month', '<=', to)
    if (kind === 'grid') q = q.where('node_id', '=', a)
    else if (kind === 'community') q = q.where('community_id', '=', a)
    else if (kind === 'street') q = q.where('street_id', '=', a)
    else q = q.where('path', '>=', a).where('path', '<', b)
    return q
      .select(['month', 'count', (eb) => eb.fn.sum<number>('value').as('total')])
      .groupBy(['month', 'count'])
  })
}
const wholeMonthSums = Object.fromEntries(nodeKeys.map((k) => [k, wholeMonthSumsOf(k)])) as Record<
  NodeKey,
  ReturnType<typeof wholeMonthSumsOf>
>

function overdueCountOf(kind: NodeKey) {
  return preparedQuery((db: Executor, now: number, a: string, b: string) =>
    overdueWhere(db, kind, now, a, b).select((eb) => eb.fn.countAll<number>().as('n')),
  )
}
const overdueCounts = Object.fromEntries(nodeKeys.map((k) => [k, overdueCountOf(k)])) as Record<
  NodeKey,
  ReturnType<typeof overdueCountOf>
>

export async function getFigures({
  db,
  actor,
  nodeId,
  from,
  to,
  now,
}: {
  db: Db
  actor: Actor
  nodeId: string
  from: string
  to: string
  now: number
}): Promise<FiguresView> {
  checkPeriod(from, to)
  const node = await nodeFor(db, actor, nodeId)
  const kind = nodeKey(node)
  const [a = '', b = ''] = nodeParams(node)
  // Whole months from the monthly rows, the partial months at the edges from the daily rows.
  const split = splitPeriod(from, to)
  const sums = [
    ...(split.months ? await wholeMonthSums[kind](db, kind, split.months.from, split.months.to, a, b) : []),
    ...(await Promise.all(split.days.map((d) => monthlySums[kind](db, kind, d.from, d.to, a, b)))).flat(),
  ]
  const totals = emptyTotals()
  const byMonth = new Map<string, { month: string; collected: number; closed: number }>()
  for (const row of sums) {
    if (!(counts as readonly string[]).includes(row.count)) continue
    const value = toNumber(row.total)
    totals[row.count as CountName] += value
    if (row.count !== 'collected' && row.count !== 'closed') continue
    const month = row.month
    const entry = byMonth.get(month) ?? { month, collected: 0, closed: 0 }
    entry[row.count] += value
    byMonth.set(month, entry)
  }
  const [overdue] = await overdueCounts[kind](db, kind, now, a, b)
  return {
    nodeId: node.id,
    nodeName: node.name,
    from,
    to,
    version: FIGURES_VERSION,
    counts: totals,
    rates: Object.fromEntries(rates.map((r) => [r, rateValue(r, totals)])),
    overdue: toNumber(overdue?.n ?? 0),
    definitions: definitionList,
    byMonth: [...byMonth.values()].sort((x, y) => x.month.localeCompare(y.month)),
  }
}

function overdueWhere(db: Executor, kind: NodeKey, now: number, a: string, b: string) {
  let q = db
    .selectFrom('work_items as w')
    .where('w.open', '=', 1)
    .where('w.due_at', '<', now)
    .where('w.kind', '=', 'request')
    .where('w.state', 'not in', ['parked', 'resolved'])
  if (kind === 'grid') q = q.where('w.grid_id', '=', a)
  else if (kind === 'community') q = q.where('w.community_id', '=', a)
  else if (kind === 'street') q = q.where('w.street_id', '=', a)
  else q = q.where('w.path', '>=', a).where('w.path', '<', b)
  return q
}

function overdueQuery(db: Executor, node: OrgNodeTable, now: number) {
  const [a, b = ''] = nodeParams(node)
  return overdueWhere(db, nodeKey(node), now, a ?? '', b)
}

export type DrillCount = CountName | 'overdue'

/**
 * The items behind a count: the same definition as figures.domain.ts's contributions, as a query.
 * Keyset-paginated newest first.
 */
export async function drillDown({
  db,
  actor,
  nodeId,
  from,
  to,
  count,
  cursor,
  limit,
  now,
}: {
  db: Db
  actor: Actor
  nodeId: string
  from: string
  to: string
  count: DrillCount
  cursor: string | undefined
  limit: number
  now: number
}): Promise<{ items: WorkItemSummary[]; nextCursor: string | null }> {
  checkPeriod(from, to)
  const node = await nodeFor(db, actor, nodeId)
  let q = overdueQuery(db, node, now)
  if (count !== 'overdue') {
    q = db.selectFrom('work_items as w')
    if (node.kind === 'grid') q = q.where('w.grid_id', '=', node.id)
    else if (node.kind === 'community') q = q.where('w.community_id', '=', node.id)
    else if (node.kind === 'street' || node.kind === 'park') q = q.where('w.street_id', '=', node.id)
    else q = q.where('w.path', '>=', node.path).where('w.path', '<', `${node.path.slice(0, -1)}0`)
    q = q.where('w.merged_into_id', 'is', null).where('w.kind', '=', 'request')
    const on = countDefinitions[count].on
    if (on === 'reported') q = q.where('w.reported_date', '>=', from).where('w.reported_date', '<=', to)
    if (on === 'closed')
      q = q
        .where('w.state', 'in', ['closed', 'rated'])
        .where('w.closed_date', '>=', from)
        .where('w.closed_date', '<=', to)
    if (on === 'rated')
      q = q
        .where('w.rated_date', '>=', from)
        .where('w.rated_date', '<=', to)
        .where('w.satisfaction', 'is not', null)
    switch (count) {
      case 'responded_on_time':
        q = q.where('w.responded_at', 'is not', null).whereRef('w.responded_at', '<=', 'w.respond_due_at')
        break
      case 'resolved':
        q = q.where('w.outcome', '=', 'solved')
        break
      case 'closed_on_time':
        q = q.where('w.resolved_at', 'is not', null).whereRef('w.resolved_at', '<=', 'w.due_at')
        break
      case 'settled_grid':
      case 'settled_community':
      case 'settled_street':
        q = q.where('w.settled_level', '=', count.slice('settled_'.length))
        break
      case 'satisfied':
      case 'basically_satisfied':
      case 'dissatisfied':
        q = q.where('w.satisfaction', '=', count)
        break
      case 'collected':
      case 'closed':
      case 'rated':
        // The event date alone defines them (above).
        break
      default: {
        const never: never = count
        throw new AppError('INTERNAL', { reason: `unknown count ${String(never)}` })
      }
    }
  }
  const after = cursor !== undefined ? String(decodeCursor(cursor, ['string'])[0]) : null
  if (after !== null) q = q.where('w.id', '<', after)
  const rows = await withSummaryNames(
    db,
    q
      .selectAll('w')
      .orderBy('w.id', 'desc')
      .limit(limit + 1),
  ).execute()
  const page = rows.slice(0, limit)
  const last = page.at(-1)
  return {
    items: page.map((r) => toSummary(r, now)),
    nextCursor: rows.length > limit && last ? encodeCursor([last.id]) : null,
  }
}

export interface RebuildReport {
  items: number
  rowsBefore: number
  rowsAfter: number
  /** Rows whose value differed from the recount (or existed on one side only). */
  differing: number
}

interface RecountRow {
  node_id: string
  count: string
  community_id: string
  street_id: string | null
  value: number
}

/** Recomputes every daily and monthly row from the items, in one transaction; reports what it corrected. */

export async function rebuildFigures(db: Db): Promise<RebuildReport> {
  return db.transaction().execute(async (trx) => {
    // No change may interleave with the recount: SQLite's write lock is already held (BEGIN
    // IMMEDIATE); on PostgreSQL writers of work items wait for this transaction.
    if (dialectOf(trx) === 'postgres') await sql`lock table work_items in share mode`.execute(trx)
    const before = new Map<string, number>()
    for (const r of await trx
      .selectFrom('work_figures_daily')
      .select(['node_id', 'day', 'count', 'value'])
      .execute())
      if (r.value !== 0) before.set(`${r.node_id}|${r.day}|${r.count}`, r.value)
    const nodePaths = new Map<string, string>()
    const after = new Map<string, RecountRow & { day: string }>()
    let items = 0
    let lastId = ''
    for (;;) {
      const batch: WorkItemTable[] = await trx
        .selectFrom('work_items')
        .selectAll()
        .where('id', '>', lastId)
        .orderBy('id')
        .limit(5000)
        .execute()
      if (batch.length === 0) break
      for (const item of batch) {
        if (item.kind !== 'request') continue
        items++
        const nodeId = item.grid_id ?? item.community_id
        for (const c of contributions(item as unknown as FigureFields)) {
          const key = `${nodeId}|${c.day}|${c.count}`
          const row = after.get(key) ?? {
            node_id: nodeId,
            day: c.day,
            count: c.count,
            community_id: item.community_id,
            street_id: item.street_id,
            value: 0,
          }
          row.value++
          after.set(key, row)
        }
        nodePaths.set(nodeId, '')
      }
      lastId = batch.at(-1)?.id ?? lastId
    }
    const ids = [...nodePaths.keys()]
    for (let i = 0; i < ids.length; i += 500)
      for (const n of await findNodes(trx, ids.slice(i, i + 500))) nodePaths.set(n.id, n.path)
    // The monthly rows are the daily rows summed by month.
    const monthlyBefore = new Map<string, number>()
    for (const r of await trx
      .selectFrom('work_figures_monthly')
      .select(['node_id', 'month', 'count', 'value'])
      .execute())
      if (r.value !== 0) monthlyBefore.set(`${r.node_id}|${r.month}|${r.count}`, r.value)
    const monthlyAfter = new Map<string, RecountRow & { month: string }>()
    for (const row of after.values()) {
      const month = row.day.slice(0, 7)
      const key = `${row.node_id}|${month}|${row.count}`
      const m = monthlyAfter.get(key) ?? {
        node_id: row.node_id,
        month,
        count: row.count,
        community_id: row.community_id,
        street_id: row.street_id,
        value: 0,
      }
      m.value += row.value
      monthlyAfter.set(key, m)
    }
    let differing = 0
    for (const [key, row] of after) if (before.get(key) !== row.value) differing++
    for (const key of before.keys()) if (!after.has(key)) differing++
    for (const [key, row] of monthlyAfter) if (monthlyBefore.get(key) !== row.value) differing++
    for (const key of monthlyBefore.keys()) if (!monthlyAfter.has(key)) differing++
    await trx.deleteFrom('work_figures_daily').execute()
    await trx.deleteFrom('work_figures_monthly').execute()
    const rows = [...after.values()].map((r) => ({ ...r, path: nodePaths.get(r.node_id) ?? '/' }))
    for (let i = 0; i < rows.length; i += 500)
      await trx
        .insertInto('work_figures_daily')
        .values(rows.slice(i, i + 500))
        .execute()
    const months = [...monthlyAfter.values()].map((r) => ({ ...r, path: nodePaths.get(r.node_id) ?? '/' }))
    for (let i = 0; i < months.length; i += 500)
      await trx
        .insertInto('work_figures_monthly')
        .values(months.slice(i, i + 500))
        .execute()
    return { items, rowsBefore: before.size, rowsAfter: after.size, differing }
  })
}
