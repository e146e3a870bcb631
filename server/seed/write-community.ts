// Generates one realistic community into the database (planCommunity, then the bulk path in one
// transaction): places, households and residence history, persons with sealed identifiers, care
// tags, the fused network's bodies and posts, 1+5+10 links and facilities, and one audit entry.
import type { Executor } from '../db/index.js'
import { systemActor } from '../platform/access.js'
import { recordAudit } from '../platform/audit.js'
import type { PiiKeys } from '../platform/pii.js'
import { IdentifierRegistry } from './identifiers.js'
import type { NamedHolder } from './network.js'
import {
  planCommunity,
  type CommunityOptions,
  type CommunityStats,
  type LoadedCommunity,
  type PlannedCommunity,
} from './plan-community.js'
import { BulkWriter } from './writer.js'

export type { CommunityStats }

export interface GenerateCommunityOptions extends CommunityOptions {
  communityId: string
  /** Shared across communities of one run so identifiers stay unique (loaded from the database otherwise). */
  ids?: IdentifierRegistry
}

export interface GeneratedCommunity {
  stats: CommunityStats
  /** The named people (demo accounts) and their post ids. */
  named: Record<string, NamedHolder>
}

async function loadCommunity(db: Executor, communityId: string): Promise<LoadedCommunity> {
  const community = await db
    .selectFrom('org_nodes')
    .selectAll()
    .where('id', '=', communityId)
    .where('kind', '=', 'community')
    .executeTakeFirst()
  if (!community?.parent_id) throw new Error(`no community ${communityId}`)
  const parent = await db
    .selectFrom('org_nodes')
    .selectAll()
    .where('id', '=', community.parent_id)
    .executeTakeFirstOrThrow()
  const nodes = await db
    .selectFrom('org_nodes')
    .selectAll()
    .where('community_id', '=', communityId)
    .where('kind', 'in', ['grid', 'building'])
    .orderBy('code')
    .execute()
  // Buildings that already have units keep them; rooms are generated only into empty buildings.
  const withUnits = await db
    .selectFrom('org_nodes')
    .select('parent_id')
    .where('community_id', '=', communityId)
    .where('kind', '=', 'unit')
    .execute()
  const registered = await db
    .selectFrom('households')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('community_id', '=', communityId)
    .executeTakeFirst()
  return {
    community,
    parent,
    households: registered?.n ?? 0,
    grids: nodes.filter((n) => n.kind === 'grid'),
    buildings: nodes.filter((n) => n.kind === 'building'),
    occupied: new Set(withUnits.map((u) => u.parent_id ?? '')),
  }
}

/** Writes a planned community (rows, links to its villages, one audit entry) through the bulk path. */
export async function writePlanned(trx: Executor, planned: PlannedCommunity, now: number): Promise<void> {
  const community = planned.community
  const { stats } = planned
  const started = performance.now()
  const writer = new BulkWriter(trx)
  await writer.insert('org_nodes', planned.newNodes)
  for (const node of planned.touched) {
    await trx
      .updateTable('org_nodes')
      .set({
        address: node.address,
        lat: node.lat,
        lng: node.lng,
        boundary: node.boundary === null ? null : JSON.stringify(node.boundary),
      })
      .where('id', '=', node.id)
      .execute()
  }
  const linked = await trx
    .selectFrom('community_villages')
    .select('village_id')
    .where('community_id', '=', community.id)
    .execute()
  const have = new Set(linked.map((l) => l.village_id))
  await writer.insert(
    'community_villages',
    planned.villages
      .filter((v) => !have.has(v.id))
      .map((v) => ({ community_id: community.id, village_id: v.id, created_at: now })),
  )
  await writer.insert('persons', planned.persons)
  await writer.insert('households', planned.households)
  await writer.insert('household_members', planned.members)
  await writer.insert('residences', planned.residences)
  await writer.insert('org_units', planned.units)
  await writer.insert('posts', planned.posts)
  await writer.insert('person_tags', planned.tags)
  await writer.insert('contacts', planned.contacts)
  await writer.insert('facilities', planned.facilities)
  stats.rows = writer.rows + planned.touched.length
  await recordAudit(trx, {
    actor: systemActor('seed'),
    action: 'seed.generate_community',
    targetType: 'org_node',
    targetId: community.id,
    scopePath: community.path,
    summary: {
      households: stats.households,
      persons: stats.persons,
      partyMembers: stats.partyMembers,
      posts: stats.posts,
      contacts: stats.contacts,
    },
    at: now,
  })
  stats.timings.writeMs = Math.round(performance.now() - started)
}

/** Generates one community's people and network into the database (in one transaction). */
export async function generateCommunity(
  db: Executor,
  pii: PiiKeys,
  options: GenerateCommunityOptions,
): Promise<GeneratedCommunity> {
  const loaded = await loadCommunity(db, options.communityId)
  const ids = options.ids ?? (await IdentifierRegistry.load(db, pii))
  const planned = planCommunity(loaded, options, ids, pii)
  const now = options.now ?? Date.now()
  if (db.isTransaction) await writePlanned(db, planned, now)
  else await db.transaction().execute((trx) => writePlanned(trx, planned, now))
  return { stats: planned.stats, named: planned.named }
}
