// 码上说 posters: every building's QR code opens the public form at `<public address>/q/<building
// code>`. Staff who can read the building print it as a PNG or as an A4 poster in Chinese (PDF).
// The poster needs a CJK font from the system's font directories; without one it is refused with a
// message naming the font — never a poster of empty boxes.
import PDFDocument from 'pdfkit'
import QRCode from 'qrcode'
import type { Db } from '../../db/index.js'
import { requireAccess, type Actor } from '../../platform/access.js'
import { findCjkFont, systemFontDirs, type CjkFont } from '../../platform/cjk-font.js'
import { AppError, notFoundOrNoAccess } from '../../platform/errors.js'
import { placeAt } from './intake.service.js'
import { findNodes } from './request.repository.js'

/** The public form of a building: what its QR code encodes. */
export function publicFormUrl(origin: string, code: string): string {
  return `${origin.replace(/\/+$/, '')}/q/${encodeURIComponent(code)}`
}

/** M-level error correction: a poster scuffed or half in shadow still scans. */
const qrOptions = { errorCorrectionLevel: 'M' as const }

export async function qrPng(url: string, width = 600): Promise<Buffer> {
  return QRCode.toBuffer(url, { ...qrOptions, type: 'png', margin: 4, width })
}

export const missingFontMessage = {
  reason:
    'no Chinese font is installed for the poster: install the font WenQuanYi Micro Hei (package fonts-wqy-microhei); the PNG QR code still works',
  reasonZh:
    '服务器未安装中文字体“文泉驿微米黑”（WenQuanYi Micro Hei，软件包 fonts-wqy-microhei），无法生成 PDF 海报；PNG 二维码仍可下载',
}

export interface PosterText {
  communityName: string
  buildingName: string
  code: string
  url: string
}

const red = '#c0392b'
const ink = '#1f1f1f'
const grey = '#595959'

/** An A4 poster: community and building, "码上说 · 扫码反映问题", the QR code, how to use it, the code. */
export async function posterPdf(text: PosterText, font: CjkFont | null): Promise<Buffer> {
  if (font === null) throw new AppError('UNAVAILABLE', missingFontMessage)
  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    info: {
      Title: `码上说 · ${text.communityName} ${text.buildingName}`,
      Subject: text.url,
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
    throw new AppError('UNAVAILABLE', missingFontMessage, { cause })
  }
  const pageWidth = doc.page.width
  const pageHeight = doc.page.height
  const margin = 56
  const width = pageWidth - 2 * margin
  /** A centred line (or lines); answers where the next thing may start. */
  const centred = (s: string, y: number, size: number, color: string): number => {
    doc.fillColor(color).fontSize(size).text(s, margin, y, { width, align: 'center' })
    return doc.y
  }

  doc
    .rect(28, 28, pageWidth - 56, pageHeight - 56)
    .lineWidth(3)
    .strokeColor(red)
    .stroke()
  let y = centred(text.communityName, 60, 22, grey)
  y = centred(text.buildingName, y + 4, 40, ink)
  y = centred('码上说 · 扫码反映问题', y + 8, 30, red)

  // The QR code as vector squares, so it prints sharp at any size.
  const qr = QRCode.create(text.url, qrOptions)
  const count = qr.modules.size
  const quiet = 4
  const side = 340
  const cell = side / (count + 2 * quiet)
  const left = (pageWidth - side) / 2
  const top = y + 8
  for (let row = 0; row < count; row++)
    for (let col = 0; col < count; col++)
      if (qr.modules.get(row, col))
        doc.rect(left + (col + quiet) * cell, top + (row + quiet) * cell, cell, cell)
  doc.fillColor('#000000').fill()

  y = centred('用手机扫一扫上方二维码，无需注册登录', top + side + 12, 16, ink)
  doc
    .fillColor(ink)
    .fontSize(13)
    .text(
      [
        '1. 选择问题类别，简单描述遇到的问题，可以拍照；',
        '2. 提交后记下受理编号，保存回执链接，随时查看进度；',
        '3. 留下手机号可收到办理结果，并请您评价。',
      ].join('\n'),
      margin + 60,
      y + 12,
      { width: width - 120, lineGap: 6 },
    )
  y = centred(`楼栋编码  ${text.code}`, doc.y + 18, 16, ink)
  centred(text.url, y + 4, 10, grey)
  centred('同心 · 收集—处理—反馈 · 小事不出网格，大事不出社区', pageHeight - 70, 11, grey)
  doc.end()
  await ended
  return Buffer.concat(chunks)
}

async function buildingForStaff(db: Db, actor: Actor, buildingId: string) {
  const [node] = await findNodes(db, [buildingId])
  if (!node || node.kind !== 'building') throw notFoundOrNoAccess('org_node')
  requireAccess(actor, 'org.read', { kind: 'org', path: node.path }, 'org_node')
  const placement = await placeAt(db, node.id)
  return { node, community: placement.community }
}

/** The building's QR code as a PNG, for those who can read the building. */
export async function buildingQrPng({
  db,
  actor,
  buildingId,
  origin,
}: {
  db: Db
  actor: Actor
  buildingId: string
  origin: string
}): Promise<{ png: Buffer; code: string; url: string }> {
  const { node } = await buildingForStaff(db, actor, buildingId)
  const url = publicFormUrl(origin, node.code)
  return { png: await qrPng(url), code: node.code, url }
}

/** The building's A4 poster (PDF, Chinese), for those who can read the building. */
export async function buildingPosterPdf({
  db,
  actor,
  buildingId,
  origin,
  fontDirs = systemFontDirs,
}: {
  db: Db
  actor: Actor
  buildingId: string
  origin: string
  fontDirs?: readonly string[]
}): Promise<{ pdf: Buffer; code: string }> {
  const { node, community } = await buildingForStaff(db, actor, buildingId)
  const url = publicFormUrl(origin, node.code)
  const pdf = await posterPdf(
    { communityName: community.name, buildingName: node.name, code: node.code, url },
    findCjkFont(fontDirs),
  )
  return { pdf, code: node.code }
}
