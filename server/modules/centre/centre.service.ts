// The service centre ("5+3+1+N"): rooms, bookings that never overlap, and activities with sign-up,
// capacity, attendance and photos. A booking locks its room's row (PostgreSQL) before it looks for
// overlaps, and a sign-up locks its activity's row before it counts the places left, so two staff
// booking one room, or two residents taking the last place, at the same moment cannot both succeed.
import type { Readable } from 'node:stream'
import type { Db, Executor, OrgNodeTable } from '../../db/index.js'
import type { FileStore } from '../../platform/files.js'
import { dialectOf, toNumber } from '../../db/index.js'
import { can, requireAccess, roleHas, type Actor } from '../../platform/access.js'
import { recordAudit } from '../../platform/audit.js'
import { AppError, notFoundOrNoAccess } from '../../platform/errors.js'
import { newId } from '../../platform/ids.js'
import { decodeCursor, toPage } from '../../platform/pagination.js'
import { localDate, startOfLocalDay } from '../../platform/time.js'
import { checkPeriod, checkPhotos } from '../requests/index.js'
import {
  activityKindNamesZh,
  checkSpan,
  formatSpanZh,
  roomKindNamesZh,
  type ActivityKind,
  type RoomKind,
} from './centre.domain.js'
import type {
  ActivityBody,
  ActivityQuery,
  ActivitySummary,
  ActivityView,
  AttendanceBody,
  BookingBody,
  BookingQuery,
  BookingView,
  CancelBody,
  CentreFiguresQuery,
  CentreFiguresView,
  CentreRecordsQuery,
  RoomBody,
  RoomView,
  SignupBody,
} from './centre.schemas.js'

const DAY = 86_400_000

async function communityNode(db: Executor, id: string): Promise<OrgNodeTable> {
  const node = await db.selectFrom('org_nodes').selectAll().where('id', '=', id).executeTakeFirst()
  if (!node || node.kind !== 'community') throw notFoundOrNoAccess('org_node')
  return node
}

/**
 * Does the actor work in (or above) the community? The centre is the whole community's: a grid
 * worker or a building leader of one of its grids sees its rooms and activities and signs
 * residents up, while running it takes `centre.manage` over the community.
 */
export function worksIn(actor: Actor, communityPath: string): boolean {
  if (can(actor, 'org.read', { kind: 'org', path: communityPath })) return true
  return actor.grants.some(
    (g) =>
      g.scopeKind === 'org' &&
      g.scopePath !== null &&
      g.scopePath.startsWith(communityPath) &&
      roleHas(g.role, 'org.read'),
  )
}

/** The community, for someone who works in it (and, with `manage`, runs its centre). */
async function communityFor(db: Executor, actor: Actor, id: string, manage = false) {
  const node = await communityNode(db, id)
  if (!worksIn(actor, node.path)) throw notFoundOrNoAccess('org_node')
  if (manage && !can(actor, 'centre.manage', { kind: 'org', path: node.path }))
    throw new AppError('FORBIDDEN', { action: 'centre.manage' })
  return node
}

function roomView(r: {
  id: string
  community_id: string
  name: string
  kind: string
  capacity: number
  open_from: string
  open_to: string
}): RoomView {
  return {
    id: r.id,
    communityId: r.community_id,
    name: r.name,
    kind: r.kind as RoomKind,
    kindZh: roomKindNamesZh[r.kind as RoomKind],
    capacity: r.capacity,
    openFrom: r.open_from,
    openTo: r.open_to,
  }
}

// --- Rooms ----------------------------------------------------------------------------------------

export async function listRooms({ db, actor, communityId }: { db: Db; actor: Actor; communityId: string }) {
  const community = await communityFor(db, actor, communityId)
  const rows = await db
    .selectFrom('centre_rooms')
    .selectAll()
    .where('community_id', '=', community.id)
    .where('active', '=', 1)
    .orderBy('name')
    .execute()
  return {
    items: rows.map(roomView),
    canManage: can(actor, 'centre.manage', { kind: 'org', path: community.path }),
  }
}

