// Importing the balances of books kept under the 2004 system into a village's opening balances: the
// accountant uploads the old trial balance (.xlsx or CSV: 科目编码, 科目名称, 借方余额, 贷方余额 and,
// for 往来 kept per household, 户号); every row is mapped to a 2023 account through the stored default
// mapping with the accountant's choices laid over it (a sub-account is created where the mapping
// names one); every bad row is reported; and — as the accountant chose — nothing is written (a check,
// or any row bad under all-or-nothing) or the good rows are. The result must still balance before it
// can be confirmed. Every write is audited.
import ExcelJS from 'exceljs'
import type { Db, Executor, LedgerAccountTable } from '../../db/index.js'
import type { Actor } from '../../platform/access.js'
import { recordAudit } from '../../platform/audit.js'
import { AppError } from '../../platform/errors.js'
import { newId } from '../../platform/ids.js'
import {
  looksLikeXlsx,
  normaliseXlsx,
  NotAWorkbookError,
  plainCell,
  type CellValue,
} from '../imports/index.js'
import { requireBook, villageBooks } from './books.service.js'
import {
  checkLegacyRows,
  effectiveMapping,
  LEGACY_SHEET,
  legacyColumns,
  nextChildCode,
  readLegacyTable,
  sumBalances,
  type Mapping,
  type RawTableRow,
  type TargetAccount,
} from './legacy.domain.js'
import type { LegacyImportMode, LegacyImportResult, MappingOverrides } from './legacy.schemas.js'
import { lockDraftOpening, openingView, setOpeningBalance } from './opening.service.js'

async function defaults(db: Executor): Promise<{ chart: Map<string, string>; mapping: Mapping[] }> {
  const chart = await db
    .selectFrom('chart_standard_accounts')
    .select(['code', 'name'])
    .where('standard', '=', '2004')
    .orderBy('sort')
    .execute()
  const rows = await db
    .selectFrom('chart_mappings')
    .selectAll()
    .where('from_standard', '=', '2004')
    .where('to_standard', '=', '2023')
    .execute()
  return {
    chart: new Map(chart.map((a) => [a.code, a.name])),
    mapping: rows.map((r) => ({
      legacyCode: r.from_code,
      accountCode: r.to_code,
      subAccountName: r.sub_name,
      noteZh: r.note_zh,
    })),
  }
}

/** The 2004 chart with the default 2023 account of each, and the notes where to split or choose. */
export async function getLegacyMapping({
  db,
  actor,
  villageId,
}: {
  db: Db
  actor: Actor
  villageId: string
}) {
  await villageBooks(db, actor, villageId, 'village.books.read')
  await requireBook(db, villageId)
  const { chart, mapping } = await defaults(db)
  const accounts = await db
    .selectFrom('ledger_accounts')
    .select(['code', 'name'])
    .where('village_id', '=', villageId)
    .execute()
  const names = new Map(accounts.map((a) => [a.code, a.name]))
  const byCode = new Map(mapping.map((m) => [m.legacyCode, m]))
  return {
    items: [...chart].map(([code, name]) => {
      const m = byCode.get(code)
      return {
        legacyCode: code,
        legacyName: name,
        accountCode: m?.accountCode ?? null,
        accountName: m?.accountCode ? (names.get(m.accountCode) ?? null) : null,
        subAccountName: m?.subAccountName ?? null,
        noteZh: m?.noteZh ?? null,
      }
    }),
  }
}

/** The template: the 2004 chart to fill in, and a 说明 sheet with the default mapping. */
export async function legacyTemplate({ db, actor, villageId }: { db: Db; actor: Actor; villageId: string }) {
  const mapping = await getLegacyMapping({ db, actor, villageId })
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet(LEGACY_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] })
  ws.addRow(legacyColumns.map((c) => c.header))
  ws.getRow(1).font = { bold: true }
  for (const m of mapping.items) ws.addRow([m.legacyCode, m.legacyName, null, null, null])
  ws.getColumn(1).numFmt = '@'
  ws.getColumn(2).width = 22
  for (const c of [3, 4]) {
    ws.getColumn(c).width = 16
    ws.getColumn(c).numFmt = '#,##0.00'
  }
  ws.getColumn(5).width = 14
  const help = wb.addWorksheet('说明')
  help.addRow([
    '按 2004 年《村集体经济组织会计制度》的科目余额表填写：金额以元为单位，精确到分；每行只填借方或贷方。',
  ])
  help.addRow(['应收款、应付款、内部往来按户核算的，每户一行，填写户号（本村农户的户号）。'])
  help.addRow(['导入时按下表的对应关系转入 2023 年制度的科目；两套制度的科目编码含义不同，请核对。'])
  help.addRow([])
  help.addRow(['2004 科目编码', '2004 科目名称', '2023 科目编码', '2023 科目名称', '明细科目', '说明'])
  help.getRow(5).font = { bold: true }
  for (const m of mapping.items)
    help.addRow([
      m.legacyCode,
      m.legacyName,
      m.accountCode ?? '（请选择）',
      m.accountName ?? '',
      m.subAccountName ?? '',
      m.noteZh ?? '',
    ])
  help.getColumn(1).width = 14
  help.getColumn(2).width = 20
  help.getColumn(6).width = 60
  return Buffer.from(await wb.xlsx.writeBuffer())
}

