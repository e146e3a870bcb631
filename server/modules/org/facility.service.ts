// Facilities of a community: the service centre's rooms (5+3+1+N), street lamps, pipes, parking
// spaces and the rest, each at a node of the community, with a state whose changes are audited.
import type { Db, FacilityTable } from '../../db/index.js'
import { classifyDatabaseError } from '../../db/index.js'
import { requireAccess, type Actor } from '../../platform/access.js'
import { changedFields, recordAudit } from '../../platform/audit.js'
import { requireVersionMatch } from '../../platform/concurrency.js'
import { AppError, notFoundOrNoAccess } from '../../platform/errors.js'
import { newId } from '../../platform/ids.js'
import { decodeCursor, toPage, type Page } from '../../platform/pagination.js'
import {
  canChangeFacilityState,
  checkLatLng,
  facilityCategories,
  facilityNodeKinds,
  facilityStateZh,
  isFacilityCategory,
  type PlaceProblem,
} from './facility.domain.js'
import {
  findFacility,
  findFacilityByCode,
  insertFacility,
  listFacilitiesUnder,
  updateFacilityFields,
  type FacilityRow,
} from './facility.repository.js'
import type {
  CreateFacilityBody,
  FacilityListQuery,
  FacilityView,
  UpdateFacilityBody,
} from './facility.schemas.js'
import { findNode } from './org.repository.js'

export function toFacilityView(row: FacilityRow): FacilityView {
  const category = isFacilityCategory(row.category) ? row.category : 'other'
  const rule = facilityCategories[category]
  return {
    id: row.id,
    nodeId: row.node_id,
    nodeName: row.node_name,
    category,
    categoryName: rule.zh,
    group: rule.group,
    code: row.code,
    name: row.name,
    state: row.state,
    stateName: facilityStateZh[row.state],
    location: row.location,
    lat: row.lat,
    lng: row.lng,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

function refuse(problem: PlaceProblem): AppError {
  return new AppError('UNPROCESSABLE', { reason: problem.en, reasonZh: problem.zh, field: problem.field })
}

function duplicateCode(): AppError {
  return new AppError('CONFLICT', {
    reason: 'facility code already in use',
    reasonZh: '设施编码已被使用',
    field: 'code',
  })
}

/** A unique violation on insert or update can only be the code (the one unique column). */
function asCodeConflict(error: unknown): unknown {
  return classifyDatabaseError(error)?.kind === 'unique' ? duplicateCode() : error
}

export async function createFacility({
  db,
  actor,
  input,
  now,
}: {
  db: Db
  actor: Actor
  input: CreateFacilityBody
  now: number
}): Promise<FacilityView> {
  try {
    return await db.transaction().execute(async (trx) => {
      const node = await findNode(trx, input.nodeId)
      if (!node) throw notFoundOrNoAccess('org_node')
      requireAccess(actor, 'org.update', { kind: 'org', path: node.path }, 'org_node')
      if (!node.community_id || !facilityNodeKinds.includes(node.kind))
        throw new AppError('UNPROCESSABLE', {
          reason: 'a facility belongs to a community, a grid or a building',
          reasonZh: '设施应属于社区、网格或楼栋',
          field: 'nodeId',
        })
      const lat = input.lat ?? null
      const lng = input.lng ?? null
      const problem = checkLatLng(lat, lng)
      if (problem) throw refuse(problem)
      if (await findFacilityByCode(trx, input.code)) throw duplicateCode()
      const row: FacilityTable = {
        id: newId(),
        community_id: node.community_id,
        node_id: node.id,
        path: node.path,
        category: input.category,
        code: input.code,
        name: input.name.trim(),
        state: input.state ?? 'in_service',
        location: input.location?.trim() || null,
        lat,
        lng,
        version: 1,
        created_at: now,
        updated_at: now,
      }
      await insertFacility(trx, row)
      await recordAudit(trx, {
        actor,
        action: 'facility.create',
        targetType: 'facility',
        targetId: row.id,
        scopePath: row.path,
        summary: { category: row.category, code: row.code, name: row.name, state: row.state },
        at: now,
      })
      return toFacilityView({ ...row, node_name: node.name })
    })
  } catch (error) {
    throw asCodeConflict(error)
  }
}

export async function updateFacility({
  db,
  actor,
  id,
  changes,
  now,
}: {
  db: Db
  actor: Actor
  id: string
  changes: UpdateFacilityBody
  now: number
}): Promise<FacilityView> {
  try {
    return await db.transaction().execute(async (trx) => {
      const before = await findFacility(trx, id)
      if (!before) throw notFoundOrNoAccess('facility')
      requireAccess(actor, 'org.update', { kind: 'org', path: before.path }, 'facility')
      if (changes.state !== undefined && !canChangeFacilityState(before.state, changes.state))
        throw new AppError('INVALID_TRANSITION', {
          state: facilityStateZh[before.state],
          action: `改为${facilityStateZh[changes.state]}`,
          entity: 'facility',
        })
      const lat = changes.lat === undefined ? before.lat : changes.lat
      const lng = changes.lng === undefined ? before.lng : changes.lng
      const problem = checkLatLng(lat, lng)
      if (problem) throw refuse(problem)
      if (changes.code !== undefined && changes.code !== before.code) {
        if (await findFacilityByCode(trx, changes.code)) throw duplicateCode()
      }
      const next = {
        code: changes.code,
        name: changes.name?.trim(),
        category: changes.category,
        state: changes.state,
        location: changes.location === undefined ? undefined : changes.location?.trim() || null,
        lat: changes.lat,
        lng: changes.lng,
      }
      const result = await updateFacilityFields(trx, {
        id,
        expectedVersion: changes.version,
        changes: next,
        now,
      })
      requireVersionMatch(result, 'facility', changes.version)
      const diff = changedFields(
        {
          code: before.code,
          name: before.name,
          category: before.category,
          state: before.state,
          location: before.location,
          lat: before.lat,
          lng: before.lng,
        },
        next,
      )
      // A change of state is its own entry (what was broken when, and who said it was fixed).
      const stateChange = diff.state
      await recordAudit(trx, {
        actor,
        action: stateChange ? 'facility.change_state' : 'facility.update',
        targetType: 'facility',
        targetId: id,
        scopePath: before.path,
        summary: {
          code: changes.code ?? before.code,
          ...(stateChange ? { from: stateChange.from, to: stateChange.to } : {}),
          changes: diff,
        },
        at: now,
      })
      const after = await findFacility(trx, id)
      if (!after) throw new AppError('INTERNAL')
      return toFacilityView(after)
    })
  } catch (error) {
    throw asCodeConflict(error)
  }
}

export async function listNodeFacilities({
  db,
  actor,
  nodeId,
  query,
}: {
  db: Db
  actor: Actor
  nodeId: string
  query: FacilityListQuery
}): Promise<Page<FacilityView>> {
  const node = await findNode(db, nodeId)
  if (!node) throw notFoundOrNoAccess('org_node')
  requireAccess(actor, 'org.read', { kind: 'org', path: node.path }, 'org_node')
  const limit = query.limit ?? 20
  const after = query.cursor ? decodeCursor(query.cursor, ['string', 'string']) : null
  const rows = await listFacilitiesUnder(
    db,
    {
      prefix: node.path,
      category: query.category,
      state: query.state,
      after: after ? { code: String(after[0]), id: String(after[1]) } : null,
    },
    limit + 1,
  )
  return toPage(rows, limit, (r) => [r.code, r.id], toFacilityView)
}
