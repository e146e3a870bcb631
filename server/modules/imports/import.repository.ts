// Every query of imports and exports. The registry writes here follow the rules the registry's own
// services apply (a household's path is its room's path, persons' paths follow their household, a
// residence opens with its moved-in day) for the household, post and contact rows whose services
// are not public yet.
import type {
  ContactTable,
  Executor,
  HouseholdMemberTable,
  HouseholdTable,
  ImportTable,
  OrgNodeTable,
  PersonTable,
  PersonTagTable,
  PostTable,
  ResidenceTable,
} from '../../db/index.js'
import { pathRange, underPath, writeJson } from '../../db/index.js'
import type { Actor } from '../../platform/access.js'
import { sanitizeSummary } from '../../platform/audit.js'
import { newId } from '../../platform/ids.js'
import { localDate } from '../../platform/time.js'

/** SQLite binds at most 32,766 parameters per statement; inserts go in slices well below that. */
const INSERT_SLICE = 200
const IN_SLICE = 500

function slices<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

async function inSlices<T, R>(items: readonly T[], run: (slice: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = []
  for (const slice of slices(items, IN_SLICE)) out.push(...(await run(slice)))
  return out
}

/**
 * Per-row audit entries of one batch in a few multi-row inserts: the rows `recordAudit` writes, with
 * its sanitising (identifiers masked), only not one statement each — a 100,000-row import would
 * otherwise spend a quarter of its time on them.
 */
export async function insertAuditEntries(
  db: Executor,
  actor: Actor,
  at: number,
  entries: readonly {
    action: string
    targetType: string
    targetId: string
    scopePath: string
    summary: Record<string, unknown>
  }[],
): Promise<void> {
  const rows = entries.map((e) => ({
    id: newId(),
    at,
    local_date: localDate(at),
    actor_id: actor.userId,
    actor_label: actor.label,
    ip: actor.ip,
    action: e.action,
    target_type: e.targetType,
    target_id: e.targetId,
    scope_path: e.scopePath,
    village_id: null,
    summary: writeJson(sanitizeSummary(e.summary)),
    request_id: actor.requestId,
  }))
  for (const slice of slices(rows, INSERT_SLICE)) await db.insertInto('audit_log').values(slice).execute()
}

// ——— imports ———

export async function insertImport(db: Executor, row: ImportTable): Promise<void> {
  await db.insertInto('imports').values(row).execute()
}

export async function findImport(db: Executor, id: string): Promise<ImportTable | undefined> {
  return db.selectFrom('imports').selectAll().where('id', '=', id).executeTakeFirst()
}

export async function updateImport(
  db: Executor,
  id: string,
  values: Partial<Omit<ImportTable, 'id' | 'created_at' | 'created_by'>>,
): Promise<void> {
  await db.updateTable('imports').set(values).where('id', '=', id).execute()
}

export async function addProcessedRows(db: Executor, id: string, rows: number, now: number): Promise<void> {
  await db
    .updateTable('imports')
    .set((eb) => ({ processed_rows: eb('processed_rows', '+', rows), updated_at: now }))
    .where('id', '=', id)
    .execute()
}

/** Imports under an org path, newest first (keyset on created_at, id). */
export async function listImportsUnder(
  db: Executor,
  path: string,
  after: { at: number; id: string } | null,
  limit: number,
): Promise<ImportTable[]> {
  let q = db
    .selectFrom('imports')
    .selectAll()
    .where((eb) => underPath(eb, 'path', path))
  if (after) {
    q = q.where((eb) =>
      eb.or([
        eb('created_at', '<', after.at),
        eb.and([eb('created_at', '=', after.at), eb('id', '<', after.id)]),
      ]),
    )
  }
  return q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute()
}

export async function insertFileRow(
  db: Executor,
  row: { id: string; size: number; mime: string; created_at: number; created_by: string | null },
): Promise<void> {
  await db
    .insertInto('files')
    .values(row)
    .onConflict((oc) => oc.column('id').doNothing())
    .execute()
}

export async function findUser(db: Executor, id: string) {
  return db
    .selectFrom('users')
    .select(['id', 'username', 'display_name', 'disabled'])
    .where('id', '=', id)
    .executeTakeFirst()
}

export async function findUserByName(db: Executor, username: string) {
  return db
    .selectFrom('users')
    .select(['id', 'username', 'display_name', 'disabled'])
    .where('username', '=', username)
    .executeTakeFirst()
}

// ——— places ———

export async function findNode(db: Executor, id: string): Promise<OrgNodeTable | undefined> {
  return db.selectFrom('org_nodes').selectAll().where('id', '=', id).executeTakeFirst()
}

export async function findNodeByCode(db: Executor, code: string): Promise<OrgNodeTable | undefined> {
  return db.selectFrom('org_nodes').selectAll().where('code', '=', code).executeTakeFirst()
}

/** Grids, buildings, units and rooms under a path. */
export async function listPlacesUnder(db: Executor, path: string): Promise<OrgNodeTable[]> {
  const { from, to } = pathRange(path)
  return db
    .selectFrom('org_nodes')
    .selectAll()
    .where('kind', 'in', ['grid', 'building', 'unit', 'room'])
    .where('path', '>', from)
    .where('path', '<', to)
    .execute()
}

export async function listNodesById(db: Executor, ids: readonly string[]): Promise<OrgNodeTable[]> {
  return inSlices(ids, (slice) => db.selectFrom('org_nodes').selectAll().where('id', 'in', slice).execute())
}

export async function updateRoomAttributes(
  db: Executor,
  room: Pick<OrgNodeTable, 'id' | 'version'>,
  values: Partial<Pick<OrgNodeTable, 'floor' | 'room_use' | 'room_state'>>,
  now: number,
): Promise<boolean> {
  const result = await db
    .updateTable('org_nodes')
    .set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: now }))
    .where('id', '=', room.id)
    .where('version', '=', room.version)
    .executeTakeFirst()
  return result.numUpdatedRows > 0n
}

