// The full demo's year of residents' requests, made through the product's own services (intake and
// every step), so the figures, timelines and audit entries are exactly what real use produces:
// patrol reports, QR reports, visits and walk-ins over the past year, with summer and Spring
// Festival peaks and a busier first grid; most settled in the grid, some escalated, a few whistled,
// rated by most residents, a handful reopened, and the last fortnight's still open.
import type { Db } from '../db/index.js'
import { systemActor, type Actor } from '../platform/access.js'
import type { PiiKeys } from '../platform/pii.js'
import { loadGrants } from '../platform/sessions.js'
import { localDate, startOfLocalDay } from '../platform/time.js'
import { actOnItem, blowWhistle, createItem, placeAt, reportToWhistle } from '../modules/requests/index.js'
import { hashSeed, Rng, Weighted } from './random.js'

const HOUR = 3_600_000
const DAY = 24 * HOUR

type Channel = 'patrol' | 'visit' | 'walk_in' | 'phone' | 'party_member' | 'qr'

const categories = new Weighted<
  [string, 'repair' | 'complaint' | 'help' | 'suggestion' | 'enquiry' | 'report', string]
>([
  [['facilities.water', 'repair', '楼道水管漏水，地面积水'], 14],
  [['facilities.lamp', 'repair', '小区路灯不亮，晚上出行不便'], 10],
  [['facilities.elevator', 'repair', '电梯运行异响，停在半层'], 5],
  [['facilities.road', 'repair', '雨水井盖松动'], 4],
  [['environment.garbage', 'complaint', '垃圾桶满溢未及时清运'], 12],
  [['environment.greening', 'suggestion', '绿化带杂草多，建议修剪'], 5],
  [['property.parking', 'complaint', '消防通道被车辆占用'], 9],
  [['property.noise', 'complaint', '夜间装修噪音扰民'], 6],
  [['disputes.neighbour', 'help', '楼上漏水到楼下，邻里协商不成'], 5],
  [['livelihood.assistance', 'help', '家中老人独居，申请临时救助'], 5],
  [['livelihood.employment', 'enquiry', '咨询公益性岗位招聘'], 4],
  [['livelihood.certificates', 'enquiry', '咨询居住证办理'], 3],
  [['safety.fire', 'report', '楼道堆放杂物，存在消防隐患'], 6],
  [['party.relationship', 'enquiry', '组织关系还在村里，想在社区参加组织生活'], 3],
  [['collective.dividend', 'enquiry', '询问村集体年终分红时间'], 3],
])
const channels = new Weighted<Channel>([
  ['patrol', 34],
  ['qr', 24],
  ['visit', 15],
  ['phone', 10],
  ['walk_in', 10],
  ['party_member', 7],
])

/** Requests by month (1–12): summer storms and Spring Festival bring more. */
const monthWeight = [1.4, 1.5, 0.9, 0.9, 1.0, 1.2, 1.5, 1.5, 1.1, 1.0, 0.9, 1.0]

/** A demo user as the services see them when they act (their grants loaded). */
export async function actorOf(db: Db, username: string): Promise<Actor> {
  const user = await db
    .selectFrom('users')
    .select(['id', 'display_name'])
    .where('username', '=', username)
    .executeTakeFirstOrThrow()
  return {
    kind: 'user',
    userId: user.id,
    label: user.display_name,
    grants: await loadGrants(db, user.id),
    ip: null,
    requestId: null,
  }
}

function drawDay(rng: Rng, now: number): number {
  // Rejection sampling over the past year by month weight.
  for (;;) {
    const back = rng.int(0, 364)
    const t = now - back * DAY
    const month = Number(localDate(t).slice(5, 7))
    if (rng.next() * 1.5 < (monthWeight[month - 1] ?? 1)) return startOfLocalDay(localDate(t))
  }
}

export interface RequestHistoryStats {
  filed: number
  closed: number
  open: number
}

