// The bare baseline: Fastify + better-sqlite3 (or pg) running the same SQL as Tongxin's endpoint,
// with no sessions, access checks, validation, masking or audit. Tongxin's figures are ratios to this.
// Usage: node bench/baseline.mjs <sqlite file> <port>
//        node bench/baseline.mjs --pg <database url> <port>
import Database from 'better-sqlite3'
import Fastify from 'fastify'
import pg from 'pg'

const args = process.argv.slice(2)
const pgUrl = args[0] === '--pg' ? args[1] : undefined
const [file, port] = pgUrl ? [undefined, args[2]] : args

/**
 * One interface over both databases: `prepare(sql)` with `?` placeholders gives all/get/run, which
 * answer values on SQLite (better-sqlite3 is synchronous) and promises on PostgreSQL (a pool of 10,
 * as Tongxin's). Fastify takes either from a handler.
 */
function openDb() {
  if (pgUrl) {
    const pool = new pg.Pool({ connectionString: pgUrl, max: 10 })
    return {
      prepare(text) {
        let n = 0
        const query = text.replace(/\?/g, () => `$${++n}`)
        return {
          all: async (...p) => (await pool.query(query, p)).rows,
          get: async (...p) => (await pool.query(query, p)).rows[0],
          run: async (...p) => pool.query(query, p),
        }
      },
      exec: (text) => pool.query(text),
      hasTable: async (name) =>
        (await pool.query('select 1 from information_schema.tables where table_name = $1', [name])).rowCount >
        0,
    }
  }
  const sqlite = new Database(file, { readonly: false })
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('synchronous = NORMAL')
  sqlite.pragma('cache_size = -65536')
  return {
    prepare: (text) => sqlite.prepare(text),
    exec: (text) => sqlite.exec(text),
    hasTable: (name) => sqlite.prepare('select 1 from sqlite_master where name = ?').get(name) !== undefined,
  }
}

const db = openDb()
await db.exec(
  'create table if not exists bench_baseline_writes (id text primary key, body text, created_at bigint)',
)
const app = Fastify({ logger: false })

const range = (path) => [path, `${path.slice(0, -1)}0`]
const byPrefix = (column) =>
  db.prepare(
    `select * from persons where ${column} >= ? and ${column} < ? and community_id = ? and path >= ? and path < ? order by name_sort, id limit 20`,
  )
const queries = {
  name: byPrefix('name'),
  name_pinyin: byPrefix('name_pinyin'),
  name_initials: byPrefix('name_initials'),
  // "Ends with 1234" is a phone or an ID number: Tongxin answers both in one statement, so does this.
  tail: db.prepare(
    'select * from persons where (phone_tail = ? or id_tail = ?) and path >= ? and path < ? order by name_sort, id limit 20',
  ),
  // The same statement as Tongxin's grid household list: head's name, origin village, members now,
  // the contact party member.
  households: db.prepare(
    `select h.id, h.code, h.room_id, h.head_person_id, hp.name as head_name, h.origin_village_id,
            v.name as village_name, h.version,
            (select count(*) from household_members m where m.household_id = h.id and m.left_on is null) as member_count,
            cp.id as contact_id, cp.name as contact_name,
            (select count(*) from contacts c where c.to_household_id = h.id and c.until_on is null) as contact_count
     from households h
     left join persons hp on hp.id = h.head_person_id
     left join villages v on v.id = h.origin_village_id
     left join persons cp on cp.id = (select c.from_person_id from contacts c
       where c.to_household_id = h.id and c.until_on is null order by c.created_at, c.id limit 1)
     where h.path >= ? and h.path < ? and h.community_id = ?
     order by h.code, h.id limit 21`,
  ),
  insert: db.prepare('insert into bench_baseline_writes (id, body, created_at) values (?, ?, ?)'),
}
// Residents' requests (prepared only when the data set has them).
const hasItems = await db.hasTable('work_items')
const itemQueries = hasItems
  ? {
      // As Tongxin: the page picked from work_items alone, then its rows joined to their names.
      inbox: db.prepare(
        `select w.*, c.name_zh as category_zh, c.name_en as category_en, u.display_name as assignee_name, v.name as village_name
         from (select * from work_items where grid_id = ? and open = 1 order by id desc limit 21) w
         join request_categories c on c.code = w.category_code
         left join users u on u.id = w.assignee_user_id
         left join villages v on v.id = w.village_id
         order by w.id desc`,
      ),
      // The figures computed from the items themselves, with no kept summary: one aggregate per
      // event date (reported, closed, rated) over the community's items of the period.
      reported: db.prepare(
        `select count(*) as collected,
                sum(case when responded_at is not null and responded_at <= respond_due_at then 1 else 0 end) as responded_on_time
         from work_items where community_id = ? and reported_date >= ? and reported_date <= ? and merged_into_id is null`,
      ),
      closed: db.prepare(
        `select count(*) as closed,
                sum(case when outcome = 'solved' then 1 else 0 end) as resolved,
                sum(case when resolved_at <= due_at then 1 else 0 end) as closed_on_time,
                sum(case when settled_level = 'grid' then 1 else 0 end) as settled_grid,
                sum(case when settled_level = 'community' then 1 else 0 end) as settled_community,
                sum(case when settled_level = 'street' then 1 else 0 end) as settled_street
         from work_items where community_id = ? and closed_date >= ? and closed_date <= ?
           and state in ('closed', 'rated') and merged_into_id is null`,
      ),
      rated: db.prepare(
        `select count(*) as rated,
                sum(case when satisfaction = 'satisfied' then 1 else 0 end) as satisfied,
                sum(case when satisfaction = 'basically_satisfied' then 1 else 0 end) as basically_satisfied,
                sum(case when satisfaction = 'dissatisfied' then 1 else 0 end) as dissatisfied
         from work_items where community_id = ? and rated_date >= ? and rated_date <= ? and merged_into_id is null`,
      ),
      overdue: db.prepare(
        `select count(*) as overdue from work_items where community_id = ? and open = 1 and due_at < ?
           and state not in ('parked', 'resolved')`,
      ),
    }
  : undefined
app.get('/prefix/:column', (request) => {
  const { q, path, community } = request.query
  return queries[request.params.column].all(q, `${q}\uffff`, community, ...range(path))
})
app.get('/tail', (request) => {
  const { q, path } = request.query
  return queries.tail.all(q, q, ...range(path))
})
app.get('/households', (request) =>
  queries.households.all(...range(request.query.path), request.query.community),
)
app.get('/inbox', (request) => itemQueries.inbox.all(request.query.grid))
app.get('/figures', async (request) => {
  const { community, from, to } = request.query
  const parts = await Promise.all([
    itemQueries.reported.get(community, from, to),
    itemQueries.closed.get(community, from, to),
    itemQueries.rated.get(community, from, to),
    itemQueries.overdue.get(community, Date.now()),
  ])
  return Object.assign({}, ...parts)
})
app.post('/insert', async (request) => {
  const id = crypto.randomUUID()
  await queries.insert.run(id, JSON.stringify(request.body), Date.now())
  return { id }
})

await app.listen({ host: '127.0.0.1', port: Number(port) })
process.stdout.write('ready\n')
