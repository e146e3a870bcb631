// The audit log's read side, for auditors: entries under the org subtrees they audit.
import type { Db } from '../../db/index.js'
import { readJson } from '../../db/index.js'
import {
  grantCovers,
  listScope,
  requirePermissionSomewhere,
  roleHas,
  type Actor,
} from '../../platform/access.js'
import { decodeCursor, toPage, type Page } from '../../platform/pagination.js'
import { listAuditEntries } from './audit.repository.js'
import type { AuditEntryView, AuditQuery } from './audit.schemas.js'

export async function listAudit({
  db,
  actor,
  query,
}: {
  db: Db
  actor: Actor
  query: AuditQuery
}): Promise<Page<AuditEntryView>> {
  requirePermissionSomewhere(actor, 'audit.read')
  const everything =
    actor.kind === 'system' ||
    actor.grants.some((g) => roleHas(g.role, 'audit.read') && grantCovers(g, { kind: 'global' }))
  const limit = query.limit ?? 20
  const cursor = query.cursor ? decodeCursor(query.cursor, ['string']) : undefined
  const rows = await listAuditEntries(
    db,
    {
      paths: everything ? null : listScope(actor, 'audit.read').paths,
      action: query.action,
      targetType: query.targetType,
      targetId: query.targetId,
      actorId: query.actorId,
      from: query.from,
      to: query.to,
      beforeId: cursor ? String(cursor[0]) : undefined,
    },
    limit + 1,
  )
  return toPage(
    rows,
    limit,
    (r) => [r.id],
    (r) => ({
      id: r.id,
      at: r.at,
      actorId: r.actor_id,
      actorLabel: r.actor_label,
      ip: r.ip,
      action: r.action,
      targetType: r.target_type,
      targetId: r.target_id,
      villageId: r.village_id,
      summary: readJson<Record<string, unknown>>(r.summary),
    }),
  )
}
