// Imports, pure: the workbook's layout as data (the columns community offices keep, in Chinese),
// reading one cell as a typed value, and one row as a typed record or a list of problems, each
// naming its sheet, row, column and reason in both languages.
import type { Hukou, IdType, RoomState, RoomUse } from '../../db/schema.js'
import { maskIdNumber, maskPhone } from '../../platform/pii.js'
import { checkIdentityDocument, checkPhone } from '../registry/index.js'

export type SheetKey = 'rooms' | 'persons' | 'posts' | 'contacts'
export type ColumnKind = 'text' | 'id' | 'phone' | 'date' | 'int' | 'enum' | 'list'

export interface ColumnSpec {
  key: string
  header: string
  kind: ColumnKind
  required: boolean
  /** Allowed values (Chinese), for enums and lists. */
  values?: readonly string[]
  help: string
  example: string | number
  width: number
}

export interface SheetLayout {
  key: SheetKey
  name: string
  purpose: string
  columns: readonly ColumnSpec[]
}

/** One cell as read: text, a number, a date (a calendar day, read in UTC), a flag, or nothing. */
export type CellValue = string | number | boolean | Date | null

export interface RawRow {
  sheet: SheetKey
  /** The row number Excel shows (the header is row 1). */
  row: number
  cells: Record<string, CellValue>
}

export interface ImportError {
  /** The sheet's Chinese name as in the workbook. */
  sheet: string
  row: number
  /** The column header, or null for a problem with the whole row or sheet. */
  column: string | null
  /** What the cell held (ID numbers and phones masked). */
  value: string | null
  reasonZh: string
  reasonEn: string
}

// ——— vocabularies ———

export const relationNames = {
  head: '户主',
  spouse: '配偶',
  child: '子女',
  parent: '父母',
  grandchild: '孙子女',
  sibling: '兄弟姐妹',
  other: '其他',
} as const
export type Relation = keyof typeof relationNames

/** What offices write instead of the standard words (户口簿 usage). */
const relationSynonyms: Record<string, Relation> = {
  本人: 'head',
  妻: 'spouse',
  妻子: 'spouse',
  夫: 'spouse',
  丈夫: 'spouse',
  子: 'child',
  女: 'child',
  儿子: 'child',
  女儿: 'child',
  长子: 'child',
  次子: 'child',
  长女: 'child',
  次女: 'child',
  之子: 'child',
  之女: 'child',
  父: 'parent',
  母: 'parent',
  父亲: 'parent',
  母亲: 'parent',
  孙子: 'grandchild',
  孙女: 'grandchild',
  外孙: 'grandchild',
  外孙子: 'grandchild',
  外孙女: 'grandchild',
  兄: 'sibling',
  弟: 'sibling',
  姐: 'sibling',
  妹: 'sibling',
  哥哥: 'sibling',
  弟弟: 'sibling',
  姐姐: 'sibling',
  妹妹: 'sibling',
}

export const idTypeNames: Record<IdType, string> = {
  resident_id: '居民身份证',
  hk_macau_permit: '港澳居民来往内地通行证',
  taiwan_permit: '台湾居民来往大陆通行证',
  passport: '护照',
  foreign_permanent: '外国人永久居留身份证',
  none: '无',
}
export const hukouNames: Record<Hukou, string> = { registered: '户籍', floating: '流动', other: '其他' }
export const roomUseNames: Record<RoomUse, string> = { dwelling: '住宅', shop: '商铺' }
export const roomStateNames: Record<RoomState, string> = {
  occupied: '自住',
  vacant: '空置',
  rented: '出租',
  renovating: '装修',
}
export const sexNames = { male: '男', female: '女' } as const

/**
 * 岗位 the import accepts: the posts that sit inside a community, with their default duties. A mirror
 * of registry/post.domain.ts `postTypes` until the registry's index exports it.
 */
