// Reading and maintaining the org tree within the actor's scope.
import type { Db, Executor, OrgNodeKind, OrgNodeTable, RoomState, RoomUse } from '../../db/index.js'
import { listScope, requireAccess, type Actor } from '../../platform/access.js'
import { changedFields, recordAudit } from '../../platform/audit.js'
import { requireVersionMatch } from '../../platform/concurrency.js'
import { AppError, notFoundOrNoAccess } from '../../platform/errors.js'
import { newId } from '../../platform/ids.js'
import { decodeCursor, toPage, type Page } from '../../platform/pagination.js'
import { canParent, childPath, depthOf, navigationKinds, pathIds } from './org.domain.js'
import {
  findNode,
  findNodeByCode,
  insertNode,
  listChildren,
  listNodesByIds,
  listNodesUnder,
  updateNodeFields,
} from './org.repository.js'
import type { CreateNodeBody, OrgNodeView, OrgPlaceView, UpdatePlaceBody } from './org.schemas.js'
import { classifyDatabaseError, readJson, writeJson } from '../../db/index.js'
import {
  boundaryPointCount,
  checkBoundary,
  checkLatLng,
  checkPlaceFields,
  type Boundary,
  type PlaceField,
  type PlaceProblem,
} from './facility.domain.js'
import { updateNodePlace } from './facility.repository.js'

const TREE_LIMIT = 5000

export function toOrgNodeView(row: OrgNodeTable, inScope: boolean): OrgNodeView {
  return {
    id: row.id,
    parentId: row.parent_id,
    kind: row.kind,
    code: row.code,
    name: row.name,
    depth: row.depth,
    version: row.version,
    inScope,
  }
}

/** The navigation tree: every node down to buildings that the actor may read, plus their ancestors. */
export async function getOrgTree({ db, actor }: { db: Db; actor: Actor }): Promise<{
  nodes: OrgNodeView[]
  truncated: boolean
}> {
  const scope = listScope(actor, 'org.read')
  const rows = await listNodesUnder(db, scope.paths, navigationKinds, TREE_LIMIT + 1)
  const truncated = rows.length > TREE_LIMIT
  const kept = truncated ? rows.slice(0, TREE_LIMIT) : rows
  const have = new Set(kept.map((r) => r.id))
  const ancestorIds = [...new Set(scope.paths.flatMap((p) => pathIds(p).slice(0, -1)))].filter(
    (id) => !have.has(id),
  )
  const ancestors = await listNodesByIds(db, ancestorIds)
  const nodes = [
    ...ancestors.sort((a, b) => a.depth - b.depth).map((r) => toOrgNodeView(r, false)),
    ...kept.map((r) => toOrgNodeView(r, true)),
  ]
  return { nodes, truncated }
}

export async function getOrgNode({
  db,
  actor,
  id,
}: {
  db: Db
  actor: Actor
  id: string
}): Promise<OrgNodeView> {
  const node = await findNode(db, id)
  if (!node) throw notFoundOrNoAccess('org_node')
  requireAccess(actor, 'org.read', { kind: 'org', path: node.path }, 'org_node')
  return toOrgNodeView(node, true)
}

export async function listOrgChildren({
  db,
  actor,
  id,
  limit,
  cursor,
}: {
  db: Db
  actor: Actor
  id: string
  limit: number
  cursor: string | undefined
}): Promise<Page<OrgNodeView>> {
  const node = await findNode(db, id)
  if (!node) throw notFoundOrNoAccess('org_node')
  requireAccess(actor, 'org.read', { kind: 'org', path: node.path }, 'org_node')
  const after = cursor ? decodeCursor(cursor, ['string', 'string']) : null
  const rows = await listChildren(
    db,
    id,
    after ? { code: String(after[0]), id: String(after[1]) } : null,
    limit + 1,
  )
  return toPage(
    rows,
    limit,
    (r) => [r.code, r.id],
    (r) => toOrgNodeView(r, true),
  )
}

