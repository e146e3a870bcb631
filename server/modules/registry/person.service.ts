// Persons: registering, reading (masked unless a role may unmask, and then audited), correcting,
// and finding people by name, pinyin, initials or the last four of an ID or phone.
import type { Db, Executor, OrgNodeTable, PersonTable } from '../../db/index.js'
import { classifyDatabaseError } from '../../db/index.js'
import { preparedQuery } from '../../db/prepared.js'
import { can, listScope, requireAccess, type Actor } from '../../platform/access.js'
import { changedFields, recordAudit } from '../../platform/audit.js'
import { requireVersionMatch } from '../../platform/concurrency.js'
import { AppError, notFoundOrNoAccess } from '../../platform/errors.js'
import { newId } from '../../platform/ids.js'
import { decodeCursor, toPage, type Page } from '../../platform/pagination.js'
import {
  identifierHash,
  identifierTail,
  maskIdNumber,
  maskPhone,
  seal,
  unseal,
  type PiiKeys,
} from '../../platform/pii.js'
import { localDate } from '../../platform/time.js'
import { ageOn, checkIdentityDocument, checkPhone, nameKeys, searchIntents } from './person.domain.js'
import {
  findPerson,
  findPersonByIdHash,
  insertPerson,
  listPersonsUnder,
  searchByPrefix,
  searchByTail,
  updatePersonRow,
  type PersonScopeFilter,
} from './person.repository.js'
import type { CreatePersonBody, PersonView, UpdatePersonBody } from './person.schemas.js'

interface Deps {
  db: Db
  pii: PiiKeys
  actor: Actor
}

function fieldError(path: string, rule: string, reason: { en: string; zh: string }): AppError {
  return new AppError('VALIDATION_FAILED', {
    fields: [{ path, rule, message: reason.zh, messageEn: reason.en }],
  })
}

/** The identifiers as stored: keyed hash, tail and sealed value (or all null). */
function storedIdentifiers(pii: PiiKeys, value: string | null | undefined, prefix: 'id' | 'phone') {
  if (!value) return { [`${prefix}_hash`]: null, [`${prefix}_tail`]: null, [`${prefix}_sealed`]: null }
  return {
    [`${prefix}_hash`]: identifierHash(pii, value),
    [`${prefix}_tail`]: identifierTail(value),
    [`${prefix}_sealed`]: seal(pii, value),
  }
}

interface ValidatedIdentity {
  idType: PersonTable['id_type']
  idNumber: string | null
  birthDate: string | null
  sex: 'male' | 'female'
}

function validateIdentity(input: {
  idType: PersonTable['id_type']
  idNumber: string | null | undefined
  birthDate: string | null | undefined
  sex: 'male' | 'female' | undefined
}): ValidatedIdentity {
  const check = checkIdentityDocument(input.idType, input.idNumber)
  if (!check.ok)
    throw fieldError('/idNumber', 'idNumber', check.reason ?? { en: 'invalid', zh: '证件号码不正确' })
  if (check.birthDate && input.birthDate && input.birthDate !== check.birthDate) {
    throw fieldError('/birthDate', 'matchesId', {
      en: `does not match the ID number (${check.birthDate})`,
      zh: `与身份证号中的出生日期（${check.birthDate}）不一致`,
    })
  }
  if (check.sex && input.sex && input.sex !== check.sex) {
    throw fieldError('/sex', 'matchesId', {
      en: 'does not match the ID number',
      zh: '与身份证号中的性别不一致',
    })
  }
  const sex = input.sex ?? check.sex
  if (!sex) throw fieldError('/sex', 'required', { en: 'is required', zh: '必填' })
  return {
    idType: input.idType,
    idNumber: check.value ?? null,
    birthDate: input.birthDate ?? check.birthDate ?? null,
    sex,
  }
}

function validatedPhone(phone: string | null | undefined): string | null {
  if (phone === undefined || phone === null || phone.trim() === '') return null
  const check = checkPhone(phone)
  if (!check.ok) throw fieldError('/phone', 'phone', check.reason)
  return check.value
}

async function requirePlace(db: Executor, actor: Actor, placeId: string): Promise<OrgNodeTable> {
  const place = await db.selectFrom('org_nodes').selectAll().where('id', '=', placeId).executeTakeFirst()
  if (!place) throw notFoundOrNoAccess('org_node')
  requireAccess(actor, 'person.update', { kind: 'org', path: place.path }, 'org_node')
  if (!place.community_id) {
    throw new AppError('UNPROCESSABLE', {
      reason: 'a person lives in a community, a grid, a building or a room',
      reasonZh: '居住地应为社区、网格、楼栋或户室',
    })
  }
  return place
}

