// Residents' requests at district scale for benchmarks: N work items over the last three years,
// spread over the district's communities with realistic skew — a few busy communities and, within
// each, a few busy grids; summer rain and the weeks around the Spring Festival as peaks — in the
// states a real history leaves (nearly all old items closed and most rated, recent ones open in
// every state). Rows go in by batched multi-row inserts in transactions (the fast path), the
// per-community-and-year number counters are set past the last number, and the daily figure rows
// are then recomputed from the items by `rebuildFigures`, the same code that checks them in
// production — so the figures the benchmark reads equal a full recount by construction.
import { v7 } from 'uuid'
import type { Db, WorkItemTable } from '../db/index.js'
import { rebuildFigures } from '../modules/requests/index.js'
import { localDate } from '../platform/time.js'
import { hashSeed, Rng, Weighted } from './random.js'

export interface WorkItemsOptions {
  items: number
  seed: number
  /** The end of the three years (default: now). */
  now?: number
  onProgress?: (p: { done: number; total: number; elapsedMs: number }) => void
}

export interface WorkItemsReport {
  items: number
  loadMs: number
  figuresMs: number
  figureRows: number
}

const HOUR = 3_600_000
const DAY = 24 * HOUR
const YEARS = 3
const BATCH = 400

interface Place {
  nodeId: string
  path: string
  address: string | null
  gridId: string
  gridPath: string
}

interface CommunityPlaces {
  id: string
  streetId: string | null
  path: string
  stage: number
  grids: { id: string; path: string; buildings: Place[] }[]
}

interface Category {
  code: string
  function: string
  slaRule: string
  respondHours: number
  resolveHours: number
}

/** Month weights (Jan … Dec): leaks and drains in the plum rains and summer storms, disputes and help before the Spring Festival. */
const monthWeight = [1.3, 1.2, 0.9, 0.9, 1.0, 1.3, 1.5, 1.4, 1.0, 0.9, 0.9, 1.1]

const requestTypes = new Weighted<string>([
  ['repair', 34],
  ['help', 18],
  ['complaint', 14],
  ['report', 14],
  ['enquiry', 12],
  ['suggestion', 8],
])
const channels = new Weighted<string>([
  ['patrol', 30],
  ['visit', 20],
  ['qr', 20],
  ['phone', 15],
  ['walk_in', 10],
  ['party_member', 5],
])
const urgencies = new Weighted<'normal' | 'urgent'>([
  ['normal', 88],
  ['urgent', 12],
])
const levels = new Weighted<'grid' | 'community' | 'street'>([
  ['grid', 78],
  ['community', 19],
  ['street', 3],
])
const satisfactions = new Weighted<string>([
  ['satisfied', 86],
  ['basically_satisfied', 11],
  ['dissatisfied', 3],
])
const openStates = new Weighted<string>([
  ['reported', 15],
  ['verified', 10],
  ['dispatched', 15],
  ['accepted', 15],
  ['in_progress', 25],
  ['resolved', 15],
  ['parked', 5],
])

const descriptions = [
  '楼道灯不亮，晚上上下楼看不清',
  '地下室返水，电动车停放处积水',
  '小区东门垃圾桶满溢，气味很大',
  '邻居装修噪音大，中午也不停',
  '老人独居，想申请上门助餐',
  '单元门禁坏了，陌生人随意进出',
  '楼顶防水层开裂，顶楼漏雨',
  '绿化带被占用种菜，希望整治',
  '路灯杆倾斜，担心倒下伤人',
  '咨询医保缴费和异地就医备案',
]

/** A UUIDv7 whose time is `ms`: ids stay in time order, as the application's own do. */
function idAt(ms: number, rng: Rng): string {
  const random = new Uint8Array(16)
  for (let i = 0; i < 16; i++) random[i] = Math.floor(rng.next() * 256)
  return v7({ msecs: ms, random })
}

async function loadPlaces(db: Db): Promise<CommunityPlaces[]> {
  const nodes = await db
    .selectFrom('org_nodes')
    .select(['id', 'kind', 'path', 'parent_id', 'name'])
    .where('kind', 'in', ['street', 'park', 'community', 'grid', 'building'])
    .orderBy('path')
    .execute()
  const stages = new Map(
    (await db.selectFrom('community_stages').select(['community_id', 'stage']).execute()).map((s) => [
      s.community_id,
      s.stage,
    ]),
  )
  const byId = new Map(nodes.map((n) => [n.id, n]))
  const communities = new Map<string, CommunityPlaces>()
  const grids = new Map<string, CommunityPlaces['grids'][number]>()
  for (const n of nodes) {
    if (n.kind === 'community') {
      const parent = n.parent_id ? byId.get(n.parent_id) : undefined
      communities.set(n.id, {
        id: n.id,
        streetId: parent && (parent.kind === 'street' || parent.kind === 'park') ? parent.id : null,
        path: n.path,
        stage: stages.get(n.id) ?? 2,
        grids: [],
      })
    } else if (n.kind === 'grid') {
      const community = n.parent_id ? communities.get(n.parent_id) : undefined
      if (!community) continue
      const grid = { id: n.id, path: n.path, buildings: [] as Place[] }
      community.grids.push(grid)
      grids.set(n.id, grid)
    } else if (n.kind === 'building') {
      const grid = n.parent_id ? grids.get(n.parent_id) : undefined
      if (!grid) continue
      grid.buildings.push({
        nodeId: n.id,
        path: n.path,
        address: n.name,
        gridId: grid.id,
        gridPath: grid.path,
      })
    }
  }
  return [...communities.values()].filter((c) => c.grids.some((g) => g.buildings.length > 0))
}

