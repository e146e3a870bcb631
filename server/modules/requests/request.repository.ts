// Queries of the requests pipeline. Plain functions, the executor first.
import { sql } from 'kysely'
import type {
  Executor,
  OrgNodeTable,
  RequestCategoryTable,
  SlaRuleTable,
  WorkItemTable,
  WorkItemUpdateTable,
} from '../../db/index.js'
import { dialectOf, pathRange, toNumber } from '../../db/index.js'
import type { CountDelta } from './figures.domain.js'
import type { CalendarOverrides, DayKind } from './sla.domain.js'
import { isStage, type FunctionMatrix, type Owner, type Stage, type WorkFunction } from './routing.domain.js'

export async function findCategory(db: Executor, code: string): Promise<RequestCategoryTable | undefined> {
  return db.selectFrom('request_categories').selectAll().where('code', '=', code).executeTakeFirst()
}

export async function listCategories(db: Executor, kind = 'request'): Promise<RequestCategoryTable[]> {
  return db
    .selectFrom('request_categories')
    .selectAll()
    .where('active', '=', 1)
    .where('item_kind', '=', kind)
    .orderBy('sort')
    .execute()
}

export async function findSlaRule(db: Executor, code: string): Promise<SlaRuleTable | undefined> {
  return db.selectFrom('sla_rules').selectAll().where('code', '=', code).executeTakeFirst()
}

export async function loadCalendar(db: Executor, fromDay: string, toDay: string): Promise<CalendarOverrides> {
  const rows = await db
    .selectFrom('calendar_days')
    .select(['day', 'kind'])
    .where('day', '>=', fromDay)
    .where('day', '<=', toDay)
    .execute()
  return new Map<string, DayKind>(rows.map((r) => [r.day, r.kind]))
}

export async function loadMatrix(db: Executor): Promise<FunctionMatrix> {
  const rows = await db.selectFrom('function_matrix').selectAll().execute()
  const m: Record<number, Record<string, Owner>> = { 1: {}, 2: {}, 3: {} }
  for (const r of rows) (m[r.stage] ??= {})[r.function] = r.owner
  return m as unknown as FunctionMatrix
}

/** The community's stage (2, "community leads", when none is recorded) and its villages' overrides. */
export async function loadStages(
  db: Executor,
  communityId: string,
): Promise<{ stage: Stage; version: number; villages: Map<string, Stage> }> {
  const row = await db
    .selectFrom('community_stages')
    .select(['stage', 'version'])
    .where('community_id', '=', communityId)
    .executeTakeFirst()
  const villages = await db
    .selectFrom('village_stages')
    .select(['village_id', 'stage'])
    .where('community_id', '=', communityId)
    .execute()
  const map = new Map<string, Stage>()
  for (const v of villages) if (isStage(v.stage)) map.set(v.village_id, v.stage)
  const stage = row && isStage(row.stage) ? row.stage : 2
  return { stage, version: row?.version ?? 0, villages: map }
}

export async function findNodes(db: Executor, ids: string[]): Promise<OrgNodeTable[]> {
  if (ids.length === 0) return []
  return db.selectFrom('org_nodes').selectAll().where('id', 'in', ids).execute()
}

export async function findNodeByCode(db: Executor, code: string): Promise<OrgNodeTable | undefined> {
  return db.selectFrom('org_nodes').selectAll().where('code', '=', code).executeTakeFirst()
}

/** The next number of a community's year: gap-free, since the counter row is written in the filing transaction. */
export async function nextItemSequence(db: Executor, communityId: string, year: number): Promise<number> {
  const row = await db
    .insertInto('work_item_counters')
    .values({ community_id: communityId, year, last: 1 })
    .onConflict((oc) =>
      oc.columns(['community_id', 'year']).doUpdateSet({ last: sql<number>`work_item_counters.last + 1` }),
    )
    .returning('last')
    .executeTakeFirstOrThrow()
  return row.last
}

export async function insertItem(db: Executor, row: WorkItemTable): Promise<void> {
  await db.insertInto('work_items').values(row).execute()
}

