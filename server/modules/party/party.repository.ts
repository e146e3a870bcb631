// 党员报到's queries: the only place in the module that speaks Kysely.
import type { Executor, OrgNodeTable } from '../../db/index.js'
import { dialectOf } from '../../db/index.js'

export async function findCommunity(db: Executor, id: string): Promise<OrgNodeTable | undefined> {
  const node = await db.selectFrom('org_nodes').selectAll().where('id', '=', id).executeTakeFirst()
  return node?.kind === 'community' ? node : undefined
}

export async function findNode(db: Executor, id: string): Promise<OrgNodeTable | undefined> {
  return db.selectFrom('org_nodes').selectAll().where('id', '=', id).executeTakeFirst()
}

/** Registrations with the member's name and linked account (never phones or ID numbers). */
export function memberRows(db: Executor) {
  return db
    .selectFrom('party_registrations as g')
    .innerJoin('persons as p', 'p.id', 'g.person_id')
    .leftJoin('users as u', 'u.id', 'g.user_id')
    .selectAll('g')
    .select(['p.name as name', 'u.username as username'])
}
export type MemberRow = Awaited<ReturnType<ReturnType<typeof memberRows>['executeTakeFirstOrThrow']>>

export async function findMember(db: Executor, id: string): Promise<MemberRow | undefined> {
  return memberRows(db).where('g.id', '=', id).executeTakeFirst()
}

/** The signed-in member's active registration in a community. */
export async function findMemberByUser(
  db: Executor,
  userId: string,
  communityId: string,
): Promise<MemberRow | undefined> {
  return memberRows(db)
    .where('g.user_id', '=', userId)
    .where('g.community_id', '=', communityId)
    .where('g.status', '=', 'active')
    .executeTakeFirst()
}

/** Service records with the member's name, home organisation and what they served. */
export function recordRows(db: Executor) {
  return db
    .selectFrom('party_service_records as r')
    .innerJoin('party_registrations as g', 'g.id', 'r.registration_id')
    .innerJoin('persons as p', 'p.id', 'g.person_id')
    .leftJoin('party_posts as po', 'po.id', 'r.post_id')
    .leftJoin('party_tasks as t', 't.id', 'r.task_id')
    .selectAll('r')
    .select([
      'p.name as member_name',
      'g.home_name',
      'g.path',
      'po.name as post_name',
      't.title as task_title',
    ])
}
export type RecordRow = Awaited<ReturnType<ReturnType<typeof recordRows>['executeTakeFirstOrThrow']>>

export async function photosOf(db: Executor, recordIds: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>()
  if (recordIds.length === 0) return out
  const rows = await db
    .selectFrom('party_service_photos')
    .select(['record_id', 'file_id'])
    .where('record_id', 'in', recordIds)
    .orderBy('created_at')
    .execute()
  for (const r of rows) out.set(r.record_id, [...(out.get(r.record_id) ?? []), r.file_id])
  return out
}

/** Locks a need/task (PostgreSQL) so that counting its claims and adding one is one step. */
export async function lockTask(trx: Executor, id: string) {
  let q = trx.selectFrom('party_tasks').selectAll().where('id', '=', id)
  if (dialectOf(trx) === 'postgres') q = q.forUpdate()
  return q.executeTakeFirst()
}

export async function lockPost(trx: Executor, id: string) {
  let q = trx.selectFrom('party_posts').selectAll().where('id', '=', id)
  if (dialectOf(trx) === 'postgres') q = q.forUpdate()
  return q.executeTakeFirst()
}

export async function lockRecord(trx: Executor, id: string) {
  let q = trx.selectFrom('party_service_records').selectAll().where('id', '=', id)
  if (dialectOf(trx) === 'postgres') q = q.forUpdate()
  return q.executeTakeFirst()
}
