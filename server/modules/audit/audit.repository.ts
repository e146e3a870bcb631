import type { AuditLogTable, Executor } from '../../db/index.js'
import { underPath } from '../../db/index.js'

export interface AuditFilter {
  /** null = every entry (a grant at the root); otherwise entries under these org paths. */
  paths: string[] | null
  action?: string | undefined
  targetType?: string | undefined
  targetId?: string | undefined
  actorId?: string | undefined
  from?: number | undefined
  to?: number | undefined
  beforeId?: string | undefined
}

/** Newest first, keyset by id (UUIDv7 ids are time-ordered). */
export async function listAuditEntries(
  db: Executor,
  filter: AuditFilter,
  limit: number,
): Promise<AuditLogTable[]> {
  let q = db.selectFrom('audit_log').selectAll()
  if (filter.paths !== null) {
    const paths = filter.paths
    if (paths.length === 0) return []
    q = q.where((eb) => eb.or(paths.map((p) => underPath(eb, 'scope_path', p))))
  }
  if (filter.action) q = q.where('action', '=', filter.action)
  if (filter.targetType) q = q.where('target_type', '=', filter.targetType)
  if (filter.targetId) q = q.where('target_id', '=', filter.targetId)
  if (filter.actorId) q = q.where('actor_id', '=', filter.actorId)
  if (filter.from !== undefined) q = q.where('at', '>=', filter.from)
  if (filter.to !== undefined) q = q.where('at', '<', filter.to)
  if (filter.beforeId) q = q.where('id', '<', filter.beforeId)
  return q.orderBy('id', 'desc').limit(limit).execute()
}
