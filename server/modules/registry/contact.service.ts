// 1+5+10 contacts: a building leader links party members, a party member links households; and the
// coverage figures that show which households nobody calls on and who is off their 5 or 10.
import type { ContactTable, Db, Executor, OrgNodeTable, PersonTable } from '../../db/index.js'
import { can, requireAccess, type Actor } from '../../platform/access.js'
import { recordAudit } from '../../platform/audit.js'
import { AppError, notFoundOrNoAccess } from '../../platform/errors.js'
import { newId } from '../../platform/ids.js'
import { decodeCursor, toPage, type Page } from '../../platform/pagination.js'
import { localDate } from '../../platform/time.js'
import {
  contactKindNamesZh,
  coverageShare,
  endsBeforeStart,
  householdsPerMember,
  membersPerLeader,
} from './contact.domain.js'
import {
  endContactRow,
  findContactRow,
  findContactWithNames,
  findHouseholdRow,
  findOpenContact,
  householdCoverage,
  insertContact,
  leaderTotals,
  listLeadersOffTarget,
  listMembersOffTarget,
  listOpenContactsOfPerson,
  listOpenPostsOfTypes,
  listUncoveredHouseholds,
  memberTotals,
  type ContactRow,
  type LinkCountRow,
  type UncoveredHouseholdRow,
} from './contact.repository.js'
import type { ContactView, CoverageView, LinkBody, LinkCountView } from './contact.schemas.js'
import { buildingLeaderPostTypes } from './post.domain.js'
import { findNodeRow, findPersonRow, lockPerson } from './tag.repository.js'

const orgTarget = (path: string) => ({ kind: 'org' as const, path })

function addressOf(row: {
  building_name: string | null
  unit_name: string | null
  room_name: string | null
}): string | null {
  if (row.room_name === null) return null
  return `${row.building_name ?? ''}${row.unit_name ?? ''}${row.room_name}`
}

export function toContactView(row: ContactRow): ContactView {
  return {
    id: row.id,
    kind: row.kind,
    kindZh: contactKindNamesZh[row.kind],
    from: { id: row.from_person_id, name: row.from_name },
    toPerson: row.to_person_id !== null ? { id: row.to_person_id, name: row.to_person_name ?? '' } : null,
    toHousehold:
      row.to_household_id !== null
        ? {
            id: row.to_household_id,
            code: row.household_code ?? '',
            address: addressOf(row),
            headName: row.head_name,
          }
        : null,
    sinceOn: row.since_on,
    untilOn: row.until_on,
  }
}

function fieldError(path: string, rule: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', { fields: [{ path, rule, message }] })
}

function notPartyMember(person: PersonTable, field: string): AppError {
  return new AppError('UNPROCESSABLE', {
    reason: 'only party members take part in 1+5+10 links',
    reasonZh: `${person.name}不是党员，不能建立党员联系关系`,
    field,
  })
}

/** A readable person, or "not found or no access" naming the field that pointed at them. */
async function requireReadable(db: Executor, actor: Actor, id: string, field: string): Promise<PersonTable> {
  const person = field === 'fromPersonId' ? await lockPerson(db, id) : await findPersonRow(db, id)
  if (!person || !can(actor, 'person.read', orgTarget(person.path)))
    throw new AppError('NOT_FOUND_OR_NO_ACCESS', { entity: 'person', field })
  return person
}

/** Where a new link lives (its path and community), once the actor may write there. */
async function placeLink(
  db: Executor,
  actor: Actor,
  input: LinkBody,
  from: PersonTable,
): Promise<{ path: string; communityId: string; toPersonId: string | null; toHouseholdId: string | null }> {
  if (input.kind === 'leader_member') {
    const member = await requireReadable(db, actor, input.toPersonId ?? '', 'toPersonId')
    const leaderPosts = await listOpenPostsOfTypes(db, from.id, buildingLeaderPostTypes)
    const writable = leaderPosts.find(
      (p) => p.path !== null && p.community_id !== null && can(actor, 'person.update', orgTarget(p.path)),
    )
    if (leaderPosts.length > 0 && !writable)
      throw new AppError('NOT_FOUND_OR_NO_ACCESS', { entity: 'person', field: 'fromPersonId' })
    if (!writable?.path || !writable.community_id) {
      throw new AppError('UNPROCESSABLE', {
        reason: 'the person holds no building leader post',
        reasonZh: `${from.name}未担任楼栋长，不能联系党员`,
        field: 'fromPersonId',
      })
    }
    if (member.id === from.id) throw fieldError('/toPersonId', 'notSelf', '楼栋长不能联系自己')
    if (member.party_member !== 1) throw notPartyMember(member, 'toPersonId')
    return {
      path: writable.path,
      communityId: writable.community_id,
      toPersonId: member.id,
      toHouseholdId: null,
    }
  }
  const household = await findHouseholdRow(db, input.toHouseholdId ?? '')
  if (!household || !can(actor, 'person.update', orgTarget(household.path)))
    throw new AppError('NOT_FOUND_OR_NO_ACCESS', { entity: 'household', field: 'toHouseholdId' })
  if (from.party_member !== 1) throw notPartyMember(from, 'fromPersonId')
  return {
    path: household.path,
    communityId: household.community_id,
    toPersonId: null,
    toHouseholdId: household.id,
  }
}

