// Imports, pure: checking rows against each other and against what the registry already holds (a
// snapshot the service loads), and deciding what will be written. A household is written whole or
// not at all; a row that leans on a bad row (a post of a person whose row is bad) is bad too.
import type { OrgNodeKind } from '../../db/schema.js'
import {
  buildingName,
  cellText,
  layouts,
  parseContactRow,
  parsePersonRow,
  parsePostRow,
  parseRoomRow,
  postPlaceProblem,
  problemAt,
  relationNames,
  type Bilingual,
  type ContactRow,
  type ImportError,
  type PersonRow,
  type PostRow,
  type RawRow,
  type RoomRow,
  type SheetKey,
  unitName,
} from './import.domain.js'

export interface PlaceNode {
  id: string
  parentId: string | null
  kind: OrgNodeKind
  code: string
  name: string
  path: string
}

export interface KnownPerson {
  id: string
  name: string
  communityId: string | null
  path: string
  partyMember: boolean
  /** The household (id) the person belongs to now, if any. */
  householdId: string | null
}

export interface KnownHousehold {
  id: string
  code: string
  headPersonId: string | null
  /** The room of the open residence, and since when. */
  openRoomId: string | null
  openSince: string | null
  /** Current members without an identity number, by name (to recognise them on a second import). */
  membersWithoutId: ReadonlyMap<string, string>
}

/** What the registry holds that the rows are checked against. */
export interface World {
  community: PlaceNode
  /** May the actor add buildings, units and rooms (org.update on the community)? */
  canCreatePlaces: boolean
  nodes: readonly PlaceNode[]
  villages: readonly { id: string; code: string; name: string }[]
  households: ReadonlyMap<string, KnownHousehold>
  /** By canonical identity number. */
  persons: ReadonlyMap<string, KnownPerson>
  /** Persons holding an open 楼栋长 post. */
  buildingLeaders: ReadonlySet<string>
}

// ——— places ———

export class PlaceIndex {
  readonly #byId = new Map<string, PlaceNode>()
  readonly #children = new Map<string, PlaceNode[]>()
  readonly #byCode = new Map<string, PlaceNode>()
  readonly #buildings = new Map<string, PlaceNode[]>()
  readonly #grids = new Map<string, PlaceNode[]>()

  constructor(
    readonly community: PlaceNode,
    nodes: readonly PlaceNode[],
  ) {
    for (const n of [community, ...nodes]) this.add(n)
  }

  add(n: PlaceNode): void {
    if (this.#byId.has(n.id)) return
    this.#byId.set(n.id, n)
    this.#byCode.set(n.code, n)
    if (n.parentId) {
      const list = this.#children.get(n.parentId) ?? []
      list.push(n)
      this.#children.set(n.parentId, list)
    }
    const named = n.kind === 'building' ? this.#buildings : n.kind === 'grid' ? this.#grids : undefined
    if (named) named.set(n.name, [...(named.get(n.name) ?? []), n])
  }

  get(id: string): PlaceNode | undefined {
    return this.#byId.get(id)
  }

  #oneOf(
    kind: OrgNodeKind,
    map: Map<string, PlaceNode[]>,
    text: string,
  ): PlaceNode | 'ambiguous' | undefined {
    const coded = this.#byCode.get(text)
    if (coded?.kind === kind && coded.path.startsWith(this.community.path)) return coded
    const named = map.get(text) ?? []
    return named.length > 1 ? 'ambiguous' : named[0]
  }

  building(text: string): PlaceNode | 'ambiguous' | undefined {
    return this.#oneOf('building', this.#buildings, text)
  }

  grid(text: string): PlaceNode | 'ambiguous' | undefined {
    return this.#oneOf('grid', this.#grids, text)
  }

  child(parentId: string, text: string): PlaceNode | undefined {
    const kids = this.#children.get(parentId) ?? []
    return kids.find((k) => k.name === text) ?? kids.find((k) => k.code === text)
  }

  room(building: string, unit: string, room: string): PlaceNode | undefined {
    const b = this.building(building)
    if (!b || b === 'ambiguous') return undefined
    const u = this.child(b.id, unit)
    return u ? this.child(u.id, room) : undefined
  }

