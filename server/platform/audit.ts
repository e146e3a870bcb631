// The audit log: append-only (the database refuses updates and deletes), written in the same
// transaction as the change it records, so there is never a change without its entry or an entry
// without its change. Summaries never hold raw ID numbers or phones.
import type { Executor } from '../db/index.js'
import { writeJson } from '../db/index.js'
import type { Actor } from './access.js'
import { newId } from './ids.js'
import { maskIdNumber, maskPhone } from './pii.js'
import { localDate } from './time.js'

export interface AuditEntry {
  actor: Actor
  action: string
  targetType: string
  targetId: string | null
  /** Org path the target belongs to, so auditors of that subtree can read the entry. */
  scopePath?: string | null
  villageId?: string | null
  summary?: Record<string, unknown>
  at?: number
}

const idKeys = /^(id_?number|idNumber|id_?card|identity|document_?number|documentNumber)$/i
const phoneKeys = /^(phone|mobile|tel|telephone|phone_?number)$/i
const secretKeys = /^(password|password_?hash|token|secret|csrf_?token)$/i

type Sensitivity = 'id' | 'phone' | undefined

const idNumberLike = /(?<!\d)(\d{6})(\d{8})(\d{3}[\dXx])(?!\d)/g
const mobileLike = /(?<!\d)(1[3-9]\d)(\d{4})(\d{4})(?!\d)/g

/**
 * Masks personal identifiers and drops secrets anywhere in a summary: by the key they sit under
 * (and everything beneath it, e.g. { idNumber: { from, to } }), and by shape in any other text,
 * so a resident's ID number typed into a free-text field does not reach the log either.
 */
export function sanitizeSummary(value: unknown, key = '', inherited?: Sensitivity): unknown {
  if (secretKeys.test(key)) return '[redacted]'
  const sensitivity: Sensitivity = idKeys.test(key) ? 'id' : phoneKeys.test(key) ? 'phone' : inherited
  if (typeof value === 'string') {
    if (sensitivity === 'id') return maskIdNumber(value)
    if (sensitivity === 'phone') return maskPhone(value)
    const masked = value
      .replace(idNumberLike, (m) => maskIdNumber(m))
      .replace(mobileLike, (m) => maskPhone(m))
    return masked.length > 500 ? `${masked.slice(0, 500)}…` : masked
  }
  if (Array.isArray(value)) return value.map((v) => sanitizeSummary(v, key, sensitivity))
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, sanitizeSummary(v, k, sensitivity)]))
  }
  return value
}

/** { field: { from, to } } for the fields that differ. */
export function changedFields<T extends Record<string, unknown>>(
  before: T,
  after: Partial<T>,
): Record<string, { from: unknown; to: unknown }> {
  const out: Record<string, { from: unknown; to: unknown }> = {}
  for (const [k, to] of Object.entries(after)) {
    if (to === undefined) continue
    const from = before[k]
    if (JSON.stringify(from) !== JSON.stringify(to)) out[k] = { from, to }
  }
  return out
}

export async function recordAudit(db: Executor, entry: AuditEntry): Promise<void> {
  const at = entry.at ?? Date.now()
  await db
    .insertInto('audit_log')
    .values({
      id: newId(),
      at,
      local_date: localDate(at),
      actor_id: entry.actor.userId,
      actor_label: entry.actor.label,
      ip: entry.actor.ip,
      action: entry.action,
      target_type: entry.targetType,
      target_id: entry.targetId,
      scope_path: entry.scopePath ?? null,
      village_id: entry.villageId ?? null,
      summary: writeJson(sanitizeSummary(entry.summary ?? {})),
      request_id: entry.actor.requestId,
    })
    .execute()
}