export async function createRoom({
  db,
  actor,
  input,
  now,
}: {
  db: Db
  actor: Actor
  input: RoomBody
  now: number
}): Promise<RoomView> {
  return db.transaction().execute(async (trx) => {
    const community = await communityFor(trx, actor, input.communityId, true)
    if (input.openFrom >= input.openTo)
      throw new AppError('VALIDATION_FAILED', {
        fields: [{ path: '/openTo', rule: 'after open', message: '关门时间须晚于开门时间' }],
      })
    const taken = await trx
      .selectFrom('centre_rooms')
      .select('id')
      .where('community_id', '=', community.id)
      .where('name', '=', input.name)
      .executeTakeFirst()
    if (taken)
      throw new AppError('CONFLICT', { reason: 'room name taken', reasonZh: `已有名为“${input.name}”的场室` })
    const row = {
      id: newId(),
      community_id: community.id,
      name: input.name,
      kind: input.kind,
      capacity: input.capacity,
      open_from: input.openFrom,
      open_to: input.openTo,
      active: 1 as const,
      version: 1,
      created_at: now,
      updated_at: now,
    }
    await trx.insertInto('centre_rooms').values(row).execute()
    await recordAudit(trx, {
      actor,
      action: 'centre.room.create',
      targetType: 'centre_room',
      targetId: row.id,
      scopePath: community.path,
      summary: { name: row.name, kind: row.kind, capacity: row.capacity },
      at: now,
    })
    return roomView(row)
  })
}

// --- Bookings -------------------------------------------------------------------------------------

async function lockRoom(trx: Executor, roomId: string) {
  let q = trx.selectFrom('centre_rooms').selectAll().where('id', '=', roomId)
  if (dialectOf(trx) === 'postgres') q = q.forUpdate()
  return q.executeTakeFirst()
}

/** Books a room: the caller's transaction; refuses a time outside its hours or over another booking. */
async function insertBooking(
  trx: Executor,
  actor: Actor,
  roomId: string,
  input: BookingBody & { activityId?: string | null },
  now: number,
): Promise<{ id: string; room: { name: string; community_id: string; capacity: number } }> {
  const room = await lockRoom(trx, roomId)
  if (!room || room.active !== 1) throw notFoundOrNoAccess('centre_room')
  const community = await communityNode(trx, room.community_id)
  if (!worksIn(actor, community.path)) throw notFoundOrNoAccess('centre_room')
  if (!can(actor, 'centre.manage', { kind: 'org', path: community.path }))
    throw new AppError('FORBIDDEN', { action: 'centre.book' })
  const span = { starts_at: input.startsAt, ends_at: input.endsAt }
  const problems = checkSpan(span, room, now)
  if (problems.length > 0) throw new AppError('VALIDATION_FAILED', { fields: problems })
  const clash = await trx
    .selectFrom('room_bookings')
    .select(['id', 'starts_at', 'ends_at', 'purpose', 'organiser'])
    .where('room_id', '=', room.id)
    .where('state', '=', 'booked')
    .where('starts_at', '<', span.ends_at)
    .where('ends_at', '>', span.starts_at)
    .orderBy('starts_at')
    .limit(1)
    .executeTakeFirst()
  if (clash)
    throw new AppError('CONFLICT', {
      reason: 'the room is booked then',
      reasonZh: `${room.name}在 ${formatSpanZh(clash)} 已被预约（${clash.organiser}：${clash.purpose}）`,
      bookingId: clash.id,
    })
  const id = newId()
  await trx
    .insertInto('room_bookings')
    .values({
      id,
      room_id: room.id,
      community_id: room.community_id,
      starts_at: span.starts_at,
      ends_at: span.ends_at,
      purpose: input.purpose,
      organiser: input.organiser,
      activity_id: input.activityId ?? null,
      state: 'booked',
      cancel_reason: null,
      booked_by_user_id: actor.userId,
      booked_by_label: actor.label,
      version: 1,
      created_at: now,
      updated_at: now,
    })
    .execute()
  await recordAudit(trx, {
    actor,
    action: 'centre.booking.create',
    targetType: 'room_booking',
    targetId: id,
    scopePath: community.path,
    summary: {
      room: room.name,
      span: formatSpanZh(span),
      purpose: input.purpose,
      organiser: input.organiser,
    },
    at: now,
  })
  return { id, room }
}

function bookingQuery(db: Executor) {
  return db
    .selectFrom('room_bookings as b')
    .innerJoin('centre_rooms as r', 'r.id', 'b.room_id')
    .selectAll('b')
    .select('r.name as room_name')
}

