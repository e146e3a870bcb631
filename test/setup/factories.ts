// Small builders for database tests: rooms and persons placed in the demo community, written with
// the product's own rules (pinyin keys, keyed hashes, sealed identifiers), not hand-made rows.
import type { Db, OrgNodeTable, PersonTable } from '../../server/db/index.js'
import { systemActor } from '../../server/platform/access.js'
import { newId } from '../../server/platform/ids.js'
import { identifierHash, identifierTail, seal, type PiiKeys } from '../../server/platform/pii.js'
import { createOrgNode } from '../../server/modules/org/index.js'
import { nameKeys } from '../../server/modules/registry/person.domain.js'

export interface DemoWorld {
  district: OrgNodeTable
  park: OrgNodeTable
  zhangma: OrgNodeTable
  huahe: OrgNodeTable
  /** Grids of 张码花园社区 in order (第一网格 …). */
  grids: OrgNodeTable[]
  /** Buildings of 张码花园社区's first grid. */
  grid1Buildings: OrgNodeTable[]
  otherGrid: OrgNodeTable
  villages: { id: string; name: string }[]
}

async function node(db: Db, code: string): Promise<OrgNodeTable> {
  return db.selectFrom('org_nodes').selectAll().where('code', '=', code).executeTakeFirstOrThrow()
}

/** The demo community (after `seedDemo`) as rows, for tests to place things in. */
export async function demoWorld(db: Db): Promise<DemoWorld> {
  const zhangma = await node(db, '320812400001')
  const grids = await db
    .selectFrom('org_nodes')
    .selectAll()
    .where('parent_id', '=', zhangma.id)
    .orderBy('code')
    .execute()
  const grid1 = grids[0]
  if (!grid1) throw new Error('demo grids missing')
  return {
    district: await node(db, '320812'),
    park: await node(db, '320812400'),
    zhangma,
    huahe: await node(db, '320812400002'),
    grids,
    grid1Buildings: await db
      .selectFrom('org_nodes')
      .selectAll()
      .where('parent_id', '=', grid1.id)
      .orderBy('code')
      .execute(),
    otherGrid: await node(db, '320812400002-G1'),
    villages: await db.selectFrom('villages').select(['id', 'name']).orderBy('code').execute(),
  }
}

/** A room (with its unit, made when missing) in a building. */
export async function addRoom(
  db: Db,
  building: OrgNodeTable,
  { unit = 1, room }: { unit?: number; room: string },
): Promise<OrgNodeTable> {
  const actor = systemActor('test')
  const unitCode = `${building.code}-U${unit}`
  let unitNode = await db.selectFrom('org_nodes').selectAll().where('code', '=', unitCode).executeTakeFirst()
  unitNode ??= await createOrgNode(db, {
    actor,
    node: { parentId: building.id, kind: 'unit', code: unitCode, name: `${unit}单元` },
    now: Date.now(),
  })
  return createOrgNode(db, {
    actor,
    node: {
      parentId: unitNode.id,
      kind: 'room',
      code: `${unitCode}-${room}`,
      name: room,
      floor: Math.floor(Number(room) / 100) || null,
      roomUse: 'dwelling',
      roomState: 'occupied',
    },
    now: Date.now(),
  })
}

export interface TestPerson {
  name: string
  sex?: 'male' | 'female'
  birthDate?: string | null
  idNumber?: string | null
  phone?: string | null
  originVillageId?: string | null
  partyMember?: boolean
}

/** A person living at `place` (a room, or any node), with identifiers stored as the product stores them. */
export async function addPerson(
  db: Db,
  pii: PiiKeys,
  place: OrgNodeTable,
  p: TestPerson,
): Promise<PersonTable> {
  const keys = nameKeys(p.name)
  const now = Date.now()
  const row: PersonTable = {
    id: newId(),
    name: p.name,
    name_pinyin: keys.pinyin,
    name_initials: keys.initials,
    name_sort: keys.sort,
    sex: p.sex ?? 'male',
    birth_date: p.birthDate ?? null,
    id_type: p.idNumber ? 'resident_id' : 'none',
    id_hash: p.idNumber ? identifierHash(pii, p.idNumber) : null,
    id_tail: p.idNumber ? identifierTail(p.idNumber) : null,
    id_sealed: p.idNumber ? seal(pii, p.idNumber) : null,
    phone_hash: p.phone ? identifierHash(pii, p.phone) : null,
    phone_tail: p.phone ? identifierTail(p.phone) : null,
    phone_sealed: p.phone ? seal(pii, p.phone) : null,
    hukou: 'registered',
    origin_village_id: p.originVillageId ?? null,
    community_id: place.community_id,
    path: place.path,
    party_member: p.partyMember ? 1 : 0,
    status: 'active',
    version: 1,
    created_at: now,
    updated_at: now,
  }
  await db.insertInto('persons').values(row).execute()
  return row
}
