// 红代办's figures: errands asked, delivered (confirmed by the resident: person-times, 人次) and
// solved (困难解决), in total, by kind of errand and by proxy — each an aggregate over the proxy
// errands of a community (or a street office, or a grid), and each drilling down to its errands.
// Counts need no personal data, so whoever reads the node's requests reads them; the errands behind
// them (residents' names) only the proxy team and the community.
import { sql } from 'kysely'
import type { Db, Executor, OrgNodeTable } from '../../db/index.js'
import { toNumber } from '../../db/index.js'
import { can, requireAccess, type Actor } from '../../platform/access.js'
import { notFoundOrNoAccess } from '../../platform/errors.js'
import { decodeCursor, toPage } from '../../platform/pagination.js'
import { checkPeriod, stateNameZh, toSummary, withSummaryNames, type WorkState } from '../requests/index.js'
import { findNode } from './proxy.repository.js'
import type {
  ProxyCount,
  ProxyFiguresQuery,
  ProxyFiguresView,
  ProxyPage,
  ProxyRecordsQuery,
} from './proxy.schemas.js'
import type { Static } from '@sinclair/typebox'

async function nodeFor(db: Executor, actor: Actor, nodeId: string, records: boolean): Promise<OrgNodeTable> {
  const node = await findNode(db, nodeId)
  if (!node) throw notFoundOrNoAccess('org_node')
  const target = { kind: 'org', path: node.path } as const
  if (records) requireAccess(actor, 'proxy.read', target, 'org_node')
  else if (!can(actor, 'proxy.read', target) && !can(actor, 'request.read', target))
    throw notFoundOrNoAccess('org_node')
  return node
}

/** Proxy errands of a node: one equality an index leads with (community, street, grid), else a path range. */
function errandsOf(db: Executor, node: OrgNodeTable) {
  // The kind as a literal, not a parameter: a partial index's condition must be visible in the
  // statement for PostgreSQL's generic plans (and SQLite's planner) to use it.
  const q = db.selectFrom('work_items as w').where(sql<boolean>`w.kind = 'proxy'`)
  if (node.kind === 'community') return q.where('w.community_id', '=', node.id)
  if (node.kind === 'street' || node.kind === 'park') return q.where('w.street_id', '=', node.id)
  if (node.kind === 'grid') return q.where('w.grid_id', '=', node.id)
  return q.where('w.path', '>=', node.path).where('w.path', '<', `${node.path.slice(0, -1)}0`)
}

type Errands = ReturnType<typeof errandsOf>

/** The definition of each count, as a filter: the same for the totals and the drill-down. */
function counted(q: Errands, count: ProxyCount, from: string, to: string): Errands {
  if (count === 'filed')
    return q
      .where('w.reported_date', '>=', from)
      .where('w.reported_date', '<=', to)
      .where('w.state', '!=', 'cancelled')
  const delivered = q
    .where('w.closed_date', '>=', from)
    .where('w.closed_date', '<=', to)
    .where('w.state', 'in', ['closed', 'rated'])
  return count === 'solved' ? delivered.where('w.outcome', '=', 'solved') : delivered
}

