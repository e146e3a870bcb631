// 红代办's money statement: every entry of a community's errands in a period, as an .xlsx the
// community's accountant and auditors read — 明细 (each entry, reversals included, in yuan with
// two decimals) and 汇总 (per proxy: paid and taken, net of reversals). It names residents, so it
// is the team's and the community's (proxy.read), and every export is in the audit log.
import ExcelJS from 'exceljs'
import type { Db } from '../../db/index.js'
import { requireAccess, type Actor } from '../../platform/access.js'
import { recordAudit } from '../../platform/audit.js'
import { AppError, notFoundOrNoAccess } from '../../platform/errors.js'
import { formatLocalDateTimeZh, startOfLocalDay } from '../../platform/time.js'
import { moneyDirectionNamesZh, moneyTotals } from './proxy.domain.js'
import { findNode } from './proxy.repository.js'

const DAY = 86_400_000

export interface StatementQuery {
  communityId: string
  from: string
  to: string
}

export async function proxyMoneyStatement({
  db,
  actor,
  query,
  now,
}: {
  db: Db
  actor: Actor
  query: StatementQuery
  now: number
}): Promise<{ fileName: string; content: Buffer }> {
  const community = await findNode(db, query.communityId)
  if (!community || community.kind !== 'community') throw notFoundOrNoAccess('org_node')
  requireAccess(actor, 'proxy.read', { kind: 'org', path: community.path }, 'org_node')
  const from = startOfLocalDay(query.from)
  const to = startOfLocalDay(query.to) + DAY
  if (!(to > from) || to - from > 367 * DAY)
    throw new AppError('VALIDATION_FAILED', {
      fields: [{ path: '/to', rule: 'period', message: '导出区间须在一年以内，且结束日期不早于开始日期' }],
    })
  const rows = await db
    .selectFrom('proxy_money_entries as e')
    .innerJoin('work_items as w', 'w.id', 'e.item_id')
    .innerJoin('request_categories as c', 'c.code', 'w.category_code')
    .leftJoin('users as u', 'u.id', 'e.recorded_by_user_id')
    .select([
      'e.id',
      'e.seq',
      'e.direction',
      'e.amount_fen',
      'e.reverses_id',
      'e.receipt_file_id',
      'e.note',
      'e.at',
      'e.recorded_by_user_id',
      'e.recorded_by_label',
      'u.display_name as recorder',
      'w.number',
      'w.reporter_name',
      'c.name_zh as category',
    ])
    .where('e.community_id', '=', community.id)
    .where('e.at', '>=', from)
    .where('e.at', '<', to)
    .orderBy('e.at')
    .orderBy('e.seq')
    .execute()

  const wb = new ExcelJS.Workbook()
  wb.creator = '同心'
  const detail = wb.addWorksheet('明细')
  detail.columns = [
    { header: '时间', key: 'at', width: 20 },
    { header: '代办编号', key: 'number', width: 14 },
    { header: '类别', key: 'category', width: 12 },
    { header: '居民', key: 'resident', width: 10 },
    { header: '记录人', key: 'recorder', width: 10 },
    { header: '收支', key: 'direction', width: 10 },
    { header: '金额（元）', key: 'amount', width: 12, style: { numFmt: '#,##0.00' } },
    { header: '票据', key: 'receipt', width: 6 },
    { header: '说明', key: 'note', width: 30 },
  ]
  for (const r of rows) {
    const reversal = r.reverses_id !== null
    const name = moneyDirectionNamesZh[r.direction]
    detail.addRow({
      at: formatLocalDateTimeZh(r.at),
      number: r.number,
      category: r.category,
      resident: r.reporter_name ?? '',
      recorder: r.recorder ?? r.recorded_by_label,
      direction: reversal ? `冲正${name}` : name,
      // Yuan for people, computed from whole fen; a reversal reads as a negative amount.
      amount: ((reversal ? -1 : 1) * r.amount_fen) / 100,
      receipt: r.receipt_file_id !== null ? '有' : '',
      note: r.note ?? '',
    })
  }
  detail.getRow(1).font = { bold: true }
  detail.views = [{ state: 'frozen', ySplit: 1 }]

  const summary = wb.addWorksheet('汇总')
  summary.columns = [
    { header: '记录人', key: 'recorder', width: 12 },
    { header: '笔数', key: 'count', width: 8 },
    { header: '代付（元）', key: 'paid', width: 14, style: { numFmt: '#,##0.00' } },
    { header: '收取（元）', key: 'received', width: 14, style: { numFmt: '#,##0.00' } },
  ]
  const byRecorder = new Map<string, typeof rows>()
  for (const r of rows) {
    const key = r.recorder ?? r.recorded_by_label
    byRecorder.set(key, [...(byRecorder.get(key) ?? []), r])
  }
  const line = (recorder: string, list: typeof rows) => {
    const totals = moneyTotals(
      list.map((r) => ({
        id: r.id,
        direction: r.direction,
        amount_fen: r.amount_fen,
        reverses_id: r.reverses_id,
      })),
    )
    summary.addRow({
      recorder,
      count: list.length,
      paid: totals.paidFen / 100,
      received: totals.receivedFen / 100,
    })
  }
  for (const [recorder, list] of [...byRecorder].sort(([a], [b]) => a.localeCompare(b, 'zh-CN')))
    line(recorder, list)
  line('合计', rows)
  summary.getRow(1).font = { bold: true }
  summary.getRow(summary.rowCount).font = { bold: true }

  await recordAudit(db, {
    actor,
    action: 'proxy.money.export',
    targetType: 'org_node',
    targetId: community.id,
    scopePath: community.path,
    summary: { from: query.from, to: query.to, rows: rows.length },
    at: now,
  })
  return {
    fileName: `${community.name}红代办款项明细-${query.from}至${query.to}.xlsx`,
    content: Buffer.from(await wb.xlsx.writeBuffer()),
  }
}
