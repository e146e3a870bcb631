// 党员报到's figures for a node and a period: members registered (active at the period's end),
// confirmed service records and their hours, and organisational-life attendances — in total and by
// home organisation, each drilling down to its rows. One filter per count serves both the totals and
// the drill-down, so the two cannot disagree. Counts name no one, so whoever reads the node's
// requests reads them; the rows behind them (members' names) are the community's (party.manage).
import type { Db, Executor, OrgNodeTable } from '../../db/index.js'
import { toNumber } from '../../db/index.js'
import { can, requireAccess, type Actor } from '../../platform/access.js'
import { notFoundOrNoAccess } from '../../platform/errors.js'
import { decodeCursor, toPage } from '../../platform/pagination.js'
import { checkPeriod } from '../requests/index.js'
import { meetingKindNamesZh, serviceKindNamesZh } from './party.domain.js'
import { findNode } from './party.repository.js'
import type {
  PartyFigureRows,
  PartyFiguresQuery,
  PartyFiguresView,
  PartyRecordsQuery,
} from './party.schemas.js'

async function nodeFor(db: Executor, actor: Actor, nodeId: string, rows: boolean): Promise<OrgNodeTable> {
  const node = await findNode(db, nodeId)
  if (!node) throw notFoundOrNoAccess('org_node')
  const target = { kind: 'org', path: node.path } as const
  if (rows) requireAccess(actor, 'party.manage', target, 'org_node')
  else if (!can(actor, 'party.manage', target) && !can(actor, 'request.read', target))
    throw notFoundOrNoAccess('org_node')
  return node
}

/** Registrations under a node: a community's by its id, else by where the members live. */
function membersOf(db: Executor, node: OrgNodeTable) {
  const q = db.selectFrom('party_registrations as g').innerJoin('persons as p', 'p.id', 'g.person_id')
  return node.kind === 'community'
    ? q.where('g.community_id', '=', node.id)
    : q.where('g.path', '>=', node.path).where('g.path', '<', `${node.path.slice(0, -1)}0`)
}

/** Registered and not yet left at the period's end. */
function registered(db: Executor, node: OrgNodeTable, to: string) {
  return membersOf(db, node)
    .where('g.registered_on', '<=', to)
    .where((eb) => eb.or([eb('g.left_on', 'is', null), eb('g.left_on', '>', to)]))
}

function confirmedService(db: Executor, node: OrgNodeTable, from: string, to: string) {
  return membersOf(db, node)
    .innerJoin('party_service_records as r', 'r.registration_id', 'g.id')
    .where('r.state', '=', 'confirmed')
    .where('r.served_on', '>=', from)
    .where('r.served_on', '<=', to)
}

function attended(db: Executor, node: OrgNodeTable, from: string, to: string) {
  return membersOf(db, node)
    .innerJoin('party_attendances as a', 'a.registration_id', 'g.id')
    .innerJoin('party_meetings as m', 'm.id', 'a.meeting_id')
    .where('m.held_on', '>=', from)
    .where('m.held_on', '<=', to)
}