export async function hostedVillages(db: Executor, communityId: string) {
  return db
    .selectFrom('community_villages as cv')
    .innerJoin('villages as v', 'v.id', 'cv.village_id')
    .select(['v.id', 'v.code', 'v.name'])
    .where('cv.community_id', '=', communityId)
    .execute()
}

export async function villageNames(db: Executor): Promise<Map<string, string>> {
  const rows = await db.selectFrom('villages').select(['id', 'name']).execute()
  return new Map(rows.map((r) => [r.id, r.name]))
}

// ——— households ———

export async function householdsOfCommunity(db: Executor, communityId: string): Promise<HouseholdTable[]> {
  return db.selectFrom('households').selectAll().where('community_id', '=', communityId).execute()
}

export async function householdsByCode(
  db: Executor,
  communityId: string,
  codes: readonly string[],
): Promise<HouseholdTable[]> {
  return inSlices(codes, (slice) =>
    db
      .selectFrom('households')
      .selectAll()
      .where('community_id', '=', communityId)
      .where('code', 'in', slice)
      .execute(),
  )
}

export async function openResidencesOfCommunity(
  db: Executor,
  communityId: string,
): Promise<ResidenceTable[]> {
  return db
    .selectFrom('residences')
    .selectAll()
    .where('community_id', '=', communityId)
    .where('moved_out_on', 'is', null)
    .execute()
}

export async function openResidencesOf(
  db: Executor,
  householdIds: readonly string[],
): Promise<ResidenceTable[]> {
  return inSlices(householdIds, (slice) =>
    db
      .selectFrom('residences')
      .selectAll()
      .where('household_id', 'in', slice)
      .where('moved_out_on', 'is', null)
      .execute(),
  )
}

/** Current members without an identity number, of the community's households. */
export async function membersWithoutIdOfCommunity(db: Executor, communityId: string) {
  return db
    .selectFrom('household_members as m')
    .innerJoin('households as h', 'h.id', 'm.household_id')
    .innerJoin('persons as p', 'p.id', 'm.person_id')
    .select(['m.household_id as householdId', 'p.id as personId', 'p.name'])
    .where('h.community_id', '=', communityId)
    .where('m.left_on', 'is', null)
    .where('p.id_hash', 'is', null)
    .execute()
}

export async function insertHouseholds(db: Executor, rows: HouseholdTable[]): Promise<void> {
  for (const slice of slices(rows, INSERT_SLICE)) await db.insertInto('households').values(slice).execute()
}