/** The rows of the uploaded table: the first sheet with a header row, or the CSV. */
async function readTable(content: Buffer): Promise<RawTableRow[][] | null> {
  if (looksLikeXlsx(content)) {
    let archive: Buffer
    try {
      archive = normaliseXlsx(content)
    } catch (error) {
      if (error instanceof NotAWorkbookError) return null
      throw error
    }
    const wb = new ExcelJS.Workbook()
    try {
      await wb.xlsx.load(archive as unknown as ArrayBuffer)
    } catch {
      return null
    }
    const sheets = [...wb.worksheets].sort(
      (a, b) => Number(b.name.trim() === LEGACY_SHEET) - Number(a.name.trim() === LEGACY_SHEET),
    )
    return sheets.map((ws) => {
      const rows: RawTableRow[] = []
      ws.eachRow((row, number) => {
        const values = (row.values as unknown[]).slice(1).map(plainCell)
        rows.push({ row: number, cells: values })
      })
      return rows
    })
  }
  const text = content.toString('utf8').replace(/^\uFEFF/, '')
  if (text.includes('\uFFFD')) return null
  return [parseCsv(text).map((cells, i) => ({ row: i + 1, cells }))]
}

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsv(text: string): CellValue[][] {
  const rows: CellValue[][] = []
  let row: CellValue[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i)
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (ch === '"') quoted = false
      else field += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') {
      row.push(field)
      field = ''
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += ch
  }
  if (field !== '' || row.length > 0) {
    row.push(field)
    rows.push(row)
  }
  return rows.map((r) => r.map((c) => (typeof c === 'string' && c.trim() === '' ? null : c)))
}

function mappingProblem(i: number, field: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', {
    fields: [{ path: `/mapping/${String(i)}/${field}`, rule: 'books', message }],
  })
}