export async function updateOrgNode({
  db,
  actor,
  id,
  changes,
  now,
}: {
  db: Db
  actor: Actor
  id: string
  changes: { version: number; name?: string | undefined; code?: string | undefined }
  now: number
}): Promise<OrgNodeView> {
  try {
    return await db.transaction().execute(async (trx) => {
      const node = await findNode(trx, id)
      if (!node) throw notFoundOrNoAccess('org_node')
      requireAccess(actor, 'org.update', { kind: 'org', path: node.path }, 'org_node')
      const result = await updateNodeFields(trx, {
        id,
        expectedVersion: changes.version,
        name: changes.name?.trim(),
        code: changes.code,
        now,
      })
      requireVersionMatch(result, 'org_node', changes.version)
      await recordAudit(trx, {
        actor,
        action: 'org.update_node',
        targetType: 'org_node',
        targetId: id,
        scopePath: node.path,
        summary: {
          changes: changedFields(
            { name: node.name, code: node.code },
            { name: changes.name?.trim(), code: changes.code },
          ),
        },
        at: now,
      })
      const after = await findNode(trx, id)
      if (!after) throw new AppError('INTERNAL')
      return toOrgNodeView(after, true)
    })
  } catch (error) {
    if (classifyDatabaseError(error)?.kind === 'unique')
      throw new AppError('CONFLICT', {
        reason: 'code already in use',
        reasonZh: '编码已被使用',
        field: 'code',
      })
    throw error
  }
}

export interface NewOrgNode {
  parentId: string | null
  kind: OrgNodeKind
  code: string
  name: string
  address?: string | null
  lat?: number | null
  lng?: number | null
  boundary?: unknown
  floor?: number | null
  roomUse?: RoomUse | null
  roomState?: RoomState | null
}

/** Adds a node under a parent (seeding, imports; the registry's editing UI calls this too). */
export async function createOrgNode(
  db: Executor,
  { actor, node, now }: { actor: Actor; node: NewOrgNode; now: number },
): Promise<OrgNodeTable> {
  const parent = node.parentId ? await findNode(db, node.parentId) : undefined
  if (node.parentId && !parent) throw notFoundOrNoAccess('org_node')
  if (!canParent(parent?.kind ?? null, node.kind)) {
    throw new AppError('UNPROCESSABLE', {
      reason: `a ${node.kind} cannot sit under a ${parent?.kind ?? 'root'}`,
      reasonZh: '该类型的节点不能放在此上级节点下',
    })
  }
  if (parent) requireAccess(actor, 'org.update', { kind: 'org', path: parent.path }, 'org_node')
  else if (actor.kind !== 'system') throw new AppError('FORBIDDEN', { permission: 'org.update' })
  if (await findNodeByCode(db, node.code))
    throw new AppError('CONFLICT', { reason: 'code already in use', reasonZh: '编码已被使用', field: 'code' })
  const id = newId()
  const path = childPath(parent?.path ?? null, id)
  const row: OrgNodeTable = {
    id,
    parent_id: parent?.id ?? null,
    kind: node.kind,
    code: node.code,
    name: node.name,
    path,
    depth: depthOf(path),
    community_id: node.kind === 'community' ? id : (parent?.community_id ?? null),
    version: 1,
    created_at: now,
    updated_at: now,
    boundary: node.boundary === undefined || node.boundary === null ? null : writeJson(node.boundary),
    address: node.address ?? null,
    lat: node.lat ?? null,
    lng: node.lng ?? null,
    floor: node.floor ?? null,
    room_use: node.roomUse ?? null,
    room_state: node.roomState ?? null,
  }
  await insertNode(db, row)
  await recordAudit(db, {
    actor,
    action: 'org.create_node',
    targetType: 'org_node',
    targetId: id,
    scopePath: path,
    summary: { kind: node.kind, code: node.code, name: node.name },
    at: now,
  })
  return row
}

// ---- Creating nodes through the API, and their place attributes --------------------------------

export function toOrgPlaceView(row: OrgNodeTable): OrgPlaceView {
  return {
    ...toOrgNodeView(row, true),
    address: row.address,
    lat: row.lat,
    lng: row.lng,
    floor: row.floor,
    roomUse: row.room_use,
    roomState: row.room_state,
    boundary: row.boundary === null || row.boundary === undefined ? null : readJson<Boundary>(row.boundary),
  }
}

type PlaceValues = Partial<Record<PlaceField, unknown>>