function bookingView(b: {
  id: string
  room_id: string
  room_name: string
  starts_at: number
  ends_at: number
  purpose: string
  organiser: string
  activity_id: string | null
  state: 'booked' | 'cancelled'
  booked_by_label: string
  version: number
}): BookingView {
  return {
    id: b.id,
    roomId: b.room_id,
    roomName: b.room_name,
    startsAt: b.starts_at,
    endsAt: b.ends_at,
    purpose: b.purpose,
    organiser: b.organiser,
    activityId: b.activity_id,
    state: b.state,
    bookedBy: b.booked_by_label,
    version: b.version,
  }
}

export async function bookRoom({
  db,
  actor,
  roomId,
  input,
  now,
}: {
  db: Db
  actor: Actor
  roomId: string
  input: BookingBody
  now: number
}): Promise<BookingView> {
  return db.transaction().execute(async (trx) => {
    const { id } = await insertBooking(trx, actor, roomId, input, now)
    return bookingView(await bookingQuery(trx).where('b.id', '=', id).executeTakeFirstOrThrow())
  })
}

export async function listBookings({
  db,
  actor,
  query,
}: {
  db: Db
  actor: Actor
  query: BookingQuery
}): Promise<{ items: BookingView[] }> {
  const community = await communityFor(db, actor, query.communityId)
  const from = startOfLocalDay(query.from)
  const to = startOfLocalDay(query.to) + DAY
  if (!(to > from) || to - from > 62 * DAY)
    throw new AppError('VALIDATION_FAILED', {
      fields: [{ path: '/to', rule: 'period', message: '查询区间须在两个月以内，且结束日期不早于开始日期' }],
    })
  let q = bookingQuery(db)
    .where('b.community_id', '=', community.id)
    .where('b.state', '=', 'booked')
    .where('b.starts_at', '<', to)
    .where('b.ends_at', '>', from)
  if (query.roomId !== undefined) q = q.where('b.room_id', '=', query.roomId)
  const rows = await q.orderBy('b.starts_at').limit(1000).execute()
  return { items: rows.map(bookingView) }
}

export async function cancelBooking({
  db,
  actor,
  bookingId,
  input,
  now,
}: {
  db: Db
  actor: Actor
  bookingId: string
  input: CancelBody
  now: number
}): Promise<BookingView> {
  return db.transaction().execute(async (trx) => {
    const booking = await bookingQuery(trx).where('b.id', '=', bookingId).executeTakeFirst()
    if (!booking) throw notFoundOrNoAccess('room_booking')
    const community = await communityFor(trx, actor, booking.community_id, true)
    if (booking.activity_id !== null)
      throw new AppError('UNPROCESSABLE', {
        reason: 'the booking belongs to an activity',
        reasonZh: '该预约属于一项活动，请取消活动',
      })
    if (booking.state !== 'booked')
      throw new AppError('INVALID_TRANSITION', { state: '已取消', action: '取消预约' })
    const ok = await trx
      .updateTable('room_bookings')
      .set({ state: 'cancelled', cancel_reason: input.reason, version: booking.version + 1, updated_at: now })
      .where('id', '=', booking.id)
      .where('version', '=', input.version)
      .executeTakeFirst()
    if (ok.numUpdatedRows === 0n)
      throw new AppError('VERSION_CONFLICT', { entity: 'room_booking', expectedVersion: input.version })
    await recordAudit(trx, {
      actor,
      action: 'centre.booking.cancel',
      targetType: 'room_booking',
      targetId: booking.id,
      scopePath: community.path,
      summary: { room: booking.room_name, span: formatSpanZh(booking), reason: input.reason },
      at: now,
    })
    return bookingView({ ...booking, state: 'cancelled', version: booking.version + 1 })
  })
}

// --- Activities -------------------------------------------------------------------------------------

interface ActivityRow {
  id: string
  community_id: string
  title: string
  kind: string
  description: string
  starts_at: number
  ends_at: number
  room_id: string | null
  booking_id: string | null
  place: string | null
  capacity: number | null
  signup_until: number | null
  state: 'open' | 'held' | 'cancelled'
  summary: string | null
  version: number
  path: string
  room_name: string | null
  signed_up: number | string | null
  attended: number | string | null
}

