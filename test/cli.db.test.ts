// The `tongxin` command as an operator runs it: the compiled CLI in a child process, on a fresh
// test database (SQLite file or PostgreSQL database) and data directory per test.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { openDatabase, type DbHandle } from '../server/db/index.js'
import { createSession } from '../server/platform/sessions.js'
import { verifyPassword } from '../server/platform/passwords.js'
import { demoAccounts, seedDemo } from '../server/seed/demo.js'
import { createTestDb, testDialect, type TestDb } from './setup/db.js'

const root = resolve(import.meta.dirname, '..')
const cliJs = join(root, 'dist', 'server', 'cli.js')
const SECRET = 'cli-test-secret-cli-test-secret-0123456789'
const demoUsernames = demoAccounts.map((a) => a.username).sort()

function newestSource(dir: string): number {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts') || entry.name.endsWith('.test.ts')) continue
    newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs)
  }
  return newest
}

interface CliResult {
  code: number | null
  stdout: string
  stderr: string
}

function runCli(test: TestDb, args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [cliJs, ...args], {
      cwd: root,
      // A clean environment: the postgres project's own DATABASE_URL must not leak into SQLite runs.
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        NODE_ENV: 'test',
        TONGXIN_DATA_DIR: test.dataDir,
        TONGXIN_SECRET: SECRET,
        TONGXIN_SQLITE_SYNCHRONOUS: 'OFF',
        ...(test.databaseUrl ? { DATABASE_URL: test.databaseUrl } : {}),
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')))
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')))
    child.on('error', fail)
    child.on('close', (code) => done({ code, stdout, stderr }))
  })
}

function openHandle(test: TestDb): DbHandle {
  return openDatabase(test.config)
}

async function withDb<T>(test: TestDb, use: (handle: DbHandle) => Promise<T>): Promise<T> {
  const handle = openHandle(test)
  try {
    return await use(handle)
  } finally {
    await handle.close()
  }
}

async function usernames(test: TestDb): Promise<string[]> {
  return withDb(test, async ({ db }) =>
    (await db.selectFrom('users').select('username').orderBy('username').execute()).map((u) => u.username),
  )
}