export async function updateHousehold(
  db: Executor,
  row: Pick<HouseholdTable, 'id' | 'version'>,
  values: Partial<Pick<HouseholdTable, 'room_id' | 'path' | 'head_person_id' | 'origin_village_id'>>,
  now: number,
): Promise<boolean> {
  const result = await db
    .updateTable('households')
    .set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: now }))
    .where('id', '=', row.id)
    .where('version', '=', row.version)
    .executeTakeFirst()
  return result.numUpdatedRows > 0n
}

export async function openMembershipsOf(
  db: Executor,
  personIds: readonly string[],
): Promise<HouseholdMemberTable[]> {
  return inSlices(personIds, (slice) =>
    db
      .selectFrom('household_members')
      .selectAll()
      .where('person_id', 'in', slice)
      .where('left_on', 'is', null)
      .execute(),
  )
}

export async function insertMembers(db: Executor, rows: HouseholdMemberTable[]): Promise<void> {
  for (const slice of slices(rows, INSERT_SLICE))
    await db.insertInto('household_members').values(slice).execute()
}

export async function closeMembership(db: Executor, id: string, leftOn: string): Promise<void> {
  await db
    .updateTable('household_members')
    .set({ left_on: leftOn })
    .where('id', '=', id)
    .where('left_on', 'is', null)
    .execute()
}

export async function setMemberRelation(db: Executor, id: string, relation: string): Promise<void> {
  await db.updateTable('household_members').set({ relation }).where('id', '=', id).execute()
}

export async function insertResidences(db: Executor, rows: ResidenceTable[]): Promise<void> {
  for (const slice of slices(rows, INSERT_SLICE)) await db.insertInto('residences').values(slice).execute()
}

// ——— persons ———

export async function personsByIdHash(db: Executor, hashes: readonly string[]): Promise<PersonTable[]> {
  return inSlices(hashes, (slice) =>
    db.selectFrom('persons').selectAll().where('id_hash', 'in', slice).execute(),
  )
}

export async function personsById(db: Executor, ids: readonly string[]): Promise<PersonTable[]> {
  return inSlices(ids, (slice) => db.selectFrom('persons').selectAll().where('id', 'in', slice).execute())
}

export async function insertPersons(db: Executor, rows: PersonTable[]): Promise<void> {
  for (const slice of slices(rows, INSERT_SLICE)) await db.insertInto('persons').values(slice).execute()
}

export async function updatePerson(
  db: Executor,
  row: Pick<PersonTable, 'id' | 'version'>,
  values: Partial<Omit<PersonTable, 'id' | 'version' | 'created_at'>>,
): Promise<boolean> {
  const result = await db
    .updateTable('persons')
    .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
    .where('id', '=', row.id)
    .where('version', '=', row.version)
    .executeTakeFirst()
  return result.numUpdatedRows > 0n
}

export async function openTagsOf(db: Executor, personIds: readonly string[]) {
  return inSlices(personIds, (slice) =>
    db
      .selectFrom('person_tags')
      .select(['person_id', 'tag', 'restricted'])
      .where('person_id', 'in', slice)
      .where('until_on', 'is', null)
      .execute(),
  )
}

export async function insertTags(db: Executor, rows: PersonTagTable[]): Promise<void> {
  for (const slice of slices(rows, INSERT_SLICE)) await db.insertInto('person_tags').values(slice).execute()
}

// ——— posts and contacts ———

export async function openPostsOf(db: Executor, personIds: readonly string[]): Promise<PostTable[]> {
  return inSlices(personIds, (slice) =>
    db
      .selectFrom('posts')
      .selectAll()
      .where('person_id', 'in', slice)
      .where('ended_on', 'is', null)
      .execute(),
  )
}

export async function holdersOfOpenPost(
  db: Executor,
  postType: string,
  personIds: readonly string[],
): Promise<string[]> {
  const rows = await inSlices(personIds, (slice) =>
    db
      .selectFrom('posts')
      .select('person_id')
      .where('post_type', '=', postType)
      .where('ended_on', 'is', null)
      .where('person_id', 'in', slice)
      .execute(),
  )
  return rows.map((r) => r.person_id)
}

