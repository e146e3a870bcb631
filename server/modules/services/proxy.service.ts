// 红代办 (red proxy) on the one work-item engine: an errand is a work item of kind 'proxy', filed for
// a resident where they live, claimed by a proxy (or assigned by the community), worked, handed
// over and confirmed by the resident — every step through the engine's `actOnItem`, with the
// errand's money kept as an append-only book beside it. The resident confirms from the link in
// their text message (no account), or in person before someone who is not the proxy.
import { randomBytes } from 'node:crypto'
import type { Readable } from 'node:stream'
import { sql } from 'kysely'
import type { Db, Executor, OrgNodeTable, WorkItemTable } from '../../db/index.js'
import { can, requireAccess, type Actor } from '../../platform/access.js'
import { AppError, isAppError, notFoundOrNoAccess } from '../../platform/errors.js'
import type { FileStore } from '../../platform/files.js'
import { newId } from '../../platform/ids.js'
import { decodeCursor, toPage } from '../../platform/pagination.js'
import { maskPhone, unseal, type PiiKeys } from '../../platform/pii.js'
import { localDate } from '../../platform/time.js'
import { ageOn, tagNamesZh, type PersonTagName } from '../registry/index.js'
import {
  actOnItem,
  applyChange,
  checkedPhone,
  canHandle,
  checkPhotos,
  createItem,
  findItem,
  findItemByFeedbackToken,
  getTimeline,
  hashToken,
  listAssignees,
  listCategories,
  lockItem,
  ofKind,
  placeAt,
  queueNotification,
  requireRead,
  stateNameZh,
  stepAccess,
  toItemView,
  toSummary,
  withSummaryNames,
  type StepExtension,
  type SummaryRow,
  type WorkState,
} from '../requests/index.js'
import {
  checkReversal,
  describeMoney,
  moneyDirectionNamesZh,
  moneyTotals,
  reversedIds,
  type MoneyTotals,
} from './proxy.domain.js'
import {
  carePersonTags,
  findNode,
  insertEntry,
  listEntries,
  nextSeq,
  receiptOfItem,
  stepPhotoOfItem,
  type EntryRow,
} from './proxy.repository.js'
import type {
  MoneyEntryBody,
  MoneyEntryView,
  ProxyActBody,
  ProxyFileBody,
  ProxyFromRequestBody,
  ProxyListQuery,
  ProxyPage,
  ProxySummary,
  ProxyView,
  PublicProxyDecisionBody,
  PublicProxyView,
  ReversalBody,
} from './proxy.schemas.js'
import type { Static } from '@sinclair/typebox'

export const PROXY = 'proxy'
const TOKEN_ENTITY = 'proxy_confirmation'
/** While an errand is being done, its proxy (or the team) records money; not before, not after hand-over. */
const moneyStates: readonly WorkState[] = ['accepted', 'in_progress']

async function requireProxy(db: Executor, actor: Actor, item: WorkItemTable | undefined) {
  return requireRead(db, actor, ofKind(item, PROXY))
}

function residentPhone(pii: PiiKeys, sealed: string | null): string | null {
  if (sealed === null) return null
  try {
    return unseal(pii, sealed)
  } catch {
    return null
  }
}

function entryView(e: EntryRow, reversed: Set<string>): MoneyEntryView {
  return {
    id: e.id,
    seq: e.seq,
    direction: e.direction,
    directionZh:
      e.reverses_id === null
        ? moneyDirectionNamesZh[e.direction]
        : `冲正${moneyDirectionNamesZh[e.direction]}`,
    amountFen: e.amount_fen,
    reversesId: e.reverses_id,
    reversed: reversed.has(e.id),
    receiptFileId: e.receipt_file_id,
    note: e.note,
    recordedBy: e.recorded_by_label,
    at: e.at,
  }
}

