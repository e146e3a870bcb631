// `tongxin serve` (and so `npm start`) runs the server in a node started with the heap flags of
// server/heap.ts, which keep it near 200 MiB under load. The launcher must stay invisible to an
// operator: a SIGTERM to it (a service manager's stop) stops the server cleanly — pid file removed —
// and it exits with the server's code. TONGXIN_COMPACT_HEAP=false runs the server in the launcher's
// own process, with V8's defaults.
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { serverHeapFlags } from '../../server/heap.js'
import { freePort } from '../e2e/harness.js'

const repoRoot = resolve(import.meta.dirname, '..', '..')
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const started = new Set<ChildProcess>()
const dirs: string[] = []

afterAll(() => {
  for (const child of started) if (child.exitCode === null) child.kill('SIGKILL')
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

async function launch(env: Record<string, string> = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'tongxin-launcher-'))
  dirs.push(dataDir)
  const port = await freePort()
  const child = spawn(process.execPath, [join(repoRoot, 'bin', 'tongxin.mjs'), 'serve'], {
    cwd: repoRoot,
    env: {
      PATH: process.env.PATH,
      HOME: dataDir,
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      PORT: String(port),
      TONGXIN_DATA_DIR: dataDir,
      TONGXIN_SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  started.add(child)
  let output = ''
  child.stdout.on('data', (d: Buffer) => (output += d.toString()))
  child.stderr.on('data', (d: Buffer) => (output += d.toString()))
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)))
  const pidFile = join(dataDir, 'server.pid')
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`the launcher exited early:\n${output}`)
    try {
      const res = await fetch(`http://127.0.0.1:${String(port)}/api/v1/health`)
      if (res.status === 200 && existsSync(pidFile)) break
    } catch {
      // not listening yet
    }
    if (i > 600) throw new Error(`the server did not start:\n${output}`)
    await sleep(100)
  }
  const serverPid = Number(readFileSync(pidFile, 'utf8'))
  return { child, exited, pidFile, serverPid, output: () => output }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

describe('the tongxin serve launcher', () => {
  it('runs the server with the heap flags and stops it cleanly on SIGTERM', async () => {
    const run = await launch()
    expect(run.serverPid).not.toBe(run.child.pid)
    const argv = readFileSync(`/proc/${String(run.serverPid)}/cmdline`, 'utf8').split('\0')
    for (const flag of serverHeapFlags) expect(argv).toContain(flag)

    run.child.kill('SIGTERM')
    expect(await run.exited).toBe(0)
    for (let i = 0; i < 50 && alive(run.serverPid); i++) await sleep(100)
    expect(alive(run.serverPid)).toBe(false)
    expect(existsSync(run.pidFile)).toBe(false)
    expect(run.output()).not.toMatch(/error/i)
  })

  it('runs the server in its own process with TONGXIN_COMPACT_HEAP=false', async () => {
    const run = await launch({ TONGXIN_COMPACT_HEAP: 'false' })
    expect(run.serverPid).toBe(run.child.pid)
    const argv = readFileSync(`/proc/${String(run.serverPid)}/cmdline`, 'utf8').split('\0')
    for (const flag of serverHeapFlags) expect(argv).not.toContain(flag)
    run.child.kill('SIGTERM')
    expect(await run.exited).toBe(0)
    expect(existsSync(run.pidFile)).toBe(false)
  })
})
