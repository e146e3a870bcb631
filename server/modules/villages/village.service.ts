// Villages (三保留): each village is its own record — its collective economic organisation keeps
// land, assets and books — not a node of the tree. Communities host villages' people.
import type { Db, Executor, OrgNodeTable, VillageTable } from '../../db/index.js'
import { classifyDatabaseError } from '../../db/index.js'
import { can, requireAccess, type Actor } from '../../platform/access.js'
import { recordAudit } from '../../platform/audit.js'
import { AppError, notFoundOrNoAccess } from '../../platform/errors.js'
import { newId } from '../../platform/ids.js'
import { findOrgNodeRow } from '../org/index.js'
import {
  countMembersByOrigin,
  deleteLink,
  findLink,
  findVillage,
  findVillageByCode,
  insertLink,
  insertVillage,
  listCommunityVillages,
  listHostCommunities,
  type VillageRow,
} from './village.repository.js'
import type {
  CommunityVillages,
  CommunityVillageView,
  CreateVillageBody,
  VillageView,
} from './village.schemas.js'

async function toVillageView(db: Executor, row: VillageRow): Promise<VillageView> {
  const hosts = await listHostCommunities(db, row.id)
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    collectiveName: row.collective_name,
    areaNodeId: row.area_id,
    areaName: row.area_name,
    communities: hosts.map((h) => ({ id: h.id, name: h.name })),
    version: row.version,
  }
}

function duplicateCode(): AppError {
  return new AppError('CONFLICT', {
    reason: 'village code already in use',
    reasonZh: '村编码已被使用',
    field: 'code',
  })
}

export async function createVillage({
  db,
  actor,
  input,
  now,
}: {
  db: Db
  actor: Actor
  input: CreateVillageBody
  now: number
}): Promise<VillageView> {
  try {
    return await db.transaction().execute(async (trx) => {
      const area = await findOrgNodeRow(trx, input.areaNodeId)
      if (!area) throw notFoundOrNoAccess('org_node')
      requireAccess(actor, 'org.update', { kind: 'org', path: area.path }, 'org_node')
      if (area.kind !== 'street' && area.kind !== 'park')
        throw new AppError('UNPROCESSABLE', {
          reason: 'a village belongs to the area of a street office or a park',
          reasonZh: '村应隶属于街道或园区',
          field: 'areaNodeId',
        })
      if (await findVillageByCode(trx, input.code)) throw duplicateCode()
      const row: VillageTable = {
        id: newId(),
        code: input.code,
        name: input.name.trim(),
        area_path: area.path,
        collective_name: input.collectiveName?.trim() || null,
        version: 1,
        created_at: now,
        updated_at: now,
      }
      await insertVillage(trx, row)
      await recordAudit(trx, {
        actor,
        action: 'village.create',
        targetType: 'village',
        targetId: row.id,
        scopePath: area.path,
        villageId: row.id,
        summary: { code: row.code, name: row.name, collectiveName: row.collective_name, area: area.name },
        at: now,
      })
      return toVillageView(trx, { ...row, area_id: area.id, area_name: area.name })
    })
  } catch (error) {
    if (classifyDatabaseError(error)?.kind === 'unique') throw duplicateCode()
    throw error
  }
}

/**
 * A village is readable with a village-scoped grant for it (its accountant), a grant that reaches
 * villages below (street leader, auditor), or an org grant with org.read covering its area or a
 * community that hosts its people.
 */
export async function getVillage({
  db,
  actor,
  id,
}: {
  db: Db
  actor: Actor
  id: string
}): Promise<VillageView> {
  const village = await findVillage(db, id)
  if (!village) throw notFoundOrNoAccess('village')
  const readable =
    can(actor, 'village.read', { kind: 'village', villageId: village.id, areaPath: village.area_path }) ||
    can(actor, 'org.read', { kind: 'org', path: village.area_path }) ||
    (await listHostCommunities(db, village.id)).some((c) =>
      can(actor, 'org.read', { kind: 'org', path: c.path }),
    )
  if (!readable) throw notFoundOrNoAccess('village')
  return toVillageView(db, village)
}