/** May the actor see the resident behind an errand (their age, care tags, phone)? The team and its proxy. */
function seesResident(actor: Actor, item: WorkItemTable): boolean {
  return (
    can(actor, 'proxy.read', { kind: 'org', path: item.path }) ||
    (actor.userId !== null && actor.userId === item.assignee_user_id)
  )
}

export async function proxyView(
  db: Executor,
  pii: PiiKeys,
  actor: Actor,
  item: WorkItemTable,
  now: number,
): Promise<ProxyView> {
  const entries = await listEntries(db, item.id)
  const reversed = reversedIds(entries)
  const totals = moneyTotals(entries)
  let resident: ProxyView['resident'] = null
  if (item.reporter_person_id !== null && seesResident(actor, item)) {
    const person = await db
      .selectFrom('persons')
      .select(['id', 'name', 'sex', 'birth_date'])
      .where('id', '=', item.reporter_person_id)
      .executeTakeFirst()
    if (person) {
      const tags = await carePersonTags(db, person.id, localDate(now))
      resident = {
        personId: person.id,
        name: person.name,
        sex: person.sex,
        age: person.birth_date ? ageOn(person.birth_date, localDate(now)) : null,
        tags: tags.map((tag) => ({ tag, nameZh: tagNamesZh[tag as PersonTagName] })),
        phone: item.reporter_phone_sealed
          ? maskPhone(residentPhone(pii, item.reporter_phone_sealed) ?? '')
          : null,
        address: item.address,
      }
    }
  }
  const canRecord =
    moneyStates.includes(item.state as WorkState) && (await stepAccess(db, actor, item, 'assignee')) !== null
  const source =
    item.source_item_id !== null
      ? await db
          .selectFrom('work_items')
          .select(['id', 'number'])
          .where('id', '=', item.source_item_id)
          .executeTakeFirst()
      : undefined
  return {
    item: await toItemView(db, pii, actor, item, now),
    source: source ? { id: source.id, number: source.number } : null,
    resident,
    money: {
      entries: entries.map((e) => entryView(e, reversed)),
      ...totals,
      summaryZh: describeMoney(totals),
      canRecord,
    },
  }
}

// --- Filing -----------------------------------------------------------------------------------

/** A staff member, grid worker, building leader, party member or proxy files an errand for a resident. */
/** Files an errand for a resident, in the caller's transaction (from a request: `sourceItemId`). */
async function createErrand(
  trx: Executor,
  pii: PiiKeys,
  actor: Actor,
  input: ProxyFileBody & { sourceItemId?: string },
  now: number,
): Promise<WorkItemTable> {
  const person = await trx
    .selectFrom('persons')
    .select(['id', 'name', 'path', 'status', 'community_id', 'origin_village_id', 'phone_sealed'])
    .where('id', '=', input.personId)
    .executeTakeFirst()
  if (!person || person.status !== 'active' || person.community_id === null)
    throw notFoundOrNoAccess('person')
  requireAccess(actor, 'request.file', { kind: 'org', path: person.path }, 'person')
  const home = person.path.split('/').filter(Boolean).at(-1) ?? ''
  const placement = await placeAt(trx, home)
  const phone = checkedPhone(input.phone, '/phone') ?? residentPhone(pii, person.phone_sealed)
  const { item } = await createItem(
    trx,
    pii,
    actor,
    'grant',
    {
      kind: 'proxy',
      requestType: 'help',
      categoryCode: input.categoryCode,
      urgency: input.urgency ?? 'normal',
      channel: input.channel ?? 'visit',
      title: input.title ?? null,
      description: input.description,
      placement,
      reporterPersonId: person.id,
      originVillageId: person.origin_village_id,
      reporterName: person.name,
      reporterPhone: phone,
      photos: [],
      filedByUserId: actor.userId,
      withFeedbackToken: false,
      sourceItemId: input.sourceItemId ?? null,
    },
    now,
  )
  return item
}

