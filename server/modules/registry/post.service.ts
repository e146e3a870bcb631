// Posts (交叉任职): appointing a person to a post at a node or a village, ending it, and the tables of
// who holds what. A post held by someone with an account drives one grant (grants.post_id); ending
// the post removes that grant and nothing else, so a cross-appointed person keeps their other access.
import type { Db, Executor, OrgNodeTable, PostTable, VillageTable } from '../../db/index.js'
import { readJson, writeJson } from '../../db/index.js'
import { requireAccess, type Actor } from '../../platform/access.js'
import { recordAudit } from '../../platform/audit.js'
import { requireVersionMatch } from '../../platform/concurrency.js'
import { AppError, notFoundOrNoAccess } from '../../platform/errors.js'
import { newId } from '../../platform/ids.js'
import { decodeCursor, toPage, type Page } from '../../platform/pagination.js'
import { localDate } from '../../platform/time.js'
import { grantRole } from '../accounts/index.js'
import {
  defaultPostTitle,
  endsBeforeStart,
  isPostType,
  normaliseDuties,
  postDefinition,
  postPlaceProblem,
  type PostType,
} from './post.domain.js'
import {
  deletePostGrant,
  endPostRow,
  findAccountMismatch,
  findGrantFor,
  findGrantRow,
  findOpenSamePost,
  findOtherOpenPostOnGrant,
  findPostRow,
  findPostWithPlace,
  findVillageRow,
  insertPost,
  listPostHoldersUnder,
  listPostsOfPersons,
  repointGrant,
  userExists,
  type PostRow,
} from './post.repository.js'
import type { AppointPostBody, PostHolderView, PostView } from './post.schemas.js'
import { findNodeRow, findPersonRow, lockPerson } from './tag.repository.js'

function postType(value: string): PostType {
  if (!isPostType(value)) throw new AppError('INTERNAL', { reason: `unknown post type ${value} stored` })
  return value
}

export function toPostView(row: PostRow): PostView {
  const type = postType(row.post_type)
  const place =
    row.node_id !== null
      ? { kind: row.node_kind ?? 'community', id: row.node_id, name: row.node_name ?? '' }
      : { kind: 'village' as const, id: row.village_id ?? '', name: row.village_name ?? '' }
  return {
    id: row.id,
    person: { id: row.person_id, name: row.person_name },
    postType: type,
    postTypeZh: postDefinition(type).zh,
    place,
    title: row.title,
    duties: readJson<string[]>(row.duties),
    role: postDefinition(type).role,
    userId: row.user_id,
    granted: row.grant_id !== null && row.ended_on === null,
    startedOn: row.started_on,
    endedOn: row.ended_on,
    version: row.version,
  }
}

type Place =
  | { kind: 'org'; node: OrgNodeTable; path: string; name: string }
  | { kind: 'village'; village: VillageTable; path: string; name: string }

/** The post's place, once the actor may manage users there (org path, or the village's area). */
async function requireManagedPlace(
  db: Executor,
  actor: Actor,
  place: { nodeId: string | null; villageId: string | null },
): Promise<Place> {
  if (place.nodeId !== null) {
    const node = await findNodeRow(db, place.nodeId)
    if (!node) throw notFoundOrNoAccess('org_node')
    requireAccess(actor, 'user.manage', { kind: 'org', path: node.path }, 'org_node')
    return { kind: 'org', node, path: node.path, name: node.name }
  }
  const village = place.villageId !== null ? await findVillageRow(db, place.villageId) : undefined
  if (!village) throw notFoundOrNoAccess('village')
  requireAccess(actor, 'user.manage', { kind: 'org', path: village.area_path }, 'village')
  return { kind: 'village', village, path: village.area_path, name: village.name }
}

function notAfterToday(day: string, today: string, path: string): void {
  if (day > today)
    throw new AppError('VALIDATION_FAILED', {
      fields: [{ path, rule: 'notAfterToday', message: `日期不能晚于今天（${today}）` }],
    })
}

async function readPost(db: Executor, id: string): Promise<PostView> {
  const row = await findPostWithPlace(db, id)
  if (!row) throw new AppError('INTERNAL')
  return toPostView(row)
}

