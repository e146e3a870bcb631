// The full demo's year of 协商议事 in 张码花园, made through the consultation services themselves
// (topic, invitations, meeting, decisions, tasks worked on the engine), so pages, timelines, the
// audit log and the figures are what real use produces: a parking rule raised from the residents'
// parking complaints of the busiest grid and carried out; charging points voted in secret and still
// being installed; a stairwell clean-up agreed by consensus and done; a square-dance noise vote
// that tied (rejected) beside an agreed quiet hour; and next week's meeting on the bins.
import type { Db } from '../db/index.js'
import {
  actOnTask,
  addTask,
  createConsultation,
  invite,
  recordDecision,
  recordMeeting,
  schedule,
} from '../modules/consult/index.js'
import type { PiiKeys } from '../platform/pii.js'
import { localDate, startOfLocalDay } from '../platform/time.js'
import { actorOf } from './request-history.js'

const HOUR = 3_600_000
const DAY = 24 * HOUR

interface Plan {
  daysAgo: number
  title: string
  description: string
  /** Where: the community, the busiest parking grid, or a building of grid 1. */
  place: 'community' | 'parking_grid' | 'building'
  source: 'residents' | 'grid_branch' | 'requests' | 'community'
  raisedBy: string
  agenda: string[]
  decisions: {
    text: string
    vote: 'open' | 'secret' | 'consensus'
    counts?: [number, number, number]
    tasks: { title: string; description: string; done: boolean }[]
  }[]
}

const plans: Plan[] = [
  {
    daysAgo: 240,
    title: '小区停车秩序整治',
    description: '多位居民反映楼前乱停车、占用消防通道，夜间车辆进出无序',
    place: 'parking_grid',
    source: 'requests',
    raisedBy: '网格党支部（汇集居民停车投诉）',
    agenda: ['通报近期停车投诉情况', '讨论划线停车与消防通道禁停规则', '表决'],
    decisions: [
      {
        text: '楼前划定停车位，消防通道全线禁停，物业每晚巡查',
        vote: 'open',
        tasks: [
          { title: '划定停车位', description: '物业在楼前施划停车位并喷涂消防通道禁停标识', done: true },
          { title: '张贴停车公约', description: '在各单元门口张贴停车公约', done: true },
        ],
      },
    ],
  },
  {
    daysAgo: 150,
    title: '电动车充电桩建设',
    description: '电动车楼道充电隐患大，居民希望集中建设充电桩',
    place: 'community',
    source: 'grid_branch',
    raisedBy: '第二网格党支部',
    agenda: ['充电桩选址', '收费标准', '表决'],
    decisions: [
      {
        text: '在小区东西两侧各建一处集中充电棚，按度收费',
        vote: 'secret',
        counts: [9, 2, 1],
        tasks: [
          { title: '东侧充电棚建设', description: '联系供电公司，完成东侧充电棚建设', done: true },
          { title: '西侧充电棚建设', description: '完成西侧充电棚建设', done: false },
        ],
      },
    ],
  },
  {
    daysAgo: 90,
    title: '楼道堆物清理',
    description: '楼道堆放杂物影响通行和消防安全',
    place: 'building',
    source: 'residents',
    raisedBy: '楼栋居民',
    agenda: ['楼道堆物现状', '清理时间与方式'],
    decisions: [
      {
        text: '本月底前各户自行清理，逾期由物业统一清运',
        vote: 'consensus',
        tasks: [{ title: '统一清运楼道堆物', description: '物业对逾期未清理的堆物统一清运', done: true }],
      },
    ],
  },
  {
    daysAgo: 30,
    title: '广场舞噪音',
    description: '晚间广场舞音响声音过大，影响周边居民休息',
    place: 'community',
    source: 'residents',
    raisedBy: '居民代表',
    agenda: ['听取双方意见', '活动时间与音量'],
    decisions: [
      { text: '停止晚间广场舞活动', vote: 'secret', counts: [5, 5, 1], tasks: [] },
      {
        text: '广场舞活动至晚八点半结束，音量由专人控制',
        vote: 'consensus',
        tasks: [
          { title: '告知广场舞队伍', description: '向各广场舞队伍告知活动时间与音量要求', done: false },
        ],
      },
    ],
  },
]

/** A secret vote's counts in proportion to the plan, never more than were present. */
function secretCounts([f, a, s]: [number, number, number] = [1, 0, 0], present: number) {
  const total = f + a + s
  if (total <= present) return { for: f, against: a, abstain: s }
  const yes = Math.round((f * present) / total)
  const no = Math.min(present - yes, Math.round((a * present) / total))
  return { for: yes, against: no, abstain: present - yes - no }
}

