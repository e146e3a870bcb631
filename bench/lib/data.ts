// Data sets for benchmarks, built once by the district generator and kept under bench/.data/ (a
// marker file records what was built; a different size or generator version builds again).
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadConfig } from '../../server/config.js'
import { openRuntime } from '../../server/runtime.js'
import { systemActor } from '../../server/platform/access.js'
import { createUser, grantRole } from '../../server/modules/accounts/index.js'
import { generateDistrict, GENERATOR_VERSION } from '../../server/seed/generator.js'
import { generateWorkItems } from '../../server/seed/work-items.js'
import { root } from './processes.js'

export const BENCH_SECRET = 'bench-secret-bench-secret-bench-secret-0123'
export const BENCH_PASSWORD = 'bench-pass-2026'

export interface DatasetSpec {
  name: string
  communities: number
  persons: number
  seed: number
  /** Residents' requests over three years, added to a copy of the persons-only data set. */
  items?: number
}

export interface Dataset {
  spec: DatasetSpec
  dataDir: string
  sqliteFile: string
  /** The largest community and its busiest grid: where the benchmark users work. */
  community: { id: string; path: string }
  grid: { id: string; path: string }
  loadSeconds: number
  personRows: number
  itemRows?: number
  /** Seconds to load the items, and to recompute their daily figures. */
  itemLoadSeconds?: number
  figureSeconds?: number
}

function benchConfig(dataDir: string) {
  return loadConfig({
    NODE_ENV: 'production',
    TONGXIN_DATA_DIR: dataDir,
    TONGXIN_SECRET: BENCH_SECRET,
    TONGXIN_SQLITE_SYNCHRONOUS: 'NORMAL',
  })
}

/**
 * The persons-only data set of `spec`, then — when `spec.items` is set — a copy of it under
 * `<name>-<items>items` with that many residents' requests added, so that the same persons carry
 * 100,000 or 1,000,000 items without generating them twice.
 */
export async function ensureDataset(spec: DatasetSpec, log: (line: string) => void): Promise<Dataset> {
  const { items, ...personsSpec } = spec
  const base = await ensurePersons(personsSpec, log)
  if (!items) return base
  const dataDir = join(root, 'bench', '.data', `${spec.name}-${String(items)}items`)
  const marker = join(dataDir, 'dataset.json')
  const wanted = JSON.stringify({ ...spec, generator: GENERATOR_VERSION, items: 1 })
  if (existsSync(marker)) {
    const saved = JSON.parse(readFileSync(marker, 'utf8')) as { key: string; dataset: Dataset }
    if (saved.key === wanted) return saved.dataset
  }
  rmSync(dataDir, { recursive: true, force: true })
  mkdirSync(dataDir, { recursive: true })
  copyFileSync(base.sqliteFile, join(dataDir, 'tongxin.sqlite'))
  const runtime = await openRuntime(benchConfig(dataDir))
  log(`adding ${items.toLocaleString()} residents' requests over three years …`)
  const report = await generateWorkItems(runtime.ctx.db, {
    items,
    seed: spec.seed,
    onProgress: (p) => {
      if (p.done % 100_000 < 10_000 || p.done === p.total)
        log(
          `  ${p.done.toLocaleString()}/${p.total.toLocaleString()} items, ${(p.elapsedMs / 1000).toFixed(0)} s`,
        )
    },
  })
  runtime.handle.sqlite?.pragma('wal_checkpoint(TRUNCATE)')
  runtime.handle.sqlite?.exec('analyze')
  await runtime.close()
  const dataset: Dataset = {
    ...base,
    spec,
    dataDir,
    sqliteFile: join(dataDir, 'tongxin.sqlite'),
    itemRows: report.items,
    itemLoadSeconds: report.loadMs / 1000,
    figureSeconds: report.figuresMs / 1000,
  }
  writeFileSync(marker, JSON.stringify({ key: wanted, dataset }, null, 2))
  log(
    `items loaded in ${(report.loadMs / 1000).toFixed(1)} s (${Math.round(items / (report.loadMs / 1000)).toLocaleString()} items/s); ` +
      `daily figures recomputed in ${(report.figuresMs / 1000).toFixed(1)} s (${report.figureRows.toLocaleString()} rows)`,
  )
  return dataset
}

