// A job queue on a database table: SLA timers, notifications, scheduled maintenance, large imports.
//
// - At least once: a claimed job holds a lease (`locked_until`); if its process dies the lease runs
//   out and another claim picks it up again.
// - Never held twice: a claim is one UPDATE … RETURNING over `FOR UPDATE SKIP LOCKED` on
//   PostgreSQL (several processes), and SQLite has a single writer.
// - Fenced completion: finishing a job checks (locked_by, attempts), so a worker whose lease ran out
//   cannot mark done a job that someone else now holds.
// - Transactional handlers (the default) run inside the same transaction that marks the job done:
//   their database effects and the completion commit together, so a crash neither loses nor
//   repeats them. Handlers that talk to the outside world must be idempotent and pass
//   `ctx.idempotencyKey` along.
import { hostname } from 'node:os'
import { sql } from 'kysely'
import type { Db, Executor, JobTable } from '../db/index.js'
import { dialectOf, readJson, writeJson } from '../db/index.js'
import { newId } from './ids.js'

export interface JobContext<P = unknown> {
  id: string
  kind: string
  payload: P
  attempt: number
  /** Stable across retries of this job: give it to anything that leaves the system. */
  idempotencyKey: string
  /** The transaction the job completes in (transactional handlers), or the database. */
  db: Executor
}

export type JobHandler<P = unknown> = (ctx: JobContext<P>) => Promise<void>

export interface HandlerOptions {
  maxAttempts?: number
  /** Run the handler in the transaction that marks the job done (default true). */
  transactional?: boolean
  /** Delay before attempt n+1, in ms. */
  backoffMs?: (attempt: number) => number
}

interface Registered {
  handler: JobHandler
  options: Required<HandlerOptions>
  everyMs?: number
}

export interface EnqueueOptions {
  kind: string
  payload?: unknown
  runAt?: number
  idempotencyKey?: string
  maxAttempts?: number
}

const defaultBackoff = (attempt: number): number => Math.min(60 * 60_000, 1000 * 2 ** Math.min(attempt, 20))

/** Adds a job; with an idempotency key, a second enqueue of the same key is a no-op. */
export async function enqueueJob(
  db: Executor,
  options: EnqueueOptions,
): Promise<{ id: string; created: boolean }> {
  const now = Date.now()
  const id = newId()
  const result = await db
    .insertInto('jobs')
    .values({
      id,
      kind: options.kind,
      payload: writeJson(options.payload ?? {}),
      status: 'pending',
      run_at: options.runAt ?? now,
      attempts: 0,
      max_attempts: options.maxAttempts ?? 10,
      locked_by: null,
      locked_until: null,
      last_error: null,
      idempotency_key: options.idempotencyKey ?? null,
      created_at: now,
      updated_at: now,
      finished_at: null,
    })
    .onConflict((oc) => oc.column('idempotency_key').doNothing())
    .executeTakeFirst()
  if ((result.numInsertedOrUpdatedRows ?? 0n) > 0n) return { id, created: true }
  const existing = await db
    .selectFrom('jobs')
    .select('id')
    .where('idempotency_key', '=', options.idempotencyKey ?? '')
    .executeTakeFirstOrThrow()
  return { id: existing.id, created: false }
}

export interface JobRunnerOptions {
  db: Db
  pollMs: number
  leaseMs?: number
  batchSize?: number
  workerId?: string
  logger?: { warn: (obj: object, msg: string) => void; error: (obj: object, msg: string) => void }
}

export class JobRunner {
  readonly workerId: string
  readonly #db: Db
  readonly #pollMs: number
  readonly #leaseMs: number
  readonly #batchSize: number
  readonly #handlers = new Map<string, Registered>()
  readonly #logger: JobRunnerOptions['logger']
  #timer: NodeJS.Timeout | undefined
  #running: Promise<void> | undefined
  #stopped = true

