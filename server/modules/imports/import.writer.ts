// Writing a checked plan in batches, each its own short transaction (other users keep working while
// a 100,000-row file goes in), each moving the import's progress and leaving one audit entry.
// Everything is matched before it is written — rooms by name or code, persons by the keyed hash of
// their ID number, households by 户号, posts and contacts by their natural keys — and a row is
// updated only when a field differs, so importing the same file twice changes nothing.
import type {
  ContactTable,
  Db,
  HouseholdMemberTable,
  HouseholdTable,
  OrgNodeTable,
  PersonTable,
  PersonTagTable,
  PostTable,
  ResidenceTable,
} from '../../db/index.js'
import type { Transaction } from 'kysely'
import { writeJson, readJson } from '../../db/index.js'
import type { Actor } from '../../platform/access.js'
import { recordAudit } from '../../platform/audit.js'
import { AppError } from '../../platform/errors.js'
import { newId } from '../../platform/ids.js'
import { identifierHash, identifierTail, seal, type PiiKeys } from '../../platform/pii.js'
import { createOrgNode } from '../org/index.js'
import { buildPersonRow, closeResidence, moveCurrentMembers, nameKeys } from '../registry/index.js'
import type { Database } from '../../db/index.js'
import { importablePosts } from './import.domain.js'
import type { ImportPlan, PlaceIndex, PlannedPerson, PlannedRoom, RoomKey } from './plan.domain.js'
import * as repo from './import.repository.js'

export const BATCH_ROWS = 500

export interface Counts {
  created: number
  updated: number
  unchanged: number
}
export type StatKey =
  | 'buildings'
  | 'units'
  | 'rooms'
  | 'households'
  | 'persons'
  | 'members'
  | 'residences'
  | 'tags'
  | 'posts'
  | 'contacts'
export type ImportStats = Record<StatKey, Counts>

export function emptyStats(): ImportStats {
  const c = (): Counts => ({ created: 0, updated: 0, unchanged: 0 })
  return {
    buildings: c(),
    units: c(),
    rooms: c(),
    households: c(),
    persons: c(),
    members: c(),
    residences: c(),
    tags: c(),
    posts: c(),
    contacts: c(),
  }
}

export interface WriteContext {
  db: Db
  pii: PiiKeys
  actor: Actor
  community: OrgNodeTable
  importId: string
  clock: () => number
  today: string
  places: PlaceIndex
  /** Keyed hash of an identity number (memoised by the caller). */
  hashOf: (idNumber: string) => string
  /** Persons and households known by ID number / 户号, filled as the writer goes. */
  personIdByNumber: Map<string, string>
  householdIdByCode: Map<string, string>
  stats: ImportStats
  onProgress?: (rowsDone: number) => void
}

type Trx = Transaction<Database>

async function batch(
  ctx: WriteContext,
  sheet: string,
  rows: number,
  write: (trx: Trx) => Promise<void>,
): Promise<void> {
  const before = JSON.stringify(ctx.stats)
  await ctx.db.transaction().execute(async (trx) => {
    await write(trx)
    const now = ctx.clock()
    await repo.addProcessedRows(trx, ctx.importId, rows, now)
    await recordAudit(trx, {
      actor: ctx.actor,
      action: 'import.batch',
      targetType: 'import',
      targetId: ctx.importId,
      scopePath: ctx.community.path,
      summary: { sheet, rows, counts: delta(JSON.parse(before) as ImportStats, ctx.stats) },
      at: now,
    })
  })
  ctx.onProgress?.(rows)
}

function delta(before: ImportStats, after: ImportStats): Record<string, Partial<Counts>> {
  const out: Record<string, Partial<Counts>> = {}
  for (const key of Object.keys(after) as StatKey[]) {
    const d: Partial<Counts> = {}
    for (const k of ['created', 'updated', 'unchanged'] as const) {
      const n = after[key][k] - before[key][k]
      if (n !== 0) d[k] = n
    }
    if (Object.keys(d).length > 0) out[key] = d
  }
  return out
}

function chunks<T>(items: readonly T[], size: (item: T) => number): T[][] {
  const out: T[][] = []
  let current: T[] = []
  let rows = 0
  for (const item of items) {
    current.push(item)
    rows += size(item)
    if (rows >= BATCH_ROWS) {
      out.push(current)
      current = []
      rows = 0
    }
  }
  if (current.length > 0) out.push(current)
  return out
}

// ——— 房屋 ———