export const importablePosts = {
  community_party_secretary: {
    zh: '社区党委书记',
    placeKinds: ['community'],
    duties: [
      '主持社区党委全面工作',
      '推进社区党建、自治、网格“三网融合”',
      '统筹安置村民服务和社区治理',
      '落实“1+5+10”党员联系户制度',
    ],
  },
  community_staff: {
    zh: '社区工作人员',
    placeKinds: ['community'],
    duties: ['办理居民服务事项', '维护人口、房屋和重点人群信息', '协助网格员处置网格事项'],
  },
  red_proxy: {
    zh: '红代办',
    placeKinds: ['community'],
    duties: ['为居民代购代付、代扣代缴', '陪同就医、代办救助申请', '帮助解决就业、证照等困难'],
  },
  red_butler: {
    zh: '红管家',
    placeKinds: ['community'],
    duties: ['管理小区绿化、环境卫生和停车秩序', '定期检修水电管线、路灯等设施', '参与垃圾分类和文明创建'],
  },
  grid_branch_secretary: {
    zh: '网格党支部书记',
    placeKinds: ['grid'],
    duties: ['主持网格党支部工作', '组织网格内党员报到、参加组织生活', '网格吹哨、调度党员和部门响应'],
  },
  grid_worker: {
    zh: '网格员',
    placeKinds: ['grid'],
    duties: [
      '采集、更新网格内人口和房屋信息',
      '走访住户，收集民情民意',
      '排查化解矛盾纠纷和安全隐患',
      '网格事项上报、跟踪和反馈',
    ],
  },
  building_party_group_leader: {
    zh: '楼栋党小组长',
    placeKinds: ['building'],
    duties: ['组织楼栋党小组活动', '带领本楼栋党员联系住户'],
  },
  building_leader: {
    zh: '楼栋长',
    placeKinds: ['building'],
    duties: ['联系本楼栋 5 名党员', '收集反映住户诉求', '协助开展楼栋环境和安全巡查'],
  },
  party_member: {
    zh: '党员',
    placeKinds: ['building', 'grid'],
    duties: ['联系 10 户居民，了解急难愁盼', '参加党员报到和志愿服务'],
  },
} as const satisfies Record<string, { zh: string; placeKinds: readonly string[]; duties: readonly string[] }>
export type ImportablePost = keyof typeof importablePosts

const placeKindZh: Record<string, string> = { community: '社区', grid: '网格', building: '楼栋' }

export function postPlaceProblem(type: ImportablePost, kind: string): Bilingual | null {
  const kinds: readonly string[] = importablePosts[type].placeKinds
  if (kinds.includes(kind)) return null
  return {
    zh: `“${importablePosts[type].zh}”应设在${kinds.map((k) => placeKindZh[k] ?? k).join('或')}`,
    en: `a ${type} post sits at a ${kinds.join(' or ')}, not a ${kind}`,
  }
}

// ——— the layout ———

const col = (
  key: string,
  header: string,
  kind: ColumnKind,
  required: boolean,
  help: string,
  example: string | number,
  extra: { values?: readonly string[]; width?: number } = {},
): ColumnSpec => ({ key, header, kind, required, help, example, width: extra.width ?? 12, ...extra })

/**
 * Care tags (关爱标签) by their Chinese names, and the restricted ones an import never takes. A mirror
 * of registry/person.domain.ts `tagNamesZh` until the registry's index exports it.
 */
export const careTagNames: Record<string, string> = {
  elderly_alone: '独居老人',
  very_old: '高龄老人',
  disabled: '残疾人',
  low_income: '低保对象',
  extreme_hardship: '特困人员',
  veteran: '退役军人',
  left_behind_child: '留守儿童',
  unemployed: '失业人员',
}
export const restrictedTagNames: Record<string, string> = {
  community_correction: '社区矫正对象',
  released_prisoner: '刑满释放人员',
  severe_mental_illness: '严重精神障碍患者',
  drug_rehabilitation: '戒毒康复人员',
}

export const tagVocabulary: TagVocabulary = {
  care: new Map(Object.entries(careTagNames).map(([k, zh]) => [zh, k])),
  restricted: new Set(Object.values(restrictedTagNames)),
}

