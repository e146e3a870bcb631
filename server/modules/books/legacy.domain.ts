// Importing a trial balance kept under the 2004 system (财会〔2004〕12号), pure: reading its table,
// checking every row (each problem named with its row and column, in the import machinery's error
// shape), and mapping each 2004 account to a 2023 account through an explicit mapping — never by
// code, since the two charts give the same codes to different accounts. Amounts arrive in yuan and
// leave as whole fen; nothing here rounds.
import type { CellValue, ImportError } from '../imports/index.js'

export const LEGACY_SHEET = '科目余额表'

/** The template's columns; a header may be written in any of its aliases. */
export const legacyColumns = [
  { key: 'code', header: '科目编码', aliases: ['科目编码', '科目代码', '编码', '代码'], required: true },
  { key: 'name', header: '科目名称', aliases: ['科目名称', '名称'], required: false },
  { key: 'debit', header: '借方余额', aliases: ['借方余额', '借方', '期末借方余额'], required: true },
  { key: 'credit', header: '贷方余额', aliases: ['贷方余额', '贷方', '期末贷方余额'], required: true },
  { key: 'household', header: '户号', aliases: ['户号', '农户户号', '农户'], required: false },
] as const
type ColumnKey = (typeof legacyColumns)[number]['key']

export interface LegacyRow {
  row: number
  cells: Record<ColumnKey, CellValue>
}

export interface RawTableRow {
  row: number
  cells: CellValue[]
}

function problem(row: number, column: string | null, value: CellValue, zh: string, en: string): ImportError {
  return {
    sheet: LEGACY_SHEET,
    row,
    column,
    value: value === null ? null : text(value),
    reasonZh: zh,
    reasonEn: en,
  }
}

function text(value: CellValue): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  return String(value).trim()
}

function isBlank(value: CellValue): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '')
}

const normHeader = (v: CellValue) => (typeof v === 'string' ? v.replace(/\s/g, '').replace(/[*＊]$/, '') : '')

/** Finds the header row (in the first ten rows) and reads the rows under it; empty rows are skipped. */
export function readLegacyTable(table: readonly RawTableRow[]): { rows: LegacyRow[]; errors: ImportError[] } {
  const headerAt = table
    .slice(0, 10)
    .find((r) => r.cells.some((c) => normHeader(c) === '科目编码' || normHeader(c) === '科目代码'))
  if (!headerAt)
    return {
      rows: [],
      errors: [
        problem(
          0,
          null,
          null,
          '没有找到表头（科目编码、科目名称、借方余额、贷方余额），请使用导入模板',
          'no header row (科目编码, 科目名称, 借方余额, 贷方余额); use the template',
        ),
      ],
    }
  const index = new Map<ColumnKey, number>()
  headerAt.cells.forEach((cell, i) => {
    const h = normHeader(cell)
    const column = legacyColumns.find((c) => (c.aliases as readonly string[]).includes(h))
    if (column && !index.has(column.key)) index.set(column.key, i)
  })
  const errors: ImportError[] = []
  for (const c of legacyColumns)
    if (c.required && !index.has(c.key))
      errors.push(
        problem(headerAt.row, c.header, null, `缺少“${c.header}”列`, `the column ${c.header} is missing`),
      )
  if (errors.length > 0) return { rows: [], errors }
  const rows: LegacyRow[] = []
  for (const r of table) {
    if (r.row <= headerAt.row) continue
    const cells = Object.fromEntries(
      legacyColumns.map((c) => {
        const i = index.get(c.key)
        return [c.key, i === undefined ? null : (r.cells[i] ?? null)]
      }),
    ) as Record<ColumnKey, CellValue>
    if (Object.values(cells).every(isBlank)) continue
    // A 合计 row at the foot of the table is not an account.
    if (isBlank(cells.code) && typeof cells.name === 'string' && /合\s*计/.test(cells.name)) continue
    rows.push({ row: r.row, cells })
  }
  return { rows, errors }
}

/**
 * A yuan amount as whole fen: a number or a text such as “1,234.56” or “¥1234.5”. Blank is zero.
 * More than two decimals, a negative amount or anything else is a problem, never rounded.
 */
