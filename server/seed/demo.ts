// The demo, modelled on the source (张码花园 in 淮安工业园区); synthetic, never real people.
//   - 'tree': the org tree (2 communities, grids, 3 buildings a grid), 5 villages and the demo
//     accounts — enough to sign in as each kind of user. Tests build on this; keep it small and fast.
//   - 'full': the tree plus the generated residents: 张码花园社区 with about 4,000 people in 1,300
//     households from its 5 villages, 4 grids and 40 buildings; 花河佳苑社区 with about 1,500 from 5
//     more; the fused network and its posts, 1+5+10 links and facilities; the demo users are persons
//     holding the posts their grants come from. What `npm start` and `tongxin seed --demo` build.
import type { Db, Executor } from '../db/index.js'
import { seedBooksHistory } from './books-history.js'
import { seedPartyHistory } from './party-history.js'
import { seedProxyHistory } from './proxy-history.js'
import { seedPropertyPlans } from './property-plans.js'
import { seedEstate } from './estate.js'
import { seedCollective } from './collective-demo.js'
import { seedConsultHistory } from './consult-history.js'
import { seedRequestHistory } from './request-history.js'
import { systemActor } from '../platform/access.js'
import { newId } from '../platform/ids.js'
import { hashPassword } from '../platform/passwords.js'
import type { PiiKeys } from '../platform/pii.js'
import { createUser, grantRole } from '../modules/accounts/index.js'
import { createOrgNode } from '../modules/org/index.js'
import { generateCommunity, IdentifierRegistry, type CommunityStats } from './generator.js'
import type { NamedHolder } from './network.js'
import type { SeatKind } from './posts.js'

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
  {
    username: 'shenhe',
    displayName: '刘玉梅',
    roleZh: '李湾村会计（凭证审核）',
    roleEn: 'accountant of Liwan village (reviews vouchers)',
  },
  {
    username: 'kuaiji2',
    displayName: '孔祥云',
    roleZh: '孔连村会计',
    roleEn: 'accountant of Konglian village',
  },
  { username: 'shenji', displayName: '徐海燕', roleZh: '园区审计员', roleEn: 'auditor of the park' },
  {
    username: 'wuye',
    displayName: '王德福',
    roleZh: '张码物业服务中心（被吹哨单位）',
    roleEn: 'property company staff (summoned by whistle)',
  },
  { username: 'cungan', displayName: '孔繁荣', roleZh: '孔连村村干部', roleEn: 'cadre of Konglian village' },
  {
    username: 'hongdai',
    displayName: '赵红梅',
    roleZh: '张码花园社区红代办队员',
    roleEn: 'red proxy, Zhangma Garden',
  },
  {
    username: 'hongdai2',
    displayName: '钱立新',
    roleZh: '张码花园社区红代办队员',
    roleEn: 'red proxy, Zhangma Garden',
  },
  {
    username: 'hongguan',
    displayName: '孙德胜',
    roleZh: '张码花园社区红管家（电工）',
    roleEn: 'red butler (electrician), Zhangma Garden',
  },
  {
    username: 'hongguan2',
    displayName: '吴海波',
    roleZh: '张码花园社区红管家（水暖工）',
    roleEn: 'red butler (plumber), Zhangma Garden',
  },
  {
    username: 'dangyuan',
    displayName: '孙永福',
    roleZh: '张码花园社区报到党员（李湾村党支部）',
    roleEn: 'party member reporting in, Zhangma Garden (Liwan village branch)',
  },
  {
    username: 'kuaiji3',
    displayName: '陆长青',
    roleZh: '陆集村会计（账套、收益分配、财务公开）',
    roleEn: 'accountant of Luji village (books, distribution, disclosure)',
  },
  {
    username: 'shenhe3',
    displayName: '周敏',
    roleZh: '陆集村会计（凭证审核）',
    roleEn: 'accountant of Luji village who reviews vouchers',
  },
  {
    // A villager's own account, linked to her membership of 陆集村's collective in the full demo:
    // she reads its disclosures on her phone (/m/disclosure). Her display name becomes her own.
    username: 'chengyuan',
    displayName: '陆集村成员',
    roleZh: '陆集村集体经济组织成员（手机查看财务公开）',
    roleEn: 'member of Luji village collective (reads its disclosures on a phone)',
  },
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