function careTagColumn(): ColumnSpec {
  const names = Object.values(careTagNames)
  return col(
    'tags',
    '关爱标签',
    'list',
    false,
    `可填多个，用逗号或顿号分隔；只收关爱类标签：${names.join('、')}`,
    names[0] ?? '',
    { values: names, width: 18 },
  )
}

export const layouts: Record<SheetKey, SheetLayout> = {
  rooms: {
    key: 'rooms',
    name: '房屋',
    purpose:
      '楼栋、单元和户室。已有的房屋按名称或编码找到，不会重复建立；没有的会新建（需要组织架构维护权限）。',
    columns: [
      col('building', '楼栋', 'text', true, '楼栋名称（如 3号楼）或楼栋编码', '3号楼'),
      col('unit', '单元', 'text', true, '单元号（如 2 或 2单元）', '2单元'),
      col('floor', '楼层', 'int', false, '整数；不填时按房号推算（301 → 3 层）', 3, { width: 8 }),
      col('room', '房号', 'text', true, '房号（如 301）', '301', { width: 8 }),
      col('use', '用途', 'enum', false, '不填为住宅', '住宅', { values: Object.values(roomUseNames) }),
      col('state', '状态', 'enum', false, '不填为自住', '自住', { values: Object.values(roomStateNames) }),
      col('grid', '所属网格', 'text', false, '网格名称或编码；新建楼栋时必填', '第一网格'),
    ],
  },
  persons: {
    key: 'persons',
    name: '人员',
    purpose:
      '一人一行。同一户号的人为一户，每户必须有且只有一名户主；按证件号码识别同一人，重复导入不会重复登记。',
    columns: [
      col('household', '户号', 'text', false, '本社区内的户号；同户多人填同一户号', 'ZM-0301'),
      col(
        'relation',
        '与户主关系',
        'enum',
        false,
        '填户号时必填；也认“本人、妻、子、女”等户口簿写法',
        '户主',
        { values: Object.values(relationNames) },
      ),
      col('name', '姓名', 'text', true, '', '张桂英', { width: 10 }),
      col('sex', '性别', 'enum', false, '居民身份证可不填（按证号判断）', '女', {
        values: Object.values(sexNames),
        width: 6,
      }),
      col('idType', '证件类型', 'enum', false, '不填：有证件号码时按居民身份证，没有时为“无”', '居民身份证', {
        values: Object.values(idTypeNames),
        width: 14,
      }),
      col(
        'idNumber',
        '证件号码',
        'id',
        false,
        '请先把这一列设为“文本”格式再填写，否则 Excel 会把 18 位号码改成科学计数法',
        '320812195803150026',
        { width: 22 },
      ),
      col(
        'birthDate',
        '出生日期',
        'date',
        false,
        '2026-03-01、2026/3/1 或 2026年3月1日；居民身份证可不填',
        '1958-03-15',
      ),
      col('phone', '联系电话', 'phone', false, '手机或带区号的固定电话', '13905171234', { width: 14 }),
      col('hukou', '户籍类型', 'enum', true, '', '户籍', { values: Object.values(hukouNames) }),
      col('village', '原村', 'text', false, '搬迁前所在的村，须是本社区安置的村', '李湾村'),
      col('building', '楼栋', 'text', false, '现住楼栋（名称或编码）；同户只需在一行填写', '3号楼'),
      col('unit', '单元', 'text', false, '', '2单元', { width: 8 }),
      col('room', '房号', 'text', false, '', '301', { width: 8 }),
      col('movedInOn', '入住日期', 'date', false, '填了房号时必填', '2021-06-18'),
      col('partyMember', '党员', 'enum', false, '不填为否', '否', { values: ['是', '否'], width: 6 }),
      careTagColumn(),
    ],
  },
  posts: {
    key: 'posts',
    name: '岗位',
    purpose: '交叉任职：一人可有多行，每行一个岗位。人员须已登记或在“人员”表中。',
    columns: [
      col('name', '姓名', 'text', true, '须与证件号码对应的人员一致', '陈志强', { width: 10 }),
      col('idNumber', '证件号码', 'id', true, '文本格式', '320812197504120031', { width: 22 }),
      col('post', '岗位', 'enum', true, '', '网格员', {
        values: Object.values(importablePosts).map((p) => p.zh),
      }),
      col('place', '所在组织', 'text', true, '节点编码，或名称路径（如 第一网格/3号楼）', '第一网格', {
        width: 20,
      }),
      col('duties', '职责', 'text', false, '多项用分号或换行分隔；不填用该岗位的默认职责', '', { width: 30 }),
    ],
  },
  contacts: {
    key: 'contacts',
    name: '联系户',
    purpose:
      '“1+5+10”：填党员和户号，表示该党员联系这一户；再填楼栋长证件号码，表示楼栋长联系该党员。两者可在同一行。',
    columns: [
      col('leaderIdNumber', '楼栋长证件号码', 'id', false, '楼栋长须有“楼栋长”岗位', '320812197504120031', {
        width: 22,
      }),
      col('memberName', '党员姓名', 'text', true, '', '王立新', { width: 10 }),
      col('memberIdNumber', '党员证件号码', 'id', true, '须为党员', '320812198009090057', { width: 22 }),
      col('household', '户号', 'text', false, '该党员联系的户', 'ZM-0301'),
    ],
  },
}

