// Storage faults never cost data. A full database (a size cap, TONGXIN_SQLITE_MAX_MB, standing in for
// a full disk: both end in SQLITE_FULL) refuses further writes with 507 STORAGE_FULL while reads go
// on, keeps every acknowledged write and passes its integrity check; raising the cap is the cure. A
// data directory the server may not write stops the start with one clear line (file modes do not
// bind root, so as root the server runs as the unprivileged user 65534). A backup taken with
// `tongxin backup` while writers run restores to a consistent database holding every write
// acknowledged before the backup began.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  chmodSync,
  cpSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freePort } from '../e2e/harness.js'

const repoRoot = resolve(import.meta.dirname, '..', '..')
const DB = 'tongxin.sqlite'
const MiB = 1024 * 1024
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const isRoot = process.getuid?.() === 0
/** Debian's `nobody`; `setpriv` (util-linux, always installed) execs the server as it. */
const NOBODY = 65534

interface Running {
  child: ChildProcess
  url: string
  output: () => string
}

interface Launch {
  /** Run as the unprivileged user (when root), from a copy of the app it can read. */
  unprivileged?: boolean
  env?: Record<string, string>
}

/** Every process this file started, so that a failing test leaves none running. */
const children = new Set<ChildProcess>()

/** Where the unprivileged user can read the built server: the checkout, or a copy beside the data. */
let unprivilegedRoot = repoRoot

function command(
  args: string[],
  launch: Launch,
  dataDir: string,
): { file: string; args: string[]; cwd: string; env: NodeJS.ProcessEnv } {
  const root = launch.unprivileged ? unprivilegedRoot : repoRoot
  const env = {
    PATH: process.env.PATH,
    HOME: dataDir,
    NODE_ENV: 'development',
    HOST: '127.0.0.1',
    TONGXIN_DATA_DIR: dataDir,
    TONGXIN_SQLITE_SYNCHRONOUS: 'NORMAL',
    TONGXIN_JOB_POLL_MS: '200',
    LOG_LEVEL: 'warn',
    ...launch.env,
  }
  const node = [join(root, 'dist', 'server', 'cli.js'), ...args]
  if (launch.unprivileged && isRoot) {
    const drop = [`--reuid=${String(NOBODY)}`, `--regid=${String(NOBODY)}`, '--clear-groups', '--']
    return { file: 'setpriv', args: [...drop, process.execPath, ...node], cwd: root, env }
  }
  return { file: process.execPath, args: node, cwd: root, env }
}

