// `npx tsx bench/services.ts [--requests 150000] [--errands 30000]`: the 红代办 team's lists and
// figures in one community buried in other items. It seeds the full demo on a fresh SQLite database,
// clones its requests and errands up to the sizes asked (the rows are copies, numbered apart), and
// prints the time of the proxy lists and the year's figures with their query plans — the partial
// indexes of errands must keep them independent of the number of residents' requests.
// Not part of `npm test`.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { sql } from 'kysely'
import { loadConfig } from '../server/config.js'
import { openRuntime } from '../server/runtime.js'
import { seedDemo } from '../server/seed/demo.js'
import { getProxyFigures } from '../server/modules/services/proxy-figures.service.js'
import { listProxy } from '../server/modules/services/proxy.service.js'
import { loadGrants } from '../server/platform/sessions.js'
import { newId } from '../server/platform/ids.js'
import { localDate } from '../server/platform/time.js'

const { values } = parseArgs({ options: { requests: { type: 'string' }, errands: { type: 'string' } } })
const REQUESTS = Number(values.requests ?? 150_000)
const ERRANDS = Number(values.errands ?? 30_000)

const dir = mkdtempSync(join(tmpdir(), 'tongxin-bench-services-'))
const rt = await openRuntime(loadConfig({ TONGXIN_DATA_DIR: dir, NODE_ENV: 'development' }, dir))
try {
  const db = rt.ctx.db
  await seedDemo(db, { size: 'full', pii: rt.ctx.pii })
  const community = await db
    .selectFrom('org_nodes')
    .selectAll()
    .where('code', '=', '320812400001')
    .executeTakeFirstOrThrow()
  const seeded = await db.selectFrom('work_items').selectAll().execute()
  let n = 0
  await db.transaction().execute(async (trx) => {
    for (const [kind, target] of [
      ['request', REQUESTS],
      ['proxy', ERRANDS],
    ] as const) {
      const source = seeded.filter((i) => i.kind === kind)
      for (let made = source.length; made < target;) {
        const rows = source
          .slice(0, Math.min(200, target - made))
          .map((i) => ({ ...i, id: newId(), number: `B-${String(++n)}`, feedback_token_hash: null }))
        await trx.insertInto('work_items').values(rows).execute()
        made += rows.length
      }
    }
  })
  await sql`analyze`.execute(db)
  const counts = await db
    .selectFrom('work_items')
    .select(['kind', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('kind')
    .execute()
  console.log('items:', counts.map((c) => `${c.kind} ${String(c.n)}`).join(', '))
  const user = await db
    .selectFrom('users')
    .select(['id', 'display_name'])
    .where('username', '=', 'shuji')
    .executeTakeFirstOrThrow()
  const actor = {
    kind: 'user' as const,
    userId: user.id,
    label: user.display_name,
    grants: await loadGrants(db, user.id),
    ip: null,
    requestId: null,
  }
  const year = localDate(Date.now()).slice(0, 4)
  const time = async (label: string, f: () => Promise<unknown>, reps: number) => {
    await f()
    const t0 = performance.now()
    for (let i = 0; i < reps; i++) await f()
    console.log(`${label}: ${((performance.now() - t0) / reps).toFixed(2)} ms`)
  }
  const now = Date.now()
  await time(
    'proxy list, open',
    () => listProxy({ db, actor, query: { view: 'open', communityId: community.id }, now }),
    50,
  )
  await time(
    'proxy list, waiting for a proxy',
    () => listProxy({ db, actor, query: { view: 'unclaimed', communityId: community.id }, now }),
    50,
  )
  await time(
    'proxy figures, the year',
    () =>
      getProxyFigures({
        db,
        actor,
        query: { nodeId: community.id, from: `${year}-01-01`, to: `${year}-12-31` },
      }),
    20,
  )
  for (const q of [
    sql`explain query plan select * from work_items w where w.kind = 'proxy' and w.community_id = ${community.id} and w.open = 1 order by w.id desc limit 21`,
    sql`explain query plan select count(*) from work_items w where w.kind = 'proxy' and w.community_id = ${community.id} and w.closed_date >= ${`${year}-01-01`} and w.closed_date <= ${`${year}-12-31`}`,
  ])
    console.log('plan:', (await q.execute(db)).rows.map((r) => (r as { detail: string }).detail).join(' | '))
} finally {
  await rt.close()
  rmSync(dir, { recursive: true, force: true })
}
