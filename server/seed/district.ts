// A whole district for benchmarks: streets and a park, 100+ resettlement communities of very
// different sizes (a few big ones, many small), each hosting several old villages, half a million
// people. Deterministic for a seed on an empty database (ids and seals differ run to run).
import { sql } from 'kysely'
import {
  dialectOf,
  toNumber,
  type Db,
  type Executor,
  type OrgNodeKind,
  type OrgNodeTable,
} from '../db/index.js'
import { systemActor } from '../platform/access.js'
import { newId } from '../platform/ids.js'
import type { PiiKeys } from '../platform/pii.js'
import { localDate } from '../platform/time.js'
import { createOrgNode } from '../modules/org/index.js'
import type { VillageRef } from './community.js'
import { IdentifierRegistry } from './identifiers.js'
import { communityName, villageName } from './names.js'
import { hashSeed, Rng } from './random.js'
import { createPlanner, type PlanJob } from './planner.js'
import { writePlanned, type CommunityStats } from './write-community.js'

export interface DistrictOptions {
  /** Communities in all (default 100). */
  communities?: number
  /** People living in the district in all (default 500,000); person rows come out a few percent more. */
  persons?: number
  seed?: number
  today?: string
  now?: number
  /** Plan communities on a worker thread while the main thread writes (default true). */
  worker?: boolean
  /** Called after each community is written (it commits with its transaction, see below). */
  onProgress?: (progress: DistrictProgress) => void
}

export interface DistrictProgress {
  community: CommunityStats
  done: number
  total: number
  persons: number
  rows: number
  elapsedMs: number
}

export interface DistrictStats {
  districtId: string
  streets: number
  communities: number
  villages: number
  persons: number
  residents: number
  households: number
  partyMembers: number
  posts: number
  contacts: number
  rows: number
  elapsedMs: number
  /** Where communities were planned: 'worker' or 'main thread'. */
  planner: string
  /** Planning in memory (names, identifiers, sealing) and writing to the database, each summed. */
  planMs: number
  writeMs: number
  largest: { id: string; name: string; residents: number }
  smallest: { id: string; name: string; residents: number }
}

const DISTRICT = { code: '320812', name: '淮安市清江浦区' }
const streetNames = [
  '清江街道',
  '浦楼街道',
  '闸口街道',
  '白鹭湖街道',
  '长西街道',
  '淮海街道',
  '柳树湾街道',
  '水渡口街道',
  '城南街道',
  '钵池街道',
  '盐河街道',
  '黄码街道',
  '武墩街道',
  '和平街道',
]

async function findByCode(db: Executor, code: string): Promise<OrgNodeTable | undefined> {
  return db.selectFrom('org_nodes').selectAll().where('code', '=', code).executeTakeFirst()
}

async function sqliteCacheSize(db: Db): Promise<number> {
  const { rows } = await sql<{ cache_size: unknown }>`pragma cache_size`.execute(db)
  return toNumber(rows[0]?.cache_size)
}

/** Splits `total` into `count` skewed parts (log-normal weights), each at least `floor`. */
export function skewedSizes(rng: Rng, count: number, total: number, floor: number): number[] {
  const drawn = Array.from({ length: count }, () => Math.exp(rng.normal(0, 0.75)))
  // No community over four times the mean (the biggest resettlement communities hold ~20,000).
  const mean = drawn.reduce((a, b) => a + b, 0) / count
  const weights = drawn.map((w) => Math.min(w, 4 * mean))
  const sum = weights.reduce((a, b) => a + b, 0)
  const spare = Math.max(0, total - floor * count)
  return weights.map((w) => floor + Math.round((spare * w) / sum))
}

