// The bare baseline: Fastify + better-sqlite3 running the same SQL as Tongxin's endpoint, with no
// sessions, access checks, validation, masking or audit. Tongxin's figures are ratios to this.
// Usage: node bench/baseline.mjs <sqlite file> <port>
import Database from 'better-sqlite3'
import Fastify from 'fastify'

const [file, port] = process.argv.slice(2)
const db = new Database(file, { readonly: false })
db.pragma('journal_mode = WAL')
db.pragma('synchronous = NORMAL')
db.pragma('cache_size = -65536')
db.exec(
  'create table if not exists bench_baseline_writes (id text primary key, body text, created_at integer)',
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
  phone_tail: db.prepare(
    'select * from persons where phone_tail = ? and path >= ? and path < ? order by name_sort, id limit 20',
  ),
  id_tail: db.prepare(
    'select * from persons where id_tail = ? and path >= ? and path < ? order by name_sort, id limit 20',
  ),
  households: db.prepare(
    'select * from households where path >= ? and path < ? order by path, code limit 21',
  ),
  insert: db.prepare('insert into bench_baseline_writes (id, body, created_at) values (?, ?, ?)'),
}
db.exec(
  'create table if not exists bench_baseline_writes (id text primary key, body text, created_at integer)',
)

app.get('/prefix/:column', (request) => {
  const { q, path, community } = request.query
  return queries[request.params.column].all(q, `${q}\uffff`, community, ...range(path))
})
app.get('/tail/:column', (request) => {
  const { q, path } = request.query
  return queries[request.params.column].all(q, ...range(path))
})
app.get('/households', (request) => queries.households.all(...range(request.query.path)))
app.post('/insert', (request) => {
  const id = crypto.randomUUID()
  queries.insert.run(id, JSON.stringify(request.body), Date.now())
  return { id }
})

await app.listen({ host: '127.0.0.1', port: Number(port) })
process.stdout.write('ready\n')
