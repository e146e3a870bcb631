// The planning worker (see planner.ts): plans each community it is sent, in order, with its own
// registry of identifiers taken, and sends the rows back.
import { parentPort, workerData } from 'node:worker_threads'
import { IdentifierRegistry } from './identifiers.js'
import { planCommunity } from './plan-community.js'
import type { PlanJob, WorkerInit, WorkerReply } from './planner.js'

const init = workerData as WorkerInit
const keys = { hashKey: Buffer.from(init.hashKey), sealKey: Buffer.from(init.sealKey) }
const ids = IdentifierRegistry.fromTaken(keys, init.taken)
const port = parentPort
if (!port) throw new Error('plan-worker runs as a worker thread')
port.on('message', (job: PlanJob) => {
  let reply: WorkerReply
  try {
    reply = { ok: true, planned: planCommunity(job.loaded, job.options, ids, keys) }
  } catch (error) {
    reply = { ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }
  }
  port.postMessage(reply)
})
port.postMessage('ready')
