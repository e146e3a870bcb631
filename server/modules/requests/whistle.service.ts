// 网格吹哨、部门报到: a grid or community that cannot settle an item alone summons named
// departments/providers and party members, with a deadline to report (default 30 minutes). Each
// summoned party's staff (users of the provider, or the party member's account) get access to that
// item alone (an audited assignment), report (check in) with what they contribute, and are
// evaluated afterwards by the whistle-blower's side. Every act is a step in the item's timeline.
import type { Db, Executor, WhistlePartyTable, WhistleTable } from '../../db/index.js'
import type { Actor } from '../../platform/access.js'
import { AppError, notFoundOrNoAccess } from '../../platform/errors.js'
import { newId } from '../../platform/ids.js'
import { assignToItem, isAssigned } from '../../platform/item-access.js'
import { applyChange, canHandle, itemRef, ofKind, requireRead, ITEM } from './item.service.js'
import { findItem, lockItem } from './request.repository.js'
import type { WhistleBody, WhistleView } from './request.schemas.js'

const MINUTE = 60_000

function toWhistleView(w: WhistleTable, parties: WhistlePartyTable[]): WhistleView {
  return {
    id: w.id,
    itemId: w.item_id,
    level: w.level,
    note: w.note,
    blownAt: w.blown_at,
    reportBy: w.report_by,
    parties: parties.map((p) => ({
      id: p.id,
      name: p.name,
      kind: p.provider_id !== null ? ('provider' as const) : ('person' as const),
      providerId: p.provider_id,
      personId: p.person_id,
      reportedAt: p.reported_at,
      late: p.reported_at !== null ? p.reported_at > w.report_by : false,
      contribution: p.contribution,
      score: p.score,
      evaluation: p.evaluation,
      version: p.version,
    })),
  }
}

async function whistlesOf(db: Executor, itemId: string): Promise<WhistleView[]> {
  const whistles = await db
    .selectFrom('whistles')
    .selectAll()
    .where('item_id', '=', itemId)
    .orderBy('blown_at')
    .execute()
  if (whistles.length === 0) return []
  const parties = await db
    .selectFrom('whistle_parties')
    .selectAll()
    .where('item_id', '=', itemId)
    .orderBy('id')
    .execute()
  return whistles.map((w) =>
    toWhistleView(
      w,
      parties.filter((p) => p.whistle_id === w.id),
    ),
  )
}

export async function listWhistles({
  db,
  actor,
  itemId,
}: {
  db: Db
  actor: Actor
  itemId: string
}): Promise<{ items: WhistleView[] }> {
  const { item } = await requireRead(db, actor, ofKind(await findItem(db, itemId), 'request'))
  return { items: await whistlesOf(db, item.id) }
}