export const sheetOrder: readonly SheetKey[] = ['rooms', 'persons', 'posts', 'contacts']

// ——— problems ———

export interface Bilingual {
  zh: string
  en: string
}

const idColumns = new Set(['idNumber', 'leaderIdNumber', 'memberIdNumber'])

/** A cell's value as an error report may show it: ID numbers and phones masked. */
export function shownValue(key: string, value: CellValue): string | null {
  if (value === null) return null
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value).trim()
  if (text === '') return null
  if (idColumns.has(key)) return maskIdNumber(text)
  if (key === 'phone') return maskPhone(text)
  return text.length > 100 ? `${text.slice(0, 100)}…` : text
}

export function problemAt(
  layout: SheetLayout,
  row: number,
  key: string | null,
  value: CellValue,
  reason: Bilingual,
): ImportError {
  const spec = key === null ? undefined : layout.columns.find((c) => c.key === key)
  return {
    sheet: layout.name,
    row,
    column: spec?.header ?? key,
    value: key === null ? null : shownValue(key, value),
    reasonZh: reason.zh,
    reasonEn: reason.en,
  }
}

// ——— cells ———

/** Text of a cell, trimmed; numbers as Excel shows whole numbers; null when empty. */
export function cellText(value: CellValue): string | null {
  if (value === null) return null
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value)
  if (typeof value === 'boolean') return value ? '是' : '否'
  const t = value.replace(/\u00a0/g, ' ').trim()
  return t === '' ? null : t
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: Bilingual }
const good = <T>(value: T): Parsed<T> => ({ ok: true, value })
const bad = (zh: string, en: string): Parsed<never> => ({ ok: false, reason: { zh, en } })

export const mangledIdReason: Bilingual = {
  zh: '证件号码被 Excel 转成了数字，请将该列设为文本',
  en: 'Excel turned the ID number into a number (digits lost); format the column as text and type it again',
}

/**
 * An identity number as text. A number cell (or text in scientific notation) means Excel has
 * already rounded it to 15 significant digits: we say so rather than guess the lost digits.
 */
export function idNumberText(value: CellValue): Parsed<string | null> {
  if (value === null) return good(null)
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value) || value >= 1e15) return { ok: false, reason: mangledIdReason }
    return good(value.toFixed(0))
  }
  const text = cellText(value)
  if (text === null) return good(null)
  if (/^\d+(\.\d+)?e\+?\d+$/i.test(text)) return { ok: false, reason: mangledIdReason }
  return good(text.replace(/\s/g, '').toUpperCase())
}

function validDay(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d))
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null
  return date.toISOString().slice(0, 10)
}

const excelEpochMs = Date.UTC(1899, 11, 30)