async function start(dataDir: string, launch: Launch = {}): Promise<Running> {
  const port = await freePort()
  const c = command(['serve'], { ...launch, env: { PORT: String(port), ...launch.env } }, dataDir)
  const child = spawn(c.file, c.args, { cwd: c.cwd, env: c.env, stdio: ['ignore', 'pipe', 'pipe'] })
  children.add(child)
  let log = ''
  child.stdout.on('data', (d: Buffer) => (log = (log + d.toString()).slice(-20_000)))
  child.stderr.on('data', (d: Buffer) => (log = (log + d.toString()).slice(-20_000)))
  const url = `http://127.0.0.1:${String(port)}`
  const deadline = Date.now() + 90_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited:\n${log}`)
    try {
      if ((await fetch(`${url}/api/v1/health`)).status === 200) return { child, url, output: () => log }
    } catch {
      // not yet listening
    }
    await sleep(100)
  }
  child.kill('SIGKILL')
  throw new Error(`server did not start:\n${log}`)
}

/** SIGTERM and wait: the server closes its database (checkpointing the WAL) and exits 0. */
async function stop(server: Running): Promise<number | null> {
  if (server.child.exitCode === null) {
    const exited = new Promise((r) => server.child.once('exit', r))
    server.child.kill('SIGTERM')
    await exited
  }
  return server.child.exitCode
}

/** A CLI command to its end (asynchronously: the writers of this process keep running meanwhile). */
async function cli(
  args: string[],
  dataDir: string,
  launch: Launch = {},
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const c = command(args, launch, dataDir)
  const child = spawn(c.file, c.args, { cwd: c.cwd, env: c.env, stdio: ['ignore', 'pipe', 'pipe'] })
  children.add(child)
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000)
  const status = await new Promise<number | null>((r) => child.once('exit', (code) => r(code)))
  clearTimeout(timer)
  return { status, stdout, stderr }
}

interface Session {
  url: string
  cookie: string
  csrf: string
  gridId: string
}

async function signIn(url: string): Promise<Session> {
  const res = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'shuji', password: 'tongxin@2026' }),
  })
  expect(res.status).toBe(200)
  const body = (await res.json()) as { csrfToken: string }
  const cookie =
    res.headers
      .getSetCookie()
      .find((c) => c.startsWith('tx_session='))
      ?.split(';')[0] ?? ''
  const tree = (await (await fetch(`${url}/api/v1/org/tree`, { headers: { cookie } })).json()) as {
    nodes: { id: string; kind: string; inScope: boolean }[]
  }
  const grid = tree.nodes.find((n) => n.kind === 'grid' && n.inScope)
  if (!grid) throw new Error('no grid in scope of shuji')
  return { url, cookie, csrf: body.csrfToken, gridId: grid.id }
}

/** Writes as a user would: registering a person (201) or filing a resident's request (200). */
function writeOnce(
  s: Session,
  kind: 'person' | 'request',
  name: string,
  locale = 'zh-CN',
): Promise<Response> {
  const headers = {
    'content-type': 'application/json',
    'accept-language': locale,
    cookie: s.cookie,
    'x-csrf-token': s.csrf,
  }
  if (kind === 'person') {
    return fetch(`${s.url}/api/v1/persons`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ name, sex: 'female', idType: 'none', hukou: 'registered', placeId: s.gridId }),
    })
  }
  return fetch(`${s.url}/api/v1/requests`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      requestType: 'repair',
      categoryCode: 'facilities.water',
      channel: 'phone',
      description: name,
      nodeId: s.gridId,
      confirmNotDuplicate: true,
    }),
  })
}

/** Acknowledged writes: name → id, persons and requests apart. */
interface Acked {
  persons: Map<string, string>
  requests: Map<string, string>
}

/** The id of an acknowledged write, or undefined when it was refused (the response is returned). */
async function acknowledged(res: Response, kind: 'person' | 'request'): Promise<string | undefined> {
  if (kind === 'person' && res.status === 201) return ((await res.json()) as { id: string }).id
  if (kind === 'request' && res.status === 200)
    return ((await res.json()) as { item: { id: string } }).item.id
  return undefined
}

/** The file passes its integrity check and holds every acknowledged write exactly once. */
function checkFile(file: string, acked: Acked, prefix: string): { persons: number; requests: number } {
  const db = new Database(file, { readonly: true })
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(db.pragma('foreign_key_check')).toEqual([])
    const persons = db.prepare('select id, name from persons where name like ?').all(`${prefix}%`) as {
      id: string
      name: string
    }[]
    const items = db
      .prepare('select id, description as name from work_items where description like ?')
      .all(`${prefix}%`) as { id: string; name: string }[]
    for (const [rows, expected, what] of [
      [persons, acked.persons, 'person'],
      [items, acked.requests, 'request'],
    ] as const) {
      const byName = new Map<string, string[]>()
      for (const r of rows) byName.set(r.name, [...(byName.get(r.name) ?? []), r.id])
      for (const [name, id] of expected) expect(byName.get(name), `${what} ${name}`).toEqual([id])
      for (const [name, ids] of byName) expect(ids, `${what} ${name} stored once`).toHaveLength(1)
    }
    return { persons: persons.length, requests: items.length }
  } finally {
    db.close()
  }
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')

/** Modes on a tree: 'locked' readable by all but writable by none; 'open' read-write for all. */
function setModes(path: string, how: 'locked' | 'open'): void {
  const stat = lstatSync(path)
  if (stat.isSymbolicLink()) return
  const dir = stat.isDirectory()
  if (dir) for (const entry of readdirSync(path)) setModes(join(path, entry), how)
  chmodSync(path, dir ? (how === 'locked' ? 0o555 : 0o777) : how === 'locked' ? 0o444 : 0o666)
}

/** Can the unprivileged user read the built server and its packages where they are? */
function readableByNobody(root: string): boolean {
  if (!isRoot) return true
  const probe = spawnSync(
    'setpriv',
    [
      `--reuid=${String(NOBODY)}`,
      `--regid=${String(NOBODY)}`,
      '--clear-groups',
      '--',
      process.execPath,
      '-e',
      `const fs = require('node:fs'); for (const f of process.argv.slice(1)) fs.accessSync(f, fs.constants.R_OK)`,
      join(root, 'dist', 'server', 'cli.js'),
      join(root, 'node_modules', 'better-sqlite3', 'package.json'),
      join(root, 'package.json'),
    ],
    { cwd: '/', stdio: 'ignore' },
  )
  if (probe.error) throw new Error(`cannot drop privileges with setpriv: ${probe.error.message}`)
  return probe.status === 0
}

describe('storage faults (SQLite)', () => {
  const root = mkdtempSync(join(tmpdir(), 'tongxin-storage-'))
  // The unprivileged server must reach its data directories below this one.
  chmodSync(root, 0o755)
  const template = join(root, 'template')
  let seededBytes = 0

  beforeAll(async () => {
    if (!readableByNobody(repoRoot)) {
      // The checkout lies where the unprivileged user cannot look: give it a readable copy.
      unprivilegedRoot = join(root, 'app')
      mkdirSync(unprivilegedRoot)
      cpSync(join(repoRoot, 'package.json'), join(unprivilegedRoot, 'package.json'))
      cpSync(join(repoRoot, 'dist'), join(unprivilegedRoot, 'dist'), { recursive: true })
      const linked = spawnSync('cp', ['-al', join(repoRoot, 'node_modules'), unprivilegedRoot])
      if (linked.status !== 0)
        cpSync(join(repoRoot, 'node_modules'), join(unprivilegedRoot, 'node_modules'), { recursive: true })
      if (!readableByNobody(unprivilegedRoot))
        throw new Error('the copy of the app is not readable by uid 65534')
    }
    // One seeded database (the demo community) for every test, made by a first start.
    const first = await start(template)
    expect(await stop(first)).toBe(0)
    seededBytes = statSync(join(template, DB)).size
  }, 120_000)

  afterAll(async () => {
    for (const child of children) {
      if (child.exitCode !== null || child.signalCode !== null) continue
      const exited = new Promise((r) => child.once('exit', r))
      child.kill('SIGKILL')
      await exited
    }
    // Not the copy of the app: its packages may be hard links to the checkout's.
    for (const entry of readdirSync(root)) if (entry !== 'app') setModes(join(root, entry), 'open')
    rmSync(root, { recursive: true, force: true })
  })

  function copyOfTemplate(name: string): string {
    const dir = join(root, name)
    cpSync(template, dir, { recursive: true })
    return dir
  }

  it('refuses writes with 507 when the database is full, keeps every acknowledged write, and recovers when the cap is raised', async () => {
    const dir = copyOfTemplate('full')
    const file = join(dir, DB)
    // A cap about a mebibyte above the seeded size: room for a few hundred writes, then full.
    const capMb = Math.ceil(seededBytes / MiB) + 1
    const capped = await start(dir, { env: { TONGXIN_SQLITE_MAX_MB: String(capMb) } })
    const s = await signIn(capped.url)

    const acked: Acked = { persons: new Map(), requests: new Map() }
    const refusals: unknown[] = []
    let n = 0
    const deadline = Date.now() + 40_000
    /** One write; true when refused as full. Anything but an acknowledgement or a 507 fails the test. */
    const tryWrite = async (kind: 'person' | 'request'): Promise<boolean> => {
      const name = `满盘${String(n++)}`
      const res = await writeOnce(s, kind, name)
      const id = await acknowledged(res, kind)
      if (id !== undefined) {
        ;(kind === 'person' ? acked.persons : acked.requests).set(name, id)
        return false
      }
      if (res.status === 507) {
        refusals.push(await res.json())
        return true
      }
      throw new Error(`unexpected answer ${String(res.status)}: ${await res.text()}\n${capped.output()}`)
    }
    // Four writers until the first refusal …
    const writer = async (w: number) => {
      while (refusals.length === 0 && Date.now() < deadline)
        await tryWrite(w % 2 === 0 ? 'person' : 'request')
    }
    await Promise.all(Array.from({ length: 4 }, (_, w) => writer(w)))
    // … then on, one at a time, until there is room for neither kind: near the cap a small write may
    // still fit where a larger one did not.
    let refusedInARow = 0
    while (refusedInARow < 12 && Date.now() < deadline)
      refusedInARow = (await tryWrite(refusedInARow % 2 === 0 ? 'person' : 'request')) ? refusedInARow + 1 : 0
    expect(refusedInARow, 'the database filled up within the time').toBe(12)
    expect(refusals[0]).toMatchObject({ error: { code: 'STORAGE_FULL' } })
    expect(acked.persons.size + acked.requests.size).toBeGreaterThan(50)

    // Once full, writes are refused the same way: the one error shape, in the caller's language.
    // (The server's own jobs may free a page meanwhile, so a write can still fit now and then: it is
    // acknowledged, kept and checked below like every other.)
    for (const kind of ['person', 'request'] as const) {
      let name = `满盘之后-${kind}`
      let res = await writeOnce(s, kind, name)
      for (let attempt = 1; attempt < 10; attempt++) {
        const id = await acknowledged(res, kind)
        if (id === undefined) break
        ;(kind === 'person' ? acked.persons : acked.requests).set(name, id)
        name = `满盘之后-${kind}-${String(attempt)}`
        res = await writeOnce(s, kind, name)
      }
      expect(res.status).toBe(507)
      const body = (await res.json()) as { error: { code: string; message: string; details: object } }
      expect(Object.keys(body)).toEqual(['error'])
      expect(body.error.code).toBe('STORAGE_FULL')
      expect(body.error.message).toMatch(/存储空间已满/)
      expect(Object.keys(body.error.details)).toEqual(['requestId'])
    }
    const english = (await (await writeOnce(s, 'person', '满盘之后-en', 'en')).json()) as {
      error: { code: string; message: string }
    }
    expect(english.error.code).toBe('STORAGE_FULL')
    expect(english.error.message).toMatch(/storage is full/)

    // Reads go on.
    expect((await fetch(`${s.url}/api/v1/health`)).status).toBe(200)
    const [someName, someId] = [...acked.persons][0] ?? []
    const person = await fetch(`${s.url}/api/v1/persons/${someId ?? ''}`, { headers: { cookie: s.cookie } })
    expect(person.status).toBe(200)
    expect(((await person.json()) as { name: string }).name).toBe(someName)
    const [, itemId] = [...acked.requests][0] ?? []
    expect(
      (await fetch(`${s.url}/api/v1/requests/${itemId ?? ''}`, { headers: { cookie: s.cookie } })).status,
    ).toBe(200)

    expect(await stop(capped)).toBe(0)
    checkFile(file, acked, '满盘')

    // Started again on the full database: it starts, says so and how to fix it, and still refuses writes.
    const again = await start(dir, { env: { TONGXIN_SQLITE_MAX_MB: String(capMb) } })
    expect(again.output()).toMatch(/注意：数据库已用 [\d.]+ MB，上限 \d+ MB（TONGXIN_SQLITE_MAX_MB）/)
    const stillFull = await writeOnce({ ...s, url: again.url }, 'person', '满盘之后-重启')
    expect(stillFull.status).toBe(507)
    expect(await stop(again)).toBe(0)

    // The operator raises the cap (here: removes it): writes are accepted again.
    const freed = await start(dir)
    const t = { ...s, url: freed.url }
    const person2 = await acknowledged(await writeOnce(t, 'person', '满盘解除-人'), 'person')
    const item2 = await acknowledged(await writeOnce(t, 'request', '满盘解除-诉求'), 'request')
    expect(person2).toBeDefined()
    expect(item2).toBeDefined()
    expect(await stop(freed)).toBe(0)
    acked.persons.set('满盘解除-人', person2 ?? '')
    acked.requests.set('满盘解除-诉求', item2 ?? '')
    checkFile(file, acked, '满盘')

    // A first start that cannot fit the demo under its cap stops with one line naming the cap, and
    // leaves a sound file without half a demo (the next start, with room, seeds it whole).
    const tight = join(root, 'tight')
    const first = await cli(['serve'], tight, { env: { TONGXIN_SQLITE_MAX_MB: '1' } })
    expect(first.status).toBe(1)
    expect(first.stderr.trim().split('\n')).toHaveLength(1)
    expect(first.stderr).toMatch(/存储空间已满，无法启动.*TONGXIN_SQLITE_MAX_MB=1.*raise the cap/)
    const db = new Database(join(tight, DB), { readonly: true })
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(db.prepare('select count(*) as n from users').get()).toEqual({ n: 0 })
    db.close()

    // A bad cap stops the start with a message naming the variable.
    const bad = await cli(['serve'], dir, { env: { TONGXIN_SQLITE_MAX_MB: 'lots' } })
    expect(bad.status).not.toBe(0)
    expect(bad.stderr).toMatch(/TONGXIN_SQLITE_MAX_MB must be a whole number/)
  }, 120_000)

  it('stops the start with one clear line when the data directory may not be written, and creates nothing', async () => {
    const user = { unprivileged: true }
    const expectClearRefusal = (
      r: { status: number | null; stdout: string; stderr: string },
      dir: string,
    ) => {
      expect(r.status, r.stderr).not.toBe(0)
      expect(r.status).not.toBeNull()
      const lines = r.stderr.trim().split('\n')
      expect(lines, r.stderr).toHaveLength(1)
      expect(lines[0]).toContain(dir)
      expect(lines[0]).toMatch(/不可写|无法创建数据目录/)
      expect(lines[0]).toMatch(/TONGXIN_DATA_DIR/)
      expect(r.stderr).not.toMatch(/\n\s+at /)
      expect(r.stdout).not.toMatch(/is running/)
    }

    // (a) No database yet, in a directory the server may not write.
    const empty = join(root, 'empty')
    mkdirSync(empty)
    setModes(empty, 'locked')
    expectClearRefusal(await cli(['serve'], empty, user), empty)
    expect(readdirSync(empty)).toEqual([])
    // … or that it may not create.
    const missing = join(empty, 'data')
    expectClearRefusal(await cli(['serve'], missing, user), missing)
    expect(readdirSync(empty)).toEqual([])

    // (b) An existing database the server may read but not write: the start is refused (a server
    // that cannot write cannot even sign anyone in), and the file is left exactly as it was.
    const locked = copyOfTemplate('locked')
    const file = join(locked, DB)
    const before = sha256(file)
    const listing = readdirSync(locked).sort()
    setModes(locked, 'locked')
    expectClearRefusal(await cli(['serve'], locked, user), locked)
    // The directory writable but the database file not: named in the line.
    chmodSync(locked, 0o777)
    const fileOnly = await cli(['serve'], locked, user)
    expectClearRefusal(fileOnly, locked)
    expect(fileOnly.stderr).toContain(file)
    expect(readdirSync(locked).sort()).toEqual(listing)
    expect(sha256(file)).toBe(before)

    // The same user, the same files, once they may be written: it starts and accepts writes. So
    // the refusals above came from the modes and nothing else.
    setModes(locked, 'open')
    const server = await start(locked, user)
    const s = await signIn(server.url)
    const personId = await acknowledged(await writeOnce(s, 'person', '只读之后'), 'person')
    expect(personId).toBeDefined()

    // Storage that turns read-only while the server runs (here its file store): the write answers
    // 503 STORAGE_READ_ONLY in the one error shape, and reads go on.
    const store = join(locked, 'files')
    mkdirSync(store, { recursive: true })
    chmodSync(store, 0o555)
    const form = new FormData()
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...Buffer.from('只读')])
    form.append('file', new Blob([png], { type: 'image/png' }), 'photo.png')
    const upload = await fetch(`${s.url}/api/v1/files`, {
      method: 'POST',
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrf },
      body: form,
    })
    expect(upload.status).toBe(503)
    const refused = (await upload.json()) as { error: { code: string; message: string } }
    expect(Object.keys(refused)).toEqual(['error'])
    expect(refused.error.code).toBe('STORAGE_READ_ONLY')
    expect(refused.error.message).toMatch(/不可写入/)
    const read = await fetch(`${s.url}/api/v1/persons/${personId ?? ''}`, { headers: { cookie: s.cookie } })
    expect(read.status).toBe(200)
    expect(await stop(server)).toBe(0)
    expect(readdirSync(store)).toEqual([])
    checkFile(file, { persons: new Map([['只读之后', personId ?? '']]), requests: new Map() }, '只读之后')
  }, 60_000)

  it('restores a backup taken under write load to a consistent database holding every earlier write', async () => {
    const dir = copyOfTemplate('live')
    const server = await start(dir)
    const s = await signIn(server.url)
    const acked: Acked = { persons: new Map(), requests: new Map() }
    const attempted = new Set<string>()
    const state = { stop: false }
    let n = 0
    const writer = async (w: number) => {
      const kind = w % 2 === 0 ? 'person' : 'request'
      while (!state.stop) {
        const name = `备份${String(n++)}`
        attempted.add(name)
        const res = await writeOnce(s, kind, name)
        const id = await acknowledged(res, kind)
        if (id === undefined) throw new Error(`write refused: ${String(res.status)} ${await res.text()}`)
        ;(kind === 'person' ? acked.persons : acked.requests).set(name, id)
      }
    }
    const writers = Array.from({ length: 4 }, (_, w) => writer(w))
    try {
      await sleep(1500)
      // What was acknowledged before the backup began must be in it.
      const before: Acked = { persons: new Map(acked.persons), requests: new Map(acked.requests) }
      const countBefore = before.persons.size + before.requests.size
      const backupFile = join(root, 'backup.sqlite')
      const backup = await cli(['backup', backupFile], dir)
      expect(backup.status, backup.stderr).toBe(0)
      const during = acked.persons.size + acked.requests.size - countBefore
      // The load went on while the backup ran, and a while after it.
      await sleep(300)
      state.stop = true
      await Promise.all(writers)
      expect(countBefore).toBeGreaterThan(30)
      expect(acked.persons.size + acked.requests.size).toBeGreaterThan(countBefore + during)

      // Restored into a new data directory (with the installation key, kept apart from backups).
      const restored = join(root, 'restored')
      mkdirSync(restored)
      cpSync(join(dir, 'secret.key'), join(restored, 'secret.key'))
      const restore = await cli(['restore', backupFile], restored)
      expect(restore.status, restore.stderr).toBe(0)
      const counts = checkFile(join(restored, DB), before, '备份')
      // Nothing invented: every row there was a write someone attempted.
      const db = new Database(join(restored, DB), { readonly: true })
      const names = db.prepare("select name from persons where name like '备份%'").pluck().all() as string[]
      db.close()
      for (const name of names) expect(attempted.has(name), name).toBe(true)
      expect(counts.persons + counts.requests).toBeGreaterThanOrEqual(countBefore)

      // And it serves: the restored server shows a person written before the backup.
      const again = await start(restored)
      const t = await signIn(again.url)
      const [name, id] = [...before.persons][0] ?? []
      const res = await fetch(`${t.url}/api/v1/persons/${id ?? ''}`, { headers: { cookie: t.cookie } })
      expect(res.status).toBe(200)
      expect(((await res.json()) as { name: string }).name).toBe(name)
      expect(await stop(again)).toBe(0)
    } finally {
      state.stop = true
      await Promise.allSettled(writers)
      await stop(server)
    }
    // The live database too: every acknowledged write, once.
    checkFile(join(dir, DB), acked, '备份')
  }, 60_000)
})