function digitsCode(prefix: string, name: string, pattern: RegExp, pad: number): string | null {
  const m = pattern.exec(name)
  return m?.[1] ? `${prefix}${m[1].padStart(pad, '0')}` : null
}

async function freeCode(trx: Trx, preferred: string | null, fallbackPrefix: string): Promise<string> {
  if (preferred && !(await repo.findNodeByCode(trx, preferred))) return preferred
  return `${fallbackPrefix}${newId().slice(-8)}`
}

async function ensureRoom(trx: Trx, ctx: WriteContext, r: PlannedRoom): Promise<void> {
  const now = ctx.clock()
  const { places, actor, community, stats } = ctx
  let building = r.buildingId ? places.get(r.buildingId) : undefined
  if (!building) {
    const named = places.building(r.building)
    building = named && named !== 'ambiguous' ? named : undefined
  }
  if (!building) {
    const code = await freeCode(
      trx,
      digitsCode(`${community.code}-B`, r.building, /^(\d+)号楼$/, 2),
      `${community.code}-B-`,
    )
    const row = await createOrgNode(trx, {
      actor,
      node: { parentId: r.gridId, kind: 'building', code, name: r.building },
      now,
    })
    places.add(toPlace(row))
    building = toPlace(row)
    stats.buildings.created++
  }
  let unit = places.child(building.id, r.unit)
  if (!unit) {
    const code = await freeCode(
      trx,
      digitsCode(`${building.code}-U`, r.unit, /^(\d+)单元$/, 1),
      `${building.code}-U-`,
    )
    const row = await createOrgNode(trx, {
      actor,
      node: { parentId: building.id, kind: 'unit', code, name: r.unit },
      now,
    })
    unit = toPlace(row)
    places.add(unit)
    stats.units.created++
  }
  const existing = places.child(unit.id, r.room)
  if (!existing) {
    const code = await freeCode(
      trx,
      /^[\w-]{1,20}$/.test(r.room) ? `${unit.code}-${r.room}` : null,
      `${unit.code}-R-`,
    )
    const row = await createOrgNode(trx, {
      actor,
      node: {
        parentId: unit.id,
        kind: 'room',
        code,
        name: r.room,
        floor: r.floor ?? (/^\d{3,4}$/.test(r.room) ? Math.floor(Number(r.room) / 100) : null),
        roomUse: r.use ?? 'dwelling',
        roomState: r.state ?? 'occupied',
      },
      now,
    })
    places.add(toPlace(row))
    stats.rooms.created++
    return
  }
  const node = await repo.findNode(trx, existing.id)
  if (!node) throw new AppError('INTERNAL')
  const changes: Partial<Pick<OrgNodeTable, 'floor' | 'room_use' | 'room_state'>> = {}
  if (r.floor !== null && r.floor !== node.floor) changes.floor = r.floor
  if (r.use !== null && r.use !== node.room_use) changes.room_use = r.use
  if (r.state !== null && r.state !== node.room_state) changes.room_state = r.state
  if (Object.keys(changes).length === 0) {
    stats.rooms.unchanged++
    return
  }
  if (!(await repo.updateRoomAttributes(trx, node, changes, now)))
    throw new AppError('VERSION_CONFLICT', { entity: 'org_node' })
  stats.rooms.updated++
}

export function toPlace(row: OrgNodeTable) {
  return {
    id: row.id,
    parentId: row.parent_id,
    kind: row.kind,
    code: row.code,
    name: row.name,
    path: row.path,
  }
}

export async function writeRooms(ctx: WriteContext, rooms: readonly PlannedRoom[]): Promise<void> {
  for (const part of chunks(rooms, () => 1)) {
    await batch(ctx, '房屋', part.length, async (trx) => {
      for (const r of part) await ensureRoom(trx, ctx, r)
    })
  }
}

// ——— 人员 ———

function roomNode(ctx: WriteContext, key: RoomKey) {
  const building = key.building.startsWith('new:')
    ? ctx.places.building(key.building.slice(4))
    : ctx.places.get(key.building)
  if (!building || building === 'ambiguous') return undefined
  const unit = ctx.places.child(building.id, key.unit)
  return unit ? ctx.places.child(unit.id, key.room) : undefined
}

function requireRoom(ctx: WriteContext, key: RoomKey) {
  const room = roomNode(ctx, key)
  if (!room)
    throw new AppError('INTERNAL', { reason: `room ${key.unit} ${key.room} vanished during the import` })
  return room
}

