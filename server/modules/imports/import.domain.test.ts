import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { residentIdCheckChar } from '../registry/index.js'
import {
  calendarDay,
  idNumberText,
  layouts,
  mangledIdReason,
  parsePersonRow,
  parseRoomRow,
  relationOf,
  splitList,
  type CellValue,
} from './import.domain.js'
import { planImport, type World } from './plan.domain.js'
import { normaliseXlsx, readWorkbook } from './xlsx.js'

const idFor = (first17: string): string => `${first17}${residentIdCheckChar(first17)}`
const today = '2026-03-01'
const personRow = (cells: Record<string, CellValue>, row = 2) => ({
  sheet: 'persons' as const,
  row,
  cells: { hukou: '户籍', ...cells },
})

describe('reading cells', () => {
  it('takes dates as Excel dates, serial numbers or the ways people type them', () => {
    for (const v of [
      new Date(Date.UTC(2026, 2, 1)),
      46082,
      '2026-03-01',
      '2026/3/1',
      '2026.3.1',
      '2026年3月1日',
      '20260301',
    ])
      expect(calendarDay(v), String(v)).toEqual({ ok: true, value: '2026-03-01' })
    expect(calendarDay('2026-02-30').ok).toBe(false)
    expect(calendarDay('三月一日').ok).toBe(false)
    expect(calendarDay(null)).toEqual({ ok: true, value: null })
  })

  it('says plainly when Excel has turned an ID number into a number, rather than guessing digits', () => {
    expect(idNumberText(3.20812199001011e17)).toEqual({ ok: false, reason: mangledIdReason })
    expect(idNumberText('3.20812E+17')).toEqual({ ok: false, reason: mangledIdReason })
    expect(idNumberText(12345678)).toEqual({ ok: true, value: '12345678' })
    expect(idNumberText(' 32081219580315002x ')).toEqual({ ok: true, value: '32081219580315002X' })
  })

  it('understands the household-book words for relations, and lists separated any way', () => {
    expect(['户主', '本人', '妻', '长子', '之女', '外孙女', '父亲', '妹妹'].map(relationOf)).toEqual([
      'head',
      'head',
      'spouse',
      'child',
      'child',
      'grandchild',
      'parent',
      'sibling',
    ])
    expect(relationOf('邻居')).toBeUndefined()
    expect(splitList('独居老人，低保对象、残疾人;独居老人')).toEqual(['独居老人', '低保对象', '残疾人'])
  })
})

describe('reading rows', () => {
  it('reads a person: birth date and sex from the ID, phone checked, tags to keys', () => {
    const id = idFor('32081219580315002')
    const parsed = parsePersonRow(
      layouts.persons,
      personRow({
        household: 'A1',
        relation: '户主',
        name: '张桂英',
        idNumber: id,
        phone: '139 0517 1234',
        tags: '独居老人、低保对象',
      }),
      today,
    )
    expect(parsed).toEqual({
      ok: true,
      value: expect.objectContaining({
        name: '张桂英',
        sex: 'female',
        birthDate: '1958-03-15',
        idType: 'resident_id',
        idNumber: id,
        phone: '13905171234',
        tags: ['elderly_alone', 'low_income'],
        partyMember: null,
      }) as unknown,
    })
  })

  it('reports every bad cell of a row with its column header, in both languages', () => {
    const id = idFor('32081219580315002')
    const wrong = `${id.slice(0, 17)}${id[17] === '1' ? '2' : '1'}`
    const parsed = parsePersonRow(
      layouts.persons,
      personRow({
        name: '某',
        idNumber: wrong,
        phone: '12345',
        hukou: '外地',
        tags: '社区矫正对象',
        relation: '邻居',
      }),
      today,
    )
    expect(parsed.ok).toBe(false)
    if (parsed.ok) return
    expect(parsed.errors.map((e) => [e.column, e.reasonZh])).toEqual([
      ['与户主关系', '应为：户主、配偶、子女、父母、孙子女、兄弟姐妹、其他'],
      ['证件号码', '校验位不正确'],
      ['联系电话', '不是有效的手机号或固定电话'],
      ['户籍类型', '应为：户籍、流动、其他'],
      ['关爱标签', '“社区矫正对象”属于重点人群标签，不能通过导入登记，请在系统中办理'],
    ])
    expect(parsed.errors[1]).toMatchObject({
      sheet: '人员',
      row: 2,
      value: `3208**********${wrong.slice(-4)}`,
    })
    expect(parsed.errors[1]?.reasonEn).toBe('check character does not match')
  })

  it('reads a room, leaving use and state unset when the cells are empty', () => {
    expect(
      parseRoomRow(layouts.rooms, { sheet: 'rooms', row: 2, cells: { building: 3, unit: '2', room: '301' } }),
    ).toEqual({
      ok: true,
      value: {
        row: 2,
        building: '3号楼',
        unit: '2单元',
        room: '301',
        floor: null,
        use: null,
        state: null,
        grid: null,
      },
    })
  })
})