export async function linkContact({
  db,
  actor,
  input,
  now,
}: {
  db: Db
  actor: Actor
  input: LinkBody
  now: number
}): Promise<ContactView> {
  if (input.kind === 'leader_member') {
    if (input.toPersonId === undefined) throw fieldError('/toPersonId', 'required', '请选择要联系的党员')
    if (input.toHouseholdId !== undefined)
      throw fieldError('/toHouseholdId', 'forbidden', '楼栋长联系党员时不填写户')
  } else {
    if (input.toHouseholdId === undefined) throw fieldError('/toHouseholdId', 'required', '请选择要联系的户')
    if (input.toPersonId !== undefined)
      throw fieldError('/toPersonId', 'forbidden', '党员联系户时不填写联系人员')
  }
  const today = localDate(now)
  const sinceOn = input.sinceOn ?? today
  if (sinceOn > today) throw fieldError('/sinceOn', 'notAfterToday', `日期不能晚于今天（${today}）`)
  return db.transaction().execute(async (trx) => {
    const from = await requireReadable(trx, actor, input.fromPersonId, 'fromPersonId')
    const place = await placeLink(trx, actor, input, from)
    const existing = await findOpenContact(trx, {
      kind: input.kind,
      fromPersonId: from.id,
      toPersonId: place.toPersonId,
      toHouseholdId: place.toHouseholdId,
    })
    if (existing) {
      throw new AppError('CONFLICT', {
        reason: 'this link already exists',
        reasonZh: `${from.name}已${input.kind === 'leader_member' ? '联系该党员' : '联系该户'}，不能重复建立`,
        contactId: existing.id,
      })
    }
    const row: ContactTable = {
      id: newId(),
      kind: input.kind,
      from_person_id: from.id,
      to_person_id: place.toPersonId,
      to_household_id: place.toHouseholdId,
      community_id: place.communityId,
      path: place.path,
      since_on: sinceOn,
      until_on: null,
      created_at: now,
    }
    await insertContact(trx, row)
    await recordAudit(trx, {
      actor,
      action: 'contact.link',
      targetType: 'contact',
      targetId: row.id,
      scopePath: row.path,
      summary: {
        kind: row.kind,
        fromPersonId: row.from_person_id,
        toPersonId: row.to_person_id,
        toHouseholdId: row.to_household_id,
        sinceOn,
      },
      at: now,
    })
    const saved = await findContactWithNames(trx, row.id)
    if (!saved) throw new AppError('INTERNAL')
    return toContactView(saved)
  })
}

export async function unlinkContact({
  db,
  actor,
  contactId,
  untilOn,
  now,
}: {
  db: Db
  actor: Actor
  contactId: string
  untilOn: string | undefined
  now: number
}): Promise<ContactView> {
  return db.transaction().execute(async (trx) => {
    const contact = await findContactRow(trx, contactId)
    if (!contact) throw notFoundOrNoAccess('contact')
    requireAccess(actor, 'person.update', orgTarget(contact.path), 'contact')
    const today = localDate(now)
    const day = untilOn ?? today
    if (day > today) throw fieldError('/untilOn', 'notAfterToday', `日期不能晚于今天（${today}）`)
    if (endsBeforeStart(contact.since_on, day))
      throw fieldError('/untilOn', 'notBeforeSince', `结束日期不能早于开始日期 ${contact.since_on ?? ''}`)
    if (contact.until_on !== null || !(await endContactRow(trx, contactId, day))) {
      throw new AppError('CONFLICT', {
        reason: 'the link has already ended',
        reasonZh: '该联系关系已解除',
      })
    }
    await recordAudit(trx, {
      actor,
      action: 'contact.unlink',
      targetType: 'contact',
      targetId: contactId,
      scopePath: contact.path,
      summary: { kind: contact.kind, fromPersonId: contact.from_person_id, untilOn: day },
      at: now,
    })
    const saved = await findContactWithNames(trx, contactId)
    if (!saved) throw new AppError('INTERNAL')
    return toContactView(saved)
  })
}

