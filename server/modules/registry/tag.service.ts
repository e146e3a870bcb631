// Care tags (独居老人, 低保对象 …) and restricted tags (社区矫正对象 …) on persons. Restricted tags exist
// only for actors with 'person.restricted.read' on the person's place: everyone else never sees them,
// not even how many there are, and every disclosure is written to the audit log.
import type { Db, Executor, PersonTable, PersonTagTable } from '../../db/index.js'
import { can, requireAccess, type Actor } from '../../platform/access.js'
import { recordAudit } from '../../platform/audit.js'
import { requireVersionMatch } from '../../platform/concurrency.js'
import { AppError, notFoundOrNoAccess } from '../../platform/errors.js'
import { newId } from '../../platform/ids.js'
import { decodeCursor, toPage, type Page } from '../../platform/pagination.js'
import { localDate } from '../../platform/time.js'
import {
  isPersonTag,
  isRestrictedTag,
  tagNamesZh,
  type CareTag,
  type PersonTagName,
} from './person.domain.js'
import {
  endTagRow,
  findOpenTag,
  findNodeRow,
  findPersonRow,
  findTagWithResponsible,
  insertTag,
  listTaggedUnder,
  listTagsOfPerson,
  lockPerson,
  type TaggedPersonRow,
  type TagRow,
} from './tag.repository.js'
import type { AddTagBody, PersonTagView, TaggedPersonView } from './tag.schemas.js'

const orgTarget = (path: string) => ({ kind: 'org' as const, path })

function tagName(tag: string): PersonTagName {
  if (!isPersonTag(tag)) throw new AppError('INTERNAL', { reason: `unknown tag ${tag} stored` })
  return tag
}

export function toPersonTagView(row: TagRow): PersonTagView {
  const tag = tagName(row.tag)
  return {
    id: row.id,
    personId: row.person_id,
    tag,
    tagZh: tagNamesZh[tag],
    restricted: row.restricted === 1,
    responsible:
      row.responsible_person_id !== null
        ? { id: row.responsible_person_id, name: row.responsible_name ?? '' }
        : null,
    sinceOn: row.since_on,
    untilOn: row.until_on,
    note: row.note,
    version: row.version,
  }
}

/** What the audit log says about a tag: a restricted tag is never named beside the person. */
function tagSummary(row: PersonTagTable): Record<string, unknown> {
  const tag = tagName(row.tag)
  return isRestrictedTag(tag)
    ? { personId: row.person_id, restricted: true }
    : { personId: row.person_id, tag, tagZh: tagNamesZh[tag] }
}

function notAfterToday(day: string, today: string, path: string): void {
  if (day > today)
    throw new AppError('VALIDATION_FAILED', {
      fields: [{ path, rule: 'notAfterToday', message: `日期不能晚于今天（${today}）` }],
    })
}

/** The permissions a tag's writer needs on the person's place. */
function requireTagWrite(actor: Actor, person: PersonTable, restricted: boolean, entity: string): void {
  requireAccess(actor, 'person.update', orgTarget(person.path), entity)
  if (restricted) requireAccess(actor, 'person.restricted.read', orgTarget(person.path), entity)
}

async function recordRestrictedRead(
  db: Executor,
  actor: Actor,
  person: PersonTable,
  tagIds: string[],
  now: number,
): Promise<void> {
  await recordAudit(db, {
    actor,
    action: 'person.restricted.read',
    targetType: 'person',
    targetId: person.id,
    scopePath: person.path,
    summary: { tagIds, count: tagIds.length },
    at: now,
  })
}

export async function addPersonTag({
  db,
  actor,
  personId,
  input,
  now,
}: {
  db: Db
  actor: Actor
  personId: string
  input: AddTagBody
  now: number
}): Promise<PersonTagView> {
  const tag = input.tag
  const restricted = isRestrictedTag(tag)
  return db.transaction().execute(async (trx) => {
    const person = await lockPerson(trx, personId)
    if (!person) throw notFoundOrNoAccess('person')
    requireTagWrite(actor, person, restricted, 'person')
    const responsibleId = input.responsiblePersonId ?? null
    if (responsibleId !== null) {
      const cadre = await findPersonRow(trx, responsibleId)
      if (!cadre || !can(actor, 'person.read', orgTarget(cadre.path)))
        throw new AppError('NOT_FOUND_OR_NO_ACCESS', { entity: 'person', field: 'responsiblePersonId' })
    }
    const today = localDate(now)
    const sinceOn = input.sinceOn ?? today
    notAfterToday(sinceOn, today, '/sinceOn')
    if (await findOpenTag(trx, personId, tag)) {
      throw new AppError('CONFLICT', {
        reason: 'the person already has this tag (not ended)',
        reasonZh: `该人员已有“${tagNamesZh[tag]}”标签（未结束）`,
        field: 'tag',
      })
    }
    const note = input.note?.trim() ?? ''
    const row: PersonTagTable = {
      id: newId(),
      person_id: personId,
      tag,
      restricted: restricted ? 1 : 0,
      responsible_person_id: responsibleId,
      since_on: sinceOn,
      until_on: null,
      note: note === '' ? null : note,
      version: 1,
      created_at: now,
      updated_at: now,
    }
    await insertTag(trx, row)
    await recordAudit(trx, {
      actor,
      action: 'person.tag_add',
      targetType: 'person_tag',
      targetId: row.id,
      scopePath: person.path,
      summary: { ...tagSummary(row), sinceOn, responsiblePersonId: responsibleId },
      at: now,
    })
    const saved = await findTagWithResponsible(trx, row.id)
    if (!saved) throw new AppError('INTERNAL')
    return toPersonTagView(saved)
  })
}