async function requireCommunity(
  db: Executor,
  actor: Actor,
  id: string,
  permission: 'org.read' | 'org.update',
): Promise<OrgNodeTable> {
  const node = await findOrgNodeRow(db, id)
  if (!node) throw notFoundOrNoAccess('org_node')
  requireAccess(actor, permission, { kind: 'org', path: node.path }, 'org_node')
  if (node.kind !== 'community')
    throw new AppError('UNPROCESSABLE', {
      reason: 'only a community hosts villages',
      reasonZh: '只有社区才有安置的村',
      field: 'id',
    })
  return node
}

async function communityVillageViews(
  db: Executor,
  communityId: string,
  only?: string,
): Promise<CommunityVillageView[]> {
  const rows = (await listCommunityVillages(db, communityId)).filter(
    (r) => only === undefined || r.id === only,
  )
  const counts = await countMembersByOrigin(
    db,
    communityId,
    rows.map((r) => r.id),
  )
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    collectiveName: r.collective_name,
    memberCount: counts.get(r.id)?.members ?? 0,
    partyMemberCount: counts.get(r.id)?.partyMembers ?? 0,
    linkedAt: r.linked_at,
  }))
}

/** The villages whose people a community hosts, with how many of them live here. */
export async function listVillagesOfCommunity({
  db,
  actor,
  communityId,
}: {
  db: Db
  actor: Actor
  communityId: string
}): Promise<CommunityVillages> {
  const community = await requireCommunity(db, actor, communityId, 'org.read')
  return { items: await communityVillageViews(db, community.id) }
}

export async function linkVillage({
  db,
  actor,
  communityId,
  villageId,
  now,
}: {
  db: Db
  actor: Actor
  communityId: string
  villageId: string
  now: number
}): Promise<CommunityVillageView> {
  const conflict = () =>
    new AppError('CONFLICT', {
      reason: 'the community already hosts this village',
      reasonZh: '该村已关联到本社区',
      field: 'villageId',
    })
  try {
    return await db.transaction().execute(async (trx) => {
      const community = await requireCommunity(trx, actor, communityId, 'org.update')
      const village = await findVillage(trx, villageId)
      if (!village) throw notFoundOrNoAccess('village')
      if (await findLink(trx, community.id, village.id)) throw conflict()
      await insertLink(trx, { community_id: community.id, village_id: village.id, created_at: now })
      await recordAudit(trx, {
        actor,
        action: 'village.link_community',
        targetType: 'village',
        targetId: village.id,
        scopePath: community.path,
        villageId: village.id,
        summary: { community: community.name, village: village.name },
        at: now,
      })
      const [view] = await communityVillageViews(trx, community.id, village.id)
      if (!view) throw new AppError('INTERNAL')
      return view
    })
  } catch (error) {
    if (classifyDatabaseError(error)?.kind === 'unique') throw conflict()
    throw error
  }
}

/** Ends a community's hosting of a village; refused while people of that origin still live here. */
export async function unlinkVillage({
  db,
  actor,
  communityId,
  villageId,
  now,
}: {
  db: Db
  actor: Actor
  communityId: string
  villageId: string
  now: number
}): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const community = await requireCommunity(trx, actor, communityId, 'org.update')
    const village = await findVillage(trx, villageId)
    if (!village || !(await findLink(trx, community.id, village.id))) throw notFoundOrNoAccess('village')
    const remaining =
      (await countMembersByOrigin(trx, community.id, [village.id])).get(village.id)?.members ?? 0
    if (remaining > 0)
      throw new AppError('CONFLICT', {
        reason: `${remaining} residents of this origin still live in the community`,
        reasonZh: `本社区仍有 ${remaining} 名该村籍居民，不能取消关联`,
        field: 'villageId',
      })
    await deleteLink(trx, community.id, village.id)
    await recordAudit(trx, {
      actor,
      action: 'village.unlink_community',
      targetType: 'village',
      targetId: village.id,
      scopePath: community.path,
      villageId: village.id,
      summary: { community: community.name, village: village.name },
      at: now,
    })
  })
}
