// The downloadable import template (导入模板): a 说明 sheet that explains every column, its allowed
// values and an example, then one empty sheet per registry with its headers, drop-down lists for
// the fixed values, and the ID-number columns formatted as text so Excel leaves the digits alone.
import ExcelJS from 'exceljs'
import { layouts, sheetOrder, type SheetLayout } from './import.domain.js'

type AnySheet = ExcelJS.Worksheet
/** Worksheets have range validations at run time; the typings only know per-cell ones. */
interface Validating {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void }
}

const headerFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFDECEA' } }
const requiredFont: Partial<ExcelJS.Font> = { bold: true, color: { argb: 'FFC0392B' } }

/** Options for a registry sheet: the header row stays in view (streamed sheets take views only here). */
export const sheetOptions: Partial<ExcelJS.AddWorksheetOptions> = { views: [{ state: 'frozen', ySplit: 1 }] }

/** Header row, widths, text/date formats and drop-downs of one registry sheet (rows 2…maxRow). */
export function setUpSheet(
  ws: AnySheet,
  layout: SheetLayout,
  options: { maxRow?: number; extra?: string[] } = {},
) {
  const maxRow = options.maxRow ?? 5000
  ws.columns = [
    ...layout.columns.map((c) => ({
      header: c.header,
      key: c.key,
      width: c.width,
      style: c.kind === 'id' || c.kind === 'phone' || c.kind === 'text' ? { numFmt: '@' } : {},
    })),
    ...(options.extra ?? []).map((h) => ({ header: h, key: h, width: 40 })),
  ]
  const header = ws.getRow(1)
  header.font = { bold: true }
  layout.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1)
    cell.fill = headerFill
    if (c.required) cell.font = requiredFont
    cell.note = [
      c.required ? '必填。' : '',
      c.help,
      c.values && c.kind === 'enum' ? `可选：${c.values.join('、')}` : '',
    ]
      .filter((s) => s !== '')
      .join('\n')
  })
  layout.columns.forEach((c, i) => {
    if (c.kind !== 'enum' || !c.values) return
    const letter = columnLetter(i + 1)
    ;(ws as unknown as Validating).dataValidations.add(`${letter}2:${letter}${maxRow}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${c.values.join(',')}"`],
      showErrorMessage: true,
      errorTitle: c.header,
      error: `可选：${c.values.join('、')}`,
    })
  })
}

export function columnLetter(n: number): string {
  let s = ''
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s
  return s
}

function instructions(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('说明', { views: [{ showGridLines: false }] })
  ws.columns = [
    { key: 'a', width: 16 },
    { key: 'b', width: 8 },
    { key: 'c', width: 60 },
    { key: 'd', width: 40 },
    { key: 'e', width: 24 },
  ]
  const title = ws.addRow(['同心 · 社区台账导入模板'])
  title.font = { bold: true, size: 16 }
  for (const line of [
    '1. 按需填写“房屋”“人员”“岗位”“联系户”四张表，不用的表留空即可；表头（第 1 行）请勿修改，表头上方可以有标题行。',
    '2. 证件号码、电话两列已设为文本格式。从别处复制号码时请“粘贴为值”，不要让 Excel 把 18 位号码变成 3.20812E+17。',
    '3. 日期可写 2026-03-01、2026/3/1 或 2026年3月1日，也可以是 Excel 日期。',
    '4. 同一户号的人为一户，每户必须有且只有一名户主。按证件号码识别同一人：同一文件重复导入不会重复登记，只更新有变化的内容。',
    '5. 导入方式：“全部成功才导入”——有任何一行出错则整份不导入；“只导入正确的行”——出错的行（及其同户的人）跳过，可下载“错误行”表修改后再导入。',
    '6. 重点人群标签（社区矫正、刑满释放等）不能通过导入登记，请在系统中办理。',
    '红色表头为必填列。',
  ])
    ws.addRow([line]).alignment = { wrapText: false }
  for (const key of sheetOrder) {
    const layout = layouts[key]
    ws.addRow([])
    const head = ws.addRow([`“${layout.name}”表`])
    head.font = { bold: true, size: 13 }
    ws.addRow([layout.purpose])
    const cols = ws.addRow(['列名', '必填', '说明', '可选值', '示例'])
    cols.font = { bold: true }
    cols.eachCell((c) => (c.fill = headerFill))
    for (const c of layout.columns) {
      const row = ws.addRow([
        c.header,
        c.required ? '是' : '',
        c.help,
        c.values ? c.values.join('、') : '',
        c.kind === 'id' ? String(c.example) : c.example,
      ])
      row.getCell(3).alignment = { wrapText: true, vertical: 'top' }
      row.getCell(4).alignment = { wrapText: true, vertical: 'top' }
      row.getCell(5).numFmt = '@'
    }
    ws.addRow(['示例行：', '', layout.columns.map((c) => `${c.header}=${String(c.example)}`).join('；')])
  }
}

/** The template as an .xlsx file. */
export async function buildTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  wb.creator = '同心 Tongxin'
  instructions(wb)
  for (const key of sheetOrder) setUpSheet(wb.addWorksheet(layouts[key].name, sheetOptions), layouts[key])
  return Buffer.from(await wb.xlsx.writeBuffer())
}
