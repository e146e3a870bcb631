// Households (户), their members and where they lived. A household's `path` is its room's path (or
// its community's when it has no room); its current members' paths follow it on every move, so
// that registry scoping follows the people. Reads need 'person.read' and writes 'person.update' on
// the household's path (and on the target room's path for moves).
import type { Db, Executor, HouseholdTable, OrgNodeTable } from '../../db/index.js'
import { classifyDatabaseError } from '../../db/index.js'
import { requireAccess, type Actor } from '../../platform/access.js'
import { changedFields, recordAudit } from '../../platform/audit.js'
import { requireVersionMatch } from '../../platform/concurrency.js'
import { AppError, notFoundOrNoAccess } from '../../platform/errors.js'
import { newId } from '../../platform/ids.js'
import { decodeCursor, toPage, type Page } from '../../platform/pagination.js'
import { localDate } from '../../platform/time.js'
import {
  checkAddition,
  checkHeadChange,
  checkJoin,
  checkLeave,
  checkMoveIn,
  checkMoveOut,
  checkPastDay,
  checkRemoval,
  isRelation,
  shareOf,
  type DayProblem,
  type HeadProblem,
  type Relation,
} from './household.domain.js'
import {
  closeMembership,
  closeResidence,
  findHousehold,
  findLatestResidence,
  findNodeRow,
  findOpenMembership,
  findVillageName,
  householdsInRoomOn,
  insertHousehold,
  insertMember,
  insertResidence,
  listCurrentMembers,
  listGrids,
  listHouseholdsUnder,
  listResidences,
  lockPerson,
  membersOn,
  moveCurrentMembers,
  movedInByGrid,
  movedInTotals,
  movePersons,
  roomAddresses,
  roomHasOpenResidence,
  setMemberRelation,
  setRoomState,
  updateHouseholdRow,
} from './household.repository.js'
import type {
  AddMemberBody,
  CreateHouseholdBody,
  HouseholdListItem,
  HouseholdView,
  MovedInShareView,
  MoveInBody,
  MoveOutBody,
  RemoveMemberQuery,
  ResidentsOnView,
  UpdateHouseholdBody,
} from './household.schemas.js'
import { ageOn } from './person.domain.js'
import { findPerson } from './person.repository.js'

const RESIDENCE_HISTORY_LIMIT = 50

function dayError(p: DayProblem): AppError {
  return new AppError('VALIDATION_FAILED', {
    reason: p.en,
    reasonZh: p.zh,
    fields: [{ path: `/${p.field}`, rule: p.rule, message: p.zh }],
  })
}

function ruleError(p: HeadProblem): AppError {
  return new AppError('UNPROCESSABLE', { reason: p.en, reasonZh: p.zh })
}

function codeTaken(error: unknown): unknown {
  return classifyDatabaseError(error)?.kind === 'unique'
    ? new AppError('CONFLICT', {
        reason: 'household code already in use in this community',
        reasonZh: '本社区已有该户号',
        field: 'code',
      })
    : error
}

async function requireHousehold(
  db: Executor,
  actor: Actor,
  id: string,
  permission: 'person.read' | 'person.update',
): Promise<HouseholdTable> {
  const household = await findHousehold(db, id)
  if (!household) throw notFoundOrNoAccess('household')
  requireAccess(actor, permission, { kind: 'org', path: household.path }, 'household')
  return household
}

/** A room the actor may move people into, in the household's community. */
async function requireRoom(
  db: Executor,
  actor: Actor,
  roomId: string,
  communityId: string,
): Promise<OrgNodeTable> {
  const room = await findNodeRow(db, roomId)
  if (!room) throw notFoundOrNoAccess('org_node')
  requireAccess(actor, 'person.update', { kind: 'org', path: room.path }, 'org_node')
  if (room.kind !== 'room')
    throw new AppError('UNPROCESSABLE', {
      reason: 'not a room',
      reasonZh: '所选节点不是户室',
      field: 'roomId',
    })
  if (room.community_id !== communityId)
    throw new AppError('UNPROCESSABLE', {
      reason: 'the room is in another community',
      reasonZh: '该户室不在本户所属社区',
      field: 'roomId',
    })
  if (room.room_use === 'shop')
    throw new AppError('UNPROCESSABLE', {
      reason: 'the room is a shop',
      reasonZh: '该户室为商铺，不能入住',
      field: 'roomId',
    })
  return room
}

