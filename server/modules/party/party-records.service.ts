// Service records (服务记录) and a member's record for the home organisation. A member records their
// own service (through the registration linked to their account) or staff record it for them; it
// counts once staff confirm it. Confirmation, rejection and voiding keep who and when; a confirmed
// record is never edited — a wrong one is voided with a reason that stays on it.
import type { Readable } from 'node:stream'
import type { Db, Executor } from '../../db/index.js'
import type { FileStore } from '../../platform/files.js'
import type { Actor } from '../../platform/access.js'
import { recordAudit } from '../../platform/audit.js'
import { AppError, notFoundOrNoAccess } from '../../platform/errors.js'
import { newId } from '../../platform/ids.js'
import { decodeCursor, toPage } from '../../platform/pagination.js'
import { localDate } from '../../platform/time.js'
import { checkPeriod, checkPhotos } from '../requests/index.js'
import { communityFor, manages, memberFor } from './party-access.service.js'
import {
  checkMinutes,
  checkTarget,
  confirmedMinutes,
  hoursTextZh,
  meetingKindNamesZh,
  nextRecordState,
  recordActionNamesZh,
  recordStateNamesZh,
  serviceKindNamesZh,
  type RecordAction,
} from './party.domain.js'
import { lockRecord, photosOf, recordRows, type RecordRow } from './party.repository.js'
import { memberView } from './party.service.js'
import type {
  MemberRecordView,
  PeriodQuery,
  ReasonBody,
  RecordBody,
  RecordQuery,
  RecordView,
} from './party.schemas.js'

export function recordView(r: RecordRow, photos: string[] = []): RecordView {
  return {
    id: r.id,
    registrationId: r.registration_id,
    memberName: r.member_name,
    homeName: r.home_name,
    servedOn: r.served_on,
    minutes: r.minutes,
    kind: r.kind,
    kindZh: serviceKindNamesZh[r.kind],
    postId: r.post_id,
    taskId: r.task_id,
    target: r.post_name ?? r.task_title ?? null,
    description: r.description,
    state: r.state,
    stateZh: recordStateNamesZh[r.state],
    recordedBy: r.recorded_by_label,
    decidedBy: r.decided_by_label,
    decidedAt: r.decided_at,
    reason: r.reason,
    voidedBy: r.voided_by_label,
    voidedAt: r.voided_at,
    photos,
    version: r.version,
  }
}

async function viewsOf(db: Executor, rows: RecordRow[]): Promise<RecordView[]> {
  const photos = await photosOf(
    db,
    rows.map((r) => r.id),
  )
  return rows.map((r) => recordView(r, photos.get(r.id)))
}

async function oneRecord(db: Executor, id: string): Promise<RecordView> {
  const row = await recordRows(db).where('r.id', '=', id).executeTakeFirst()
  if (!row) throw notFoundOrNoAccess('party_service_record')
  const [view] = await viewsOf(db, [row])
  if (!view) throw notFoundOrNoAccess('party_service_record')
  return view
}

function invalid(fields: { path: string; rule: string; message: string }[]): AppError {
  return new AppError('VALIDATION_FAILED', { fields })
}