export function yuanToFen(value: CellValue): { fen: number } | { problemZh: string; problemEn: string } {
  if (isBlank(value)) return { fen: 0 }
  let s: string
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { problemZh: '金额不是数字', problemEn: 'not a number' }
    // The shortest text that reads back as the same number: 1234.56 stays 1234.56, 0.1 + 0.2 does not.
    s = String(value)
    if (/e/i.test(s)) {
      if (!Number.isInteger(value))
        return {
          problemZh: '金额须精确到分（最多两位小数）',
          problemEn: 'the amount is not a whole number of fen',
        }
      s = value.toFixed(0)
    }
  } else if (typeof value === 'string') s = value.trim().replace(/[,，\s¥￥]/g, '')
  else return { problemZh: '金额不是数字', problemEn: 'not a number' }
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(s)
  if (!m) return { problemZh: '金额不是数字', problemEn: 'not a number' }
  const decimals = (m[3] ?? '').replace(/0+$/, '')
  if (decimals.length > 2)
    return {
      problemZh: '金额须精确到分（最多两位小数）',
      problemEn: 'the amount is not a whole number of fen',
    }
  const fen = Number(m[2]) * 100 + Number(decimals.padEnd(2, '0'))
  if (!Number.isSafeInteger(fen) || fen > 100_000_000_000)
    return { problemZh: '金额过大', problemEn: 'the amount is too large' }
  if (m[1] === '-' && fen !== 0)
    return {
      problemZh: '余额不能为负数，请填在另一方',
      problemEn: 'a balance is never negative; put it on the other side',
    }
  return { fen }
}

export interface Mapping {
  legacyCode: string
  /** The 2023 account (first-level or the village's own), or null: the accountant must choose. */
  accountCode: string | null
  /** A sub-account of accountCode, by name, to keep the balance in (created when missing). */
  subAccountName: string | null
  noteZh: string | null
}

/** The default mapping with the accountant's choices for this import laid over it. */
export function effectiveMapping(
  defaults: readonly Mapping[],
  overrides: readonly { legacyCode: string; accountCode: string; subAccountName?: string | null }[],
): Map<string, Mapping> {
  const map = new Map(defaults.map((m) => [m.legacyCode, m]))
  for (const o of overrides)
    map.set(o.legacyCode, {
      legacyCode: o.legacyCode,
      accountCode: o.accountCode,
      subAccountName: o.subAccountName?.trim() || null,
      noteZh: null,
    })
  return map
}

export interface TargetAccount {
  code: string
  name: string
  parentCode: string | null
  leaf: boolean
  active: boolean
  perHousehold: boolean
}

export interface LegacyContext {
  /** The 2004 chart: code → name. */
  chart2004: ReadonlyMap<string, string>
  mapping: ReadonlyMap<string, Mapping>
  /** The village's chart (2023): code → account. */
  accounts: ReadonlyMap<string, TargetAccount>
  /** The village's households: 户号 → id. */
  households: ReadonlyMap<string, string>
}

export interface GoodRow {
  row: number
  legacyCode: string
  /** The account the balance goes to: an existing leaf, or a sub-account to create under parentCode. */
  accountCode: string | null
  create: { parentCode: string; name: string } | null
  householdId: string | null
  debitFen: number
  creditFen: number
}

/** The account a mapping leads to, or why it leads nowhere. */
function target(
  m: Mapping,
  accounts: ReadonlyMap<string, TargetAccount>,
):
  | { account: TargetAccount | null; create: { parentCode: string; name: string } | null }
  | { zh: string; en: string } {
  if (m.accountCode === null)
    return {
      zh: `2004 年科目 ${m.legacyCode} 没有默认对应科目，请在映射中指定${m.noteZh ? `（${m.noteZh}）` : ''}`,
      en: `the 2004 account ${m.legacyCode} has no default mapping; choose one`,
    }
  const account = accounts.get(m.accountCode)
  if (!account)
    return {
      zh: `映射的科目 ${m.accountCode} 在本村科目表中不存在`,
      en: `the mapped account ${m.accountCode} does not exist`,
    }
  if (m.subAccountName) {
    const child = [...accounts.values()].find(
      (a) => a.parentCode === account.code && a.name === m.subAccountName,
    )
    if (child) return checkLeaf(child)
    return { account: null, create: { parentCode: account.code, name: m.subAccountName } }
  }
  return checkLeaf(account)
}

function checkLeaf(a: TargetAccount) {
  if (!a.active) return { zh: `科目 ${a.code} ${a.name} 已停用`, en: `the account ${a.code} is not in use` }
  if (!a.leaf)
    return {
      zh: `科目 ${a.code} ${a.name} 有明细科目，请在映射中指定明细科目`,
      en: `the account ${a.code} has sub-accounts; map to one of them`,
    }
  return { account: a, create: null }
}

/**
 * Every row checked, every problem reported: an unknown 2004 code, a code without a mapping, an
 * amount not in whole fen, both sides filled, a household that is not the village's, a household
 * missing (or given) against how the account is kept.
 */