/** A person the actor may move into a household, who belongs to no household now. */
async function requireJoinablePerson(db: Executor, actor: Actor, personId: string, householdId: string) {
  const person = await findPerson(db, personId)
  if (!person) throw notFoundOrNoAccess('person')
  requireAccess(actor, 'person.update', { kind: 'org', path: person.path }, 'person')
  await lockPerson(db, personId)
  const open = await findOpenMembership(db, personId)
  if (open)
    throw new AppError('CONFLICT', {
      reason: open.household_id === householdId ? 'already a member' : 'a member of another household',
      reasonZh: open.household_id === householdId ? '此人已是该户成员' : '此人已是其他户的成员，请先迁出',
      field: 'personId',
    })
  return person
}

async function requireVillage(db: Executor, villageId: string): Promise<void> {
  if ((await findVillageName(db, villageId)) === undefined) throw notFoundOrNoAccess('village')
}

/** After a household leaves a room it lived in: the room is vacant when nobody lives there now. */
async function vacateIfEmpty(db: Executor, roomId: string, now: number): Promise<void> {
  if (!(await roomHasOpenResidence(db, roomId))) await setRoomState(db, roomId, 'occupied', 'vacant', now)
}

async function toHouseholdView(db: Executor, h: HouseholdTable, today: string): Promise<HouseholdView> {
  const members = await listCurrentMembers(db, h.id)
  const residences = await listResidences(db, h.id, RESIDENCE_HISTORY_LIMIT)
  const addresses = await roomAddresses(db, [
    ...(h.room_id ? [h.room_id] : []),
    ...residences.map((r) => r.room_id),
  ])
  const head = members.find((m) => m.personId === h.head_person_id)
  const villageName = h.origin_village_id ? await findVillageName(db, h.origin_village_id) : undefined
  return {
    id: h.id,
    communityId: h.community_id,
    code: h.code,
    roomId: h.room_id,
    roomAddress: h.room_id ? (addresses.get(h.room_id) ?? null) : null,
    movedIn: residences[0]?.moved_out_on === null,
    head: head ? { personId: head.personId, name: head.name } : null,
    originVillage:
      h.origin_village_id && villageName !== undefined
        ? { id: h.origin_village_id, name: villageName }
        : null,
    members: members.map((m) => ({
      personId: m.personId,
      name: m.name,
      sex: m.sex,
      age: m.birthDate ? ageOn(m.birthDate, today) : null,
      relation: isRelation(m.relation) ? m.relation : 'other',
      joinedOn: m.joinedOn,
    })),
    residences: residences.map((r) => ({
      roomId: r.room_id,
      roomAddress: addresses.get(r.room_id) ?? '',
      movedInOn: r.moved_in_on,
      movedOutOn: r.moved_out_on,
    })),
    version: h.version,
  }
}

async function reload(db: Executor, id: string, now: number): Promise<HouseholdView> {
  const after = await findHousehold(db, id)
  if (!after) throw new AppError('INTERNAL')
  return toHouseholdView(db, after, localDate(now))
}

export async function getHousehold({
  db,
  actor,
  id,
  now,
}: {
  db: Db
  actor: Actor
  id: string
  now: number
}): Promise<HouseholdView> {
  const household = await requireHousehold(db, actor, id, 'person.read')
  return toHouseholdView(db, household, localDate(now))
}

