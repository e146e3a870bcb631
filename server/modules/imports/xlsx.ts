// Reading an uploaded workbook row by row (exceljs' streaming reader, so a 100,000-row sheet never
// sits in memory as a workbook), into plain rows keyed by the layout's columns.
import { PassThrough, type Readable } from 'node:stream'
import { crc32, inflateRawSync } from 'node:zlib'
import ExcelJS from 'exceljs'
import {
  layouts,
  problemAt,
  readHeader,
  sheetOrder,
  type CellValue,
  type ImportError,
  type RawRow,
  type SheetKey,
  type SheetLayout,
} from './import.domain.js'

/** An exceljs cell value reduced to what the rules read: text, number, date, flag or nothing. */
export function plainCell(value: unknown): CellValue {
  if (value === null || value === undefined) return null
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value
  if (value instanceof Date) return value
  if (typeof value === 'object') {
    const v = value as {
      richText?: { text: string }[]
      result?: unknown
      text?: unknown
      error?: unknown
    }
    if (Array.isArray(v.richText)) return v.richText.map((t) => t.text).join('')
    if ('result' in v) return plainCell(v.result)
    if (typeof v.text === 'string') return v.text
    if ('error' in v) return null
  }
  return null
}

export function sheetKeyOf(name: string): SheetKey | undefined {
  const trimmed = name.trim()
  return (
    sheetOrder.find((k) => layouts[k].name === trimmed) ??
    sheetOrder.find((k) => trimmed.includes(layouts[k].name))
  )
}

export interface ReadWorkbook {
  sheets: Record<SheetKey, RawRow[]>
  /** Problems with the workbook itself: missing sheets or columns. */
  errors: ImportError[]
  /** The header rows as written, for the error workbook. */
  headers: Partial<Record<SheetKey, { row: number; cells: CellValue[] }>>
}

const HEADER_SEARCH_ROWS = 10

/** How many of a layout's headers a row holds (a row of another sheet's headers scores lower). */
function headerScore(layout: SheetLayout, cells: CellValue[]): number {
  const headers = new Set(layout.columns.map((c) => c.header))
  const found = cells.filter(
    (c) => typeof c === 'string' && headers.has(c.replace(/\s/g, '').replace(/[*＊]$/, '')),
  ).length
  const foreign = cells.filter((c) => typeof c === 'string' && c.trim() !== '').length - found
  return found - foreign
}

const ZIP_LOCAL = 0x04034b50
const ZIP_CENTRAL = 0x02014b50
const ZIP_END = 0x06054b50
/** Entries the streaming reader must meet before any sheet: names, relations, shared strings, styles. */
const firstEntries = [
  'xl/workbook.xml',
  'xl/_rels/workbook.xml.rels',
  'xl/sharedStrings.xml',
  'xl/styles.xml',
]

export class NotAWorkbookError extends Error {
  constructor(reason: string) {
    super(`not an xlsx workbook: ${reason}`)
    this.name = 'NotAWorkbookError'
  }
}

/** Every character beyond ASCII as a character reference: 人 → &#20154;. */
function asciiXml(xml: Buffer): Buffer {
  let text = xml.toString('utf8')
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  return Buffer.from(
    text.replace(/[^ -~\t\n\r]/gu, (c) => `&#${String(c.codePointAt(0))};`),
    'latin1',
  )
}

/**
 * The same archive, rewritten from its central directory so that exceljs' streaming reader reads it
 * right every time. That reader (4.4) has three faults this works around:
 *   - it decodes each chunk of an XML part on its own, so a Chinese character split between two
 *     chunks turns into "�" — the XML parts are rewritten with every non-ASCII character as a
 *     character reference (&#20154;), which no chunk boundary can break;
 *   - it now and then loses an entry of an archive written with trailing data descriptors (as
 *     exceljs itself writes them) — every entry gets its sizes in its local header;
 *   - it meets sheets before the shared strings unless they come first — the index parts go first.
 * XML parts are stored uncompressed; anything else is copied as it is.
 */