export async function blowWhistle({
  db,
  actor,
  itemId,
  input,
  now,
}: {
  db: Db
  actor: Actor
  itemId: string
  input: WhistleBody
  now: number
}): Promise<WhistleView> {
  return db.transaction().execute(async (trx) => {
    const { item } = await requireRead(trx, actor, ofKind(await lockItem(trx, itemId), 'request'))
    if (!(await canHandle(trx, actor, item))) throw new AppError('FORBIDDEN', { action: 'whistle' })
    if (item.open !== 1 || item.state === 'resolved')
      throw new AppError('INVALID_TRANSITION', {
        state: item.state,
        action: '吹哨',
        stateCode: item.state,
        actionCode: 'whistle',
      })
    if (input.version !== item.version)
      throw new AppError('VERSION_CONFLICT', {
        entity: ITEM,
        expectedVersion: input.version,
        currentVersion: item.version,
      })
    const providerIds = input.providerIds ?? []
    const personIds = input.personIds ?? []
    if (providerIds.length + personIds.length === 0)
      throw new AppError('VALIDATION_FAILED', {
        fields: [{ path: '/providerIds', rule: 'required', message: '请至少选择一个报到单位或党员' }],
      })
    const providers = providerIds.length
      ? await trx
          .selectFrom('providers')
          .select(['id', 'name', 'area_path'])
          .where('id', 'in', providerIds)
          .execute()
      : []
    // A provider is summoned for places it serves: its area contains the item's place, or the other way round.
    const serving = providers.filter(
      (p) => item.path.startsWith(p.area_path) || p.area_path.startsWith(item.owner_path),
    )
    const badProviders = providerIds.filter((id) => !serving.some((p) => p.id === id))
    const persons = personIds.length
      ? await trx
          .selectFrom('persons')
          .select(['id', 'name', 'community_id', 'party_member'])
          .where('id', 'in', personIds)
          .execute()
      : []
    const members = persons.filter((p) => p.community_id === item.community_id && p.party_member === 1)
    const badPersons = personIds.filter((id) => !members.some((p) => p.id === id))
    if (badProviders.length + badPersons.length > 0)
      throw new AppError('VALIDATION_FAILED', {
        fields: [
          ...badProviders.map((id) => ({
            path: '/providerIds',
            rule: 'serves this place',
            message: `单位不服务该地点：${id}`,
          })),
          ...badPersons.map((id) => ({
            path: '/personIds',
            rule: 'party member here',
            message: `不是本社区党员：${id}`,
          })),
        ],
      })
    const whistle: WhistleTable = {
      id: newId(),
      item_id: item.id,
      level: item.level,
      blown_by: actor.userId,
      blown_at: now,
      report_by: now + (input.reportWithinMinutes ?? 30) * MINUTE,
      note: input.note,
      closed_at: null,
    }
    await trx.insertInto('whistles').values(whistle).execute()
    const parties: WhistlePartyTable[] = []
    const base = {
      whistle_id: whistle.id,
      item_id: item.id,
      reported_at: null,
      reported_by: null,
      contribution: null,
      score: null,
      evaluation: null,
      evaluated_at: null,
      version: 1,
    }
    for (const p of serving)
      parties.push({
        ...base,
        id: newId(),
        provider_id: p.id,
        unit_id: null,
        person_id: null,
        user_id: null,
        name: p.name,
      })
    for (const m of members) {
      const account = await trx
        .selectFrom('posts')
        .select('user_id')
        .where('person_id', '=', m.id)
        .where('user_id', 'is not', null)
        .where('ended_on', 'is', null)
        .executeTakeFirst()
      parties.push({
        ...base,
        id: newId(),
        provider_id: null,
        unit_id: null,
        person_id: m.id,
        user_id: account?.user_id ?? null,
        name: m.name,
      })
    }
    await trx.insertInto('whistle_parties').values(parties).execute()
    // The summoned parties' staff reach this item alone, by assignment.
    const providerUsers = serving.length
      ? await trx
          .selectFrom('users')
          .select('id')
          .where(
            'provider_id',
            'in',
            serving.map((p) => p.id),
          )
          .where('disabled', '=', 0)
          .execute()
      : []
    const userIds = new Set([
      ...providerUsers.map((u) => u.id),
      ...parties.flatMap((p) => (p.user_id ? [p.user_id] : [])),
    ])
    for (const userId of userIds)
      if (!(await isAssigned(trx, userId, itemRef(item.id))))
        await assignToItem(trx, {
          actor,
          userId,
          item: itemRef(item.id),
          reason: 'whistle',
          scopePath: item.path,
          now,
        })
    await applyChange(trx, {
      actor,
      via: 'grant',
      before: item,
      changes: { whistled: 1 },
      action: 'whistle',
      note: input.note,
      data: { summoned: parties.map((p) => p.name), reportBy: whistle.report_by },
      now,
    })
    return toWhistleView(whistle, parties)
  })
}

async function partyForUpdate(db: Executor, partyId: string): Promise<WhistlePartyTable> {
  const party = await db
    .selectFrom('whistle_parties')
    .selectAll()
    .where('id', '=', partyId)
    .executeTakeFirst()
  if (!party) throw notFoundOrNoAccess('whistle_party')
  return party
}

