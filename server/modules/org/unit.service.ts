// The fused network (三融): party organisations, self-governance bodies and the committee's
// departments on the nodes of the one tree.
import type { Db, OrgUnitTable } from '../../db/index.js'
import { requireAccess, type Actor } from '../../platform/access.js'
import { changedFields, recordAudit } from '../../platform/audit.js'
import { requireVersionMatch } from '../../platform/concurrency.js'
import { AppError, notFoundOrNoAccess } from '../../platform/errors.js'
import { newId } from '../../platform/ids.js'
import { navigationKinds } from './org.domain.js'
import { findNode } from './org.repository.js'
import { toOrgNodeView } from './org.service.js'
import {
  checkUnitPlacement,
  compareUnits,
  defaultUnitName,
  departmentFunctions,
  isDepartmentFunction,
  uniquenessKey,
  unitKindRules,
} from './unit.domain.js'
import {
  findUnit,
  insertUnit,
  listNodesOfKindsUnder,
  listUnitsAtNode,
  listUnitsUnder,
  renameUnit,
} from './unit.repository.js'
import type { CreateUnitBody, FusedTree, OrgUnitView } from './unit.schemas.js'

const NODE_LIMIT = 5000
const UNIT_LIMIT = 10_000

export function toOrgUnitView(row: OrgUnitTable): OrgUnitView {
  const fn = isDepartmentFunction(row.function) ? row.function : null
  return {
    id: row.id,
    nodeId: row.node_id,
    parentUnitId: row.parent_unit_id,
    kind: row.kind,
    kindName: unitKindRules[row.kind].zh,
    network: unitKindRules[row.kind].network,
    function: fn,
    functionName: fn ? departmentFunctions[fn].zh : null,
    name: row.name,
    version: row.version,
  }
}

export async function createOrgUnit({
  db,
  actor,
  input,
  now,
}: {
  db: Db
  actor: Actor
  input: CreateUnitBody
  now: number
}): Promise<OrgUnitView> {
  return db.transaction().execute(async (trx) => {
    const node = await findNode(trx, input.nodeId)
    if (!node) throw notFoundOrNoAccess('org_node')
    requireAccess(actor, 'org.update', { kind: 'org', path: node.path }, 'org_node')
    const parent = input.parentUnitId ? await findUnit(trx, input.parentUnitId) : undefined
    if (input.parentUnitId && !parent) throw notFoundOrNoAccess('org_unit')
    if (parent) requireAccess(actor, 'org.read', { kind: 'org', path: parent.path }, 'org_unit')
    const fn = input.function ?? null
    const problem = checkUnitPlacement({
      kind: input.kind,
      nodeKind: node.kind,
      parentKind: parent?.kind ?? null,
      fn,
    })
    if (problem)
      throw new AppError('UNPROCESSABLE', { reason: problem.en, reasonZh: problem.zh, field: problem.field })
    if (parent && parent.node_id !== node.id)
      throw new AppError('UNPROCESSABLE', {
        reason: 'a department sits at the same node as its party committee',
        reasonZh: '党委部门须与所属社区党委设在同一节点',
        field: 'nodeId',
      })
    const key = uniquenessKey(input.kind, fn)
    const siblings = await listUnitsAtNode(trx, node.id)
    if (siblings.some((u) => uniquenessKey(u.kind, u.function) === key))
      throw new AppError('CONFLICT', {
        reason: `this node already has its ${input.kind}${fn ? ` (${fn})` : ''}`,
        reasonZh: `该节点已有${fn && isDepartmentFunction(fn) ? `${departmentFunctions[fn].zh}部门` : unitKindRules[input.kind].zh}`,
        field: 'kind',
      })
    const row: OrgUnitTable = {
      id: newId(),
      node_id: node.id,
      parent_unit_id: parent?.id ?? null,
      community_id: node.community_id,
      path: node.path,
      kind: input.kind,
      function: fn,
      name: input.name?.trim() ?? defaultUnitName(input.kind, node.name, fn),
      version: 1,
      created_at: now,
      updated_at: now,
    }
    await insertUnit(trx, row)
    await recordAudit(trx, {
      actor,
      action: 'org.create_unit',
      targetType: 'org_unit',
      targetId: row.id,
      scopePath: node.path,
      summary: { kind: row.kind, function: row.function, name: row.name, node: node.name },
      at: now,
    })
    return toOrgUnitView(row)
  })
}

/** The bodies at a node, or (subtree) every node down to buildings with its bodies: the fused tree. */
export async function listNodeUnits({
  db,
  actor,
  nodeId,
  subtree,
}: {
  db: Db
  actor: Actor
  nodeId: string
  subtree: boolean
}): Promise<FusedTree> {
  const node = await findNode(db, nodeId)
  if (!node) throw notFoundOrNoAccess('org_node')
  requireAccess(actor, 'org.read', { kind: 'org', path: node.path }, 'org_node')
  if (!subtree) {
    const units = (await listUnitsAtNode(db, node.id)).sort(compareUnits)
    return { items: [{ node: toOrgNodeView(node, true), units: units.map(toOrgUnitView) }], truncated: false }
  }
  const nodes = await listNodesOfKindsUnder(db, node.path, navigationKinds, NODE_LIMIT + 1)
  const units = await listUnitsUnder(db, node.path, UNIT_LIMIT + 1)
  const truncated = nodes.length > NODE_LIMIT || units.length > UNIT_LIMIT
  const keptNodes = nodes.slice(0, NODE_LIMIT)
  if (!keptNodes.some((n) => n.id === node.id)) keptNodes.unshift(node)
  const byNode = new Map<string, OrgUnitTable[]>()
  for (const u of units.slice(0, UNIT_LIMIT)) {
    const list = byNode.get(u.node_id)
    if (list) list.push(u)
    else byNode.set(u.node_id, [u])
  }
  return {
    items: keptNodes.map((n) => ({
      node: toOrgNodeView(n, true),
      units: (byNode.get(n.id) ?? []).sort(compareUnits).map(toOrgUnitView),
    })),
    truncated,
  }
}

export async function renameOrgUnit({
  db,
  actor,
  id,
  version,
  name,
  now,
}: {
  db: Db
  actor: Actor
  id: string
  version: number
  name: string
  now: number
}): Promise<OrgUnitView> {
  return db.transaction().execute(async (trx) => {
    const unit = await findUnit(trx, id)
    if (!unit) throw notFoundOrNoAccess('org_unit')
    requireAccess(actor, 'org.update', { kind: 'org', path: unit.path }, 'org_unit')
    const trimmed = name.trim()
    const result = await renameUnit(trx, { id, expectedVersion: version, name: trimmed, now })
    requireVersionMatch(result, 'org_unit', version)
    await recordAudit(trx, {
      actor,
      action: 'org.rename_unit',
      targetType: 'org_unit',
      targetId: id,
      scopePath: unit.path,
      summary: { kind: unit.kind, changes: changedFields({ name: unit.name }, { name: trimmed }) },
      at: now,
    })
    const after = await findUnit(trx, id)
    if (!after) throw new AppError('INTERNAL')
    return toOrgUnitView(after)
  })
}