export async function insertPosts(db: Executor, rows: PostTable[]): Promise<void> {
  for (const slice of slices(rows, INSERT_SLICE)) await db.insertInto('posts').values(slice).execute()
}

export async function updatePostDuties(
  db: Executor,
  row: Pick<PostTable, 'id' | 'version'>,
  duties: string,
  now: number,
): Promise<boolean> {
  const result = await db
    .updateTable('posts')
    .set((eb) => ({ duties, version: eb('version', '+', 1), updated_at: now }))
    .where('id', '=', row.id)
    .where('version', '=', row.version)
    .executeTakeFirst()
  return result.numUpdatedRows > 0n
}

export async function openContactsFrom(db: Executor, personIds: readonly string[]): Promise<ContactTable[]> {
  return inSlices(personIds, (slice) =>
    db
      .selectFrom('contacts')
      .selectAll()
      .where('from_person_id', 'in', slice)
      .where('until_on', 'is', null)
      .execute(),
  )
}

export async function insertContacts(db: Executor, rows: ContactTable[]): Promise<void> {
  for (const slice of slices(rows, INSERT_SLICE)) await db.insertInto('contacts').values(slice).execute()
}

// ——— exports ———

export async function countPersonsUnder(db: Executor, path: string): Promise<number> {
  const row = await db
    .selectFrom('persons')
    .select((eb) => eb.fn.countAll().as('n'))
    .where((eb) => underPath(eb, 'path', path))
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

/** A page of persons under a path in (path, name_sort, id) order: the index's own order, by room. */
export async function personsPageUnder(
  db: Executor,
  path: string,
  after: { path: string; sort: string; id: string } | null,
  limit: number,
): Promise<PersonTable[]> {
  let q = db
    .selectFrom('persons')
    .selectAll()
    .where((eb) => underPath(eb, 'path', path))
  if (after) {
    q = q.where((eb) =>
      eb.or([
        eb('path', '>', after.path),
        eb.and([eb('path', '=', after.path), eb('name_sort', '>', after.sort)]),
        eb.and([eb('path', '=', after.path), eb('name_sort', '=', after.sort), eb('id', '>', after.id)]),
      ]),
    )
  }
  return q.orderBy('path').orderBy('name_sort').orderBy('id').limit(limit).execute()
}

export async function householdsById(db: Executor, ids: readonly string[]): Promise<HouseholdTable[]> {
  return inSlices(ids, (slice) => db.selectFrom('households').selectAll().where('id', 'in', slice).execute())
}

export async function countHouseholdsUnder(db: Executor, path: string): Promise<number> {
  const row = await db
    .selectFrom('households')
    .select((eb) => eb.fn.countAll().as('n'))
    .where((eb) => underPath(eb, 'path', path))
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

export async function householdsPageUnder(
  db: Executor,
  path: string,
  after: { code: string; id: string } | null,
  limit: number,
): Promise<HouseholdTable[]> {
  let q = db
    .selectFrom('households')
    .selectAll()
    .where((eb) => underPath(eb, 'path', path))
  if (after) {
    q = q.where((eb) =>
      eb.or([eb('code', '>', after.code), eb.and([eb('code', '=', after.code), eb('id', '>', after.id)])]),
    )
  }
  return q.orderBy('code').orderBy('id').limit(limit).execute()
}

export async function memberCounts(
  db: Executor,
  householdIds: readonly string[],
): Promise<Map<string, number>> {
  const rows = await inSlices(householdIds, (slice) =>
    db
      .selectFrom('household_members')
      .select((eb) => ['household_id', eb.fn.countAll().as('n')])
      .where('household_id', 'in', slice)
      .where('left_on', 'is', null)
      .groupBy('household_id')
      .execute(),
  )
  return new Map(rows.map((r) => [r.household_id, Number(r.n)]))
}

export async function roomsPageUnder(
  db: Executor,
  path: string,
  afterPath: string | null,
  limit: number,
): Promise<OrgNodeTable[]> {
  let q = db
    .selectFrom('org_nodes')
    .selectAll()
    .where('kind', '=', 'room')
    .where((eb) => underPath(eb, 'path', path))
  if (afterPath !== null) q = q.where('path', '>', afterPath)
  return q.orderBy('path').limit(limit).execute()
}
