// `tongxin <command>`: serve, migrate, seed --demo, backup, restore, user add|passwd.
import { copyFileSync, existsSync, readFileSync, renameSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import Database from 'better-sqlite3'
import { ConfigError, loadConfig, type Config } from './config.js'
import { migrateToLatest, openDatabase, sqliteFile } from './db/index.js'
import { systemActor } from './platform/access.js'
import { AppError } from './platform/errors.js'
import { errorMessage } from './platform/i18n.js'
import { openRuntime } from './runtime.js'
import { seedDemo } from './seed/demo.js'
import { createUser, grantRole, setPassword } from './modules/accounts/index.js'
import { serve } from './main.js'

const usage = `Usage: tongxin <command>

  serve                         start the server (PORT, DATABASE_URL, TONGXIN_DATA_DIR …)
  migrate                       bring the database schema up to date
  seed --demo                   add the demo community (once; never in production)
  backup <file>                 online, consistent copy of the SQLite database
  restore <file>                replace the SQLite database with a backup (server stopped)
  user add <name> --display <显示名> --password <pw> [--role <role> --scope <org code|village code>]
  user passwd <name> --password <pw>
`

function fail(message: string): never {
  process.stderr.write(`tongxin: ${message}\n`)
  process.exit(2)
}

function serverRunning(config: Config): number | undefined {
  const pidFile = join(config.dataDir, 'server.pid')
  if (!existsSync(pidFile)) return undefined
  const pid = Number(readFileSync(pidFile, 'utf8'))
  try {
    process.kill(pid, 0)
    return pid
  } catch {
    return undefined
  }
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv
  let config: Config
  try {
    config = loadConfig()
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message)
    throw error
  }
  switch (command) {
    case 'serve':
      await serve(config)
      return
    case 'migrate': {
      const handle = openDatabase(config)
      const result = await migrateToLatest(handle.db)
      await handle.close()
      const applied = (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName)
      process.stdout.write(applied.length ? `applied: ${applied.join(', ')}\n` : 'schema is up to date\n')
      return
    }
    case 'seed': {
      const { values } = parseArgs({ args: rest, options: { demo: { type: 'boolean' } } })
      if (!values.demo) fail('seed needs --demo')
      if (config.env === 'production') fail('the demo community is never seeded in production')
      const runtime = await openRuntime(config)
      const seeded = await seedDemo(runtime.ctx.db)
      await runtime.close()
      process.stdout.write(seeded ? 'demo community seeded\n' : 'demo community already present\n')
      return
    }
    case 'backup': {
      const target = rest[0]
      if (!target) fail('backup needs a target file')
      if (config.databaseUrl) {
        fail(
          'on PostgreSQL use its own tools, e.g.\n  pg_dump --format=custom --file=tongxin.dump "$DATABASE_URL"\n' +
            'and restore with\n  pg_restore --clean --if-exists --dbname="$DATABASE_URL" tongxin.dump',
        )
      }
      const file = sqliteFile(config.dataDir)
      if (!existsSync(file)) fail(`no database at ${file}`)
      const source = new Database(file, { readonly: true, fileMustExist: true })
      try {
        // SQLite's online backup: a consistent copy while the server keeps writing.
        // In one step after the first: a step-wise backup restarts whenever the server writes.
        await source.backup(resolve(target), { progress: () => 0x7fffffff })
      } finally {
        source.close()
      }
      process.stdout.write(`backup written to ${resolve(target)}\n`)
      return
    }
    case 'restore': {
      const source = rest[0]
      if (!source) fail('restore needs a backup file')
      if (config.databaseUrl) fail('on PostgreSQL restore with pg_restore (see `tongxin backup`)')
      const pid = serverRunning(config)
      if (pid !== undefined) fail(`the server (pid ${pid}) is running on this data directory; stop it first`)
      const check = new Database(resolve(source), { readonly: true, fileMustExist: true })
      try {
        const integrity = check.pragma('integrity_check', { simple: true })
        if (integrity !== 'ok') fail(`the backup fails its integrity check: ${String(integrity)}`)
        const hasSchema = check.prepare("select 1 from sqlite_master where name = 'kysely_migration'").get()
        if (!hasSchema) fail('that file is not a Tongxin database')
      } finally {
        check.close()
      }
      const file = sqliteFile(config.dataDir)
      if (existsSync(file)) {
        const kept = `${file}.before-restore-${Date.now()}`
        renameSync(file, kept)
        // The WAL may hold the newest commits (a server that crashed): it moves with the copy.
        if (existsSync(`${file}-wal`)) renameSync(`${file}-wal`, `${kept}-wal`)
        process.stdout.write(`previous database kept as ${kept}\n`)
      }
      rmSync(`${file}-wal`, { force: true })
      rmSync(`${file}-shm`, { force: true })
      copyFileSync(resolve(source), file)
      const handle = openDatabase(config)
      await migrateToLatest(handle.db)
      await handle.close()
      process.stdout.write(`restored from ${resolve(source)}\n`)
      return
    }
    case 'user': {
      const [sub, username, ...flags] = rest
      const { values } = parseArgs({
        args: flags,
        options: {
          display: { type: 'string' },
          password: { type: 'string' },
          role: { type: 'string' },
          scope: { type: 'string' },
        },
      })
      if (!username) fail('user add|passwd needs a user name')
      const password = values.password ?? process.env.TONGXIN_PASSWORD
      if (!password) fail('give --password or set TONGXIN_PASSWORD')
      const runtime = await openRuntime(config)
      const db = runtime.ctx.db
      const actor = systemActor(`cli:${process.env.USER ?? 'unknown'}`)
      try {
        if (sub === 'add') {
          await db.transaction().execute(async (trx) => {
            const { id } = await createUser(trx, {
              actor,
              user: { username, displayName: values.display ?? username, password },
              now: Date.now(),
            })
            if (values.role) {
              if (!values.scope) fail('--role needs --scope (an org node code or a village code)')
              const node = await trx
                .selectFrom('org_nodes')
                .select('id')
                .where('code', '=', values.scope)
                .executeTakeFirst()
              const village = node
                ? undefined
                : await trx
                    .selectFrom('villages')
                    .select('id')
                    .where('code', '=', values.scope)
                    .executeTakeFirst()
              if (!node && !village) fail(`no org node or village with code ${values.scope}`)
              await grantRole(trx, {
                actor,
                userId: id,
                role: values.role,
                scope: node ? { kind: 'org', id: node.id } : { kind: 'village', id: village?.id ?? '' },
                now: Date.now(),
              })
            }
          })
          process.stdout.write(`user ${username} added\n`)
        } else if (sub === 'passwd') {
          await setPassword(db, { actor, username, password, now: Date.now() })
          process.stdout.write(`password of ${username} changed; their sessions were ended\n`)
        } else {
          fail(`unknown user command ${sub ?? ''}\n${usage}`)
        }
      } finally {
        await runtime.close()
      }
      return
    }
    case undefined:
    case 'help':
    case '--help':
      process.stdout.write(usage)
      return
    default:
      fail(`unknown command ${command}\n${usage}`)
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof AppError) {
    process.stderr.write(
      `tongxin: ${errorMessage(error.code, error.details, 'zh-CN')} / ${errorMessage(error.code, error.details, 'en')} ${JSON.stringify(error.details)}\n`,
    )
  } else {
    process.stderr.write(
      `tongxin: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    )
  }
  process.exit(1)
})
