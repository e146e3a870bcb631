// Providers outside the community (property company, police station, utilities …): each serves an
// area of the tree, and is found from any node inside that area.
import type { Db, OrgNodeKind, ProviderTable } from '../../db/index.js'
import { can, requireAccess, type Actor } from '../../platform/access.js'
import { recordAudit } from '../../platform/audit.js'
import { AppError, notFoundOrNoAccess } from '../../platform/errors.js'
import { newId } from '../../platform/ids.js'
import { identifierTail, maskPhone, seal, unseal, type PiiKeys } from '../../platform/pii.js'
import { checkPhone } from '../registry/index.js'
import { pathIds } from './org.domain.js'
import { findNode } from './org.repository.js'
import {
  findProvider,
  insertProvider,
  listProvidersForAreas,
  type ProviderRow,
} from './provider.repository.js'
import {
  isProviderKind,
  providerKinds,
  type CreateProviderBody,
  type ProviderList,
  type ProviderView,
} from './provider.schemas.js'

const LIST_LIMIT = 500

/** A provider serves a street office's, a park's, a community's or a grid's area. */
const providerAreaKinds: readonly OrgNodeKind[] = ['district', 'street', 'park', 'community', 'grid']

/** The paths a node's providers may be registered at: its own and each ancestor's. */
export function areaPathsOf(path: string): string[] {
  const ids = pathIds(path)
  return ids.map((_, i) => `/${ids.slice(0, i + 1).join('/')}/`)
}

function toProviderView(pii: PiiKeys, row: ProviderRow, unmask: boolean): ProviderView {
  const phone = row.phone_sealed ? unseal(pii, row.phone_sealed) : null
  return {
    id: row.id,
    kind: isProviderKind(row.kind) ? row.kind : 'other',
    kindName: isProviderKind(row.kind) ? providerKinds[row.kind].zh : providerKinds.other.zh,
    name: row.name,
    areaNodeId: row.area_id,
    areaName: row.area_name,
    contactName: row.contact_name,
    phone: phone === null ? null : unmask ? phone : maskPhone(phone),
    unmasked: unmask,
    version: row.version,
  }
}

export async function createProvider({
  db,
  pii,
  actor,
  input,
  now,
}: {
  db: Db
  pii: PiiKeys
  actor: Actor
  input: CreateProviderBody
  now: number
}): Promise<ProviderView> {
  return db.transaction().execute(async (trx) => {
    const area = await findNode(trx, input.areaNodeId)
    if (!area) throw notFoundOrNoAccess('org_node')
    requireAccess(actor, 'org.update', { kind: 'org', path: area.path }, 'org_node')
    if (!providerAreaKinds.includes(area.kind))
      throw new AppError('UNPROCESSABLE', {
        reason: 'a provider serves a district, a street office, a park, a community or a grid',
        reasonZh: '服务单位的服务范围应为区、街道、园区、社区或网格',
        field: 'areaNodeId',
      })
    let phone: string | null = null
    if (input.phone !== undefined && input.phone !== null && input.phone.trim() !== '') {
      const check = checkPhone(input.phone)
      if (!check.ok)
        throw new AppError('VALIDATION_FAILED', {
          fields: [{ path: '/phone', rule: 'phone', message: check.reason.zh, messageEn: check.reason.en }],
        })
      phone = check.value
    }
    const row: ProviderTable = {
      id: newId(),
      kind: input.kind,
      name: input.name.trim(),
      area_path: area.path,
      contact_name: input.contactName?.trim() || null,
      phone_sealed: phone === null ? null : seal(pii, phone),
      phone_tail: phone === null ? null : identifierTail(phone),
      version: 1,
      created_at: now,
      updated_at: now,
    }
    await insertProvider(trx, row)
    await recordAudit(trx, {
      actor,
      action: 'provider.create',
      targetType: 'provider',
      targetId: row.id,
      scopePath: area.path,
      summary: { kind: row.kind, name: row.name, area: area.name, hasPhone: phone !== null },
      at: now,
    })
    const created = await findProvider(trx, row.id)
    if (!created) throw new AppError('INTERNAL')
    return toProviderView(pii, created, false)
  })
}

/** Providers serving a node: those registered at the node or at any of its ancestors. */
export async function listNodeProviders({
  db,
  pii,
  actor,
  nodeId,
  unmask,
  now,
}: {
  db: Db
  pii: PiiKeys
  actor: Actor
  nodeId: string
  unmask: boolean
  now: number
}): Promise<ProviderList> {
  const node = await findNode(db, nodeId)
  if (!node) throw notFoundOrNoAccess('org_node')
  requireAccess(actor, 'org.read', { kind: 'org', path: node.path }, 'org_node')
  if (!unmask) {
    const rows = await listProvidersForAreas(db, areaPathsOf(node.path), LIST_LIMIT + 1)
    return {
      items: rows.slice(0, LIST_LIMIT).map((r) => toProviderView(pii, r, false)),
      truncated: rows.length > LIST_LIMIT,
    }
  }
  // The node is visible to this actor, so a refusal to unmask may say so plainly.
  if (!can(actor, 'person.unmask', { kind: 'org', path: node.path }))
    throw new AppError('FORBIDDEN', { permission: 'person.unmask' })
  return db.transaction().execute(async (trx) => {
    const rows = await listProvidersForAreas(trx, areaPathsOf(node.path), LIST_LIMIT + 1)
    const kept = rows.slice(0, LIST_LIMIT)
    // Every disclosure of a phone is on the record.
    await recordAudit(trx, {
      actor,
      action: 'provider.unmask',
      targetType: 'org_node',
      targetId: node.id,
      scopePath: node.path,
      summary: { fields: ['phone'], providers: kept.filter((r) => r.phone_sealed !== null).length },
      at: now,
    })
    return { items: kept.map((r) => toProviderView(pii, r, true)), truncated: rows.length > LIST_LIMIT }
  })
}