  /** 所在组织: a node code, or a name path from the community ("第一网格/3号楼"). */
  place(text: string): PlaceNode | 'ambiguous' | undefined {
    const coded = this.#byCode.get(text)
    if (coded) return coded.path.startsWith(this.community.path) ? coded : undefined
    const parts = text
      .split(/[/／>＞\\]+/)
      .map((s) => s.trim())
      .filter((s) => s !== '')
    if (parts[0] === this.community.name) parts.shift()
    if (parts.length === 0) return this.community
    if (parts.length === 1) {
      const only = parts[0] ?? ''
      const grid = this.grid(only)
      const building = this.building(only)
      if (grid && building) return 'ambiguous'
      return grid ?? building
    }
    let at: PlaceNode | undefined = this.community
    for (const part of parts) at = at ? this.child(at.id, part) : undefined
    return at
  }
}

/** Where a person row or a room row points: the same key for "3号楼" and its code, once resolved. */
export interface RoomKey {
  building: string
  unit: string
  room: string
}

const keyText = (k: RoomKey): string => `${k.building}\t${k.unit}\t${k.room}`

// ——— the plan ———

export interface PlannedRoom extends RoomRow {
  /** The building when it exists; otherwise it is created under `gridId`. */
  buildingId: string | null
  gridId: string | null
  /** The room when it exists (its attributes may be updated). */
  roomId: string | null
}

export interface PlannedHousehold {
  code: string
  rows: PlannedPerson[]
  head: PlannedPerson
  room: RoomKey | null
  movedInOn: string | null
  villageId: string | null
  existing: KnownHousehold | undefined
}

export interface PlannedPerson extends PersonRow {
  villageId: string | null
  /** The registered person this row updates, when there is one. */
  existingId: string | null
  /** The room the row names, resolved (null: none given). */
  place: RoomKey | null
}

export interface PlannedPost extends PostRow {
  nodeId: string
  nodeName: string
  nodePath: string
}

export interface PlannedContact {
  row: number
  kind: 'leader_member' | 'member_household'
  fromIdNumber: string
  toIdNumber: string | null
  toHousehold: string | null
}

export interface ImportPlan {
  rooms: PlannedRoom[]
  households: { household: PlannedHousehold; persons: PlannedPerson[] }[]
  /** Persons in no household. */
  loosePersons: PlannedPerson[]
  posts: PlannedPost[]
  contacts: PlannedContact[]
  errors: ImportError[]
  rowCounts: Record<SheetKey, { total: number; bad: number }>
}

class Problems {
  readonly list: ImportError[] = []
  readonly badRows = new Map<SheetKey, Set<number>>()

  add(sheet: SheetKey, errors: ImportError[]): void {
    for (const e of errors) {
      this.list.push(e)
      const set = this.badRows.get(sheet) ?? new Set<number>()
      set.add(e.row)
      this.badRows.set(sheet, set)
    }
  }

  at(
    sheet: SheetKey,
    raw: RawRow | { row: number; cells?: RawRow['cells'] },
    key: string | null,
    reason: Bilingual,
  ) {
    const value = key === null ? null : (raw.cells?.[key] ?? null)
    this.add(sheet, [problemAt(layouts[sheet], raw.row, key, value, reason)])
  }

  isBad(sheet: SheetKey, row: number): boolean {
    return this.badRows.get(sheet)?.has(row) ?? false
  }
}

function cellsOf(rows: readonly RawRow[]): Map<number, RawRow['cells']> {
  return new Map(rows.map((r) => [r.row, r.cells]))
}

