// Feedback to the resident (反馈): a notification outbox written in the same transaction as the
// change that causes it, and a job that hands each message to a sender. Senders are pluggable
// (SMS and WeChat adapters implement `NotificationSender`); the default writes to the log. A sender
// gets the notification id as its idempotency key, so a retried job never sends twice through a
// provider that honours it.
import type { Executor, WorkItemTable } from '../../db/index.js'
import { readJson, writeJson } from '../../db/index.js'
import type { AppContext } from '../../platform/context.js'
import { newId } from '../../platform/ids.js'
import { enqueueJob } from '../../platform/jobs.js'
import { identifierTail, maskPhone, seal, unseal, type PiiKeys } from '../../platform/pii.js'

export const NOTIFY_JOB = 'request.notify'

export type Template =
  'received' | 'accepted' | 'closed' | 'proxy_received' | 'proxy_claimed' | 'proxy_handover' | 'property_done'

const templatesZh: Record<Template, (p: Record<string, string>) => string> = {
  received: (p) => `【同心】您反映的问题已受理，编号 ${p.number ?? ''}。我们会尽快处理并告知结果。`,
  accepted: (p) => `【同心】您反映的问题（编号 ${p.number ?? ''}）已由工作人员签收，正在处理。`,
  closed: (p) =>
    `【同心】您反映的问题（编号 ${p.number ?? ''}）已办结：${p.outcome ?? ''}。欢迎对处理结果评价${p.link ? `：${p.link}` : ''}。`,
  proxy_received: (p) =>
    `【同心】红代办已收到您的委托“${p.title ?? ''}”，编号 ${p.number ?? ''}。代办员认领后会与您联系。`,
  proxy_claimed: (p) =>
    `【同心】红代办：您委托的“${p.title ?? ''}”（编号 ${p.number ?? ''}）已由红代办队员${p.proxy ?? ''}接手，会尽快与您联系。`,
  proxy_handover: (p) =>
    `【同心】红代办：您委托的“${p.title ?? ''}”（编号 ${p.number ?? ''}）已办好${p.money ? `，${p.money}` : ''}。请核对后确认：${p.link ?? ''}`,
  property_done: (p) =>
    `【同心】红管家：您反映的“${p.title ?? ''}”（编号 ${p.number ?? ''}）已维修完成并验收${p.outcome ? `：${p.outcome}` : ''}。`,
}

export function renderNotification(template: Template, params: Record<string, string>): string {
  return templatesZh[template](params)
}

export interface OutgoingMessage {
  id: string
  phone: string
  text: string
  idempotencyKey: string
}

export interface NotificationSender {
  channel: string
  send(message: OutgoingMessage): Promise<void>
}

export function logSender(log: { info: (obj: object, msg: string) => void }): NotificationSender {
  return {
    channel: 'log',
    send(message) {
      log.info(
        { notification: message.id, to: maskPhone(message.phone), text: message.text },
        'notification (log sender)',
      )
      return Promise.resolve()
    },
  }
}

export async function queueNotification(
  db: Executor,
  pii: PiiKeys,
  input: {
    item: Pick<WorkItemTable, 'id'>
    phone: string
    template: Template
    params: Record<string, string>
    now: number
  },
): Promise<void> {
  const id = newId()
  await db
    .insertInto('notifications')
    .values({
      id,
      item_id: input.item.id,
      channel: 'sms',
      recipient_sealed: seal(pii, input.phone),
      recipient_tail: identifierTail(input.phone),
      template: input.template,
      params: writeJson(input.params),
      state: 'pending',
      attempts: 0,
      last_error: null,
      created_at: input.now,
      sent_at: null,
    })
    .execute()
  await enqueueJob(db, { kind: NOTIFY_JOB, payload: { notificationId: id }, idempotencyKey: `notify:${id}` })
}

/** Queues a notification to the item's reporter, if they left a phone number. */
export async function notifyReporter(
  db: Executor,
  pii: PiiKeys,
  item: WorkItemTable,
  template: Template,
  params: Record<string, string>,
  now: number,
): Promise<void> {
  if (item.reporter_phone_sealed === null) return
  let phone: string
  try {
    phone = unseal(pii, item.reporter_phone_sealed)
  } catch {
    return
  }
  await queueNotification(db, pii, { item, phone, template, params: { number: item.number, ...params }, now })
}

export function registerNotificationJobs(ctx: AppContext, sender: NotificationSender): void {
  ctx.jobs.register<{ notificationId: string }>(
    NOTIFY_JOB,
    async (job) => {
      const row = await job.db
        .selectFrom('notifications')
        .selectAll()
        .where('id', '=', job.payload.notificationId)
        .executeTakeFirst()
      if (!row || row.state === 'sent') return
      const params = readJson<Record<string, string>>(row.params)
      // A page of the resident's own (the hand-over to confirm) is stored as a path; the message
      // carries it under the installation's public address.
      if (params.path !== undefined) params.link = `${ctx.config.publicUrl ?? ''}${params.path}`
      const text = renderNotification(row.template as Template, params)
      try {
        await sender.send({
          id: row.id,
          phone: unseal(ctx.pii, row.recipient_sealed),
          text,
          idempotencyKey: row.id,
        })
      } catch (error) {
        await job.db
          .updateTable('notifications')
          .set({ attempts: row.attempts + 1, last_error: String(error).slice(0, 500) })
          .where('id', '=', row.id)
          .execute()
        throw error
      }
      await job.db
        .updateTable('notifications')
        .set({ state: 'sent', sent_at: Date.now(), attempts: row.attempts + 1 })
        .where('id', '=', row.id)
        .execute()
    },
    { transactional: false, maxAttempts: 8 },
  )
}