async function ensurePersons(spec: DatasetSpec, log: (line: string) => void): Promise<Dataset> {
  const dataDir = join(root, 'bench', '.data', spec.name)
  const marker = join(dataDir, 'dataset.json')
  const wanted = JSON.stringify({ ...spec, generator: GENERATOR_VERSION })
  if (existsSync(marker)) {
    const saved = JSON.parse(readFileSync(marker, 'utf8')) as { key: string; dataset: Dataset }
    if (saved.key === wanted) return saved.dataset
  }
  rmSync(dataDir, { recursive: true, force: true })
  mkdirSync(dataDir, { recursive: true })
  const runtime = await openRuntime(benchConfig(dataDir))
  const { db, pii } = runtime.ctx
  log(
    `building data set "${spec.name}": ${spec.communities} communities, ${spec.persons.toLocaleString()} persons …`,
  )
  const started = Date.now()
  await generateDistrict(db, pii, {
    communities: spec.communities,
    persons: spec.persons,
    seed: spec.seed,
    onProgress: (p) => {
      if (p.done % 10 === 0 || p.done === p.total)
        log(
          `  ${p.done}/${p.total} communities, ${p.persons.toLocaleString()} persons, ${(p.elapsedMs / 1000).toFixed(0)} s`,
        )
    },
  })
  const loadSeconds = (Date.now() - started) / 1000
  const biggest = await db
    .selectFrom('persons')
    .select(['community_id', db.fn.countAll<number>().as('n')])
    .where('community_id', 'is not', null)
    .groupBy('community_id')
    .orderBy('n', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow()
  const community = await db
    .selectFrom('org_nodes')
    .select(['id', 'path'])
    .where('id', '=', biggest.community_id ?? '')
    .executeTakeFirstOrThrow()
  const grids = await db
    .selectFrom('org_nodes')
    .select(['id', 'path'])
    .where('parent_id', '=', community.id)
    .where('kind', '=', 'grid')
    .execute()
  let grid = grids[0]
  let most = -1
  for (const g of grids) {
    const n = await db
      .selectFrom('persons')
      .select(db.fn.countAll<number>().as('n'))
      .where('path', '>=', g.path)
      .where('path', '<', `${g.path.slice(0, -1)}0`)
      .executeTakeFirstOrThrow()
    if (n.n > most) {
      most = n.n
      grid = g
    }
  }
  if (!grid) throw new Error('the largest community has no grid')
  const actor = systemActor('bench')
  const now = Date.now()
  await db.transaction().execute(async (trx) => {
    for (const [username, role, scope] of [
      ['bench_secretary', 'community_secretary', community.id],
      ['bench_grid', 'grid_worker', grid.id],
    ] as const) {
      const { id } = await createUser(trx, {
        actor,
        user: { username, displayName: username, password: BENCH_PASSWORD },
        now,
      })
      await grantRole(trx, { actor, userId: id, role, scope: { kind: 'org', id: scope }, now })
    }
  })
  const personRows = (
    await db.selectFrom('persons').select(db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
  ).n
  runtime.handle.sqlite?.pragma('wal_checkpoint(TRUNCATE)')
  runtime.handle.sqlite?.exec('analyze')
  await runtime.close()
  const dataset: Dataset = {
    spec,
    dataDir,
    sqliteFile: join(dataDir, 'tongxin.sqlite'),
    community,
    grid,
    loadSeconds,
    personRows,
  }
  writeFileSync(marker, JSON.stringify({ key: wanted, dataset }, null, 2))
  log(
    `built in ${loadSeconds.toFixed(1)} s (${Math.round(personRows / loadSeconds).toLocaleString()} persons/s)`,
  )
  return dataset
}