interface PersonBatch {
  trx: Trx
  now: number
  existing: Map<string, PersonTable>
  memberships: Map<string, HouseholdMemberTable>
  tags: Map<string, Set<string>>
  inserts: PersonTable[]
  tagInserts: PersonTagTable[]
  audits: {
    action: string
    target: 'person' | 'household'
    id: string
    path: string
    summary: Record<string, unknown>
  }[]
}

/** Writes (or leaves alone) one person row; returns the person's id. */
async function upsertPerson(
  ctx: WriteContext,
  b: PersonBatch,
  m: PlannedPerson,
  place: { path: string; community_id: string | null } | null,
): Promise<string> {
  const phoneHash = m.phone ? identifierHash(ctx.pii, m.phone) : null
  const before = m.existingId ? b.existing.get(m.existingId) : undefined
  let id: string
  if (!before) {
    const row = buildPersonRow(ctx.pii, {
      name: m.name,
      identity: { idType: m.idType, idNumber: m.idNumber, birthDate: m.birthDate, sex: m.sex },
      phone: m.phone,
      hukou: m.hukou,
      originVillageId: m.villageId,
      place: place ?? { path: ctx.community.path, community_id: ctx.community.id },
      partyMember: m.partyMember ?? false,
      now: b.now,
    })
    b.inserts.push(row)
    ctx.stats.persons.created++
    b.audits.push({
      action: 'person.create',
      target: 'person',
      id: row.id,
      path: row.path,
      summary: { name: row.name, idType: row.id_type, idNumber: m.idNumber, phone: m.phone },
    })
    id = row.id
  } else {
    id = before.id
    const values: Partial<PersonTable> = {}
    const changed: string[] = []
    const set = <K extends keyof PersonTable>(key: K, value: PersonTable[K], label: string) => {
      if (before[key] !== value) {
        values[key] = value
        changed.push(label)
      }
    }
    if (before.name !== m.name.trim()) {
      const keys = nameKeys(m.name)
      Object.assign(values, {
        name: m.name.trim(),
        name_pinyin: keys.pinyin,
        name_initials: keys.initials,
        name_sort: keys.sort,
      })
      changed.push('name')
    }
    set('sex', m.sex, 'sex')
    if (m.birthDate !== null) set('birth_date', m.birthDate, 'birthDate')
    set('id_type', m.idType, 'idType')
    set('hukou', m.hukou, 'hukou')
    if (m.villageId !== null) set('origin_village_id', m.villageId, 'originVillageId')
    if (m.partyMember !== null) set('party_member', m.partyMember ? 1 : 0, 'partyMember')
    if (place) {
      set('path', place.path, 'place')
      set('community_id', place.community_id, 'community')
    }
    if (m.phone !== null && before.phone_hash !== phoneHash) {
      Object.assign(values, {
        phone_hash: phoneHash,
        phone_tail: identifierTail(m.phone),
        phone_sealed: seal(ctx.pii, m.phone),
      })
      changed.push('phone')
    }
    if (changed.length === 0) ctx.stats.persons.unchanged++
    else {
      if (!(await repo.updatePerson(b.trx, before, { ...values, updated_at: b.now })))
        throw new AppError('VERSION_CONFLICT', { entity: 'person' })
      ctx.stats.persons.updated++
      b.audits.push({
        action: 'person.update',
        target: 'person',
        id,
        path: place?.path ?? before.path,
        summary: { fields: changed },
      })
    }
  }
  if (m.idNumber) ctx.personIdByNumber.set(m.idNumber, id)
  const have = b.tags.get(id) ?? new Set<string>()
  for (const tag of m.tags) {
    if (have.has(tag)) {
      ctx.stats.tags.unchanged++
      continue
    }
    have.add(tag)
    b.tagInserts.push({
      id: newId(),
      person_id: id,
      tag,
      restricted: 0,
      responsible_person_id: null,
      since_on: null,
      until_on: null,
      note: null,
      version: 1,
      created_at: b.now,
      updated_at: b.now,
    })
    ctx.stats.tags.created++
  }
  b.tags.set(id, have)
  return id
}

type HouseholdUnit = ImportPlan['households'][number]
type Unit = { kind: 'household'; h: HouseholdUnit } | { kind: 'person'; p: PlannedPerson }

