// The statements as print-ready A4 PDFs in Chinese (资产负债表, 收益及收益分配表): the same rows as the
// screen and the workbook, with the heading lines and the signature line a filed statement carries.
// Printing needs a CJK font from the system; without one the export is refused naming the font.
import PDFDocument from 'pdfkit'
import type { Db } from '../../db/index.js'
import type { Actor } from '../../platform/access.js'
import { recordAudit } from '../../platform/audit.js'
import type { CjkFont } from '../../platform/cjk-font.js'
import { AppError } from '../../platform/errors.js'
import { getStatement, type Report } from './statements.service.js'

export const missingStatementFont = {
  reason:
    'no Chinese font is installed for printing statements: install WenQuanYi Micro Hei (package fonts-wqy-microhei); the .xlsx export still works',
  reasonZh:
    '服务器未安装中文字体“文泉驿微米黑”（WenQuanYi Micro Hei，软件包 fonts-wqy-microhei），无法生成 PDF 报表；Excel 导出仍可使用',
}

/** Yuan to two decimals with thousands separators; zero as blank, negative with a minus. */
export function yuanText(fen: number): string {
  if (fen === 0) return ''
  const sign = fen < 0 ? '-' : ''
  const abs = Math.abs(fen)
  return `${sign}${Math.floor(abs / 100).toLocaleString('en-US')}.${String(abs % 100).padStart(2, '0')}`
}

type Statement = Awaited<ReturnType<typeof getStatement>>

function lastDayOf(period: string): string {
  const [y, m] = period.split('-').map(Number) as [number, number]
  const day = new Date(Date.UTC(y, m, 0)).getUTCDate()
  return `${String(y)}年${String(m)}月${String(day)}日`
}

/** Renders a statement; exported for tests that check the page without the database. */
export async function renderStatementPdf(s: Statement, font: CjkFont | null): Promise<Buffer> {
  if (font === null) throw new AppError('UNAVAILABLE', missingStatementFont)
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 48, bottom: 48, left: 48, right: 48 },
    info: {
      Title: `${s.reportZh} ${s.collectiveName ?? s.villageName} ${s.period}`,
      Creator: '同心 Tongxin',
    },
  })
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve)
    doc.on('error', reject)
  })
  try {
    doc.registerFont('cjk', font.file, font.face)
    doc.font('cjk')
  } catch (cause) {
    throw new AppError('UNAVAILABLE', missingStatementFont, { cause })
  }
  const sheet = s.report === 'balance_sheet'
  const left = doc.page.margins.left
  const width = doc.page.width - left - doc.page.margins.right
  const [year = '', month = ''] = s.period.split('-')
  const code = sheet ? '村会01表' : '村会02表'

  const heading = () => {
    doc
      .fontSize(18)
      .fillColor('#000')
      .text(s.reportZh, left, doc.page.margins.top, { width, align: 'center' })
    doc.moveDown(0.3)
    doc.fontSize(9).text(code, left, doc.y, { width, align: 'right' })
    const y = doc.y + 2
    doc.fontSize(10)
    doc.text(`编制单位：${s.collectiveName ?? s.villageName}`, left, y, { width: width / 2 })
    doc.text(
      sheet ? lastDayOf(s.period) : `${year}年1月—${String(Number(month))}月`,
      left + width / 2 - 60,
      y,
      { width: 120, align: 'center' },
    )
    doc.text('单位：元', left, y, { width, align: 'right' })
    return y + 20
  }

  // Columns: 项目 | 行次 | (年初数) | 期末数 / 本年累计数
  const numWidth = 110
  const rowNoWidth = 40
  const itemWidth = width - rowNoWidth - numWidth * (sheet ? 2 : 1)
  const cols = sheet
    ? [
        { title: '项目', width: itemWidth, align: 'left' as const },
        { title: '行次', width: rowNoWidth, align: 'center' as const },
        { title: '年初数', width: numWidth, align: 'right' as const },
        { title: '期末数', width: numWidth, align: 'right' as const },
      ]
    : [
        { title: '项目', width: itemWidth, align: 'left' as const },
        { title: '行次', width: rowNoWidth, align: 'center' as const },
        { title: '本年累计数', width: numWidth, align: 'right' as const },
      ]
  const rowHeight = 15
  const drawRow = (cells: string[], y: number, bold: boolean) => {
    let x = left
    doc.fontSize(bold ? 9.5 : 9)
    cells.forEach((cell, i) => {
      const col = cols[i]
      if (!col) return
      doc.rect(x, y, col.width, rowHeight).lineWidth(0.5).stroke('#000')
      doc
        .fillColor('#000')
        .text(cell, x + 4, y + 4, { width: col.width - 8, align: col.align, lineBreak: false })
      x += col.width
    })
  }

  let y = heading()
  drawRow(
    cols.map((c) => c.title),
    y,
    true,
  )
  y += rowHeight
  const bottom = doc.page.height - doc.page.margins.bottom - 30
  for (const r of s.rows) {
    if (y + rowHeight > bottom) {
      doc.addPage()
      y = heading()
      drawRow(
        cols.map((c) => c.title),
        y,
        true,
      )
      y += rowHeight
    }
    const caption = r.style === 'item' ? `  ${r.caption}` : r.caption
    const cells = sheet
      ? [caption, String(r.rowNo), yuanText(r.startFen ?? 0), yuanText(r.valueFen)]
      : [caption, String(r.rowNo), yuanText(r.valueFen)]
    drawRow(cells, y, r.style !== 'item')
    y += rowHeight
  }
  doc
    .fontSize(10)
    .text('单位负责人：                会计主管：                制表：', left, y + 16, { width })
  doc.end()
  await ended
  return Buffer.concat(chunks)
}

/** A statement as a PDF for `period`, audited as an export like the workbook. */
export async function statementPdf({
  db,
  actor,
  villageId,
  report,
  period,
  font,
  now,
}: {
  db: Db
  actor: Actor
  villageId: string
  report: Report
  period: string
  font: CjkFont | null
  now: number
}) {
  const s = await getStatement({ db, actor, villageId, report, period })
  const content = await renderStatementPdf(s, font)
  await recordAudit(db, {
    actor,
    action: `books.export.${report}`,
    targetType: 'ledger_book',
    targetId: villageId,
    villageId,
    summary: { period, format: 'pdf' },
    at: now,
  })
  return { fileName: `${s.reportZh}-${s.villageName}-${period}.pdf`, content }
}