/** A calendar day from an Excel date, an Excel serial number or text (2026-03-01, 2026/3/1, 2026年3月1日). */
export function calendarDay(value: CellValue): Parsed<string | null> {
  if (value === null) return good(null)
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return bad('不是有效日期', 'not a valid date')
    // Excel dates carry no zone; the reader gives midnight UTC (a time part from typing "8:00" is dropped).
    return good(value.toISOString().slice(0, 10))
  }
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value > 0 && value < 2958466) {
      if (value >= 19000101 && value <= 29991231) {
        const day = validDay(Math.floor(value / 10000), Math.floor(value / 100) % 100, value % 100)
        if (day) return good(day)
      }
      return good(new Date(excelEpochMs + value * 86_400_000).toISOString().slice(0, 10))
    }
    return bad('不是有效日期', 'not a valid date')
  }
  const text = cellText(value)
  if (text === null) return good(null)
  const m =
    /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text) ??
    /^(\d{4})(\d{2})(\d{2})$/.exec(text)
  if (m) {
    const day = validDay(Number(m[1]), Number(m[2]), Number(m[3]))
    if (day) return good(day)
  }
  return bad(
    '日期应写成 2026-03-01、2026/3/1 或 2026年3月1日',
    'write dates as 2026-03-01, 2026/3/1 or 2026年3月1日',
  )
}

function lookup<T extends string>(names: Record<T, string>, text: string): T | undefined {
  for (const [key, zh] of Object.entries(names) as [T, string][]) if (zh === text) return key
  return undefined
}

function allowed(values: readonly string[]): Bilingual {
  return { zh: `应为：${values.join('、')}`, en: `expected one of: ${values.join(', ')}` }
}

export function yesNo(value: CellValue): Parsed<boolean> {
  if (typeof value === 'boolean') return good(value)
  const text = cellText(value)
  if (text === null || ['否', '不是', '非党员', 'N', 'n', '0'].includes(text)) return good(false)
  if (['是', '党员', '中共党员', 'Y', 'y', '1', '√'].includes(text)) return good(true)
  return { ok: false, reason: allowed(['是', '否']) }
}

export function relationOf(text: string): Relation | undefined {
  return lookup(relationNames, text) ?? relationSynonyms[text]
}

/** "2" / "2单元" → "2单元"; "3" / "3号楼" stay as written apart from a bare number. */
export function unitName(text: string): string {
  return /^\d+$/.test(text) ? `${Number(text)}单元` : text
}
export function buildingName(text: string): string {
  return /^\d+$/.test(text) ? `${Number(text)}号楼` : text
}

// ——— rows ———

export interface RoomRow {
  row: number
  building: string
  unit: string
  room: string
  /** Null when the cell is empty (a new room takes 住宅/自住 and a floor from its number). */
  floor: number | null
  use: RoomUse | null
  state: RoomState | null
  grid: string | null
}

export interface PersonRow {
  row: number
  household: string | null
  relation: Relation | null
  name: string
  sex: 'male' | 'female'
  idType: IdType
  idNumber: string | null
  birthDate: string | null
  phone: string | null
  hukou: Hukou
  village: string | null
  building: string | null
  unit: string | null
  room: string | null
  movedInOn: string | null
  /** Null when the cell is empty: a new person is not a member, a registered one keeps what is on record. */
  partyMember: boolean | null
  tags: string[]
}

export interface PostRow {
  row: number
  name: string
  idNumber: string
  post: ImportablePost
  place: string
  duties: string[] | null
}

export interface ContactRow {
  row: number
  leaderIdNumber: string | null
  memberName: string
  memberIdNumber: string
  household: string | null
}

export type RowResult<T> = { ok: true; value: T } | { ok: false; errors: ImportError[] }

class RowReader {
  readonly errors: ImportError[] = []
  constructor(
    readonly layout: SheetLayout,
    readonly raw: RawRow,
  ) {}

  cell(key: string): CellValue {
    return this.raw.cells[key] ?? null
  }

  fail(key: string | null, reason: Bilingual): void {
    this.errors.push(problemAt(this.layout, this.raw.row, key, key ? this.cell(key) : null, reason))
  }