export async function writePersons(ctx: WriteContext, plan: ImportPlan): Promise<void> {
  const units: Unit[] = [
    ...plan.households.map((h): Unit => ({ kind: 'household', h })),
    ...plan.loosePersons.map((p): Unit => ({ kind: 'person', p })),
  ]
  const sizeOf = (u: Unit) => (u.kind === 'household' ? u.h.persons.length : 1)
  for (const part of chunks(units, sizeOf)) {
    const rows = part.reduce((n, u) => n + sizeOf(u), 0)
    await batch(ctx, '人员', rows, (trx) => writePersonBatch(ctx, trx, part))
  }
}

async function writePersonBatch(ctx: WriteContext, trx: Trx, part: Unit[]): Promise<void> {
  const now = ctx.clock()
  const persons = part.flatMap((u) => (u.kind === 'household' ? u.h.persons : [u.p]))
  const existingIds = persons.flatMap((p) => (p.existingId ? [p.existingId] : []))
  const b: PersonBatch = {
    trx,
    now,
    existing: new Map((await repo.personsById(trx, existingIds)).map((r) => [r.id, r])),
    memberships: new Map((await repo.openMembershipsOf(trx, existingIds)).map((m) => [m.person_id, m])),
    tags: new Map(),
    inserts: [],
    tagInserts: [],
    audits: [],
  }
  for (const t of await repo.openTagsOf(trx, existingIds)) {
    const set = b.tags.get(t.person_id) ?? new Set<string>()
    set.add(t.tag)
    b.tags.set(t.person_id, set)
  }
  const codes = part.flatMap((u) => (u.kind === 'household' ? [u.h.household.code] : []))
  const households = new Map(
    (await repo.householdsByCode(trx, ctx.community.id, codes)).map((h) => [h.code, h]),
  )
  const residences = new Map(
    (
      await repo.openResidencesOf(
        trx,
        [...households.values()].map((h) => h.id),
      )
    ).map((r) => [r.household_id, r]),
  )

  const householdInserts: HouseholdTable[] = []
  const householdUpdates: { row: HouseholdTable; values: Partial<HouseholdTable> }[] = []
  const memberInserts: HouseholdMemberTable[] = []
  const memberCloses: string[] = []
  const relationUpdates: { id: string; relation: string }[] = []
  const residenceInserts: ResidenceTable[] = []
  const residenceCloses: { id: string; on: string }[] = []
  const moves: { householdId: string; path: string }[] = []

  for (const unit of part) {
    if (unit.kind === 'person') {
      const m = unit.p
      const room = m.place ? requireRoom(ctx, m.place) : null
      const place = room
        ? { path: room.path, community_id: ctx.community.id }
        : m.existingId
          ? null
          : { path: ctx.community.path, community_id: ctx.community.id }
      await upsertPerson(ctx, b, m, place)
      continue
    }
    const { household: hp, persons: members } = unit.h
    const room = hp.room ? requireRoom(ctx, hp.room) : null
    const existing = households.get(hp.code)
    const path = room?.path ?? existing?.path ?? ctx.community.path
    const place = { path, community_id: ctx.community.id }
    const ids = new Map<number, string>()
    for (const m of members) ids.set(m.row, await upsertPerson(ctx, b, m, place))
    const headId = ids.get(hp.head.row) ?? null
    let household: HouseholdTable
    if (!existing) {
      household = {
        id: newId(),
        community_id: ctx.community.id,
        code: hp.code,
        room_id: room?.id ?? null,
        path,
        head_person_id: headId,
        origin_village_id: hp.villageId,
        version: 1,
        created_at: now,
        updated_at: now,
      }
      householdInserts.push(household)
      ctx.stats.households.created++
      b.audits.push({
        action: 'household.create',
        target: 'household',
        id: household.id,
        path,
        summary: { code: hp.code, headPersonId: headId, members: members.length },
      })
    } else {
      household = existing
      const values: Partial<HouseholdTable> = {}
      if (room && room.id !== existing.room_id) values.room_id = room.id
      if (path !== existing.path) values.path = path
      if (headId !== existing.head_person_id) values.head_person_id = headId
      if (hp.villageId !== null && hp.villageId !== existing.origin_village_id)
        values.origin_village_id = hp.villageId
      if (Object.keys(values).length > 0) {
        householdUpdates.push({ row: existing, values })
        ctx.stats.households.updated++
        b.audits.push({
          action: 'household.update',
          target: 'household',
          id: existing.id,
          path,
          summary: { code: hp.code, fields: Object.keys(values) },
        })
        if (values.path) moves.push({ householdId: existing.id, path })
      } else ctx.stats.households.unchanged++
    }
    ctx.householdIdByCode.set(hp.code, household.id)
    for (const m of members) {
      const personId = ids.get(m.row) ?? ''
      const open = b.memberships.get(personId)
      const relation = m.relation ?? 'other'
      if (open?.household_id === household.id) {
        if (open.relation !== relation) {
          relationUpdates.push({ id: open.id, relation })
          ctx.stats.members.updated++
        } else ctx.stats.members.unchanged++
        continue
      }
      if (open) memberCloses.push(open.id)
      memberInserts.push({
        id: newId(),
        household_id: household.id,
        person_id: personId,
        relation,
        joined_on: existing || open ? ctx.today : null,
        left_on: null,
        created_at: now,
      })
      ctx.stats.members.created++
    }
    if (room && hp.movedInOn) {
      const open = residences.get(household.id)
      if (open?.room_id === room.id) ctx.stats.residences.unchanged++
      else {
        if (open) residenceCloses.push({ id: open.id, on: hp.movedInOn })
        residenceInserts.push({
          id: newId(),
          household_id: household.id,
          room_id: room.id,
          community_id: ctx.community.id,
          path: room.path,
          moved_in_on: hp.movedInOn,
          moved_out_on: null,
          created_at: now,
        })
        ctx.stats.residences.created++
      }
    }
  }

  // Foreign keys decide the order: persons, households, memberships, residences, tags.
  await repo.insertPersons(trx, b.inserts)
  await repo.insertHouseholds(trx, householdInserts)
  for (const u of householdUpdates) {
    if (!(await repo.updateHousehold(trx, u.row, u.values, now)))
      throw new AppError('VERSION_CONFLICT', { entity: 'household' })
  }
  for (const id of memberCloses) await repo.closeMembership(trx, id, ctx.today)
  for (const u of relationUpdates) await repo.setMemberRelation(trx, u.id, u.relation)
  await repo.insertMembers(trx, memberInserts)
  for (const r of residenceCloses) await closeResidence(trx, r.id, r.on)
  await repo.insertResidences(trx, residenceInserts)
  await repo.insertTags(trx, b.tagInserts)
  for (const move of moves)
    await moveCurrentMembers(trx, move.householdId, { path: move.path, communityId: ctx.community.id }, now)
  await repo.insertAuditEntries(
    trx,
    ctx.actor,
    now,
    b.audits.map((a) => ({
      action: a.action,
      targetType: a.target,
      targetId: a.id,
      scopePath: a.path,
      summary: { ...a.summary, importId: ctx.importId },
    })),
  )
}

