// Importing a community's registry from Excel: the upload is stored and queued; a job reads the
// workbook, checks every row (types, allowed values, check digits, references, households' heads),
// and then — all or nothing, or the good rows only — writes in short batches with progress.
import { XLSX_MIME } from '../../platform/http/replies.js'
import type { Readable } from 'node:stream'
import type { Db, ImportTable, OrgNodeTable } from '../../db/index.js'
import { readJson, writeJson } from '../../db/index.js'
import { can, requireAccess, systemActor, type Actor } from '../../platform/access.js'
import { recordAudit } from '../../platform/audit.js'
import type { AppContext } from '../../platform/context.js'
import { AppError, notFoundOrNoAccess } from '../../platform/errors.js'
import type { FileStore } from '../../platform/files.js'
import { newId } from '../../platform/ids.js'
import { enqueueJob } from '../../platform/jobs.js'
import { decodeCursor, encodeCursor, toPage, type Page } from '../../platform/pagination.js'
import { identifierHash, type PiiKeys } from '../../platform/pii.js'
import { loadGrants } from '../../platform/sessions.js'
import { localDate } from '../../platform/time.js'
import type { ImportError, SheetKey } from './import.domain.js'
import { planImport, PlaceIndex, type KnownHousehold, type KnownPerson, type World } from './plan.domain.js'
import * as repo from './import.repository.js'
import type { ImportListItem, ImportView } from './import.schemas.js'
import {
  emptyStats,
  toPlace,
  writeContacts,
  writePersons,
  writePosts,
  writeRooms,
  type ImportStats,
} from './import.writer.js'
import { readWorkbook, looksLikeXlsx } from './xlsx.js'

export const IMPORT_JOB = 'registry.import'
export type ImportMode = ImportTable['mode']

/** At most this many problems are kept with an import (the count is always exact). */
export const MAX_STORED_ERRORS = 20_000

export interface ImportReport {
  errors: ImportError[]
  errorCount: number
  sheets: Partial<Record<SheetKey, { total: number; bad: number }>>
  stats: ImportStats | null
  timings: { parseMs: number; checkMs: number; writeMs: number } | null
  failure: string | null
}

const emptyReport = (): ImportReport => ({
  errors: [],
  errorCount: 0,
  sheets: {},
  stats: null,
  timings: null,
  failure: null,
})

function reportOf(row: ImportTable): ImportReport {
  const stored = readJson<ImportReport | ImportError[] | null>(row.errors)
  if (!stored) return emptyReport()
  if (Array.isArray(stored)) return { ...emptyReport(), errors: stored, errorCount: stored.length }
  return stored
}

async function requireCommunity(db: Db, actor: Actor, communityId: string): Promise<OrgNodeTable> {
  const node = await repo.findNode(db, communityId)
  if (!node) throw notFoundOrNoAccess('org_node')
  requireAccess(actor, 'person.update', { kind: 'org', path: node.path }, 'org_node')
  if (node.kind !== 'community')
    throw new AppError('UNPROCESSABLE', {
      reason: 'a registry is imported into a community',
      reasonZh: '请选择社区导入（导入以社区为单位）',
    })
  return node
}

/** The uploader's grants as they are now: an import never runs with more than its user may do. */
export async function actorForUser(db: Db, userId: string): Promise<Actor> {
  const user = await repo.findUser(db, userId)
  if (!user || user.disabled === 1) throw notFoundOrNoAccess('user')
  return {
    kind: 'user',
    userId: user.id,
    label: `${user.display_name} (${user.username})`,
    grants: await loadGrants(db, user.id),
    ip: null,
    requestId: null,
  }
}

const SYSTEM_CREATOR = 'system'

