// Plans communities off the main thread when it can: while the main thread writes community n
// (better-sqlite3 writes synchronously, on the main thread), a worker plans community n+1 — names,
// identifiers, seals — so a 2-core machine loads a district in about the time of the writes alone.
// Where no worker can start (e.g. TypeScript run by a test runner that workers do not inherit), it
// plans in this thread instead; the communities come out the same either way.
import { Worker } from 'node:worker_threads'
import type { PiiKeys } from '../platform/pii.js'
import type { IdentifierRegistry } from './identifiers.js'
import {
  planCommunity,
  type CommunityOptions,
  type LoadedCommunity,
  type PlannedCommunity,
} from './plan-community.js'

export interface PlanJob {
  loaded: LoadedCommunity
  options: CommunityOptions
}

export interface Planner {
  /** Plans the jobs in the order they are asked for (identifiers stay unique across them). */
  plan(job: PlanJob): Promise<PlannedCommunity>
  /** 'worker' or 'main thread' */
  readonly where: string
  close(): Promise<void>
}

export type WorkerReply = { ok: true; planned: PlannedCommunity } | { ok: false; error: string }

export interface WorkerInit {
  hashKey: Uint8Array
  sealKey: Uint8Array
  taken: string[]
}

function inThread(ids: IdentifierRegistry, pii: PiiKeys): Planner {
  return {
    where: 'main thread',
    plan: (job) => Promise.resolve(planCommunity(job.loaded, job.options, ids, pii)),
    close: () => Promise.resolve(),
  }
}

async function inWorker(ids: IdentifierRegistry, pii: PiiKeys): Promise<Planner> {
  const init: WorkerInit = { hashKey: pii.hashKey, sealKey: pii.sealKey, taken: ids.takenKeys() }
  let worker: Worker
  if (import.meta.url.endsWith('.ts')) {
    // Run from TypeScript source (tsx: benchmarks, development): workers do not inherit tsx's
    // loader on Node 20, so the worker loads its TypeScript entry through tsx's own import.
    const tsx = import.meta.resolve('tsx/esm/api')
    const entry = new URL('./plan-worker.ts', import.meta.url).href
    worker = new Worker(
      `import(${JSON.stringify(tsx)}).then((m) => m.tsImport(${JSON.stringify(entry)}, ${JSON.stringify(entry)}))`,
      { eval: true, workerData: init },
    )
  } else {
    worker = new Worker(new URL('./plan-worker.js', import.meta.url), { workerData: init })
  }
  const pending: { resolve: (p: PlannedCommunity) => void; reject: (e: Error) => void }[] = []
  let failed: Error | undefined
  worker.on('message', (reply: WorkerReply) => {
    const next = pending.shift()
    if (!next) return
    if (reply.ok) next.resolve(reply.planned)
    else next.reject(new Error(reply.error))
  })
  const fail = (error: Error) => {
    failed = error
    for (const p of pending.splice(0)) p.reject(error)
  }
  worker.on('error', fail)
  worker.on('exit', (code) => {
    if (code !== 0) fail(new Error(`the planning worker stopped (exit ${code})`))
  })
  // Ready when the worker says so (it loaded the generator); a worker that cannot load fails here.
  await new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve())
    worker.once('error', reject)
  })
  return {
    where: 'worker',
    plan: (job) =>
      new Promise<PlannedCommunity>((resolve, reject) => {
        if (failed) {
          reject(failed)
          return
        }
        pending.push({ resolve, reject })
        worker.postMessage(job)
      }),
    close: async () => {
      await worker.terminate()
    },
  }
}

/** A planner on a worker thread when one starts, else on this thread. */
export async function createPlanner(
  ids: IdentifierRegistry,
  pii: PiiKeys,
  options: { worker: boolean },
): Promise<Planner> {
  if (options.worker) {
    try {
      return await inWorker(ids, pii)
    } catch {
      // Fall through: plan here.
    }
  }
  return inThread(ids, pii)
}