// ——— 岗位 ———

export async function writePosts(ctx: WriteContext, plan: ImportPlan): Promise<void> {
  for (const part of chunks(plan.posts, () => 1)) {
    await batch(ctx, '岗位', part.length, async (trx) => {
      const now = ctx.clock()
      const personIds = await resolvePersons(
        ctx,
        trx,
        part.map((p) => p.idNumber),
      )
      const open = await repo.openPostsOf(trx, [...personIds.values()])
      const byKey = new Map(open.map((p) => [`${p.person_id}\t${p.post_type}\t${p.node_id ?? ''}`, p]))
      const inserts: PostTable[] = []
      for (const p of part) {
        const personId = personIds.get(p.idNumber)
        if (!personId)
          throw new AppError('INTERNAL', { reason: 'a checked person vanished during the import' })
        const existing = byKey.get(`${personId}\t${p.post}\t${p.nodeId}`)
        if (existing) {
          const duties = p.duties === null ? null : writeJson(p.duties)
          if (duties !== null && JSON.stringify(readJson(existing.duties)) !== duties) {
            if (!(await repo.updatePostDuties(trx, existing, duties, now)))
              throw new AppError('VERSION_CONFLICT', { entity: 'post' })
            ctx.stats.posts.updated++
          } else ctx.stats.posts.unchanged++
          continue
        }
        const def = importablePosts[p.post]
        const row: PostTable = {
          id: newId(),
          person_id: personId,
          post_type: p.post,
          node_id: p.nodeId,
          village_id: null,
          unit_id: null,
          community_id: ctx.community.id,
          path: p.nodePath,
          title: `${p.nodeName}${def.zh}`,
          duties: writeJson(p.duties ?? def.duties),
          user_id: null,
          grant_id: null,
          started_on: ctx.today,
          ended_on: null,
          version: 1,
          created_at: now,
          updated_at: now,
        }
        inserts.push(row)
        byKey.set(`${personId}\t${p.post}\t${p.nodeId}`, row)
        ctx.stats.posts.created++
      }
      await repo.insertPosts(trx, inserts)
      await repo.insertAuditEntries(
        trx,
        ctx.actor,
        now,
        inserts.map((row) => ({
          action: 'post.appoint',
          targetType: 'post',
          targetId: row.id,
          scopePath: row.path ?? ctx.community.path,
          summary: {
            personId: row.person_id,
            postType: row.post_type,
            title: row.title,
            importId: ctx.importId,
          },
        })),
      )
    })
  }
}