  text(key: string, max: number): string | null {
    const text = cellText(this.cell(key))
    const spec = this.layout.columns.find((c) => c.key === key)
    if (text === null) {
      if (spec?.required) this.fail(key, { zh: '必填', en: 'is required' })
      return null
    }
    if (text.length > max) {
      this.fail(key, { zh: `不能超过 ${max} 个字`, en: `at most ${max} characters` })
      return null
    }
    return text
  }

  required(key: string, max: number): string {
    return this.text(key, max) ?? ''
  }

  choice<T extends string>(key: string, names: Record<T, string>, fallback: T | null): T | null {
    const text = cellText(this.cell(key))
    if (text === null) {
      if (fallback === null && this.layout.columns.find((c) => c.key === key)?.required)
        this.fail(key, { zh: '必填', en: 'is required' })
      return fallback
    }
    const found = lookup(names, text)
    if (found === undefined) this.fail(key, allowed(Object.values(names)))
    return found ?? fallback
  }

  parsed<T>(key: string, result: Parsed<T>): T | null {
    if (result.ok) return result.value
    this.fail(key, result.reason)
    return null
  }

  result<T>(value: T): RowResult<T> {
    return this.errors.length > 0 ? { ok: false, errors: this.errors } : { ok: true, value }
  }
}

export function parseRoomRow(layout: SheetLayout, raw: RawRow): RowResult<RoomRow> {
  const r = new RowReader(layout, raw)
  const building = r.required('building', 40)
  const unit = r.required('unit', 20)
  const room = r.required('room', 20)
  let floor: number | null = null
  const floorCell = r.cell('floor')
  if (cellText(floorCell) !== null) {
    const n =
      typeof floorCell === 'number' ? floorCell : Number(cellText(floorCell)?.replace(/[层楼F]$/i, ''))
    if (!Number.isInteger(n) || n < -5 || n > 200)
      r.fail('floor', { zh: '应为整数', en: 'must be a whole number' })
    else floor = n
  }
  const use = r.choice<RoomUse>('use', roomUseNames, null)
  const state = r.choice<RoomState>('state', roomStateNames, null)
  const grid = r.text('grid', 40)
  return r.result({
    row: raw.row,
    building: buildingName(building),
    unit: unitName(unit),
    room,
    floor,
    use,
    state,
    grid,
  })
}

/** Splits "独居老人，低保对象、残疾人" on the separators people type. */
export function splitList(text: string | null): string[] {
  if (text === null) return []
  return [
    ...new Set(
      text
        .split(/[,，、;；\s]+/)
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    ),
  ]
}

export interface TagVocabulary {
  /** 独居老人 → elderly_alone, for care tags. */
  care: ReadonlyMap<string, string>
  /** Names of restricted tags, which an import never takes. */
  restricted: ReadonlySet<string>
}

