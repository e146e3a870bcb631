// 财务公开 — a village's collective discloses to its members, by quarter (or month), its income,
// expenses, assets and liabilities, contracts and distribution. A table is compiled from the books
// only when every month it covers is closed, and is frozen the moment it is published: the exact
// canonical JSON is stored with its SHA-256, and the database refuses any change or deletion. A
// mistake is corrected by publishing the period again, naming the table corrected and why; both stay
// readable.
//
// Who reads: the village's accountants and cadres (who also publish), the street office's auditors
// and leaders, the community the village lives in (what is disclosed, and nothing else of the
// village's), and the collective's members on their phones — through their own account, linked to
// their membership, for as long as the membership lasts.
import type { Db, Executor } from '../../db/index.js'
import { classifyDatabaseError, toNumber } from '../../db/index.js'
import { grantCovers, roleHas, systemActor, type Actor, type Target } from '../../platform/access.js'
import { recordAudit } from '../../platform/audit.js'
import { requireVersionMatch } from '../../platform/concurrency.js'
import { AppError, notFoundOrNoAccess } from '../../platform/errors.js'
import { newId } from '../../platform/ids.js'
import { insertGrant } from '../accounts/index.js'
import { accountFigures, getStatement, previousPeriod, requireBook, villageBooks } from '../books/index.js'
import { distributionView, holdingsOf } from '../collective/index.js'
import { estateForDisclosure } from '../estate/index.js'
import { listHostCommunities } from '../villages/index.js'
import {
  canonicalJson,
  contentHash,
  coveredPeriods,
  disclosureLabelZh,
  type PeriodKind,
} from './disclosure.domain.js'
import type { DisclosureContent, MemberAccountBody, PublishBody } from './disclosure.schemas.js'

const ENTITY = 'disclosure'

function invalid(path: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', { fields: [{ path, rule: 'disclosure', message }] })
}

async function villageTarget(db: Executor, villageId: string) {
  const village = await db.selectFrom('villages').selectAll().where('id', '=', villageId).executeTakeFirst()
  if (!village) throw notFoundOrNoAccess('village')
  const target: Target = { kind: 'village', villageId: village.id, areaPath: village.area_path }
  return { village, target }
}

/**
 * May the actor read the village's disclosures? A grant of `disclosure.read` covering the village
 * (its accountants and cadres, the street office's auditors and leaders); a community's grant when
 * the community hosts the village's people (they see what is disclosed, nothing else of the
 * village's); a member's grant only while the actor's own account is linked to an active membership.
 */
async function readAccess(db: Executor, actor: Actor, villageId: string) {
  const { village, target } = await villageTarget(db, villageId)
  if (actor.kind === 'system') return { village, canPublish: true }
  const readers = actor.grants.filter((g) => roleHas(g.role, 'disclosure.read'))
  const canPublish = actor.grants.some((g) => roleHas(g.role, 'disclosure.manage') && grantCovers(g, target))
  if (readers.some((g) => g.role !== 'collective_member' && grantCovers(g, target)))
    return { village, canPublish }
  const orgReaders = readers.filter((g) => g.scopeKind === 'org' && g.scopePath !== null)
  if (orgReaders.length > 0) {
    const hosts = await listHostCommunities(db, villageId)
    if (orgReaders.some((g) => hosts.some((h) => g.scopePath !== null && h.path.startsWith(g.scopePath))))
      return { village, canPublish }
  }
  if (
    readers.some((g) => g.role === 'collective_member' && grantCovers(g, target)) &&
    actor.userId !== null
  ) {
    const member = await db
      .selectFrom('collective_members')
      .select('id')
      .where('village_id', '=', villageId)
      .where('user_id', '=', actor.userId)
      .where('status', '=', 'active')
      .executeTakeFirst()
    if (member) return { village, canPublish }
  }
  throw notFoundOrNoAccess('village')
}

/** 2026-02 → 2026-02-28. */
function lastDayOf(period: string): string {
  const [y, m] = period.split('-').map(Number) as [number, number]
  return `${period}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`
}

function checkPeriodNo(kind: PeriodKind, no: number) {
  if (kind === 'quarter' && no > 4) throw invalid('/no', '季度须为 1–4')
}

// --- Compiling a table from the books -------------------------------------------------------------