function activityRows(db: Executor) {
  return db
    .selectFrom('activities as a')
    .leftJoin('centre_rooms as r', 'r.id', 'a.room_id')
    .selectAll('a')
    .select((eb) => [
      'r.name as room_name',
      eb
        .selectFrom('activity_signups as s')
        .whereRef('s.activity_id', '=', 'a.id')
        .where('s.state', '=', 'signed')
        .select((e) => e.fn.countAll<number>().as('n'))
        .as('signed_up'),
      eb
        .selectFrom('activity_signups as s')
        .whereRef('s.activity_id', '=', 'a.id')
        .where('s.attended', '=', 1)
        .select((e) => e.fn.countAll<number>().as('n'))
        .as('attended'),
    ])
}

function activitySummary(a: ActivityRow): ActivitySummary {
  return {
    id: a.id,
    title: a.title,
    kind: a.kind as ActivityKind,
    kindZh: activityKindNamesZh[a.kind as ActivityKind],
    startsAt: a.starts_at,
    endsAt: a.ends_at,
    place: a.room_name ?? a.place ?? '',
    capacity: a.capacity,
    signedUp: toNumber(a.signed_up),
    attended: toNumber(a.attended),
    state: a.state,
  }
}

/** A page of activities, newest first, after the cursor (start time, then id). */
async function pageOfActivities(
  q: ReturnType<typeof activityRows>,
  query: { cursor?: string; limit?: number },
): Promise<{ items: ActivitySummary[]; nextCursor: string | null }> {
  const limit = query.limit ?? 20
  if (query.cursor !== undefined) {
    const [startsAt, id] = decodeCursor(query.cursor, ['number', 'string'])
    q = q.where((eb) =>
      eb.or([
        eb('a.starts_at', '<', Number(startsAt)),
        eb.and([eb('a.starts_at', '=', Number(startsAt)), eb('a.id', '<', String(id))]),
      ]),
    )
  }
  const rows = (await q
    .orderBy('a.starts_at', 'desc')
    .orderBy('a.id', 'desc')
    .limit(limit + 1)
    .execute()) as ActivityRow[]
  return toPage(rows, limit, (r) => [r.starts_at, r.id], activitySummary)
}

async function lockActivity(trx: Executor, id: string) {
  let q = trx.selectFrom('activities').selectAll().where('id', '=', id)
  if (dialectOf(trx) === 'postgres') q = q.forUpdate()
  return q.executeTakeFirst()
}

export async function createActivity({
  db,
  actor,
  input,
  now,
}: {
  db: Db
  actor: Actor
  input: ActivityBody
  now: number
}): Promise<ActivityView> {
  const id = await db.transaction().execute(async (trx) => {
    const community = await communityFor(trx, actor, input.communityId, true)
    if (input.roomId === undefined && input.place === undefined)
      throw new AppError('VALIDATION_FAILED', {
        fields: [{ path: '/roomId', rule: 'required', message: '请选择活动场室，或填写活动地点' }],
      })
    if (input.endsAt <= input.startsAt)
      throw new AppError('VALIDATION_FAILED', {
        fields: [{ path: '/endsAt', rule: 'after start', message: '结束时间须晚于开始时间' }],
      })
    if (input.signupUntil !== undefined && input.signupUntil > input.startsAt)
      throw new AppError('VALIDATION_FAILED', {
        fields: [{ path: '/signupUntil', rule: 'before start', message: '报名截止须在活动开始之前' }],
      })
    const id = newId()
    let bookingId: string | null = null
    if (input.roomId !== undefined) {
      const room = await trx
        .selectFrom('centre_rooms')
        .select(['community_id', 'capacity', 'name'])
        .where('id', '=', input.roomId)
        .executeTakeFirst()
      if (!room || room.community_id !== community.id) throw notFoundOrNoAccess('centre_room')
      if (input.capacity !== undefined && input.capacity > room.capacity)
        throw new AppError('VALIDATION_FAILED', {
          fields: [
            { path: '/capacity', rule: 'room capacity', message: `${room.name}最多容纳 ${room.capacity} 人` },
          ],
        })
      const booking = await insertBooking(
        trx,
        actor,
        input.roomId,
        {
          startsAt: input.startsAt,
          endsAt: input.endsAt,
          purpose: input.title,
          organiser: community.name,
          activityId: id,
        },
        now,
      )
      bookingId = booking.id
    }
    await trx
      .insertInto('activities')
      .values({
        id,
        community_id: community.id,
        path: community.path,
        title: input.title,
        kind: input.kind,
        description: input.description,
        starts_at: input.startsAt,
        ends_at: input.endsAt,
        held_date: null,
        room_id: input.roomId ?? null,
        booking_id: bookingId,
        place: input.place ?? null,
        capacity: input.capacity ?? null,
        signup_until: input.signupUntil ?? null,
        state: 'open',
        summary: null,
        created_by_user_id: actor.userId,
        version: 1,
        created_at: now,
        updated_at: now,
      })
      .execute()
    await recordAudit(trx, {
      actor,
      action: 'centre.activity.create',
      targetType: 'activity',
      targetId: id,
      scopePath: community.path,
      summary: {
        title: input.title,
        kind: input.kind,
        span: formatSpanZh({ starts_at: input.startsAt, ends_at: input.endsAt }),
      },
      at: now,
    })
    return id
  })
  return getActivity({ db, actor, activityId: id, now })
}

