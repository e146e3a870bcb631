// Starts the server: migrate, seed the demo on a first start, listen, run jobs, stop cleanly.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildApp } from './app.js'
import type { Config } from './config.js'
import { sqliteSize } from './db/index.js'
import { openRuntime, storageStartError } from './runtime.js'
import { demoAccounts, DEMO_PASSWORD, seedDemo } from './seed/demo.js'

/** The built web app: dist/web beside dist/server when compiled, <repo>/dist/web when run from source. */
export function defaultWebRoot(): string {
  const here = dirname(fileURLToPath(import.meta.url))
  const compiled = import.meta.url.endsWith('.js')
  return compiled ? join(here, '..', 'web') : join(here, '..', 'dist', 'web')
}

export async function serve(config: Config): Promise<void> {
  const runtime = await openRuntime(config)
  const { ctx } = runtime
  let seeded = false
  if (config.seedDemo) {
    try {
      const anyUser = await ctx.db.selectFrom('users').select('id').limit(1).executeTakeFirst()
      if (!anyUser) seeded = await seedDemo(ctx.db, { size: 'full', pii: ctx.pii })
    } catch (error) {
      await runtime.close()
      throw storageStartError(error, config) ?? error
    }
  }
  const app = await buildApp(ctx, { webRoot: defaultWebRoot() })
  const pidFile = runtime.handle.file ? join(config.dataDir, 'server.pid') : undefined

  let closing = false
  const shutdown = async (signal: string): Promise<void> => {
    if (closing) return
    closing = true
    app.log.info({ signal }, 'shutting down')
    try {
      await app.close()
      await runtime.close()
    } finally {
      if (pidFile) rmSync(pidFile, { force: true })
    }
    process.exit(0)
  }
  process.once('SIGINT', () => void shutdown('SIGINT'))
  process.once('SIGTERM', () => void shutdown('SIGTERM'))

  const address = await app.listen({ host: config.host, port: config.port })
  if (pidFile) {
    try {
      mkdirSync(config.dataDir, { recursive: true })
      writeFileSync(pidFile, String(process.pid))
    } catch (error) {
      // A full disk: the server still serves reads; a half-written pid file must not stay behind.
      rmSync(pidFile, { force: true })
      app.log.warn({ err: error }, 'could not write the pid file')
    }
  }
  if (config.runJobs) ctx.jobs.start()

  const url = address.replace('127.0.0.1', 'localhost')
  const lines = [
    '',
    `  同心 Tongxin is running at ${url}`,
    `  API docs: ${url}/api/docs`,
    `  Database: ${ctx.dialect === 'sqlite' ? runtime.handle.file : 'PostgreSQL (DATABASE_URL)'}`,
  ]
  const room = runtime.handle.sqlite && config.sqliteMaxMb ? sqliteSize(runtime.handle.sqlite) : undefined
  if (room && config.sqliteMaxMb && room.usedBytes >= 0.9 * config.sqliteMaxMb * 1024 * 1024) {
    const used = (room.usedBytes / 1024 / 1024).toFixed(1)
    const cap = String(config.sqliteMaxMb)
    lines.push(
      `  注意：数据库已用 ${used} MB，上限 ${cap} MB（TONGXIN_SQLITE_MAX_MB），写满后新的修改会被拒绝；请调高上限`,
      `  Note: the database uses ${used} MB of its ${cap} MB cap (TONGXIN_SQLITE_MAX_MB); once full, changes are refused: raise the cap`,
    )
  }
  if (config.seedDemo) {
    lines.push(
      seeded ? '  Demo community seeded (张码花园社区).' : '',
      '  Demo accounts (password ' + DEMO_PASSWORD + '):',
    )
    for (const a of demoAccounts)
      lines.push(`    ${a.username.padEnd(8)} ${a.displayName}  ${a.roleZh} / ${a.roleEn}`)
  }
  process.stdout.write(`${lines.filter((l) => l !== '').join('\n')}\n\n`)
}
