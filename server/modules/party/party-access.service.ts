// Who may do what in 党员报到. Staff with `party.manage` over the community do everything there; a
// party member (`party.serve`) sees the community's posts, needs and tasks, claims them, and sees and
// records only their own service — through the registration linked to their account. Anything else
// is "not found or no access", the same answer as for a record that does not exist.
import type { Executor, OrgNodeTable } from '../../db/index.js'
import { can, type Actor } from '../../platform/access.js'
import { roleHas } from '../../platform/access.js'
import { notFoundOrNoAccess } from '../../platform/errors.js'
import { findCommunity, findMember, findMemberByUser, type MemberRow } from './party.repository.js'

export function manages(actor: Actor, communityPath: string): boolean {
  return can(actor, 'party.manage', { kind: 'org', path: communityPath })
}

/** A party member's grant over the community or inside it (a grid's party member lives there too). */
export function serves(actor: Actor, communityPath: string): boolean {
  if (can(actor, 'party.serve', { kind: 'org', path: communityPath })) return true
  return actor.grants.some(
    (g) =>
      g.scopeKind === 'org' &&
      g.scopePath !== null &&
      g.scopePath.startsWith(communityPath) &&
      roleHas(g.role, 'party.serve'),
  )
}

/** The community, for its staff (manage) or also for its party members. */
export async function communityFor(
  db: Executor,
  actor: Actor,
  communityId: string,
  need: 'manage' | 'see',
): Promise<OrgNodeTable> {
  const community = await findCommunity(db, communityId)
  if (!community) throw notFoundOrNoAccess('org_node')
  const ok = manages(actor, community.path) || (need === 'see' && serves(actor, community.path))
  if (!ok) throw notFoundOrNoAccess('org_node')
  return community
}

export interface MemberAccess {
  member: MemberRow
  community: OrgNodeTable
  /** Staff act on any member of their community; a member only on their own registration. */
  asStaff: boolean
}

/** A registration the actor may read and act for: staff of its community, or the member themself. */
export async function memberFor(db: Executor, actor: Actor, registrationId: string): Promise<MemberAccess> {
  const member = await findMember(db, registrationId)
  if (!member) throw notFoundOrNoAccess('party_registration')
  const community = await findCommunity(db, member.community_id)
  if (!community) throw notFoundOrNoAccess('party_registration')
  if (manages(actor, community.path)) return { member, community, asStaff: true }
  if (
    actor.userId !== null &&
    member.user_id === actor.userId &&
    member.status === 'active' &&
    serves(actor, community.path)
  )
    return { member, community, asStaff: false }
  throw notFoundOrNoAccess('party_registration')
}

/** The signed-in member's own active registration in the community, or 404. */
export async function myMembership(db: Executor, actor: Actor, community: OrgNodeTable): Promise<MemberRow> {
  if (actor.userId === null || !serves(actor, community.path)) throw notFoundOrNoAccess('party_registration')
  const member = await findMemberByUser(db, actor.userId, community.id)
  if (!member) throw notFoundOrNoAccess('party_registration')
  return member
}
