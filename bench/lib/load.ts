// Drives one endpoint with autocannon: a warm-up, then several timed rounds; reports the median
// round. Requests can vary per call (different prefixes, tails, grids) so caches don't flatter.
// Two endpoints compared are driven in alternating rounds (Tongxin, baseline, Tongxin, …) and their
// ratio is the median of the rounds' ratios: on a shared 2-core machine throughput drifts by tens of
// percent over a minute, and a ratio of side-by-side rounds cancels most of that drift.
import autocannon from 'autocannon'
import { rssMiB as rssOf } from './processes.js'

const rssMiB = (pids: number[]): number => Math.max(0, ...pids.map(rssOf))

export interface LoadSpec {
  url: string
  /** Called for every request: the path (with query) to ask for. */
  nextPath: () => string
  method?: 'GET' | 'POST'
  body?: () => string
  headers?: Record<string, string>
  connections: number
  roundSeconds: number
  rounds: number
  warmupSeconds: number
  /** The serving processes, whose largest RSS is reported. */
  pids: number[]
}

export interface LoadResult {
  reqPerSec: number
  p50Ms: number
  p99Ms: number
  non2xx: number
  errors: number
  rssMiB: number
}

async function once(spec: LoadSpec, seconds: number): Promise<autocannon.Result> {
  return autocannon({
    url: spec.url,
    connections: spec.connections,
    duration: seconds,
    headers: { 'content-type': 'application/json', ...(spec.headers ?? {}) },
    requests: [
      {
        method: spec.method ?? 'GET',
        setupRequest: (req) => ({
          ...req,
          path: spec.nextPath(),
          ...(spec.body ? { body: spec.body() } : {}),
        }),
      },
    ],
  })
}

function roundOf(r: autocannon.Result): LoadResult {
  return {
    reqPerSec: r.requests.average,
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
    rssMiB: 0,
  }
}

function median<T>(items: T[], by: (item: T) => number): T {
  const sorted = [...items].sort((a, b) => by(a) - by(b))
  const middle = sorted[Math.floor(sorted.length / 2)]
  if (middle === undefined) throw new Error('no rounds')
  return middle
}

function summary(rounds: LoadResult[], peakRss: number): LoadResult {
  return {
    ...median(rounds, (r) => r.reqPerSec),
    non2xx: rounds.reduce((a, r) => a + r.non2xx, 0),
    errors: rounds.reduce((a, r) => a + r.errors, 0),
    rssMiB: peakRss,
  }
}

export async function measure(spec: LoadSpec): Promise<LoadResult> {
  if (spec.warmupSeconds > 0) await once(spec, spec.warmupSeconds)
  const rounds: LoadResult[] = []
  let peakRss = rssMiB(spec.pids)
  for (let i = 0; i < spec.rounds; i++) {
    rounds.push(roundOf(await once(spec, spec.roundSeconds)))
    peakRss = Math.max(peakRss, rssMiB(spec.pids))
  }
  return summary(rounds, peakRss)
}

export interface PairResult {
  tongxin: LoadResult
  baseline: LoadResult
  /** Median over rounds of (Tongxin req/s ÷ baseline req/s) of the same round pair. */
  ratio: number
}

/** Tongxin and the baseline in alternating rounds; see the note at the top of this file. */
export async function measurePair(tongxin: LoadSpec, baseline: LoadSpec): Promise<PairResult> {
  for (const spec of [tongxin, baseline]) {
    if (spec.warmupSeconds > 0) await once(spec, spec.warmupSeconds)
  }
  const t: LoadResult[] = []
  const b: LoadResult[] = []
  const ratios: number[] = []
  let peakT = rssMiB(tongxin.pids)
  let peakB = rssMiB(baseline.pids)
  for (let i = 0; i < tongxin.rounds; i++) {
    const rt = roundOf(await once(tongxin, tongxin.roundSeconds))
    peakT = Math.max(peakT, rssMiB(tongxin.pids))
    const rb = roundOf(await once(baseline, baseline.roundSeconds))
    peakB = Math.max(peakB, rssMiB(baseline.pids))
    t.push(rt)
    b.push(rb)
    ratios.push(rb.reqPerSec > 0 ? rt.reqPerSec / rb.reqPerSec : 0)
  }
  return { tongxin: summary(t, peakT), baseline: summary(b, peakB), ratio: median(ratios, (r) => r) }
}
