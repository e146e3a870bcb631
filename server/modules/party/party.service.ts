// 党员报到: members whose membership stays with their old village branch or their workplace
// register with the community they live in. One active registration per person (a partial unique
// index backs the check, so two desks registering one member at once cannot both succeed); a linked
// account lets the member see and record their own service.
import type { Db, Executor, OrgNodeTable } from '../../db/index.js'
import { classifyDatabaseError, toNumber } from '../../db/index.js'
import { roleHas, type Actor } from '../../platform/access.js'
import { recordAudit } from '../../platform/audit.js'
import { AppError, notFoundOrNoAccess } from '../../platform/errors.js'
import { newId } from '../../platform/ids.js'
import { decodeCursor, toPage } from '../../platform/pagination.js'
import { localDate } from '../../platform/time.js'
import { communityFor, memberFor, myMembership } from './party-access.service.js'
import { homeKindNamesZh, homeNameFor } from './party.domain.js'
import { findMember, memberRows, type MemberRow } from './party.repository.js'
import type { ClaimBody, LeaveBody, MemberQuery, MemberView, RegisterBody } from './party.schemas.js'

export function memberView(m: MemberRow): MemberView {
  return {
    id: m.id,
    communityId: m.community_id,
    personId: m.person_id,
    name: m.name,
    homeKind: m.home_kind,
    homeKindZh: homeKindNamesZh[m.home_kind],
    homeVillageId: m.home_village_id,
    homeName: m.home_name,
    registeredOn: m.registered_on,
    linkedUsername: m.username,
    status: m.status,
    leftOn: m.left_on,
    version: m.version,
  }
}

export function invalid(path: string, rule: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', { fields: [{ path, rule, message }] })
}

// --- Registrations -----------------------------------------------------------------------------------

async function linkedUser(db: Executor, username: string | undefined): Promise<string | null> {
  if (username === undefined) return null
  const user = await db
    .selectFrom('users')
    .select(['id', 'disabled'])
    .where('username', '=', username)
    .executeTakeFirst()
  if (!user || user.disabled === 1) throw invalid('/linkedUsername', 'user', `没有账号“${username}”`)
  const grants = await db.selectFrom('grants').select('role').where('user_id', '=', user.id).execute()
  if (!grants.some((g) => roleHas(g.role as Parameters<typeof roleHas>[0], 'party.serve')))
    throw invalid('/linkedUsername', 'party member role', `账号“${username}”没有党员角色`)
  return user.id
}

export async function registerMember({
  db,
  actor,
  input,
  now,
}: {
  db: Db
  actor: Actor
  input: RegisterBody
  now: number
}): Promise<MemberView> {
  const id = await db.transaction().execute(async (trx) => {
    const community = await communityFor(trx, actor, input.communityId, 'manage')
    const person = await trx
      .selectFrom('persons')
      .select(['id', 'name', 'path', 'community_id', 'party_member', 'status'])
      .where('id', '=', input.personId)
      .executeTakeFirst()
    if (!person || person.community_id !== community.id || person.status !== 'active')
      throw notFoundOrNoAccess('person')
    if (person.party_member !== 1)
      throw new AppError('UNPROCESSABLE', {
        reason: 'not a party member',
        reasonZh: `${person.name}在人口信息中不是党员，不能登记党员报到；如有误，请先更正人口信息`,
      })
    let villageName: string | null = null
    if (input.homeKind === 'village_branch') {
      if (input.homeVillageId === undefined) throw invalid('/homeVillageId', 'required', '请选择原村')
      const village = await trx
        .selectFrom('villages')
        .select('name')
        .where('id', '=', input.homeVillageId)
        .executeTakeFirst()
      if (!village) throw invalid('/homeVillageId', 'village', '原村不存在')
      villageName = village.name
    } else if (input.homeVillageId !== undefined)
      throw invalid('/homeVillageId', 'only for village branches', '只有村党支部需要选择原村')
    const homeName = homeNameFor(input.homeKind, input.homeName ?? '', villageName)
    if (homeName === '') throw invalid('/homeName', 'required', '请填写组织关系所在党组织名称')
    if (input.registeredOn > localDate(now))
      throw invalid('/registeredOn', 'not future', '报到日期不能晚于今天')
    const existing = await trx
      .selectFrom('party_registrations')
      .select('id')
      .where('person_id', '=', person.id)
      .where('status', '=', 'active')
      .executeTakeFirst()
    if (existing)
      throw new AppError('CONFLICT', {
        reason: 'already registered',
        reasonZh: `${person.name}已经报到登记，不能重复登记`,
        registrationId: existing.id,
      })
    const userId = await linkedUser(trx, input.linkedUsername)
    const id = newId()
    try {
      await trx
        .insertInto('party_registrations')
        .values({
          id,
          community_id: community.id,
          path: person.path,
          person_id: person.id,
          home_kind: input.homeKind,
          home_village_id: input.homeVillageId ?? null,
          home_name: homeName,
          registered_on: input.registeredOn,
          user_id: userId,
          status: 'active',
          left_on: null,
          version: 1,
          created_at: now,
          updated_at: now,
        })
        .execute()
    } catch (error) {
      // Two desks registering one member at once: the partial unique index decides.
      if (classifyDatabaseError(error)?.kind === 'unique')
        throw new AppError('CONFLICT', {
          reason: 'already registered',
          reasonZh: `${person.name}已经报到登记（或该账号已关联其他党员），不能重复登记`,
        })
      throw error
    }
    await recordAudit(trx, {
      actor,
      action: 'party.register',
      targetType: 'party_registration',
      targetId: id,
      scopePath: community.path,
      summary: { member: person.name, home: homeName, registeredOn: input.registeredOn },
      at: now,
    })
    return id
  })
  const member = await findMember(db, id)
  if (!member) throw notFoundOrNoAccess('party_registration')
  return memberView(member)
}

