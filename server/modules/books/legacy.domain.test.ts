import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { chart2023 } from '../../db/migrations/0016_books.js'
import { chart2004, mapping2004to2023 } from '../../db/migrations/0019_books_opening.js'
import {
  checkLegacyRows,
  effectiveMapping,
  nextChildCode,
  readLegacyTable,
  sumBalances,
  yuanToFen,
  type LegacyContext,
  type Mapping,
  type TargetAccount,
} from './legacy.domain.js'

function readTsv(url: URL): string[][] {
  return readFileSync(fileURLToPath(url), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'))
}

describe('the 2004 chart and its mapping to 2023', () => {
  it('is stored exactly as the 2004 chart kept beside the migrations (and in the shared data when present)', () => {
    const copy = new URL('../../db/data/collective-accounts-2004.tsv', import.meta.url)
    expect(chart2004).toEqual(readTsv(copy))
    expect(chart2004).toHaveLength(33)
    const shared = new URL('../../../../shared/data/collective-accounts-2004.tsv', import.meta.url)
    if (existsSync(fileURLToPath(shared)))
      expect(readFileSync(fileURLToPath(copy), 'utf8')).toBe(readFileSync(fileURLToPath(shared), 'utf8'))
  })

  it('maps every 2004 account once, to a 2023 account that exists — never by code', () => {
    const codes2023 = new Set([...chart2023.map((a) => a[0]), '32201'])
    expect(mapping2004to2023.map((m) => m[0])).toEqual(chart2004.map((a) => a[0]))
    for (const [from, to] of mapping2004to2023) if (to !== null) expect(codes2023.has(to), from).toBe(true)
    const to = new Map(mapping2004to2023.map((m) => [m[0], m]))
    // The same code means different accounts: 2004's 502 经营支出 is 2023's 511, 2023's 502 is 投资收益.
    expect(to.get('502')?.[1]).toBe('511')
    expect(to.get('561')?.[1]).toBe('502')
    expect(to.get('153')?.[1]).toBe('154')
    expect(to.get('154')?.[1]).toBe('153')
    // 应付福利费 has no 2023 account: kept in a sub-account of 211 应付款, with a note.
    expect(to.get('212')).toEqual(['212', '211', '应付福利费', expect.stringContaining('应付款')])
    // Where the accountant must choose, there is no default, only a note.
    expect(to.get('131')?.[1]).toBeNull()
    expect(to.get('131')?.[3]).toContain('132')
    // Every mapping that moves an account to another code says why.
    for (const [from, target, , note] of mapping2004to2023)
      if (target !== from && target !== null) expect(note, from).not.toBeNull()
    // Classes agree: an asset stays an asset, income stays income.
    const class2004 = new Map(chart2004.map((a) => [a[0], a[2]]))
    const class2023 = new Map(chart2023.map((a) => [a[0], a[2]]))
    class2023.set('32201', 'equity')
    for (const [from, target] of mapping2004to2023)
      if (target !== null) expect(class2023.get(target), from).toBe(class2004.get(from))
  })

  it('lays the accountant’s choices over the default mapping', () => {
    const defaults: Mapping[] = mapping2004to2023.map(
      ([legacyCode, accountCode, subAccountName, noteZh]) => ({
        legacyCode,
        accountCode,
        subAccountName,
        noteZh,
      }),
    )
    const m = effectiveMapping(defaults, [
      { legacyCode: '131', accountCode: '132' },
      { legacyCode: '112', accountCode: '11202', subAccountName: '  ' },
    ])
    expect(m.get('131')).toMatchObject({ accountCode: '132', subAccountName: null })
    expect(m.get('112')).toMatchObject({ accountCode: '11202', subAccountName: null })
    expect(m.get('502')).toMatchObject({ accountCode: '511' })
  })
})

describe('amounts in yuan', () => {
  it('become whole fen, never rounded', () => {
    expect(yuanToFen(1234.56)).toEqual({ fen: 123456 })
    expect(yuanToFen('1,234.5')).toEqual({ fen: 123450 })
    expect(yuanToFen('¥ 80')).toEqual({ fen: 8000 })
    expect(yuanToFen(null)).toEqual({ fen: 0 })
    const problemOf = (v: number | string) => {
      const r = yuanToFen(v)
      return 'problemZh' in r ? r.problemZh : null
    }
    expect(problemOf(0.1 + 0.2)).toContain('精确到分')
    expect(problemOf(12.345)).toContain('精确到分')
    expect(problemOf('-5')).toContain('负数')
    expect(yuanToFen('五百')).toMatchObject({ problemZh: '金额不是数字' })
  })

  it('read any two-decimal amount exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), (fen) => {
        expect(yuanToFen(fen / 100)).toEqual({ fen })
        expect(yuanToFen((fen / 100).toFixed(2))).toEqual({ fen })
      }),
    )
  })
})

const account = (code: string, name: string, extra: Partial<TargetAccount> = {}): [string, TargetAccount] => [
  code,
  { code, name, parentCode: null, leaf: true, active: true, perHousehold: false, ...extra },
]