async function villageArea(db: Executor, villageId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('villages')
    .select('area_path')
    .where('id', '=', villageId)
    .executeTakeFirst()
  return row?.area_path
}

/** May the actor read this person? Through their place (org grant) or their origin village. */
export async function canReadPerson(db: Executor, actor: Actor, person: PersonTable): Promise<boolean> {
  if (can(actor, 'person.read', { kind: 'org', path: person.path })) return true
  if (!person.origin_village_id) return false
  const areaPath = await villageArea(db, person.origin_village_id)
  return (
    areaPath !== undefined &&
    can(actor, 'village.read', { kind: 'village', villageId: person.origin_village_id, areaPath })
  )
}

export async function requireReadablePerson(db: Executor, actor: Actor, id: string): Promise<PersonTable> {
  const person = await findPerson(db, id)
  if (!person || !(await canReadPerson(db, actor, person))) throw notFoundOrNoAccess('person')
  return person
}

type NodeName = { id: string; kind: string; name: string }
const nodeLookups = new Map<number, (db: Executor, shape: string, ...ids: string[]) => Promise<NodeName[]>>()
const villageLookups = new Map<
  number,
  (db: Executor, shape: string, ...ids: string[]) => Promise<{ id: string; name: string }[]>
>()

/** Name lookups by id run for every list of people: compiled once per list length. */
function nodesByIds(n: number) {
  let q = nodeLookups.get(n)
  if (!q) {
    q = preparedQuery((db: Executor, ...ids: string[]) =>
      db.selectFrom('org_nodes').select(['id', 'kind', 'name']).where('id', 'in', ids),
    )
    nodeLookups.set(n, q)
  }
  return q
}

function villagesByIds(n: number) {
  let q = villageLookups.get(n)
  if (!q) {
    q = preparedQuery((db: Executor, ...ids: string[]) =>
      db.selectFrom('villages').select(['id', 'name']).where('id', 'in', ids),
    )
    villageLookups.set(n, q)
  }
  return q
}

/**
 * Names of org nodes and villages for display, kept per process for a short while: every list of
 * people shows addresses, and names change rarely. A renamed building shows its old name here for
 * at most NAME_TTL_MS; nothing about access depends on these names.
 */
const NAME_TTL_MS = 30_000
const NAME_CACHE_SIZE = 50_000
const nameCaches = new WeakMap<object, Map<string, { value: NodeName; at: number }>>()

async function cachedNames(
  db: Executor,
  ids: string[],
  lookup: (n: number) => (db: Executor, shape: string, ...ids: string[]) => Promise<NodeName[]>,
): Promise<Map<string, NodeName>> {
  let cache = nameCaches.get(db)
  if (!cache) {
    cache = new Map()
    nameCaches.set(db, cache)
  }
  const now = Date.now()
  const out = new Map<string, NodeName>()
  const missing: string[] = []
  for (const id of ids) {
    const hit = cache.get(id)
    if (hit && now - hit.at < NAME_TTL_MS) out.set(id, hit.value)
    else missing.push(id)
  }
  if (missing.length > 0) {
    for (const row of await lookup(missing.length)(db, '', ...missing)) {
      out.set(row.id, row)
      if (cache.size >= NAME_CACHE_SIZE) cache.clear()
      cache.set(row.id, { value: row, at: now })
    }
  }
  return out
}

/**
 * Masked identifiers by their sealed form: every list of people shows them masked, and opening the
 * seal costs more than the query that found the row. Only masked text is kept (never the value),
 * bounded in size.
 */
const maskedCache = new Map<string, string>()
const MASKED_CACHE_SIZE = 100_000

function maskedOf(pii: PiiKeys, sealed: string, kind: 'id' | 'phone'): string {
  const hit = maskedCache.get(sealed)
  if (hit !== undefined) return hit
  const plain = unseal(pii, sealed)
  const masked = kind === 'id' ? maskIdNumber(plain) : maskPhone(plain)
  if (maskedCache.size >= MASKED_CACHE_SIZE) maskedCache.clear()
  maskedCache.set(sealed, masked)
  return masked
}

/** "张码花园社区 3号楼 2单元 301" for each path, from the nodes on those paths. */
export async function addressesOf(db: Executor, paths: string[]): Promise<Map<string, string>> {
  const ids = [...new Set(paths.flatMap((p) => p.split('/').filter((s) => s !== '')))]
  const byId = ids.length === 0 ? new Map<string, NodeName>() : await cachedNames(db, ids, nodesByIds)
  const out = new Map<string, string>()
  for (const path of paths) {
    const parts = path
      .split('/')
      .filter((s) => s !== '')
      .map((id) => byId.get(id))
      .filter((n) => n !== undefined && ['community', 'building', 'unit', 'room'].includes(n.kind))
      .map((n) => n?.name ?? '')
    out.set(path, parts.join(' '))
  }
  return out
}