export async function startImport({
  db,
  files,
  actor,
  communityId,
  mode,
  fileName,
  content,
  now,
  enqueue = true,
}: {
  db: Db
  files: FileStore
  actor: Actor
  communityId: string
  mode: ImportMode
  fileName: string
  content: Buffer
  now: number
  /** The CLI runs the import itself and queues nothing. */
  enqueue?: boolean
}): Promise<ImportView> {
  const community = await requireCommunity(db, actor, communityId)
  if (!looksLikeXlsx(content))
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', {
      allowed: [XLSX_MIME],
      reasonZh: '请上传 .xlsx 格式的 Excel 文件',
    })
  // The bytes reach disk before the row that names them commits.
  const stored = await files.put(content)
  const id = newId()
  const row: ImportTable = {
    id,
    kind: 'registry',
    mode,
    status: 'queued',
    file_id: stored.id,
    file_name: fileName.slice(0, 200),
    community_id: community.id,
    path: community.path,
    total_rows: 0,
    processed_rows: 0,
    good_rows: 0,
    bad_rows: 0,
    errors: writeJson(emptyReport()),
    created_by: actor.userId ?? SYSTEM_CREATOR,
    created_at: now,
    updated_at: now,
    finished_at: null,
  }
  await db.transaction().execute(async (trx) => {
    await repo.insertFileRow(trx, {
      id: stored.id,
      size: stored.size,
      mime: XLSX_MIME,
      created_at: now,
      created_by: actor.userId,
    })
    await repo.insertImport(trx, row)
    if (enqueue)
      await enqueueJob(trx, {
        kind: IMPORT_JOB,
        payload: { importId: id },
        idempotencyKey: `import:${id}`,
        maxAttempts: 3,
      })
    await recordAudit(trx, {
      actor,
      action: 'import.create',
      targetType: 'import',
      targetId: id,
      scopePath: community.path,
      summary: { fileName: row.file_name, size: stored.size, mode },
      at: now,
    })
  })
  return toImportView(row, { limit: 0, cursor: undefined })
}

// ——— running ———

export interface RunDeps {
  db: Db
  files: FileStore
  pii: PiiKeys
  clock: () => number
}

export interface Progress {
  phase: 'parsed' | 'checked' | 'writing' | 'finished'
  processed: number
  total: number
}

async function loadWorld(
  db: Db,
  actor: Actor,
  community: OrgNodeTable,
  idNumbers: readonly string[],
  hashOf: (n: string) => string,
): Promise<World> {
  const nodes = await repo.listPlacesUnder(db, community.path)
  const households = await repo.householdsOfCommunity(db, community.id)
  const residences = new Map(
    (await repo.openResidencesOfCommunity(db, community.id)).map((r) => [r.household_id, r]),
  )
  const noId = new Map<string, Map<string, string>>()
  for (const m of await repo.membersWithoutIdOfCommunity(db, community.id)) {
    const names = noId.get(m.householdId) ?? new Map<string, string>()
    names.set(m.name, m.personId)
    noId.set(m.householdId, names)
  }
  const known = new Map<string, KnownHousehold>()
  for (const h of households) {
    const open = residences.get(h.id)
    known.set(h.code, {
      id: h.id,
      code: h.code,
      headPersonId: h.head_person_id,
      openRoomId: open?.room_id ?? null,
      openSince: open?.moved_in_on ?? null,
      membersWithoutId: noId.get(h.id) ?? new Map(),
    })
  }
  const numberByHash = new Map(idNumbers.map((n) => [hashOf(n), n]))
  const rows = await repo.personsByIdHash(db, [...numberByHash.keys()])
  const memberships = new Map(
    (
      await repo.openMembershipsOf(
        db,
        rows.map((r) => r.id),
      )
    ).map((m) => [m.person_id, m.household_id]),
  )
  const persons = new Map<string, KnownPerson>()
  for (const r of rows) {
    const n = r.id_hash ? numberByHash.get(r.id_hash) : undefined
    if (!n) continue
    persons.set(n, {
      id: r.id,
      name: r.name,
      communityId: r.community_id,
      path: r.path,
      partyMember: r.party_member === 1,
      householdId: memberships.get(r.id) ?? null,
    })
  }
  const leaders = await repo.holdersOfOpenPost(
    db,
    'building_leader',
    rows.map((r) => r.id),
  )
  return {
    community: toPlace(community),
    canCreatePlaces: can(actor, 'org.update', { kind: 'org', path: community.path }),
    nodes: nodes.map(toPlace),
    villages: await repo.hostedVillages(db, community.id),
    households: known,
    persons,
    buildingLeaders: new Set(leaders),
  }
}