export async function endPersonTag({
  db,
  actor,
  tagId,
  untilOn,
  version,
  now,
}: {
  db: Db
  actor: Actor
  tagId: string
  untilOn: string
  version: number
  now: number
}): Promise<PersonTagView> {
  return db.transaction().execute(async (trx) => {
    const tag = await findTagWithResponsible(trx, tagId)
    const person = tag ? await findPersonRow(trx, tag.person_id) : undefined
    if (!tag || !person) throw notFoundOrNoAccess('person_tag')
    requireTagWrite(actor, person, tag.restricted === 1, 'person_tag')
    if (tag.until_on !== null) {
      throw new AppError('CONFLICT', {
        reason: `the tag already ended on ${tag.until_on}`,
        reasonZh: `该标签已于 ${tag.until_on} 结束`,
      })
    }
    notAfterToday(untilOn, localDate(now), '/untilOn')
    if (tag.since_on !== null && untilOn < tag.since_on) {
      throw new AppError('VALIDATION_FAILED', {
        fields: [
          {
            path: '/untilOn',
            rule: 'notBeforeSince',
            message: `结束日期不能早于开始日期 ${tag.since_on}`,
          },
        ],
      })
    }
    const result = await endTagRow(trx, { id: tagId, expectedVersion: version, untilOn, now })
    requireVersionMatch(result, 'person_tag', version)
    await recordAudit(trx, {
      actor,
      action: 'person.tag_end',
      targetType: 'person_tag',
      targetId: tagId,
      scopePath: person.path,
      summary: { ...tagSummary(tag), untilOn },
      at: now,
    })
    const saved = await findTagWithResponsible(trx, tagId)
    if (!saved) throw new AppError('INTERNAL')
    return toPersonTagView(saved)
  })
}

/** A person's tags. Restricted ones are included (and the disclosure audited) only for those allowed. */
export async function listPersonTags({
  db,
  actor,
  personId,
  includeEnded,
  now,
}: {
  db: Db
  actor: Actor
  personId: string
  includeEnded: boolean
  now: number
}): Promise<{ items: PersonTagView[] }> {
  const person = await findPersonRow(db, personId)
  if (!person) throw notFoundOrNoAccess('person')
  requireAccess(actor, 'person.read', orgTarget(person.path), 'person')
  const withRestricted = can(actor, 'person.restricted.read', orgTarget(person.path))
  const rows = await listTagsOfPerson(db, personId, { withRestricted, includeEnded })
  const disclosed = rows.filter((r) => r.restricted === 1).map((r) => r.id)
  if (disclosed.length > 0) await recordRestrictedRead(db, actor, person, disclosed, now)
  return { items: rows.map(toPersonTagView) }
}

/** One tag; a restricted one answers "not found or no access" to anyone without the permission. */
export async function getPersonTag({
  db,
  actor,
  tagId,
  now,
}: {
  db: Db
  actor: Actor
  tagId: string
  now: number
}): Promise<PersonTagView> {
  const tag = await findTagWithResponsible(db, tagId)
  const person = tag ? await findPersonRow(db, tag.person_id) : undefined
  if (!tag || !person) throw notFoundOrNoAccess('person_tag')
  requireAccess(actor, 'person.read', orgTarget(person.path), 'person_tag')
  if (tag.restricted === 1) {
    requireAccess(actor, 'person.restricted.read', orgTarget(person.path), 'person_tag')
    await recordRestrictedRead(db, actor, person, [tag.id], now)
  }
  return toPersonTagView(tag)
}

function toTaggedPersonView(row: TaggedPersonRow): TaggedPersonView {
  const tag = tagName(row.tag)
  return {
    tagId: row.tag_id,
    tag,
    tagZh: tagNamesZh[tag],
    sinceOn: row.since_on,
    note: row.note,
    person: {
      id: row.person_id,
      name: row.name,
      sex: row.sex,
      birthDate: row.birth_date,
      placeName: row.place_name,
    },
    responsible:
      row.responsible_person_id !== null
        ? { id: row.responsible_person_id, name: row.responsible_name ?? '' }
        : null,
  }
}

/** Everyone under a node with an open care tag (e.g. all elderly living alone in grid 1), by name. */
export async function listTaggedPersons({
  db,
  actor,
  nodeId,
  tag,
  limit,
  cursor,
}: {
  db: Db
  actor: Actor
  nodeId: string
  tag: CareTag
  limit: number
  cursor: string | undefined
}): Promise<Page<TaggedPersonView>> {
  const node = await findNodeRow(db, nodeId)
  if (!node) throw notFoundOrNoAccess('org_node')
  requireAccess(actor, 'person.read', orgTarget(node.path), 'org_node')
  const after = cursor ? decodeCursor(cursor, ['string', 'string']) : null
  const rows = await listTaggedUnder(db, {
    path: node.path,
    tag,
    after: after ? { sort: String(after[0]), id: String(after[1]) } : null,
    limit: limit + 1,
  })
  return toPage(rows, limit, (r) => [r.name_sort, r.tag_id], toTaggedPersonView)
}
