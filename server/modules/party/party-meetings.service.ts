// Organisational life at the community (三会一课, 主题党日): each attendance counts for the member
// wherever their membership sits, so the elderly no longer travel to the old village office.
import type { Db, Executor } from '../../db/index.js'
import type { Actor } from '../../platform/access.js'
import { recordAudit } from '../../platform/audit.js'
import { AppError, notFoundOrNoAccess } from '../../platform/errors.js'
import { newId } from '../../platform/ids.js'
import { decodeCursor, toPage } from '../../platform/pagination.js'
import { localDate } from '../../platform/time.js'
import { communityFor } from './party-access.service.js'
import { meetingKindNamesZh, type MeetingKind } from './party.domain.js'
import type { MeetingBody, MeetingQuery, MeetingView } from './party.schemas.js'
import { invalid } from './party.service.js'
// --- Organisational life -----------------------------------------------------------------------------

async function meetingViews(
  db: Executor,
  meetings: { id: string; kind: string; held_on: string; topic: string }[],
) {
  const attendees =
    meetings.length === 0
      ? []
      : await db
          .selectFrom('party_attendances as a')
          .innerJoin('party_registrations as g', 'g.id', 'a.registration_id')
          .innerJoin('persons as s', 's.id', 'g.person_id')
          .select(['a.meeting_id', 'a.registration_id', 's.name', 'g.home_name'])
          .where(
            'a.meeting_id',
            'in',
            meetings.map((m) => m.id),
          )
          .orderBy('s.name_sort')
          .execute()
  return meetings.map((m): MeetingView => ({
    id: m.id,
    kind: m.kind as MeetingKind,
    kindZh: meetingKindNamesZh[m.kind as MeetingKind],
    heldOn: m.held_on,
    topic: m.topic,
    attendees: attendees
      .filter((a) => a.meeting_id === m.id)
      .map((a) => ({ registrationId: a.registration_id, name: a.name, homeName: a.home_name })),
  }))
}

export async function recordMeeting({
  db,
  actor,
  input,
  now,
}: {
  db: Db
  actor: Actor
  input: MeetingBody
  now: number
}): Promise<MeetingView> {
  const id = await db.transaction().execute(async (trx) => {
    const community = await communityFor(trx, actor, input.communityId, 'manage')
    if (input.heldOn > localDate(now)) throw invalid('/heldOn', 'not future', '组织生活须在举行后登记')
    if (input.attendees.length > 0) {
      const found = await trx
        .selectFrom('party_registrations')
        .select('id')
        .where('id', 'in', input.attendees)
        .where('community_id', '=', community.id)
        .where('status', '=', 'active')
        .execute()
      const known = new Set(found.map((f) => f.id))
      const missing = input.attendees.filter((a) => !known.has(a))
      if (missing.length > 0)
        throw new AppError('VALIDATION_FAILED', {
          fields: missing.map(() => ({
            path: '/attendees',
            rule: 'registered',
            message: '参加人须是本社区报到的党员',
          })),
        })
    }
    const id = newId()
    await trx
      .insertInto('party_meetings')
      .values({
        id,
        community_id: community.id,
        kind: input.kind,
        held_on: input.heldOn,
        topic: input.topic,
        recorded_by_label: actor.label,
        created_at: now,
      })
      .execute()
    if (input.attendees.length > 0)
      await trx
        .insertInto('party_attendances')
        .values(
          input.attendees.map((registration_id) => ({ meeting_id: id, registration_id, created_at: now })),
        )
        .execute()
    await recordAudit(trx, {
      actor,
      action: 'party.meeting.record',
      targetType: 'party_meeting',
      targetId: id,
      scopePath: community.path,
      summary: {
        kind: input.kind,
        heldOn: input.heldOn,
        topic: input.topic,
        attended: input.attendees.length,
      },
      at: now,
    })
    return id
  })
  const rows = await db.selectFrom('party_meetings').selectAll().where('id', '=', id).execute()
  const [view] = await meetingViews(db, rows)
  if (!view) throw notFoundOrNoAccess('party_meeting')
  return view
}

export async function listMeetings({ db, actor, query }: { db: Db; actor: Actor; query: MeetingQuery }) {
  const community = await communityFor(db, actor, query.communityId, 'manage')
  const limit = query.limit ?? 20
  let q = db.selectFrom('party_meetings').selectAll().where('community_id', '=', community.id)
  if (query.cursor !== undefined) {
    const [heldOn, id] = decodeCursor(query.cursor, ['string', 'string'])
    q = q.where((eb) =>
      eb.or([
        eb('held_on', '<', String(heldOn)),
        eb.and([eb('held_on', '=', String(heldOn)), eb('id', '<', String(id))]),
      ]),
    )
  }
  const rows = await q
    .orderBy('held_on', 'desc')
    .orderBy('id', 'desc')
    .limit(limit + 1)
    .execute()
  const page = toPage(
    rows,
    limit,
    (r) => [r.held_on, r.id],
    (r) => r,
  )
  return { items: await meetingViews(db, page.items), nextCursor: page.nextCursor }
}