export async function appointPost({
  db,
  actor,
  input,
  now,
}: {
  db: Db
  actor: Actor
  input: AppointPostBody
  now: number
}): Promise<PostView> {
  const nodeId = input.nodeId ?? null
  const villageId = input.villageId ?? null
  if ((nodeId === null) === (villageId === null)) {
    throw new AppError('VALIDATION_FAILED', {
      fields: [{ path: '/nodeId', rule: 'oneOf', message: '请指定岗位所在的组织节点或村（二选一）' }],
    })
  }
  return db.transaction().execute(async (trx) => {
    const place = await requireManagedPlace(trx, actor, { nodeId, villageId })
    const person = await lockPerson(trx, input.personId)
    if (!person) throw notFoundOrNoAccess('person')
    const type = input.postType
    const def = postDefinition(type)
    const problem = postPlaceProblem(type, place.kind === 'org' ? place.node.kind : 'village')
    if (problem) throw new AppError('UNPROCESSABLE', { reason: problem.en, reasonZh: problem.zh })
    const today = localDate(now)
    const startedOn = input.startedOn ?? today
    notAfterToday(startedOn, today, '/startedOn')
    if (await findOpenSamePost(trx, { personId: person.id, postType: type, nodeId, villageId })) {
      throw new AppError('CONFLICT', {
        reason: 'the person already holds this post here',
        reasonZh: `该人员已在${place.name}担任${def.zh}`,
      })
    }
    const userId = input.userId ?? null
    if (userId !== null) {
      if (!(await userExists(trx, userId))) throw notFoundOrNoAccess('user')
      if (await findAccountMismatch(trx, person.id, userId)) {
        throw new AppError('CONFLICT', {
          reason:
            "the account belongs to another person's posts, or this person's posts name another account",
          reasonZh: '该账号已关联其他人员的岗位，或该人员的岗位已关联其他账号',
          field: 'userId',
        })
      }
    }
    const title = input.title?.trim() ?? ''
    const id = newId()
    const grantId =
      userId !== null && def.role !== null
        ? await grantFor(trx, actor, id, userId, def.role, place, now)
        : null
    const row: PostTable = {
      id,
      person_id: person.id,
      post_type: type,
      node_id: nodeId,
      village_id: villageId,
      unit_id: null,
      community_id: place.kind === 'org' ? place.node.community_id : null,
      path: place.path,
      title: title === '' ? defaultPostTitle(type, place.name) : title,
      duties: writeJson(normaliseDuties(type, input.duties)),
      user_id: userId,
      grant_id: grantId,
      started_on: startedOn,
      ended_on: null,
      version: 1,
      created_at: now,
      updated_at: now,
    }
    await insertPost(trx, row)
    await recordAudit(trx, {
      actor,
      action: 'post.appoint',
      targetType: 'post',
      targetId: id,
      scopePath: place.path,
      villageId,
      summary: {
        personId: person.id,
        personName: person.name,
        postType: type,
        postTypeZh: def.zh,
        place: place.name,
        title: row.title,
        userId,
        grantId,
      },
      at: now,
    })
    return readPost(trx, id)
  })
}

/**
 * The grant a new post rests on. The account may already hold this role here: through another post
 * (the two posts then share that grant, and it outlives whichever ends first) or by hand (the post
 * then owns no grant, and ending it leaves the hand-given one alone).
 */
async function grantFor(
  db: Executor,
  actor: Actor,
  postId: string,
  userId: string,
  role: string,
  place: Place,
  now: number,
): Promise<string | null> {
  const scope =
    place.kind === 'org'
      ? { kind: 'org' as const, id: place.node.id }
      : { kind: 'village' as const, id: place.village.id }
  const existing = await findGrantFor(db, { userId, role, scopeKind: scope.kind, scopeId: scope.id })
  if (existing) return existing.post_id !== null ? existing.id : null
  const { id } = await grantRole(db, { actor, userId, role, scope, now, postId })
  return id
}