async function compile(
  db: Executor,
  village: { id: string; name: string; collective_name: string | null },
  kind: PeriodKind,
  year: number,
  no: number,
): Promise<DisclosureContent> {
  const periods = coveredPeriods(kind, year, no)
  const first = periods[0] as string
  const last = periods[periods.length - 1] as string
  const atLast = await accountFigures(db, village.id, last)
  const before = first.endsWith('-01') ? [] : await accountFigures(db, village.id, previousPeriod(first))
  const ytdBefore = new Map(before.map((a) => [a.code, a.figures.yearToDate]))
  const section = (cls: 'income' | 'expense') => {
    // Income is shown as credits, expenses as debits: both positive in the normal case.
    const sign = cls === 'income' ? -1 : 1
    const rows = atLast
      .filter((a) => a.class === cls)
      .map((a) => ({
        code: a.code,
        name: a.name,
        level: a.level,
        periodFen: sign * (a.figures.yearToDate - (ytdBefore.get(a.code) ?? 0)),
        yearFen: sign * a.figures.yearToDate,
      }))
      .filter((r) => r.level === 1 || r.periodFen !== 0 || r.yearFen !== 0)
    const top = rows.filter((r) => r.level === 1)
    return {
      rows,
      totalPeriodFen: top.reduce((s, r) => s + r.periodFen, 0),
      totalYearFen: top.reduce((s, r) => s + r.yearFen, 0),
    }
  }
  const income = section('income')
  const expenses = section('expense')
  const sheet = await getStatement({
    db,
    actor: systemActor('disclosure'),
    villageId: village.id,
    report: 'balance_sheet',
    period: last,
  })
  const plans = await db
    .selectFrom('distribution_plans')
    .select(['id'])
    .where('village_id', '=', village.id)
    .where('year', 'in', [year - 1, year])
    .where('state', 'in', ['approved', 'posted'])
    .orderBy('year')
    .execute()
  const distributions = []
  for (const p of plans) {
    const d = await distributionView(db, p.id)
    const decision = d.decision
      ? await db
          .selectFrom('collective_decisions')
          .select(['title', 'held_on'])
          .where('id', '=', d.decision.id)
          .executeTakeFirstOrThrow()
      : null
    distributions.push({
      year: d.year,
      state: d.state,
      stateZh: d.stateZh,
      distributableFen: d.distributableFen,
      providentFen: d.providentFen,
      memberFen: d.memberFen,
      retainedFen: d.retainedFen,
      decision: decision ? { title: decision.title, heldOn: decision.held_on } : null,
      payouts: d.payouts.map((x) => ({ name: x.name, shares: x.shares, amountFen: x.amountFen })),
    })
  }
  const estate = await estateForDisclosure(db, village.id, `${first}-01`, lastDayOf(last))
  const keepsEstate = estate.land.length + estate.assets.length + estate.contracts.length > 0
  return {
    village: { id: village.id, name: village.name, collectiveName: village.collective_name },
    periodKind: kind,
    year,
    periodNo: no,
    label: disclosureLabelZh(kind, year, no),
    firstPeriod: first,
    lastPeriod: last,
    income,
    expenses,
    netPeriodFen: income.totalPeriodFen - expenses.totalPeriodFen,
    netYearFen: income.totalYearFen - expenses.totalYearFen,
    balanceSheet: {
      rows: sheet.rows.map((r) => ({
        rowNo: r.rowNo,
        caption: r.caption,
        style: r.style,
        startFen: r.startFen ?? 0,
        endFen: r.valueFen,
      })),
      balanced: sheet.balanced === true,
    },
    distributions,
    estate: keepsEstate ? estate : null,
  }
}

/** Why the period cannot be published yet: months before the books, months not closed. */
async function problemsOf(db: Executor, villageId: string, periods: string[]): Promise<string[]> {
  const book = await requireBook(db, villageId)
  const early = periods.filter((p) => p < book.start_period)
  if (early.length > 0) return [`${early.join('、')} 早于建账期间 ${book.start_period}`]
  const closed = new Set(
    (
      await db
        .selectFrom('ledger_periods')
        .select('period')
        .where('village_id', '=', villageId)
        .where('period', 'in', periods)
        .where('state', '=', 'closed')
        .execute()
    ).map((r) => r.period),
  )
  const open = periods.filter((p) => !closed.has(p))
  return open.length > 0 ? [`${open.join('、')} 尚未结账：公开的数字须取自已结账的期间`] : []
}

async function currentOf(db: Executor, villageId: string, kind: PeriodKind, year: number, no: number) {
  const rows = await db
    .selectFrom('disclosures')
    .select(['id', 'content_hash', 'replaces_id'])
    .where('village_id', '=', villageId)
    .where('period_kind', '=', kind)
    .where('year', '=', year)
    .where('period_no', '=', no)
    .execute()
  const replaced = new Set(rows.flatMap((r) => (r.replaces_id ? [r.replaces_id] : [])))
  return rows.find((r) => !replaced.has(r.id))
}