export async function leaveMember({
  db,
  actor,
  registrationId,
  input,
  now,
}: {
  db: Db
  actor: Actor
  registrationId: string
  input: LeaveBody
  now: number
}): Promise<MemberView> {
  await db.transaction().execute(async (trx) => {
    const { member, community, asStaff } = await memberFor(trx, actor, registrationId)
    if (!asStaff) throw notFoundOrNoAccess('party_registration')
    if (member.status !== 'active')
      throw new AppError('INVALID_TRANSITION', { state: '已离开', action: '登记离开' })
    if (input.leftOn < member.registered_on)
      throw invalid('/leftOn', 'after registering', '离开日期不能早于报到日期')
    const ok = await trx
      .updateTable('party_registrations')
      .set({ status: 'left', left_on: input.leftOn, version: member.version + 1, updated_at: now })
      .where('id', '=', member.id)
      .where('version', '=', input.version)
      .executeTakeFirst()
    if (ok.numUpdatedRows === 0n)
      throw new AppError('VERSION_CONFLICT', { entity: 'party_registration', expectedVersion: input.version })
    await trx
      .updateTable('party_post_claims')
      .set({ state: 'ended', ended_on: input.leftOn, updated_at: now })
      .where('registration_id', '=', member.id)
      .where('state', '=', 'active')
      .execute()
    await recordAudit(trx, {
      actor,
      action: 'party.leave',
      targetType: 'party_registration',
      targetId: member.id,
      scopePath: community.path,
      summary: { member: member.name, leftOn: input.leftOn },
      at: now,
    })
  })
  const member = await findMember(db, registrationId)
  if (!member) throw notFoundOrNoAccess('party_registration')
  return memberView(member)
}

export async function listMembers({ db, actor, query }: { db: Db; actor: Actor; query: MemberQuery }) {
  const community = await communityFor(db, actor, query.communityId, 'manage')
  const limit = query.limit ?? 20
  let q = memberRows(db).where('g.community_id', '=', community.id)
  if (query.homeName !== undefined && query.homeName !== '') q = q.where('g.home_name', '=', query.homeName)
  if (query.homeKind !== undefined) q = q.where('g.home_kind', '=', query.homeKind)
  if (query.status !== undefined) q = q.where('g.status', '=', query.status)
  if (query.cursor !== undefined) {
    const [id] = decodeCursor(query.cursor, ['string'])
    q = q.where('g.id', '<', String(id))
  }
  const [rows, byHome] = await Promise.all([
    q
      .orderBy('g.id', 'desc')
      .limit(limit + 1)
      .execute(),
    db
      .selectFrom('party_registrations')
      .select(['home_name', 'home_kind', (eb) => eb.fn.countAll<number>().as('n')])
      .where('community_id', '=', community.id)
      .where('status', '=', 'active')
      .groupBy(['home_name', 'home_kind'])
      .execute(),
  ])
  return {
    ...toPage(rows, limit, (r) => [r.id], memberView),
    byHome: byHome
      .map((h) => ({ homeName: h.home_name, homeKind: h.home_kind, members: toNumber(h.n) }))
      .sort((a, b) => b.members - a.members || a.homeName.localeCompare(b.homeName, 'zh-CN')),
  }
}

/** The old villages a member of the community may come from: those of its street office or park. */
export async function listHomeVillages({
  db,
  actor,
  communityId,
}: {
  db: Db
  actor: Actor
  communityId: string
}) {
  const community = await communityFor(db, actor, communityId, 'manage')
  const rows = await db.selectFrom('villages').select(['id', 'name', 'area_path']).orderBy('code').execute()
  return {
    items: rows
      .filter((v) => community.path.startsWith(v.area_path))
      .map((v) => ({ id: v.id, name: v.name })),
  }
}

/** The signed-in party member's own registration (404 when they have none in the community). */
export async function getMyMembership({
  db,
  actor,
  communityId,
}: {
  db: Db
  actor: Actor
  communityId: string
}) {
  const community = await communityFor(db, actor, communityId, 'see')
  return memberView(await myMembership(db, actor, community))
}

/** Who a claim is for: the member named by staff, or the signed-in member themself. */
export async function claimant(trx: Executor, actor: Actor, community: OrgNodeTable, input: ClaimBody) {
  if (input.registrationId === undefined) return myMembership(trx, actor, community)
  const { member } = await memberFor(trx, actor, input.registrationId)
  if (member.community_id !== community.id || member.status !== 'active')
    throw notFoundOrNoAccess('party_registration')
  return member
}
