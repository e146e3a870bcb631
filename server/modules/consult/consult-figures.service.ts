// 协商议事's figures — meetings held, decisions, decisions adopted, decisions carried out — for a node
// and a period, each drilling down to its records; and the residents' page of the decisions that
// concern their building (no sign-in, no personal data, no ballots).
import type { Db, Executor, OrgNodeTable } from '../../db/index.js'
import { pathRange, toNumber } from '../../db/index.js'
import { can, type Actor } from '../../platform/access.js'
import { notFoundOrNoAccess } from '../../platform/errors.js'
import { decodeCursor, toPage } from '../../platform/pagination.js'
import { checkPeriod } from '../requests/index.js'
import { carriedOutIds, carriedOutSql, standingSql } from './consult.repository.js'
import type {
  ConsultCount,
  ConsultFiguresQuery,
  ConsultFiguresView,
  ConsultRecordPage,
  ConsultRecordsQuery,
  PublicDecisions,
} from './consult.schemas.js'

// A decision that a later one corrected no longer counts, nor shows to residents.

/** Counts and their records carry no personal data: whoever reads the node's work reads them. */
async function nodeFor(db: Executor, actor: Actor, nodeId: string): Promise<OrgNodeTable> {
  const node = await db.selectFrom('org_nodes').selectAll().where('id', '=', nodeId).executeTakeFirst()
  if (!node) throw notFoundOrNoAccess('org_node')
  const target = { kind: 'org', path: node.path } as const
  if (!can(actor, 'consult.read', target) && !can(actor, 'request.read', target))
    throw notFoundOrNoAccess('org_node')
  return node
}

function meetingsHeld(db: Executor, node: OrgNodeTable, from: string, to: string) {
  return db
    .selectFrom('consultations as c')
    .where('c.path', '>=', pathRange(node.path).from)
    .where('c.path', '<', pathRange(node.path).to)
    .where('c.held_date', '>=', from)
    .where('c.held_date', '<=', to)
}

function decisionsOf(db: Executor, node: OrgNodeTable, count: ConsultCount, from: string, to: string) {
  let q = db
    .selectFrom('consultation_decisions as d')
    .innerJoin('consultations as c', 'c.id', 'd.consultation_id')
    .where('c.path', '>=', pathRange(node.path).from)
    .where('c.path', '<', pathRange(node.path).to)
    .where('d.decided_date', '>=', from)
    .where('d.decided_date', '<=', to)
    .where(standingSql)
  if (count === 'adopted' || count === 'carried_out') q = q.where('d.outcome', '=', 'adopted')
  if (count === 'carried_out') q = q.where(carriedOutSql)
  return q
}

export async function getConsultFigures({
  db,
  actor,
  query,
}: {
  db: Db
  actor: Actor
  query: ConsultFiguresQuery
}): Promise<ConsultFiguresView> {
  const { from, to } = query
  checkPeriod(from, to)
  const node = await nodeFor(db, actor, query.nodeId)
  const n = (q: { executeTakeFirst: () => Promise<{ n: unknown } | undefined> }) =>
    q.executeTakeFirst().then((r) => toNumber(r?.n))
  const [held, decisions, adopted, carriedOut] = await Promise.all([
    n(meetingsHeld(db, node, from, to).select((eb) => eb.fn.countAll().as('n'))),
    n(decisionsOf(db, node, 'decisions', from, to).select((eb) => eb.fn.countAll().as('n'))),
    n(decisionsOf(db, node, 'adopted', from, to).select((eb) => eb.fn.countAll().as('n'))),
    n(decisionsOf(db, node, 'carried_out', from, to).select((eb) => eb.fn.countAll().as('n'))),
  ])
  return { nodeId: node.id, nodeName: node.name, from, to, totals: { held, decisions, adopted, carriedOut } }
}

/** The records behind a count, newest first: the meetings held, or the decisions. */
export async function consultRecords({
  db,
  actor,
  query,
}: {
  db: Db
  actor: Actor
  query: ConsultRecordsQuery
}): Promise<ConsultRecordPage> {
  checkPeriod(query.from, query.to)
  const node = await nodeFor(db, actor, query.nodeId)
  const limit = query.limit ?? 20
  const after = query.cursor !== undefined ? String(decodeCursor(query.cursor, ['string'])[0]) : undefined
  if (query.count === 'held') {
    let q = meetingsHeld(db, node, query.from, query.to)
      .innerJoin('org_nodes as n', 'n.id', 'c.node_id')
      .select(['c.id', 'c.title', 'c.held_date', 'n.name as place'])
    if (after !== undefined) q = q.where('c.id', '<', after)
    const rows = await q
      .orderBy('c.id', 'desc')
      .limit(limit + 1)
      .execute()
    return toPage(
      rows,
      limit,
      (r) => [r.id],
      (r) => ({
        consultationId: r.id,
        title: r.title,
        placeName: r.place,
        date: r.held_date ?? '',
        decision: null,
      }),
    )
  }
  let q = decisionsOf(db, node, query.count, query.from, query.to)
    .innerJoin('org_nodes as n', 'n.id', 'c.node_id')
    .select(['d.id', 'd.text', 'd.outcome', 'd.decided_date', 'c.id as cid', 'c.title', 'n.name as place'])
  if (after !== undefined) q = q.where('d.id', '<', after)
  const rows = await q
    .orderBy('d.id', 'desc')
    .limit(limit + 1)
    .execute()
  const done = await carriedOutIds(
    db,
    rows.map((r) => r.id),
  )
  return toPage(
    rows,
    limit,
    (r) => [r.id],
    (r) => ({
      consultationId: r.cid,
      title: r.title,
      placeName: r.place,
      date: r.decided_date,
      decision: { id: r.id, text: r.text, outcome: r.outcome, carriedOut: done.has(r.id) },
    }),
  )
}

/**
 * The decisions adopted on topics whose place covers the building (the community, its grid or the
 * building itself), newest first — what was decided, when, and whether it is carried out.
 */
export async function publicDecisions({ db, code }: { db: Db; code: string }): Promise<PublicDecisions> {
  const building = await db
    .selectFrom('org_nodes')
    .selectAll()
    .where('code', '=', code)
    .where('kind', '=', 'building')
    .executeTakeFirst()
  if (!building || building.community_id === null) throw notFoundOrNoAccess('org_node')
  const community = await db
    .selectFrom('org_nodes')
    .select('name')
    .where('id', '=', building.community_id)
    .executeTakeFirstOrThrow()
  const rows = (
    await db
      .selectFrom('consultation_decisions as d')
      .innerJoin('consultations as c', 'c.id', 'd.consultation_id')
      .select([
        'd.id',
        'd.text',
        'd.method',
        'd.votes_for',
        'd.votes_against',
        'd.votes_abstain',
        'd.decided_date',
        'c.title',
        'c.path',
      ])
      .where('c.community_id', '=', building.community_id)
      .where('d.outcome', '=', 'adopted')
      .where(standingSql)
      .orderBy('d.id', 'desc')
      .limit(500)
      .execute()
  ).filter((r) => building.path.startsWith(r.path))
  const done = await carriedOutIds(
    db,
    rows.map((r) => r.id),
  )
  return {
    building: building.name,
    community: community.name,
    items: rows.slice(0, 50).map((r) => ({
      title: r.title,
      text: r.text,
      decidedOn: r.decided_date,
      method: r.method,
      counts:
        r.method === 'vote'
          ? { for: r.votes_for ?? 0, against: r.votes_against ?? 0, abstain: r.votes_abstain ?? 0 }
          : null,
      carriedOut: done.has(r.id),
    })),
  }
}
