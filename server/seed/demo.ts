// A small demo community modelled on the source (张码花园 in 淮安工业园区): enough to sign in as each
// kind of user and see the shell scoped to them. The registry work grows this into the full demo
// (about 4,000 residents in 1,300 households from 5 villages); synthetic, never real people.
import type { Db } from '../db/index.js'
import { systemActor } from '../platform/access.js'
import { newId } from '../platform/ids.js'
import { hashPassword } from '../platform/passwords.js'
import { createUser, grantRole } from '../modules/accounts/index.js'
import { createOrgNode } from '../modules/org/index.js'

export const DEMO_PASSWORD = 'tongxin@2026'

export interface DemoAccount {
  username: string
  displayName: string
  roleZh: string
  roleEn: string
}

export const demoAccounts: DemoAccount[] = [
  {
    username: 'admin',
    displayName: '系统管理员',
    roleZh: '系统管理员（全区）',
    roleEn: 'system administrator (district)',
  },
  { username: 'jiedao', displayName: '周建国', roleZh: '街道（园区）领导', roleEn: 'street office leader' },
  {
    username: 'shuji',
    displayName: '李秀兰',
    roleZh: '张码花园社区党委书记',
    roleEn: 'community party secretary',
  },
  { username: 'wangge1', displayName: '陈志强', roleZh: '第一网格网格员', roleEn: 'grid worker, grid 1' },
  { username: 'kuaiji', displayName: '孔德明', roleZh: '李湾村会计', roleEn: 'accountant of Liwan village' },
  { username: 'shenji', displayName: '徐海燕', roleZh: '园区审计员', roleEn: 'auditor of the park' },
]

const DEMO_SEEDED_KEY = 'demo_seeded_at'
let demoHash: Promise<string> | undefined

export async function isDemoSeeded(db: Db): Promise<boolean> {
  const row = await db
    .selectFrom('app_meta')
    .select('value')
    .where('key', '=', DEMO_SEEDED_KEY)
    .executeTakeFirst()
  return row !== undefined
}

/** Builds the demo once; a second call does nothing. Returns whether it seeded. */
export async function seedDemo(db: Db, now = Date.now()): Promise<boolean> {
  if (await isDemoSeeded(db)) return false
  const actor = systemActor('seed --demo')
  // One hash for all demo accounts: scrypt is deliberately slow.
  demoHash ??= hashPassword(DEMO_PASSWORD)
  const passwordHash = await demoHash
  await db.transaction().execute(async (trx) => {
    const node = (
      parentId: string | null,
      kind: Parameters<typeof createOrgNode>[1]['node']['kind'],
      code: string,
      name: string,
    ) => createOrgNode(trx, { actor, node: { parentId, kind, code, name }, now })
    const district = await node(null, 'district', '320812', '淮安市清江浦区')
    const park = await node(district.id, 'park', '320812400', '淮安工业园区')
    const zhangma = await node(park.id, 'community', '320812400001', '张码花园社区')
    const huahe = await node(park.id, 'community', '320812400002', '花河佳苑社区')
    const grids: { id: string; code: string }[] = []
    for (const [community, count] of [
      [zhangma, 4],
      [huahe, 3],
    ] as const) {
      for (let g = 1; g <= count; g++) {
        const grid = await node(
          community.id,
          'grid',
          `${community.code}-G${g}`,
          `第${'一二三四五'[g - 1]}网格`,
        )
        grids.push(grid)
        for (let b = 1; b <= 3; b++) {
          const number = (g - 1) * 3 + b
          await node(
            grid.id,
            'building',
            `${community.code}-B${String(number).padStart(2, '0')}`,
            `${number}号楼`,
          )
        }
      }
    }
    const villages = ['李湾村', '孔连村', '陆集村', '韩庄村', '徐圩村']
    const villageIds: string[] = []
    for (const [i, name] of villages.entries()) {
      const id = newId()
      villageIds.push(id)
      await trx
        .insertInto('villages')
        .values({
          id,
          code: `320812400${String(201 + i)}`,
          name,
          area_path: park.path,
          version: 1,
          created_at: now,
          updated_at: now,
        })
        .execute()
    }
    const users = new Map<string, string>()
    for (const account of demoAccounts) {
      const { id } = await createUser(trx, {
        actor,
        user: { username: account.username, displayName: account.displayName, password: DEMO_PASSWORD },
        now,
        passwordHash,
      })
      users.set(account.username, id)
    }
    const grant = async (username: string, role: string, scope: { kind: 'org' | 'village'; id: string }) => {
      const userId = users.get(username)
      if (!userId) throw new Error(`demo user ${username} missing`)
      await grantRole(trx, { actor, userId, role, scope, now })
    }
    await grant('admin', 'admin', { kind: 'org', id: district.id })
    await grant('jiedao', 'street_leader', { kind: 'org', id: park.id })
    await grant('shuji', 'community_secretary', { kind: 'org', id: zhangma.id })
    const firstGrid = grids[0]
    if (!firstGrid) throw new Error('demo grids missing')
    await grant('wangge1', 'grid_worker', { kind: 'org', id: firstGrid.id })
    // Cross-appointment (交叉任职): the grid worker of grid 1 is also a party member there.
    await grant('wangge1', 'party_member', { kind: 'org', id: firstGrid.id })
    const liwan = villageIds[0]
    if (!liwan) throw new Error('demo villages missing')
    await grant('kuaiji', 'village_accountant', { kind: 'village', id: liwan })
    await grant('shenji', 'auditor', { kind: 'org', id: park.id })
    await trx
      .insertInto('app_meta')
      .values({ key: DEMO_SEEDED_KEY, value: String(now) })
      .execute()
  })
  return true
}