/** Creates a household in a community, optionally in a room (moved in when `movedInOn` is given) and with a head. */
export async function createHousehold({
  db,
  actor,
  input,
  now,
}: {
  db: Db
  actor: Actor
  input: CreateHouseholdBody
  now: number
}): Promise<HouseholdView> {
  const today = localDate(now)
  try {
    return await db.transaction().execute(async (trx) => {
      const community = await findNodeRow(trx, input.communityId)
      if (!community || community.kind !== 'community') throw notFoundOrNoAccess('org_node')
      const room = input.roomId ? await requireRoom(trx, actor, input.roomId, community.id) : undefined
      const place = room ?? community
      requireAccess(actor, 'person.update', { kind: 'org', path: place.path }, 'org_node')
      if (input.movedInOn !== undefined) {
        if (!room)
          throw new AppError('VALIDATION_FAILED', {
            reason: 'a moved-in day needs a room',
            reasonZh: '填写搬入日期时须选择户室',
            fields: [{ path: '/movedInOn', rule: 'needsRoom', message: '填写搬入日期时须选择户室' }],
          })
        const problem = checkPastDay('movedInOn', input.movedInOn, today)
        if (problem) throw dayError(problem)
      }
      const id = newId()
      const head = input.headPersonId
        ? await requireJoinablePerson(trx, actor, input.headPersonId, id)
        : undefined
      const originVillageId = input.originVillageId ?? head?.origin_village_id ?? null
      if (input.originVillageId) await requireVillage(trx, input.originVillageId)
      await insertHousehold(trx, {
        id,
        community_id: community.id,
        code: input.code,
        room_id: room?.id ?? null,
        path: place.path,
        head_person_id: head?.id ?? null,
        origin_village_id: originVillageId,
        version: 1,
        created_at: now,
        updated_at: now,
      })
      if (head) {
        await insertMember(trx, {
          id: newId(),
          household_id: id,
          person_id: head.id,
          relation: 'head',
          joined_on: null,
          left_on: null,
          created_at: now,
        })
        if (room) await movePersons(trx, [head.id], { path: room.path, communityId: community.id }, now)
      }
      if (room && input.movedInOn !== undefined) {
        await insertResidence(trx, {
          id: newId(),
          household_id: id,
          room_id: room.id,
          community_id: community.id,
          path: room.path,
          moved_in_on: input.movedInOn,
          moved_out_on: null,
          created_at: now,
        })
        if (room.room_state === 'vacant') await setRoomState(trx, room.id, 'vacant', 'occupied', now)
      }
      await recordAudit(trx, {
        actor,
        action: 'household.create',
        targetType: 'household',
        targetId: id,
        scopePath: place.path,
        summary: {
          code: input.code,
          roomId: room?.id ?? null,
          movedInOn: input.movedInOn ?? null,
          headPersonId: head?.id ?? null,
          originVillageId,
        },
        at: now,
      })
      return reload(trx, id, now)
    })
  } catch (error) {
    throw codeTaken(error)
  }
}

/** Re-codes the household, changes its head (a current member) or its origin village. */
export async function updateHousehold({
  db,
  actor,
  id,
  changes,
  now,
}: {
  db: Db
  actor: Actor
  id: string
  changes: UpdateHouseholdBody
  now: number
}): Promise<HouseholdView> {
  try {
    return await db.transaction().execute(async (trx) => {
      const household = await requireHousehold(trx, actor, id, 'person.update')
      if (changes.originVillageId) await requireVillage(trx, changes.originVillageId)
      const members = changes.headPersonId !== undefined ? await listCurrentMembers(trx, id) : []
      const newHead = members.find((m) => m.personId === changes.headPersonId)
      if (changes.headPersonId !== undefined) {
        const problem = checkHeadChange({
          isCurrentMember: newHead !== undefined,
          isPresentHead: changes.headPersonId === household.head_person_id,
        })
        if (problem) throw ruleError(problem)
      }
      const headChanges = newHead !== undefined
      const result = await updateHouseholdRow(
        trx,
        id,
        changes.version,
        {
          ...(changes.code !== undefined ? { code: changes.code } : {}),
          ...(headChanges ? { head_person_id: changes.headPersonId } : {}),
          ...(changes.originVillageId !== undefined ? { origin_village_id: changes.originVillageId } : {}),
        },
        now,
      )
      requireVersionMatch(result, 'household', changes.version)
      const formerHeadRelation: Relation = changes.formerHeadRelation ?? 'other'
      if (newHead) {
        const formerHead = members.find((m) => m.personId === household.head_person_id)
        if (formerHead) await setMemberRelation(trx, formerHead.memberId, formerHeadRelation)
        await setMemberRelation(trx, newHead.memberId, 'head')
      }
      await recordAudit(trx, {
        actor,
        action: 'household.update',
        targetType: 'household',
        targetId: id,
        scopePath: household.path,
        summary: {
          changes: changedFields(
            {
              code: household.code,
              headPersonId: household.head_person_id,
              originVillageId: household.origin_village_id,
            },
            {
              code: changes.code,
              headPersonId: changes.headPersonId,
              originVillageId: changes.originVillageId,
            },
          ),
          ...(newHead && household.head_person_id ? { formerHeadRelation } : {}),
        },
        at: now,
      })
      return reload(trx, id, now)
    })
  } catch (error) {
    throw codeTaken(error)
  }
}