  constructor(options: JobRunnerOptions) {
    this.#db = options.db
    this.#pollMs = options.pollMs
    this.#leaseMs = options.leaseMs ?? 5 * 60_000
    this.#batchSize = options.batchSize ?? 10
    this.workerId = options.workerId ?? `${hostname()}:${process.pid}:${newId().slice(-8)}`
    this.#logger = options.logger
  }

  register<P>(kind: string, handler: JobHandler<P>, options: HandlerOptions = {}): void {
    if (this.#handlers.has(kind)) throw new Error(`job kind ${kind} registered twice`)
    this.#handlers.set(kind, {
      handler: handler as JobHandler,
      options: {
        maxAttempts: options.maxAttempts ?? 10,
        transactional: options.transactional ?? true,
        backoffMs: options.backoffMs ?? defaultBackoff,
      },
    })
  }

  /** A job that runs every `everyMs`, once per period across all processes. */
  registerPeriodic(kind: string, everyMs: number, handler: JobHandler, options: HandlerOptions = {}): void {
    this.register(kind, handler, options)
    const entry = this.#handlers.get(kind)
    if (entry) entry.everyMs = everyMs
  }

  kinds(): string[] {
    return [...this.#handlers.keys()]
  }

  /** Makes sure each periodic job has its next run queued (idempotent across processes). */
  async schedulePeriodic(now = Date.now()): Promise<void> {
    for (const [kind, entry] of this.#handlers) {
      if (entry.everyMs !== undefined) await this.#enqueueNextPeriod(this.#db, kind, entry.everyMs, now)
    }
  }

  async #enqueueNextPeriod(db: Executor, kind: string, everyMs: number, now: number): Promise<void> {
    const next = (Math.floor(now / everyMs) + 1) * everyMs
    await enqueueJob(db, { kind, runAt: next, idempotencyKey: `${kind}@${next}` })
  }

  start(): void {
    if (!this.#stopped) return
    this.#stopped = false
    const tick = (): void => {
      if (this.#stopped) return
      this.#running = this.runDue()
        .then((n) => {
          if (!this.#stopped) this.#timer = setTimeout(tick, n > 0 ? 0 : this.#pollMs)
        })
        .catch((error: unknown) => {
          this.#logger?.error({ err: error }, 'job runner tick failed')
          if (!this.#stopped) this.#timer = setTimeout(tick, this.#pollMs)
        })
    }
    this.schedulePeriodic()
      .catch((error: unknown) => this.#logger?.error({ err: error }, 'scheduling periodic jobs failed'))
      .finally(tick)
  }

  /** Stops claiming; waits for the jobs in hand to finish. */
  async stop(): Promise<void> {
    this.#stopped = true
    if (this.#timer) clearTimeout(this.#timer)
    await this.#running?.catch(() => undefined)
  }

  /** Claims the jobs that are due and runs them; returns how many it ran. */
  async runDue(now = Date.now()): Promise<number> {
    const claimed = await this.claim(now)
    for (const job of claimed) await this.#run(job, now)
    return claimed.length
  }

  async claim(now = Date.now()): Promise<JobTable[]> {
    const kinds = this.kinds()
    if (kinds.length === 0) return []
    const lockClause = dialectOf(this.#db) === 'postgres' ? sql` for update skip locked` : sql``
    const result = await sql<JobTable>`
      update jobs
         set status = 'running', locked_by = ${this.workerId}, locked_until = ${now + this.#leaseMs},
             attempts = attempts + 1, updated_at = ${now}
       where id in (
         select id from jobs
          where kind in (${sql.join(kinds)})
            and ((status = 'pending' and run_at <= ${now}) or (status = 'running' and locked_until < ${now}))
          order by run_at
          limit ${this.#batchSize}${lockClause})
      returning *`.execute(this.#db)
    return result.rows
  }

  /**
   * `now` is the claim time the caller chose (tests pass a fixed one); back-off and the next
   * periodic run count from whichever is later, it or the real clock after the handler ran.
   */
  async #run(job: JobTable, now: number): Promise<void> {
    const entry = this.#handlers.get(job.kind)
    if (!entry) return
    // One limit: the lower of the job's own and its handler's.
    const maxAttempts = Math.min(job.max_attempts, entry.options.maxAttempts)
    const after = (): number => Math.max(now, Date.now())
    if (job.attempts > maxAttempts) {
      // Its workers kept dying mid-run (a lease expired each time): stop, keeping the last error.
      const note = 'gave up: the job was claimed more times than allowed'
      await this.#finish(this.#db, job, 'failed', job.last_error ? `${job.last_error}\n${note}` : note)
      if (entry.everyMs !== undefined)
        await this.#enqueueNextPeriod(this.#db, job.kind, entry.everyMs, after())
      return
    }
    const ctx = (db: Executor): JobContext => ({
      id: job.id,
      kind: job.kind,
      payload: readJson(job.payload),
      attempt: job.attempts,
      idempotencyKey: job.id,
      db,
    })
    const heartbeat = setInterval(() => {
      this.#extendLease(job).catch(() => undefined)
    }, this.#leaseMs / 3)
    try {
      if (entry.options.transactional) {
        await this.#db.transaction().execute(async (trx) => {
          await entry.handler(ctx(trx))
          await this.#finish(trx, job, 'done', null)
          if (entry.everyMs !== undefined)
            await this.#enqueueNextPeriod(trx, job.kind, entry.everyMs, after())
        })
      } else {
        await entry.handler(ctx(this.#db))
        await this.#finish(this.#db, job, 'done', null)
        if (entry.everyMs !== undefined)
          await this.#enqueueNextPeriod(this.#db, job.kind, entry.everyMs, after())
      }
    } catch (error) {
      if (error instanceof LostLeaseError) {
        this.#logger?.warn({ jobId: job.id, kind: job.kind }, 'job lease lost; another worker holds it now')
        return
      }
      const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
      const giveUp = job.attempts >= maxAttempts
      this.#logger?.warn({ jobId: job.id, kind: job.kind, attempt: job.attempts, err: error }, 'job failed')
      await this.#finish(
        this.#db,
        job,
        giveUp ? 'failed' : 'pending',
        message.slice(0, 2000),
        after() + entry.options.backoffMs(job.attempts),
      ).catch(() => undefined)
      // A periodic job that failed for good still runs next period.
      if (giveUp && entry.everyMs !== undefined) {
        await this.#enqueueNextPeriod(this.#db, job.kind, entry.everyMs, after()).catch(() => undefined)
      }
    } finally {
      clearInterval(heartbeat)
    }
  }

  async #extendLease(job: JobTable): Promise<void> {
    await this.#db
      .updateTable('jobs')
      .set({ locked_until: Date.now() + this.#leaseMs })
      .where('id', '=', job.id)
      .where('locked_by', '=', this.workerId)
      .where('attempts', '=', job.attempts)
      .where('status', '=', 'running')
      .execute()
  }

  async #finish(
    db: Executor,
    job: JobTable,
    status: 'done' | 'failed' | 'pending',
    error: string | null,
    retryAt?: number,
  ): Promise<void> {
    const now = Date.now()
    const result = await db
      .updateTable('jobs')
      .set({
        status,
        locked_by: null,
        locked_until: null,
        last_error: error,
        updated_at: now,
        finished_at: status === 'pending' ? null : now,
        ...(status === 'pending' && retryAt !== undefined ? { run_at: retryAt } : {}),
      })
      .where('id', '=', job.id)
      .where('locked_by', '=', this.workerId)
      .where('attempts', '=', job.attempts)
      .executeTakeFirst()
    if (result.numUpdatedRows === 0n) throw new LostLeaseError(job.id)
  }
}

export class LostLeaseError extends Error {
  constructor(jobId: string) {
    super(`lease on job ${jobId} was lost`)
    this.name = 'LostLeaseError'
  }
}
