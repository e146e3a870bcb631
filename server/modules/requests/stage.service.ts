// 三步走: a community's stage, its villages' own stages, and the function → owner matrix that routing
// consults. Advancing a stage is an audited act with preconditions (one step forward at a time, and
// enough of the community's households moved in, from the registry's residence dates); a village's
// stage is set apart when its people move in later than the rest.
import type { Db, Executor } from '../../db/index.js'
import { requireAccess, type Actor } from '../../platform/access.js'
import { recordAudit } from '../../platform/audit.js'
import { AppError, notFoundOrNoAccess } from '../../platform/errors.js'
import { localDate } from '../../platform/time.js'
import { countMovedIn, findNodes, loadMatrix, loadStages } from './request.repository.js'
import type { StageView } from './request.schemas.js'
import { checkAdvance, isStage, stageNamesZh } from './routing.domain.js'

async function communityNode(db: Executor, id: string) {
  const [node] = await findNodes(db, [id])
  if (node?.kind !== 'community') throw notFoundOrNoAccess('org_node')
  return node
}

async function stageView(db: Executor, communityId: string, now: number): Promise<StageView> {
  const stages = await loadStages(db, communityId)
  const villages = await db
    .selectFrom('community_villages as cv')
    .innerJoin('villages as v', 'v.id', 'cv.village_id')
    .select(['v.id', 'v.name'])
    .where('cv.community_id', '=', communityId)
    .orderBy('v.code')
    .execute()
  const { movedIn, total } = await countMovedIn(db, communityId, localDate(now))
  const matrix = await loadMatrix(db)
  return {
    communityId,
    stage: stages.stage,
    stageZh: stageNamesZh[stages.stage],
    version: stages.version,
    villages: villages.map((v) => ({
      villageId: v.id,
      name: v.name,
      stage: stages.villages.get(v.id) ?? stages.stage,
    })),
    movedIn,
    households: total,
    movedInPercent: total === 0 ? null : Math.floor((movedIn * 1000) / total) / 10,
    matrix: Object.fromEntries(Object.entries(matrix).map(([stage, row]) => [stage, { ...row }])),
  }
}

export async function getStage({
  db,
  actor,
  communityId,
  now,
}: {
  db: Db
  actor: Actor
  communityId: string
  now: number
}): Promise<StageView> {
  const node = await communityNode(db, communityId)
  requireAccess(actor, 'org.read', { kind: 'org', path: node.path }, 'org_node')
  return stageView(db, node.id, now)
}

export async function advanceStage({
  db,
  actor,
  communityId,
  input,
  now,
}: {
  db: Db
  actor: Actor
  communityId: string
  input: { to: number; version: number; note: string }
  now: number
}): Promise<StageView> {
  return db.transaction().execute(async (trx) => {
    const node = await communityNode(trx, communityId)
    requireAccess(actor, 'org.read', { kind: 'org', path: node.path }, 'org_node')
    requireAccess(actor, 'request.configure', { kind: 'org', path: node.path }, 'org_node')
    const current = await loadStages(trx, node.id)
    if (current.version !== input.version)
      throw new AppError('VERSION_CONFLICT', {
        entity: 'community_stage',
        expectedVersion: input.version,
        currentVersion: current.version,
      })
    const today = localDate(now)
    const { movedIn, total } = await countMovedIn(trx, node.id, today)
    const check = checkAdvance(current.stage, input.to, movedIn, total)
    if (!check.ok) {
      if (check.reason === 'not_next_stage')
        throw new AppError('UNPROCESSABLE', {
          reason: `stage ${current.stage} can only advance to ${current.stage + 1}`,
          reasonZh: `当前为第${current.stage}阶段，只能推进到第${current.stage + 1}阶段`,
        })
      throw new AppError('UNPROCESSABLE', {
        reason: `only ${check.sharePercent}% of households have moved in; ${check.requiredPercent}% needed`,
        reasonZh: `入住户数占比 ${check.sharePercent}%，推进需达到 ${check.requiredPercent}%`,
        sharePercent: check.sharePercent,
        requiredPercent: check.requiredPercent,
      })
    }
    if (current.version === 0)
      await trx
        .insertInto('community_stages')
        .values({ community_id: node.id, stage: input.to, since_on: today, version: 1, updated_at: now })
        .execute()
    else {
      const result = await trx
        .updateTable('community_stages')
        .set({ stage: input.to, since_on: today, version: current.version + 1, updated_at: now })
        .where('community_id', '=', node.id)
        .where('version', '=', current.version)
        .executeTakeFirst()
      if (result.numUpdatedRows === 0n)
        throw new AppError('VERSION_CONFLICT', { entity: 'community_stage', expectedVersion: input.version })
    }
    // Villages held back at an earlier stage move with the community only when they reach it.
    await trx
      .deleteFrom('village_stages')
      .where('community_id', '=', node.id)
      .where('stage', '>=', input.to)
      .execute()
    await recordAudit(trx, {
      actor,
      action: 'stage.advance',
      targetType: 'org_node',
      targetId: node.id,
      scopePath: node.path,
      summary: { from: current.stage, to: input.to, movedIn, households: total, note: input.note },
      at: now,
    })
    return stageView(trx, node.id, now)
  })
}

export async function setVillageStage({
  db,
  actor,
  communityId,
  input,
  now,
}: {
  db: Db
  actor: Actor
  communityId: string
  input: { villageId: string; stage: number; note: string }
  now: number
}): Promise<StageView> {
  return db.transaction().execute(async (trx) => {
    const node = await communityNode(trx, communityId)
    requireAccess(actor, 'org.read', { kind: 'org', path: node.path }, 'org_node')
    requireAccess(actor, 'request.configure', { kind: 'org', path: node.path }, 'org_node')
    const hosted = await trx
      .selectFrom('community_villages')
      .select('village_id')
      .where('community_id', '=', node.id)
      .where('village_id', '=', input.villageId)
      .executeTakeFirst()
    if (!hosted) throw notFoundOrNoAccess('village')
    if (!isStage(input.stage))
      throw new AppError('VALIDATION_FAILED', {
        fields: [{ path: '/stage', rule: '1..3', message: '阶段只能是 1、2、3' }],
      })
    const current = await loadStages(trx, node.id)
    const before = current.villages.get(input.villageId) ?? current.stage
    await trx
      .deleteFrom('village_stages')
      .where('community_id', '=', node.id)
      .where('village_id', '=', input.villageId)
      .execute()
    if (input.stage !== current.stage)
      await trx
        .insertInto('village_stages')
        .values({
          community_id: node.id,
          village_id: input.villageId,
          stage: input.stage,
          since_on: localDate(now),
          updated_at: now,
        })
        .execute()
    await recordAudit(trx, {
      actor,
      action: 'stage.village',
      targetType: 'village',
      targetId: input.villageId,
      scopePath: node.path,
      summary: { communityId: node.id, from: before, to: input.stage, note: input.note },
      at: now,
    })
    return stageView(trx, node.id, now)
  })
}