export function parsePersonRow(
  layout: SheetLayout,
  raw: RawRow,
  today: string,
  tags: TagVocabulary = tagVocabulary,
): RowResult<PersonRow> {
  const r = new RowReader(layout, raw)
  const household = r.text('household', 40)
  const relationText = cellText(r.cell('relation'))
  let relation: Relation | null = null
  if (relationText !== null) {
    relation = relationOf(relationText) ?? null
    if (!relation) r.fail('relation', allowed(Object.values(relationNames)))
  } else if (household !== null)
    r.fail('relation', { zh: '填了户号时必填', en: 'is required with a household number' })
  const name = r.required('name', 40)
  const sexText = cellText(r.cell('sex'))
  let sexGiven: 'male' | 'female' | null | undefined = null
  if (sexText !== null)
    sexGiven = sexText.startsWith('男') ? 'male' : sexText.startsWith('女') ? 'female' : undefined
  if (sexGiven === undefined) r.fail('sex', allowed(['男', '女']))
  const idNumber = r.parsed('idNumber', idNumberText(r.cell('idNumber')))
  const idTypeDefault: IdType = idNumber ? 'resident_id' : 'none'
  const idType = r.choice<IdType>('idType', idTypeNames, idTypeDefault) ?? idTypeDefault
  const birthGiven = r.parsed('birthDate', calendarDay(r.cell('birthDate')))
  let sex: 'male' | 'female' | null = sexGiven ?? null
  let birthDate = birthGiven
  let canonicalId: string | null = null
  const idProblemBefore = r.errors.some((e) => e.column === '证件号码')
  if (!idProblemBefore) {
    const check = checkIdentityDocument(idType, idNumber)
    if (!check.ok) {
      const reason = check.reason ?? { zh: '证件号码不正确', en: 'invalid' }
      const truncated = idType === 'resident_id' && idNumber !== null && /^\d{15}000$/.test(idNumber)
      r.fail(
        'idNumber',
        truncated
          ? {
              zh: `${reason.zh}（末三位为 000，可能已被 Excel 截断，请将该列设为文本后重新填写）`,
              en: `${reason.en} (ends in 000: Excel may have cut it; format the column as text and type it again)`,
            }
          : reason,
      )
    } else {
      canonicalId = check.value ?? null
      if (check.birthDate) {
        if (birthDate && birthDate !== check.birthDate)
          r.fail('birthDate', {
            zh: `与身份证号中的出生日期（${check.birthDate}）不一致`,
            en: `does not match the ID number (${check.birthDate})`,
          })
        birthDate = check.birthDate
      }
      if (check.sex) {
        if (sex && sex !== check.sex)
          r.fail('sex', { zh: '与身份证号中的性别不一致', en: 'does not match the ID number' })
        sex = check.sex
      }
    }
  }
  if (sex === null && sexGiven === null && !r.errors.some((e) => e.column === '证件号码'))
    r.fail('sex', { zh: '必填（没有居民身份证号时）', en: 'is required without a resident ID' })
  if (birthDate && birthDate > today)
    r.fail('birthDate', { zh: `出生日期晚于今天（${today}）`, en: `is after today (${today})` })
  let phone: string | null = null
  const phoneText = cellText(r.cell('phone'))
  if (phoneText !== null) {
    const check = checkPhone(phoneText)
    if (check.ok) phone = check.value
    else r.fail('phone', check.reason)
  }
  const hukou = r.choice('hukou', hukouNames, null)
  const village = r.text('village', 40)
  const building = r.text('building', 40)
  const unit = r.text('unit', 20)
  const room = r.text('room', 20)
  const placeParts = [building, unit, room].filter((p) => p !== null).length
  if (placeParts > 0 && placeParts < 3) {
    const missing = building === null ? 'building' : unit === null ? 'unit' : 'room'
    r.fail(missing, { zh: '楼栋、单元、房号应同时填写', en: 'building, unit and room go together' })
  }
  const movedInOn = r.parsed('movedInOn', calendarDay(r.cell('movedInOn')))
  if (movedInOn && movedInOn > today)
    r.fail('movedInOn', { zh: `入住日期晚于今天（${today}）`, en: `is after today (${today})` })
  const partyMember =
    cellText(r.cell('partyMember')) === null ? null : r.parsed('partyMember', yesNo(r.cell('partyMember')))
  const tagNames = splitList(cellText(r.cell('tags')))
  const tagKeys: string[] = []
  for (const t of tagNames) {
    const key = tags.care.get(t)
    if (key) tagKeys.push(key)
    else if (tags.restricted.has(t))
      r.fail('tags', {
        zh: `“${t}”属于重点人群标签，不能通过导入登记，请在系统中办理`,
        en: `"${t}" is a restricted tag; it is never imported — record it in the system`,
      })
    else r.fail('tags', { zh: `没有“${t}”这个关爱标签`, en: `"${t}" is not a care tag` })
  }
  return r.result({
    row: raw.row,
    household,
    relation,
    name,
    sex: sex ?? 'male',
    idType,
    idNumber: canonicalId,
    birthDate,
    phone,
    hukou: hukou ?? 'registered',
    village,
    building: building === null ? null : buildingName(building),
    unit: unit === null ? null : unitName(unit),
    room,
    movedInOn,
    partyMember,
    tags: tagKeys,
  })
}