/** A staff member, grid worker, building leader, party member or proxy files an errand for a resident. */
export async function fileProxy({
  db,
  pii,
  actor,
  input,
  now,
}: {
  db: Db
  pii: PiiKeys
  actor: Actor
  input: ProxyFileBody
  now: number
}): Promise<ProxyView> {
  return db
    .transaction()
    .execute(async (trx) => proxyView(trx, pii, actor, await createErrand(trx, pii, actor, input, now), now))
}

/**
 * A resident's request for help becomes an errand for the proxy team (一件事转红代办): whoever may
 * handle the request hands it over; the request's timeline says so, and hears back when the
 * resident confirms the errand. The request itself is closed by its handler as usual.
 */
export async function fileProxyFromRequest({
  db,
  pii,
  actor,
  requestId,
  input,
  now,
}: {
  db: Db
  pii: PiiKeys
  actor: Actor
  requestId: string
  input: ProxyFromRequestBody
  now: number
}): Promise<ProxyView> {
  return db.transaction().execute(async (trx) => {
    const { item: request } = await requireRead(trx, actor, ofKind(await lockItem(trx, requestId), 'request'))
    if (!(await canHandle(trx, actor, request)))
      throw new AppError('FORBIDDEN', { action: 'proxy.from_request' })
    if (request.open !== 1)
      throw new AppError('INVALID_TRANSITION', {
        state: stateNameZh('request', request.state as WorkState),
        action: '转红代办',
      })
    if (request.reporter_person_id === null)
      throw new AppError('UNPROCESSABLE', {
        reason: 'the request names no resident',
        reasonZh: '该诉求没有关联居民，请先在诉求中选择居民再转红代办',
      })
    const existing = await trx
      .selectFrom('work_items')
      .select(['number'])
      .where('source_item_id', '=', request.id)
      .where(sql<boolean>`kind = 'proxy'`)
      .where('open', '=', 1)
      .executeTakeFirst()
    if (existing)
      throw new AppError('CONFLICT', {
        reason: 'an errand from this request is open',
        reasonZh: `已转红代办（编号 ${existing.number}），尚未办结`,
      })
    const errand = await createErrand(
      trx,
      pii,
      actor,
      {
        personId: request.reporter_person_id,
        categoryCode: input.categoryCode,
        description: input.description ?? request.description,
        title: input.title ?? request.title,
        urgency: request.urgency,
        sourceItemId: request.id,
      },
      now,
    )
    await applyChange(trx, {
      actor,
      via: 'grant',
      before: request,
      changes: {},
      action: 'comment',
      note: `已转红代办，编号 ${errand.number}`,
      data: { proxyItemId: errand.id, proxyNumber: errand.number },
      now,
    })
    return proxyView(trx, pii, actor, errand, now)
  })
}

/** When the resident confirms an errand made from a request, the request's timeline hears of it. */
async function tellSourceRequest(
  trx: Executor,
  actor: Actor,
  via: 'grant' | 'public',
  errand: WorkItemTable,
  by: string,
  now: number,
) {
  if (errand.source_item_id === null) return
  const request = await lockItem(trx, errand.source_item_id)
  if (!request) return
  await applyChange(trx, {
    actor,
    via,
    before: request,
    changes: {},
    action: 'comment',
    note: `红代办 ${errand.number} 已办好，${by}`,
    data: { proxyItemId: errand.id, proxyNumber: errand.number, outcome: errand.outcome },
    now,
  })
}

export async function listProxyCategories({ db }: { db: Db }) {
  const rows = await listCategories(db, 'proxy')
  return {
    items: rows
      .filter((r) => r.parent_code !== null)
      .map((r) => ({ code: r.code, nameZh: r.name_zh, nameEn: r.name_en })),
  }
}

// --- Lists ------------------------------------------------------------------------------------

function toProxySummary(row: SummaryRow, now: number): ProxySummary {
  return {
    ...toSummary(row, now),
    stateZh: stateNameZh('proxy', row.state as WorkState),
    residentName: row.reporter_name,
  }
}

