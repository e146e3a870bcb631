// The full demo's year of 红代办 errands, made through the proxy services themselves (filing, claim,
// hand-over, confirmation), so lists, timelines, the audit log and the figures are what real use
// produces: errands for residents with care tags (独居老人, 高龄老人, 残疾人, 低保对象), filed by the
// secretary or the grid worker, claimed by the two demo proxies, handed over and confirmed in
// person; the last fortnight's are still waiting or being done. Money entries need receipts' photos,
// which the demo does not invent: the demo's books start empty.
import type { Db } from '../db/index.js'
import type { Actor } from '../platform/access.js'
import type { PiiKeys } from '../platform/pii.js'
import { startOfLocalDay, localDate } from '../platform/time.js'
import { actOnProxy, fileProxy } from '../modules/services/index.js'
import { hashSeed, Rng, Weighted } from './random.js'
import { actorOf } from './request-history.js'

const HOUR = 3_600_000
const DAY = 24 * HOUR

const errands = new Weighted<[string, string, string]>([
  [['proxy.purchase', '代购降压药两盒', '药已送到家中，当面清点'], 10],
  [['proxy.purchase', '代购米面油等生活用品', '物品已送到家中'], 6],
  [['proxy.fees', '代缴本季度水电费', '已代缴，缴费凭证交居民'], 6],
  [['proxy.medical', '陪同去县人民医院复查', '已陪同就诊并取药'], 5],
  [['proxy.assistance', '代为申请临时救助', '申请材料已递交民政办'], 3],
  [['proxy.certificates', '代办老年优待证', '证件已领回交本人'], 3],
  [['proxy.employment', '帮忙联系公益性岗位', '已推荐至社区保洁岗位'], 2],
])

export async function seedProxyHistory(
  db: Db,
  pii: PiiKeys,
  options: { now: number; count: number; communityCode?: string; seed?: number },
): Promise<{ filed: number; delivered: number }> {
  const rng = new Rng(options.seed ?? hashSeed('tongxin-demo-proxy'))
  const community = await db
    .selectFrom('org_nodes')
    .select(['id'])
    .where('code', '=', options.communityCode ?? '320812400001')
    .executeTakeFirstOrThrow()
  const residents = await db
    .selectFrom('person_tags as t')
    .innerJoin('persons as p', 'p.id', 't.person_id')
    .select(['p.id'])
    .distinct()
    .where('p.community_id', '=', community.id)
    .where('p.status', '=', 'active')
    .where('t.tag', 'in', ['elderly_alone', 'very_old', 'disabled', 'low_income'])
    .orderBy('p.id')
    .limit(80)
    .execute()
  if (residents.length === 0) return { filed: 0, delivered: 0 }
  const shuji = await actorOf(db, 'shuji')
  const proxies = [await actorOf(db, 'hongdai'), await actorOf(db, 'hongdai2')]
  let delivered = 0
  for (let n = 0; n < options.count; n++) {
    const [categoryCode, description, handover] = errands.draw(rng)
    const back = rng.int(0, 364)
    let t = startOfLocalDay(localDate(options.now - back * DAY)) + rng.int(8, 17) * HOUR
    if (t > options.now - HOUR) t = options.now - HOUR
    const resident = rng.pick(residents)
    let view = await fileProxy({
      db,
      pii,
      actor: shuji,
      input: {
        personId: resident.id,
        categoryCode,
        description,
        channel: rng.chance(0.5) ? 'visit' : 'phone',
      },
      now: t,
    })
    const proxy = rng.pick(proxies)
    const step = async (actor: Actor, input: Record<string, unknown>, after: number) => {
      t += after
      if (t > options.now) return false
      view = await actOnProxy({
        db,
        pii,
        actor,
        itemId: view.item.id,
        input: { version: view.item.version, ...input } as never,
        now: t,
      })
      return true
    }
    // The last fortnight's errands are at every stage; older ones ran to the resident's confirmation.
    const depth = back < 14 ? rng.int(0, 3) : 4
    if (depth < 1 || !(await step(proxy, { action: 'claim' }, rng.int(1, 5) * HOUR))) continue
    if (depth < 2 || !(await step(proxy, { action: 'start' }, HOUR))) continue
    const outcome = rng.chance(0.85) ? 'solved' : 'explained'
    if (
      depth < 3 ||
      !(await step(proxy, { action: 'resolve', outcome, note: handover }, rng.int(3, 30) * HOUR))
    )
      continue
    if (
      depth < 4 ||
      !(await step(shuji, { action: 'confirm', note: '居民本人当面确认' }, rng.int(1, 24) * HOUR))
    )
      continue
    delivered++
    if (rng.chance(0.8))
      await step(
        shuji,
        { action: 'rate', satisfaction: rng.chance(0.9) ? 'satisfied' : 'basically_satisfied' },
        HOUR,
      )
  }
  return { filed: options.count, delivered }
}
