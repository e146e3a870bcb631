// Starts the server: migrate, seed the demo on a first start, listen, run jobs, stop cleanly.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildApp } from './app.js'
import type { Config } from './config.js'
import { openRuntime } from './runtime.js'
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
    const anyUser = await ctx.db.selectFrom('users').select('id').limit(1).executeTakeFirst()
    if (!anyUser) seeded = await seedDemo(ctx.db, { size: 'full', pii: ctx.pii })
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
    mkdirSync(config.dataDir, { recursive: true })
    writeFileSync(pidFile, String(process.pid))
  }
  if (config.runJobs) ctx.jobs.start()

  const url = address.replace('127.0.0.1', 'localhost')
  const lines = [
    '',
    `  同心 Tongxin is running at ${url}`,
    `  API docs: ${url}/api/docs`,
    `  Database: ${ctx.dialect === 'sqlite' ? runtime.handle.file : 'PostgreSQL (DATABASE_URL)'}`,
  ]
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