export async function addHouseholdMember({
  db,
  actor,
  id,
  input,
  now,
}: {
  db: Db
  actor: Actor
  id: string
  input: AddMemberBody
  now: number
}): Promise<HouseholdView> {
  const joinedOn = input.joinedOn ?? null
  const problem = checkJoin(joinedOn, localDate(now))
  if (problem) throw dayError(problem)
  return db.transaction().execute(async (trx) => {
    const household = await requireHousehold(trx, actor, id, 'person.update')
    const headRule = checkAddition(input.relation, household.head_person_id !== null)
    if (headRule) throw ruleError(headRule)
    const result = await updateHouseholdRow(
      trx,
      id,
      input.version,
      input.relation === 'head' ? { head_person_id: input.personId } : {},
      now,
    )
    requireVersionMatch(result, 'household', input.version)
    const person = await requireJoinablePerson(trx, actor, input.personId, id)
    await insertMember(trx, {
      id: newId(),
      household_id: id,
      person_id: person.id,
      relation: input.relation,
      joined_on: joinedOn,
      left_on: null,
      created_at: now,
    })
    if (household.room_id)
      await movePersons(trx, [person.id], { path: household.path, communityId: household.community_id }, now)
    await recordAudit(trx, {
      actor,
      action: 'household.add_member',
      targetType: 'household',
      targetId: id,
      scopePath: household.path,
      summary: { personId: person.id, relation: input.relation, joinedOn },
      at: now,
    })
    return reload(trx, id, now)
  })
}

/** A member leaves on `leftOn` (their membership is closed, never deleted); the head only with a successor. */
export async function removeHouseholdMember({
  db,
  actor,
  id,
  personId,
  input,
  now,
}: {
  db: Db
  actor: Actor
  id: string
  personId: string
  input: RemoveMemberQuery
  now: number
}): Promise<HouseholdView> {
  return db.transaction().execute(async (trx) => {
    const household = await requireHousehold(trx, actor, id, 'person.update')
    const members = await listCurrentMembers(trx, id)
    const leaving = members.find((m) => m.personId === personId)
    if (!leaving) throw notFoundOrNoAccess('household_member')
    const dayProblem = checkLeave(input.leftOn, leaving.joinedOn, localDate(now))
    if (dayProblem) throw dayError(dayProblem)
    const removingHead = household.head_person_id === personId
    const newHead = members.find((m) => m.personId === input.newHeadPersonId && m.personId !== personId)
    const headRule = checkRemoval({
      removingHead,
      newHeadPersonId: input.newHeadPersonId ?? null,
      newHeadIsOtherCurrentMember: newHead !== undefined,
    })
    if (headRule) throw ruleError(headRule)
    const result = await updateHouseholdRow(
      trx,
      id,
      input.version,
      removingHead && newHead ? { head_person_id: newHead.personId } : {},
      now,
    )
    requireVersionMatch(result, 'household', input.version)
    await closeMembership(trx, leaving.memberId, input.leftOn)
    if (newHead) await setMemberRelation(trx, newHead.memberId, 'head')
    await recordAudit(trx, {
      actor,
      action: 'household.remove_member',
      targetType: 'household',
      targetId: id,
      scopePath: household.path,
      summary: {
        personId,
        relation: leaving.relation,
        leftOn: input.leftOn,
        ...(newHead ? { newHeadPersonId: newHead.personId } : {}),
      },
      at: now,
    })
    return reload(trx, id, now)
  })
}

/**
 * The household moves into a room on `date`: its open residence closes that day and a new one
 * opens; the household and its current members now live at the room's path.
 */