export async function listActivities({
  db,
  actor,
  query,
}: {
  db: Db
  actor: Actor
  query: ActivityQuery
}): Promise<{ items: ActivitySummary[]; nextCursor: string | null }> {
  const community = await communityFor(db, actor, query.communityId)
  let q = activityRows(db).where('a.community_id', '=', community.id)
  if (query.state !== undefined) q = q.where('a.state', '=', query.state)
  return pageOfActivities(q, query)
}

export async function getActivity({
  db,
  actor,
  activityId,
  now,
}: {
  db: Executor
  actor: Actor
  activityId: string
  now: number
}): Promise<ActivityView> {
  const a = (await activityRows(db).where('a.id', '=', activityId).executeTakeFirst()) as
    ActivityRow | undefined
  if (!a || !worksIn(actor, a.path)) throw notFoundOrNoAccess('activity')
  const signups = await db
    .selectFrom('activity_signups as s')
    .innerJoin('persons as p', 'p.id', 's.person_id')
    .select(['s.id', 's.person_id', 'p.name', 's.state', 's.attended', 's.version'])
    .where('s.activity_id', '=', a.id)
    .orderBy('s.created_at')
    .execute()
  const photos = await db
    .selectFrom('activity_photos')
    .select('file_id')
    .where('activity_id', '=', a.id)
    .orderBy('created_at')
    .execute()
  const canManage = can(actor, 'centre.manage', { kind: 'org', path: a.path })
  return {
    ...activitySummary(a),
    description: a.description,
    roomId: a.room_id,
    signupUntil: a.signup_until,
    summary: a.summary,
    version: a.version,
    signups: signups.map((s) => ({
      id: s.id,
      personId: s.person_id,
      name: s.name,
      state: s.state,
      attended: s.attended === 1,
      version: s.version,
    })),
    photos: photos.map((p) => p.file_id),
    canManage,
    canSignUp: a.state === 'open' && now < (a.signup_until ?? a.starts_at),
  }
}

/** Signs a resident up (by a worker, a building leader or a party member who looks after them). */
export async function signUp({
  db,
  actor,
  activityId,
  input,
  now,
}: {
  db: Db
  actor: Actor
  activityId: string
  input: SignupBody
  now: number
}): Promise<ActivityView> {
  await db.transaction().execute(async (trx) => {
    const activity = await lockActivity(trx, activityId)
    if (!activity || !worksIn(actor, activity.path)) throw notFoundOrNoAccess('activity')
    const person = await trx
      .selectFrom('persons')
      .select(['id', 'name', 'path', 'status'])
      .where('id', '=', input.personId)
      .executeTakeFirst()
    if (!person || person.status !== 'active') throw notFoundOrNoAccess('person')
    requireAccess(actor, 'centre.signup', { kind: 'org', path: person.path }, 'person')
    if (activity.state !== 'open' || now >= (activity.signup_until ?? activity.starts_at))
      throw new AppError('UNPROCESSABLE', { reason: 'sign-up closed', reasonZh: '报名已截止' })
    const existing = await trx
      .selectFrom('activity_signups')
      .selectAll()
      .where('activity_id', '=', activity.id)
      .where('person_id', '=', person.id)
      .executeTakeFirst()
    if (existing?.state === 'signed')
      throw new AppError('CONFLICT', { reason: 'already signed up', reasonZh: `${person.name}已报名` })
    if (activity.capacity !== null) {
      const taken = await trx
        .selectFrom('activity_signups')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('activity_id', '=', activity.id)
        .where('state', '=', 'signed')
        .executeTakeFirst()
      if (toNumber(taken?.n) >= activity.capacity)
        throw new AppError('CONFLICT', {
          reason: 'full',
          reasonZh: `名额已满（${String(activity.capacity)} 人）`,
        })
    }
    if (existing)
      await trx
        .updateTable('activity_signups')
        .set({
          state: 'signed',
          signed_by_user_id: actor.userId,
          version: existing.version + 1,
          updated_at: now,
        })
        .where('id', '=', existing.id)
        .execute()
    else
      await trx
        .insertInto('activity_signups')
        .values({
          id: newId(),
          activity_id: activity.id,
          person_id: person.id,
          state: 'signed',
          attended: 0,
          signed_by_user_id: actor.userId,
          version: 1,
          created_at: now,
          updated_at: now,
        })
        .execute()
    await recordAudit(trx, {
      actor,
      action: 'centre.signup',
      targetType: 'activity',
      targetId: activity.id,
      scopePath: activity.path,
      summary: { title: activity.title, person: person.name },
      at: now,
    })
  })
  return getActivity({ db, actor, activityId, now })
}