export async function getPartyFigures({
  db,
  actor,
  query,
}: {
  db: Db
  actor: Actor
  query: PartyFiguresQuery
}): Promise<PartyFiguresView> {
  const { from, to } = query
  checkPeriod(from, to)
  const node = await nodeFor(db, actor, query.nodeId, false)
  const [members, service, life] = await Promise.all([
    registered(db, node, to)
      .select(['g.home_name', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('g.home_name')
      .execute(),
    confirmedService(db, node, from, to)
      .select([
        'g.home_name',
        (eb) => eb.fn.countAll<number>().as('n'),
        (eb) => eb.fn.sum<number>('r.minutes').as('m'),
      ])
      .groupBy('g.home_name')
      .execute(),
    attended(db, node, from, to)
      .select(['g.home_name', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('g.home_name')
      .execute(),
  ])
  const homes = [...new Set([...members, ...service, ...life].map((r) => r.home_name))]
  const byHome = homes
    .map((homeName) => {
      const s = service.find((r) => r.home_name === homeName)
      return {
        homeName,
        members: toNumber(members.find((r) => r.home_name === homeName)?.n),
        records: toNumber(s?.n),
        minutes: toNumber(s?.m),
        attendances: toNumber(life.find((r) => r.home_name === homeName)?.n),
      }
    })
    .sort((a, b) => b.members - a.members || a.homeName.localeCompare(b.homeName, 'zh-CN'))
  const sum = (k: 'members' | 'records' | 'minutes' | 'attendances') => byHome.reduce((a, h) => a + h[k], 0)
  return {
    nodeId: node.id,
    nodeName: node.name,
    from,
    to,
    totals: {
      members: sum('members'),
      records: sum('records'),
      minutes: sum('minutes'),
      attendances: sum('attendances'),
    },
    byHome,
  }
}

/** The rows behind a count, newest first, keyset-paginated. */
export async function partyFigureRecords({
  db,
  actor,
  query,
}: {
  db: Db
  actor: Actor
  query: PartyRecordsQuery
}): Promise<PartyFigureRows> {
  const { from, to } = query
  checkPeriod(from, to)
  const node = await nodeFor(db, actor, query.nodeId, true)
  const limit = query.limit ?? 20
  const home = query.homeName
  if (query.count === 'members') {
    let q = registered(db, node, to).select(['g.id', 'g.home_name', 'g.registered_on', 'p.name'])
    if (home !== undefined) q = q.where('g.home_name', '=', home)
    if (query.cursor !== undefined)
      q = q.where('g.id', '<', String(decodeCursor(query.cursor, ['string'])[0]))
    const rows = await q
      .orderBy('g.id', 'desc')
      .limit(limit + 1)
      .execute()
    return toPage(
      rows,
      limit,
      (r) => [r.id],
      (r) => ({
        id: r.id,
        registrationId: r.id,
        memberName: r.name,
        homeName: r.home_name,
        date: r.registered_on,
        title: '报到登记',
        minutes: null,
      }),
    )
  }
  if (query.count === 'records' || query.count === 'hours') {
    let q = confirmedService(db, node, from, to)
      .leftJoin('party_posts as po', 'po.id', 'r.post_id')
      .leftJoin('party_tasks as t', 't.id', 'r.task_id')
      .select([
        'r.id',
        'g.id as gid',
        'g.home_name',
        'p.name',
        'r.served_on',
        'r.kind',
        'r.description',
        'r.minutes',
      ])
      .select(['po.name as post_name', 't.title as task_title'])
    if (home !== undefined) q = q.where('g.home_name', '=', home)
    if (query.cursor !== undefined)
      q = q.where('r.id', '<', String(decodeCursor(query.cursor, ['string'])[0]))
    const rows = await q
      .orderBy('r.id', 'desc')
      .limit(limit + 1)
      .execute()
    return toPage(
      rows,
      limit,
      (r) => [r.id],
      (r) => ({
        id: r.id,
        registrationId: r.gid,
        memberName: r.name,
        homeName: r.home_name,
        date: r.served_on,
        title: `${serviceKindNamesZh[r.kind]}${(r.post_name ?? r.task_title) ? `·${r.post_name ?? r.task_title ?? ''}` : ''}：${r.description}`,
        minutes: r.minutes,
      }),
    )
  }
  let q = attended(db, node, from, to).select([
    'm.id as mid',
    'g.id as gid',
    'g.home_name',
    'p.name',
    'm.held_on',
    'm.kind',
    'm.topic',
  ])
  if (home !== undefined) q = q.where('g.home_name', '=', home)
  if (query.cursor !== undefined) {
    const [mid, gid] = decodeCursor(query.cursor, ['string', 'string'])
    q = q.where((eb) =>
      eb.or([
        eb('m.id', '<', String(mid)),
        eb.and([eb('m.id', '=', String(mid)), eb('g.id', '<', String(gid))]),
      ]),
    )
  }
  const rows = await q
    .orderBy('m.id', 'desc')
    .orderBy('g.id', 'desc')
    .limit(limit + 1)
    .execute()
  return toPage(
    rows,
    limit,
    (r) => [r.mid, r.gid],
    (r) => ({
      id: `${r.mid}:${r.gid}`,
      registrationId: r.gid,
      memberName: r.name,
      homeName: r.home_name,
      date: r.held_on,
      title: `${meetingKindNamesZh[r.kind]}：${r.topic}`,
      minutes: null,
    }),
  )
}
