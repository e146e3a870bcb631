// Background WAL checkpoints for SQLite. A checkpoint copies the pages committed to the WAL back
// into the database file and syncs it. Left to SQLite, it runs inside the COMMIT that crosses
// `wal_autocheckpoint` pages, on the server's only thread: that request, and every request queued
// behind it, waits for the copy and the fsync. Here a worker thread with its own connection runs
// PASSIVE checkpoints (they never block readers or the writer), so the server's thread only appends
// to the WAL. The server's connection keeps a high `wal_autocheckpoint` as a safety net, should
// the worker fall behind or stop.
//
// Durability is unchanged: a commit is in the WAL before it is acknowledged, and a checkpoint
// only moves committed pages. A kill -9 in the middle of a checkpoint leaves the WAL to replay.
import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'
import type { SqliteSynchronous } from '../config.js'

/** The server connection's `wal_autocheckpoint` while the worker checkpoints (pages, ≈ 64 MiB). */
export const SAFETY_AUTOCHECKPOINT_PAGES = 16_384

export interface CheckpointerOptions {
  file: string
  synchronous: SqliteSynchronous
  /** Pause after a checkpoint that found nothing to copy. */
  idleMs?: number
  /** Pause after a checkpoint that copied pages: more pages per checkpoint, fewer fsyncs. */
  busyMs?: number
  onError?: (message: string) => void
}

export interface Checkpointer {
  /** Checkpoints run so far that copied at least one page. */
  readonly runs: () => number
  /** Stops the worker after its current checkpoint and closes its connection. */
  stop(): Promise<void>
}

// Plain CommonJS, evaluated in the worker: no build step, and the same under tsx, vitest and node.
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads')
const Database = require(workerData.driver)
const db = new Database(workerData.file, { fileMustExist: true })
db.pragma('busy_timeout = 0')
db.pragma('synchronous = ' + workerData.synchronous)
let stopping = false
let timer
parentPort.on('message', (m) => {
  if (m !== 'stop') return
  stopping = true
  clearTimeout(timer)
  finish()
})
function finish() {
  try { db.close() } catch {}
  parentPort.postMessage({ stopped: true })
  parentPort.close()
}
function tick() {
  if (stopping) return
  let wait = workerData.idleMs
  try {
    const row = db.pragma('wal_checkpoint(PASSIVE)')[0]
    if (row && row.checkpointed > 0) {
      parentPort.postMessage({ copied: row.checkpointed })
      wait = workerData.busyMs
    }
  } catch (error) {
    if (error && error.code !== 'SQLITE_BUSY' && error.code !== 'SQLITE_LOCKED') {
      parentPort.postMessage({ error: String(error && error.message || error) })
      wait = workerData.idleMs * 10
    }
  }
  timer = setTimeout(tick, wait)
}
timer = setTimeout(tick, workerData.idleMs)
`

export function startCheckpointer(options: CheckpointerOptions): Checkpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3')
  const worker = new Worker(workerSource, {
    eval: true,
    workerData: {
      driver,
      file: options.file,
      synchronous: options.synchronous,
      idleMs: options.idleMs ?? 200,
      busyMs: options.busyMs ?? 50,
    },
  })
  // The worker must not keep a finished process alive.
  worker.unref()
  let runs = 0
  let lastError = ''
  let lastErrorAt = 0
  worker.on('message', (message: { copied?: number; error?: string }) => {
    if (message.copied) runs++
    if (message.error) {
      // A full disk repeats every few seconds: say it once a minute.
      const now = Date.now()
      if (message.error !== lastError || now - lastErrorAt > 60_000) {
        options.onError?.(message.error)
        lastError = message.error
        lastErrorAt = now
      }
    }
  })
  worker.on('error', (error) => options.onError?.(String(error)))
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()))
  return {
    runs: () => runs,
    stop: async () => {
      // Unreferenced, the worker would let a process that only awaits it end before it stops.
      worker.ref()
      worker.postMessage('stop')
      const timeout = new Promise<'timeout'>((resolve) => setTimeout(resolve, 5_000, 'timeout').unref())
      if ((await Promise.race([exited, timeout])) === 'timeout') await worker.terminate()
    },
  }
}
