// The statements (资产负债表, 收益及收益分配表) from their layouts as data: each row's formula adds
// and subtracts terms over account figures and other rows (see the layouts' migration for the
// terms). Pure: the figures come from the posted lines, rolled up from sub-accounts.
import type { Fen } from '../../platform/money.js'

export type TermKind = 'B' | 'D' | 'C' | 'O' | 'Y' | 'YD' | 'R' | 'PL'
export interface Term {
  sign: 1 | -1
  kind: TermKind
  ref: string
}

const termPattern = /^(B|D|C|O|Y|YD|R):(\d{1,12})$|^PL$/

/** Parses `B:101+B:102-R:3`; throws on anything it does not know (a layout is checked by tests). */
export function parseFormula(formula: string): Term[] {
  if (formula.trim() === '') return []
  const terms: Term[] = []
  const parts = formula.replace(/\s+/g, '').split(/(?=[+-])/)
  for (const part of parts) {
    const sign = part.startsWith('-') ? -1 : 1
    const body = part.replace(/^[+-]/, '')
    const m = termPattern.exec(body)
    if (!m) throw new Error(`unknown term “${body}” in formula ${formula}`)
    terms.push(
      body === 'PL' ? { sign, kind: 'PL', ref: '' } : { sign, kind: m[1] as TermKind, ref: m[2] ?? '' },
    )
  }
  return terms
}

/** One account's figures, its sub-accounts included, as debit minus credit. */
export interface AccountFigures {
  normalSide: 'debit' | 'credit'
  /** At the end of the period. */
  closing: Fen
  /** At the start of the year. */
  openingYear: Fen
  /** Moved from the start of the year to the period's end, carry-forward vouchers left out. */
  yearToDate: Fen
}

export interface LayoutRow {
  rowNo: number
  caption: string
  formula: string
  style: 'item' | 'subtotal' | 'total'
}

export interface StatementRow extends LayoutRow {
  value: Fen
}

/**
 * Fills a layout. `at` says which balance B/D/C read: the period's end, or the year's start (the
 * balance sheet's 年初数 column). `pl` is income less expenses not yet carried forward at that time.
 * Rows may refer only to rows above them.
 */
export function fillLayout(
  rows: readonly LayoutRow[],
  figures: ReadonlyMap<string, AccountFigures>,
  at: 'closing' | 'openingYear',
  pl: Fen,
): StatementRow[] {
  const values = new Map<number, Fen>()
  const out: StatementRow[] = []
  for (const row of [...rows].sort((a, b) => a.rowNo - b.rowNo)) {
    let value = 0
    for (const term of parseFormula(row.formula)) {
      let v: number
      if (term.kind === 'R') {
        const ref = values.get(Number(term.ref))
        if (ref === undefined)
          throw new Error(`row ${String(row.rowNo)} refers to row ${term.ref}, not above it`)
        v = ref
      } else if (term.kind === 'PL') v = pl
      else {
        const f = figures.get(term.ref)
        const normal = f?.normalSide === 'credit' ? -1 : 1
        const balance = f ? f[at] : 0
        switch (term.kind) {
          case 'B':
            v = normal * balance
            break
          case 'D':
            v = Math.max(balance, 0)
            break
          case 'C':
            v = Math.max(-balance, 0)
            break
          case 'O':
            v = normal * (f?.openingYear ?? 0)
            break
          case 'Y':
            v = normal * (f?.yearToDate ?? 0)
            break
          case 'YD':
            v = f?.yearToDate ?? 0
            break
        }
      }
      value += term.sign * v
    }
    value = value === 0 ? 0 : value
    values.set(row.rowNo, value)
    out.push({ ...row, value })
  }
  return out
}

/** Income less expenses still in their accounts (not yet carried to 本年收益), from debit-minus-credit balances. */
export function profitNotCarried(
  accounts: readonly { class: string; level: number; figures: AccountFigures }[],
  at: 'closing' | 'openingYear',
): Fen {
  let sum = 0
  for (const a of accounts)
    if (a.level === 1 && (a.class === 'income' || a.class === 'expense')) sum -= a.figures[at]
  return sum === 0 ? 0 : sum
}