async function communityFor(db: Executor, actor: Actor, communityId: string): Promise<OrgNodeTable> {
  const node = await findNode(db, communityId)
  if (!node || node.kind !== 'community') throw notFoundOrNoAccess('org_node')
  requireAccess(actor, 'proxy.read', { kind: 'org', path: node.path }, 'org_node')
  return node
}

/**
 * The team's lists, newest first, 20 a page: waiting for a proxy, mine, open, closed, all — each
 * read from the partial index of proxy errands (or, for mine, the assignee's).
 */
export async function listProxy({
  db,
  actor,
  query,
  now,
}: {
  db: Db
  actor: Actor
  query: ProxyListQuery
  now: number
}): Promise<Static<typeof ProxyPage>> {
  const view = query.view ?? 'open'
  const limit = query.limit ?? 20
  // The kind as a literal so that the partial index of errands serves every plan (see figures).
  let page = db
    .selectFrom('work_items as w')
    .selectAll('w')
    .where(sql<boolean>`w.kind = 'proxy'`)
  if (view === 'mine') {
    if (actor.userId === null) return { items: [], nextCursor: null }
    page = page.where('w.assignee_user_id', '=', actor.userId).where('w.open', '=', 1)
  } else {
    if (query.communityId === undefined)
      throw new AppError('VALIDATION_FAILED', {
        fields: [{ path: '/communityId', rule: 'required', message: '请选择社区' }],
      })
    const community = await communityFor(db, actor, query.communityId)
    page = page.where('w.community_id', '=', community.id)
    if (view === 'unclaimed') page = page.where('w.open', '=', 1).where('w.state', '=', 'reported')
    if (view === 'open') page = page.where('w.open', '=', 1)
    if (view === 'closed') page = page.where('w.open', '=', 0)
  }
  if (query.cursor !== undefined) {
    const [id] = decodeCursor(query.cursor, ['string'])
    page = page.where('w.id', '<', String(id))
  }
  const rows = await withSummaryNames(db, page.orderBy('w.id', 'desc').limit(limit + 1)).execute()
  return toPage(
    rows,
    limit,
    (r) => [r.id],
    (r) => toProxySummary(r, now),
  )
}

// --- Steps --------------------------------------------------------------------------------------

export async function getProxy({
  db,
  pii,
  actor,
  itemId,
  now,
}: {
  db: Db
  pii: PiiKeys
  actor: Actor
  itemId: string
  now: number
}): Promise<ProxyView> {
  const { item } = await requireProxy(db, actor, await findItem(db, itemId))
  return proxyView(db, pii, actor, item, now)
}

export async function proxyTimeline({ db, actor, itemId }: { db: Db; actor: Actor; itemId: string }) {
  return getTimeline({ db, actor, itemId, kind: 'proxy' })
}

export async function proxyAssignees({ db, actor, itemId }: { db: Db; actor: Actor; itemId: string }) {
  const { items } = await listAssignees({ db, actor, itemId, kind: 'proxy' })
  return { items: items.filter((c) => c.kind !== 'summoned') }
}

/**
 * A step on an errand. At hand-over the resident gets a fresh confirmation link by text message,
 * with what was paid and taken; the link's token is stored only as its hash.
 */
