import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { sql } from 'kysely'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase, type DbHandle } from './index.js'

const dirs: string[] = []
const handles: DbHandle[] = []

afterEach(async () => {
  for (const handle of handles.splice(0)) await handle.close()
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function open(backgroundCheckpoint: boolean): DbHandle {
  const dataDir = mkdtempSync(join(tmpdir(), 'tx-ckpt-'))
  dirs.push(dataDir)
  const handle = openDatabase(
    { databaseUrl: undefined, dataDir, sqliteSynchronous: 'NORMAL' },
    { backgroundCheckpoint },
  )
  handles.push(handle)
  return handle
}

/** 400 transactions of 2 KiB rows: about 1,000 pages, none of them checkpointed by the writer. */
async function write(handle: DbHandle): Promise<void> {
  await sql`create table notes (id integer primary key, body text not null)`.execute(handle.db)
  for (let i = 0; i < 400; i++)
    await handle.db.transaction().execute(async (trx) => {
      await sql`insert into notes (body) values (${'记'.repeat(700) + String(i)})`.execute(trx)
    })
}

async function waitFor(check: () => boolean, ms: number): Promise<boolean> {
  const until = Date.now() + ms
  while (Date.now() < until) {
    if (check()) return true
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  return check()
}

describe('background WAL checkpoints', () => {
  it("copies committed pages into the database file while the server's connection only appends", async () => {
    const handle = open(true)
    const file = handle.file ?? ''
    const before = statSync(file).size
    await write(handle)
    // The server's connection checkpoints only past 16,384 pages; the file grows because the worker copied.
    expect(await waitFor(() => statSync(file).size > before + 512 * 1024, 5_000)).toBe(true)
    // Another connection reads every row, and the file is sound.
    const reader = new Database(file, { readonly: true })
    expect(reader.prepare('select count(*) as n from notes').get()).toEqual({ n: 400 })
    expect(reader.pragma('integrity_check', { simple: true })).toBe('ok')
    reader.close()
  })

  it('closes cleanly: the worker stops, the WAL is folded in, and every row is there on reopening', async () => {
    const handle = open(true)
    const file = handle.file ?? ''
    await write(handle)
    handles.splice(handles.indexOf(handle), 1)
    await handle.close()
    expect(existsSync(`${file}-wal`)).toBe(false)
    const reopened = new Database(file, { readonly: true })
    expect(reopened.prepare('select count(*) as n from notes').get()).toEqual({ n: 400 })
    reopened.close()
  })

  it('inline (no worker): the same writes stay in the WAL until SQLite checkpoints in a commit', async () => {
    const handle = open(false)
    const file = handle.file ?? ''
    handle.sqlite?.pragma('wal_autocheckpoint = 100000')
    const before = statSync(file).size
    await write(handle)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(statSync(file).size).toBe(before)
    expect(statSync(`${file}-wal`).size).toBeGreaterThan(512 * 1024)
  })
})
