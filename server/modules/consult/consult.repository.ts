// 协商议事's queries: plain functions, the executor first.
import { sql } from 'kysely'
import type { ConsultationTable, Executor } from '../../db/index.js'
import { dialectOf } from '../../db/index.js'
import { AppError } from '../../platform/errors.js'
import { isCarriedOut } from './consult.domain.js'

export async function findConsultation(db: Executor, id: string): Promise<ConsultationTable | undefined> {
  return db.selectFrom('consultations').selectAll().where('id', '=', id).executeTakeFirst()
}

/** The topic's row, locked for the rest of the transaction on PostgreSQL (SQLite writes one at a time). */
export async function lockConsultation(db: Executor, id: string): Promise<ConsultationTable | undefined> {
  let q = db.selectFrom('consultations').selectAll().where('id', '=', id)
  if (dialectOf(db) === 'postgres') q = q.forUpdate()
  return q.executeTakeFirst()
}

/** Writes changes when the row is still at `version`; a stale form gets VERSION_CONFLICT. */
export async function updateConsultation(
  db: Executor,
  row: ConsultationTable,
  version: number,
  changes: Partial<ConsultationTable>,
  now: number,
): Promise<ConsultationTable> {
  if (version !== row.version)
    throw new AppError('VERSION_CONFLICT', {
      entity: 'consultation',
      expectedVersion: version,
      currentVersion: row.version,
    })
  const result = await db
    .updateTable('consultations')
    .set({ ...changes, version: row.version + 1, updated_at: now })
    .where('id', '=', row.id)
    .where('version', '=', row.version)
    .executeTakeFirst()
  if (Number(result.numUpdatedRows) !== 1)
    throw new AppError('VERSION_CONFLICT', { entity: 'consultation', expectedVersion: version })
  return { ...row, ...changes, version: row.version + 1, updated_at: now }
}

export async function listInvitees(db: Executor, consultationId: string) {
  return db
    .selectFrom('consultation_invitees')
    .selectAll()
    .where('consultation_id', '=', consultationId)
    .orderBy('created_at')
    .orderBy('id')
    .execute()
}

export async function linkedRequestIds(db: Executor, consultationId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('consultation_requests')
    .select('item_id')
    .where('consultation_id', '=', consultationId)
    .orderBy('item_id')
    .execute()
  return rows.map((r) => r.item_id)
}

export interface TaskRow {
  decision_id: string
  id: string
  number: string
  title: string
  state: string
  closed_at: number | null
  assignee_name: string | null
}

export async function tasksOfDecisions(db: Executor, decisionIds: readonly string[]): Promise<TaskRow[]> {
  if (decisionIds.length === 0) return []
  return db
    .selectFrom('consultation_tasks as t')
    .innerJoin('work_items as w', 'w.id', 't.item_id')
    .leftJoin('users as u', 'u.id', 'w.assignee_user_id')
    .select([
      't.decision_id',
      'w.id',
      'w.number',
      'w.title',
      'w.state',
      'w.closed_at',
      'u.display_name as assignee_name',
    ])
    .where('t.decision_id', 'in', [...decisionIds])
    .orderBy('w.id')
    .execute()
}

/** Which of these decisions are carried out now (every live task closed). */
export async function carriedOutIds(db: Executor, decisionIds: readonly string[]): Promise<Set<string>> {
  const tasks = await tasksOfDecisions(db, decisionIds)
  const byDecision = new Map<string, string[]>()
  for (const t of tasks) byDecision.set(t.decision_id, [...(byDecision.get(t.decision_id) ?? []), t.state])
  return new Set([...byDecision].filter(([, states]) => isCarriedOut(states)).map(([id]) => id))
}

/** A SQL condition on `d.id`: the decision still stands (no later decision corrected it). */
export const standingSql = sql<boolean>`not exists (select 1 from consultation_decisions s where s.supersedes_id = d.id)`

/** A SQL condition on `d.id`: the decision is carried out (the same rule as `isCarriedOut`). */
export const carriedOutSql = sql<boolean>`exists (select 1 from consultation_tasks t join work_items w on w.id = t.item_id
    where t.decision_id = d.id and w.state in ('closed','rated'))
  and not exists (select 1 from consultation_tasks t join work_items w on w.id = t.item_id
    where t.decision_id = d.id and w.state not in ('closed','rated','cancelled'))`
