// `npm run bench [-- <name filter>…] [--quick] [--items N]`: builds (or reuses) a data set, starts Tongxin and
// the bare baseline side by side on 127.0.0.1, drives each case with autocannon, prints one table
// of ratios and writes the results as JSON under bench/results/.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { execFileSync } from 'node:child_process'
import { cpus } from 'node:os'
import {
  BENCH_PASSWORD,
  ensureDataset,
  type Dataset,
  type DatasetSpec,
  type DatasetTarget,
} from './lib/data.js'
import { measure, measurePair, type LoadResult, type LoadSpec } from './lib/load.js'
import { root, startBaseline, startTongxins } from './lib/processes.js'
import { registrySuite } from './suites/registry.js'
import { requestsSuite } from './suites/requests.js'
import type { BenchCase, Suite } from './suites/types.js'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    quick: { type: 'boolean' },
    rounds: { type: 'string' },
    seconds: { type: 'string' },
    items: { type: 'string' },
    pg: { type: 'boolean' },
    processes: { type: 'string' },
  },
})
const quick = values.quick === true
/** --pg: data, Tongxin and the baseline on the PostgreSQL server of DATABASE_URL (or TONGXIN_TEST_PG_URL). */
const pgAdminUrl =
  values.pg === true ? process.env.TONGXIN_TEST_PG_URL || process.env.DATABASE_URL : undefined
if (values.pg === true && !pgAdminUrl) {
  process.stderr.write(
    '--pg needs DATABASE_URL pointing at a PostgreSQL server where the bench may create databases\n',
  )
  process.exit(2)
}
const target: DatasetTarget = pgAdminUrl ? { kind: 'postgres', adminUrl: pgAdminUrl } : { kind: 'sqlite' }
/** --processes N: N Tongxin processes behind one port (round robin by connection); PostgreSQL only. */
const processes = Number(values.processes ?? 1)
if (!Number.isInteger(processes) || processes < 1 || (processes > 1 && target.kind !== 'postgres')) {
  process.stderr.write('--processes N (N ≥ 1) shares one database: it needs --pg\n')
  process.exit(2)
}
const spec: DatasetSpec = quick
  ? { name: 'quick', communities: 10, persons: 20_000, seed: 7 }
  : { name: 'district', communities: 100, persons: 500_000, seed: 7 }
const rounds = Number(values.rounds ?? (quick ? 2 : 3))
const roundSeconds = Number(values.seconds ?? (quick ? 2 : 5))
const suites: Suite[] = [registrySuite, requestsSuite]
/** Server RSS under load must stay below 250 MB (10⁶ bytes) at 1,000,000 items: 238 MiB. */
const RSS_LIMIT_MIB = 238
const log = (line: string): void => void process.stdout.write(`${line}\n`)

/** Signs in; answers the headers of the session: its cookie and, for writes, its CSRF token. */
async function login(url: string, username: string): Promise<Record<string, string>> {
  const res = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: BENCH_PASSWORD }),
  })
  if (res.status !== 200) throw new Error(`bench login ${username}: ${res.status} ${await res.text()}`)
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('tx_session='))
  if (!cookie) throw new Error('no session cookie')
  const { csrfToken } = (await res.json()) as { csrfToken: string }
  return { cookie: cookie.split(';')[0] ?? '', 'x-csrf-token': csrfToken }
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

const selected = (c: BenchCase) => positionals.length === 0 || positionals.some((p) => c.name.includes(p))

function describeData(dataset: Dataset): string {
  return (
    `${dataset.spec.communities} communities, ${dataset.personRows.toLocaleString()} persons` +
    (dataset.itemRows ? `, ${dataset.itemRows.toLocaleString()} requests` : '')
  )
}

/** Runs `cases` against Tongxin and the baseline on one data set. */
async function runCases(
  dataset: Dataset,
  cases: BenchCase[],
  measureBaseline: boolean,
): Promise<Map<string, { t: LoadResult; b: LoadResult | undefined; ratio: number | undefined }>> {
  const results = new Map<string, { t: LoadResult; b: LoadResult | undefined; ratio: number | undefined }>()
  const tongxin = await startTongxins(dataset.dataDir, processes, dataset.databaseUrl)
  const baseline = measureBaseline ? await startBaseline(dataset) : undefined
  try {
    const cookies = {
      bench_secretary: await login(tongxin.url, 'bench_secretary'),
      bench_grid: await login(tongxin.url, 'bench_grid'),
    }
    for (const c of cases) {
      const common = { connections: 10, roundSeconds, rounds, warmupSeconds: quick ? 1 : 2 }
      const tongxinSpec: LoadSpec = {
        ...common,
        url: tongxin.url,
        pids: tongxin.pids,
        nextPath: c.tongxin.nextPath,
        method: c.tongxin.method ?? 'GET',
        ...(c.tongxin.body ? { body: c.tongxin.body } : {}),
        headers: cookies[c.tongxin.user],
      }
      let t: LoadResult
      let b: LoadResult | undefined
      let ratio: number | undefined
      if (baseline) {
        const pair = await measurePair(tongxinSpec, {
          ...common,
          url: baseline.url,
          pids: baseline.pids,
          nextPath: c.baseline.nextPath,
          method: c.baseline.method ?? 'GET',
          ...(c.baseline.body ? { body: c.baseline.body } : {}),
        })
        ;({ tongxin: t, baseline: b, ratio } = pair)
      } else {
        t = await measure(tongxinSpec)
      }
      results.set(c.name, { t, b, ratio })
      log(
        `${c.name} (${describeData(dataset)}): ${Math.round(t.reqPerSec)} req/s` +
          (b && ratio !== undefined ? ` vs ${Math.round(b.reqPerSec)} → ${ratio.toFixed(2)}×` : '') +
          `, RSS ${t.rssMiB} MiB` +
          (t.non2xx > 0 || t.errors > 0 ? `  (!) ${t.non2xx} non-2xx, ${t.errors} errors` : ''),
      )
    }
  } finally {
    await tongxin.stop()
    await baseline?.stop()
  }
  return results
}