/** A resident ID (or another document number) in a reference column: format and check digit. */
function referencedId(r: RowReader, key: string, required: boolean): string | null {
  const text = r.parsed(key, idNumberText(r.cell(key)))
  if (text === null) {
    if (required && !r.errors.some((e) => e.column === r.layout.columns.find((c) => c.key === key)?.header))
      r.fail(key, { zh: '必填', en: 'is required' })
    return null
  }
  if (/^\d{17}[\dX]$/.test(text)) {
    const check = checkIdentityDocument('resident_id', text)
    if (!check.ok) {
      r.fail(key, check.reason ?? { zh: '证件号码不正确', en: 'invalid' })
      return null
    }
  }
  return text
}

export function parsePostRow(layout: SheetLayout, raw: RawRow): RowResult<PostRow> {
  const r = new RowReader(layout, raw)
  const name = r.required('name', 40)
  const idNumber = referencedId(r, 'idNumber', true)
  const postText = cellText(r.cell('post'))
  let post: ImportablePost | undefined
  if (postText === null) r.fail('post', { zh: '必填', en: 'is required' })
  else {
    post = (Object.keys(importablePosts) as ImportablePost[]).find((k) => importablePosts[k].zh === postText)
    if (!post)
      r.fail('post', {
        zh: `应为：${Object.values(importablePosts)
          .map((p) => p.zh)
          .join('、')}（村级岗位和街道岗位请在系统中设置）`,
        en: 'not a post held inside a community (village and street posts are set up in the system)',
      })
  }
  const place = r.required('place', 200)
  const dutiesText = r.text('duties', 2000)
  const duties =
    dutiesText === null
      ? null
      : [
          ...new Set(
            dutiesText
              .split(/[;；\n\r]+/)
              .map((d) => d.trim())
              .filter((d) => d !== ''),
          ),
        ]
  if (duties && (duties.length > 20 || duties.some((d) => d.length > 100)))
    r.fail('duties', { zh: '最多 20 项，每项不超过 100 字', en: 'at most 20 duties of 100 characters' })
  return r.result({
    row: raw.row,
    name,
    idNumber: idNumber ?? '',
    post: post ?? 'party_member',
    place,
    duties,
  })
}

export function parseContactRow(layout: SheetLayout, raw: RawRow): RowResult<ContactRow> {
  const r = new RowReader(layout, raw)
  const leaderIdNumber = referencedId(r, 'leaderIdNumber', false)
  const memberName = r.required('memberName', 40)
  const memberIdNumber = referencedId(r, 'memberIdNumber', true)
  const household = r.text('household', 40)
  if (leaderIdNumber === null && household === null && r.errors.length === 0)
    r.fail(null, {
      zh: '请填写户号（党员联系户）或楼栋长证件号码（楼栋长联系党员）',
      en: 'give a household number (member → household) or a building leader (leader → member)',
    })
  if (leaderIdNumber !== null && leaderIdNumber === memberIdNumber)
    r.fail('leaderIdNumber', {
      zh: '楼栋长和党员不能是同一人',
      en: 'the leader and the member are the same person',
    })
  return r.result({
    row: raw.row,
    leaderIdNumber,
    memberName,
    memberIdNumber: memberIdNumber ?? '',
    household,
  })
}

/** Maps a sheet's header row to column keys; reports required columns that are missing. */
export function readHeader(
  layout: SheetLayout,
  headerCells: CellValue[],
): { columns: Map<number, string>; errors: ImportError[] } {
  const columns = new Map<number, string>()
  headerCells.forEach((cell, index) => {
    const text = cellText(cell)
      ?.replace(/\s/g, '')
      .replace(/[*＊]$/, '')
    const spec = layout.columns.find((c) => c.header === text)
    if (spec) columns.set(index, spec.key)
  })
  const present = new Set(columns.values())
  const errors = layout.columns
    .filter((c) => c.required && !present.has(c.key))
    .map((c) =>
      problemAt(layout, 1, c.key, null, {
        zh: `缺少“${c.header}”列`,
        en: `the column "${c.header}" is missing`,
      }),
    )
  return { columns, errors }
}