export async function cancelSignup({
  db,
  actor,
  signupId,
  now,
}: {
  db: Db
  actor: Actor
  signupId: string
  now: number
}): Promise<ActivityView> {
  const activityId = await db.transaction().execute(async (trx) => {
    const signup = await trx
      .selectFrom('activity_signups')
      .selectAll()
      .where('id', '=', signupId)
      .executeTakeFirst()
    if (!signup) throw notFoundOrNoAccess('activity_signup')
    const activity = await lockActivity(trx, signup.activity_id)
    const person = await trx
      .selectFrom('persons')
      .select(['path', 'name'])
      .where('id', '=', signup.person_id)
      .executeTakeFirst()
    if (!activity || !person) throw notFoundOrNoAccess('activity_signup')
    requireAccess(actor, 'centre.signup', { kind: 'org', path: person.path }, 'activity_signup')
    if (signup.state !== 'signed' || activity.state !== 'open')
      throw new AppError('INVALID_TRANSITION', {
        state: signup.state === 'signed' ? '活动已结束' : '已取消',
        action: '取消报名',
      })
    await trx
      .updateTable('activity_signups')
      .set({ state: 'cancelled', version: signup.version + 1, updated_at: now })
      .where('id', '=', signup.id)
      .execute()
    await recordAudit(trx, {
      actor,
      action: 'centre.signup.cancel',
      targetType: 'activity',
      targetId: activity.id,
      scopePath: activity.path,
      summary: { title: activity.title, person: person.name },
      at: now,
    })
    return activity.id
  })
  return getActivity({ db, actor, activityId, now })
}