/** The whole import: read, check, then write (or refuse). Safe to run again after a crash. */
export async function runImport(
  deps: RunDeps,
  importId: string,
  options: { actor?: Actor; onProgress?: (p: Progress) => void } = {},
): Promise<ImportTable> {
  const { db } = deps
  const row = await repo.findImport(db, importId)
  if (!row) throw notFoundOrNoAccess('import')
  if (row.status === 'done' || row.status === 'rejected' || row.status === 'failed') return row
  const actor =
    options.actor ??
    (row.created_by === SYSTEM_CREATOR ? systemActor('import') : await actorForUser(db, row.created_by))
  const community = await requireCommunity(db, actor, row.community_id)
  const started = deps.clock()
  await repo.updateImport(db, importId, { status: 'running', processed_rows: 0, updated_at: started })

  const t0 = performance.now()
  const workbook = await readWorkbook(deps.files.open(row.file_id))
  const parseMs = Math.round(performance.now() - t0)
  const total = Object.values(workbook.sheets).reduce((n, rows) => n + rows.length, 0)
  options.onProgress?.({ phase: 'parsed', processed: 0, total })

  const t1 = performance.now()
  const today = localDate(deps.clock())
  const hashes = new Map<string, string>()
  const hashOf = (n: string) => {
    let h = hashes.get(n)
    if (h === undefined) {
      h = identifierHash(deps.pii, n)
      hashes.set(n, h)
    }
    return h
  }
  const idNumbers = new Set<string>()
  for (const key of ['persons', 'posts', 'contacts'] as const)
    for (const r of workbook.sheets[key])
      for (const col of ['idNumber', 'leaderIdNumber', 'memberIdNumber']) {
        const v = r.cells[col]
        if (typeof v === 'string' && v.trim() !== '') idNumbers.add(v.replace(/\s/g, '').toUpperCase())
      }
  const world = await loadWorld(db, actor, community, [...idNumbers], hashOf)
  const plan = planImport(workbook.sheets, world, today)
  const errors = [...workbook.errors, ...plan.errors]
  const bad = Object.values(plan.rowCounts).reduce((n, c) => n + c.bad, 0)
  const checkMs = Math.round(performance.now() - t1)
  options.onProgress?.({ phase: 'checked', processed: 0, total })

  const report: ImportReport = {
    errors: errors.slice(0, MAX_STORED_ERRORS),
    errorCount: errors.length,
    sheets: plan.rowCounts,
    stats: null,
    timings: { parseMs, checkMs, writeMs: 0 },
    failure: null,
  }
  const reject = workbook.errors.length > 0 || (row.mode === 'all_or_nothing' && errors.length > 0)
  if (reject) return finish(deps, actor, community, row, 'rejected', { total, good: 0, bad, report })

  await repo.updateImport(db, importId, {
    total_rows: total,
    bad_rows: bad,
    processed_rows: bad,
    updated_at: deps.clock(),
  })
  let processed = bad
  const t2 = performance.now()
  const stats = emptyStats()
  const ctx = {
    db,
    pii: deps.pii,
    actor,
    community,
    importId,
    clock: deps.clock,
    today,
    places: new PlaceIndex(toPlace(community), world.nodes),
    hashOf,
    personIdByNumber: new Map([...world.persons].map(([n, p]) => [n, p.id] as const)),
    householdIdByCode: new Map([...world.households.values()].map((h) => [h.code, h.id] as const)),
    stats,
    onProgress: (rows: number) => {
      processed += rows
      options.onProgress?.({ phase: 'writing', processed, total })
    },
  }
  await writeRooms(ctx, plan.rooms)
  await writePersons(ctx, plan)
  await writePosts(ctx, plan)
  await writeContacts(ctx, plan)
  report.stats = stats
  report.timings = { parseMs, checkMs, writeMs: Math.round(performance.now() - t2) }
  return finish(deps, actor, community, row, 'done', { total, good: total - bad, bad, report })
}