export async function findItem(db: Executor, id: string): Promise<WorkItemTable | undefined> {
  return db.selectFrom('work_items').selectAll().where('id', '=', id).executeTakeFirst()
}

/** Reads the item for a change: on PostgreSQL the row is locked until the transaction ends. */
export async function lockItem(db: Executor, id: string): Promise<WorkItemTable | undefined> {
  let q = db.selectFrom('work_items').selectAll().where('id', '=', id)
  if (dialectOf(db) === 'postgres') q = q.forUpdate()
  return q.executeTakeFirst()
}

export async function findItemByNumber(
  db: Executor,
  communityId: string,
  number: string,
): Promise<WorkItemTable | undefined> {
  return db
    .selectFrom('work_items')
    .selectAll()
    .where('community_id', '=', communityId)
    .where('number', '=', number)
    .executeTakeFirst()
}

export async function findItemByFeedbackToken(
  db: Executor,
  tokenHash: string,
  kind = 'request',
): Promise<WorkItemTable | undefined> {
  return db
    .selectFrom('work_items')
    .selectAll()
    .where('feedback_token_hash', '=', tokenHash)
    .where('kind', '=', kind)
    .executeTakeFirst()
}

/** Writes the changed fields when the version still matches; false when someone else got there first. */
export async function updateItem(
  db: Executor,
  id: string,
  expectedVersion: number,
  changes: Partial<WorkItemTable>,
): Promise<boolean> {
  const { id: _id, version: _v, ...rest } = changes
  const result = await db
    .updateTable('work_items')
    .set({ ...rest, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst()
  return result.numUpdatedRows > 0n
}

export async function insertUpdate(db: Executor, row: WorkItemUpdateTable): Promise<void> {
  await db.insertInto('work_item_updates').values(row).execute()
}

export async function listUpdates(db: Executor, itemId: string): Promise<WorkItemUpdateTable[]> {
  return db.selectFrom('work_item_updates').selectAll().where('item_id', '=', itemId).orderBy('id').execute()
}

export async function insertItemFiles(
  db: Executor,
  rows: {
    item_id: string
    update_id: string
    file_id: string
    stage: 'intake' | 'progress' | 'resolution' | 'report'
    created_at: number
  }[],
): Promise<void> {
  if (rows.length === 0) return
  await db.insertInto('work_item_files').values(rows).execute()
}

export async function listItemFiles(
  db: Executor,
  itemId: string,
): Promise<{ update_id: string; file_id: string; stage: string; mime: string; size: number }[]> {
  return db
    .selectFrom('work_item_files as wf')
    .innerJoin('files as f', 'f.id', 'wf.file_id')
    .select(['wf.update_id', 'wf.file_id', 'wf.stage', 'f.mime', 'f.size'])
    .where('wf.item_id', '=', itemId)
    .orderBy('wf.created_at')
    .execute()
}

export async function existingFileIds(db: Executor, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set()
  const rows = await db.selectFrom('files').select(['id', 'mime']).where('id', 'in', ids).execute()
  return new Set(rows.filter((r) => r.mime.startsWith('image/')).map((r) => r.id))
}

export interface FigureNode {
  nodeId: string
  communityId: string
  streetId: string | null
  path: string
}

/** Adds the deltas to the daily rows of one node, and to its monthly rows (insert or add). */
export async function applyFigureDeltas(db: Executor, node: FigureNode, deltas: CountDelta[]): Promise<void> {
  if (deltas.length === 0) return
  await db
    .insertInto('work_figures_daily')
    .values(
      deltas.map((d) => ({
        node_id: node.nodeId,
        day: d.day,
        count: d.count,
        community_id: node.communityId,
        street_id: node.streetId,
        path: node.path,
        value: d.delta,
      })),
    )
    .onConflict((oc) =>
      oc
        .columns(['node_id', 'day', 'count'])
        .doUpdateSet({ value: sql<number>`work_figures_daily.value + excluded.value` }),
    )
    .execute()
  const monthly = new Map<string, { month: string; count: string; delta: number }>()
  for (const d of deltas) {
    const month = d.day.slice(0, 7)
    const key = `${month}|${d.count}`
    const row = monthly.get(key) ?? { month, count: d.count, delta: 0 }
    row.delta += d.delta
    monthly.set(key, row)
  }
  await db
    .insertInto('work_figures_monthly')
    .values(
      [...monthly.values()].map((m) => ({
        node_id: node.nodeId,
        month: m.month,
        count: m.count,
        community_id: node.communityId,
        street_id: node.streetId,
        path: node.path,
        value: m.delta,
      })),
    )
    .onConflict((oc) =>
      oc
        .columns(['node_id', 'month', 'count'])
        .doUpdateSet({ value: sql<number>`work_figures_monthly.value + excluded.value` }),
    )
    .execute()
}

export async function findOpenDuplicates(
  db: Executor,
  input: { nodeId: string; categoryCode: string; since: number },
): Promise<Pick<WorkItemTable, 'id' | 'number' | 'title' | 'state' | 'reported_at' | 'path'>[]> {
  return db
    .selectFrom('work_items')
    .select(['id', 'number', 'title', 'state', 'reported_at', 'path'])
    .where('node_id', '=', input.nodeId)
    .where('category_code', '=', input.categoryCode)
    .where('kind', '=', 'request')
    .where('open', '=', 1)
    .where('reported_at', '>=', input.since)
    .where('merged_into_id', 'is', null)
    .orderBy('reported_at', 'desc')
    .limit(5)
    .execute()
}

export async function userLabel(
  db: Executor,
  userId: string,
): Promise<{ id: string; display_name: string; disabled: number; provider_id: string | null } | undefined> {
  return db
    .selectFrom('users')
    .select(['id', 'display_name', 'disabled', 'provider_id'])
    .where('id', '=', userId)
    .executeTakeFirst()
}

export async function userNames(db: Executor, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)]
  if (unique.length === 0) return new Map()
  const rows = await db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', unique).execute()
  return new Map(rows.map((r) => [r.id, r.display_name]))
}