export async function toPersonViews(
  db: Executor,
  pii: PiiKeys,
  rows: PersonTable[],
  options: { unmask?: boolean; withHousehold?: boolean } = {},
): Promise<PersonView[]> {
  const addresses = await addressesOf(
    db,
    rows.map((r) => r.path),
  )
  const villageIds = [...new Set(rows.flatMap((r) => (r.origin_village_id ? [r.origin_village_id] : [])))]
  const villages =
    villageIds.length === 0
      ? new Map<string, NodeName>()
      : await cachedNames(
          db,
          villageIds,
          (n) =>
            async (d, shape, ...ids) =>
              (await villagesByIds(n)(d, shape, ...ids)).map((v) => ({ ...v, kind: 'village' })),
        )
  const villageNames = new Map([...villages.values()].map((v) => [v.id, v.name]))
  const memberships =
    rows.length === 0 || options.withHousehold !== true
      ? []
      : await db
          .selectFrom('household_members')
          .innerJoin('households', 'households.id', 'household_members.household_id')
          .select([
            'household_members.person_id',
            'households.id',
            'households.code',
            'household_members.relation',
          ])
          .where(
            'household_members.person_id',
            'in',
            rows.map((r) => r.id),
          )
          .where('household_members.left_on', 'is', null)
          .execute()
  const householdOf = new Map(
    memberships.map((m) => [m.person_id, { id: m.id, code: m.code, relation: m.relation }]),
  )
  const today = localDate(Date.now())
  return rows.map((r) => {
    const idNumber = r.id_sealed
      ? options.unmask
        ? unseal(pii, r.id_sealed)
        : maskedOf(pii, r.id_sealed, 'id')
      : null
    const phone = r.phone_sealed
      ? options.unmask
        ? unseal(pii, r.phone_sealed)
        : maskedOf(pii, r.phone_sealed, 'phone')
      : null
    const segments = r.path.split('/').filter((s) => s !== '')
    return {
      id: r.id,
      name: r.name,
      namePinyin: r.name_pinyin,
      sex: r.sex,
      birthDate: r.birth_date,
      age: r.birth_date ? ageOn(r.birth_date, today) : null,
      idType: r.id_type,
      idNumber,
      phone,
      unmasked: options.unmask === true,
      hukou: r.hukou,
      originVillage: r.origin_village_id
        ? { id: r.origin_village_id, name: villageNames.get(r.origin_village_id) ?? '' }
        : null,
      placeId: segments[segments.length - 1] ?? '',
      address: addresses.get(r.path) ?? '',
      ...(options.withHousehold === true ? { household: householdOf.get(r.id) ?? null } : {}),
      partyMember: r.party_member === 1,
      status: r.status,
      version: r.version,
    }
  })
}

async function oneView(db: Executor, pii: PiiKeys, row: PersonTable, unmask = false): Promise<PersonView> {
  const [view] = await toPersonViews(db, pii, [row], { unmask, withHousehold: true })
  if (!view) throw new AppError('INTERNAL')
  return view
}

function duplicateId(): AppError {
  return new AppError('CONFLICT', {
    reason: 'this identity number is already registered',
    reasonZh: '该证件号码已登记',
    field: 'idNumber',
  })
}

/** Builds a person row by the product's rules (used by registration, imports and the demo seed). */
export function buildPersonRow(
  pii: PiiKeys,
  input: {
    name: string
    identity: ValidatedIdentity
    phone: string | null
    hukou: PersonTable['hukou']
    originVillageId: string | null
    place: Pick<OrgNodeTable, 'path' | 'community_id'>
    partyMember: boolean
    now: number
  },
): PersonTable {
  const keys = nameKeys(input.name)
  return {
    id: newId(),
    name: input.name.trim(),
    name_pinyin: keys.pinyin,
    name_initials: keys.initials,
    name_sort: keys.sort,
    sex: input.identity.sex,
    birth_date: input.identity.birthDate,
    id_type: input.identity.idType,
    ...(storedIdentifiers(pii, input.identity.idNumber, 'id') as Pick<
      PersonTable,
      'id_hash' | 'id_tail' | 'id_sealed'
    >),
    ...(storedIdentifiers(pii, input.phone, 'phone') as Pick<
      PersonTable,
      'phone_hash' | 'phone_tail' | 'phone_sealed'
    >),
    hukou: input.hukou,
    origin_village_id: input.originVillageId,
    community_id: input.place.community_id,
    path: input.place.path,
    party_member: input.partyMember ? 1 : 0,
    status: 'active',
    version: 1,
    created_at: input.now,
    updated_at: input.now,
  }
}

