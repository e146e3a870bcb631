// The full demo's 红管家: the maintenance plans a community would start with, made through the plan
// service (so each opens this period's check as it would in use), and a few property orders waiting
// for the butlers. No history of finished work is invented: finishing an order needs photos of the
// result, which the demo does not fake.
import type { Db } from '../db/index.js'
import type { PiiKeys } from '../platform/pii.js'
import { localDate } from '../platform/time.js'
import { createPlan, fileProperty } from '../modules/property/index.js'
import { actorOf } from './request-history.js'

function monthsBefore(day: string, n: number): string {
  const [y, m] = day.split('-').map(Number) as [number, number]
  const index = y * 12 + (m - 1) - n
  return `${String(Math.floor(index / 12))}-${String((index % 12) + 1).padStart(2, '0')}-01`
}

export async function seedPropertyPlans(
  db: Db,
  pii: PiiKeys,
  options: { now: number; communityCode?: string },
): Promise<{ plans: number; orders: number }> {
  const community = await db
    .selectFrom('org_nodes')
    .select(['id', 'path'])
    .where('code', '=', options.communityCode ?? '320812400001')
    .executeTakeFirstOrThrow()
  const grids = await db
    .selectFrom('org_nodes')
    .select(['id', 'name', 'path'])
    .where('parent_id', '=', community.id)
    .where('kind', '=', 'grid')
    .orderBy('code')
    .execute()
  const facilities = await db
    .selectFrom('facilities')
    .select(['id', 'category', 'path', 'name', 'node_id'])
    .where('community_id', '=', community.id)
    .where('state', '!=', 'retired')
    .orderBy('code')
    .execute()
  const shuji = await actorOf(db, 'shuji')
  const electrician = await actorOf(db, 'hongguan')
  const plumber = await actorOf(db, 'hongguan2')
  const startsOn = monthsBefore(localDate(options.now), 3)
  const under = (path: string, category: string) =>
    facilities.filter((f) => f.category === category && f.path.startsWith(path)).map((f) => f.id)
  let plans = 0
  const plan = async (input: Parameters<typeof createPlan>[0]['input']) => {
    if (input.facilityIds.length === 0) return
    await createPlan({ db, pii, actor: shuji, input, now: options.now })
    plans++
  }
  // Electricians check the street lamps monthly, grid by grid (the source's own example).
  for (const grid of grids.slice(0, 3))
    await plan({
      nodeId: grid.id,
      name: `${grid.name}路灯月检`,
      trade: 'electrical',
      checklist: ['灯具能否正常点亮', '灯杆有无倾斜、锈蚀', '线路及接线盒有无裸露破损', '控制时段是否正确'],
      frequency: 'monthly',
      dueDays: 10,
      startsOn,
      ...(electrician.userId ? { assigneeUserId: electrician.userId } : {}),
      facilityIds: under(grid.path, 'street_lamp').slice(0, 40),
    })
  // Plumbers check the pipe network of the first grid's buildings each quarter.
  const firstGrid = grids[0]
  if (firstGrid)
    await plan({
      nodeId: firstGrid.id,
      name: `${firstGrid.name}管网季度检查`,
      trade: 'plumbing',
      checklist: ['管道及阀门有无渗漏', '水表井、检查井盖是否完好', '排水是否通畅', '冬季防冻保温是否到位'],
      frequency: 'quarterly',
      dueDays: 20,
      startsOn,
      ...(plumber.userId ? { assigneeUserId: plumber.userId } : {}),
      facilityIds: under(firstGrid.path, 'pipe_network').slice(0, 30),
    })
  // Fitness equipment and garbage points, monthly, due in the first five days: left to the team.
  await plan({
    nodeId: community.id,
    name: '健身器材及垃圾分类投放点月检',
    trade: 'general',
    checklist: ['器材有无松动、破损、锐边', '地面及周边是否整洁', '分类标识是否清晰'],
    frequency: 'monthly',
    dueDays: 5,
    startsOn,
    facilityIds: [
      ...under(community.path, 'fitness_equipment'),
      ...under(community.path, 'waste_station'),
    ].slice(0, 40),
  })
  // A few everyday orders waiting for a butler.
  const everyday: [number, string, string][] = [
    [0, 'butler.greening', '小区南门绿化带杂草较多，需修剪清理'],
    [1, 'butler.sanitation', '垃圾分类投放点周边有散落垃圾，需清扫'],
    [2, 'butler.parking', '地面停车位标线模糊，需重新划线'],
  ]
  let orders = 0
  for (const [i, categoryCode, description] of everyday) {
    const grid = grids[i % Math.max(grids.length, 1)]
    if (!grid) break
    await fileProperty({
      db,
      pii,
      actor: shuji,
      input: { nodeId: grid.id, categoryCode, description },
      now: options.now,
    })
    orders++
  }
  return { plans, orders }
}