/** Person ids for ID numbers: those the import wrote, else those on record (by keyed hash). */
async function resolvePersons(
  ctx: WriteContext,
  trx: Trx,
  numbers: readonly string[],
): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  const missing: string[] = []
  for (const n of new Set(numbers)) {
    const id = ctx.personIdByNumber.get(n)
    if (id) out.set(n, id)
    else missing.push(n)
  }
  if (missing.length > 0) {
    const byHash = new Map(missing.map((n) => [ctx.hashOf(n), n]))
    for (const row of await repo.personsByIdHash(trx, [...byHash.keys()])) {
      const n = row.id_hash ? byHash.get(row.id_hash) : undefined
      if (n) {
        out.set(n, row.id)
        ctx.personIdByNumber.set(n, row.id)
      }
    }
  }
  return out
}

// ——— 联系户 ———

export async function writeContacts(ctx: WriteContext, plan: ImportPlan): Promise<void> {
  const byRow = new Map<number, ImportPlan['contacts']>()
  for (const c of plan.contacts) byRow.set(c.row, [...(byRow.get(c.row) ?? []), c])
  const rows = [...byRow.values()]
  for (const part of chunks(rows, () => 1)) {
    await batch(ctx, '联系户', part.length, async (trx) => {
      const now = ctx.clock()
      const links = part.flat()
      const personIds = await resolvePersons(
        ctx,
        trx,
        links.flatMap((l) => [l.fromIdNumber, ...(l.toIdNumber ? [l.toIdNumber] : [])]),
      )
      const codes = [...new Set(links.flatMap((l) => (l.toHousehold ? [l.toHousehold] : [])))]
      const households = new Map(
        (await repo.householdsByCode(trx, ctx.community.id, codes)).map((h) => [h.code, h]),
      )
      const members = new Map(
        (
          await repo.personsById(
            trx,
            links.flatMap((l) => (l.toIdNumber ? [personIds.get(l.toIdNumber) ?? ''] : [])),
          )
        ).map((p) => [p.id, p]),
      )
      const open = await repo.openContactsFrom(trx, [
        ...new Set(links.map((l) => personIds.get(l.fromIdNumber) ?? '')),
      ])
      const keys = new Set(
        open.map((c) => `${c.kind}\t${c.from_person_id}\t${c.to_person_id ?? c.to_household_id ?? ''}`),
      )
      const inserts: ContactTable[] = []
      for (const l of links) {
        const from = personIds.get(l.fromIdNumber)
        const toPerson = l.toIdNumber ? personIds.get(l.toIdNumber) : undefined
        const toHousehold = l.toHousehold ? households.get(l.toHousehold) : undefined
        const to = toPerson ?? toHousehold?.id
        if (!from || !to)
          throw new AppError('INTERNAL', { reason: 'a checked contact vanished during the import' })
        const key = `${l.kind}\t${from}\t${to}`
        if (keys.has(key)) {
          ctx.stats.contacts.unchanged++
          continue
        }
        keys.add(key)
        inserts.push({
          id: newId(),
          kind: l.kind,
          from_person_id: from,
          to_person_id: toPerson ?? null,
          to_household_id: toPerson ? null : (toHousehold?.id ?? null),
          community_id: ctx.community.id,
          path:
            toHousehold?.path ?? (toPerson ? members.get(toPerson)?.path : undefined) ?? ctx.community.path,
          since_on: ctx.today,
          until_on: null,
          created_at: now,
        })
        ctx.stats.contacts.created++
      }
      await repo.insertContacts(trx, inserts)
      await repo.insertAuditEntries(
        trx,
        ctx.actor,
        now,
        inserts.map((row) => ({
          action: 'contact.link',
          targetType: 'contact',
          targetId: row.id,
          scopePath: row.path,
          summary: {
            kind: row.kind,
            fromPersonId: row.from_person_id,
            toPersonId: row.to_person_id,
            toHouseholdId: row.to_household_id,
            importId: ctx.importId,
          },
        })),
      )
    })
  }
}
