// Exports of the registry in the import template's layout, streamed (exceljs' streaming writer, a
// page of 1,000 rows at a time), so 100,000 residents never sit in memory. ID numbers and phones
// are masked unless the caller asks to unmask and may — that disclosure is audited with its row
// count. Restricted tags are never exported. Also: the error workbook of an import.
import { PassThrough, type Readable } from 'node:stream'
import ExcelJS from 'exceljs'
import type { Db, HouseholdTable, OrgNodeTable, PersonTable } from '../../db/index.js'
import { can, requireAccess, type Actor } from '../../platform/access.js'
import { recordAudit } from '../../platform/audit.js'
import { AppError, notFoundOrNoAccess } from '../../platform/errors.js'
import { maskIdNumber, maskPhone, unseal, type PiiKeys } from '../../platform/pii.js'
import {
  careTagNames,
  hukouNames,
  idTypeNames,
  layouts,
  relationNames,
  roomStateNames,
  roomUseNames,
  sexNames,
  shownValue,
  sheetOrder,
  type CellValue,
  type ImportError,
} from './import.domain.js'
import * as repo from './import.repository.js'
import { setUpSheet, sheetOptions } from './template.js'
import { readWorkbook } from './xlsx.js'

const PAGE = 1000

export interface ExportStream {
  fileName: string
  stream: Readable
  rows: number
}

interface Deps {
  db: Db
  pii: PiiKeys
  actor: Actor
  nodeId: string
  unmask: boolean
  now: number
}

/** Access first (so a refusal is an ordinary JSON error), then the audit entry, then the stream. */
async function prepare(
  { db, actor, nodeId, unmask, now }: Deps,
  what: 'persons' | 'households',
  count: (path: string) => Promise<number>,
): Promise<{ node: OrgNodeTable; rows: number }> {
  const node = await repo.findNode(db, nodeId)
  if (!node) throw notFoundOrNoAccess('org_node')
  requireAccess(actor, 'person.read', { kind: 'org', path: node.path }, 'org_node')
  if (unmask && !can(actor, 'person.unmask', { kind: 'org', path: node.path }))
    throw new AppError('FORBIDDEN', { permission: 'person.unmask' })
  const rows = await count(node.path)
  await recordAudit(db, {
    actor,
    action: unmask ? 'person.unmask' : 'registry.export',
    targetType: 'org_node',
    targetId: node.id,
    scopePath: node.path,
    summary: { export: `${what}.xlsx`, rows, ...(unmask ? { fields: ['idNumber', 'phone'] } : {}) },
    at: now,
  })
  return { node, rows }
}

/** Streams a workbook written by `produce`; a failure part-way ends the download with an error. */
function streamWorkbook(produce: (wb: ExcelJS.stream.xlsx.WorkbookWriter) => Promise<void>): Readable {
  const out = new PassThrough()
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false })
  wb.creator = '同心 Tongxin'
  produce(wb)
    .then(() => wb.commit())
    .catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))))
  return out
}

/** Names of the nodes on paths, loaded once per id. */
class NodeNames {
  readonly #nodes = new Map<string, OrgNodeTable>()
  constructor(readonly db: Db) {}