/** Grants of a user, to decide whether a dispatched user can reach an item through them. */
export async function grantsOfUser(
  db: Executor,
  userId: string,
): Promise<
  { id: string; role: string; scope_kind: 'org' | 'village'; scope_id: string; scope_path: string | null }[]
> {
  return db
    .selectFrom('grants')
    .select(['id', 'role', 'scope_kind', 'scope_id', 'scope_path'])
    .where('user_id', '=', userId)
    .execute()
}

export async function findVillageArea(db: Executor, villageId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('villages')
    .select('area_path')
    .where('id', '=', villageId)
    .executeTakeFirst()
  return row?.area_path
}

export async function pendingApproval(
  db: Executor,
  itemId: string,
): Promise<{ id: string; kind: 'extension' | 'park'; days: number | null } | undefined> {
  return db
    .selectFrom('work_item_approvals')
    .select(['id', 'kind', 'days'])
    .where('item_id', '=', itemId)
    .where('decision', 'is', null)
    .orderBy('requested_at', 'desc')
    .executeTakeFirst()
}

export async function countMovedIn(
  db: Executor,
  communityId: string,
  today: string,
): Promise<{ movedIn: number; total: number }> {
  const total = await db
    .selectFrom('households')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('community_id', '=', communityId)
    .executeTakeFirstOrThrow()
  const movedIn = await db
    .selectFrom('households as h')
    .select((eb) => eb.fn.count<number>('h.id').distinct().as('n'))
    .where('h.community_id', '=', communityId)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('residences as r')
          .select('r.id')
          .whereRef('r.household_id', '=', 'h.id')
          .where('r.moved_in_on', '<=', today)
          .where((e) => e.or([e('r.moved_out_on', 'is', null), e('r.moved_out_on', '>', today)])),
      ),
    )
    .executeTakeFirstOrThrow()
  return { movedIn: toNumber(movedIn.n), total: toNumber(total.n) }
}

export function pathBounds(prefix: string): { from: string; to: string } {
  return pathRange(prefix)
}

export type { WorkFunction }