export async function importLegacyBalances({
  db,
  actor,
  villageId,
  mode,
  overrides,
  fileName,
  content,
  now,
}: {
  db: Db
  actor: Actor
  villageId: string
  mode: LegacyImportMode
  overrides: MappingOverrides
  fileName: string
  content: Buffer
  now: number
}): Promise<LegacyImportResult> {
  const result = await db.transaction().execute(async (trx) => {
    const { canWrite } = await villageBooks(trx, actor, villageId, 'village.books.write')
    await requireBook(trx, villageId)
    const commitMode = mode !== 'check'
    const opening = commitMode ? await lockDraftOpening(trx, villageId, now) : null
    const { chart, mapping: stored } = await defaults(trx)
    const accountRows = await trx
      .selectFrom('ledger_accounts')
      .selectAll()
      .where('village_id', '=', villageId)
      .execute()
    const accounts = new Map<string, TargetAccount>(
      accountRows.map((a) => [
        a.code,
        {
          code: a.code,
          name: a.name,
          parentCode: a.parent_code,
          leaf: a.leaf === 1,
          active: a.active === 1,
          perHousehold: a.per_household === 1,
        },
      ]),
    )
    overrides.forEach((o, i) => {
      if (!chart.has(o.legacyCode))
        throw mappingProblem(i, 'legacyCode', `2004 年制度科目表中没有科目 ${o.legacyCode}`)
      if (!accounts.has(o.accountCode))
        throw mappingProblem(i, 'accountCode', `科目 ${o.accountCode} 在本村科目表中不存在`)
    })
    const households = await trx
      .selectFrom('households')
      .select(['id', 'code'])
      .where('origin_village_id', '=', villageId)
      .execute()
    const tables = await readTable(content)
    const read = tables
      ?.map((t) => readLegacyTable(t))
      .find((t) => t.rows.length > 0 || !t.errors.some((e) => e.row === 0)) ?? {
      rows: [],
      errors: [
        {
          sheet: '',
          row: 0,
          column: null,
          value: null,
          reasonZh:
            tables === null
              ? '文件不是有效的 Excel（.xlsx）或 UTF-8 编码的 CSV 文件'
              : '没有找到表头（科目编码、科目名称、借方余额、贷方余额），请使用导入模板',
          reasonEn:
            tables === null ? 'not an .xlsx workbook or a UTF-8 CSV file' : 'no header row; use the template',
        },
      ],
    }
    const checked = checkLegacyRows(read.rows, {
      chart2004: chart,
      mapping: effectiveMapping(stored, overrides),
      accounts,
      households: new Map(households.map((h) => [h.code, h.id])),
    })
    const errors = [...read.errors, ...checked.errors]
    const badRows = new Set(checked.errors.map((e) => e.row)).size
    const base = {
      mode,
      totalRows: read.rows.length,
      goodRows: read.rows.length - badRows,
      badRows,
      errors,
    }
    const fatal = read.errors.length > 0
    if (!opening || fatal || (mode === 'all_or_nothing' && errors.length > 0))
      return { ...base, committed: false, createdAccounts: [], canWrite }

    // Sub-accounts the mapping names and the village does not have yet.
    const created: { code: string; name: string }[] = []
    const codeFor = new Map<string, string>()
    const taken = new Set(accountRows.map((a) => a.code))
    for (const row of checked.good) {
      if (!row.create) continue
      const key = `${row.create.parentCode}|${row.create.name}`
      if (codeFor.has(key)) continue
      const parent = accountRows.find((a) => a.code === row.create?.parentCode)
      if (!parent) continue
      if (parent.leaf === 1) await requireNoEntries(trx, parent)
      const code = nextChildCode(parent.code, taken)
      taken.add(code)
      const account: LedgerAccountTable = {
        id: newId(),
        village_id: villageId,
        code,
        name: row.create.name,
        class: parent.class,
        normal_side: parent.normal_side,
        contra: parent.contra,
        parent_code: parent.code,
        level: parent.level + 1,
        leaf: 1,
        per_household: 0,
        active: 1,
        version: 1,
        created_at: now,
        updated_at: now,
      }
      if (parent.leaf === 1) {
        await trx
          .updateTable('ledger_accounts')
          .set({ leaf: 0, version: parent.version + 1, updated_at: now })
          .where('id', '=', parent.id)
          .execute()
        parent.leaf = 0
        parent.version += 1
      }
      await trx.insertInto('ledger_accounts').values(account).execute()
      accountRows.push(account)
      codeFor.set(key, code)
      created.push({ code, name: account.name })
      await recordAudit(trx, {
        actor,
        action: 'books.account.create',
        targetType: 'ledger_account',
        targetId: account.id,
        villageId,
        summary: {
          code,
          name: account.name,
          parent: parent.code,
          perHousehold: false,
          from: 'legacy import',
        },
        at: now,
      })
    }
    const ids = new Map(accountRows.map((a) => [a.code, a.id]))
    const balances = sumBalances(
      checked.good.map((g) => ({
        ...g,
        accountCode:
          g.accountCode ?? codeFor.get(`${g.create?.parentCode ?? ''}|${g.create?.name ?? ''}`) ?? '',
      })),
    )
    for (const b of balances)
      await setOpeningBalance(
        trx,
        villageId,
        {
          accountId: ids.get(b.accountCode) ?? '',
          householdId: b.householdId,
          debitFen: b.debitFen,
          creditFen: b.creditFen,
          source: 'import',
          legacyCodes: b.legacyCodes.join(','),
        },
        now,
      )
    await trx
      .updateTable('ledger_openings')
      .set({ version: opening.version + 1, updated_at: now })
      .where('village_id', '=', villageId)
      .execute()
    await recordAudit(trx, {
      actor,
      action: 'books.opening.import',
      targetType: 'ledger_book',
      targetId: villageId,
      villageId,
      summary: {
        fileName,
        mode,
        rows: read.rows.length,
        goodRows: checked.good.length,
        badRows,
        balances: balances.length,
        createdAccounts: created.map((c) => c.code),
        mapping: overrides.map(
          (o) => `${o.legacyCode}→${o.accountCode}${o.subAccountName ? `/${o.subAccountName}` : ''}`,
        ),
      },
      at: now,
    })
    return { ...base, committed: true, createdAccounts: created, canWrite }
  })
  const { canWrite, ...rest } = result
  return { ...rest, opening: await openingView(db, villageId, canWrite) }
}

/** A leaf account that takes a sub-account must carry nothing yet (its entries would belong to none). */
async function requireNoEntries(trx: Executor, parent: LedgerAccountTable) {
  const line = await trx
    .selectFrom('voucher_lines')
    .select('id')
    .where('account_id', '=', parent.id)
    .limit(1)
    .executeTakeFirst()
  const opening = await trx
    .selectFrom('ledger_opening_lines')
    .select('id')
    .where('account_id', '=', parent.id)
    .limit(1)
    .executeTakeFirst()
  if (line || opening)
    throw new AppError('CONFLICT', {
      reason: 'parent has entries',
      reasonZh: `科目 ${parent.code} ${parent.name} 已有分录或期初余额，不能再增设明细科目`,
    })
}