async function finish(
  deps: RunDeps,
  actor: Actor,
  community: OrgNodeTable,
  row: ImportTable,
  status: 'done' | 'rejected',
  r: { total: number; good: number; bad: number; report: ImportReport },
): Promise<ImportTable> {
  const now = deps.clock()
  await deps.db.transaction().execute(async (trx) => {
    await repo.updateImport(trx, row.id, {
      status,
      total_rows: r.total,
      processed_rows: r.total,
      good_rows: r.good,
      bad_rows: r.bad,
      errors: writeJson(r.report),
      updated_at: now,
      finished_at: now,
    })
    await recordAudit(trx, {
      actor,
      action: status === 'done' ? 'import.finish' : 'import.reject',
      targetType: 'import',
      targetId: row.id,
      scopePath: community.path,
      summary: {
        fileName: row.file_name,
        mode: row.mode,
        rows: r.total,
        goodRows: r.good,
        badRows: r.bad,
        counts: r.report.stats,
        timings: r.report.timings,
      },
      at: now,
    })
  })
  const after = await repo.findImport(deps.db, row.id)
  if (!after) throw new AppError('INTERNAL')
  return after
}

/** Marks an import failed (the job gave up): what went wrong is kept, without internals. */
export async function failImport(deps: RunDeps, importId: string, message: string): Promise<void> {
  const row = await repo.findImport(deps.db, importId)
  if (!row || row.status === 'done' || row.status === 'rejected') return
  const report = { ...reportOf(row), failure: message.slice(0, 500) }
  await repo.updateImport(deps.db, importId, {
    status: 'failed',
    errors: writeJson(report),
    updated_at: deps.clock(),
    finished_at: deps.clock(),
  })
}

const MAX_ATTEMPTS = 3

/** The job that runs imports; registered by the runtime next to the platform's own jobs. */
export function registerImportJobs(ctx: AppContext): void {
  const deps: RunDeps = { db: ctx.db, files: ctx.files, pii: ctx.pii, clock: ctx.clock }
  ctx.jobs.register<{ importId: string }>(
    IMPORT_JOB,
    async ({ payload, attempt }) => {
      try {
        await runImport(deps, payload.importId)
      } catch (error) {
        const message =
          error instanceof AppError ? error.code : error instanceof Error ? error.message : String(error)
        if (attempt >= MAX_ATTEMPTS) await failImport(deps, payload.importId, message)
        else await repo.updateImport(ctx.db, payload.importId, { status: 'queued', updated_at: ctx.clock() })
        throw error
      }
    },
    // Batches commit on their own: the handler is not one transaction.
    { transactional: false, maxAttempts: MAX_ATTEMPTS },
  )
}

// ——— reading ———

async function requireReadableImport(db: Db, actor: Actor, id: string): Promise<ImportTable> {
  const row = await repo.findImport(db, id)
  if (!row) throw notFoundOrNoAccess('import')
  requireAccess(actor, 'person.read', { kind: 'org', path: row.path }, 'import')
  return row
}

function progressOf(row: ImportTable): number {
  if (row.status === 'done' || row.status === 'rejected') return 100
  if (row.total_rows === 0) return 0
  return Math.min(100, Math.floor((row.processed_rows * 100) / row.total_rows))
}

export function toImportListItem(row: ImportTable): ImportListItem {
  const report = reportOf(row)
  return {
    id: row.id,
    kind: row.kind,
    mode: row.mode,
    status: row.status,
    fileName: row.file_name,
    communityId: row.community_id,
    createdBy: row.created_by,
    createdAt: row.created_at,
    finishedAt: row.finished_at,
    totalRows: row.total_rows,
    processedRows: row.processed_rows,
    goodRows: row.good_rows,
    badRows: row.bad_rows,
    progress: progressOf(row),
    errorCount: report.errorCount,
  }
}

