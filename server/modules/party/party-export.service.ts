// Reporting back to the home organisation: a member's record for a period as an .xlsx (报到, 先锋岗,
// 服务记录 with confirmed hours, 组织生活, 合计), and a batch of all members of one home organisation
// (e.g. 李湾村党支部) in one workbook, one row per member with totals. Every export is audited.
import ExcelJS from 'exceljs'
import type { Db } from '../../db/index.js'
import type { Actor } from '../../platform/access.js'
import { recordAudit } from '../../platform/audit.js'
import { checkPeriod } from '../requests/index.js'
import { communityFor } from './party-access.service.js'
import { counts, hoursOf } from './party.domain.js'
import { memberRecord } from './party-records.service.js'
import type { BatchQuery, PeriodQuery } from './party.schemas.js'
import { memberRows } from './party.repository.js'
import { toNumber } from '../../db/index.js'

function bold(sheet: ExcelJS.Worksheet) {
  sheet.getRow(1).font = { bold: true }
  sheet.views = [{ state: 'frozen', ySplit: 1 }]
}

export async function memberRecordWorkbook({
  db,
  actor,
  registrationId,
  query,
  now,
}: {
  db: Db
  actor: Actor
  registrationId: string
  query: PeriodQuery
  now: number
}): Promise<{ fileName: string; content: Buffer }> {
  const record = await memberRecord({ db, actor, registrationId, query })
  const m = record.member
  const wb = new ExcelJS.Workbook()
  wb.creator = '同心'
  const summary = wb.addWorksheet('报到情况')
  summary.columns = [
    { header: '项目', key: 'k', width: 18 },
    { header: '内容', key: 'v', width: 40 },
  ]
  const confirmedHours = hoursOf(record.totals.confirmedMinutes)
  for (const [k, v] of [
    ['姓名', m.name],
    ['组织关系所在党组织', m.homeName],
    ['报到社区', record.communityName],
    ['报到日期', m.registeredOn],
    ['状态', m.status === 'active' ? '在册' : `已离开（${m.leftOn ?? ''}）`],
    ['统计期间', `${record.from} 至 ${record.to}`],
    ['认领先锋岗', record.posts.map((p) => p.name).join('、') || '无'],
    ['已确认服务记录（条）', record.totals.confirmedRecords],
    ['已确认服务时长（小时）', confirmedHours],
    ['参加组织生活（次）', record.totals.meetings],
  ] as [string, string | number][])
    summary.addRow({ k, v })
  bold(summary)

  const services = wb.addWorksheet('服务记录')
  services.columns = [
    { header: '日期', key: 'date', width: 12 },
    { header: '类别', key: 'kind', width: 12 },
    { header: '岗位/需求/任务', key: 'target', width: 20 },
    { header: '服务内容及成效', key: 'description', width: 40 },
    { header: '时长（小时）', key: 'hours', width: 12 },
    { header: '状态', key: 'state', width: 10 },
    { header: '确认人', key: 'decidedBy', width: 10 },
    { header: '说明', key: 'reason', width: 24 },
  ]
  for (const r of record.records)
    services.addRow({
      date: r.servedOn,
      kind: r.kindZh,
      target: r.target ?? '',
      description: r.description,
      hours: hoursOf(r.minutes),
      state: r.stateZh,
      decidedBy: r.decidedBy ?? '',
      reason: r.reason ?? '',
    })
  // Only confirmed hours count: the total says so.
  services.addRow({
    date: '合计',
    description: '已确认的服务时长',
    hours: hoursOf(record.records.filter((r) => counts(r.state)).reduce((a, r) => a + r.minutes, 0)),
  }).font = { bold: true }
  bold(services)

  const life = wb.addWorksheet('组织生活')
  life.columns = [
    { header: '日期', key: 'date', width: 12 },
    { header: '形式', key: 'kind', width: 12 },
    { header: '主题', key: 'topic', width: 40 },
  ]
  for (const x of record.meetings) life.addRow({ date: x.heldOn, kind: x.kindZh, topic: x.topic })
  bold(life)

  await recordAudit(db, {
    actor,
    action: 'party.record.export',
    targetType: 'party_registration',
    targetId: m.id,
    scopePath: (await communityFor(db, actor, m.communityId, 'see')).path,
    summary: { member: m.name, from: query.from, to: query.to, hours: confirmedHours },
    at: now,
  })
  return {
    fileName: `${m.name}党员报到服务记录-${query.from}至${query.to}.xlsx`,
    content: Buffer.from(await wb.xlsx.writeBuffer()),
  }
}