export async function seedConsultHistory(
  db: Db,
  pii: PiiKeys,
  options: { now: number; communityCode?: string },
): Promise<{ consultations: number }> {
  const community = await db
    .selectFrom('org_nodes')
    .select(['id', 'path'])
    .where('code', '=', options.communityCode ?? '320812400001')
    .executeTakeFirstOrThrow()
  const grids = await db
    .selectFrom('org_nodes')
    .select(['id', 'path'])
    .where('parent_id', '=', community.id)
    .where('kind', '=', 'grid')
    .orderBy('code')
    .execute()
  const firstGrid = grids[0]
  if (!firstGrid) return { consultations: 0 }
  const building = await db
    .selectFrom('org_nodes')
    .select(['id', 'path'])
    .where('parent_id', '=', firstGrid.id)
    .where('kind', '=', 'building')
    .orderBy('code')
    .executeTakeFirst()
  const provider = await db
    .selectFrom('providers')
    .select('id')
    .where('area_path', '=', community.path)
    .where('kind', '=', 'property_company')
    .executeTakeFirst()
  const shuji = await actorOf(db, 'shuji')
  const at = (daysAgo: number, hour: number) =>
    startOfLocalDay(localDate(options.now - daysAgo * DAY)) + hour * HOUR

  let made = 0
  for (const plan of plans) {
    const before = at(plan.daysAgo, 9)
    // The parking topic gathers the parking complaints of the grid that had the most of them.
    let nodeId = plan.place === 'building' && building ? building.id : community.id
    let requestIds: string[] = []
    if (plan.place === 'parking_grid') {
      const complaints = await db
        .selectFrom('work_items')
        .select(['id', 'grid_id'])
        .where('community_id', '=', community.id)
        .where('kind', '=', 'request')
        .where('category_code', '=', 'property.parking')
        .where('reported_at', '<', before)
        .orderBy('id', 'desc')
        .execute()
      const counts = new Map<string, number>()
      for (const c of complaints) if (c.grid_id) counts.set(c.grid_id, (counts.get(c.grid_id) ?? 0) + 1)
      const busiest = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0]
      nodeId = busiest ?? firstGrid.id
      requestIds = complaints
        .filter((c) => c.grid_id === nodeId)
        .slice(0, 4)
        .map((c) => c.id)
    }
    const node = await db
      .selectFrom('org_nodes')
      .select('path')
      .where('id', '=', nodeId)
      .executeTakeFirstOrThrow()
    const people = await db
      .selectFrom('persons')
      .select('id')
      .where('community_id', '=', community.id)
      .where('status', '=', 'active')
      .where('path', '>=', node.path)
      .where('path', '<', `${node.path.slice(0, -1)}0`)
      .orderBy('id')
      .limit(12)
      .execute()
    const capacities = ['building_leader', 'party_member', 'village_rep'] as const
    let v = await createConsultation({
      db,
      actor: shuji,
      input: {
        title: plan.title,
        description: plan.description,
        nodeId,
        source:
          requestIds.length > 0 ? plan.source : plan.source === 'requests' ? 'grid_branch' : plan.source,
        raisedBy: plan.raisedBy,
        ...(requestIds.length > 0 ? { requestIds } : {}),
        agenda: plan.agenda,
      },
      now: before - 10 * DAY,
    })
    const invitees = [
      ...people.map((p, i) => ({ personId: p.id, capacity: capacities[i] ?? ('resident' as const) })),
      ...(provider ? [{ providerId: provider.id, capacity: 'property_company' as const }] : []),
    ]
    if (invitees.length > 0)
      v = await invite({ db, actor: shuji, id: v.id, input: { invitees }, now: before - 9 * DAY })
    v = await schedule({
      db,
      actor: shuji,
      id: v.id,
      input: { scheduledAt: at(plan.daysAgo, 19), place: '协商议事室', version: v.version },
      now: before - 8 * DAY,
    })
    if (v.invitees.length === 0) continue
    // Most invitees come; the last of the residents sends apologies.
    const came = v.invitees.filter((_, i) => i !== v.invitees.length - 2)
    v = await recordMeeting({
      db,
      actor: shuji,
      id: v.id,
      input: {
        heldAt: at(plan.daysAgo, 19),
        attended: came.map((i) => i.id),
        minutes: `${plan.agenda.join('；')}。与会人员充分发表意见，形成如下决定。`,
        version: v.version,
      },
      now: at(plan.daysAgo, 21),
    })
    made++
    for (const d of plan.decisions) {
      const decidedAt = at(plan.daysAgo, 21)
      const input =
        d.vote === 'consensus'
          ? { method: 'consensus' as const, text: d.text }
          : d.vote === 'open'
            ? {
                method: 'vote' as const,
                text: d.text,
                openVote: true as const,
                ballots: came.map((i, n) => ({
                  inviteeId: i.id,
                  choice: n % 5 === 4 ? ('against' as const) : ('for' as const),
                })),
              }
            : {
                method: 'vote' as const,
                text: d.text,
                openVote: false as const,
                counts: secretCounts(d.counts, came.length),
              }
      v = await recordDecision({ db, actor: shuji, id: v.id, input, now: decidedAt })
      const decision = v.decisions.at(-1)
      if (!decision || decision.outcome !== 'adopted') continue
      for (const [n, task] of d.tasks.entries()) {
        let t = decidedAt + (n + 1) * DAY
        v = await addTask({
          db,
          pii,
          actor: shuji,
          id: v.id,
          decisionId: decision.id,
          input: { title: task.title, description: task.description },
          now: t,
        })
        const itemId = v.decisions.at(-1)?.tasks.at(-1)?.id
        if (!itemId) continue
        let version = 1
        const steps = task.done
          ? [
              { action: 'claim' as const },
              { action: 'start' as const },
              { action: 'resolve' as const, outcome: 'solved' as const, note: `${task.title}已完成` },
              { action: 'close' as const },
            ]
          : [{ action: 'claim' as const }, { action: 'start' as const }]
        for (const step of steps) {
          t += 2 * DAY
          if (t > options.now) break
          const view = await actOnTask({ db, pii, actor: shuji, itemId, input: { ...step, version }, now: t })
          version = view.item.version
        }
      }
    }
  }

  // Next week's meeting on the bins, invitations still going out.
  await createConsultation({
    db,
    actor: shuji,
    input: {
      title: '垃圾分类投放点调整',
      description: '部分投放点离楼栋过远，居民建议调整',
      nodeId: community.id,
      source: 'residents',
      raisedBy: '居民代表',
      agenda: ['投放点现状', '调整方案'],
    },
    now: options.now - 2 * DAY,
  })
  return { consultations: made + 1 }
}