export function toImportView(
  row: ImportTable,
  page: { limit: number; cursor: string | undefined },
): ImportView {
  const report = reportOf(row)
  const start = page.cursor ? Number(decodeCursor(page.cursor, ['number'])[0]) : 0
  const items = report.errors.slice(start, start + page.limit)
  const next = start + items.length
  return {
    ...toImportListItem(row),
    counts: report.stats,
    timings: report.timings,
    sheets: report.sheets,
    failure: report.failure,
    errorsTruncated: report.errorCount > report.errors.length,
    errors: {
      items,
      nextCursor: next < report.errors.length && items.length > 0 ? encodeCursor([next]) : null,
    },
  }
}

export async function getImport({
  db,
  actor,
  id,
  limit,
  cursor,
}: {
  db: Db
  actor: Actor
  id: string
  limit: number
  cursor: string | undefined
}): Promise<ImportView> {
  return toImportView(await requireReadableImport(db, actor, id), { limit, cursor })
}

export async function listImports({
  db,
  actor,
  nodeId,
  limit,
  cursor,
}: {
  db: Db
  actor: Actor
  nodeId: string
  limit: number
  cursor: string | undefined
}): Promise<Page<ImportListItem>> {
  const node = await repo.findNode(db, nodeId)
  if (!node) throw notFoundOrNoAccess('org_node')
  requireAccess(actor, 'person.read', { kind: 'org', path: node.path }, 'org_node')
  const after = cursor ? decodeCursor(cursor, ['number', 'string']) : null
  const rows = await repo.listImportsUnder(
    db,
    node.path,
    after ? { at: Number(after[0]), id: String(after[1]) } : null,
    limit + 1,
  )
  return toPage(rows, limit, (r) => [r.created_at, r.id], toImportListItem)
}

/**
 * The bad rows as they were uploaded plus a 错误原因 column, to fix and upload again. The rows hold
 * ID numbers and phones in full: only the uploader or someone who may unmask gets them so; anyone
 * else gets them masked. Each download is on the record.
 */
export async function openImportErrors({
  db,
  files,
  actor,
  id,
  now,
}: {
  db: Db
  files: FileStore
  actor: Actor
  id: string
  now: number
}): Promise<{ fileName: string; source: () => Readable; errors: ImportError[]; unmasked: boolean }> {
  const row = await repo.findImport(db, id)
  if (!row) throw notFoundOrNoAccess('import')
  requireAccess(actor, 'person.update', { kind: 'org', path: row.path }, 'import')
  const report = reportOf(row)
  const unmasked =
    (actor.userId !== null && actor.userId === row.created_by) ||
    can(actor, 'person.unmask', { kind: 'org', path: row.path })
  await recordAudit(db, {
    actor,
    action: 'import.errors_download',
    targetType: 'import',
    targetId: row.id,
    scopePath: row.path,
    summary: { rows: new Set(report.errors.map((e) => `${e.sheet}:${e.row}`)).size, unmasked },
    at: now,
  })
  return {
    fileName: row.file_name.replace(/\.xlsx$/i, ''),
    source: () => files.open(row.file_id),
    errors: report.errors,
    unmasked,
  }
}

/** For the CLI: a community by its code and an actor by user name (or the operator). */
export async function cliImportTarget(db: Db, communityCode: string, username: string | undefined) {
  const node = await repo.findNodeByCode(db, communityCode)
  if (!node) throw notFoundOrNoAccess('org_node')
  if (username === undefined) return { community: node, actor: null }
  const user = await repo.findUserByName(db, username)
  if (!user) throw notFoundOrNoAccess('user')
  return { community: node, actor: await actorForUser(db, user.id) }
}