  async load(paths: readonly string[]): Promise<void> {
    const ids = new Set<string>()
    for (const p of paths) for (const id of p.split('/')) if (id !== '' && !this.#nodes.has(id)) ids.add(id)
    for (const n of await repo.listNodesById(this.db, [...ids])) this.#nodes.set(n.id, n)
  }

  /** Building, unit, room and grid names of a room's path (empty when the path ends elsewhere). */
  place(path: string): {
    grid: string
    building: string
    unit: string
    room: string
    node: OrgNodeTable | undefined
  } {
    const nodes = path
      .split('/')
      .filter((s) => s !== '')
      .map((id) => this.#nodes.get(id))
    const of = (kind: string) => nodes.find((n) => n?.kind === kind)
    const last = nodes[nodes.length - 1]
    return {
      grid: of('grid')?.name ?? '',
      building: of('building')?.name ?? '',
      unit: of('unit')?.name ?? '',
      room: last?.kind === 'room' ? last.name : '',
      node: last,
    }
  }
}

function reveal(pii: PiiKeys, sealed: string | null, unmask: boolean, mask: (v: string) => string): string {
  if (!sealed) return ''
  const value = unseal(pii, sealed)
  return unmask ? value : mask(value)
}

export async function exportPersons(deps: Deps): Promise<ExportStream> {
  const { node, rows } = await prepare(deps, 'persons', (path) => repo.countPersonsUnder(deps.db, path))
  const { db, pii, unmask } = deps
  const stream = streamWorkbook(async (wb) => {
    const ws = wb.addWorksheet(layouts.persons.name, sheetOptions)
    setUpSheet(ws, layouts.persons, { maxRow: Math.max(rows + 1, 2) })
    ws.getRow(1).commit()
    const villages = await repo.villageNames(db)
    const names = new NodeNames(db)
    let after: { path: string; sort: string; id: string } | null = null
    for (;;) {
      const page: PersonTable[] = await repo.personsPageUnder(db, node.path, after, PAGE)
      if (page.length === 0) break
      const ids = page.map((p) => p.id)
      const memberships = new Map((await repo.openMembershipsOf(db, ids)).map((m) => [m.person_id, m]))
      const householdIds = [...new Set([...memberships.values()].map((m) => m.household_id))]
      const households = new Map((await repo.householdsById(db, householdIds)).map((h) => [h.id, h]))
      const residences = new Map(
        (await repo.openResidencesOf(db, householdIds)).map((r) => [r.household_id, r]),
      )
      const tags = new Map<string, string[]>()
      for (const t of await repo.openTagsOf(db, ids)) {
        const zh = careTagNames[t.tag]
        if (t.restricted === 1 || zh === undefined) continue
        tags.set(t.person_id, [...(tags.get(t.person_id) ?? []), zh])
      }
      await names.load(page.map((p) => p.path))
      for (const p of page) {
        const m = memberships.get(p.id)
        const h = m ? households.get(m.household_id) : undefined
        const place = names.place(p.path)
        const values: Record<string, CellValue> = {
          household: h?.code ?? '',
          relation: m ? ((relationNames as Record<string, string>)[m.relation] ?? relationNames.other) : '',
          name: p.name,
          sex: sexNames[p.sex],
          idType: idTypeNames[p.id_type],
          idNumber: reveal(pii, p.id_sealed, unmask, maskIdNumber),
          birthDate: p.birth_date ?? '',
          phone: reveal(pii, p.phone_sealed, unmask, maskPhone),
          hukou: hukouNames[p.hukou],
          village: p.origin_village_id ? (villages.get(p.origin_village_id) ?? '') : '',
          building: place.building,
          unit: place.unit,
          room: place.room,
          movedInOn: (h && residences.get(h.id)?.moved_in_on) ?? '',
          partyMember: p.party_member === 1 ? '是' : '否',
          tags: (tags.get(p.id) ?? []).join('、'),
        }
        ws.addRow(values).commit()
      }
      const last = page[page.length - 1]
      if (!last || page.length < PAGE) break
      after = { path: last.path, sort: last.name_sort, id: last.id }
    }
    ws.commit()
  })
  return { fileName: `${node.name}-人员`, stream, rows }
}

export async function exportHouseholds(deps: Deps): Promise<ExportStream> {
  const { node, rows } = await prepare(deps, 'households', (path) => repo.countHouseholdsUnder(deps.db, path))
  const { db, pii, unmask } = deps
  const stream = streamWorkbook(async (wb) => {
    const names = new NodeNames(db)
    const roomsSheet = wb.addWorksheet(layouts.rooms.name, sheetOptions)
    setUpSheet(roomsSheet, layouts.rooms)
    roomsSheet.getRow(1).commit()
    let afterPath: string | null = null
    for (;;) {
      const rooms: OrgNodeTable[] = await repo.roomsPageUnder(db, node.path, afterPath, PAGE)
      if (rooms.length === 0) break
      await names.load(rooms.map((r) => r.path))
      for (const r of rooms) {
        const place = names.place(r.path)
        roomsSheet
          .addRow({
            building: place.building,
            unit: place.unit,
            floor: r.floor,
            room: r.name,
            use: r.room_use ? roomUseNames[r.room_use] : '',
            state: r.room_state ? roomStateNames[r.room_state] : '',
            grid: place.grid,
          })
          .commit()
      }
      afterPath = rooms[rooms.length - 1]?.path ?? null
      if (rooms.length < PAGE) break
    }
    roomsSheet.commit()

    const ws = wb.addWorksheet('户', sheetOptions)
    ws.columns = [
      { header: '户号', key: 'code', width: 14 },
      { header: '户主', key: 'head', width: 10 },
      { header: '户主证件号码', key: 'headId', width: 22, style: { numFmt: '@' } },
      { header: '人数', key: 'members', width: 6 },
      { header: '原村', key: 'village', width: 10 },
      { header: '楼栋', key: 'building', width: 10 },
      { header: '单元', key: 'unit', width: 8 },
      { header: '房号', key: 'room', width: 8 },
      { header: '入住日期', key: 'movedInOn', width: 12 },
    ]
    ws.getRow(1).font = { bold: true }
    ws.getRow(1).commit()
    const villages = await repo.villageNames(db)
    let after: { code: string; id: string } | null = null
    for (;;) {
      const page: HouseholdTable[] = await repo.householdsPageUnder(db, node.path, after, PAGE)
      if (page.length === 0) break
      const ids = page.map((h) => h.id)
      const heads = new Map(
        (
          await repo.personsById(
            db,
            page.flatMap((h) => (h.head_person_id ? [h.head_person_id] : [])),
          )
        ).map((p) => [p.id, p]),
      )
      const counts = await repo.memberCounts(db, ids)
      const residences = new Map((await repo.openResidencesOf(db, ids)).map((r) => [r.household_id, r]))
      await names.load(page.map((h) => h.path))
      for (const h of page) {
        const head = h.head_person_id ? heads.get(h.head_person_id) : undefined
        const place = names.place(h.path)
        ws.addRow({
          code: h.code,
          head: head?.name ?? '',
          headId: reveal(pii, head?.id_sealed ?? null, unmask, maskIdNumber),
          members: counts.get(h.id) ?? 0,
          village: h.origin_village_id ? (villages.get(h.origin_village_id) ?? '') : '',
          building: place.building,
          unit: place.unit,
          room: place.room,
          movedInOn: residences.get(h.id)?.moved_in_on ?? '',
        }).commit()
      }
      const last = page[page.length - 1]
      if (!last || page.length < PAGE) break
      after = { code: last.code, id: last.id }
    }
    ws.commit()
  })
  return { fileName: `${node.name}-户和房屋`, stream, rows }
}

// ——— the error workbook ———

const REASON = '错误原因'

/** The bad rows as uploaded, one sheet per registry, with 错误原因; plus a list of every problem. */
export async function buildErrorsWorkbook(
  source: Readable,
  errors: readonly ImportError[],
  unmasked: boolean,
): Promise<Buffer> {
  const read = await readWorkbook(source)
  const reasons = new Map<string, string[]>()
  for (const e of errors) {
    const key = `${e.sheet}\t${e.row}`
    reasons.set(key, [...(reasons.get(key) ?? []), e.column ? `${e.column}：${e.reasonZh}` : e.reasonZh])
  }
  const wb = new ExcelJS.Workbook()
  wb.creator = '同心 Tongxin'
  for (const key of sheetOrder) {
    const layout = layouts[key]
    const bad = read.sheets[key].filter((r) => reasons.has(`${layout.name}\t${r.row}`))
    if (bad.length === 0) continue
    const ws = wb.addWorksheet(layout.name, sheetOptions)
    setUpSheet(ws, layout, { maxRow: bad.length + 1, extra: [REASON] })
    for (const r of bad) {
      const values: Record<string, CellValue> = {}
      for (const c of layout.columns) {
        const v = r.cells[c.key] ?? null
        values[c.key] = unmasked || (c.kind !== 'id' && c.kind !== 'phone') ? v : shownValue(c.key, v)
      }
      values[REASON] = (reasons.get(`${layout.name}\t${r.row}`) ?? []).join('；')
      const row = ws.addRow(values)
      row.getCell(layout.columns.length + 1).font = { color: { argb: 'FFC0392B' } }
    }
  }
  const list = wb.addWorksheet('错误清单')
  list.columns = [
    { header: '工作表', key: 'sheet', width: 10 },
    { header: '行号', key: 'row', width: 6 },
    { header: '列', key: 'column', width: 14 },
    { header: '内容', key: 'value', width: 24 },
    { header: REASON, key: 'reason', width: 60 },
    { header: 'Reason', key: 'reasonEn', width: 60 },
  ]
  list.getRow(1).font = { bold: true }
  for (const e of errors)
    list.addRow({
      sheet: e.sheet,
      row: e.row,
      column: e.column ?? '',
      value: e.value ?? '',
      reason: e.reasonZh,
      reasonEn: e.reasonEn,
    })
  return Buffer.from(await wb.xlsx.writeBuffer())
}
