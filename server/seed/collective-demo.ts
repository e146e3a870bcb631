// The full demo's 李湾村股份经济合作社: the members' representatives' meeting that confirmed the first
// members and set the share plan, the first members (people whose origin is 李湾村, wherever they
// live now) and their shares, made through the collective services as the village's accountant
// would. Part of the plan's shares stay with the collective, as in a real plan before the last
// grants. The books are not touched (the demo's books start empty), so no distribution is invented.
import type { Db } from '../db/index.js'
import { localDate } from '../platform/time.js'
import { confirmMember, createPlan, recordDecision, recordShareEvent } from '../modules/collective/index.js'
import { actorOf } from './request-history.js'

/** Members the demo confirms, and the shares each is granted. */
const MEMBERS = 24
const SHARES_EACH = 50
const TOTAL_SHARES = 2000

export async function seedCollective(
  db: Db,
  options: { now: number; villageName?: string },
): Promise<{ members: number; shares: number }> {
  const village = await db
    .selectFrom('villages')
    .select(['id', 'name'])
    .where('name', '=', options.villageName ?? '李湾村')
    .executeTakeFirstOrThrow()
  const kuaiji = await actorOf(db, 'kuaiji')
  const { now } = options
  // The meeting was held a year before the demo's day, at the start of that year's December.
  const heldOn = `${String(Number(localDate(now).slice(0, 4)) - 1)}-12-20`
  const meeting = (kind: 'membership' | 'share_plan', title: string, resolution: string) =>
    recordDecision({
      db,
      actor: kuaiji,
      villageId: village.id,
      input: {
        kind,
        meeting: 'representatives',
        heldOn,
        title,
        resolution,
        attendees: 31,
        votesFor: 29,
        votesAgainst: 1,
        votesAbstain: 1,
      },
      now,
    })
  const membership = await meeting(
    'membership',
    '确认第一批集体经济组织成员',
    '依据本村成员资格认定办法，确认户籍、承包地在本村的原始成员为本集体经济组织成员。',
  )
  const plan = await meeting(
    'share_plan',
    '股权设置与量化方案',
    `本社设置股份 ${String(TOTAL_SHARES)} 股，按人口股向成员量化，每人 ${String(SHARES_EACH)} 股，其余为集体股。`,
  )
  // Living adults whose origin is the village, in name order.
  const adultBefore = `${String(Number(heldOn.slice(0, 4)) - 18)}-12-20`
  const people = await db
    .selectFrom('persons')
    .select(['id'])
    .where('origin_village_id', '=', village.id)
    .where('status', '=', 'active')
    .where('birth_date', '<=', adultBefore)
    .orderBy('name_sort')
    .orderBy('id')
    .limit(MEMBERS)
    .execute()
  await createPlan({
    db,
    actor: kuaiji,
    villageId: village.id,
    input: {
      name: `${village.name.replace(/村$/, '')}股份经济合作社股权设置方案`,
      totalShares: TOTAL_SHARES,
      effectiveOn: heldOn,
      decisionId: plan.id,
    },
    now,
  })
  for (const person of people) {
    const member = await confirmMember({
      db,
      actor: kuaiji,
      villageId: village.id,
      input: { personId: person.id, basis: 'original', sinceOn: heldOn, decisionId: membership.id },
      now,
    })
    await recordShareEvent({
      db,
      actor: kuaiji,
      villageId: village.id,
      input: {
        kind: 'grant',
        toMemberId: member.id,
        shares: SHARES_EACH,
        happenedOn: heldOn,
        decisionId: plan.id,
        note: '人口股',
      },
      now,
    })
  }
  return { members: people.length, shares: people.length * SHARES_EACH }
}
