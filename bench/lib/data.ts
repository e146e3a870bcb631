// Data sets for benchmarks, built once by the district generator and kept under bench/.data/ (a
// marker file records what was built; a different size or generator version builds again).
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import pg from 'pg'
import { sql } from 'kysely'
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

/** Where a data set lives: a SQLite file (the default) or a database on a PostgreSQL server. */
export type DatasetTarget = { kind: 'sqlite' } | { kind: 'postgres'; adminUrl: string }

export interface Dataset {
  spec: DatasetSpec
  dataDir: string
  /** The SQLite file, or '' on PostgreSQL. */
  sqliteFile: string
  /** The PostgreSQL database, on PostgreSQL. */
  databaseUrl?: string
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

function benchConfig(dataDir: string, databaseUrl?: string) {
  return loadConfig({
    NODE_ENV: 'production',
    TONGXIN_DATA_DIR: dataDir,
    TONGXIN_SECRET: BENCH_SECRET,
    TONGXIN_SQLITE_SYNCHRONOUS: 'NORMAL',
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
  })
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url)
  u.pathname = `/${name}`
  return u.toString()
}

async function adminQuery<R extends pg.QueryResultRow>(
  adminUrl: string,
  text: string,
  values: unknown[] = [],
): Promise<R[]> {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    return (await client.query<R>(text, values)).rows
  } finally {
    await client.end()
  }
}

async function databaseExists(adminUrl: string, name: string): Promise<boolean> {
  return (await adminQuery(adminUrl, 'select 1 from pg_database where datname = $1', [name])).length > 0
}

/** Rows of a read-only query on the data set (`?` placeholders), for the suites' samples. */
export async function sampleRows<R>(dataset: Dataset, text: string, params: unknown[] = []): Promise<R[]> {
  if (dataset.databaseUrl) {
    let n = 0
    return adminQuery(
      dataset.databaseUrl,
      text.replace(/\?/g, () => `$${String(++n)}`),
      params,
    ) as Promise<R[]>
  }
  const { default: Database } = await import('better-sqlite3')
  const db = new Database(dataset.sqliteFile, { readonly: true })
  try {
    return db.prepare(text).all(...params) as R[]
  } finally {
    db.close()
  }
}

/** The data set its marker records, if it was built with `wanted` and its database still exists. */
async function builtBefore(
  marker: string,
  wanted: string,
  place: { database?: string },
  target: DatasetTarget,
): Promise<Dataset | undefined> {
  if (!existsSync(marker)) return undefined
  const saved = JSON.parse(readFileSync(marker, 'utf8')) as { key: string; dataset: Dataset }
  if (saved.key !== wanted) return undefined
  if (
    target.kind === 'postgres' &&
    !(place.database && (await databaseExists(target.adminUrl, place.database)))
  )
    return undefined
  return saved.dataset
}

/** The data set's directory name and, on PostgreSQL, its database name. */
function placeOf(name: string, target: DatasetTarget): { dir: string; database?: string } {
  if (target.kind === 'sqlite') return { dir: join(root, 'bench', '.data', name) }
  const database = `txbench_${name.replace(/[^a-z0-9]/gi, '_').toLowerCase()}`
  return { dir: join(root, 'bench', '.data', `pg-${name}`), database }
}

/**
 * The persons-only data set of `spec`, then — when `spec.items` is set — a copy of it under
 * `<name>-<items>items` with that many residents' requests added, so that the same persons carry
 * 100,000 or 1,000,000 items without generating them twice.
 */
export async function ensureDataset(
  spec: DatasetSpec,
  log: (line: string) => void,
  target: DatasetTarget = { kind: 'sqlite' },
): Promise<Dataset> {
  const { items, ...personsSpec } = spec
  const base = await ensurePersons(personsSpec, log, target)
  if (!items) return base
  const place = placeOf(`${spec.name}-${String(items)}items`, target)
  const dataDir = place.dir
  const marker = join(dataDir, 'dataset.json')
  const wanted = JSON.stringify({ ...spec, generator: GENERATOR_VERSION, items: 1 })
  const saved = await builtBefore(marker, wanted, place, target)
  if (saved) return saved
  rmSync(dataDir, { recursive: true, force: true })
  mkdirSync(dataDir, { recursive: true })
  let databaseUrl: string | undefined
  if (target.kind === 'postgres' && place.database && base.databaseUrl) {
    // A copy of the persons-only database, as the SQLite data sets copy their file.
    const template = new URL(base.databaseUrl).pathname.slice(1)
    await adminQuery(target.adminUrl, `drop database if exists ${place.database} with (force)`)
    await adminQuery(target.adminUrl, `create database ${place.database} template ${template}`)
    databaseUrl = withDatabase(target.adminUrl, place.database)
  } else {
    copyFileSync(base.sqliteFile, join(dataDir, 'tongxin.sqlite'))
  }
  const runtime = await openRuntime(benchConfig(dataDir, databaseUrl))
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
  if (databaseUrl) await sql`analyze`.execute(runtime.ctx.db)
  await runtime.close()
  const dataset: Dataset = {
    ...base,
    spec,
    dataDir,
    sqliteFile: databaseUrl ? '' : join(dataDir, 'tongxin.sqlite'),
    ...(databaseUrl ? { databaseUrl } : {}),
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

async function ensurePersons(
  spec: DatasetSpec,
  log: (line: string) => void,
  target: DatasetTarget,
): Promise<Dataset> {
  const place = placeOf(spec.name, target)
  const dataDir = place.dir
  const marker = join(dataDir, 'dataset.json')
  const wanted = JSON.stringify({ ...spec, generator: GENERATOR_VERSION })
  const saved = await builtBefore(marker, wanted, place, target)
  if (saved) return saved
  rmSync(dataDir, { recursive: true, force: true })
  mkdirSync(dataDir, { recursive: true })
  let databaseUrl: string | undefined
  if (target.kind === 'postgres' && place.database) {
    await adminQuery(target.adminUrl, `drop database if exists ${place.database} with (force)`)
    await adminQuery(target.adminUrl, `create database ${place.database}`)
    databaseUrl = withDatabase(target.adminUrl, place.database)
  }
  const runtime = await openRuntime(benchConfig(dataDir, databaseUrl))
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
  if (databaseUrl) await sql`analyze`.execute(db)
  await runtime.close()
  const dataset: Dataset = {
    spec,
    dataDir,
    sqliteFile: databaseUrl ? '' : join(dataDir, 'tongxin.sqlite'),
    ...(databaseUrl ? { databaseUrl } : {}),
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