function context(overrides: { legacyCode: string; accountCode: string }[] = []): LegacyContext {
  return {
    chart2004: new Map(chart2004.map((a) => [a[0], a[1]])),
    mapping: effectiveMapping(
      mapping2004to2023.map(([legacyCode, accountCode, subAccountName, noteZh]) => ({
        legacyCode,
        accountCode,
        subAccountName,
        noteZh,
      })),
      overrides,
    ),
    accounts: new Map([
      ...chart2023.map(([code, name]) => account(code, name, { leaf: code !== '112' && code !== '322' })),
      account('11201', '单位往来', { parentCode: '112' }),
      account('11202', '农户往来', { parentCode: '112', perHousehold: true }),
      account('32201', '未分配收益', { parentCode: '322' }),
    ]),
    households: new Map([['H001', 'household-1']]),
  }
}

describe('a 2004 trial balance', () => {
  const table = [
    { row: 1, cells: ['李湾村 2025 年科目余额表'] },
    { row: 2, cells: ['科目编码', '科目名称', '借方余额', '贷方余额', '户号'] },
    { row: 3, cells: ['101', '现金', 1000, null, null] },
    { row: 4, cells: [102, '银行存款', '50,000.00', null, null] },
    { row: 5, cells: ['502', '经营支出', 300, null, null] },
    { row: 6, cells: ['212', '应付福利费', null, 800, null] },
    { row: 7, cells: ['999', '不存在', 1, null, null] },
    { row: 8, cells: ['131', '牲畜(禽)资产', 5, null, null] },
    { row: 9, cells: ['301', '资本', 12.345, null, null] },
    { row: 10, cells: ['311', '公积公益金', 10, 10, null] },
    { row: 11, cells: ['112', '应收款', 20, null, 'H404'] },
    { row: 12, cells: ['112', '应收款', 30, null, 'H001'] },
    { row: 13, cells: [null, '合计', 51300, 800, null] },
    { row: 14, cells: [] },
  ]

  it('reports every bad row with its reason, and maps the good ones', () => {
    const read = readLegacyTable(table)
    expect(read.errors).toEqual([])
    expect(read.rows.map((r) => r.row)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
    const { good, errors } = checkLegacyRows(
      read.rows,
      context([{ legacyCode: '112', accountCode: '11202' }]),
    )
    expect(errors.map((e) => [e.row, e.column, e.reasonZh])).toEqual([
      [7, '科目编码', '2004 年制度科目表中没有科目 999'],
      [8, '科目编码', expect.stringContaining('没有默认对应科目')],
      [9, '借方余额', '金额须精确到分（最多两位小数）'],
      [10, null, '借方余额和贷方余额只能填一个'],
      [11, '户号', '户号 H404 不是本村农户'],
    ])
    expect(errors.every((e) => e.sheet === '科目余额表' && e.reasonEn !== '')).toBe(true)
    expect(
      good.map((g) => [g.legacyCode, g.accountCode, g.create, g.householdId, g.debitFen, g.creditFen]),
    ).toEqual([
      ['101', '101', null, null, 100_000, 0],
      ['102', '102', null, null, 5_000_000, 0],
      ['502', '511', null, null, 30_000, 0],
      ['212', null, { parentCode: '211', name: '应付福利费' }, null, 0, 80_000],
      ['112', '11202', null, 'household-1', 3000, 0],
    ])
  })

  it('asks for a sub-account where the mapped account has them, and a household where it is kept per household', () => {
    const read = readLegacyTable([
      { row: 1, cells: ['科目编码', '科目名称', '借方余额', '贷方余额', '户号'] },
      { row: 2, cells: ['112', '应收款', 10, null, null] },
      { row: 3, cells: ['101', '现金', 10, null, 'H001'] },
    ])
    const bare = checkLegacyRows(read.rows, context())
    expect(bare.errors.map((e) => e.reasonZh)).toEqual([
      '科目 112 应收款 有明细科目，请在映射中指定明细科目',
      expect.stringContaining('不按户核算'),
    ])
    const mapped = checkLegacyRows(read.rows, context([{ legacyCode: '112', accountCode: '11202' }]))
    expect(mapped.errors[0]?.reasonZh).toContain('按户核算，请填写户号')
  })

  it('needs its header and the amount columns', () => {
    expect(readLegacyTable([{ row: 1, cells: ['x', 'y'] }]).errors[0]?.reasonZh).toContain('没有找到表头')
    expect(
      readLegacyTable([{ row: 1, cells: ['科目编码', '科目名称', '借方余额'] }]).errors[0]?.reasonZh,
    ).toBe('缺少“贷方余额”列')
  })

  it('sums rows meeting in one account, on the side of the net balance', () => {
    const base = { create: null, householdId: null }
    expect(
      sumBalances([
        { ...base, row: 1, legacyCode: '521', accountCode: '503', debitFen: 0, creditFen: 500 },
        { ...base, row: 2, legacyCode: '522', accountCode: '503', debitFen: 0, creditFen: 700 },
        { ...base, row: 3, legacyCode: '113', accountCode: '113', debitFen: 100, creditFen: 0 },
        { ...base, row: 4, legacyCode: '113', accountCode: '113', debitFen: 0, creditFen: 300 },
      ]),
    ).toEqual([
      { accountCode: '503', householdId: null, debitFen: 0, creditFen: 1200, legacyCodes: ['521', '522'] },
      { accountCode: '113', householdId: null, debitFen: 0, creditFen: 200, legacyCodes: ['113'] },
    ])
  })

  it('gives a new sub-account the next free code', () => {
    expect(nextChildCode('211', ['211', '21101', '21103', '2110301'])).toBe('21104')
    expect(nextChildCode('211', ['211'])).toBe('21101')
  })
})