export async function actOnProxy({
  db,
  pii,
  actor,
  itemId,
  input,
  now,
}: {
  db: Db
  pii: PiiKeys
  actor: Actor
  itemId: string
  input: ProxyActBody
  now: number
}): Promise<ProxyView> {
  const extend: StepExtension = async (trx, item, action) => {
    // The resident hears who took her errand: a claim, or an assigned proxy accepting it.
    if (action === 'claim' || action === 'accept')
      return {
        after: async (after) => {
          const phone = residentPhone(pii, after.reporter_phone_sealed)
          if (phone === null || after.assignee_user_id === null) return
          const proxy = await trx
            .selectFrom('users')
            .select('display_name')
            .where('id', '=', after.assignee_user_id)
            .executeTakeFirst()
          await queueNotification(trx, pii, {
            item: after,
            phone,
            template: 'proxy_claimed',
            params: { number: after.number, title: after.title, proxy: proxy?.display_name ?? '' },
            now,
          })
        },
      }
    if (action !== 'resolve' && action !== 'confirm') return {}
    const totals = moneyTotals(await listEntries(trx, item.id))
    if (action === 'confirm')
      return {
        data: { money: totals },
        after: (after) => tellSourceRequest(trx, actor, 'grant', after, '居民已当面确认', now),
      }
    const token = randomBytes(18).toString('base64url')
    return {
      changes: { feedback_token_hash: hashToken(token) },
      data: { money: totals },
      after: async (after) => {
        const phone = residentPhone(pii, after.reporter_phone_sealed)
        if (phone === null) return
        await queueNotification(trx, pii, {
          item: after,
          phone,
          template: 'proxy_handover',
          params: {
            number: after.number,
            title: after.title,
            money: describeMoney(totals),
            path: `/c/${token}`,
          },
          now,
        })
      },
    }
  }
  try {
    await actOnItem({ db, pii, actor, itemId, input, now, kind: 'proxy', extend })
  } catch (error) {
    if (input.action === 'claim' && isAppError(error) && error.code === 'INVALID_TRANSITION') {
      const item = await findItem(db, itemId)
      if (item?.assignee_user_id) {
        const who = await db
          .selectFrom('users')
          .select('display_name')
          .where('id', '=', item.assignee_user_id)
          .executeTakeFirst()
        throw new AppError('CONFLICT', {
          reason: 'already claimed',
          reasonZh: `该代办已被${who?.display_name ?? '其他代办员'}认领`,
          assignee: who?.display_name ?? null,
        })
      }
    }
    throw error
  }
  return getProxy({ db, pii, actor, itemId, now })
}

// --- Money --------------------------------------------------------------------------------------

async function moneyTarget(trx: Executor, actor: Actor, itemId: string, version: number) {
  const { item } = await requireProxy(trx, actor, await lockItem(trx, itemId))
  const state = item.state as WorkState
  if (!moneyStates.includes(state))
    throw new AppError('INVALID_TRANSITION', {
      state: stateNameZh(PROXY, state),
      action: '记录款项',
      stateCode: state,
      actionCode: 'money',
    })
  const via = await stepAccess(trx, actor, item, 'assignee')
  if (via === null) throw new AppError('FORBIDDEN', { action: 'money' })
  if (version !== item.version)
    throw new AppError('VERSION_CONFLICT', {
      entity: 'work_item',
      expectedVersion: version,
      currentVersion: item.version,
    })
  return { item, via }
}

/** The proxy records money paid for the resident (with the receipt's photo) or taken from them. */
export async function recordMoney({
  db,
  pii,
  actor,
  itemId,
  input,
  now,
}: {
  db: Db
  pii: PiiKeys
  actor: Actor
  itemId: string
  input: MoneyEntryBody
  now: number
}): Promise<ProxyView> {
  return db.transaction().execute(async (trx) => {
    const { item, via } = await moneyTarget(trx, actor, itemId, input.version)
    if (input.direction === 'paid' && input.receiptFileId === undefined)
      throw new AppError('VALIDATION_FAILED', {
        fields: [{ path: '/receiptFileId', rule: 'required', message: '代付款项须上传票据照片' }],
      })
    const receipt = await checkPhotos(trx, input.receiptFileId ? [input.receiptFileId] : [], '/receiptFileId')
    const seq = await nextSeq(trx, item.id)
    await insertEntry(trx, {
      id: newId(),
      item_id: item.id,
      community_id: item.community_id,
      seq,
      direction: input.direction,
      amount_fen: input.amountFen,
      reverses_id: null,
      receipt_file_id: input.receiptFileId ?? null,
      note: input.note ?? null,
      recorded_by_user_id: actor.userId,
      recorded_by_label: actor.label,
      at: now,
    })
    const after = await applyChange(trx, {
      actor,
      via,
      before: item,
      changes: {},
      action: 'money',
      note: input.note ?? null,
      data: { seq, direction: input.direction, amountFen: input.amountFen },
      photos: { ids: receipt, stage: 'progress' },
      now,
    })
    return proxyView(trx, pii, actor, after, now)
  })
}