function refusePlace(problem: PlaceProblem): AppError {
  return new AppError('UNPROCESSABLE', {
    reason: problem.en,
    reasonZh: problem.zh,
    field: problem.field,
  })
}

/** The place rules that depend only on the node's kind and the values sent. */
function checkPlace(kind: OrgNodeKind, values: PlaceValues, lat: number | null, lng: number | null): void {
  const given = (Object.keys(values) as PlaceField[]).filter(
    (k) => values[k] !== undefined && values[k] !== null,
  )
  const problem =
    checkPlaceFields(kind, given) ??
    (values.boundary !== undefined && values.boundary !== null ? checkBoundary(values.boundary) : null) ??
    checkLatLng(lat, lng)
  if (problem) throw refusePlace(problem)
}

function codeConflict(): AppError {
  return new AppError('CONFLICT', { reason: 'code already in use', reasonZh: '编码已被使用', field: 'code' })
}

/** Adds a child node (a grid, building, unit or room …) under a node the actor may update. */
export async function addOrgNode({
  db,
  actor,
  input,
  now,
}: {
  db: Db
  actor: Actor
  input: CreateNodeBody
  now: number
}): Promise<OrgPlaceView> {
  const { parentId, kind, code, name, ...place } = input
  checkPlace(kind, place, place.lat ?? null, place.lng ?? null)
  try {
    return await db.transaction().execute(async (trx) => {
      const row = await createOrgNode(trx, {
        actor,
        node: {
          parentId,
          kind,
          code,
          name: name.trim(),
          address: place.address?.trim() || null,
          lat: place.lat ?? null,
          lng: place.lng ?? null,
          floor: place.floor ?? null,
          roomUse: place.roomUse ?? null,
          roomState: place.roomState ?? null,
          boundary: place.boundary ?? null,
        },
        now,
      })
      return toOrgPlaceView(row)
    })
  } catch (error) {
    if (classifyDatabaseError(error)?.kind === 'unique') throw codeConflict()
    throw error
  }
}

/** Changes a node's place attributes: a room's use and state, a grid's boundary, an address, a point. */
export async function updateOrgPlace({
  db,
  actor,
  id,
  changes,
  now,
}: {
  db: Db
  actor: Actor
  id: string
  changes: UpdatePlaceBody
  now: number
}): Promise<OrgPlaceView> {
  const { version, ...place } = changes
  return db.transaction().execute(async (trx) => {
    const node = await findNode(trx, id)
    if (!node) throw notFoundOrNoAccess('org_node')
    requireAccess(actor, 'org.update', { kind: 'org', path: node.path }, 'org_node')
    checkPlace(
      node.kind,
      place,
      place.lat === undefined ? node.lat : place.lat,
      place.lng === undefined ? node.lng : place.lng,
    )
    const address = place.address === undefined ? undefined : place.address?.trim() || null
    const result = await updateNodePlace(trx, {
      id,
      expectedVersion: version,
      changes: { ...place, address },
      now,
    })
    requireVersionMatch(result, 'org_node', version)
    const diff = changedFields(
      {
        address: node.address,
        lat: node.lat,
        lng: node.lng,
        floor: node.floor,
        roomUse: node.room_use,
        roomState: node.room_state,
      },
      {
        address,
        lat: place.lat,
        lng: place.lng,
        floor: place.floor,
        roomUse: place.roomUse,
        roomState: place.roomState,
      },
    )
    // The geometry itself stays out of the log; its size says what changed.
    const boundary =
      place.boundary === undefined
        ? {}
        : {
            boundary: {
              from: node.boundary === null ? null : { points: boundaryPointCount(readJson(node.boundary)) },
              to: place.boundary === null ? null : { points: boundaryPointCount(place.boundary) },
            },
          }
    await recordAudit(trx, {
      actor,
      action: 'org.update_place',
      targetType: 'org_node',
      targetId: id,
      scopePath: node.path,
      summary: { kind: node.kind, changes: { ...diff, ...boundary } },
      at: now,
    })
    const after = await findNode(trx, id)
    if (!after) throw new AppError('INTERNAL')
    return toOrgPlaceView(after)
  })
}
