// Each database test gets a database of its own, already migrated: a copy of a template file on
// SQLite, `CREATE DATABASE … TEMPLATE` on PostgreSQL. The dialect comes from the vitest project.
import { randomBytes } from 'node:crypto'
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { afterEach, beforeEach, inject } from 'vitest'
import { loadConfig, type Config } from '../../server/config.js'
import { openDatabase, sqliteFile, type Db, type DbHandle, type Dialect } from '../../server/db/index.js'
import { openRuntime, type Runtime } from '../../server/runtime.js'
import { withDatabase } from './global-postgres.js'

export const testDialect: Dialect = process.env.TONGXIN_TEST_DIALECT === 'postgres' ? 'postgres' : 'sqlite'

export interface TestDb {
  dialect: Dialect
  dataDir: string
  databaseUrl: string | undefined
  config: Config
  dispose: () => Promise<void>
}

async function createPgDatabase(): Promise<string> {
  const admin = inject('pgAdminUrl')
  const template = inject('pgTemplate')
  const name = `${template}_${randomBytes(5).toString('hex')}`
  const client = new pg.Client({ connectionString: admin })
  await client.connect()
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        await client.query(`create database ${name} template ${template}`)
        break
      } catch (error) {
        // Two workers copying the same template at once: one waits for the other.
        if (attempt >= 20 || !String(error).includes('being accessed by other users')) throw error
        await new Promise((r) => setTimeout(r, 50 * attempt))
      }
    }
  } finally {
    await client.end()
  }
  return withDatabase(admin, name)
}

async function dropPgDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1)
  const client = new pg.Client({ connectionString: inject('pgAdminUrl') })
  await client.connect()
  try {
    await client.query(`drop database if exists ${name} with (force)`)
  } finally {
    await client.end()
  }
}

/** A fresh, migrated database and a data directory for files and keys. */
export async function createTestDb(env: Record<string, string> = {}): Promise<TestDb> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tongxin-t-'))
  let databaseUrl: string | undefined
  if (testDialect === 'postgres') databaseUrl = await createPgDatabase()
  else copyFileSync(inject('sqliteTemplate'), sqliteFile(dataDir))
  const config = loadConfig({
    NODE_ENV: 'test',
    TONGXIN_DATA_DIR: dataDir,
    TONGXIN_SQLITE_SYNCHRONOUS: 'OFF',
    TONGXIN_SECRET: 'test-secret-test-secret-test-secret-0123456789',
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    ...env,
  })
  return {
    dialect: testDialect,
    dataDir,
    databaseUrl,
    config,
    dispose: async () => {
      if (databaseUrl) await dropPgDatabase(databaseUrl)
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** A database handle on a fresh test database. */
export async function openTestDb(): Promise<{
  handle: DbHandle
  db: Db
  test: TestDb
  dispose: () => Promise<void>
}> {
  const test = await createTestDb()
  const handle = openDatabase(test.config)
  return {
    handle,
    db: handle.db,
    test,
    dispose: async () => {
      await handle.close()
      await test.dispose()
    },
  }
}

/** The whole runtime (context, job runner, file store) on a fresh test database. */
export async function openTestRuntime(
  env: Record<string, string> = {},
): Promise<{ runtime: Runtime; test: TestDb; dispose: () => Promise<void> }> {
  const test = await createTestDb(env)
  const runtime = await openRuntime(test.config, { skipMigrations: true })
  return {
    runtime,
    test,
    dispose: async () => {
      await runtime.close()
      await test.dispose()
    },
  }
}

/** Registers beforeEach/afterEach that give each test its own database; call the getter inside tests. */
export function useTestDb(): () => { db: Db; handle: DbHandle; test: TestDb } {
  let current: Awaited<ReturnType<typeof openTestDb>> | undefined
  beforeEach(async () => {
    current = await openTestDb()
  })
  afterEach(async () => {
    await current?.dispose()
    current = undefined
  })
  return () => {
    if (!current) throw new Error('useTestDb() getter called outside a test')
    return current
  }
}