/** Is the actor this party — its member's account, or staff of its provider? */
async function isParty(db: Executor, actor: Actor, party: WhistlePartyTable): Promise<boolean> {
  if (actor.userId === null) return false
  if (party.user_id === actor.userId) return true
  if (party.provider_id === null) return false
  const user = await db
    .selectFrom('users')
    .select('provider_id')
    .where('id', '=', actor.userId)
    .executeTakeFirst()
  return user?.provider_id === party.provider_id
}

export async function reportToWhistle({
  db,
  actor,
  partyId,
  input,
  now,
}: {
  db: Db
  actor: Actor
  partyId: string
  input: { version: number; contribution: string }
  now: number
}): Promise<WhistleView> {
  return db.transaction().execute(async (trx) => {
    const party = await partyForUpdate(trx, partyId)
    const { item } = await requireRead(trx, actor, await lockItem(trx, party.item_id))
    if (!(await isParty(trx, actor, party))) throw notFoundOrNoAccess('whistle_party')
    if (party.reported_at !== null)
      throw new AppError('CONFLICT', { reason: 'already reported', reasonZh: '已经报到过了' })
    const result = await trx
      .updateTable('whistle_parties')
      .set({
        reported_at: now,
        reported_by: actor.userId,
        contribution: input.contribution,
        version: party.version + 1,
      })
      .where('id', '=', party.id)
      .where('version', '=', input.version)
      .executeTakeFirst()
    if (result.numUpdatedRows === 0n)
      throw new AppError('VERSION_CONFLICT', { entity: 'whistle_party', expectedVersion: input.version })
    const whistle = await trx
      .selectFrom('whistles')
      .selectAll()
      .where('id', '=', party.whistle_id)
      .executeTakeFirstOrThrow()
    await applyChange(trx, {
      actor,
      via: 'assignment',
      before: item,
      changes: {},
      action: 'whistle_report',
      note: input.contribution,
      data: { party: party.name, late: now > whistle.report_by },
      now,
    })
    const views = await whistlesOf(trx, item.id)
    const view = views.find((w) => w.id === whistle.id)
    if (!view) throw new AppError('INTERNAL', { reason: 'whistle vanished' })
    return view
  })
}

export async function evaluateWhistleParty({
  db,
  actor,
  partyId,
  input,
  now,
}: {
  db: Db
  actor: Actor
  partyId: string
  input: { version: number; score: number; evaluation?: string | undefined }
  now: number
}): Promise<WhistleView> {
  return db.transaction().execute(async (trx) => {
    const party = await partyForUpdate(trx, partyId)
    const { item } = await requireRead(trx, actor, await lockItem(trx, party.item_id))
    if (!(await canHandle(trx, actor, item))) throw new AppError('FORBIDDEN', { action: 'whistle_evaluate' })
    if (party.reported_at === null)
      throw new AppError('CONFLICT', { reason: 'has not reported yet', reasonZh: '该单位尚未报到，不能评价' })
    const result = await trx
      .updateTable('whistle_parties')
      .set({
        score: input.score,
        evaluation: input.evaluation ?? null,
        evaluated_at: now,
        version: party.version + 1,
      })
      .where('id', '=', party.id)
      .where('version', '=', input.version)
      .executeTakeFirst()
    if (result.numUpdatedRows === 0n)
      throw new AppError('VERSION_CONFLICT', { entity: 'whistle_party', expectedVersion: input.version })
    await applyChange(trx, {
      actor,
      via: 'grant',
      before: item,
      changes: {},
      action: 'whistle_evaluate',
      note: input.evaluation ?? null,
      data: { party: party.name, score: input.score },
      now,
    })
    const view = (await whistlesOf(trx, item.id)).find((w) => w.id === party.whistle_id)
    if (!view) throw new AppError('INTERNAL', { reason: 'whistle vanished' })
    return view
  })
}