export interface SeedDemoOptions {
  /** 'tree' (default): org tree, villages and accounts only. 'full': plus residents and network. */
  size?: 'tree' | 'full'
  /** The installation's keys, to seal identifiers with (required for 'full'). */
  pii?: PiiKeys
  now?: number
  /** Residents of 张码花园社区 and 花河佳苑社区 in the full demo. */
  residents?: { zhangma: number; huahe: number }
  /** Residents' requests over the past year in 张码花园社区 (full demo only). */
  requests?: number
  /** 红代办 errands over the past year in 张码花园社区 (full demo only). */
  errands?: number
}

export interface DemoResult {
  seeded: boolean
  /** Per generated community (full demo only). */
  communities: CommunityStats[]
}

/** Builds the demo once; a second call does nothing. Returns whether it seeded. */
export async function seedDemo(db: Db, options: SeedDemoOptions = {}): Promise<boolean> {
  return (await seedDemoWithStats(db, options)).seeded
}

const huaheVillages = ['花河村', '周庄村', '高集村', '沈湾村', '蒋圩村']

export async function seedDemoWithStats(db: Db, options: SeedDemoOptions = {}): Promise<DemoResult> {
  const now = options.now ?? Date.now()
  const size = options.size ?? 'tree'
  const pii = options.pii
  if (size === 'full' && !pii) throw new Error('the full demo needs the installation keys (pii)')
  if (await isDemoSeeded(db)) return { seeded: false, communities: [] }
  const actor = systemActor('seed --demo')
  // One hash for all demo accounts: scrypt is deliberately slow.
  demoHash ??= hashPassword(DEMO_PASSWORD)
  const passwordHash = await demoHash
  const communities: CommunityStats[] = []
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
    // The property company serving 张码花园社区: summoned by whistles (吹哨报到), its staff sign in.
    const propertyCompanyId = newId()
    await trx
      .insertInto('providers')
      .values({
        id: propertyCompanyId,
        kind: 'property_company',
        name: '张码花园物业服务中心',
        area_path: zhangma.path,
        contact_name: '王德福',
        phone_sealed: null,
        phone_tail: null,
        version: 1,
        created_at: now,
        updated_at: now,
      })
      .execute()
    const users = new Map<string, string>()
    for (const account of demoAccounts) {
      const { id } = await createUser(trx, {
        actor,
        user: {
          username: account.username,
          displayName: account.displayName,
          password: DEMO_PASSWORD,
          providerId: account.username === 'wuye' ? propertyCompanyId : null,
        },
        now,
        passwordHash,
      })
      users.set(account.username, id)
    }
    const grants = new Map<string, string>()
    const grant = async (username: string, role: string, scope: { kind: 'org' | 'village'; id: string }) => {
      const userId = users.get(username)
      if (!userId) throw new Error(`demo user ${username} missing`)
      const { id } = await grantRole(trx, { actor, userId, role, scope, now })
      grants.set(`${username}:${role}`, id)
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
    const konglian = villageIds[1]
    if (!konglian) throw new Error('demo villages missing')
    await grant('cungan', 'village_cadre', { kind: 'village', id: konglian })
    // Each village's books are its own: 李湾村 has a maker and a reviewer, 孔连村 its own accountant.
    await grant('shenhe', 'village_accountant', { kind: 'village', id: liwan })
    await grant('kuaiji2', 'village_accountant', { kind: 'village', id: konglian })
    // 陆集村 keeps a year and more of books in the full demo (see books-history.ts).
    const luji = villageIds[2]
    if (!luji) throw new Error('demo villages missing')
    await grant('kuaiji3', 'village_accountant', { kind: 'village', id: luji })
    await grant('shenhe3', 'village_accountant', { kind: 'village', id: luji })
    await grant('hongdai', 'red_proxy', { kind: 'org', id: zhangma.id })
    await grant('hongdai2', 'red_proxy', { kind: 'org', id: zhangma.id })
    await grant('hongguan', 'red_butler', { kind: 'org', id: zhangma.id })
    await grant('hongguan2', 'red_butler', { kind: 'org', id: zhangma.id })
    // The service centre's rooms ("5+3+1+N") of 张码花园.
    const rooms: [string, string, number, string, string][] = [
      ['一站式服务大厅', 'one_stop_hall', 40, '08:30', '17:30'],
      ['新时代文明实践站', 'civilisation_practice', 60, '08:30', '21:00'],
      ['党群活动室', 'party_activity', 30, '08:30', '21:00'],
      ['协商议事室', 'consultation', 20, '08:30', '21:00'],
      ['文体活动室', 'recreation', 80, '07:00', '21:30'],
    ]
    await trx
      .insertInto('centre_rooms')
      .values(
        rooms.map(([name, kind, capacity, open_from, open_to]) => ({
          id: newId(),
          community_id: zhangma.id,
          name,
          kind,
          capacity,
          open_from,
          open_to,
          active: 1,
          version: 1,
          created_at: now,
          updated_at: now,
        })),
      )
      .execute()
    // 三步走: 张码花园 is at stage 2 (community leads) but 孔连村 moved in late and is still at
    // stage 1 there; 花河佳苑 is at stage 1.
    await trx
      .insertInto('community_stages')
      .values([
        { community_id: zhangma.id, stage: 2, since_on: '2025-06-30', version: 1, updated_at: now },
        { community_id: huahe.id, stage: 1, since_on: '2025-03-01', version: 1, updated_at: now },
      ])
      .execute()
    await trx
      .insertInto('village_stages')
      .values({
        community_id: zhangma.id,
        village_id: konglian,
        stage: 1,
        since_on: '2025-06-30',
        updated_at: now,
      })
      .execute()
    if (size === 'full' && pii) {
      communities.push(
        ...(await seedResidents(trx, pii, {
          now,
          zhangma,
          huahe,
          villageIds,
          villageNames: villages,
          users,
          grants,
          residents: options.residents ?? { zhangma: 4000, huahe: 1500 },
        })),
      )
    }
    // 三保留 — 李湾村's land, asset cards and contracts (one ending soon, one with an instalment overdue).
    if (size === 'full') await seedEstate(trx, { now, villageId: liwan, actor })
    // 党员报到: the demo party member's grant; in the full demo a year of reporting in.
    await seedPartyHistory(trx, {
      now,
      communityId: zhangma.id,
      users,
      full: size === 'full' && pii !== undefined,
    })
    await trx
      .insertInto('app_meta')
      .values({ key: DEMO_SEEDED_KEY, value: String(now) })
      .execute()
  })
  // A year of residents' requests, made through the requests services themselves.
  if (size === 'full' && pii) await seedRequestHistory(db, pii, { now, count: options.requests ?? 500 })
  // A year of 红代办 errands for residents with care tags, through the proxy services.
  if (size === 'full' && pii) await seedProxyHistory(db, pii, { now, count: options.errands ?? 60 })
  // 红管家: maintenance plans (each opens this period's check) and a few orders for the butlers.
  if (size === 'full' && pii) await seedPropertyPlans(db, pii, { now })
  // A year of 协商议事 in 张码花园: meetings, decisions and their tasks, through the services.
  if (size === 'full' && pii) await seedConsultHistory(db, pii, { now })
  // 三保留: 陆集村's own books since January last year, its members, distribution and disclosures.
  if (size === 'full' && pii) {
    const luji = await db.selectFrom('villages').select('id').where('name', '=', '陆集村').executeTakeFirst()
    if (luji) await seedBooksHistory(db, { now, villageId: luji.id })
  }
  // 李湾村股份经济合作社: its first members and their shares, through the collective services.
  if (size === 'full' && pii) await seedCollective(db, { now })
  return { seeded: true, communities }
}