/** A person's open links, both ways (their members or households, and their building leader). */
export async function listPersonContacts({
  db,
  actor,
  personId,
}: {
  db: Db
  actor: Actor
  personId: string
}): Promise<{ items: ContactView[] }> {
  const person = await findPersonRow(db, personId)
  if (!person) throw notFoundOrNoAccess('person')
  requireAccess(actor, 'person.read', orgTarget(person.path), 'person')
  const rows = await listOpenContactsOfPerson(db, personId)
  return { items: rows.map(toContactView) }
}

async function requireCoverageNode(db: Executor, actor: Actor, nodeId: string): Promise<OrgNodeTable> {
  const node = await findNodeRow(db, nodeId)
  if (!node) throw notFoundOrNoAccess('org_node')
  requireAccess(actor, 'person.read', orgTarget(node.path), 'org_node')
  return node
}

/** 1+5+10 coverage of a node (a community or a grid): households, members, leaders. */
export async function getCoverage({
  db,
  actor,
  nodeId,
}: {
  db: Db
  actor: Actor
  nodeId: string
}): Promise<CoverageView> {
  const node = await requireCoverageNode(db, actor, nodeId)
  const households = await householdCoverage(db, node.path)
  const members = await memberTotals(db, node.path, householdsPerMember)
  const leaders = await leaderTotals(db, node.path, buildingLeaderPostTypes, membersPerLeader)
  return {
    node: { id: node.id, kind: node.kind, name: node.name },
    households: {
      total: households.total,
      covered: households.covered,
      uncovered: households.total - households.covered,
      share: coverageShare(households.covered, households.total),
    },
    members: {
      total: members.total,
      onTarget: members.onTarget,
      offTarget: members.total - members.onTarget,
      target: householdsPerMember,
    },
    leaders: {
      total: leaders.total,
      onTarget: leaders.onTarget,
      offTarget: leaders.total - leaders.onTarget,
      target: membersPerLeader,
    },
  }
}

interface PageInput {
  db: Db
  actor: Actor
  nodeId: string
  limit: number
  cursor: string | undefined
}

function afterKey(cursor: string | undefined): { sort: string; id: string } | null {
  const key = cursor ? decodeCursor(cursor, ['string', 'string']) : null
  return key ? { sort: String(key[0]), id: String(key[1]) } : null
}

function toUncoveredView(row: UncoveredHouseholdRow) {
  return { id: row.id, code: row.code, address: addressOf(row), headName: row.head_name }
}

/** Households under the node with no open link from any party member, by code. */
export async function listUncovered({ db, actor, nodeId, limit, cursor }: PageInput) {
  const node = await requireCoverageNode(db, actor, nodeId)
  const after = afterKey(cursor)
  const rows = await listUncoveredHouseholds(db, {
    path: node.path,
    after: after ? { code: after.sort, id: after.id } : null,
    limit: limit + 1,
  })
  return toPage(rows, limit, (r) => [r.code, r.id], toUncoveredView)
}

function toLinkCountView(target: number) {
  return (row: LinkCountRow): LinkCountView => ({
    person: { id: row.id, name: row.name },
    links: row.n,
    target,
  })
}

/** Party members living under the node linked to more or fewer than 10 households, by name. */
export async function listMembersOffTen({
  db,
  actor,
  nodeId,
  limit,
  cursor,
}: PageInput): Promise<Page<LinkCountView>> {
  const node = await requireCoverageNode(db, actor, nodeId)
  const rows = await listMembersOffTarget(db, {
    path: node.path,
    target: householdsPerMember,
    after: afterKey(cursor),
    limit: limit + 1,
  })
  return toPage(rows, limit, (r) => [r.name_sort, r.id], toLinkCountView(householdsPerMember))
}

/** Building leaders (posts under the node) linked to more or fewer than 5 party members, by name. */
export async function listLeadersOffFive({
  db,
  actor,
  nodeId,
  limit,
  cursor,
}: PageInput): Promise<Page<LinkCountView>> {
  const node = await requireCoverageNode(db, actor, nodeId)
  const rows = await listLeadersOffTarget(db, {
    path: node.path,
    leaderTypes: buildingLeaderPostTypes,
    target: membersPerLeader,
    after: afterKey(cursor),
    limit: limit + 1,
  })
  return toPage(rows, limit, (r) => [r.name_sort, r.id], toLinkCountView(membersPerLeader))
}