export async function previewDisclosure({
  db,
  actor,
  villageId,
  kind,
  year,
  no,
}: {
  db: Db
  actor: Actor
  villageId: string
  kind: PeriodKind
  year: number
  no: number
}) {
  const { village } = await villageBooks(db, actor, villageId, 'disclosure.manage')
  checkPeriodNo(kind, no)
  const problems = await problemsOf(db, villageId, coveredPeriods(kind, year, no))
  const content = await compile(db, village, kind, year, no)
  const current = await currentOf(db, villageId, kind, year, no)
  return {
    content,
    problems,
    current: current ? { id: current.id, contentHash: current.content_hash } : null,
  }
}

export async function publishDisclosure({
  db,
  actor,
  villageId,
  input,
  now,
}: {
  db: Db
  actor: Actor
  villageId: string
  input: PublishBody
  now: number
}) {
  const { village } = await villageBooks(db, actor, villageId, 'disclosure.manage')
  checkPeriodNo(input.kind, input.no)
  if (input.replacesId === undefined && input.reason !== undefined)
    throw invalid('/reason', '只有更正已公开的表才填写更正原因')
  if (input.replacesId !== undefined && input.reason === undefined) throw invalid('/reason', '更正须说明原因')
  const periods = coveredPeriods(input.kind, input.year, input.no)
  const label = disclosureLabelZh(input.kind, input.year, input.no)
  try {
    const id = await db.transaction().execute(async (trx) => {
      const problems = await problemsOf(trx, villageId, periods)
      if (problems.length > 0)
        throw new AppError('UNPROCESSABLE', { reason: 'periods not closed', reasonZh: problems.join('；') })
      const current = await currentOf(trx, villageId, input.kind, input.year, input.no)
      if (current && input.replacesId !== current.id)
        throw new AppError('CONFLICT', {
          reason: 'already published',
          reasonZh: `${label}的财务公开表已发布；如需更正，请注明所更正的表和原因`,
        })
      if (!current && input.replacesId !== undefined)
        throw invalid('/replacesId', `${label}尚无已发布的公开表可更正`)
      const content = await compile(trx, village, input.kind, input.year, input.no)
      const text = canonicalJson(content)
      const hash = contentHash(text)
      if (current && current.content_hash === hash)
        throw new AppError('CONFLICT', {
          reason: 'nothing to correct',
          reasonZh: `${label}的数字与已发布的公开表完全相同，无需更正`,
        })
      const row = {
        id: newId(),
        village_id: villageId,
        period_kind: input.kind,
        year: input.year,
        period_no: input.no,
        first_period: periods[0] as string,
        last_period: periods[periods.length - 1] as string,
        content: text,
        content_hash: hash,
        replaces_id: input.replacesId ?? null,
        correction_reason: input.reason ?? null,
        published_by_user_id: actor.userId,
        published_by_label: actor.label,
        published_at: now,
      }
      await trx.insertInto('disclosures').values(row).execute()
      await recordAudit(trx, {
        actor,
        action: input.replacesId ? 'disclosure.correct' : 'disclosure.publish',
        targetType: ENTITY,
        targetId: row.id,
        villageId,
        summary: {
          label,
          contentHash: hash,
          ...(input.replacesId ? { replaces: input.replacesId, reason: input.reason } : {}),
        },
        at: now,
      })
      return row.id
    })
    return await getDisclosure({ db, actor, villageId, id })
  } catch (error) {
    // Two publishers of the same period at the same moment: the database lets one through.
    if (classifyDatabaseError(error)?.kind === 'unique')
      throw new AppError('CONFLICT', {
        reason: 'already published',
        reasonZh: `${label}的财务公开表刚刚已由他人发布`,
      })
    throw error
  }
}

// --- Reading ----------------------------------------------------------------------------------------

type Row = Awaited<ReturnType<typeof rowsOf>>[number]

function rowsOf(db: Executor, villageId: string) {
  return db
    .selectFrom('disclosures')
    .selectAll()
    .where('village_id', '=', villageId)
    .orderBy('year', 'desc')
    .orderBy('last_period', 'desc')
    .orderBy('published_at', 'desc')
    .execute()
}

function summary(r: Row, replacedBy: Map<string, string>) {
  return {
    id: r.id,
    villageId: r.village_id,
    kind: r.period_kind,
    year: r.year,
    no: r.period_no,
    label: disclosureLabelZh(r.period_kind, r.year, r.period_no),
    firstPeriod: r.first_period,
    lastPeriod: r.last_period,
    contentHash: r.content_hash,
    publishedAt: toNumber(r.published_at),
    publishedBy: r.published_by_label,
    replacesId: r.replaces_id,
    correctionReason: r.correction_reason,
    replacedById: replacedBy.get(r.id) ?? null,
  }
}

