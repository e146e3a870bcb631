#!/usr/bin/env node
// Entry point of the `tongxin` command. Builds what is missing or out of date (the server's
// JavaScript, and for `serve` the web app), then runs the compiled CLI — for `serve`, in a node
// started with the heap flags of server/heap.ts (TONGXIN_COMPACT_HEAP=false leaves them out).
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

function newest(dir, skip = () => false) {
  let latest = 0
  if (!existsSync(dir)) return latest
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (skip(path)) continue
    if (entry.isDirectory()) latest = Math.max(latest, newest(path, skip))
    else latest = Math.max(latest, statSync(path).mtimeMs)
  }
  return latest
}

function stale(output, ...inputs) {
  if (!existsSync(output)) return true
  const built = statSync(output).mtimeMs
  return inputs.some((input) => newest(input) > built)
}

function run(script) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  execFileSync(npm, ['run', '--silent', script], { cwd: root, stdio: 'inherit' })
}

const command = process.argv[2]
const isSourceCheckout =
  existsSync(join(root, 'server')) && existsSync(join(root, 'node_modules', 'typescript'))
if (isSourceCheckout) {
  if (stale(join(root, 'dist', 'server', 'cli.js'), join(root, 'server'))) {
    process.stderr.write('tongxin: building the server …\n')
    run('build:server')
  }
  if (command === 'serve' && stale(join(root, 'dist', 'web', 'index.html'), join(root, 'web'))) {
    process.stderr.write('tongxin: building the web app (first start takes a minute) …\n')
    run('build:web')
  }
}

/** Runs the server in a child node with the heap flags; signals to this process go on to it. */
async function serveWithHeapFlags() {
  if (command !== 'serve') return false
  const { loadConfig } = await import(join(root, 'dist', 'server', 'config.js'))
  let config
  try {
    config = loadConfig()
  } catch {
    return false // the CLI reports the bad configuration itself
  }
  if (!config.compactHeap) return false
  const { serverHeapFlags } = await import(join(root, 'dist', 'server', 'heap.js'))
  if (serverHeapFlags.every((flag) => process.execArgv.includes(flag))) return false
  const child = spawn(
    process.execPath,
    [
      ...serverHeapFlags,
      ...process.execArgv,
      join(root, 'dist', 'server', 'cli.js'),
      ...process.argv.slice(2),
    ],
    { stdio: 'inherit' },
  )
  // SIGTERM (a service manager's stop) is passed on. Ctrl-C reaches the child by itself through
  // the terminal's process group; passing it on too would count as a second Ctrl-C, which the
  // server takes as "stop now".
  process.on('SIGTERM', () => child.kill('SIGTERM'))
  process.on('SIGINT', () => {})
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
  return true
}

if (!(await serveWithHeapFlags())) await import(join(root, 'dist', 'server', 'cli.js'))
