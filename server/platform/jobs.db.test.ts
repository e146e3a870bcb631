import { describe, expect, it } from 'vitest'
import { openDatabase, type Db, type Executor, type JobTable } from '../db/index.js'
import { testDialect, useTestDb } from '../../test/setup/db.js'
import { enqueueJob, JobRunner, type JobRunnerOptions } from './jobs.js'

const LEASE = 60_000

interface Warning {
  obj: object
  msg: string
}

function makeRunner(db: Db, workerId: string, options: Partial<JobRunnerOptions> = {}): JobRunner {
  return new JobRunner({ db, pollMs: 1000, leaseMs: LEASE, workerId, ...options })
}

function warningsOf(list: Warning[]): NonNullable<JobRunnerOptions['logger']> {
  return { warn: (obj, msg) => list.push({ obj, msg }), error: (obj, msg) => list.push({ obj, msg }) }
}

function jobRow(db: Db, id: string): Promise<JobTable> {
  return db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow()
}

/** A visible side effect of a handler: one app_meta row per call. */
async function recordEffect(db: Executor, key: string): Promise<void> {
  await db.insertInto('app_meta').values({ key, value: '1' }).execute()
}

async function effects(db: Db, prefix: string): Promise<string[]> {
  const rows = await db
    .selectFrom('app_meta')
    .select('key')
    .where('key', 'like', `${prefix}%`)
    .orderBy('key')
    .execute()
  return rows.map((r) => r.key)
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = (): void => undefined
  const promise = new Promise<void>((r) => (resolve = r))
  return { promise, resolve }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms))