export async function moveHouseholdIn({
  db,
  actor,
  id,
  input,
  now,
}: {
  db: Db
  actor: Actor
  id: string
  input: MoveInBody
  now: number
}): Promise<HouseholdView> {
  return db.transaction().execute(async (trx) => {
    const household = await requireHousehold(trx, actor, id, 'person.update')
    const room = await requireRoom(trx, actor, input.roomId, household.community_id)
    const latest = await findLatestResidence(trx, id)
    const open = latest?.moved_out_on === null ? latest : undefined
    if (open?.room_id === room.id)
      throw new AppError('UNPROCESSABLE', {
        reason: 'the household already lives in this room',
        reasonZh: '该户已住在此户室',
        field: 'roomId',
      })
    const problem = checkMoveIn(
      input.date,
      localDate(now),
      latest ? { movedInOn: latest.moved_in_on, movedOutOn: latest.moved_out_on } : null,
    )
    if (problem) throw dayError(problem)
    const result = await updateHouseholdRow(
      trx,
      id,
      input.version,
      { room_id: room.id, path: room.path },
      now,
    )
    requireVersionMatch(result, 'household', input.version)
    if (open) await closeResidence(trx, open.id, input.date)
    await insertResidence(trx, {
      id: newId(),
      household_id: id,
      room_id: room.id,
      community_id: household.community_id,
      path: room.path,
      moved_in_on: input.date,
      moved_out_on: null,
      created_at: now,
    })
    await moveCurrentMembers(trx, id, { path: room.path, communityId: household.community_id }, now)
    if (room.room_state === 'vacant') await setRoomState(trx, room.id, 'vacant', 'occupied', now)
    if (open) await vacateIfEmpty(trx, open.room_id, now)
    await recordAudit(trx, {
      actor,
      action: 'household.move_in',
      targetType: 'household',
      targetId: id,
      scopePath: room.path,
      summary: { fromRoomId: open?.room_id ?? null, toRoomId: room.id, date: input.date },
      at: now,
    })
    return reload(trx, id, now)
  })
}

/** The household moves out on `date` and lives nowhere in the community's rooms: its people sit at the community. */
export async function moveHouseholdOut({
  db,
  actor,
  id,
  input,
  now,
}: {
  db: Db
  actor: Actor
  id: string
  input: MoveOutBody
  now: number
}): Promise<HouseholdView> {
  return db.transaction().execute(async (trx) => {
    const household = await requireHousehold(trx, actor, id, 'person.update')
    const latest = await findLatestResidence(trx, id)
    if (!latest || latest.moved_out_on !== null)
      throw new AppError('UNPROCESSABLE', {
        reason: 'the household does not live in a room now',
        reasonZh: '该户当前未入住任何户室',
      })
    const problem = checkMoveOut(input.date, localDate(now), {
      movedInOn: latest.moved_in_on,
      movedOutOn: null,
    })
    if (problem) throw dayError(problem)
    const community = await findNodeRow(trx, household.community_id)
    if (!community) throw new AppError('INTERNAL')
    const result = await updateHouseholdRow(
      trx,
      id,
      input.version,
      { room_id: null, path: community.path },
      now,
    )
    requireVersionMatch(result, 'household', input.version)
    await closeResidence(trx, latest.id, input.date)
    await moveCurrentMembers(trx, id, { path: community.path, communityId: community.id }, now)
    await vacateIfEmpty(trx, latest.room_id, now)
    await recordAudit(trx, {
      actor,
      action: 'household.move_out',
      targetType: 'household',
      targetId: id,
      scopePath: household.path,
      summary: { roomId: latest.room_id, date: input.date },
      at: now,
    })
    return reload(trx, id, now)
  })
}

async function requireReadableNode(db: Executor, actor: Actor, nodeId: string): Promise<OrgNodeTable> {
  const node = await findNodeRow(db, nodeId)
  if (!node) throw notFoundOrNoAccess('org_node')
  requireAccess(actor, 'person.read', { kind: 'org', path: node.path }, 'org_node')
  return node
}

function requireQueryDay(date: string | undefined, now: number): string {
  const today = localDate(now)
  const day = date ?? today
  const problem = checkPastDay('date', day, today)
  if (problem) throw dayError({ ...problem, field: 'querystring/date' })
  return day
}