export function planImport(
  sheets: Record<SheetKey, readonly RawRow[]>,
  world: World,
  today: string,
): ImportPlan {
  const p = new Problems()
  const places = new PlaceIndex(world.community, world.nodes)

  // ——— 房屋 ———
  const rooms: PlannedRoom[] = []
  const roomKeys = new Set<string>()
  const newBuildingGrid = new Map<string, string>()
  for (const raw of sheets.rooms) {
    const parsed = parseRoomRow(layouts.rooms, raw)
    if (!parsed.ok) {
      p.add('rooms', parsed.errors)
      continue
    }
    const r = parsed.value
    const building = places.building(r.building)
    const grid = r.grid === null ? undefined : places.grid(r.grid)
    if (building === 'ambiguous') {
      p.at('rooms', raw, 'building', ambiguous(r.building))
      continue
    }
    if (grid === 'ambiguous') {
      p.at('rooms', raw, 'grid', ambiguous(r.grid ?? ''))
      continue
    }
    if (r.grid !== null && !grid) {
      p.at('rooms', raw, 'grid', { zh: `本社区没有“${r.grid}”`, en: `no grid "${r.grid}" in this community` })
      continue
    }
    let gridId: string | null = null
    if (building) {
      if (grid && building.parentId !== grid.id) {
        p.at('rooms', raw, 'grid', {
          zh: `${building.name}属于${places.get(building.parentId ?? '')?.name ?? '其他网格'}，不是${grid.name}`,
          en: `${building.name} belongs to another grid`,
        })
        continue
      }
    } else {
      if (!grid) {
        p.at('rooms', raw, 'grid', {
          zh: `楼栋“${r.building}”不存在；新建楼栋须填写所属网格`,
          en: `no building "${r.building}" yet; a new building needs its grid`,
        })
        continue
      }
      const earlier = newBuildingGrid.get(r.building)
      if (earlier !== undefined && earlier !== grid.id) {
        p.at('rooms', raw, 'grid', {
          zh: `同一新楼栋“${r.building}”填了不同的网格`,
          en: `the new building "${r.building}" is given two grids`,
        })
        continue
      }
      newBuildingGrid.set(r.building, grid.id)
      gridId = grid.id
    }
    const key: RoomKey = {
      building: building ? building.id : `new:${r.building}`,
      unit: r.unit,
      room: r.room,
    }
    if (roomKeys.has(keyText(key))) {
      p.at('rooms', raw, 'room', { zh: '与前面的行重复', en: 'repeats an earlier row' })
      continue
    }
    const unit = building ? places.child(building.id, r.unit) : undefined
    const room = unit ? places.child(unit.id, r.room) : undefined
    if (!room && !world.canCreatePlaces) {
      p.at('rooms', raw, 'room', {
        zh: '该房屋尚未登记；新建楼栋、单元、房屋需要组织架构维护权限（社区书记）',
        en: 'this room is not registered; adding buildings, units and rooms needs org.update',
      })
      continue
    }
    roomKeys.add(keyText(key))
    rooms.push({ ...r, buildingId: building ? building.id : null, gridId, roomId: room?.id ?? null })
  }

  const badRoomRows = new Set<string>()
  for (const raw of sheets.rooms) {
    if (!p.isBad('rooms', raw.row)) continue
    const t = (k: string) => cellText(raw.cells[k] ?? null) ?? ''
    badRoomRows.add(`${buildingName(t('building'))}\t${unitName(t('unit'))}\t${t('room')}`)
  }

  /** A person row's place as a key the writer can resolve once the 房屋 rows are in. */
  const roomOf = (building: string, unit: string, room: string): RoomKey | Bilingual => {
    const b = places.building(building)
    if (b === 'ambiguous') return ambiguous(building)
    const key: RoomKey = { building: b ? b.id : `new:${building}`, unit, room }
    if (b) {
      const u = places.child(b.id, unit)
      const existing = u ? places.child(u.id, room) : undefined
      if (existing) return { building: b.id, unit: u?.name ?? unit, room: existing.name }
    }
    if (roomKeys.has(keyText(key))) return key
    return badRoomRows.has(`${building}\t${unit}\t${room}`)
      ? { zh: '对应的“房屋”行有错误', en: 'the matching row of the 房屋 sheet has errors' }
      : {
          zh: `${building}${unit}${room}在系统和“房屋”表中都找不到`,
          en: `${building} ${unit} ${room} is neither registered nor in the 房屋 sheet`,
        }
  }

  // ——— 人员 ———
  const villageByText = new Map<string, string>()
  for (const v of world.villages) {
    villageByText.set(v.name, v.id)
    villageByText.set(v.code, v.id)
  }
  const personRaw = cellsOf(sheets.persons)
  const parsedPersons: PersonRow[] = []
  const groupOf = new Map<number, string | null>()
  for (const raw of sheets.persons) {
    groupOf.set(raw.row, cellText(raw.cells.household ?? null))
    const parsed = parsePersonRow(layouts.persons, raw, today)
    if (parsed.ok) parsedPersons.push(parsed.value)
    else p.add('persons', parsed.errors)
  }
  const at = (row: number, key: string | null, reason: Bilingual) =>
    p.at('persons', { row, cells: personRaw.get(row) ?? {} }, key, reason)

  const firstRowOfId = new Map<string, number>()
  const planned = new Map<number, PlannedPerson>()
  for (const r of parsedPersons) {
    let ok = true
    if (r.idNumber) {
      const first = firstRowOfId.get(r.idNumber)
      if (first !== undefined) {
        at(r.row, 'idNumber', { zh: `证件号码与第 ${first} 行重复`, en: `same ID number as row ${first}` })
        ok = false
      } else firstRowOfId.set(r.idNumber, r.row)
    }
    let villageId: string | null = null
    if (r.village !== null) {
      villageId = villageByText.get(r.village) ?? null
      if (!villageId) {
        at(r.row, 'village', {
          zh: `“${r.village}”不是本社区安置的村`,
          en: `"${r.village}" is not a village this community hosts`,
        })
        ok = false
      }
    }
    let room: RoomKey | null = null
    if (r.building !== null && r.unit !== null && r.room !== null) {
      const found = roomOf(r.building, r.unit, r.room)
      if ('zh' in found) {
        at(r.row, 'room', found)
        ok = false
      } else room = found
    }
    if (r.household === null && r.idNumber === null) {
      at(r.row, 'idNumber', {
        zh: '不在户中的人员须填写证件号码（否则重复导入时无法识别）',
        en: 'a person in no household needs an ID number (to be recognised on a second import)',
      })
      ok = false
    }
    const known = r.idNumber ? world.persons.get(r.idNumber) : undefined
    if (known && known.communityId !== world.community.id) {
      at(r.row, 'idNumber', {
        zh: '该证件号码已在其他社区登记，须由原社区办理迁出后再导入',
        en: 'this ID number is registered in another community; it must move out there first',
      })
      ok = false
    }
    if (ok) planned.set(r.row, { ...r, villageId, existingId: known?.id ?? null, place: room })
  }

  // Households, whole or not at all.
  const groups = new Map<string, number[]>()
  for (const [row, code] of groupOf) {
    if (code === null) continue
    groups.set(code, [...(groups.get(code) ?? []), row])
  }
  const households: ImportPlan['households'] = []
  const householdHeads = new Map<string, string>()
  for (const h of world.households.values()) if (h.headPersonId) householdHeads.set(h.headPersonId, h.code)

  for (const [code, rows] of groups) {
    const members = rows.map((row) => planned.get(row))
    const ready = members.filter((m): m is PlannedPerson => m !== undefined)
    const heads = ready.filter((m) => m.relation === 'head')
    let ok = ready.length === rows.length
    if (heads.length > 1) {
      for (const h of heads.slice(1))
        at(h.row, 'relation', {
          zh: `户号 ${code} 有两个户主（第 ${heads.map((x) => x.row).join('、')} 行）`,
          en: `household ${code} has two heads (rows ${heads.map((x) => x.row).join(', ')})`,
        })
      ok = false
    } else if (heads.length === 0 && ready.length === rows.length) {
      at(rows[0] ?? 0, 'relation', {
        zh: `户号 ${code} 没有户主（须有一行“${relationNames.head}”）`,
        en: `household ${code} has no head`,
      })
      ok = false
    }
    const placed = ready.filter((m) => m.place !== null)
    const roomText = placed[0]?.place ? keyText(placed[0].place) : null
    for (const m of placed.slice(1)) {
      if (m.place && keyText(m.place) !== roomText) {
        at(m.row, 'room', {
          zh: `同一户的房号不一致（第 ${placed[0]?.row ?? ''} 行是另一处）`,
          en: `this household is given two rooms (see row ${placed[0]?.row ?? ''})`,
        })
        ok = false
      }
    }
    const dates = [...new Set(ready.map((m) => m.movedInOn).filter((d) => d !== null))]
    if (dates.length > 1) {
      at(ready.find((m) => m.movedInOn === dates[1])?.row ?? rows[0] ?? 0, 'movedInOn', {
        zh: '同一户的入住日期不一致',
        en: 'this household is given two moved-in dates',
      })
      ok = false
    }
    const movedInOn = dates[0] ?? null
    if (placed.length > 0 && movedInOn === null) {
      at(placed[0]?.row ?? 0, 'movedInOn', { zh: '填了房号时必填', en: 'is required with a room' })
      ok = false
    }
    const existing = world.households.get(code)
    const head = heads[0]
    const noIdNames = new Set<string>()
    for (const m of ready) {
      if (m.idNumber) {
        const otherHousehold = m.existingId ? householdHeads.get(m.existingId) : undefined
        if (otherHousehold !== undefined && otherHousehold !== code) {
          at(m.row, 'household', {
            zh: `此人现为户号 ${otherHousehold} 的户主，请先在系统中变更户主`,
            en: `this person heads household ${otherHousehold}; change that head first`,
          })
          ok = false
        }
        continue
      }
      if (noIdNames.has(m.name)) {
        at(m.row, 'name', {
          zh: '同户有重名且都没有证件号码，无法区分',
          en: 'two members of this household share a name and have no ID number',
        })
        ok = false
      }
      noIdNames.add(m.name)
      m.existingId = existing?.membersWithoutId.get(m.name) ?? null
    }
    if (ok && head && existing) {
      if (existing.headPersonId !== null && existing.headPersonId !== head.existingId) {
        at(head.row, 'relation', {
          zh: `户号 ${code} 现登记的户主不是此人；变更户主请在系统中办理`,
          en: `household ${code} has another head on record; change the head in the system`,
        })
        ok = false
      }
      const room = placed[0]?.place
      if (ok && room && existing.openSince && movedInOn && movedInOn < existing.openSince) {
        at(placed[0]?.row ?? 0, 'movedInOn', {
          zh: `早于该户搬入现住房的日期（${existing.openSince}）`,
          en: `is before the household moved into its current room (${existing.openSince})`,
        })
        ok = false
      }
    }
    if (!ok || !head) {
      for (const row of rows)
        if (!p.isBad('persons', row))
          at(row, null, {
            zh: `同户（户号 ${code}）其他行有错误，整户未导入`,
            en: `another row of household ${code} has an error; the household was not imported`,
          })
      continue
    }
    households.push({
      household: {
        code,
        rows: ready,
        head,
        room: placed[0]?.place ?? null,
        movedInOn,
        villageId: head.villageId,
        existing,
      },
      persons: ready,
    })
  }
  const loosePersons = [...planned.values()].filter((m) => m.household === null)

  // ——— 岗位 ———
  const goodPersonRows = new Map<string, PlannedPerson>()
  for (const { persons } of households)
    for (const m of persons) if (m.idNumber) goodPersonRows.set(m.idNumber, m)
  for (const m of loosePersons) if (m.idNumber) goodPersonRows.set(m.idNumber, m)
  const badPersonIds = new Set<string>()
  for (const raw of sheets.persons) {
    if (!p.isBad('persons', raw.row)) continue
    const id = cellText(raw.cells.idNumber ?? null)
    if (id) badPersonIds.add(id.replace(/\s/g, '').toUpperCase())
  }
  const personFor = (
    sheet: SheetKey,
    raw: RawRow,
    key: string,
    idNumber: string,
    name: string | null,
    nameKey: string | null,
  ): { name: string; partyMember: boolean; id: string | null } | undefined => {
    const inFile = goodPersonRows.get(idNumber)
    const known = world.persons.get(idNumber)
    if (!inFile && badPersonIds.has(idNumber)) {
      p.at(sheet, raw, key, {
        zh: '此人在“人员”表中的行有错误，未导入',
        en: 'this person’s row in 人员 has errors',
      })
      return undefined
    }
    if (!inFile && !known) {
      p.at(sheet, raw, key, {
        zh: '找不到此证件号码的人员（既未登记，也不在“人员”表中）',
        en: 'no person with this ID number is registered or in the 人员 sheet',
      })
      return undefined
    }
    const actualName = inFile?.name ?? known?.name ?? ''
    if (name !== null && nameKey !== null && name !== actualName) {
      p.at(sheet, raw, nameKey, {
        zh: '姓名与该证件号码登记的姓名不一致',
        en: 'the name differs from the one registered with this ID number',
      })
      return undefined
    }
    return {
      name: actualName,
      partyMember: inFile?.partyMember ?? known?.partyMember ?? false,
      id: known?.id ?? null,
    }
  }

  const posts: PlannedPost[] = []
  const postKeys = new Set<string>()
  const leadersInFile = new Set<string>()
  for (const raw of sheets.posts) {
    const parsed = parsePostRow(layouts.posts, raw)
    if (!parsed.ok) {
      p.add('posts', parsed.errors)
      continue
    }
    const r = parsed.value
    if (!personFor('posts', raw, 'idNumber', r.idNumber, r.name, 'name')) continue
    const place = places.place(r.place)
    if (place === 'ambiguous' || !place) {
      p.at(
        'posts',
        raw,
        'place',
        place === 'ambiguous'
          ? ambiguous(r.place)
          : { zh: `本社区没有“${r.place}”`, en: `no "${r.place}" in this community` },
      )
      continue
    }
    const wrongPlace = postPlaceProblem(r.post, place.kind)
    if (wrongPlace) {
      p.at('posts', raw, 'place', wrongPlace)
      continue
    }
    const key = `${r.idNumber}\t${r.post}\t${place.id}`
    if (postKeys.has(key)) {
      p.at('posts', raw, 'post', { zh: '与前面的行重复', en: 'repeats an earlier row' })
      continue
    }
    postKeys.add(key)
    if (r.post === 'building_leader') leadersInFile.add(r.idNumber)
    posts.push({ ...r, nodeId: place.id, nodeName: place.name, nodePath: place.path })
  }

  // ——— 联系户 ———
  const contacts: PlannedContact[] = []
  const contactKeys = new Set<string>()
  const goodHouseholds = new Set(households.map((h) => h.household.code))
  for (const raw of sheets.contacts) {
    const parsed = parseContactRow(layouts.contacts, raw)
    if (!parsed.ok) {
      p.add('contacts', parsed.errors)
      continue
    }
    const r: ContactRow = parsed.value
    const member = personFor('contacts', raw, 'memberIdNumber', r.memberIdNumber, r.memberName, 'memberName')
    if (!member) continue
    if (!member.partyMember) {
      p.at('contacts', raw, 'memberIdNumber', { zh: '此人不是党员', en: 'this person is not a party member' })
      continue
    }
    if (r.leaderIdNumber !== null) {
      const leader = personFor('contacts', raw, 'leaderIdNumber', r.leaderIdNumber, null, null)
      if (!leader) continue
      const holdsPost =
        leadersInFile.has(r.leaderIdNumber) || (leader.id !== null && world.buildingLeaders.has(leader.id))
      if (!holdsPost) {
        p.at('contacts', raw, 'leaderIdNumber', {
          zh: '此人没有“楼栋长”岗位（可在“岗位”表中一并导入）',
          en: 'this person holds no building leader post (add one in the 岗位 sheet)',
        })
        continue
      }
    }
    if (r.household !== null && !goodHouseholds.has(r.household) && !world.households.has(r.household)) {
      p.at(
        'contacts',
        raw,
        'household',
        groups.has(r.household)
          ? {
              zh: `户号 ${r.household} 在“人员”表中有错误，未导入`,
              en: `household ${r.household} has errors in 人员`,
            }
          : { zh: `本社区没有户号 ${r.household}`, en: `no household ${r.household} in this community` },
      )
      continue
    }
    if (r.leaderIdNumber !== null) {
      const key = `L\t${r.leaderIdNumber}\t${r.memberIdNumber}`
      if (!contactKeys.has(key)) {
        contactKeys.add(key)
        contacts.push({
          row: r.row,
          kind: 'leader_member',
          fromIdNumber: r.leaderIdNumber,
          toIdNumber: r.memberIdNumber,
          toHousehold: null,
        })
      }
    }
    if (r.household !== null) {
      const key = `H\t${r.memberIdNumber}\t${r.household}`
      if (!contactKeys.has(key)) {
        contactKeys.add(key)
        contacts.push({
          row: r.row,
          kind: 'member_household',
          fromIdNumber: r.memberIdNumber,
          toIdNumber: null,
          toHousehold: r.household,
        })
      }
    }
  }

  const rowCounts = {} as ImportPlan['rowCounts']
  for (const key of ['rooms', 'persons', 'posts', 'contacts'] as const)
    rowCounts[key] = { total: sheets[key].length, bad: p.badRows.get(key)?.size ?? 0 }
  return {
    rooms,
    households,
    loosePersons,
    posts,
    contacts,
    errors: sortErrors(p.list),
    rowCounts,
  }
}

function ambiguous(text: string): Bilingual {
  return { zh: `“${text}”对应多处，请改填编码`, en: `"${text}" matches several places; give its code` }
}

const sheetRank = new Map(['房屋', '人员', '岗位', '联系户'].map((s, i) => [s, i]))

export function sortErrors(errors: ImportError[]): ImportError[] {
  return [...errors].sort(
    (a, b) => (sheetRank.get(a.sheet) ?? 9) - (sheetRank.get(b.sheet) ?? 9) || a.row - b.row,
  )
}
