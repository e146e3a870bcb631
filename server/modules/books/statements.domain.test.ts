import { describe, expect, it } from 'vitest'
import { chart2023, layouts2023 } from '../../db/migrations/0016_books.js'
import { distributionAccounts } from './books.domain.js'
import { fillLayout, parseFormula, type AccountFigures } from './statements.domain.js'

describe('the stored layouts', () => {
  const codes = new Set([...chart2023.map((a) => a[0]), ...distributionAccounts.map((a) => a[0])])

  it('use only known terms, accounts of the chart and rows above their own', () => {
    for (const [report, rows] of Object.entries(layouts2023))
      for (const [rowNo, caption, formula] of rows)
        for (const term of parseFormula(formula)) {
          if (term.kind === 'R') expect(Number(term.ref), `${report} ${caption}`).toBeLessThan(rowNo)
          else if (term.kind !== 'PL')
            expect(codes.has(term.ref), `${report} ${caption}: ${term.ref}`).toBe(true)
        }
  })

  it('refuse a formula they cannot read', () => {
    expect(() => parseFormula('B:101+X:9')).toThrow(/X:9/)
    expect(() => parseFormula('B:101*2')).toThrow()
    expect(parseFormula(' B:101 - R:2 ')).toEqual([
      { sign: 1, kind: 'B', ref: '101' },
      { sign: -1, kind: 'R', ref: '2' },
    ])
  })

  it('shows 内部往来 on the side its balance falls, and contra accounts as positive deductions', () => {
    const f = (normalSide: 'debit' | 'credit', closing: number): AccountFigures => ({
      normalSide,
      closing,
      openingYear: 0,
      yearToDate: 0,
    })
    const figures = new Map([
      ['112', f('debit', 500)],
      ['113', f('debit', -300)],
      ['211', f('credit', -1000)],
      ['152', f('credit', -200)],
    ])
    const rows = fillLayout(
      [
        { rowNo: 1, caption: '应收款项', formula: 'B:112+D:113', style: 'item' },
        { rowNo: 2, caption: '应付款项', formula: 'B:211+C:113', style: 'item' },
        { rowNo: 3, caption: '减：累计折旧', formula: 'B:152', style: 'item' },
      ],
      figures,
      'closing',
      0,
    )
    expect(rows.map((r) => r.value)).toEqual([500, 1300, 200])
  })
})