describe(`tongxin CLI (${testDialect})`, () => {
  beforeAll(() => {
    if (existsSync(cliJs) && statSync(cliJs).mtimeMs >= newestSource(join(root, 'server'))) return
    const build = spawnSync('npx', ['tsc', '-p', 'tsconfig.server.json'], { cwd: root, encoding: 'utf8' })
    if (build.status !== 0) throw new Error(`building the CLI failed:\n${build.stdout}${build.stderr}`)
  }, 120_000)

  let test: TestDb
  beforeEach(async () => {
    test = await createTestDb()
  })
  afterEach(async () => {
    await test.dispose()
  })

  it('reports a migrated database as up to date', async () => {
    const result = await runCli(test, ['migrate'])
    expect(result).toMatchObject({ code: 0, stdout: 'schema is up to date\n' })
  })

  it('seeds the demo community once; the second time it says it is already there', async () => {
    const first = await runCli(test, ['seed', '--demo'])
    expect(first).toMatchObject({ code: 0, stdout: 'demo community seeded\n' })
    expect(await usernames(test)).toEqual(demoUsernames)

    const second = await runCli(test, ['seed', '--demo'])
    expect(second).toMatchObject({ code: 0, stdout: 'demo community already present\n' })
    expect(await usernames(test)).toEqual(demoUsernames)
    // The full demo (a district of people and 500 requests filed through the services) is a real
    // load on a busy host: give it room rather than a flaky limit.
  }, 120_000)

  it('never seeds the demo community in production', async () => {
    const result = await runCli(test, ['seed', '--demo'], { NODE_ENV: 'production' })
    expect(result.code).not.toBe(0)
    expect(result.stderr).toContain('never seeded in production')
    expect(await usernames(test)).toEqual([])
  })

  describe('with the demo community', () => {
    beforeEach(async () => {
      await withDb(test, async ({ db }) => {
        await seedDemo(db)
      })
    })

    it('adds a grid worker who can sign in with the password given, scoped to their grid', async () => {
      const result = await runCli(test, [
        'user',
        'add',
        'zhangsan',
        '--display',
        '张三',
        '--password',
        'Abcdefg!9',
        '--role',
        'grid_worker',
        '--scope',
        '320812400001-G2',
      ])
      expect(result).toMatchObject({ code: 0, stdout: 'user zhangsan added\n' })

      await withDb(test, async ({ db }) => {
        const user = await db
          .selectFrom('users')
          .selectAll()
          .where('username', '=', 'zhangsan')
          .executeTakeFirstOrThrow()
        expect(user).toMatchObject({ display_name: '张三', disabled: 0, locale: 'zh-CN' })
        expect(await verifyPassword('Abcdefg!9', user.password_hash)).toBe(true)
        expect(await verifyPassword('Abcdefg!8', user.password_hash)).toBe(false)

        const grid = await db
          .selectFrom('org_nodes')
          .select(['id', 'path', 'name'])
          .where('code', '=', '320812400001-G2')
          .executeTakeFirstOrThrow()
        expect(grid.name).toBe('第二网格')
        const grants = await db
          .selectFrom('grants')
          .select(['role', 'scope_kind', 'scope_id', 'scope_path'])
          .where('user_id', '=', user.id)
          .execute()
        expect(grants).toEqual([
          { role: 'grid_worker', scope_kind: 'org', scope_id: grid.id, scope_path: grid.path },
        ])

        const audit = await db
          .selectFrom('audit_log')
          .select(['action', 'actor_label'])
          .where('target_id', '=', user.id)
          .orderBy('at')
          .orderBy('action')
          .execute()
        expect(audit.map((a) => a.action).sort()).toEqual(['user.create', 'user.grant_role'])
        for (const a of audit) expect(a.actor_label).toMatch(/^cli:/)
      })
    })

    it('refuses a weak password with a clear message, and creates no account', async () => {
      const digits = await runCli(test, [
        'user',
        'add',
        'lisi',
        '--display',
        '李四',
        '--password',
        '12345678',
      ])
      expect(digits.code).not.toBe(0)
      expect(digits.stderr).toContain('password must not be only digits')

      const short = await runCli(test, ['user', 'add', 'lisi', '--password', 'Ab!1'])
      expect(short.code).not.toBe(0)
      expect(short.stderr).toContain('at least 8 characters')

      const named = await runCli(test, ['user', 'add', 'lisi', '--password', 'LiSi2026!'])
      expect(named.code).not.toBe(0)
      expect(named.stderr).toContain('must not contain the user name')

      const none = await runCli(test, ['user', 'add', 'lisi'])
      expect(none.code).not.toBe(0)
      expect(none.stderr).toContain('--password')

      expect(await usernames(test)).toEqual(demoUsernames)
    })

    it('adds nobody when the role scope does not exist', async () => {
      const result = await runCli(test, [
        'user',
        'add',
        'wangwu',
        '--password',
        'Abcdefg!9',
        '--role',
        'grid_worker',
        '--scope',
        '320812400001-G9',
      ])
      expect(result.code).not.toBe(0)
      expect(result.stderr).toContain('no org node or village with code 320812400001-G9')
      expect(await usernames(test)).toEqual(demoUsernames)
    })

    it("changes a user's password and ends their sessions; refuses a weak one", async () => {
      const userId = await withDb(test, async ({ db }) => {
        const user = await db
          .selectFrom('users')
          .select('id')
          .where('username', '=', 'wangge1')
          .executeTakeFirstOrThrow()
        await createSession(db, {
          userId: user.id,
          ip: null,
          userAgent: 'test',
          now: Date.now(),
          policy: { idleMs: 3600_000, maxMs: 7 * 86400_000 },
        })
        return user.id
      })
      const hashOf = () =>
        withDb(test, async ({ db }) => {
          const row = await db
            .selectFrom('users')
            .select('password_hash')
            .where('id', '=', userId)
            .executeTakeFirstOrThrow()
          return row.password_hash
        })
      const sessionCount = () =>
        withDb(
          test,
          async ({ db }) =>
            (await db.selectFrom('sessions').select('id').where('user_id', '=', userId).execute()).length,
        )
      expect(await sessionCount()).toBe(1)

      const weak = await runCli(test, ['user', 'passwd', 'wangge1', '--password', '11112222'])
      expect(weak.code).not.toBe(0)
      expect(weak.stderr).toContain('password must not be only digits')
      expect(await verifyPassword('tongxin@2026', await hashOf())).toBe(true)
      expect(await sessionCount()).toBe(1)

      const ok = await runCli(test, ['user', 'passwd', 'wangge1'], { TONGXIN_PASSWORD: '网格新密码#2026' })
      expect(ok).toMatchObject({
        code: 0,
        stdout: 'password of wangge1 changed; their sessions were ended\n',
      })
      const hash = await hashOf()
      expect(await verifyPassword('网格新密码#2026', hash)).toBe(true)
      expect(await verifyPassword('tongxin@2026', hash)).toBe(false)
      expect(await sessionCount()).toBe(0)

      const missing = await runCli(test, ['user', 'passwd', 'nobody', '--password', 'Abcdefg!9'])
      expect(missing.code).not.toBe(0)
      expect(missing.stderr).toMatch(/does not exist/)
    })

    if (testDialect === 'postgres') {
      it('points to pg_dump and pg_restore instead of backing up or restoring PostgreSQL itself', async () => {
        const file = join(test.dataDir, 'backup.sqlite')
        const backup = await runCli(test, ['backup', file])
        expect(backup.code).not.toBe(0)
        expect(backup.stderr).toContain('pg_dump --format=custom')
        expect(backup.stderr).toContain('pg_restore')
        expect(existsSync(file)).toBe(false)

        const restore = await runCli(test, ['restore', file])
        expect(restore.code).not.toBe(0)
        expect(restore.stderr).toContain('pg_restore')
        expect(await usernames(test)).toEqual(demoUsernames)
      })
    } else {
      it('backs up a consistent copy while the server keeps writing', async () => {
        const file = join(test.dataDir, 'backup.sqlite')
        // The "server": one insert after another, each its own transaction.
        const writer = openHandle(test)
        const state = { stop: false, written: 0 }
        const writing = (async () => {
          while (!state.stop) {
            const key = `w:${String(state.written).padStart(7, '0')}`
            await writer.db
              .insertInto('app_meta')
              .values({ key, value: 'x'.repeat(200) })
              .execute()
            state.written++
            await new Promise((r) => setImmediate(r))
          }
        })()
        const { result, duringBackup } = await (async () => {
          try {
            while (state.written < 20) await new Promise((r) => setTimeout(r, 5))
            const before = state.written
            const result = await runCli(test, ['backup', file])
            return { result, duringBackup: state.written - before }
          } finally {
            state.stop = true
            await writing
            await writer.close()
          }
        })()
        expect(result).toMatchObject({ code: 0, stdout: `backup written to ${file}\n` })
        expect(duringBackup).toBeGreaterThan(0)

        const copy = new Database(file, { readonly: true, fileMustExist: true })
        try {
          expect(copy.pragma('integrity_check', { simple: true })).toBe('ok')
          const users = copy.prepare('select username from users order by username').all() as {
            username: string
          }[]
          expect(users.map((u) => u.username)).toEqual(demoUsernames)
          // One moment in time: the writer's rows up to some point, with no gaps.
          const keys = (
            copy.prepare("select key from app_meta where key like 'w:%' order by key").all() as {
              key: string
            }[]
          ).map((r) => r.key)
          expect(keys.length).toBeGreaterThan(0)
          expect(keys.length).toBeLessThanOrEqual(state.written)
          expect(keys).toEqual(keys.map((_, i) => `w:${String(i).padStart(7, '0')}`))
        } finally {
          copy.close()
        }
      })

      it('restores a backup over the database, keeping the one it replaces', async () => {
        const file = join(test.dataDir, 'backup.sqlite')
        expect((await runCli(test, ['backup', file])).code).toBe(0)
        await withDb(test, async ({ db }) => {
          await db.deleteFrom('users').where('username', '=', 'kuaiji').execute()
        })
        expect(await usernames(test)).not.toContain('kuaiji')

        const result = await runCli(test, ['restore', file])
        expect(result.code).toBe(0)
        expect(result.stdout).toContain(`restored from ${file}\n`)
        const kept = /previous database kept as (.+)\n/.exec(result.stdout)?.[1]
        expect(kept).toBeDefined()

        expect(await usernames(test)).toEqual(demoUsernames)
        const before = new Database(kept ?? '', { readonly: true, fileMustExist: true })
        try {
          const rows = before.prepare('select username from users order by username').all() as {
            username: string
          }[]
          expect(rows.map((u) => u.username)).toEqual(demoUsernames.filter((u) => u !== 'kuaiji'))
        } finally {
          before.close()
        }
      })

      it('refuses to restore while the server is running on the data directory', async () => {
        const file = join(test.dataDir, 'backup.sqlite')
        expect((await runCli(test, ['backup', file])).code).toBe(0)
        await withDb(test, async ({ db }) => {
          await db.deleteFrom('users').where('username', '=', 'kuaiji').execute()
        })
        writeFileSync(join(test.dataDir, 'server.pid'), String(process.pid))

        const refused = await runCli(test, ['restore', file])
        expect(refused.code).not.toBe(0)
        expect(refused.stderr).toContain(`the server (pid ${process.pid}) is running on this data directory`)
        expect(await usernames(test)).not.toContain('kuaiji')

        // A pid file left behind by a server that is gone does not block a restore.
        const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
          encoding: 'utf8',
        })
        writeFileSync(join(test.dataDir, 'server.pid'), gone.stdout)
        const restored = await runCli(test, ['restore', file])
        expect(restored.code).toBe(0)
        expect(await usernames(test)).toEqual(demoUsernames)
      })

      it('refuses a file that is not a Tongxin database and leaves the database alone', async () => {
        const text = join(test.dataDir, 'notes.sqlite')
        writeFileSync(text, '这不是数据库备份\n'.repeat(200))
        const foreign = join(test.dataDir, 'other-app.sqlite')
        const other = new Database(foreign)
        other.exec(
          'create table customers (id integer primary key, name text); insert into customers values (1, 1)',
        )
        other.close()

        const fromText = await runCli(test, ['restore', text])
        expect(fromText.code).not.toBe(0)
        expect(fromText.stderr).toMatch(/not a database/)

        const fromForeign = await runCli(test, ['restore', foreign])
        expect(fromForeign.code).not.toBe(0)
        expect(fromForeign.stderr).toContain('that file is not a Tongxin database')

        const missing = await runCli(test, ['restore', join(test.dataDir, 'no-such-backup.sqlite')])
        expect(missing.code).not.toBe(0)

        expect(await usernames(test)).toEqual(demoUsernames)
        expect(readdirSync(test.dataDir).filter((f) => f.includes('before-restore'))).toEqual([])
      })
    }
  })
})