export async function listDisclosures({ db, actor, villageId }: { db: Db; actor: Actor; villageId: string }) {
  const { village, canPublish } = await readAccess(db, actor, villageId)
  const rows = await rowsOf(db, villageId)
  const replacedBy = new Map(rows.flatMap((r) => (r.replaces_id ? [[r.replaces_id, r.id] as const] : [])))
  return { villageName: village.name, canPublish, items: rows.map((r) => summary(r, replacedBy)) }
}

export async function getDisclosure({
  db,
  actor,
  villageId,
  id,
}: {
  db: Db
  actor: Actor
  villageId: string
  id: string
}) {
  await readAccess(db, actor, villageId)
  const r = await db.selectFrom('disclosures').selectAll().where('id', '=', id).executeTakeFirst()
  if (!r || r.village_id !== villageId) throw notFoundOrNoAccess(ENTITY)
  const successor = await db
    .selectFrom('disclosures')
    .select('id')
    .where('replaces_id', '=', id)
    .executeTakeFirst()
  const replacedBy = new Map(successor ? [[id, successor.id]] : [])
  return {
    ...summary(r, replacedBy),
    content: JSON.parse(r.content) as DisclosureContent,
    intact: contentHash(r.content) === r.content_hash,
  }
}

// --- Members and their accounts ------------------------------------------------------------------

/** The signed-in account's active memberships, with its shares. */
export async function myMemberships({ db, actor }: { db: Db; actor: Actor }) {
  if (actor.userId === null) return { items: [] }
  const rows = await db
    .selectFrom('collective_members as m')
    .innerJoin('villages as v', 'v.id', 'm.village_id')
    .innerJoin('persons as p', 'p.id', 'm.person_id')
    .select(['m.id', 'm.village_id', 'm.since_on', 'v.name as village_name', 'v.collective_name', 'p.name'])
    .where('m.user_id', '=', actor.userId)
    .where('m.status', '=', 'active')
    .execute()
  const items = []
  for (const r of rows) {
    const { h } = await holdingsOf(db, r.village_id)
    items.push({
      memberId: r.id,
      villageId: r.village_id,
      villageName: r.village_name,
      collectiveName: r.collective_name,
      name: r.name,
      sinceOn: r.since_on,
      shares: h.byMember.get(r.id) ?? 0,
      totalShares: h.total,
    })
  }
  return { items }
}

/**
 * Links a member to their own account so they can read the collective's disclosures on a phone:
 * the account gets the village's member role (once), and the link lasts as long as the membership.
 */
export async function linkMemberAccount({
  db,
  actor,
  villageId,
  memberId,
  input,
  now,
}: {
  db: Db
  actor: Actor
  villageId: string
  memberId: string
  input: MemberAccountBody
  now: number
}) {
  const { village } = await villageBooks(db, actor, villageId, 'collective.manage')
  try {
    return await db.transaction().execute(async (trx) => {
      const m = await trx
        .selectFrom('collective_members')
        .selectAll()
        .where('id', '=', memberId)
        .executeTakeFirst()
      if (!m || m.village_id !== villageId) throw notFoundOrNoAccess('collective_member')
      if (m.status !== 'active') throw invalid('/id', '该成员资格已终止')
      const user = await trx
        .selectFrom('users')
        .select(['id', 'disabled'])
        .where('username', '=', input.username)
        .executeTakeFirst()
      if (!user || user.disabled === 1) throw invalid('/username', `没有账号“${input.username}”`)
      requireVersionMatch(
        await trx
          .updateTable('collective_members')
          .set({ user_id: user.id, version: m.version + 1, updated_at: now })
          .where('id', '=', m.id)
          .where('version', '=', input.version)
          .executeTakeFirst(),
        'collective_member',
        input.version,
      )
      const has = await trx
        .selectFrom('grants')
        .select('id')
        .where('user_id', '=', user.id)
        .where('role', '=', 'collective_member')
        .where('scope_kind', '=', 'village')
        .where('scope_id', '=', villageId)
        .executeTakeFirst()
      if (!has)
        await insertGrant(trx, {
          id: newId(),
          userId: user.id,
          role: 'collective_member',
          scopeKind: 'village',
          scopeId: villageId,
          scopePath: null,
          now,
          createdBy: actor.userId,
        })
      await recordAudit(trx, {
        actor,
        action: 'collective.member_account',
        targetType: 'collective_member',
        targetId: m.id,
        villageId,
        summary: { username: input.username, village: village.name, granted: !has },
        at: now,
      })
      return { memberId: m.id, username: input.username, version: m.version + 1 }
    })
  } catch (error) {
    if (classifyDatabaseError(error)?.kind === 'unique')
      throw invalid('/username', `账号“${input.username}”已关联另一位在册成员`)
    throw error
  }
}