/** After the activity: who came (sign-ups and walk-ins), a summary and photos; it is then held. */
export async function recordAttendance({
  db,
  actor,
  activityId,
  input,
  now,
}: {
  db: Db
  actor: Actor
  activityId: string
  input: AttendanceBody
  now: number
}): Promise<ActivityView> {
  await db.transaction().execute(async (trx) => {
    const activity = await lockActivity(trx, activityId)
    if (!activity || !worksIn(actor, activity.path)) throw notFoundOrNoAccess('activity')
    if (!can(actor, 'centre.manage', { kind: 'org', path: activity.path }))
      throw new AppError('FORBIDDEN', { action: 'centre.attendance' })
    if (activity.state !== 'open')
      throw new AppError('INVALID_TRANSITION', {
        state: activity.state === 'held' ? '已举办' : '已取消',
        action: '登记参加情况',
      })
    if (now < activity.starts_at)
      throw new AppError('UNPROCESSABLE', {
        reason: 'not started',
        reasonZh: '活动尚未开始，不能登记参加情况',
      })
    if (input.version !== activity.version)
      throw new AppError('VERSION_CONFLICT', { entity: 'activity', expectedVersion: input.version })
    const signups = await trx
      .selectFrom('activity_signups')
      .select(['id', 'person_id', 'state'])
      .where('activity_id', '=', activity.id)
      .execute()
    const known = new Map(signups.map((s) => [s.id, s]))
    const unknown = input.attended.filter((id) => known.get(id)?.state !== 'signed')
    if (unknown.length > 0)
      throw new AppError('VALIDATION_FAILED', {
        fields: unknown.map((id) => ({
          path: '/attended',
          rule: 'signed up',
          message: `不是本活动的报名：${id}`,
        })),
      })
    if (input.attended.length > 0)
      await trx
        .updateTable('activity_signups')
        .set({ attended: 1, updated_at: now })
        .where('id', 'in', input.attended)
        .execute()
    const signedPersons = new Set(signups.map((s) => s.person_id))
    const walkIns = (input.walkIns ?? []).filter((p) => !signedPersons.has(p))
    if (walkIns.length > 0) {
      const persons = await trx
        .selectFrom('persons')
        .select(['id', 'status'])
        .where('id', 'in', walkIns)
        .execute()
      const found = new Set(persons.filter((p) => p.status === 'active').map((p) => p.id))
      const missing = walkIns.filter((p) => !found.has(p))
      if (missing.length > 0)
        throw new AppError('VALIDATION_FAILED', {
          fields: missing.map(() => ({
            path: '/walkIns',
            rule: 'resident',
            message: '现场参加的居民不存在',
          })),
        })
      await trx
        .insertInto('activity_signups')
        .values(
          walkIns.map((personId) => ({
            id: newId(),
            activity_id: activity.id,
            person_id: personId,
            state: 'walk_in' as const,
            attended: 1 as const,
            signed_by_user_id: actor.userId,
            version: 1,
            created_at: now,
            updated_at: now,
          })),
        )
        .execute()
    }
    const photos = await checkPhotos(trx, input.photos, '/photos')
    if (photos.length > 0)
      await trx
        .insertInto('activity_photos')
        .values(photos.map((file_id) => ({ activity_id: activity.id, file_id, created_at: now })))
        .execute()
    await trx
      .updateTable('activities')
      .set({
        state: 'held',
        held_date: localDate(activity.starts_at),
        summary: input.summary ?? null,
        version: activity.version + 1,
        updated_at: now,
      })
      .where('id', '=', activity.id)
      .execute()
    await recordAudit(trx, {
      actor,
      action: 'centre.activity.held',
      targetType: 'activity',
      targetId: activity.id,
      scopePath: activity.path,
      summary: {
        title: activity.title,
        attended: input.attended.length + walkIns.length,
        photos: photos.length,
      },
      at: now,
    })
  })
  return getActivity({ db, actor, activityId, now })
}

export async function cancelActivity({
  db,
  actor,
  activityId,
  input,
  now,
}: {
  db: Db
  actor: Actor
  activityId: string
  input: CancelBody
  now: number
}): Promise<ActivityView> {
  await db.transaction().execute(async (trx) => {
    const activity = await lockActivity(trx, activityId)
    if (!activity || !worksIn(actor, activity.path)) throw notFoundOrNoAccess('activity')
    if (!can(actor, 'centre.manage', { kind: 'org', path: activity.path }))
      throw new AppError('FORBIDDEN', { action: 'centre.activity.cancel' })
    if (activity.state !== 'open')
      throw new AppError('INVALID_TRANSITION', {
        state: activity.state === 'held' ? '已举办' : '已取消',
        action: '取消活动',
      })
    if (input.version !== activity.version)
      throw new AppError('VERSION_CONFLICT', { entity: 'activity', expectedVersion: input.version })
    await trx
      .updateTable('activities')
      .set({ state: 'cancelled', version: activity.version + 1, updated_at: now })
      .where('id', '=', activity.id)
      .execute()
    if (activity.booking_id !== null)
      await trx
        .updateTable('room_bookings')
        .set({ state: 'cancelled', cancel_reason: input.reason, updated_at: now })
        .where('id', '=', activity.booking_id)
        .execute()
    await recordAudit(trx, {
      actor,
      action: 'centre.activity.cancel',
      targetType: 'activity',
      targetId: activity.id,
      scopePath: activity.path,
      summary: { title: activity.title, reason: input.reason },
      at: now,
    })
  })
  return getActivity({ db, actor, activityId, now })
}

// --- Figures ----------------------------------------------------------------------------------------