export async function generateDistrict(
  db: Db,
  pii: PiiKeys,
  options: DistrictOptions = {},
): Promise<DistrictStats> {
  const started = Date.now()
  const now = options.now ?? started
  const today = options.today ?? localDate(now)
  const communityCount = Math.max(1, options.communities ?? 100)
  const total = Math.max(communityCount * 50, options.persons ?? 500_000)
  const seed = options.seed ?? 1
  const rng = new Rng(hashSeed('district', seed))
  const actor = systemActor('seed --district')

  // The district, its streets and one park (created through the org service: few, audited).
  const streetCount = Math.max(2, Math.min(streetNames.length, Math.round(communityCount / 12)))
  const { district, streets } = await db.transaction().execute(async (trx) => {
    const district =
      (await findByCode(trx, DISTRICT.code)) ??
      (await createOrgNode(trx, {
        actor,
        node: { parentId: null, kind: 'district', code: DISTRICT.code, name: DISTRICT.name },
        now,
      }))
    const streets: OrgNodeTable[] = []
    let code = 1
    for (let s = 0; s < streetCount; s++) {
      const park = s === streetCount - 1
      const kind: OrgNodeKind = park ? 'park' : 'street'
      const name = park ? '清江浦经济开发区' : (streetNames[s] ?? `第${s + 1}街道`)
      while (await findByCode(trx, `${DISTRICT.code}${String(code).padStart(3, '0')}`)) code++
      streets.push(
        await createOrgNode(trx, {
          actor,
          node: {
            parentId: district.id,
            kind,
            code: `${DISTRICT.code}${String(code++).padStart(3, '0')}`,
            name,
          },
          now,
        }),
      )
    }
    return { district, streets }
  })

  const sizes = skewedSizes(rng, communityCount, total, 400)
  const takenNames = new Set(
    (await db.selectFrom('org_nodes').select('name').where('kind', '=', 'community').execute()).map(
      (r) => r.name,
    ),
  )
  const takenVillages = new Set((await db.selectFrom('villages').select('name').execute()).map((r) => r.name))
  const nextCommunity = new Map<string, number>()
  const nextVillage = new Map<string, number>()

  // First the communities themselves and the villages each hosts (one transaction), so that their
  // people can be planned ahead of writing.
  const jobs: PlanJob[] = await db.transaction().execute(async (trx) => {
    const out: PlanJob[] = []
    let previous: { street: string; villages: VillageRef[] } | undefined
    for (let i = 0; i < communityCount; i++) {
      const street = streets[Math.floor((i * streets.length) / communityCount)] ?? streets[0]
      if (!street) throw new Error('no street')
      const residents = sizes[i] ?? 400
      const name = communityName(rng, takenNames)
      takenNames.add(name)
      const villageCount = Math.max(3, Math.min(7, Math.round(2 + residents / 1800)))
      const firstYear = 2012 + rng.int(0, 8)
      const shared = previous?.street === street.id && rng.chance(0.2) ? previous.villages.at(-1) : undefined
      const households = residents / 3.1
      let number = nextCommunity.get(street.id) ?? 1
      while (await findByCode(trx, `${street.code}${String(number).padStart(3, '0')}`)) number++
      nextCommunity.set(street.id, number + 1)
      const community = await createOrgNode(trx, {
        actor,
        node: {
          parentId: street.id,
          kind: 'community',
          code: `${street.code}${String(number).padStart(3, '0')}`,
          name,
        },
        now,
      })
      const villages: VillageRef[] = []
      const villagePosts: boolean[] = []
      for (let v = 0; v < villageCount; v++) {
        if (v === villageCount - 1 && shared) {
          // Part of a village resettled here, the rest next door: its posts stay with its first host.
          villages.push(shared)
          villagePosts.push(false)
          continue
        }
        let n = nextVillage.get(street.id) ?? 201
        while (
          await trx
            .selectFrom('villages')
            .select('id')
            .where('code', '=', `${street.code}${n}`)
            .executeTakeFirst()
        )
          n++
        nextVillage.set(street.id, n + 1)
        const villageNameText = villageName(rng, takenVillages)
        takenVillages.add(villageNameText)
        const row = {
          id: newId(),
          code: `${street.code}${n}`,
          name: villageNameText,
          area_path: street.path,
          collective_name: `${villageNameText.replace(/村$/, '')}股份经济合作社`,
          version: 1,
          created_at: now,
          updated_at: now,
        }
        await trx.insertInto('villages').values(row).execute()
        villages.push({ id: row.id, name: row.name })
        villagePosts.push(true)
      }
      previous = { street: street.id, villages }
      out.push({
        loaded: { community, parent: street, grids: [], buildings: [], occupied: new Set(), households: 0 },
        options: {
          residents,
          seed: hashSeed(seed, i),
          villages,
          villagePosts,
          grids: Math.max(3, Math.min(5, Math.round(households / 350))),
          buildings: Math.max(6, Math.min(90, Math.round(households / 38))),
          firstYear,
          today,
          now,
          addressPrefix: `${DISTRICT.name}${street.name}`,
        },
      })
    }
    return out
  })
  const villageCount = new Set(jobs.flatMap((j) => j.options.villages.map((v) => v.id))).size

  const totals = {
    persons: 0,
    residents: 0,
    households: 0,
    partyMembers: 0,
    posts: 0,
    contacts: 0,
    rows: 0,
    planMs: 0,
    writeMs: 0,
  }
  let largest = { id: '', name: '', residents: -1 }
  let smallest = { id: '', name: '', residents: Infinity }
  const record = (stats: CommunityStats, done: number) => {
    totals.persons += stats.persons
    totals.residents += stats.residents
    totals.households += stats.households
    totals.partyMembers += stats.partyMembers
    totals.posts += stats.posts
    totals.contacts += stats.contacts.leaderMember + stats.contacts.memberHousehold
    totals.rows += stats.rows
    totals.planMs += stats.timings.planMs
    totals.writeMs += stats.timings.writeMs
    if (stats.residents > largest.residents)
      largest = { id: stats.communityId, name: stats.name, residents: stats.residents }
    if (stats.residents < smallest.residents)
      smallest = { id: stats.communityId, name: stats.name, residents: stats.residents }
    options.onProgress?.({
      community: stats,
      done,
      total: communityCount,
      persons: totals.persons,
      rows: totals.rows,
      elapsedMs: Date.now() - started,
    })
  }

  // Then the people: planned one community ahead (on a worker thread when one starts) and written
  // in order. Commits: on SQLite a transaction per ~100,000 persons (each commit rewrites every index
  // page it touched, so fewer, bigger commits load far faster), on PostgreSQL one per community.
  const planner = await createPlanner(await IdentifierRegistry.load(db, pii), pii, {
    worker: options.worker ?? true,
  })
  const plannerWhere = planner.where
  const sqlite = dialectOf(db) === 'sqlite'
  const perCommit = sqlite ? 100_000 : 0
  const cacheBefore = sqlite ? await sqliteCacheSize(db) : undefined
  // A big page cache keeps the indexes' pages in memory across a commit (restored afterwards).
  if (sqlite) await sql`pragma cache_size = -1048576`.execute(db)
  try {
    const ahead = (i: number) => {
      const job = jobs[i]
      return job ? planner.plan(job) : undefined
    }
    let next = ahead(0)
    for (let i = 0; i < communityCount;) {
      await db.transaction().execute(async (trx) => {
        let persons = 0
        do {
          const planned = await next
          if (!planned) throw new Error(`community ${i} was not planned`)
          next = ahead(i + 1)
          await writePlanned(trx, planned, now)
          record(planned.stats, ++i)
          persons += planned.stats.persons
        } while (i < communityCount && persons < perCommit)
      })
    }
  } finally {
    await planner.close()
    if (cacheBefore !== undefined) await sql`pragma cache_size = ${sql.raw(String(cacheBefore))}`.execute(db)
  }
  return {
    districtId: district.id,
    streets: streets.length,
    communities: communityCount,
    villages: villageCount,
    persons: totals.persons,
    residents: totals.residents,
    households: totals.households,
    partyMembers: totals.partyMembers,
    posts: totals.posts,
    contacts: totals.contacts,
    rows: totals.rows,
    elapsedMs: Date.now() - started,
    planner: plannerWhere,
    planMs: totals.planMs,
    writeMs: totals.writeMs,
    largest,
    smallest,
  }
}