/** A mistake is corrected by a reversing entry (冲正), never by changing the entry. */
export async function reverseMoney({
  db,
  pii,
  actor,
  itemId,
  entryId,
  input,
  now,
}: {
  db: Db
  pii: PiiKeys
  actor: Actor
  itemId: string
  entryId: string
  input: ReversalBody
  now: number
}): Promise<ProxyView> {
  return db.transaction().execute(async (trx) => {
    const { item, via } = await moneyTarget(trx, actor, itemId, input.version)
    const entries = await listEntries(trx, item.id)
    const check = checkReversal(entries, entryId)
    if (!check.ok) {
      if (check.reason === 'missing') throw notFoundOrNoAccess('proxy_money_entry')
      throw new AppError('CONFLICT', { reason: check.reason, reasonZh: check.reasonZh })
    }
    const target = entries.find((e) => e.id === entryId) as EntryRow
    const seq = await nextSeq(trx, item.id)
    await insertEntry(trx, {
      id: newId(),
      item_id: item.id,
      community_id: item.community_id,
      seq,
      direction: target.direction,
      amount_fen: target.amount_fen,
      reverses_id: target.id,
      receipt_file_id: null,
      note: input.note,
      recorded_by_user_id: actor.userId,
      recorded_by_label: actor.label,
      at: now,
    })
    const after = await applyChange(trx, {
      actor,
      via,
      before: item,
      changes: {},
      action: 'money_reversal',
      note: input.note,
      data: { seq, reverses: target.seq, direction: target.direction, amountFen: target.amount_fen },
      now,
    })
    return proxyView(trx, pii, actor, after, now)
  })
}

/** A receipt's photo or a step's photo, for whoever may read the errand. */
export async function openProxyFile({
  db,
  files,
  actor,
  itemId,
  fileId,
}: {
  db: Db
  files: FileStore
  actor: Actor
  itemId: string
  fileId: string
}): Promise<{ mime: string; size: number; stream: Readable }> {
  const { item } = await requireProxy(db, actor, await findItem(db, itemId))
  const file = (await receiptOfItem(db, item.id, fileId)) ?? (await stepPhotoOfItem(db, item.id, fileId))
  if (!file) throw notFoundOrNoAccess('file')
  return { mime: file.mime, size: file.size, stream: files.open(fileId) }
}

// --- The resident's side --------------------------------------------------------------------------

async function itemByToken(db: Executor, token: string): Promise<WorkItemTable> {
  const item = await findItemByFeedbackToken(db, hashToken(token), PROXY)
  if (!item) throw notFoundOrNoAccess(TOKEN_ENTITY)
  return item
}