/** All members of one home organisation in a period: one row each, with totals. */
export async function homeOrganisationWorkbook({
  db,
  actor,
  query,
  now,
}: {
  db: Db
  actor: Actor
  query: BatchQuery
  now: number
}): Promise<{ fileName: string; content: Buffer }> {
  checkPeriod(query.from, query.to)
  const community = await communityFor(db, actor, query.communityId, 'manage')
  const members = await memberRows(db)
    .where('g.community_id', '=', community.id)
    .where('g.home_name', '=', query.homeName)
    .where('g.registered_on', '<=', query.to)
    .where((eb) => eb.or([eb('g.left_on', 'is', null), eb('g.left_on', '>=', query.from)]))
    .orderBy('p.name_sort')
    .execute()
  const ids = members.map((m) => m.id)
  const [service, life, posts] =
    ids.length === 0
      ? [[], [], []]
      : await Promise.all([
          db
            .selectFrom('party_service_records')
            .select([
              'registration_id',
              (eb) => eb.fn.countAll<number>().as('n'),
              (eb) => eb.fn.sum<number>('minutes').as('minutes'),
            ])
            .where('registration_id', 'in', ids)
            .where('state', '=', 'confirmed')
            .where('served_on', '>=', query.from)
            .where('served_on', '<=', query.to)
            .groupBy('registration_id')
            .execute(),
          db
            .selectFrom('party_attendances as a')
            .innerJoin('party_meetings as m', 'm.id', 'a.meeting_id')
            .select(['a.registration_id', (eb) => eb.fn.countAll<number>().as('n')])
            .where('a.registration_id', 'in', ids)
            .where('m.held_on', '>=', query.from)
            .where('m.held_on', '<=', query.to)
            .groupBy('a.registration_id')
            .execute(),
          db
            .selectFrom('party_post_claims as c')
            .innerJoin('party_posts as p', 'p.id', 'c.post_id')
            .select(['c.registration_id', 'p.name'])
            .where('c.registration_id', 'in', ids)
            .where('c.claimed_on', '<=', query.to)
            .where((eb) => eb.or([eb('c.ended_on', 'is', null), eb('c.ended_on', '>=', query.from)]))
            .execute(),
        ])
  const wb = new ExcelJS.Workbook()
  wb.creator = '同心'
  const sheet = wb.addWorksheet('党员报到汇总')
  sheet.columns = [
    { header: '姓名', key: 'name', width: 10 },
    { header: '报到日期', key: 'registeredOn', width: 12 },
    { header: '状态', key: 'status', width: 10 },
    { header: '先锋岗', key: 'posts', width: 24 },
    { header: '已确认服务记录（条）', key: 'records', width: 20 },
    { header: '已确认服务时长（小时）', key: 'hours', width: 22 },
    { header: '参加组织生活（次）', key: 'meetings', width: 18 },
  ]
  let totalRecords = 0
  let totalMinutes = 0
  let totalMeetings = 0
  for (const m of members) {
    const s = service.find((x) => x.registration_id === m.id)
    const records = toNumber(s?.n)
    const minutes = toNumber(s?.minutes)
    const meetings = toNumber(life.find((x) => x.registration_id === m.id)?.n)
    totalRecords += records
    totalMinutes += minutes
    totalMeetings += meetings
    sheet.addRow({
      name: m.name,
      registeredOn: m.registered_on,
      status: m.status === 'active' ? '在册' : `已离开（${m.left_on ?? ''}）`,
      posts: posts
        .filter((p) => p.registration_id === m.id)
        .map((p) => p.name)
        .join('、'),
      records,
      hours: hoursOf(minutes),
      meetings,
    })
  }
  sheet.addRow({
    name: '合计',
    status: `${String(members.length)} 人`,
    records: totalRecords,
    hours: hoursOf(totalMinutes),
    meetings: totalMeetings,
  }).font = { bold: true }
  bold(sheet)
  await recordAudit(db, {
    actor,
    action: 'party.home.export',
    targetType: 'org_node',
    targetId: community.id,
    scopePath: community.path,
    summary: { home: query.homeName, from: query.from, to: query.to, members: members.length },
    at: now,
  })
  return {
    fileName: `${community.name}党员报到-${query.homeName}-${query.from}至${query.to}.xlsx`,
    content: Buffer.from(await wb.xlsx.writeBuffer()),
  }
}
