// The SLA clock. Each open item has `escalate_at`; a job queued for that time (idempotency key
// `sla:<item>:<time>`) escalates the item one level when it is still open, unresolved and not
// parked. The job runs inside the transaction that marks it done, and the escalation is a
// version-checked change, so a restart in the middle neither loses nor repeats it; a job whose time
// no longer matches the item's (an extension moved it, the item was resolved) does nothing.
import type { AppContext } from '../../platform/context.js'
import { systemActor } from '../../platform/access.js'
import { applyChange } from './item.service.js'
import { SLA_JOB, scheduleSla } from './intake.service.js'
import { findNodes, lockItem } from './request.repository.js'
import { nextEscalation } from './request.service.js'
import { nextLevel } from './workflow.domain.js'

export function registerSlaJobs(ctx: AppContext): void {
  ctx.jobs.register<{ itemId: string; at: number }>(SLA_JOB, async (job) => {
    const now = ctx.clock()
    const item = await lockItem(job.db, job.payload.itemId)
    if (!item || item.open !== 1) return
    if (item.escalate_at === null || item.escalate_at !== job.payload.at) return
    if (item.state === 'parked' || item.state === 'resolved') return
    if (item.escalate_at > now) {
      await scheduleSla(job.db, item)
      return
    }
    const to = nextLevel(item.level)
    if (to === null) return
    const levelNodeId = to === 'community' ? item.community_id : item.street_id
    const [node] = levelNodeId ? await findNodes(job.db, [levelNodeId]) : []
    if (!node) return
    const after = await applyChange(job.db, {
      actor: systemActor('SLA 时限'),
      via: 'system',
      before: item,
      changes: {
        level: to,
        owner_path: node.path,
        village_id: null,
        assignee_user_id: null,
        state: 'verified',
        escalate_at: nextEscalation(to, now),
      },
      action: 'escalate',
      note: '超过办理时限，自动上报',
      data: { level: { from: item.level, to }, automatic: true, dueAt: item.due_at },
      now,
    })
    await scheduleSla(job.db, after)
  })
}