export { validateIdentity, validatedPhone }

export async function createPerson({
  db,
  pii,
  actor,
  input,
  now,
}: Deps & { input: CreatePersonBody; now: number }): Promise<PersonView> {
  const identity = validateIdentity({
    idType: input.idType,
    idNumber: input.idNumber,
    birthDate: input.birthDate,
    sex: input.sex,
  })
  const phone = validatedPhone(input.phone)
  try {
    return await db.transaction().execute(async (trx) => {
      const place = await requirePlace(trx, actor, input.placeId)
      if (input.originVillageId && !(await villageArea(trx, input.originVillageId)))
        throw notFoundOrNoAccess('village')
      if (identity.idNumber && (await findPersonByIdHash(trx, identifierHash(pii, identity.idNumber))))
        throw duplicateId()
      const row = buildPersonRow(pii, {
        name: input.name,
        identity,
        phone,
        hukou: input.hukou,
        originVillageId: input.originVillageId ?? null,
        place,
        partyMember: input.partyMember ?? false,
        now,
      })
      await insertPerson(trx, row)
      await recordAudit(trx, {
        actor,
        action: 'person.create',
        targetType: 'person',
        targetId: row.id,
        scopePath: row.path,
        summary: { name: row.name, idType: row.id_type, idNumber: identity.idNumber, phone },
        at: now,
      })
      return oneView(trx, pii, row)
    })
  } catch (error) {
    if (classifyDatabaseError(error)?.kind === 'unique') throw duplicateId()
    throw error
  }
}

export async function getPerson({
  db,
  pii,
  actor,
  id,
  unmask,
}: Deps & { id: string; unmask: boolean }): Promise<PersonView> {
  if (!unmask) return oneView(db, pii, await requireReadablePerson(db, actor, id))
  return db.transaction().execute(async (trx) => {
    const person = await requireReadablePerson(trx, actor, id)
    // The record is visible to this actor, so a refusal to unmask may say so plainly.
    if (!can(actor, 'person.unmask', { kind: 'org', path: person.path })) {
      throw new AppError('FORBIDDEN', { permission: 'person.unmask' })
    }
    // Every disclosure of an identifier is on the record.
    await recordAudit(trx, {
      actor,
      action: 'person.unmask',
      targetType: 'person',
      targetId: person.id,
      scopePath: person.path,
      summary: { fields: ['idNumber', 'phone'] },
    })
    return oneView(trx, pii, person, true)
  })
}

