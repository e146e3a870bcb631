// Drives one endpoint with autocannon: a warm-up, then several timed rounds; reports the median
// round. Requests can vary per call (different prefixes, tails, grids) so caches don't flatter.
import autocannon from 'autocannon'
import { rssMiB } from './processes.js'

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
  pid: number
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

export async function measure(spec: LoadSpec): Promise<LoadResult> {
  if (spec.warmupSeconds > 0) await once(spec, spec.warmupSeconds)
  const rounds: LoadResult[] = []
  let peakRss = rssMiB(spec.pid)
  for (let i = 0; i < spec.rounds; i++) {
    const r = await once(spec, spec.roundSeconds)
    peakRss = Math.max(peakRss, rssMiB(spec.pid))
    rounds.push({
      reqPerSec: r.requests.average,
      p50Ms: r.latency.p50,
      p99Ms: r.latency.p99,
      non2xx: r.non2xx,
      errors: r.errors + r.timeouts,
      rssMiB: 0,
    })
  }
  rounds.sort((a, b) => a.reqPerSec - b.reqPerSec)
  const median = rounds[Math.floor(rounds.length / 2)]
  if (!median) throw new Error('no rounds')
  return {
    ...median,
    non2xx: rounds.reduce((a, r) => a + r.non2xx, 0),
    errors: rounds.reduce((a, r) => a + r.errors, 0),
    rssMiB: peakRss,
  }
}