/**
 * The full demo's people: generated into both communities, the named demo users placed among them
 * and their posts tied to the grants they already hold (posts.user_id/grant_id, grants.post_id).
 */
async function seedResidents(
  trx: Executor,
  pii: PiiKeys,
  input: {
    now: number
    zhangma: { id: string; path: string }
    huahe: { id: string; path: string }
    villageIds: string[]
    villageNames: string[]
    users: Map<string, string>
    grants: Map<string, string>
    residents: { zhangma: number; huahe: number }
  },
): Promise<CommunityStats[]> {
  const { now } = input
  const park = await trx
    .selectFrom('org_nodes')
    .select('path')
    .where('code', '=', '320812400')
    .executeTakeFirstOrThrow()
  for (const [i, name] of input.villageNames.entries()) {
    await trx
      .updateTable('villages')
      .set({ collective_name: `${name.replace(/村$/, '')}股份经济合作社` })
      .where('id', '=', input.villageIds[i] ?? '')
      .execute()
  }
  const huahe: { id: string; name: string }[] = []
  for (const [i, name] of huaheVillages.entries()) {
    const id = newId()
    await trx
      .insertInto('villages')
      .values({
        id,
        code: `320812400${String(206 + i)}`,
        name,
        area_path: park.path,
        collective_name: `${name.replace(/村$/, '')}股份经济合作社`,
        version: 1,
        created_at: now,
        updated_at: now,
      })
      .execute()
    huahe.push({ id, name })
  }
  const ids = await IdentifierRegistry.load(trx, pii)
  const addressPrefix = '淮安市清江浦区淮安工业园区'
  const zhangma = await generateCommunity(trx, pii, {
    communityId: input.zhangma.id,
    residents: input.residents.zhangma,
    seed: 2021,
    villages: input.villageNames.map((name, i) => ({ id: input.villageIds[i] ?? '', name })),
    grids: 4,
    buildings: 40,
    firstYear: 2016,
    // About 150 party members (5% of adults): 1+5+10 then covers most, not all, households.
    partyRate: 0.05,
    named: {
      secretary: { name: '李秀兰', sex: 'female', originVillage: 0 },
      gridWorkers: { 0: { name: '陈志强', sex: 'male' } },
      villageAccountants: { 0: { name: '孔德明', sex: 'male' } },
    },
    ids,
    now,
    addressPrefix,
  })
  const huaheGenerated = await generateCommunity(trx, pii, {
    communityId: input.huahe.id,
    residents: input.residents.huahe,
    seed: 2021,
    villages: huahe,
    grids: 3,
    buildings: 15,
    firstYear: 2018,
    partyRate: 0.05,
    ids,
    now,
    addressPrefix,
  })
  // The demo users hold the posts their grants come from.
  const link = async (holder: NamedHolder | undefined, seat: SeatKind, username: string, role: string) => {
    const postId = holder?.posts[seat]
    const grantId = input.grants.get(`${username}:${role}`)
    const userId = input.users.get(username)
    if (!postId || !grantId || !userId) throw new Error(`demo post ${seat} of ${username} missing`)
    await trx
      .updateTable('posts')
      .set({ user_id: userId, grant_id: grantId })
      .where('id', '=', postId)
      .execute()
    await trx.updateTable('grants').set({ post_id: postId }).where('id', '=', grantId).execute()
  }
  await link(zhangma.named.secretary, 'party_secretary', 'shuji', 'community_secretary')
  await link(zhangma.named['gridWorker:0'], 'grid_worker', 'wangge1', 'grid_worker')
  await link(zhangma.named['gridWorker:0'], 'party_member', 'wangge1', 'party_member')
  await link(zhangma.named['villageAccountant:0'], 'village_accountant', 'kuaiji', 'village_accountant')
  return [zhangma.stats, huaheGenerated.stats]
}