export async function recordService({
  db,
  actor,
  input,
  now,
}: {
  db: Db
  actor: Actor
  input: RecordBody
  now: number
}): Promise<RecordView> {
  const id = await db.transaction().execute(async (trx) => {
    const { member, community } = await memberFor(trx, actor, input.registrationId)
    if (member.status !== 'active') throw notFoundOrNoAccess('party_registration')
    const problems = [
      ...checkMinutes(input.minutes),
      ...checkTarget(input.kind, { postId: input.postId, taskId: input.taskId }),
    ]
    if (input.servedOn > localDate(now))
      problems.push({ path: '/servedOn', rule: 'not future', message: '服务日期不能晚于今天' })
    if (input.servedOn < member.registered_on)
      problems.push({ path: '/servedOn', rule: 'after registering', message: '服务日期不能早于报到日期' })
    if (problems.length > 0) throw invalid(problems)
    if (input.postId !== undefined) {
      const held = await trx
        .selectFrom('party_post_claims as c')
        .innerJoin('party_posts as p', 'p.id', 'c.post_id')
        .select('c.id')
        .where('c.post_id', '=', input.postId)
        .where('c.registration_id', '=', member.id)
        .where('p.community_id', '=', community.id)
        .executeTakeFirst()
      if (!held) throw invalid([{ path: '/postId', rule: 'held', message: '只能为自己认领的先锋岗记录服务' }])
    }
    if (input.taskId !== undefined) {
      const claim = await trx
        .selectFrom('party_task_claims as c')
        .innerJoin('party_tasks as t', 't.id', 'c.task_id')
        .select(['c.id', 't.kind'])
        .where('c.task_id', '=', input.taskId)
        .where('c.registration_id', '=', member.id)
        .where('t.community_id', '=', community.id)
        .executeTakeFirst()
      if (!claim)
        throw invalid([{ path: '/taskId', rule: 'claimed', message: '只能为自己认领的需求或任务记录服务' }])
      if (claim.kind !== input.kind)
        throw invalid([{ path: '/kind', rule: 'task kind', message: '服务类别与所认领的需求/任务不符' }])
      await trx
        .updateTable('party_task_claims')
        .set({ state: 'done', updated_at: now })
        .where('id', '=', claim.id)
        .execute()
    }
    const photos = await checkPhotos(trx, input.photos, '/photos')
    const id = newId()
    await trx
      .insertInto('party_service_records')
      .values({
        id,
        community_id: community.id,
        registration_id: member.id,
        served_on: input.servedOn,
        minutes: input.minutes,
        kind: input.kind,
        post_id: input.postId ?? null,
        task_id: input.taskId ?? null,
        description: input.description,
        state: 'pending',
        recorded_by_user_id: actor.userId,
        recorded_by_label: actor.label,
        decided_by_user_id: null,
        decided_by_label: null,
        decided_at: null,
        reason: null,
        voided_by_label: null,
        voided_at: null,
        version: 1,
        created_at: now,
        updated_at: now,
      })
      .execute()
    if (photos.length > 0)
      await trx
        .insertInto('party_service_photos')
        .values(photos.map((file_id) => ({ record_id: id, file_id, created_at: now })))
        .execute()
    await recordAudit(trx, {
      actor,
      action: 'party.record.create',
      targetType: 'party_service_record',
      targetId: id,
      scopePath: community.path,
      summary: {
        member: member.name,
        servedOn: input.servedOn,
        hours: hoursTextZh(input.minutes),
        kind: input.kind,
      },
      at: now,
    })
    return id
  })
  return oneRecord(db, id)
}

/** Confirm or reject a pending record, or void a confirmed one: staff only, with who and when. */
export async function decideRecord({
  db,
  actor,
  recordId,
  action,
  input,
  now,
}: {
  db: Db
  actor: Actor
  recordId: string
  action: RecordAction
  input: { version: number; reason?: string }
  now: number
}): Promise<RecordView> {
  await db.transaction().execute(async (trx) => {
    const record = await lockRecord(trx, recordId)
    if (!record) throw notFoundOrNoAccess('party_service_record')
    const { member, community, asStaff } = await memberFor(trx, actor, record.registration_id)
    if (!asStaff) throw notFoundOrNoAccess('party_service_record')
    const next = nextRecordState(record.state, action)
    if (next === null)
      throw new AppError('INVALID_TRANSITION', {
        state: recordStateNamesZh[record.state],
        action: recordActionNamesZh[action],
      })
    if (record.version !== input.version)
      throw new AppError('VERSION_CONFLICT', {
        entity: 'party_service_record',
        expectedVersion: input.version,
      })
    const set =
      action === 'void'
        ? { state: next, reason: input.reason ?? null, voided_by_label: actor.label, voided_at: now }
        : {
            state: next,
            reason: input.reason ?? null,
            decided_by_user_id: actor.userId,
            decided_by_label: actor.label,
            decided_at: now,
          }
    await trx
      .updateTable('party_service_records')
      .set({ ...set, version: record.version + 1, updated_at: now })
      .where('id', '=', record.id)
      .execute()
    await recordAudit(trx, {
      actor,
      action: `party.record.${action}`,
      targetType: 'party_service_record',
      targetId: record.id,
      scopePath: community.path,
      summary: {
        member: member.name,
        servedOn: record.served_on,
        hours: hoursTextZh(record.minutes),
        ...(input.reason !== undefined ? { reason: input.reason } : {}),
      },
      at: now,
    })
  })
  return oneRecord(db, recordId)
}

export function confirmRecord(o: {
  db: Db
  actor: Actor
  recordId: string
  input: { version: number }
  now: number
}) {
  return decideRecord({ ...o, action: 'confirm' })
}
export function rejectRecord(o: { db: Db; actor: Actor; recordId: string; input: ReasonBody; now: number }) {
  return decideRecord({ ...o, action: 'reject' })
}
export function voidRecord(o: { db: Db; actor: Actor; recordId: string; input: ReasonBody; now: number }) {
  return decideRecord({ ...o, action: 'void' })
}

