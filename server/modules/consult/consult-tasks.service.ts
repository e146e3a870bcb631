// A decision's follow-through tasks (落实事项): work items of kind 'task' on the one engine, placed at
// the topic's place and owned by the community, worked through the engine's steps (claim or
// dispatch → start → resolve → close). A decision is carried out when its tasks are closed.
import type { Db } from '../../db/index.js'
import type { Actor } from '../../platform/access.js'
import { AppError, notFoundOrNoAccess } from '../../platform/errors.js'
import type { PiiKeys } from '../../platform/pii.js'
import { recordAudit } from '../../platform/audit.js'
import {
  actOnItem,
  createItem,
  getItem,
  getTimeline,
  listAssignees,
  placeAt,
  ITEM,
} from '../requests/index.js'
import { findConsultation, lockConsultation } from './consult.repository.js'
import { consultView, requireManageable } from './consult.service.js'
import type { ConsultView, TaskActBody, TaskBody, TaskView } from './consult.schemas.js'

export const TASK_CATEGORY = 'task.consultation'

/** The community gives an adopted decision a task; dispatched at once when an assignee is named. */
export async function addTask({
  db,
  pii,
  actor,
  id,
  decisionId,
  input,
  now,
}: {
  db: Db
  pii: PiiKeys
  actor: Actor
  id: string
  decisionId: string
  input: TaskBody
  now: number
}): Promise<ConsultView> {
  const task = await db.transaction().execute(async (trx) => {
    const c = requireManageable(actor, await lockConsultation(trx, id))
    const decision = await trx
      .selectFrom('consultation_decisions')
      .selectAll()
      .where('id', '=', decisionId)
      .where('consultation_id', '=', c.id)
      .executeTakeFirst()
    if (!decision) throw notFoundOrNoAccess('consultation_decision')
    const corrected = await trx
      .selectFrom('consultation_decisions')
      .select('seq')
      .where('supersedes_id', '=', decision.id)
      .executeTakeFirst()
    if (corrected)
      throw new AppError('UNPROCESSABLE', {
        reason: 'the decision was corrected',
        reasonZh: `该决定已由决定 ${String(corrected.seq)} 更正，请为新决定添加落实事项`,
      })
    if (decision.outcome !== 'adopted')
      throw new AppError('UNPROCESSABLE', {
        reason: 'a rejected decision has nothing to carry out',
        reasonZh: '未通过的决定无需落实',
      })
    const { item } = await createItem(
      trx,
      pii,
      actor,
      'grant',
      {
        kind: 'task',
        requestType: 'suggestion',
        categoryCode: TASK_CATEGORY,
        urgency: 'normal',
        channel: 'walk_in',
        title: input.title.trim(),
        description: input.description.trim(),
        placement: await placeAt(trx, c.node_id),
        reporterPersonId: null,
        originVillageId: null,
        reporterName: null,
        reporterPhone: null,
        photos: [],
        filedByUserId: actor.userId,
        withFeedbackToken: false,
      },
      now,
    )
    await trx
      .insertInto('consultation_tasks')
      .values({ decision_id: decision.id, item_id: item.id, created_at: now })
      .execute()
    await recordAudit(trx, {
      actor,
      action: 'consult.task',
      targetType: 'consultation',
      targetId: c.id,
      scopePath: c.path,
      summary: { decisionId: decision.id, seq: decision.seq, task: item.number },
      at: now,
    })
    return item
  })
  // Dispatching is the engine's step, in its own transaction: a refused assignee leaves the task
  // waiting to be claimed or dispatched, and says why.
  if (input.assigneeUserId !== undefined)
    await actOnItem({
      db,
      pii,
      actor,
      itemId: task.id,
      input: { action: 'dispatch', version: task.version, assigneeUserId: input.assigneeUserId },
      now,
      kind: 'task',
    })
  return consultView(db, actor, requireManageable(actor, await findConsultation(db, id)))
}

async function taskContext(db: Db, itemId: string) {
  const row = await db
    .selectFrom('consultation_tasks as t')
    .innerJoin('consultation_decisions as d', 'd.id', 't.decision_id')
    .innerJoin('consultations as c', 'c.id', 'd.consultation_id')
    .select(['c.id as cid', 'c.title', 'd.id as did', 'd.text'])
    .where('t.item_id', '=', itemId)
    .executeTakeFirst()
  if (!row) throw notFoundOrNoAccess(ITEM)
  return { consultation: { id: row.cid, title: row.title }, decision: { id: row.did, text: row.text } }
}

export async function getTask({
  db,
  pii,
  actor,
  itemId,
  now,
}: {
  db: Db
  pii: PiiKeys
  actor: Actor
  itemId: string
  now: number
}): Promise<TaskView> {
  const item = await getItem({ db, pii, actor, itemId, now, kind: 'task' })
  return { item, ...(await taskContext(db, itemId)) }
}

export async function actOnTask({
  db,
  pii,
  actor,
  itemId,
  input,
  now,
}: {
  db: Db
  pii: PiiKeys
  actor: Actor
  itemId: string
  input: TaskActBody
  now: number
}): Promise<TaskView> {
  const item = await actOnItem({ db, pii, actor, itemId, input, now, kind: 'task' })
  return { item, ...(await taskContext(db, itemId)) }
}

export async function taskTimeline({ db, actor, itemId }: { db: Db; actor: Actor; itemId: string }) {
  return getTimeline({ db, actor, itemId, kind: 'task' })
}

export async function taskAssignees({ db, actor, itemId }: { db: Db; actor: Actor; itemId: string }) {
  const { items } = await listAssignees({ db, actor, itemId, kind: 'task' })
  return { items: items.filter((c) => c.kind !== 'summoned') }
}