/** Households living (or assigned a room) under an org node, by code, a page at a time. */
export async function listHouseholdsOfNode({
  db,
  actor,
  nodeId,
  limit,
  cursor,
}: {
  db: Db
  actor: Actor
  nodeId: string
  limit: number
  cursor: string | undefined
}): Promise<Page<HouseholdListItem>> {
  const node = await requireReadableNode(db, actor, nodeId)
  const after = cursor ? decodeCursor(cursor, ['string', 'string']) : null
  const rows = await listHouseholdsUnder(
    db,
    node.path,
    node.community_id,
    after ? { code: String(after[0]), id: String(after[1]) } : null,
    limit + 1,
  )
  const addresses = await roomAddresses(
    db,
    rows.flatMap((r) => (r.roomId ? [r.roomId] : [])),
  )
  return toPage(
    rows,
    limit,
    (r) => [r.code, r.id],
    (r) => ({
      id: r.id,
      code: r.code,
      headName: r.headName,
      memberCount: r.memberCount,
      contact: r.contactPersonId
        ? { personId: r.contactPersonId, name: r.contactName ?? '', count: r.contactCount }
        : null,
      roomId: r.roomId,
      roomAddress: r.roomId ? (addresses.get(r.roomId) ?? null) : null,
      originVillageName: r.originVillageName,
      version: r.version,
    }),
  )
}

/** Who lived in a room on a day: the households living there then, with their members as of that day. */
export async function residentsOn({
  db,
  actor,
  nodeId,
  date,
  now,
}: {
  db: Db
  actor: Actor
  nodeId: string
  date: string | undefined
  now: number
}): Promise<ResidentsOnView> {
  const room = await requireReadableNode(db, actor, nodeId)
  if (room.kind !== 'room')
    throw new AppError('UNPROCESSABLE', {
      reason: 'residents are asked of a room',
      reasonZh: '只能查询户室的住户',
    })
  const day = requireQueryDay(date, now)
  const households = await householdsInRoomOn(db, room.id, day)
  const members = await membersOn(
    db,
    households.map((h) => h.householdId),
    day,
  )
  const addresses = await roomAddresses(db, [room.id])
  return {
    roomId: room.id,
    roomAddress: addresses.get(room.id) ?? room.name,
    date: day,
    households: households.map((h) => ({
      householdId: h.householdId,
      code: h.code,
      movedInOn: h.movedInOn,
      movedOutOn: h.movedOutOn,
      members: members
        .filter((m) => m.householdId === h.householdId)
        .map((m) => ({
          personId: m.personId,
          name: m.name,
          sex: m.sex,
          age: m.birthDate ? ageOn(m.birthDate, day) : null,
          relation: isRelation(m.relation) ? m.relation : 'other',
        })),
    })),
  }
}

/**
 * The moved-in share of a community (with each grid's) or of one grid on a day: households with a
 * residence open that day ÷ households. The precondition the 三步走 stage advance reads.
 */
export async function movedInShare({
  db,
  actor,
  nodeId,
  date,
  now,
}: {
  db: Db
  actor: Actor
  nodeId: string
  date: string | undefined
  now: number
}): Promise<MovedInShareView> {
  const node = await requireReadableNode(db, actor, nodeId)
  if ((node.kind !== 'community' && node.kind !== 'grid') || node.community_id === null)
    throw new AppError('UNPROCESSABLE', {
      reason: 'the moved-in share is of a community or a grid',
      reasonZh: '入住率只能按社区或网格统计',
    })
  const day = requireQueryDay(date, now)
  if (node.kind === 'grid') {
    const [row] = await movedInByGrid(db, node.community_id, day, node.id)
    const households = row?.households ?? 0
    const movedIn = row?.movedIn ?? 0
    return {
      nodeId: node.id,
      kind: 'grid',
      date: day,
      movedIn,
      households,
      share: shareOf(movedIn, households),
      grids: [],
      withoutGrid: 0,
    }
  }
  const totals = await movedInTotals(db, node.id, day)
  const byGrid = await movedInByGrid(db, node.id, day)
  const grids = await listGrids(db, node.id)
  const counts = new Map(byGrid.map((r) => [r.gridId, r]))
  return {
    nodeId: node.id,
    kind: 'community',
    date: day,
    movedIn: totals.movedIn,
    households: totals.households,
    share: shareOf(totals.movedIn, totals.households),
    grids: grids.map((g) => {
      const c = counts.get(g.id)
      return {
        gridId: g.id,
        name: g.name,
        movedIn: c?.movedIn ?? 0,
        households: c?.households ?? 0,
        share: shareOf(c?.movedIn ?? 0, c?.households ?? 0),
      }
    }),
    withoutGrid: counts.get(null)?.households ?? 0,
  }
}
