import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { chart2023 } from '../../db/migrations/0016_books.js'
import {
  isChildCode,
  periodOf,
  previousPeriod,
  reversalLines,
  trialBalance,
  voucherProblems,
  type AccountRule,
  type BalanceAccount,
} from './books.domain.js'

describe('the standard chart', () => {
  it('is stored exactly as the 2023 chart kept beside the migrations', () => {
    const tsv = readFileSync(
      fileURLToPath(new URL('../../db/data/collective-accounts-2023.tsv', import.meta.url)),
      'utf8',
    )
    const rows = tsv
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => {
        const [code, name, cls, side, contra] = line.split('\t')
        return [code, name, cls, side, contra === 'yes' ? 1 : 0]
      })
    expect(chart2023).toEqual(rows)
    expect(chart2023).toHaveLength(42)
    // Accumulated depreciation and amortisation are contra-assets with credit balances.
    expect(chart2023.filter((a) => a[4] === 1).map((a) => [a[0], a[3]])).toEqual([
      ['133', 'credit'],
      ['152', 'credit'],
      ['162', 'credit'],
    ])
  })
})

const accounts = new Map<string, AccountRule>([
  ['102', { id: 'a', code: '102', name: '银行存款', leaf: true, active: true, perHousehold: false }],
  ['112', { id: 'b', code: '112', name: '应收款', leaf: false, active: true, perHousehold: false }],
  ['11202', { id: 'c', code: '11202', name: '农户往来', leaf: true, active: true, perHousehold: true }],
  ['501', { id: 'd', code: '501', name: '经营收入', leaf: true, active: true, perHousehold: false }],
])

describe('voucher rules', () => {
  it('accepts a balanced voucher and names each problem of a bad one', () => {
    const ok = [
      { accountCode: '102', debitFen: 500, creditFen: 0 },
      { accountCode: '501', debitFen: 0, creditFen: 500 },
    ]
    expect(voucherProblems(ok, accounts)).toEqual([])
    expect(
      voucherProblems(
        [
          { accountCode: '112', debitFen: 500, creditFen: 0 },
          { accountCode: '11202', debitFen: 0, creditFen: 500 },
          { accountCode: '999', debitFen: 1, creditFen: 1 },
        ],
        accounts,
      ).map((p) => p.path),
    ).toEqual(['/lines/0/accountCode', '/lines/1/householdId', '/lines/2', '/lines/2/accountCode'])
  })

  it('never plugs a difference: any one-fen imbalance is refused', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e9 }),
        fc.integer({ min: -5, max: 5 }).filter((d) => d !== 0),
        (fen, d) => {
          const lines = [
            { accountCode: '102', debitFen: fen, creditFen: 0 },
            { accountCode: '501', debitFen: 0, creditFen: Math.max(fen + d, 1) },
          ]
          const balanced = fen === Math.max(fen + d, 1)
          expect(voucherProblems(lines, accounts).length === 0).toBe(balanced)
        },
      ),
    )
  })
})

describe('sub-accounts and periods', () => {
  it('reads codes and periods as the books write them', () => {
    expect(isChildCode('112', '11201')).toBe(true)
    expect(isChildCode('112', '112001')).toBe(true)
    expect(isChildCode('112', '1121')).toBe(false)
    expect(isChildCode('112', '11301')).toBe(false)
    expect(periodOf('2026-03-15')).toBe('2026-03')
    expect(previousPeriod('2026-01')).toBe('2025-12')
    expect(previousPeriod('2026-10')).toBe('2026-09')
  })
})

const chart: BalanceAccount[] = [
  {
    code: '102',
    name: '银行存款',
    class: 'asset',
    normalSide: 'debit',
    parentCode: null,
    level: 1,
    leaf: true,
  },
  {
    code: '112',
    name: '应收款',
    class: 'asset',
    normalSide: 'debit',
    parentCode: null,
    level: 1,
    leaf: false,
  },
  {
    code: '11201',
    name: '单位',
    class: 'asset',
    normalSide: 'debit',
    parentCode: '112',
    level: 2,
    leaf: true,
  },
  {
    code: '152',
    name: '累计折旧',
    class: 'asset',
    normalSide: 'credit',
    parentCode: null,
    level: 1,
    leaf: true,
  },
  {
    code: '501',
    name: '经营收入',
    class: 'income',
    normalSide: 'credit',
    parentCode: null,
    level: 1,
    leaf: true,
  },
  {
    code: '513',
    name: '管理费用',
    class: 'expense',
    normalSide: 'debit',
    parentCode: null,
    level: 1,
    leaf: true,
  },
]

describe('the trial balance', () => {
  it('rolls sub-accounts into their parent and states balances on the normal side', () => {
    const tb = trialBalance(chart, [
      { code: '102', openingDebitFen: 100_00, openingCreditFen: 0, debitFen: 50_00, creditFen: 30_00 },
      { code: '11201', openingDebitFen: 0, openingCreditFen: 0, debitFen: 20_00, creditFen: 0 },
      { code: '501', openingDebitFen: 0, openingCreditFen: 100_00, debitFen: 0, creditFen: 70_00 },
      { code: '513', openingDebitFen: 0, openingCreditFen: 0, debitFen: 30_00, creditFen: 0 },
    ])
    const row = (code: string) => tb.rows.find((r) => r.code === code)
    expect(row('112')).toMatchObject({ debitFen: 20_00, closingFen: 20_00, closingSideZh: '借' })
    expect(row('501')).toMatchObject({ openingFen: 100_00, closingFen: 170_00, closingSideZh: '贷' })
    expect(row('152')).toMatchObject({ closingFen: 0, closingSideZh: '平' })
    expect(tb.totals).toEqual({
      openingDebitFen: 100_00,
      openingCreditFen: 100_00,
      debitFen: 100_00,
      creditFen: 100_00,
      closingDebitFen: 170_00,
      closingCreditFen: 170_00,
    })
    expect(tb.balanced).toBe(true)
  })

  it('cancels a voucher and its red-letter reversal to nothing', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 1e8 }), { minLength: 1, maxLength: 6 }), (amounts) => {
        const lines = amounts.flatMap((fen, i) => [
          { code: i % 2 === 0 ? '102' : '11201', debitFen: fen, creditFen: 0 },
          { code: i % 2 === 0 ? '501' : '152', debitFen: 0, creditFen: fen },
        ])
        const movements = [...lines, ...reversalLines(lines)].map((l) => ({
          code: l.code,
          openingDebitFen: 0,
          openingCreditFen: 0,
          debitFen: l.debitFen,
          creditFen: l.creditFen,
        }))
        const tb = trialBalance(chart, movements)
        expect(tb.rows.every((r) => r.closingFen === 0 && r.debitFen === 0 && r.creditFen === 0)).toBe(true)
        expect(tb.balanced).toBe(true)
      }),
    )
  })
})