export function normaliseXlsx(src: Buffer): Buffer {
  let end = -1
  for (let i = src.length - 22; i >= Math.max(0, src.length - 22 - 0xffff); i--) {
    if (src.readUInt32LE(i) === ZIP_END) {
      end = i
      break
    }
  }
  if (end < 0) throw new NotAWorkbookError('no zip directory')
  const count = src.readUInt16LE(end + 10)
  const directory = src.readUInt32LE(end + 16)
  if (count === 0xffff || directory === 0xffffffff) throw new NotAWorkbookError('zip64 is not supported')
  const entries: { name: Buffer; flags: number; head: Buffer; data: Buffer }[] = []
  const DEFLATE = 8
  let p = directory
  for (let n = 0; n < count; n++) {
    if (p + 46 > src.length || src.readUInt32LE(p) !== ZIP_CENTRAL)
      throw new NotAWorkbookError('bad zip directory')
    const compressed = src.readUInt32LE(p + 20)
    const nameLength = src.readUInt16LE(p + 28)
    const local = src.readUInt32LE(p + 42)
    if (local + 30 > src.length || src.readUInt32LE(local) !== ZIP_LOCAL)
      throw new NotAWorkbookError('bad zip entry')
    const start = local + 30 + src.readUInt16LE(local + 26) + src.readUInt16LE(local + 28)
    if (start + compressed > src.length) throw new NotAWorkbookError('truncated zip entry')
    const name = src.subarray(p + 46, p + 46 + nameLength)
    const method = src.readUInt16LE(p + 10)
    // method, time, date, crc, compressed and uncompressed sizes: 18 bytes as in the directory.
    let head = Buffer.from(src.subarray(p + 10, p + 28))
    let data = src.subarray(start, start + compressed)
    if (/\.(xml|rels)$/i.test(name.toString('utf8')) && (method === 0 || method === DEFLATE)) {
      let plain: Buffer
      try {
        plain = method === DEFLATE ? inflateRawSync(data) : data
      } catch {
        throw new NotAWorkbookError('a part does not inflate')
      }
      data = asciiXml(plain)
      head = Buffer.alloc(18)
      src.copy(head, 2, p + 12, p + 16) // time and date
      head.writeUInt32LE(crc32(data), 6)
      head.writeUInt32LE(data.length, 10)
      head.writeUInt32LE(data.length, 14)
    }
    // UTF-8 names keep their flag; the data-descriptor flag goes.
    entries.push({ name, flags: src.readUInt16LE(p + 8) & 0x0800, head, data })
    p += 46 + nameLength + src.readUInt16LE(p + 30) + src.readUInt16LE(p + 32)
  }
  const rank = (e: { name: Buffer }) => {
    const i = firstEntries.indexOf(e.name.toString('utf8'))
    return i < 0 ? firstEntries.length : i
  }
  entries.sort((a, b) => rank(a) - rank(b))
  const parts: Buffer[] = []
  const central: Buffer[] = []
  let offset = 0
  for (const e of entries) {
    const local = Buffer.alloc(30)
    local.writeUInt32LE(ZIP_LOCAL, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(e.flags, 6)
    e.head.copy(local, 8)
    local.writeUInt16LE(e.name.length, 26)
    local.writeUInt16LE(0, 28)
    parts.push(local, e.name, e.data)
    const entry = Buffer.alloc(46)
    entry.writeUInt32LE(ZIP_CENTRAL, 0)
    entry.writeUInt16LE(20, 4)
    entry.writeUInt16LE(20, 6)
    entry.writeUInt16LE(e.flags, 8)
    e.head.copy(entry, 10)
    entry.writeUInt16LE(e.name.length, 28)
    entry.writeUInt32LE(offset, 42)
    central.push(entry, e.name)
    offset += 30 + e.name.length + e.data.length
  }
  const directoryBytes = Buffer.concat(central)
  const tail = Buffer.alloc(22)
  tail.writeUInt32LE(ZIP_END, 0)
  tail.writeUInt16LE(entries.length, 8)
  tail.writeUInt16LE(entries.length, 10)
  tail.writeUInt32LE(directoryBytes.length, 12)
  tail.writeUInt32LE(offset, 16)
  return Buffer.concat([...parts, directoryBytes, tail])
}

async function bufferOf(input: Readable | Buffer): Promise<Buffer> {
  if (Buffer.isBuffer(input)) return input
  const chunks: Buffer[] = []
  for await (const chunk of input) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/** Rows of each known sheet, keyed by column; rows above the header (a title) and empty rows are skipped. */
export async function readWorkbook(input: Readable | Buffer): Promise<ReadWorkbook> {
  let archive: Buffer
  try {
    archive = normaliseXlsx(await bufferOf(input))
  } catch (error) {
    if (!(error instanceof NotAWorkbookError)) throw error
    return {
      sheets: { rooms: [], persons: [], posts: [], contacts: [] },
      headers: {},
      errors: [
        {
          sheet: '',
          row: 0,
          column: null,
          value: null,
          reasonZh: '文件不是有效的 Excel（.xlsx）文件，请用 Excel 另存为 .xlsx 后再上传',
          reasonEn: 'the file is not a valid .xlsx workbook; save it as .xlsx in Excel and upload again',
        },
      ],
    }
  }
  const stream = new PassThrough().end(archive)
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(stream, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  })
  // exceljs names a sheet from xl/workbook.xml (first, after normalising); should a workbook lack it,
  // its sheets arrive as "Sheet1" … and are recognised by their header row instead.
  const model = (reader as unknown as { model?: { sheets?: unknown[] } }).model
  if (!model) (reader as unknown as { model: { sheets: unknown[] } }).model = { sheets: [] }
  const sheets: Record<SheetKey, RawRow[]> = { rooms: [], persons: [], posts: [], contacts: [] }
  const headers: ReadWorkbook['headers'] = {}
  const errors: ImportError[] = []
  const seen = new Set<SheetKey>()
  for await (const worksheet of reader) {
    const name = (worksheet as unknown as { name?: string }).name ?? ''
    let key = sheetKeyOf(name)
    let columns: Map<number, string> | undefined
    let skip = key !== undefined && seen.has(key)
    for await (const row of worksheet) {
      if (skip) continue // the reader moves on only once a sheet's rows are consumed
      const values = (row.values as unknown[]).map(plainCell)
      if (!columns) {
        const candidates = key ? [key] : sheetOrder.filter((k) => !seen.has(k))
        const best = candidates
          .map((k) => ({ k, score: headerScore(layouts[k], values) }))
          .sort((a, b) => b.score - a.score || layouts[a.k].columns.length - layouts[b.k].columns.length)[0]
        if (best && best.score >= 2) {
          key = best.k
          seen.add(key)
          const header = readHeader(layouts[key], values)
          columns = header.columns
          headers[key] = { row: row.number, cells: values }
          errors.push(...header.errors.map((e) => ({ ...e, row: row.number })))
        } else if (row.number >= HEADER_SEARCH_ROWS) {
          if (key) {
            seen.add(key)
            errors.push(
              problemAt(layouts[key], 1, null, null, {
                zh: `“${layouts[key].name}”表前 ${HEADER_SEARCH_ROWS} 行中没有找到表头`,
                en: `no header row in the first ${HEADER_SEARCH_ROWS} rows of ${layouts[key].name}`,
              }),
            )
          }
          skip = true
        }
        continue
      }
      if (!key) continue
      const cells: Record<string, CellValue> = {}
      let empty = true
      for (const [index, column] of columns) {
        const value = values[index] ?? null
        cells[column] = value
        if (value !== null && !(typeof value === 'string' && value.trim() === '')) empty = false
      }
      if (!empty) sheets[key].push({ sheet: key, row: row.number, cells })
    }
  }
  if (seen.size === 0)
    errors.push({
      sheet: '',
      row: 0,
      column: null,
      value: null,
      reasonZh: `没有找到${sheetOrder.map((k) => `“${layouts[k].name}”`).join('')}工作表，请使用导入模板`,
      reasonEn: 'none of the sheets 房屋, 人员, 岗位, 联系户 is in the workbook; use the import template',
    })
  return { sheets, errors, headers }
}

/** A zip archive (an .xlsx is one) starts with "PK\x03\x04". */
export function looksLikeXlsx(content: Buffer): boolean {
  return content.length > 4 && content.readUInt32BE(0) === 0x504b0304
}
