// Migrates one SQLite file per run; every test then starts from a copy of it (milliseconds).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { migrateToLatest, openDatabase } from '../../server/db/index.js'

export default async function setup(project: TestProject): Promise<() => void> {
  const dir = mkdtempSync(join(tmpdir(), 'tongxin-test-'))
  const file = join(dir, 'template.sqlite')
  const handle = openDatabase({ databaseUrl: undefined, dataDir: dir, sqliteSynchronous: 'OFF' }, { file })
  await migrateToLatest(handle.db)
  // Fold the WAL into the main file so a plain file copy is complete.
  handle.sqlite?.pragma('wal_checkpoint(TRUNCATE)')
  await handle.close()
  project.provide('sqliteTemplate', file)
  return () => rmSync(dir, { recursive: true, force: true })
}

declare module 'vitest' {
  export interface ProvidedContext {
    sqliteTemplate: string
    pgTemplate: string
    pgAdminUrl: string
  }
}
