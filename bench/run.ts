// `npm run bench [-- <name filter>…] [--quick]`: builds (or reuses) a data set, starts Tongxin and
// the bare baseline side by side on 127.0.0.1, drives each case with autocannon, prints one table
// of ratios and writes the results as JSON under bench/results/.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { execFileSync } from 'node:child_process'
import { cpus } from 'node:os'
import { BENCH_PASSWORD, ensureDataset, type DatasetSpec } from './lib/data.js'
import { measure, type LoadResult } from './lib/load.js'
import { root, startBaseline, startTongxin } from './lib/processes.js'
import { registrySuite } from './suites/registry.js'
import type { Suite } from './suites/types.js'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { quick: { type: 'boolean' }, rounds: { type: 'string' }, seconds: { type: 'string' } },
})
const quick = values.quick === true
const spec: DatasetSpec = quick
  ? { name: 'quick', communities: 10, persons: 20_000, seed: 7 }
  : { name: 'district', communities: 100, persons: 500_000, seed: 7 }
const rounds = Number(values.rounds ?? (quick ? 2 : 3))
const roundSeconds = Number(values.seconds ?? (quick ? 2 : 5))
const suites: Suite[] = [registrySuite]
const log = (line: string): void => void process.stdout.write(`${line}\n`)

async function login(url: string, username: string): Promise<string> {
  const res = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: BENCH_PASSWORD }),
  })
  if (res.status !== 200) throw new Error(`bench login ${username}: ${res.status} ${await res.text()}`)
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('tx_session='))
  if (!cookie) throw new Error('no session cookie')
  return cookie.split(';')[0] ?? ''
}

interface Row {
  name: string
  description: string
  data: string
  tongxin: LoadResult
  baseline: LoadResult
  ratio: number
  target: number | undefined
  pass: boolean | undefined
}

async function main(): Promise<void> {
  log(`building the server …`)
  execFileSync('npm', ['run', '--silent', 'build:server'], { cwd: root, stdio: 'inherit' })
  const dataset = await ensureDataset(spec, log)
  const data = `${dataset.spec.communities} communities, ${dataset.personRows.toLocaleString()} persons`
  const tongxin = await startTongxin(dataset.dataDir)
  const baseline = await startBaseline(dataset.sqliteFile)
  const rows: Row[] = []
  try {
    const cookies = {
      bench_secretary: await login(tongxin.url, 'bench_secretary'),
      bench_grid: await login(tongxin.url, 'bench_grid'),
    }
    for (const suite of suites) {
      for (const c of suite.cases(dataset)) {
        if (positionals.length > 0 && !positionals.some((p) => c.name.includes(p))) continue
        const common = { connections: 10, roundSeconds, rounds, warmupSeconds: quick ? 1 : 2 }
        const t = await measure({
          ...common,
          url: tongxin.url,
          pid: tongxin.pid,
          nextPath: c.tongxin.nextPath,
          method: c.tongxin.method ?? 'GET',
          ...(c.tongxin.body ? { body: c.tongxin.body } : {}),
          headers: { cookie: cookies[c.tongxin.user] },
        })
        const b = await measure({
          ...common,
          url: baseline.url,
          pid: baseline.pid,
          nextPath: c.baseline.nextPath,
          method: c.baseline.method ?? 'GET',
          ...(c.baseline.body ? { body: c.baseline.body } : {}),
        })
        const ratio = b.reqPerSec > 0 ? t.reqPerSec / b.reqPerSec : 0
        const failed = t.non2xx > 0 || t.errors > 0
        rows.push({
          name: c.name,
          description: c.description,
          data,
          tongxin: t,
          baseline: b,
          ratio,
          target: c.target,
          pass: failed ? false : c.target === undefined ? undefined : ratio >= c.target,
        })
        log(
          `${c.name}: ${Math.round(t.reqPerSec)} req/s vs ${Math.round(b.reqPerSec)} → ${ratio.toFixed(2)}×` +
            (failed ? `  (!) ${t.non2xx} non-2xx, ${t.errors} errors` : ''),
        )
      }
    }
  } finally {
    await tongxin.stop()
    await baseline.stop()
  }
  const header = [
    'operation',
    'tongxin req/s',
    'p50 ms',
    'p99 ms',
    'baseline req/s',
    'ratio',
    'target',
    'RSS MiB',
    '',
  ]
  const table = rows.map((r) => [
    r.name,
    String(Math.round(r.tongxin.reqPerSec)),
    String(r.tongxin.p50Ms),
    String(r.tongxin.p99Ms),
    String(Math.round(r.baseline.reqPerSec)),
    `${r.ratio.toFixed(2)}×`,
    r.target === undefined ? '—' : `≥ ${r.target}×`,
    String(r.tongxin.rssMiB),
    r.pass === undefined ? '' : r.pass ? 'ok' : 'BELOW',
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => (row[i] ?? '').length)))
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ')
  log('')
  log(
    `data: ${data} (built in ${dataset.loadSeconds.toFixed(0)} s); ${cpus().length} cores; ${rounds}×${roundSeconds} s rounds, 10 connections`,
  )
  log(line(header))
  log(line(widths.map((w) => '-'.repeat(w))))
  for (const row of table) log(line(row))
  const dir = join(root, 'bench', 'results')
  mkdirSync(dir, { recursive: true })
  const file = join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}${quick ? '-quick' : ''}.json`)
  writeFileSync(
    file,
    JSON.stringify({ at: new Date().toISOString(), quick, dataset: dataset.spec, rows }, null, 2),
  )
  log(`\nresults written to ${file}`)
  if (rows.some((r) => r.pass === false)) process.exitCode = 1
}

await main()