describe(`job queue (${testDialect})`, () => {
  const t = useTestDb()

  it('runs a due job once, with its payload, and marks it done', async () => {
    const { db } = t()
    const now = Date.now()
    const runner = makeRunner(db, 'A')
    const seen: { payload: unknown; attempt: number; idempotencyKey: string }[] = []
    runner.register<{ caseId: string }>('test.notify', async (ctx) => {
      seen.push({ payload: ctx.payload, attempt: ctx.attempt, idempotencyKey: ctx.idempotencyKey })
      await recordEffect(ctx.db, `notified:${ctx.payload.caseId}`)
    })
    const { id } = await enqueueJob(db, {
      kind: 'test.notify',
      payload: { caseId: 'c-1' },
      runAt: now - 1000,
    })

    expect(await runner.runDue(now)).toBe(1)
    expect(await runner.runDue(now + 10 * LEASE)).toBe(0)

    expect(seen).toEqual([{ payload: { caseId: 'c-1' }, attempt: 1, idempotencyKey: id }])
    expect(await effects(db, 'notified:')).toEqual(['notified:c-1'])
    const job = await jobRow(db, id)
    expect(job).toMatchObject({
      status: 'done',
      attempts: 1,
      locked_by: null,
      locked_until: null,
      last_error: null,
    })
    expect(job.finished_at).not.toBeNull()
  })

  it('does not claim a job before it is due, and runs it once it is', async () => {
    const { db } = t()
    const now = Date.now()
    const runner = makeRunner(db, 'A')
    runner.register('test.later', async (ctx) => recordEffect(ctx.db, 'later:ran'))
    const { id } = await enqueueJob(db, { kind: 'test.later', runAt: now + 60_000 })

    expect(await runner.claim(now)).toEqual([])
    expect(await runner.runDue(now + 59_999)).toBe(0)
    expect(await jobRow(db, id)).toMatchObject({ status: 'pending', attempts: 0, locked_by: null })
    expect(await effects(db, 'later:')).toEqual([])

    expect(await runner.runDue(now + 60_000)).toBe(1)
    expect(await jobRow(db, id)).toMatchObject({ status: 'done', attempts: 1 })
    expect(await effects(db, 'later:')).toEqual(['later:ran'])
  })

  it('leaves jobs of kinds it does not handle to other processes', async () => {
    const { db } = t()
    const now = Date.now()
    const runner = makeRunner(db, 'A')
    runner.register('test.mine', () => Promise.resolve())
    const { id } = await enqueueJob(db, { kind: 'test.someone_elses', runAt: now - 1 })
    expect(await runner.runDue(now)).toBe(0)
    expect(await jobRow(db, id)).toMatchObject({ status: 'pending', attempts: 0 })
  })

  it('makes one job out of two enqueues with the same idempotency key', async () => {
    const { db } = t()
    const first = await enqueueJob(db, {
      kind: 'test.sms',
      payload: { to: 'A' },
      idempotencyKey: 'sms:case-7:overdue',
    })
    const second = await enqueueJob(db, {
      kind: 'test.sms',
      payload: { to: 'B' },
      idempotencyKey: 'sms:case-7:overdue',
    })
    const other = await enqueueJob(db, {
      kind: 'test.sms',
      payload: { to: 'C' },
      idempotencyKey: 'sms:case-8:overdue',
    })

    expect(first.created).toBe(true)
    expect(second).toEqual({ id: first.id, created: false })
    expect(other.created).toBe(true)
    const rows = await db
      .selectFrom('jobs')
      .select(['id', 'payload'])
      .where('kind', '=', 'test.sms')
      .execute()
    expect(rows).toHaveLength(2)
    // The second enqueue changed nothing: the first payload stands.
    const kept = await jobRow(db, first.id)
    expect(typeof kept.payload === 'string' ? JSON.parse(kept.payload) : kept.payload).toEqual({ to: 'A' })
  })

  it('retries a failing job with growing back-off, keeps the error, and gives up after maxAttempts', async () => {
    const { db } = t()
    const now = Date.now()
    const runner = makeRunner(db, 'A')
    let calls = 0
    runner.register(
      'test.flaky_gateway',
      () => {
        calls++
        return Promise.reject(new Error(`短信网关超时 #${calls}`))
      },
      { maxAttempts: 3, backoffMs: (attempt) => attempt * 60_000 },
    )
    const { id } = await enqueueJob(db, { kind: 'test.flaky_gateway', runAt: now })

    const before1 = Date.now()
    expect(await runner.runDue(now)).toBe(1)
    const after1 = await jobRow(db, id)
    expect(after1).toMatchObject({ status: 'pending', attempts: 1, locked_by: null, finished_at: null })
    expect(after1.last_error).toBe('Error: 短信网关超时 #1')
    expect(after1.run_at).toBeGreaterThanOrEqual(before1 + 60_000)
    expect(after1.run_at).toBeLessThanOrEqual(Date.now() + 60_000)

    // Not retried before its back-off has passed.
    expect(await runner.runDue(after1.run_at - 1)).toBe(0)

    expect(await runner.runDue(after1.run_at)).toBe(1)
    const after2 = await jobRow(db, id)
    expect(after2).toMatchObject({ status: 'pending', attempts: 2, last_error: 'Error: 短信网关超时 #2' })
    // The second back-off is longer than the first, counted from the claim time (here in the future).
    expect(after2.run_at).toBe(after1.run_at + 120_000)

    expect(await runner.runDue(after2.run_at)).toBe(1)
    const after3 = await jobRow(db, id)
    expect(after3).toMatchObject({
      status: 'failed',
      attempts: 3,
      last_error: 'Error: 短信网关超时 #3',
      locked_by: null,
    })
    expect(after3.finished_at).not.toBeNull()

    // A failed job stays failed: nothing claims it again, however late it gets.
    expect(await runner.runDue(now + 365 * 24 * 3600_000)).toBe(0)
    expect(calls).toBe(3)
    expect((await jobRow(db, id)).status).toBe('failed')
  })

  it('uses a default back-off of seconds, and clears the error once a retry succeeds', async () => {
    const { db } = t()
    const now = Date.now()
    const runner = makeRunner(db, 'A')
    let calls = 0
    runner.register('test.once_flaky', async (ctx) => {
      calls++
      if (calls === 1) throw new Error('temporary')
      await recordEffect(ctx.db, 'once_flaky:ok')
    })
    const { id } = await enqueueJob(db, { kind: 'test.once_flaky', runAt: now })

    const before = Date.now()
    await runner.runDue(now)
    const failed = await jobRow(db, id)
    expect(failed.last_error).toBe('Error: temporary')
    expect(failed.run_at).toBeGreaterThanOrEqual(before + 2000)
    expect(failed.run_at).toBeLessThanOrEqual(Date.now() + 2000)

    expect(await runner.runDue(failed.run_at)).toBe(1)
    expect(await jobRow(db, id)).toMatchObject({ status: 'done', attempts: 2, last_error: null })
    expect(await effects(db, 'once_flaky:')).toEqual(['once_flaky:ok'])
  })

  it('rolls back the writes of a transactional handler that throws: nothing is left half-done', async () => {
    const { db } = t()
    const now = Date.now()
    const runner = makeRunner(db, 'A')
    let fail = true
    runner.register<{ householdId: string }>('test.import_household', async (ctx) => {
      await recordEffect(ctx.db, `member:${ctx.payload.householdId}:1`)
      await recordEffect(ctx.db, `member:${ctx.payload.householdId}:2`)
      if (fail) throw new Error('row 3 is malformed')
      await recordEffect(ctx.db, `member:${ctx.payload.householdId}:3`)
    })
    const { id } = await enqueueJob(db, {
      kind: 'test.import_household',
      payload: { householdId: 'h9' },
      runAt: now,
    })

    await runner.runDue(now)
    expect(await effects(db, 'member:')).toEqual([])
    const failed = await jobRow(db, id)
    expect(failed).toMatchObject({ status: 'pending', attempts: 1, last_error: 'Error: row 3 is malformed' })

    fail = false
    expect(await runner.runDue(failed.run_at)).toBe(1)
    expect(await effects(db, 'member:')).toEqual(['member:h9:1', 'member:h9:2', 'member:h9:3'])
    expect((await jobRow(db, id)).status).toBe('done')
  })

  it("commits a transactional handler's writes together with 'done': an observer sees neither before", async () => {
    const { db, test } = t()
    const observer = openDatabase(test.config)
    try {
      const now = Date.now()
      const runner = makeRunner(db, 'A')
      const during: { effect: string[]; status: string | undefined }[] = []
      let jobId = ''
      runner.register('test.close_case', async (ctx) => {
        await recordEffect(ctx.db, 'closed:case-1')
        const job = await observer.db
          .selectFrom('jobs')
          .select('status')
          .where('id', '=', jobId)
          .executeTakeFirst()
        during.push({ effect: await effects(observer.db, 'closed:'), status: job?.status })
      })
      jobId = (await enqueueJob(db, { kind: 'test.close_case', runAt: now })).id

      expect(await runner.runDue(now)).toBe(1)

      expect(during).toEqual([{ effect: [], status: 'running' }])
      expect(await effects(observer.db, 'closed:')).toEqual(['closed:case-1'])
      expect((await jobRow(observer.db, jobId)).status).toBe('done')
    } finally {
      await observer.close()
    }
  })

  it('lets another runner pick up a job whose worker died, once its lease has run out', async () => {
    const { db } = t()
    const now = Date.now()
    const dead = makeRunner(db, 'dead-worker')
    const alive = makeRunner(db, 'alive-worker')
    for (const r of [dead, alive]) {
      r.register('test.sla_timer', async (ctx) =>
        recordEffect(ctx.db, `escalated:${r.workerId}:${ctx.attempt}`),
      )
    }
    const { id } = await enqueueJob(db, { kind: 'test.sla_timer', runAt: now })

    // The first worker claims the job and then dies without running it.
    const claimed = await dead.claim(now)
    expect(claimed.map((j) => j.id)).toEqual([id])
    expect(await jobRow(db, id)).toMatchObject({
      status: 'running',
      locked_by: 'dead-worker',
      locked_until: now + LEASE,
    })

    // While the lease holds, nobody else touches it.
    expect(await alive.runDue(now + LEASE - 1)).toBe(0)
    expect(await alive.runDue(now + LEASE)).toBe(0)
    expect(await effects(db, 'escalated:')).toEqual([])

    expect(await alive.runDue(now + LEASE + 1)).toBe(1)
    expect(await effects(db, 'escalated:')).toEqual(['escalated:alive-worker:2'])
    expect(await jobRow(db, id)).toMatchObject({ status: 'done', attempts: 2, locked_by: null })
  })

  it("refuses a late runner's completion once another runner has taken the job over (fenced)", async () => {
    const { db } = t()
    const now = Date.now()
    const warnings: Warning[] = []
    const slow = makeRunner(db, 'slow', { logger: warningsOf(warnings) })
    const fast = makeRunner(db, 'fast')
    const entered = deferred()
    const gate = deferred()
    // Talks to the outside world, so not transactional; keyed by the idempotency key as required.
    for (const r of [slow, fast]) {
      r.register(
        'test.push_notice',
        async (ctx) => {
          await recordEffect(ctx.db, `ran:${r.workerId}`)
          if (r === slow) {
            entered.resolve()
            await gate.promise
          }
          await ctx.db
            .insertInto('app_meta')
            .values({ key: `sent:${ctx.idempotencyKey}`, value: r.workerId })
            .onConflict((oc) => oc.column('key').doNothing())
            .execute()
        },
        { transactional: false },
      )
    }
    const { id } = await enqueueJob(db, { kind: 'test.push_notice', runAt: now })

    const slowRun = slow.runDue(now)
    await entered.promise
    expect(await fast.runDue(now + LEASE + 1)).toBe(1)
    const asFastLeftIt = await jobRow(db, id)
    expect(asFastLeftIt).toMatchObject({ status: 'done', attempts: 2, locked_by: null })

    await sleep(5) // so that a completion by the slow runner would carry a different time
    gate.resolve()
    await slowRun

    // Both ran (at least once), the outside world saw one notice, and the job row is as the
    // runner holding the lease left it: the slow runner's completion was refused.
    expect(await effects(db, 'ran:')).toEqual(['ran:fast', 'ran:slow'])
    expect(await effects(db, 'sent:')).toEqual([`sent:${id}`])
    expect(await jobRow(db, id)).toEqual(asFastLeftIt)
    expect(warnings).toEqual([
      { obj: { jobId: id, kind: 'test.push_notice' }, msg: expect.stringContaining('lease lost') as string },
    ])
  })

  it('completes a transactional job exactly once when its lease runs out mid-handler', async () => {
    const { db } = t()
    const now = Date.now()
    const slow = makeRunner(db, 'slow', { logger: warningsOf([]) })
    const fast = makeRunner(db, 'fast')
    const entered = deferred()
    const gate = deferred()
    for (const r of [slow, fast]) {
      r.register('test.post_voucher', async (ctx) => {
        if (r === slow) {
          entered.resolve()
          await gate.promise
        }
        await recordEffect(ctx.db, `posted:${r.workerId}:${ctx.attempt}`)
      })
    }
    const { id } = await enqueueJob(db, { kind: 'test.post_voucher', runAt: now })

    const slowRun = slow.runDue(now)
    await entered.promise
    const fastRun = fast.runDue(now + LEASE + 1)
    if (testDialect === 'postgres') {
      // Another connection takes the expired lease and finishes; the slow runner's transaction,
      // refused at completion, rolls its own write back.
      expect(await fastRun).toBe(1)
      gate.resolve()
      await slowRun
      expect(await effects(db, 'posted:')).toEqual(['posted:fast:2'])
      expect(await jobRow(db, id)).toMatchObject({ status: 'done', attempts: 2, locked_by: null })
    } else {
      // SQLite has one writer: the open transaction keeps the other runner waiting, and when it
      // gets its turn the job is done.
      await sleep(20)
      gate.resolve()
      await slowRun
      expect(await fastRun).toBe(0)
      expect(await effects(db, 'posted:')).toEqual(['posted:slow:1'])
      expect(await jobRow(db, id)).toMatchObject({ status: 'done', attempts: 1, locked_by: null })
    }
  })

  it('gives up on a job that keeps losing its worker instead of retrying it forever', async () => {
    const { db } = t()
    const now = Date.now()
    const runners = ['w1', 'w2', 'w3'].map((w) => makeRunner(db, w))
    let calls = 0
    for (const r of runners) {
      r.register('test.poison', () => {
        calls++
        return Promise.resolve()
      })
    }
    const { id } = await enqueueJob(db, { kind: 'test.poison', runAt: now, maxAttempts: 2 })

    expect(await runners[0]?.claim(now)).toHaveLength(1)
    expect(await runners[1]?.claim(now + LEASE + 1)).toHaveLength(1)
    expect(await runners[2]?.runDue(now + 2 * (LEASE + 1))).toBe(1)

    expect(calls).toBe(0)
    const job = await jobRow(db, id)
    expect(job).toMatchObject({ status: 'failed', attempts: 3, locked_by: null })
    expect(job.last_error).toContain('gave up')
  })

  it('never lets two runners claiming at once hold the same job, and runs each job exactly once', async () => {
    const { db } = t()
    const now = Date.now()
    const a = makeRunner(db, 'A', { batchSize: 10 })
    const b = makeRunner(db, 'B', { batchSize: 10 })
    for (const r of [a, b]) {
      r.register('test.bulk', async (ctx) => recordEffect(ctx.db, `bulk:${ctx.id}:${r.workerId}`))
    }
    const ids: string[] = []
    for (let i = 0; i < 50; i++)
      ids.push((await enqueueJob(db, { kind: 'test.bulk', runAt: now - 1000 + i })).id)

    const claimedBy = { A: [] as string[], B: [] as string[] }
    for (;;) {
      const [fromA, fromB] = await Promise.all([a.claim(now), b.claim(now)])
      expect(fromA.length).toBeLessThanOrEqual(10)
      expect(fromB.length).toBeLessThanOrEqual(10)
      if (fromA.length + fromB.length === 0) break
      claimedBy.A.push(...fromA.map((j) => j.id))
      claimedBy.B.push(...fromB.map((j) => j.id))
      for (const j of fromA) expect(j).toMatchObject({ status: 'running', locked_by: 'A', attempts: 1 })
      for (const j of fromB) expect(j).toMatchObject({ status: 'running', locked_by: 'B', attempts: 1 })
    }
    const both = claimedBy.A.filter((id) => claimedBy.B.includes(id))
    expect(both).toEqual([])
    expect([...claimedBy.A, ...claimedBy.B].sort()).toEqual([...ids].sort())

    // Both runners die; two fresh ones race over the expired leases until nothing is left.
    const later = now + LEASE + 1
    const drain = async (r: JobRunner): Promise<number> => {
      let total = 0
      for (let n = await r.runDue(later); n > 0; n = await r.runDue(later)) total += n
      return total
    }
    const c = makeRunner(db, 'C', { batchSize: 10 })
    const d = makeRunner(db, 'D', { batchSize: 10 })
    for (const r of [c, d]) {
      r.register('test.bulk', async (ctx) => recordEffect(ctx.db, `bulk:${ctx.id}:${r.workerId}`))
    }
    const [byC, byD] = await Promise.all([drain(c), drain(d)])
    expect(byC + byD).toBe(50)

    const done = await db
      .selectFrom('jobs')
      .select(['id', 'status', 'attempts'])
      .where('kind', '=', 'test.bulk')
      .execute()
    expect(done.filter((j) => j.status === 'done' && j.attempts === 2)).toHaveLength(50)
    const ran = await effects(db, 'bulk:')
    expect(ran).toHaveLength(50)
    expect(new Set(ran.map((k) => k.split(':')[1]))).toEqual(new Set(ids))
  })

  it('queues exactly one next run of a periodic job, from any number of runners', async () => {
    const { db } = t()
    const every = 60_000
    const a = makeRunner(db, 'A')
    const b = makeRunner(db, 'B')
    for (const r of [a, b]) {
      r.registerPeriodic('test.purge', every, async (ctx) => recordEffect(ctx.db, `purge:${ctx.id}`))
    }
    const pending = () =>
      db
        .selectFrom('jobs')
        .select(['id', 'run_at', 'idempotency_key'])
        .where('kind', '=', 'test.purge')
        .where('status', '=', 'pending')
        .execute()

    // Both processes start five minutes ago and schedule at the same moment.
    const started = Date.now() - 5 * every
    await Promise.all([a.schedulePeriodic(started), b.schedulePeriodic(started)])
    await a.schedulePeriodic(started + 1)
    const first = await pending()
    const firstRun = (Math.floor(started / every) + 1) * every
    expect(first).toEqual([
      { id: expect.any(String) as string, run_at: firstRun, idempotency_key: `test.purge@${firstRun}` },
    ])

    expect(await a.runDue(firstRun - 1)).toBe(0)
    const before = Date.now()
    const [ranA, ranB] = await Promise.all([a.runDue(), b.runDue()])
    const after = Date.now()
    expect(ranA + ranB).toBe(1)
    expect(await effects(db, 'purge:')).toEqual([`purge:${first[0]?.id}`])

    // Completing the run queued the next period (after now, on the period grid), and only that.
    const next = await pending()
    expect(next).toHaveLength(1)
    const nextRun = next[0]?.run_at ?? 0
    expect(nextRun % every).toBe(0)
    expect(nextRun).toBeGreaterThan(before)
    expect(nextRun).toBeLessThanOrEqual(after + every)
    expect(next[0]?.idempotency_key).toBe(`test.purge@${nextRun}`)

    // Another process (re)starting before that period does not queue a second run.
    await Promise.all([a.schedulePeriodic(nextRun - 1), b.schedulePeriodic(nextRun - every)])
    expect(await pending()).toEqual(next)
  })
})