export function checkLegacyRows(
  rows: readonly LegacyRow[],
  ctx: LegacyContext,
): { good: GoodRow[]; errors: ImportError[] } {
  const good: GoodRow[] = []
  const errors: ImportError[] = []
  for (const r of rows) {
    const before = errors.length
    const c = r.cells
    const code = isBlank(c.code) ? '' : text(c.code)
    let mapped: ReturnType<typeof target> | null = null
    if (code === '')
      errors.push(problem(r.row, '科目编码', c.code, '科目编码为空', 'the account code is empty'))
    else if (!ctx.chart2004.has(code))
      errors.push(
        problem(
          r.row,
          '科目编码',
          c.code,
          `2004 年制度科目表中没有科目 ${code}`,
          `no account ${code} in the 2004 chart`,
        ),
      )
    else {
      const m = ctx.mapping.get(code)
      mapped = m
        ? target(m, ctx.accounts)
        : {
            zh: `2004 年科目 ${code} 没有对应科目，请在映射中指定`,
            en: `the 2004 account ${code} is not mapped`,
          }
      if ('zh' in mapped) errors.push(problem(r.row, '科目编码', c.code, mapped.zh, mapped.en))
    }
    const debit = yuanToFen(c.debit)
    const credit = yuanToFen(c.credit)
    if ('problemZh' in debit)
      errors.push(problem(r.row, '借方余额', c.debit, debit.problemZh, debit.problemEn))
    if ('problemZh' in credit)
      errors.push(problem(r.row, '贷方余额', c.credit, credit.problemZh, credit.problemEn))
    const debitFen = 'fen' in debit ? debit.fen : 0
    const creditFen = 'fen' in credit ? credit.fen : 0
    if (debitFen > 0 && creditFen > 0)
      errors.push(
        problem(
          r.row,
          null,
          null,
          '借方余额和贷方余额只能填一个',
          'a row has either a debit or a credit balance, not both',
        ),
      )
    let householdId: string | null = null
    const household = isBlank(c.household) ? null : text(c.household)
    if (household !== null) {
      householdId = ctx.households.get(household) ?? null
      if (!householdId)
        errors.push(
          problem(
            r.row,
            '户号',
            c.household,
            `户号 ${household} 不是本村农户`,
            `household ${household} is not one of the village's`,
          ),
        )
    }
    if (mapped && !('zh' in mapped)) {
      const perHousehold = mapped.account?.perHousehold ?? false
      const where = mapped.account
        ? `${mapped.account.code} ${mapped.account.name}`
        : (mapped.create?.name ?? '')
      if (perHousehold && household === null)
        errors.push(
          problem(
            r.row,
            '户号',
            null,
            `科目 ${where} 按户核算，请填写户号`,
            'the account is kept per household; give the household',
          ),
        )
      else if (!perHousehold && household !== null)
        errors.push(
          problem(
            r.row,
            '户号',
            c.household,
            `科目 ${where} 不按户核算，请在映射中指定按户核算的明细科目`,
            'the account is not kept per household',
          ),
        )
    }
    if (errors.length > before || !mapped || 'zh' in mapped) continue
    if (debitFen === 0 && creditFen === 0) continue
    good.push({
      row: r.row,
      legacyCode: code,
      accountCode: mapped.account?.code ?? null,
      create: mapped.create,
      householdId,
      debitFen,
      creditFen,
    })
  }
  return { good, errors }
}

/** The code of a new sub-account: the parent's code and the next free two digits. */
export function nextChildCode(parent: string, taken: Iterable<string>): string {
  let max = 0
  for (const code of taken)
    if (code.length === parent.length + 2 && code.startsWith(parent))
      max = Math.max(max, Number(code.slice(-2)))
  if (max >= 99) throw new RangeError(`no free sub-account code under ${parent}`)
  return `${parent}${String(max + 1).padStart(2, '0')}`
}

export interface OpeningBalance {
  accountCode: string
  householdId: string | null
  debitFen: number
  creditFen: number
  legacyCodes: string[]
}

/** Good rows summed per account and household (two 2004 accounts may meet in one 2023 account). */
export function sumBalances(rows: readonly (GoodRow & { accountCode: string })[]): OpeningBalance[] {
  const byKey = new Map<
    string,
    { accountCode: string; householdId: string | null; net: number; codes: Set<string> }
  >()
  for (const r of rows) {
    const key = `${r.accountCode}|${r.householdId ?? ''}`
    const sum = byKey.get(key) ?? {
      accountCode: r.accountCode,
      householdId: r.householdId,
      net: 0,
      codes: new Set(),
    }
    sum.net += r.debitFen - r.creditFen
    sum.codes.add(r.legacyCode)
    byKey.set(key, sum)
  }
  return [...byKey.values()].map((s) => ({
    accountCode: s.accountCode,
    householdId: s.householdId,
    debitFen: Math.max(s.net, 0),
    creditFen: Math.max(-s.net, 0),
    legacyCodes: [...s.codes].sort(),
  }))
}