async function publicView(db: Executor, item: WorkItemTable): Promise<PublicProxyView> {
  const entries = await listEntries(db, item.id)
  const reversed = reversedIds(entries)
  const totals: MoneyTotals = moneyTotals(entries)
  const category = await db
    .selectFrom('request_categories')
    .select('name_zh')
    .where('code', '=', item.category_code)
    .executeTakeFirst()
  const proxy = item.assignee_user_id
    ? await db
        .selectFrom('users')
        .select('display_name')
        .where('id', '=', item.assignee_user_id)
        .executeTakeFirst()
    : undefined
  const handover = await db
    .selectFrom('work_item_updates')
    .select(['note', 'at'])
    .where('item_id', '=', item.id)
    .where('action', '=', 'resolve')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst()
  const state = item.state as WorkState
  return {
    number: item.number,
    title: item.title,
    categoryZh: category?.name_zh ?? item.category_code,
    state,
    stateZh: stateNameZh(PROXY, state),
    proxyName: proxy?.display_name ?? null,
    handoverNote: state === 'resolved' || item.closed_at !== null ? (handover?.note ?? null) : null,
    handedOverAt: item.resolved_at,
    confirmedAt: item.closed_at,
    money: {
      entries: entries.map((e) => ({
        direction: e.direction,
        directionZh: moneyDirectionNamesZh[e.direction],
        amountFen: e.amount_fen,
        reversal: e.reverses_id !== null,
        reversed: reversed.has(e.id),
        note: e.note,
        receiptFileId: e.receipt_file_id,
        at: e.at,
      })),
      ...totals,
      summaryZh: describeMoney(totals),
    },
    canDecide: state === 'resolved',
  }
}

export async function getPublicProxy({ db, token }: { db: Db; token: string }): Promise<PublicProxyView> {
  return publicView(db, await itemByToken(db, token))
}

/**
 * The resident confirms the hand-over (and may rate it), or says something is wrong, which sends
 * the errand back to the proxy with the resident's words.
 */
export async function decideFromResident({
  db,
  actor,
  token,
  input,
  now,
}: {
  db: Db
  actor: Actor
  token: string
  input: PublicProxyDecisionBody
  now: number
}): Promise<PublicProxyView> {
  return db.transaction().execute(async (trx) => {
    const found = await itemByToken(trx, token)
    const item = await lockItem(trx, found.id)
    if (!item) throw notFoundOrNoAccess(TOKEN_ENTITY)
    const state = item.state as WorkState
    const action = input.decision === 'confirm' ? 'confirm' : 'reject_resolution'
    if (state !== 'resolved')
      throw new AppError('INVALID_TRANSITION', {
        state: stateNameZh(PROXY, state),
        action: input.decision === 'confirm' ? '确认' : '提出异议',
        stateCode: state,
        actionCode: action,
      })
    const comment = input.comment?.trim() || null
    const totals = moneyTotals(await listEntries(trx, item.id))
    if (input.decision === 'dispute') {
      if (comment === null)
        throw new AppError('VALIDATION_FAILED', {
          fields: [{ path: '/comment', rule: 'required', message: '请说明哪里不对' }],
        })
      const after = await applyChange(trx, {
        actor,
        via: 'public',
        before: item,
        changes: { state: 'in_progress', open: 1, resolved_at: null, outcome: null, settled_level: null },
        action: 'reject_resolution',
        note: comment,
        data: { by: 'resident', money: totals },
        now,
      })
      return publicView(trx, after)
    }
    let after = await applyChange(trx, {
      actor,
      via: 'public',
      before: item,
      changes: { state: 'closed', open: 0, closed_at: now, closed_date: localDate(now) },
      action: 'confirm',
      note: comment,
      data: { by: 'resident', money: totals },
      now,
    })
    if (input.satisfaction !== undefined)
      after = await applyChange(trx, {
        actor,
        via: 'public',
        before: after,
        changes: {
          state: 'rated',
          rated_at: now,
          rated_date: localDate(now),
          satisfaction: input.satisfaction,
        },
        action: 'rate',
        note: null,
        data: { satisfaction: input.satisfaction, by: 'resident' },
        now,
      })
    await tellSourceRequest(trx, actor, 'public', after, '居民已确认', now)
    return publicView(trx, after)
  })
}

export async function openPublicProxyFile({
  db,
  files,
  token,
  fileId,
}: {
  db: Db
  files: FileStore
  token: string
  fileId: string
}): Promise<{ mime: string; size: number; stream: Readable }> {
  const item = await itemByToken(db, token)
  const file = await receiptOfItem(db, item.id, fileId)
  if (!file) throw notFoundOrNoAccess('file')
  return { mime: file.mime, size: file.size, stream: files.open(fileId) }
}