export async function getProxyFigures({
  db,
  actor,
  query,
}: {
  db: Db
  actor: Actor
  query: ProxyFiguresQuery
}): Promise<ProxyFiguresView> {
  const { from, to } = query
  checkPeriod(from, to)
  const node = await nodeFor(db, actor, query.nodeId, false)
  const base = errandsOf(db, node)
  const [filedRows, deliveredRows, proxyRows, residents, paid, open, categories] = await Promise.all([
    counted(base, 'filed', from, to)
      .select(['w.category_code as code', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('w.category_code')
      .execute(),
    counted(base, 'delivered', from, to)
      .select([
        'w.category_code as code',
        (eb) => eb.fn.countAll<number>().as('n'),
        (eb) =>
          eb.fn.sum<number>(eb.case().when('w.outcome', '=', 'solved').then(1).else(0).end()).as('solved'),
      ])
      .groupBy('w.category_code')
      .execute(),
    counted(base, 'delivered', from, to)
      .innerJoin('users as u', 'u.id', 'w.assignee_user_id')
      .select([
        'u.id as userId',
        'u.display_name as name',
        (eb) => eb.fn.countAll<number>().as('n'),
        (eb) =>
          eb.fn.sum<number>(eb.case().when('w.outcome', '=', 'solved').then(1).else(0).end()).as('solved'),
      ])
      .groupBy(['u.id', 'u.display_name'])
      .execute(),
    counted(base, 'delivered', from, to)
      .select((eb) => eb.fn.count<number>('w.reporter_person_id').distinct().as('n'))
      .executeTakeFirst(),
    counted(base, 'delivered', from, to)
      .innerJoin('proxy_money_entries as e', 'e.item_id', 'w.id')
      .where('e.direction', '=', 'paid')
      .select((eb) =>
        eb.fn
          .sum<number>(
            eb
              .case()
              .when('e.reverses_id', 'is', null)
              .then(eb.ref('e.amount_fen'))
              .else(eb.neg(eb.ref('e.amount_fen')))
              .end(),
          )
          .as('fen'),
      )
      .executeTakeFirst(),
    base
      .where('w.open', '=', 1)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst(),
    db
      .selectFrom('request_categories')
      .select(['code', 'name_zh', 'name_en'])
      .where('item_kind', '=', 'proxy')
      .where('parent_code', 'is not', null)
      .orderBy('sort')
      .execute(),
  ])
  const byCategory = categories.map((c) => {
    const d = deliveredRows.find((r) => r.code === c.code)
    return {
      code: c.code,
      nameZh: c.name_zh,
      nameEn: c.name_en,
      filed: toNumber(filedRows.find((r) => r.code === c.code)?.n),
      delivered: toNumber(d?.n),
      solved: toNumber(d?.solved),
    }
  })
  const sum = (k: 'filed' | 'delivered' | 'solved') => byCategory.reduce((a, c) => a + c[k], 0)
  return {
    nodeId: node.id,
    nodeName: node.name,
    from,
    to,
    totals: {
      filed: sum('filed'),
      delivered: sum('delivered'),
      solved: sum('solved'),
      residents: toNumber(residents?.n),
      paidFen: toNumber(paid?.fen),
      open: toNumber(open?.n),
    },
    byCategory,
    byProxy: proxyRows
      .map((r) => ({ userId: r.userId, name: r.name, delivered: toNumber(r.n), solved: toNumber(r.solved) }))
      .sort((a, b) => b.delivered - a.delivered || a.name.localeCompare(b.name, 'zh-CN')),
  }
}

/** The errands behind a count, newest first, keyset-paginated. */
export async function proxyRecords({
  db,
  actor,
  query,
  now,
}: {
  db: Db
  actor: Actor
  query: ProxyRecordsQuery
  now: number
}): Promise<Static<typeof ProxyPage>> {
  checkPeriod(query.from, query.to)
  const node = await nodeFor(db, actor, query.nodeId, true)
  const limit = query.limit ?? 20
  let q = counted(errandsOf(db, node), query.count, query.from, query.to).selectAll('w')
  if (query.categoryCode !== undefined) q = q.where('w.category_code', '=', query.categoryCode)
  if (query.assigneeUserId !== undefined) q = q.where('w.assignee_user_id', '=', query.assigneeUserId)
  if (query.cursor !== undefined) {
    const [id] = decodeCursor(query.cursor, ['string'])
    q = q.where('w.id', '<', String(id))
  }
  const rows = await withSummaryNames(db, q.orderBy('w.id', 'desc').limit(limit + 1)).execute()
  return toPage(
    rows,
    limit,
    (r) => [r.id],
    (r) => ({
      ...toSummary(r, now),
      stateZh: stateNameZh('proxy', r.state as WorkState),
      residentName: r.reporter_name,
    }),
  )
}
