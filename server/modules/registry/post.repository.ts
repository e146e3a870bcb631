import type { Executor, GrantTable, OrgNodeKind, PostTable, VillageTable } from '../../db/index.js'
import { pathRange } from '../../db/index.js'

export async function findVillageRow(db: Executor, id: string): Promise<VillageTable | undefined> {
  return db.selectFrom('villages').selectAll().where('id', '=', id).executeTakeFirst()
}

export async function userExists(db: Executor, id: string): Promise<boolean> {
  return (await db.selectFrom('users').select('id').where('id', '=', id).executeTakeFirst()) !== undefined
}

export async function insertPost(db: Executor, row: PostTable): Promise<void> {
  await db.insertInto('posts').values(row).execute()
}

export async function findPostRow(db: Executor, id: string): Promise<PostTable | undefined> {
  return db.selectFrom('posts').selectAll().where('id', '=', id).executeTakeFirst()
}

/** An open post of the same type at the same place held by the person. */
export async function findOpenSamePost(
  db: Executor,
  input: { personId: string; postType: string; nodeId: string | null; villageId: string | null },
): Promise<PostTable | undefined> {
  let q = db
    .selectFrom('posts')
    .selectAll()
    .where('person_id', '=', input.personId)
    .where('post_type', '=', input.postType)
    .where('ended_on', 'is', null)
  q = input.nodeId !== null ? q.where('node_id', '=', input.nodeId) : q.where('node_id', 'is', null)
  q =
    input.villageId !== null ? q.where('village_id', '=', input.villageId) : q.where('village_id', 'is', null)
  return q.executeTakeFirst()
}

/**
 * Open posts that tie the account to someone else, or the person to another account: one person,
 * one account across all their posts.
 */
export async function findAccountMismatch(
  db: Executor,
  personId: string,
  userId: string,
): Promise<PostTable | undefined> {
  return db
    .selectFrom('posts')
    .selectAll()
    .where('ended_on', 'is', null)
    .where((eb) =>
      eb.or([
        eb.and([eb('user_id', '=', userId), eb('person_id', '!=', personId)]),
        eb.and([eb('person_id', '=', personId), eb('user_id', 'is not', null), eb('user_id', '!=', userId)]),
      ]),
    )
    .executeTakeFirst()
}

export async function endPostRow(
  db: Executor,
  input: { id: string; expectedVersion: number; endedOn: string; now: number },
) {
  return db
    .updateTable('posts')
    .set((eb) => ({ ended_on: input.endedOn, updated_at: input.now, version: eb('version', '+', 1) }))
    .where('id', '=', input.id)
    .where('version', '=', input.expectedVersion)
    .where('ended_on', 'is', null)
    .executeTakeFirst()
}

// Grants belong to accounts; these few reads and writes are the ones a post drives (grants.post_id).

export async function findGrantFor(
  db: Executor,
  input: { userId: string; role: string; scopeKind: 'org' | 'village'; scopeId: string },
): Promise<GrantTable | undefined> {
  return db
    .selectFrom('grants')
    .selectAll()
    .where('user_id', '=', input.userId)
    .where('role', '=', input.role)
    .where('scope_kind', '=', input.scopeKind)
    .where('scope_id', '=', input.scopeId)
    .executeTakeFirst()
}

export async function findGrantRow(db: Executor, id: string): Promise<GrantTable | undefined> {
  return db.selectFrom('grants').selectAll().where('id', '=', id).executeTakeFirst()
}

/** Another open post whose access rests on the same grant (two posts, one role, one place). */
export async function findOtherOpenPostOnGrant(
  db: Executor,
  grantId: string,
  exceptPostId: string,
): Promise<PostTable | undefined> {
  return db
    .selectFrom('posts')
    .selectAll()
    .where('grant_id', '=', grantId)
    .where('id', '!=', exceptPostId)
    .where('ended_on', 'is', null)
    .orderBy('id')
    .executeTakeFirst()
}

export async function repointGrant(db: Executor, grantId: string, postId: string): Promise<void> {
  await db.updateTable('grants').set({ post_id: postId }).where('id', '=', grantId).execute()
}

/** Deletes a grant that a post created; a grant given by hand (no post) is never touched here. */
export async function deletePostGrant(db: Executor, grantId: string): Promise<boolean> {
  const result = await db
    .deleteFrom('grants')
    .where('id', '=', grantId)
    .where('post_id', 'is not', null)
    .executeTakeFirst()
  return result.numDeletedRows > 0n
}

export interface PostRow extends PostTable {
  person_name: string
  node_name: string | null
  node_kind: OrgNodeKind | null
  village_name: string | null
}

function postsWithPlaces(db: Executor) {
  return db
    .selectFrom('posts as po')
    .innerJoin('persons as p', 'p.id', 'po.person_id')
    .leftJoin('org_nodes as n', 'n.id', 'po.node_id')
    .leftJoin('villages as v', 'v.id', 'po.village_id')
    .selectAll('po')
    .select(['p.name as person_name', 'n.name as node_name', 'n.kind as node_kind', 'v.name as village_name'])
}

export async function findPostWithPlace(db: Executor, id: string): Promise<PostRow | undefined> {
  return postsWithPlaces(db).where('po.id', '=', id).executeTakeFirst()
}

/** A person's posts, open ones first, then by start. */
export async function listPostsOfPersons(
  db: Executor,
  personIds: string[],
  options: { includeEnded: boolean },
): Promise<PostRow[]> {
  if (personIds.length === 0) return []
  let q = postsWithPlaces(db).where('po.person_id', 'in', personIds)
  if (!options.includeEnded) q = q.where('po.ended_on', 'is', null)
  return q.orderBy('po.person_id').orderBy('po.ended_on', 'desc').orderBy('po.id').limit(1000).execute()
}

export interface HolderRow {
  id: string
  name: string
  name_sort: string
}

/** Persons holding an open post under `path`, by name, a page at a time (one row per person). */
export async function listPostHoldersUnder(
  db: Executor,
  input: { path: string; after: { sort: string; id: string } | null; limit: number },
): Promise<HolderRow[]> {
  const range = pathRange(input.path)
  let q = db
    .selectFrom('persons as p')
    .select(['p.id', 'p.name', 'p.name_sort'])
    .where(
      'p.id',
      'in',
      db
        .selectFrom('posts as po')
        .select('po.person_id')
        .where('po.ended_on', 'is', null)
        .where('po.path', '>=', range.from)
        .where('po.path', '<', range.to),
    )
  const after = input.after
  if (after) {
    q = q.where((eb) =>
      eb.or([
        eb('p.name_sort', '>', after.sort),
        eb.and([eb('p.name_sort', '=', after.sort), eb('p.id', '>', after.id)]),
      ]),
    )
  }
  return q.orderBy('p.name_sort').orderBy('p.id').limit(input.limit).execute()
}