export async function updatePerson({
  db,
  pii,
  actor,
  id,
  changes,
  now,
}: Deps & { id: string; changes: UpdatePersonBody; now: number }): Promise<PersonView> {
  try {
    return await db.transaction().execute(async (trx) => {
      const before = await requireReadablePerson(trx, actor, id)
      requireAccess(actor, 'person.update', { kind: 'org', path: before.path }, 'person')
      const values: Partial<PersonTable> = { updated_at: now }
      const oldId = before.id_sealed ? unseal(pii, before.id_sealed) : null
      const oldPhone = before.phone_sealed ? unseal(pii, before.phone_sealed) : null
      const identityTouched =
        changes.idType !== undefined ||
        changes.idNumber !== undefined ||
        changes.birthDate !== undefined ||
        changes.sex !== undefined
      let newIdNumber = oldId
      if (identityTouched) {
        const identity = validateIdentity({
          idType: changes.idType ?? before.id_type,
          idNumber: changes.idNumber !== undefined ? changes.idNumber : oldId,
          birthDate: changes.birthDate !== undefined ? changes.birthDate : before.birth_date,
          sex: changes.sex ?? before.sex,
        })
        newIdNumber = identity.idNumber
        Object.assign(values, {
          id_type: identity.idType,
          birth_date: identity.birthDate,
          sex: identity.sex,
          ...storedIdentifiers(pii, identity.idNumber, 'id'),
        })
        if (identity.idNumber && identity.idNumber !== oldId) {
          const other = await findPersonByIdHash(trx, identifierHash(pii, identity.idNumber))
          if (other && other.id !== id) throw duplicateId()
        }
      }
      let newPhone = oldPhone
      if (changes.phone !== undefined) {
        newPhone = validatedPhone(changes.phone)
        Object.assign(values, storedIdentifiers(pii, newPhone, 'phone'))
      }
      if (changes.name !== undefined) {
        const keys = nameKeys(changes.name)
        Object.assign(values, {
          name: changes.name.trim(),
          name_pinyin: keys.pinyin,
          name_initials: keys.initials,
          name_sort: keys.sort,
        })
      }
      if (changes.hukou !== undefined) values.hukou = changes.hukou
      if (changes.originVillageId !== undefined) {
        if (changes.originVillageId && !(await villageArea(trx, changes.originVillageId)))
          throw notFoundOrNoAccess('village')
        values.origin_village_id = changes.originVillageId
      }
      if (changes.partyMember !== undefined) values.party_member = changes.partyMember ? 1 : 0
      if (changes.status !== undefined) values.status = changes.status
      const result = await updatePersonRow(trx, id, changes.version, values)
      requireVersionMatch(result, 'person', changes.version)
      await recordAudit(trx, {
        actor,
        action: 'person.update',
        targetType: 'person',
        targetId: id,
        scopePath: before.path,
        summary: {
          changes: changedFields(
            {
              name: before.name,
              sex: before.sex,
              birthDate: before.birth_date,
              idType: before.id_type,
              idNumber: oldId,
              phone: oldPhone,
              hukou: before.hukou,
              originVillageId: before.origin_village_id,
              partyMember: before.party_member === 1,
              status: before.status,
            },
            {
              name: changes.name?.trim(),
              sex: values.sex,
              birthDate: values.birth_date,
              idType: values.id_type,
              idNumber: identityTouched ? newIdNumber : undefined,
              phone: changes.phone !== undefined ? newPhone : undefined,
              hukou: changes.hukou,
              originVillageId: changes.originVillageId,
              partyMember: changes.partyMember,
              status: changes.status,
            },
          ),
        },
        at: now,
      })
      const after = await findPerson(trx, id)
      if (!after) throw new AppError('INTERNAL')
      return oneView(trx, pii, after)
    })
  } catch (error) {
    if (classifyDatabaseError(error)?.kind === 'unique') throw duplicateId()
    throw error
  }
}

function searchScope(actor: Actor): PersonScopeFilter {
  return {
    paths: listScope(actor, 'person.read').paths,
    villageIds: listScope(actor, 'village.read').villageIds,
  }
}

export async function searchPersons({
  db,
  pii,
  actor,
  query,
  limit,
}: Deps & { query: string; limit: number }): Promise<{ items: PersonView[]; matchedBy: string[] }> {
  const scope = searchScope(actor)
  const found = new Map<string, PersonTable>()
  const matchedBy: string[] = []
  for (const intent of searchIntents(query)) {
    if (found.size >= limit) break
    const left = limit - found.size
    let rows: PersonTable[]
    switch (intent.kind) {
      case 'tail':
        rows = await searchByTail(db, intent.tail, scope, left)
        break
      case 'pinyin':
        rows = await searchByPrefix(db, 'name_pinyin', intent.text, scope, left)
        break
      case 'initials':
        rows = await searchByPrefix(db, 'name_initials', intent.text, scope, left)
        break
      case 'name':
        rows = await searchByPrefix(db, 'name', intent.text, scope, left)
        break
      default: {
        const never: never = intent
        rows = never
      }
    }
    if (rows.length > 0) matchedBy.push(intent.kind)
    for (const r of rows) if (found.size < limit) found.set(r.id, r)
  }
  return { items: await toPersonViews(db, pii, [...found.values()]), matchedBy }
}

export async function listPersonsInNode({
  db,
  pii,
  actor,
  nodeId,
  limit,
  cursor,
}: Deps & { nodeId: string; limit: number; cursor: string | undefined }): Promise<Page<PersonView>> {
  const node = await db
    .selectFrom('org_nodes')
    .select(['id', 'path'])
    .where('id', '=', nodeId)
    .executeTakeFirst()
  if (!node) throw notFoundOrNoAccess('org_node')
  requireAccess(actor, 'person.read', { kind: 'org', path: node.path }, 'org_node')
  const after = cursor ? decodeCursor(cursor, ['string', 'string']) : null
  const rows = await listPersonsUnder(
    db,
    node.path,
    after ? { sort: String(after[0]), id: String(after[1]) } : null,
    limit + 1,
  )
  const page = toPage(
    rows,
    limit,
    (r) => [r.name_sort, r.id],
    (r) => r,
  )
  return { items: await toPersonViews(db, pii, page.items), nextCursor: page.nextCursor }
}