async function main(): Promise<void> {
  log(`building the server …`)
  execFileSync('npm', ['run', '--silent', 'build:server'], { cwd: root, stdio: 'inherit' })
  const rows: Row[] = []
  const built: string[] = []
  for (const suite of suites) {
    if (
      !suite.caseNames.some((name) => positionals.length === 0 || positionals.some((p) => name.includes(p)))
    )
      continue
    // --items overrides the suite's size (e.g. 1,000,000 requests over the quick data set's persons).
    const items = suite.items
      ? values.items !== undefined
        ? Number(values.items)
        : quick
          ? suite.items.quick
          : suite.items.full
      : undefined
    const dataset = await ensureDataset({ ...spec, ...(items ? { items } : {}) }, log, target)
    const all = await suite.cases(dataset)
    if (all.map((c) => c.name).join() !== suite.caseNames.join())
      throw new Error(`suite ${suite.name}: caseNames do not match its cases`)
    const cases = all.filter(selected)
    if (cases.length === 0) continue
    built.push(
      `${describeData(dataset)}: persons built in ${dataset.loadSeconds.toFixed(0)} s` +
        (dataset.itemLoadSeconds !== undefined
          ? `, requests in ${dataset.itemLoadSeconds.toFixed(0)} s (${Math.round((dataset.itemRows ?? 0) / dataset.itemLoadSeconds).toLocaleString()}/s), daily figures recomputed in ${(dataset.figureSeconds ?? 0).toFixed(0)} s`
          : ''),
    )
    const results = await runCases(dataset, cases, true)
    for (const c of cases) {
      const r = results.get(c.name)
      if (!r?.b || r.ratio === undefined) continue
      const { t, b, ratio } = r
      const failed =
        t.non2xx > 0 ||
        t.errors > 0 ||
        (items !== undefined && items >= 1_000_000 && t.rssMiB > RSS_LIMIT_MIB)
      rows.push({
        name: c.name,
        description: c.description,
        data: describeData(dataset),
        tongxin: t,
        baseline: b,
        ratio,
        target: c.target,
        pass: failed ? false : c.target === undefined ? undefined : ratio >= c.target,
      })
    }
    // Flat in data size: the same request on a data set with a fraction of the items.
    const flat = cases.filter((c) => c.flatAgainst !== undefined && items !== undefined)
    if (flat.length > 0 && items !== undefined) {
      const fraction = flat[0]?.flatAgainst ?? 0.1
      const small = await ensureDataset({ ...spec, items: Math.round(items * fraction) }, log, target)
      const smallResults = await runCases(
        small,
        (await suite.cases(small)).filter((c) => flat.some((f) => f.name === c.name)),
        false,
      )
      for (const c of flat) {
        const big = results.get(c.name)?.t
        const little = smallResults.get(c.name)?.t
        if (!big || !little) continue
        const ratio = little.reqPerSec > 0 ? big.reqPerSec / little.reqPerSec : 0
        rows.push({
          name: `${c.name}.flat`,
          description: `${c.name} at ${describeData(dataset)} ÷ at ${describeData(small)}`,
          data: `${describeData(dataset)} vs ${describeData(small)}`,
          tongxin: big,
          baseline: little,
          ratio,
          target: 1 / 1.5,
          pass: ratio >= 1 / 1.5,
        })
      }
    }
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
    r.target === undefined ? '—' : `≥ ${r.target.toFixed(2)}×`,
    String(r.tongxin.rssMiB),
    r.pass === undefined ? '' : r.pass ? 'ok' : 'BELOW',
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => (row[i] ?? '').length)))
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ')
  log('')
  for (const line of built) log(`data: ${line}`)
  log(
    `${target.kind === 'postgres' ? `PostgreSQL, ${String(processes)} Tongxin process${processes > 1 ? 'es behind one port' : ''}` : 'SQLite'}; ` +
      `${cpus().length} cores; ${rounds}×${roundSeconds} s rounds each, Tongxin and baseline alternating (ratio: median of the rounds' ratios), 10 connections; a .flat row compares Tongxin with itself on a tenth of the items (baseline column: the small data set)`,
  )
  log(line(header))
  log(line(widths.map((w) => '-'.repeat(w))))
  for (const row of table) log(line(row))
  const dir = join(root, 'bench', 'results')
  mkdirSync(dir, { recursive: true })
  const file = join(
    dir,
    `${new Date().toISOString().replace(/[:.]/g, '-')}${quick ? '-quick' : ''}${target.kind === 'postgres' ? `-pg${String(processes)}` : ''}.json`,
  )
  writeFileSync(
    file,
    JSON.stringify(
      { at: new Date().toISOString(), quick, database: target.kind, processes, dataset: spec, rows },
      null,
      2,
    ),
  )
  log(`\nresults written to ${file}`)
  if (rows.some((r) => r.pass === false)) process.exitCode = 1
}

await main()