export async function endPost({
  db,
  actor,
  postId,
  endedOn,
  version,
  now,
}: {
  db: Db
  actor: Actor
  postId: string
  endedOn: string | undefined
  version: number
  now: number
}): Promise<PostView> {
  return db.transaction().execute(async (trx) => {
    const post = await findPostRow(trx, postId)
    if (!post) throw notFoundOrNoAccess('post')
    const place = await requireManagedPlace(trx, actor, { nodeId: post.node_id, villageId: post.village_id })
    if (post.ended_on !== null) {
      throw new AppError('CONFLICT', {
        reason: `the post already ended on ${post.ended_on}`,
        reasonZh: `该岗位已于 ${post.ended_on} 结束`,
      })
    }
    const today = localDate(now)
    const day = endedOn ?? today
    notAfterToday(day, today, '/endedOn')
    if (endsBeforeStart(post.started_on, day)) {
      throw new AppError('VALIDATION_FAILED', {
        fields: [
          {
            path: '/endedOn',
            rule: 'notBeforeStart',
            message: `结束日期不能早于任职日期 ${post.started_on ?? ''}`,
          },
        ],
      })
    }
    const result = await endPostRow(trx, { id: postId, expectedVersion: version, endedOn: day, now })
    requireVersionMatch(result, 'post', version)
    const grant = await releaseGrant(trx, actor, post, place, now)
    await recordAudit(trx, {
      actor,
      action: 'post.end',
      targetType: 'post',
      targetId: postId,
      scopePath: place.path,
      villageId: post.village_id,
      summary: { personId: post.person_id, postType: post.post_type, endedOn: day, grant },
      at: now,
    })
    return readPost(trx, postId)
  })
}

/** Removes the grant the post made, unless another open post of the holder still rests on it. */
async function releaseGrant(
  db: Executor,
  actor: Actor,
  post: PostTable,
  place: Place,
  now: number,
): Promise<'none' | 'removed' | 'kept_by_other_post'> {
  if (post.grant_id === null) return 'none'
  const grant = await findGrantRow(db, post.grant_id)
  if (!grant || grant.post_id === null) return 'none'
  const sharer = await findOtherOpenPostOnGrant(db, grant.id, post.id)
  if (sharer) {
    await repointGrant(db, grant.id, sharer.id)
    return 'kept_by_other_post'
  }
  if (!(await deletePostGrant(db, grant.id))) return 'none'
  await recordAudit(db, {
    actor,
    action: 'user.revoke_role',
    targetType: 'user',
    targetId: grant.user_id,
    scopePath: place.path,
    villageId: grant.scope_kind === 'village' ? grant.scope_id : null,
    summary: { role: grant.role, scopeKind: grant.scope_kind, scopeId: grant.scope_id, postId: post.id },
    at: now,
  })
  return 'removed'
}

/** A person's posts (open ones unless asked), for whoever may read the person. */
export async function listPersonPosts({
  db,
  actor,
  personId,
  includeEnded,
}: {
  db: Db
  actor: Actor
  personId: string
  includeEnded: boolean
}): Promise<{ items: PostView[] }> {
  const person = await findPersonRow(db, personId)
  if (!person) throw notFoundOrNoAccess('person')
  requireAccess(actor, 'person.read', { kind: 'org', path: person.path }, 'person')
  const rows = await listPostsOfPersons(db, [personId], { includeEnded })
  return { items: rows.map(toPostView) }
}

/**
 * The cross-appointment table of a node: everyone holding an open post under it, by name, each
 * with all of their open posts (including those elsewhere, e.g. a village accountant's village).
 */
export async function listNodePosts({
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
}): Promise<Page<PostHolderView>> {
  const node = await findNodeRow(db, nodeId)
  if (!node) throw notFoundOrNoAccess('org_node')
  requireAccess(actor, 'org.read', { kind: 'org', path: node.path }, 'org_node')
  const after = cursor ? decodeCursor(cursor, ['string', 'string']) : null
  const holders = await listPostHoldersUnder(db, {
    path: node.path,
    after: after ? { sort: String(after[0]), id: String(after[1]) } : null,
    limit: limit + 1,
  })
  const posts = await listPostsOfPersons(
    db,
    holders.slice(0, limit).map((h) => h.id),
    { includeEnded: false },
  )
  const byPerson = new Map<string, PostView[]>()
  for (const row of posts) {
    const list = byPerson.get(row.person_id) ?? []
    list.push(toPostView(row))
    byPerson.set(row.person_id, list)
  }
  return toPage(
    holders,
    limit,
    (h) => [h.name_sort, h.id],
    (h) => ({ person: { id: h.id, name: h.name }, posts: byPerson.get(h.id) ?? [] }),
  )
}
