// `tongxin <command>`: serve, migrate, seed --demo, backup, restore, user add|passwd, import.
import { copyFileSync, existsSync, readFileSync, renameSync, rmSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import Database from 'better-sqlite3'
import { ConfigError, loadConfig, type Config } from './config.js'
import { migrateToLatest, openDatabase, readJson, sqliteFile } from './db/index.js'
import { systemActor } from './platform/access.js'
import { AppError } from './platform/errors.js'
import { errorMessage } from './platform/i18n.js'
import { openRuntime } from './runtime.js'
import { seedDemo } from './seed/demo.js'
import { createUser, grantRole, setPassword } from './modules/accounts/index.js'
import { cliImportTarget, runImport, startImport } from './modules/imports/index.js'
import { serve } from './main.js'

const usage = `Usage: tongxin <command>

  serve                         start the server (PORT, DATABASE_URL, TONGXIN_DATA_DIR …)
  migrate                       bring the database schema up to date
  seed --demo                   add the demo community (once; never in production)
  backup <file>                 online, consistent copy of the SQLite database
  restore <file>                replace the SQLite database with a backup (server stopped)
  user add <name> --display <显示名> --password <pw> [--role <role> --scope <org code|village code>]
  user passwd <name> --password <pw>
  import <file.xlsx> --community <code> [--mode all|good] [--as <username>]
                                import a registry workbook (the template of GET /api/v1/imports/template.xlsx)
  figures rebuild               recompute the daily figures of residents' requests from the items
                                and report the rows it corrected
  open311 add-client --name <名称> --jurisdiction <org code>
                                an Open311 client limited to a community or street office; prints its
                                api_key once (only its SHA-256 is kept)
  open311 revoke-client <id>    stop a client's api_key from working
  open311 list-clients          the clients, their jurisdictions and whether they are revoked
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
    case 'figures': {
      if (rest[0] !== 'rebuild') fail('figures needs a subcommand: rebuild')
      const runtime = await openRuntime(config)
      try {
        const { rebuildFigures } = await import('./modules/requests/index.js')
        const report = await rebuildFigures(runtime.ctx.db)
        process.stdout.write(
          `figures rebuilt from ${String(report.items)} items: ${String(report.rowsAfter)} daily rows, ` +
            `${String(report.differing)} differed from what was kept${report.differing === 0 ? ' (none: the kept figures were exact)' : ' and were corrected'}\n`,
        )
      } finally {
        await runtime.close()
      }
      return
    }
    case 'open311': {
      const [sub, ...flags] = rest
      const { values, positionals } = parseArgs({
        args: flags,
        allowPositionals: true,
        options: { name: { type: 'string' }, jurisdiction: { type: 'string' } },
      })
      if (sub === 'add-client' && (!values.name || !values.jurisdiction))
        fail('open311 add-client needs --name <名称> --jurisdiction <community or street org code>')
      if (sub === 'revoke-client' && !positionals[0])
        fail('open311 revoke-client needs the client id (see open311 list-clients)')
      if (sub !== 'add-client' && sub !== 'revoke-client' && sub !== 'list-clients')
        fail(`open311 needs a subcommand: add-client, revoke-client or list-clients\n${usage}`)
      const runtime = await openRuntime(config)
      const { createOpen311Client, revokeOpen311Client, listOpen311Clients } =
        await import('./modules/open311/index.js')
      const actor = systemActor(`cli:${process.env.USER ?? 'unknown'}`)
      try {
        if (sub === 'add-client') {
          const made = await createOpen311Client({
            db: runtime.ctx.db,
            actor,
            name: values.name ?? '',
            jurisdictionCode: values.jurisdiction ?? '',
            now: Date.now(),
          })
          process.stdout.write(
            `open311 client ${made.client.id} (${made.client.name}) → ${made.jurisdiction.name} ${made.jurisdiction.code}\n` +
              `api_key: ${made.apiKey}\n` +
              '(shown this once; only its SHA-256 is kept — 仅显示一次，请妥善交给客户端)\n',
          )
        } else if (sub === 'revoke-client') {
          const revoked = await revokeOpen311Client({
            db: runtime.ctx.db,
            actor,
            clientId: positionals[0] ?? '',
            now: Date.now(),
          })
          process.stdout.write(`open311 client ${revoked.id} (${revoked.name}) revoked\n`)
        } else {
          const clients = await listOpen311Clients({ db: runtime.ctx.db })
          for (const c of clients)
            process.stdout.write(
              `${c.id}  ${c.name}  ${c.jurisdiction ? `${c.jurisdiction.name} ${c.jurisdiction.code}` : c.jurisdictionPath}  ` +
                `${c.revokedAt === null ? 'active' : `revoked ${new Date(c.revokedAt).toISOString()}`}\n`,
            )
          if (clients.length === 0) process.stdout.write('no open311 clients\n')
        }
      } finally {
        await runtime.close()
      }
      return
    }
    case 'seed': {
      const { values } = parseArgs({
        args: rest,
        options: {
          demo: { type: 'boolean' },
          tree: { type: 'boolean' },
          district: { type: 'boolean' },
          communities: { type: 'string' },
          persons: { type: 'string' },
          seed: { type: 'string' },
        },
      })
      if (!values.demo && !values.district)
        fail('seed needs --demo [--tree] or --district [--communities N] [--persons N] [--seed S]')
      if (config.env === 'production') fail('the demo community is never seeded in production')
      const count = (flag: string, text: string | undefined, fallback: number): number => {
        if (text === undefined) return fallback
        const n = Number(text.replace(/[_,]/g, ''))
        if (!Number.isSafeInteger(n) || n < 1) fail(`--${flag} needs a positive whole number, not ${text}`)
        return n
      }
      const communities = count('communities', values.communities, 100)
      const persons = count('persons', values.persons, 500_000)
      const seed = count('seed', values.seed, 1)
      const runtime = await openRuntime(config)
      try {
        const started = Date.now()
        if (values.demo) {
          // The full demo (residents, network, 1+5+10) unless --tree asks for the org tree and accounts only.
          const seeded = await seedDemo(runtime.ctx.db, {
            size: values.tree ? 'tree' : 'full',
            pii: runtime.ctx.pii,
          })
          process.stdout.write(seeded ? 'demo community seeded\n' : 'demo community already present\n')
          if (seeded) process.stderr.write(`(${((Date.now() - started) / 1000).toFixed(1)} s)\n`)
          return
        }
        const { generateDistrict } = await import('./seed/generator.js')
        const n = (x: number) => x.toLocaleString('en-US')
        process.stderr.write(
          `generating ${n(communities)} communities, about ${n(persons)} persons (seed ${seed}) …\n`,
        )
        const stats = await generateDistrict(runtime.ctx.db, runtime.ctx.pii, {
          communities,
          persons,
          seed,
          onProgress: (p) => {
            const seconds = p.elapsedMs / 1000
            process.stderr.write(
              `[${p.done}/${p.total}] ${p.community.name} ${n(p.community.residents)} residents · ` +
                `${n(p.persons)} persons, ${n(p.rows)} rows in ${seconds.toFixed(1)} s (${n(Math.round(p.rows / seconds))} rows/s)\n`,
            )
          },
        })
        const seconds = stats.elapsedMs / 1000
        process.stdout.write(
          [
            `district generated: ${stats.streets} streets/parks, ${n(stats.communities)} communities, ${n(stats.villages)} villages`,
            `  ${n(stats.persons)} persons (${n(stats.residents)} living there), ${n(stats.households)} households, ${n(stats.partyMembers)} party members`,
            `  ${n(stats.posts)} posts, ${n(stats.contacts)} contact links; largest ${stats.largest.name} (${n(stats.largest.residents)}), smallest ${stats.smallest.name} (${n(stats.smallest.residents)})`,
            `  ${n(stats.rows)} rows in ${seconds.toFixed(1)} s: ${n(Math.round(stats.rows / seconds))} rows/s, ${n(Math.round(stats.persons / seconds))} persons/s`,
            `  (planning and sealing ${(stats.planMs / 1000).toFixed(1)} s on the ${stats.planner}, writing ${(stats.writeMs / 1000).toFixed(1)} s)`,
            '',
          ].join('\n'),
        )
      } finally {
        await runtime.close()
      }
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
    case 'import': {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: { community: { type: 'string' }, mode: { type: 'string' }, as: { type: 'string' } },
      })
      const file = positionals[0]
      if (!file) fail('import needs an .xlsx file')
      if (!values.community) fail('import needs --community <community code>')
      const modes: Record<string, 'all_or_nothing' | 'good_rows'> = {
        all: 'all_or_nothing',
        good: 'good_rows',
      }
      const mode = modes[values.mode ?? 'all']
      if (!mode) fail('--mode is all (write nothing when any row is bad) or good (write the good rows)')
      if (!existsSync(file)) fail(`no file ${file}`)
      const runtime = await openRuntime(config)
      const { db, files, pii } = runtime.ctx
      try {
        const target = await cliImportTarget(db, values.community, values.as)
        const actor = target.actor ?? systemActor(`cli:${process.env.USER ?? 'unknown'}`)
        const started = await startImport({
          db,
          files,
          actor,
          communityId: target.community.id,
          mode,
          fileName: basename(file),
          content: readFileSync(file),
          now: Date.now(),
          enqueue: false,
        })
        process.stdout.write(
          `导入 import ${started.id}: ${basename(file)} → ${target.community.name} (${mode})\n`,
        )
        let shown = -1
        const done = await runImport({ db, files, pii, clock: () => Date.now() }, started.id, {
          actor,
          onProgress: (p) => {
            if (p.phase === 'parsed') process.stdout.write(`读取 read ${p.total} 行 rows\n`)
            if (p.phase === 'checked') process.stdout.write('检查完毕 checked\n')
            if (p.phase !== 'writing' || p.total === 0) return
            const percent = Math.floor((p.processed * 100) / p.total)
            if (percent >= shown + 10 || p.processed === p.total) {
              shown = percent
              process.stdout.write(`写入 written ${p.processed}/${p.total} (${percent}%)\n`)
            }
          },
        })
        const report = readJson<{
          errors: {
            sheet: string
            row: number
            column: string | null
            value: string | null
            reasonZh: string
            reasonEn: string
          }[]
          errorCount: number
          stats: Record<string, { created: number; updated: number; unchanged: number }> | null
          timings: { parseMs: number; checkMs: number; writeMs: number } | null
        }>(done.errors)
        for (const e of report.errors.slice(0, 200)) {
          const where = `${e.sheet} 第 ${e.row} 行${e.column ? ` ${e.column}` : ''}`
          process.stdout.write(
            `  ✗ ${where}${e.value ? `（${e.value}）` : ''}：${e.reasonZh} / ${e.reasonEn}\n`,
          )
        }
        if (report.errorCount > 200) process.stdout.write(`  … 另有 ${report.errorCount - 200} 个问题 more\n`)
        for (const [what, c] of Object.entries(report.stats ?? {})) {
          if (c.created + c.updated + c.unchanged === 0) continue
          process.stdout.write(
            `  ${what}: 新增 created ${c.created}, 更新 updated ${c.updated}, 未变 unchanged ${c.unchanged}\n`,
          )
        }
        if (report.timings)
          process.stdout.write(
            `  用时 parse ${report.timings.parseMs} ms, check ${report.timings.checkMs} ms, write ${report.timings.writeMs} ms\n`,
          )
        const verdict = {
          done: '完成 done',
          rejected: '未导入 rejected (nothing written)',
          failed: '失败 failed',
          queued: 'queued',
          running: 'running',
        }[done.status]
        process.stdout.write(
          `${verdict}: ${done.total_rows} 行 rows, ${done.good_rows} 正确 good, ${done.bad_rows} 有错 bad\n`,
        )
        if (done.status !== 'done') process.exitCode = 1
      } finally {
        await runtime.close()
      }
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
