// Starts the two servers a benchmark compares, on loopback, and reads their memory.
import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { serverHeapFlags } from '../../server/heap.js'

export const root = join(import.meta.dirname, '..', '..')

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      )
    })
  })
}

export interface Server {
  name: string
  url: string
  /** The serving processes (not a proxy in front of them): their memory is what is reported. */
  pids: number[]
  stop: () => Promise<void>
}

async function waitFor(
  url: string,
  child: ChildProcess,
  output: () => string,
  timeoutMs = 60_000,
): Promise<void> {
  const start = Date.now()
  while (Date.now() - start < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output()}`)
    try {
      const res = await fetch(url)
      if (res.status < 500) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`server did not answer ${url} in time:\n${output()}`)
}

function launch(
  name: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let log = ''
  child.stdout.on('data', (d: Buffer) => (log = (log + d.toString()).slice(-8000)))
  child.stderr.on('data', (d: Buffer) => (log = (log + d.toString()).slice(-8000)))
  child.on('error', (e) => (log += `\n${name}: ${e.message}`))
  return { child, output: () => log }
}

function stopper(child: ChildProcess): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve()
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
      setTimeout(() => child.exitCode === null && child.kill('SIGKILL'), 10_000).unref()
    })
}

/** Storage settings the caller set (TONGXIN_SQLITE_SYNCHRONOUS=FULL …), passed on to compare them. */
function storageSettings(): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, value] of Object.entries(process.env))
    if (key.startsWith('TONGXIN_SQLITE_') && value !== undefined) out[key] = value
  return out
}

/** The compiled Tongxin server on a prepared data directory (request logs off). */
export async function startTongxin(dataDir: string, env: Record<string, string> = {}): Promise<Server> {
  const port = await freePort()
  // The heap flags `tongxin serve` runs with (bin/tongxin.mjs), so RSS is measured as deployed.
  const { child, output } = launch('tongxin', [...serverHeapFlags, 'dist/server/cli.js', 'serve'], {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    TONGXIN_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
    TONGXIN_DATA_DIR: dataDir,
    HOST: '127.0.0.1',
    PORT: String(port),
    LOG_LEVEL: 'warn',
    TONGXIN_COOKIE_SECURE: 'false',
    ...storageSettings(),
    ...env,
  })
  const url = `http://127.0.0.1:${port}`
  await waitFor(`${url}/api/v1/health`, child, output)
  return { name: 'tongxin', url, pids: [child.pid ?? 0], stop: stopper(child) }
}

/**
 * `count` Tongxin processes on one database (PostgreSQL when `databaseUrl` is set); more than one
 * sit behind one port (bench/proxy.mjs, round robin by connection), sharing sessions and jobs
 * through the database. Each process gets its own data directory for its temporary files, all
 * with the same installation secret.
 */
export async function startTongxins(dataDir: string, count: number, databaseUrl?: string): Promise<Server> {
  const env: Record<string, string> = databaseUrl ? { DATABASE_URL: databaseUrl } : {}
  if (count === 1) return startTongxin(dataDir, env)
  const servers: Server[] = []
  for (let i = 0; i < count; i++) servers.push(await startTongxin(dataDir, env))
  const port = await freePort()
  const ports = servers.map((s) => new URL(s.url).port)
  const { child, output } = launch('proxy', ['bench/proxy.mjs', String(port), ...ports], {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
  })
  const url = `http://127.0.0.1:${String(port)}`
  await waitFor(`${url}/api/v1/health`, child, output)
  const stopProxy = stopper(child)
  return {
    name: `tongxin ×${String(count)}`,
    url,
    pids: servers.flatMap((s) => s.pids),
    stop: async () => {
      await stopProxy()
      await Promise.all(servers.map((s) => s.stop()))
    },
  }
}

export async function startBaseline(dataset: { sqliteFile: string; databaseUrl?: string }): Promise<Server> {
  const port = await freePort()
  const args = dataset.databaseUrl
    ? ['bench/baseline.mjs', '--pg', dataset.databaseUrl, String(port)]
    : ['bench/baseline.mjs', dataset.sqliteFile, String(port)]
  const { child, output } = launch('baseline', args, {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
  })
  const url = `http://127.0.0.1:${port}`
  await waitFor(`${url}/households?path=/x/&community=x`, child, output)
  return { name: 'baseline', url, pids: [child.pid ?? 0], stop: stopper(child) }
}

/** Resident set size of a process in MiB (Linux). */
export function rssMiB(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0)
    return Math.round(kb / 1024)
  } catch {
    return 0
  }
}