async function loadCategories(db: Db): Promise<Category[]> {
  const rows = await db
    .selectFrom('request_categories as c')
    .innerJoin('sla_rules as r', 'r.code', 'c.sla_rule')
    .select(['c.code', 'c.function', 'c.sla_rule', 'r.respond_hours', 'r.amount', 'r.unit'])
    .where('c.parent_code', 'is not', null)
    .where('c.active', '=', 1)
    .execute()
  return rows.map((r) => ({
    code: r.code,
    function: r.function,
    slaRule: r.sla_rule,
    respondHours: r.respond_hours,
    // Calendar hours are close enough for generated history; working days read as 1.4 calendar days.
    resolveHours: r.unit === 'hours' ? r.amount : Math.round(r.amount * 24 * 1.4),
  }))
}

/** Inserts `items` generated work items and recomputes the daily figures from them. */
export async function generateWorkItems(db: Db, options: WorkItemsOptions): Promise<WorkItemsReport> {
  const started = Date.now()
  const now = options.now ?? Date.now()
  const rng = new Rng(hashSeed('work-items', options.seed))
  const communities = await loadPlaces(db)
  if (communities.length === 0) throw new Error('no community with buildings to file requests at')
  const categories = await loadCategories(db)
  // A few busy communities: weight 1/rank^0.9; within a community a few busy grids: 1/rank^1.1.
  const communityPick = new Weighted(communities.map((c, i) => [c, 1 / (i + 1) ** 0.9] as const))
  const gridPicks = new Map(
    communities.map((c) => [
      c.id,
      new Weighted(
        c.grids.filter((g) => g.buildings.length > 0).map((g, i) => [g, 1 / (i + 1) ** 1.1] as const),
      ),
    ]),
  )
  const categoryPick = new Weighted(categories.map((c, i) => [c, 1 + ((i * 7) % 5)] as const))
  // Days of the three years, weighted by month and a slow growth as more residents use the channels.
  const firstDay = now - YEARS * 365 * DAY
  const days: (readonly [number, number])[] = []
  for (let d = firstDay; d < now; d += DAY) {
    const month = new Date(d + 8 * HOUR).getUTCMonth()
    const growth = 0.6 + (0.4 * (d - firstDay)) / (now - firstDay)
    days.push([d, (monthWeight[month] ?? 1) * growth])
  }
  const dayPick = new Weighted(days.map(([d, w]) => [d, w] as const))

  // Times first, so that numbers run in time order within each community and year.
  const stamps: { at: number; community: CommunityPlaces }[] = []
  for (let i = 0; i < options.items; i++) {
    const day = dayPick.draw(rng)
    // Office hours mostly: 07:00–21:00 Beijing time.
    const at = Math.min(now - 60_000, day + (rng.int(7, 20) - 8) * HOUR + rng.int(0, 3_599_999))
    stamps.push({ at, community: communityPick.draw(rng) })
  }
  stamps.sort((a, b) => a.at - b.at)
  const counters = new Map<string, number>()

  let done = 0
  let batch: WorkItemTable[] = []
  for (let start = 0; start < stamps.length; start += BATCH * 25) {
    await db.transaction().execute(async (trx) => {
      const chunk = stamps.slice(start, start + BATCH * 25)
      for (const { at, community } of chunk) {
        const grid = (gridPicks.get(community.id) as Weighted<CommunityPlaces['grids'][number]>).draw(rng)
        const place = grid.buildings[rng.int(0, grid.buildings.length - 1)] as Place
        const category = categoryPick.draw(rng)
        const year = Number(localDate(at).slice(0, 4))
        const key = `${community.id}|${String(year)}`
        const sequence = (counters.get(key) ?? 0) + 1
        counters.set(key, sequence)
        const level = levels.draw(rng)
        const age = now - at
        const respondDue = at + category.respondHours * HOUR
        const due = at + category.resolveHours * HOUR
        // Older than the resolve time plus a fortnight: settled (a few cancelled); else any state.
        const settled = age > category.resolveHours * HOUR + 14 * DAY || rng.chance(age / (60 * DAY))
        const cancelled = settled && rng.chance(0.03)
        const state = cancelled
          ? 'cancelled'
          : settled
            ? rng.chance(0.8)
              ? 'rated'
              : 'closed'
            : openStates.draw(rng)
        const isOpen = !['closed', 'rated', 'cancelled'].includes(state)
        // Signed for within the response time nine times in ten.
        const responded =
          state === 'reported' || cancelled ? null : at + rng.int(5, category.respondHours * 66) * 60_000
        const onTime = rng.chance(0.93)
        const resolvedAt =
          ['resolved', 'closed', 'rated'].includes(state) && !cancelled
            ? Math.min(
                now - 1000,
                onTime
                  ? at + rng.int(1, Math.max(2, category.resolveHours)) * HOUR * 0.9
                  : due + rng.int(1, 72) * HOUR,
              )
            : null
        const closedAt =
          resolvedAt !== null && !isOpen ? Math.min(now - 500, resolvedAt + rng.int(1, 48) * HOUR) : null
        const ratedAt =
          state === 'rated' && closedAt !== null
            ? Math.min(now - 100, closedAt + rng.int(1, 72) * HOUR)
            : null
        const ownerPath = level === 'grid' ? grid.path : community.path
        const description = descriptions[rng.int(0, descriptions.length - 1)] as string
        batch.push({
          id: idAt(at, rng),
          kind: 'request',
          number: `${String(year)}-${String(sequence).padStart(6, '0')}`,
          request_type: requestTypes.draw(rng),
          category_code: category.code,
          urgency: urgencies.draw(rng),
          channel: channels.draw(rng),
          title: description.slice(0, 20),
          description,
          node_id: place.nodeId,
          path: place.path,
          grid_id: grid.id,
          community_id: community.id,
          street_id: community.streetId,
          address: place.address,
          lat: null,
          lng: null,
          level,
          owner_path: ownerPath,
          village_id: null,
          function: category.function,
          stage: community.stage,
          assignee_user_id: null,
          state,
          open: isOpen ? 1 : 0,
          pending_approval: null,
          reporter_person_id: null,
          origin_village_id: null,
          reporter_name: null,
          reporter_phone_hash: null,
          reporter_phone_tail: null,
          reporter_phone_sealed: null,
          filed_by_user_id: null,
          feedback_token_hash: null,
          sla_rule: category.slaRule,
          reported_at: at,
          reported_date: localDate(at),
          respond_due_at: respondDue,
          due_at: due,
          escalate_at: isOpen ? due : null,
          parked_at: state === 'parked' ? at + DAY : null,
          responded_at: responded === null ? null : Math.min(now - 2000, Math.round(responded)),
          resolved_at: resolvedAt === null ? null : Math.round(resolvedAt),
          outcome: resolvedAt === null ? null : rng.chance(0.92) ? 'solved' : 'explained',
          settled_level: resolvedAt === null ? null : level,
          closed_at: closedAt === null ? null : Math.round(closedAt),
          closed_date: closedAt === null ? null : localDate(closedAt),
          rated_at: ratedAt === null ? null : Math.round(ratedAt),
          rated_date: ratedAt === null ? null : localDate(ratedAt),
          satisfaction: ratedAt === null ? null : satisfactions.draw(rng),
          reopen_count: 0,
          extension_days: 0,
          whistled: level !== 'grid' && rng.chance(0.2) ? 1 : 0,
          merged_into_id: null,
          source_item_id: null,
          cancel_reason: cancelled ? 'invalid' : null,
          public_text: null,
          version: 1,
          created_at: at,
          updated_at: Math.round(ratedAt ?? closedAt ?? resolvedAt ?? responded ?? at),
        })
        if (batch.length >= BATCH) {
          const rows = batch
          batch = []
          await trx.insertInto('work_items').values(rows).execute()
        }
      }
      if (batch.length > 0) {
        const rows = batch
        batch = []
        await trx.insertInto('work_items').values(rows).execute()
      }
      done += chunk.length
    })
    options.onProgress?.({ done, total: options.items, elapsedMs: Date.now() - started })
  }
  // Filing after the generated history continues each community's numbers.
  await db.transaction().execute(async (trx) => {
    for (const [key, last] of counters) {
      const [communityId = '', year = '0'] = key.split('|')
      await trx
        .insertInto('work_item_counters')
        .values({ community_id: communityId, year: Number(year), last })
        .onConflict((oc) => oc.columns(['community_id', 'year']).doUpdateSet({ last }))
        .execute()
    }
  })
  const loadMs = Date.now() - started
  const rebuilt = await rebuildFigures(db)
  return {
    items: options.items,
    loadMs,
    figuresMs: Date.now() - started - loadMs,
    figureRows: rebuilt.rowsAfter,
  }
}