export async function seedRequestHistory(
  db: Db,
  pii: PiiKeys,
  options: { now: number; count: number; communityCode?: string; seed?: number },
): Promise<RequestHistoryStats> {
  const rng = new Rng(options.seed ?? hashSeed('tongxin-demo-requests'))
  const community = await db
    .selectFrom('org_nodes')
    .selectAll()
    .where('code', '=', options.communityCode ?? '320812400001')
    .executeTakeFirstOrThrow()
  const grids = await db
    .selectFrom('org_nodes')
    .selectAll()
    .where('parent_id', '=', community.id)
    .where('kind', '=', 'grid')
    .orderBy('code')
    .execute()
  const buildingsByGrid = new Map<string, { id: string; path: string }[]>()
  for (const g of grids)
    buildingsByGrid.set(
      g.id,
      await db
        .selectFrom('org_nodes')
        .select(['id', 'path'])
        .where('parent_id', '=', g.id)
        .where('kind', '=', 'building')
        .execute(),
    )
  const gridWeights = new Weighted(grids.map((g, i) => [g, i === 0 ? 3 : 1] as const))
  const wangge = await actorOf(db, 'wangge1')
  const shuji = await actorOf(db, 'shuji')
  const wuye = await actorOf(db, 'wuye')
  const cungan = await actorOf(db, 'cungan')
  const qr = systemActor('居民（码上说）')
  const provider = await db
    .selectFrom('providers')
    .select('id')
    .where('area_path', '=', community.path)
    .executeTakeFirst()
  const stats: RequestHistoryStats = { filed: 0, closed: 0, open: 0 }

  for (let n = 0; n < options.count; n++) {
    const grid = gridWeights.draw(rng)
    const buildings = buildingsByGrid.get(grid.id) ?? []
    if (buildings.length === 0) continue
    const building = rng.pick(buildings)
    const [categoryCode, requestType, description] = categories.draw(rng)
    const channel = channels.draw(rng)
    let t = drawDay(rng, options.now) + rng.int(7, 20) * HOUR + rng.int(0, 59) * 60_000
    if (t > options.now - HOUR) t = options.now - HOUR
    const handler = grid.id === grids[0]?.id ? wangge : shuji
    // Visits and walk-ins are for a known resident of the building; QR reports are anonymous.
    const resident =
      channel === 'visit' || channel === 'walk_in' || channel === 'party_member'
        ? await db
            .selectFrom('persons')
            .select(['id', 'name', 'origin_village_id'])
            .where('path', '>=', building.path)
            .where('path', '<', `${building.path.slice(0, -1)}0`)
            .where('status', '=', 'active')
            .orderBy('id')
            .offset(rng.int(0, 20))
            .limit(1)
            .executeTakeFirst()
        : undefined
    const filed = await db.transaction().execute(async (trx) =>
      createItem(
        trx,
        pii,
        channel === 'qr' ? qr : handler,
        channel === 'qr' ? 'public' : 'grant',
        {
          requestType,
          categoryCode,
          urgency: rng.chance(0.05) ? 'urgent' : 'normal',
          channel,
          title: null,
          description,
          placement: await placeAt(trx, building.id),
          reporterPersonId: resident?.id ?? null,
          originVillageId: resident?.origin_village_id ?? null,
          reporterName: resident?.name ?? null,
          reporterPhone:
            channel === 'qr' && rng.chance(0.5) ? `139${String(rng.int(10_000_000, 99_999_999))}` : null,
          photos: [],
          filedByUserId: channel === 'qr' ? null : handler.userId,
          withFeedbackToken: channel === 'qr',
        },
        t,
      ),
    )
    stats.filed++
    let item = { id: filed.item.id, version: filed.item.version }
    const villageOwned = filed.item.village_id !== null
    let who = villageOwned
      ? filed.item.village_id === (cungan.grants[0]?.scopeId ?? '')
        ? cungan
        : shuji
      : handler
    const step = async (actor: Actor, action: string, extra: Record<string, unknown> = {}, after = HOUR) => {
      t += after
      if (t > options.now) return false
      const view = await actOnItem({
        db,
        pii,
        actor,
        itemId: item.id,
        input: { action: action as never, version: item.version, ...extra },
        now: t,
      })
      item = { id: view.id, version: view.version }
      return true
    }
    const ageDays = (options.now - t) / DAY
    // The last fortnight's items are at every stage of the loop; older ones ran it to the end.
    const depth = ageDays < 14 ? rng.int(0, 5) : 9
    if (depth < 1 || !(await step(who, 'verify', {}, rng.int(1, 4) * HOUR))) continue
    if (!villageOwned && rng.chance(0.14)) {
      await step(who, 'escalate', { note: '网格内无法解决，上报社区' }, 2 * HOUR)
      who = shuji
      if (provider && rng.chance(0.35)) {
        const current = await db
          .selectFrom('work_items')
          .select('version')
          .where('id', '=', item.id)
          .executeTakeFirstOrThrow()
        t += HOUR
        const whistle = await blowWhistle({
          db,
          actor: shuji,
          itemId: item.id,
          input: {
            version: current.version,
            note: '请物业到场处置',
            reportWithinMinutes: 30,
            providerIds: [provider.id],
          },
          now: t,
        })
        item.version = current.version + 1
        const party = whistle.parties[0]
        if (party) {
          t += rng.int(10, 50) * 60_000
          await reportToWhistle({
            db,
            actor: wuye,
            partyId: party.id,
            input: { version: party.version, contribution: '维修人员已到场处置' },
            now: t,
          })
          item.version++
        }
        if (!(await step(shuji, 'dispatch', { assigneeUserId: wuye.userId }, HOUR))) continue
        who = wuye
      } else if (!(await step(who, 'dispatch', { assigneeUserId: who.userId }, HOUR))) continue
    } else if (!(await step(who, 'dispatch', { assigneeUserId: who.userId }, HOUR))) continue
    if (depth < 2 || !(await step(who, 'accept', {}, rng.int(1, 20) * HOUR))) continue
    if (depth < 3) continue
    const slow = rng.chance(0.12)
    const outcome = requestType === 'enquiry' ? 'explained' : rng.chance(0.06) ? 'unsolvable' : 'solved'
    if (
      !(await step(
        who,
        'resolve',
        { outcome, note: outcome === 'solved' ? '已处理完毕' : '已向居民解释说明' },
        (slow ? rng.int(8, 20) : rng.int(0, 4)) * DAY + rng.int(1, 8) * HOUR,
      ))
    )
      continue
    const closer = who === wuye ? shuji : who
    if (depth < 4 || !(await step(closer, 'close', {}, rng.int(2, 30) * HOUR))) continue
    stats.closed++
    if (rng.chance(0.82)) {
      const r = rng.next()
      const satisfaction = r < 0.8 ? 'satisfied' : r < 0.95 ? 'basically_satisfied' : 'dissatisfied'
      if (!(await step(closer, 'rate', { satisfaction }, rng.int(1, 3) * DAY))) continue
      if (satisfaction === 'dissatisfied' && rng.chance(0.5)) {
        stats.closed--
        await step(closer, 'reopen', { note: '回访时居民表示问题仍未解决' }, HOUR)
      }
    }
  }
  stats.open = stats.filed - stats.closed
  return stats
}
