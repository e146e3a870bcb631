// Migrates one PostgreSQL template database per run; every test gets `CREATE DATABASE … TEMPLATE`.
// Needs DATABASE_URL (or TONGXIN_TEST_PG_URL) pointing at a server where we may create databases;
// without it this suite fails rather than being skipped.
import pg from 'pg'
import type { TestProject } from 'vitest/node'
import { migrateToLatest, openDatabase } from '../../server/db/index.js'

export function adminUrl(): string {
  const url = process.env.TONGXIN_TEST_PG_URL ?? process.env.DATABASE_URL
  if (!url)
    throw new Error('the postgres test project needs DATABASE_URL (see .ci/run for a throwaway server)')
  return url
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url)
  u.pathname = `/${name}`
  return u.toString()
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const admin = adminUrl()
  const template = `tx_tpl_${process.pid}_${Date.now().toString(36)}`
  const client = new pg.Client({ connectionString: admin })
  await client.connect()
  await client.query(`create database ${template}`)
  await client.end()
  const handle = openDatabase({
    databaseUrl: withDatabase(admin, template),
    dataDir: '',
    sqliteSynchronous: 'OFF',
  })
  await migrateToLatest(handle.db)
  await handle.close()
  project.provide('pgTemplate', template)
  project.provide('pgAdminUrl', admin)
  return async () => {
    const c = new pg.Client({ connectionString: admin })
    await c.connect()
    const { rows } = await c.query<{ datname: string }>(
      `select datname from pg_database where datname like $1 or datname = $2`,
      [`${template}\\_%`, template],
    )
    for (const r of rows) await c.query(`drop database if exists ${r.datname} with (force)`)
    await c.end()
  }
}