async function figuresNode(db: Executor, actor: Actor, nodeId: string): Promise<OrgNodeTable> {
  const node = await db.selectFrom('org_nodes').selectAll().where('id', '=', nodeId).executeTakeFirst()
  if (!node) throw notFoundOrNoAccess('org_node')
  requireAccess(actor, 'org.read', { kind: 'org', path: node.path }, 'org_node')
  return node
}

/** Activities held under a node, by the day they were held: a community's by its id, else by path. */
function heldUnder(db: Executor, node: OrgNodeTable, from: string, to: string) {
  let q = db.selectFrom('activities as a').where('a.held_date', '>=', from).where('a.held_date', '<=', to)
  q =
    node.kind === 'community'
      ? q.where('a.community_id', '=', node.id)
      : q.where('a.path', '>=', node.path).where('a.path', '<', `${node.path.slice(0, -1)}0`)
  return q
}

/** Activities held (by kind) and their participants (person-times) in a period. */
export async function getCentreFigures({
  db,
  actor,
  query,
}: {
  db: Db
  actor: Actor
  query: CentreFiguresQuery
}): Promise<CentreFiguresView> {
  checkPeriod(query.from, query.to)
  const node = await figuresNode(db, actor, query.nodeId)
  const [byKind, participants, bookings] = await Promise.all([
    heldUnder(db, node, query.from, query.to)
      .select(['a.kind', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('a.kind')
      .execute(),
    heldUnder(db, node, query.from, query.to)
      .innerJoin('activity_signups as s', 's.activity_id', 'a.id')
      .where('s.attended', '=', 1)
      .select(['a.kind', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('a.kind')
      .execute(),
    (node.kind === 'community'
      ? db.selectFrom('room_bookings as b').where('b.community_id', '=', node.id)
      : db
          .selectFrom('room_bookings as b')
          .innerJoin('org_nodes as c', 'c.id', 'b.community_id')
          .where('c.path', '>=', node.path)
          .where('c.path', '<', `${node.path.slice(0, -1)}0`)
    )
      .where('b.state', '=', 'booked')
      .where('b.starts_at', '>=', startOfLocalDay(query.from))
      .where('b.starts_at', '<', startOfLocalDay(query.to) + DAY)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst(),
  ])
  const kinds = (Object.keys(activityKindNamesZh) as ActivityKind[]).map((kind) => ({
    kind,
    kindZh: activityKindNamesZh[kind],
    held: toNumber(byKind.find((r) => r.kind === kind)?.n),
    participants: toNumber(participants.find((r) => r.kind === kind)?.n),
  }))
  return {
    nodeId: node.id,
    nodeName: node.name,
    from: query.from,
    to: query.to,
    totals: {
      held: kinds.reduce((a, k) => a + k.held, 0),
      participants: kinds.reduce((a, k) => a + k.participants, 0),
      bookings: toNumber(bookings?.n),
    },
    byKind: kinds,
  }
}

/** The activities behind the figures, newest first. */
export async function centreRecords({
  db,
  actor,
  query,
}: {
  db: Db
  actor: Actor
  query: CentreRecordsQuery
}): Promise<{ items: ActivitySummary[]; nextCursor: string | null }> {
  checkPeriod(query.from, query.to)
  const node = await figuresNode(db, actor, query.nodeId)
  const ids = heldUnder(db, node, query.from, query.to).select('a.id')
  const q = activityRows(db).where('a.id', 'in', query.kind ? ids.where('a.kind', '=', query.kind) : ids)
  return pageOfActivities(q, query)
}

/** A photo of an activity, for whoever works in its community. */
export async function openActivityPhoto({
  db,
  files,
  actor,
  activityId,
  fileId,
}: {
  db: Db
  files: FileStore
  actor: Actor
  activityId: string
  fileId: string
}): Promise<{ mime: string; size: number; stream: Readable }> {
  const photo = await db
    .selectFrom('activity_photos as p')
    .innerJoin('activities as a', 'a.id', 'p.activity_id')
    .innerJoin('files as f', 'f.id', 'p.file_id')
    .select(['a.path', 'f.mime', 'f.size'])
    .where('p.activity_id', '=', activityId)
    .where('p.file_id', '=', fileId)
    .executeTakeFirst()
  if (!photo || !worksIn(actor, photo.path)) throw notFoundOrNoAccess('file')
  return { mime: photo.mime, size: photo.size, stream: files.open(fileId) }
}