describe('checking rows together', () => {
  const community = {
    id: 'c',
    parentId: 'p',
    kind: 'community' as const,
    code: 'C',
    name: '张码花园社区',
    path: '/p/c/',
  }
  const world: World = {
    community,
    canCreatePlaces: true,
    nodes: [{ id: 'g1', parentId: 'c', kind: 'grid', code: 'C-G1', name: '第一网格', path: '/p/c/g1/' }],
    villages: [{ id: 'v1', code: 'V1', name: '李湾村' }],
    households: new Map(),
    persons: new Map(),
    buildingLeaders: new Set(),
  }
  const sheets = (persons: ReturnType<typeof personRow>[]) => ({
    rooms: [],
    persons,
    posts: [],
    contacts: [],
  })

  it('finds two heads, a repeated ID number, and holds the whole household back', () => {
    const a = idFor('32081219800303007')
    const b = idFor('32081219820404009')
    const plan = planImport(
      sheets([
        personRow({ household: 'H1', relation: '户主', name: '赵一', idNumber: a }, 2),
        personRow({ household: 'H1', relation: '户主', name: '赵二', idNumber: b }, 3),
        personRow({ household: 'H2', relation: '户主', name: '赵三', idNumber: a, village: '李湾村' }, 4),
        personRow(
          { household: 'H3', relation: '子女', name: '赵四', idNumber: idFor('32081220100101001') },
          5,
        ),
      ]),
      world,
      today,
    )
    expect(plan.households).toEqual([])
    expect(plan.errors.map((e) => [e.row, e.column, e.reasonZh])).toEqual([
      [2, null, '同户（户号 H1）其他行有错误，整户未导入'],
      [3, '与户主关系', '户号 H1 有两个户主（第 2、3 行）'],
      [4, '证件号码', '证件号码与第 2 行重复'],
      [5, '与户主关系', '户号 H3 没有户主（须有一行“户主”）'],
    ])
    expect(plan.rowCounts.persons).toEqual({ total: 4, bad: 4 })
  })
})

describe('reading workbooks', () => {
  it('reads Chinese text intact however the archive is chunked, and finds renamed sheets by their headers', async () => {
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('Sheet1')
    ws.addRow(['张码花园社区人员登记表'])
    ws.addRow(layouts.persons.columns.map((c) => c.header))
    const names: string[] = []
    for (let i = 0; i < 3000; i++) {
      const name = `${'王李张刘陈杨黄赵吴周'[i % 10] ?? ''}${String.fromCodePoint(0x4e00 + ((i * 7) % 20000))}${i % 97 === 0 ? '𠀀' : ''}`
      names.push(name)
      ws.addRow([`H${i}`, '户主', name])
    }
    const content = Buffer.from(await wb.xlsx.writeBuffer())
    expect(normaliseXlsx(content).readUInt32LE(0)).toBe(0x04034b50)
    for (let round = 0; round < 5; round++) {
      const read = await readWorkbook(content)
      expect(read.errors).toEqual([])
      expect(read.sheets.persons.map((r) => r.cells.name)).toEqual(names)
      expect(read.sheets.persons[0]?.row).toBe(3)
    }
  })

  it('calls a file that is not an archive what it is', async () => {
    const read = await readWorkbook(Buffer.from('PK\u0003\u0004 not really'))
    expect(read.errors[0]?.reasonZh).toMatch(/不是有效的 Excel/)
  })
})
