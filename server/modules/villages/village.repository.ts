import type { Executor, VillageTable } from '../../db/index.js'
import { toNumber } from '../../db/index.js'

export type VillageRow = VillageTable & { area_id: string; area_name: string }

function villagesWithArea(db: Executor) {
  return db
    .selectFrom('villages')
    .innerJoin('org_nodes', 'org_nodes.path', 'villages.area_path')
    .selectAll('villages')
    .select(['org_nodes.id as area_id', 'org_nodes.name as area_name'])
}

export async function findVillage(db: Executor, id: string): Promise<VillageRow | undefined> {
  return villagesWithArea(db).where('villages.id', '=', id).executeTakeFirst()
}

export async function findVillageByCode(db: Executor, code: string): Promise<{ id: string } | undefined> {
  return db.selectFrom('villages').select('id').where('code', '=', code).executeTakeFirst()
}

export async function insertVillage(db: Executor, row: VillageTable): Promise<void> {
  await db.insertInto('villages').values(row).execute()
}

/** The communities that host a village's people (the community_villages_village index). */
export async function listHostCommunities(
  db: Executor,
  villageId: string,
): Promise<{ id: string; name: string; path: string }[]> {
  return db
    .selectFrom('community_villages')
    .innerJoin('org_nodes', 'org_nodes.id', 'community_villages.community_id')
    .select(['org_nodes.id', 'org_nodes.name', 'org_nodes.path'])
    .where('community_villages.village_id', '=', villageId)
    .orderBy('org_nodes.code')
    .execute()
}

export async function findLink(
  db: Executor,
  communityId: string,
  villageId: string,
): Promise<{ created_at: number } | undefined> {
  return db
    .selectFrom('community_villages')
    .select('created_at')
    .where('community_id', '=', communityId)
    .where('village_id', '=', villageId)
    .executeTakeFirst()
}

export async function insertLink(
  db: Executor,
  row: { community_id: string; village_id: string; created_at: number },
): Promise<void> {
  await db.insertInto('community_villages').values(row).execute()
}

export async function deleteLink(db: Executor, communityId: string, villageId: string) {
  return db
    .deleteFrom('community_villages')
    .where('community_id', '=', communityId)
    .where('village_id', '=', villageId)
    .executeTakeFirst()
}

/** The villages a community hosts (by the primary key's community_id prefix), by code. */
export async function listCommunityVillages(
  db: Executor,
  communityId: string,
): Promise<(VillageRow & { linked_at: number })[]> {
  return villagesWithArea(db)
    .innerJoin('community_villages', 'community_villages.village_id', 'villages.id')
    .select('community_villages.created_at as linked_at')
    .where('community_villages.community_id', '=', communityId)
    .orderBy('villages.code')
    .execute()
}

/**
 * Active residents of a community by origin village, counted by the database (one grouped scan of
 * the community's persons through persons_community), only for the villages asked about.
 */
export async function countMembersByOrigin(
  db: Executor,
  communityId: string,
  villageIds: string[],
): Promise<Map<string, { members: number; partyMembers: number }>> {
  if (villageIds.length === 0) return new Map()
  const rows = await db
    .selectFrom('persons')
    .select((eb) => [
      'origin_village_id',
      eb.fn.countAll().as('members'),
      eb.fn.sum<number | string | null>('party_member').as('party_members'),
    ])
    .where('community_id', '=', communityId)
    .where('status', '=', 'active')
    .where('origin_village_id', 'in', villageIds)
    .groupBy('origin_village_id')
    .execute()
  return new Map(
    rows.flatMap((r) =>
      r.origin_village_id === null
        ? []
        : [[r.origin_village_id, { members: toNumber(r.members), partyMembers: toNumber(r.party_members) }]],
    ),
  )
}