/** Staff: the community's records (e.g. those awaiting confirmation); a member: only their own. */
export async function listRecords({ db, actor, query }: { db: Db; actor: Actor; query: RecordQuery }) {
  const community = await communityFor(db, actor, query.communityId, 'see')
  let registrationId = query.registrationId
  if (!manages(actor, community.path)) {
    if (registrationId === undefined) throw notFoundOrNoAccess('party_registration')
    const { member } = await memberFor(db, actor, registrationId)
    registrationId = member.id
  }
  const limit = query.limit ?? 20
  let q = recordRows(db).where('r.community_id', '=', community.id)
  if (registrationId !== undefined) q = q.where('r.registration_id', '=', registrationId)
  if (query.state !== undefined) q = q.where('r.state', '=', query.state)
  if (query.cursor !== undefined) {
    const [id] = decodeCursor(query.cursor, ['string'])
    q = q.where('r.id', '<', String(id))
  }
  const rows = await q
    .orderBy('r.id', 'desc')
    .limit(limit + 1)
    .execute()
  const page = toPage(
    rows,
    limit,
    (r) => [r.id],
    (r) => r,
  )
  return { items: await viewsOf(db, page.items), nextCursor: page.nextCursor }
}

/** Everything the home organisation is told about a member for a period (JSON; the .xlsx reads it). */
export async function memberRecord({
  db,
  actor,
  registrationId,
  query,
}: {
  db: Executor
  actor: Actor
  registrationId: string
  query: PeriodQuery
}): Promise<MemberRecordView> {
  checkPeriod(query.from, query.to)
  const { member, community } = await memberFor(db, actor, registrationId)
  const [posts, rows, meetings] = await Promise.all([
    db
      .selectFrom('party_post_claims as c')
      .innerJoin('party_posts as p', 'p.id', 'c.post_id')
      .select(['p.name', 'c.claimed_on', 'c.ended_on'])
      .where('c.registration_id', '=', member.id)
      .where('c.claimed_on', '<=', query.to)
      .where((eb) => eb.or([eb('c.ended_on', 'is', null), eb('c.ended_on', '>=', query.from)]))
      .orderBy('c.claimed_on')
      .execute(),
    recordRows(db)
      .where('r.registration_id', '=', member.id)
      .where('r.served_on', '>=', query.from)
      .where('r.served_on', '<=', query.to)
      .orderBy('r.served_on')
      .orderBy('r.id')
      .execute(),
    db
      .selectFrom('party_attendances as a')
      .innerJoin('party_meetings as m', 'm.id', 'a.meeting_id')
      .select(['m.id', 'm.kind', 'm.held_on', 'm.topic'])
      .where('a.registration_id', '=', member.id)
      .where('m.held_on', '>=', query.from)
      .where('m.held_on', '<=', query.to)
      .orderBy('m.held_on')
      .execute(),
  ])
  const records = await viewsOf(db, rows)
  return {
    communityName: community.name,
    member: memberView(member),
    from: query.from,
    to: query.to,
    posts: posts.map((p) => ({ name: p.name, claimedOn: p.claimed_on, endedOn: p.ended_on })),
    records,
    meetings: meetings.map((m) => ({
      id: m.id,
      kind: m.kind,
      kindZh: meetingKindNamesZh[m.kind],
      heldOn: m.held_on,
      topic: m.topic,
    })),
    totals: {
      confirmedRecords: records.filter((r) => r.state === 'confirmed').length,
      confirmedMinutes: confirmedMinutes(records),
      pendingRecords: records.filter((r) => r.state === 'pending').length,
      meetings: meetings.length,
    },
  }
}

/** A photo of a service record, for whoever may read the record. */
export async function openRecordPhoto({
  db,
  files,
  actor,
  recordId,
  fileId,
}: {
  db: Db
  files: FileStore
  actor: Actor
  recordId: string
  fileId: string
}): Promise<{ mime: string; size: number; stream: Readable }> {
  const photo = await db
    .selectFrom('party_service_photos as p')
    .innerJoin('party_service_records as r', 'r.id', 'p.record_id')
    .innerJoin('files as f', 'f.id', 'p.file_id')
    .select(['r.registration_id', 'f.mime', 'f.size'])
    .where('p.record_id', '=', recordId)
    .where('p.file_id', '=', fileId)
    .executeTakeFirst()
  if (!photo) throw notFoundOrNoAccess('file')
  await memberFor(db, actor, photo.registration_id)
  return { mime: photo.mime, size: photo.size, stream: files.open(fileId) }
}
