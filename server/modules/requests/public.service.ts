// 码上说: a resident scans the QR code on their building, files what they see with no account, and
// keeps a token for the follow-up page, where they see how it was handled and rate it. The public
// side never learns anything about other items or about who handled theirs: every item filed here
// is new (no duplicate list), and the follow-up page shows steps and times, not names or notes.
import type { Db, Executor, WorkItemTable } from '../../db/index.js'
import type { Actor } from '../../platform/access.js'
import { AppError, notFoundOrNoAccess } from '../../platform/errors.js'
import { sniffType, type FileStore } from '../../platform/files.js'
import { saveFile } from '../files/index.js'
import type { PiiKeys } from '../../platform/pii.js'
import { localDate } from '../../platform/time.js'
import { checkedPhone, checkPhotos, createItem, hashToken, placeAt, scheduleSla } from './intake.service.js'
import { applyChange } from './item.service.js'
import type {
  PublicBuilding,
  PublicFeedback,
  PublicFiled,
  PublicFileBody,
  PublicRatingBody,
} from './public.schemas.js'
import {
  findCategory,
  findItemByFeedbackToken,
  findNodeByCode,
  findNodes,
  findSlaRule,
  listCategories,
  listUpdates,
  loadCalendar,
  lockItem,
} from './request.repository.js'
import { calendarWindow, dueAt } from './sla.domain.js'
import {
  outcomeNamesZh,
  workActionNamesZh,
  workStateNamesZh,
  type Outcome,
  type RequestType,
  type Satisfaction,
  type WorkAction,
  type WorkState,
} from './workflow.domain.js'

const TOKEN_ENTITY = 'work_item'

/** Images a resident may attach (a PDF is a staff receipt, not a photo). */
const publicImageTypes = ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/heic']

async function buildingByCode(db: Executor, code: string) {
  const node = await findNodeByCode(db, code)
  if (!node || node.kind !== 'building') throw notFoundOrNoAccess('org_node')
  return node
}

/** The building behind a poster's code: its names and address, and the categories to choose from. */
export async function getPublicBuilding({ db, code }: { db: Db; code: string }): Promise<PublicBuilding> {
  const node = await buildingByCode(db, code)
  const placement = await placeAt(db, node.id)
  const categories = await listCategories(db)
  return {
    code: node.code,
    name: node.name,
    communityName: placement.community.name,
    address: node.address,
    categories: categories.map((c) => ({
      code: c.code,
      parentCode: c.parent_code,
      nameZh: c.name_zh,
      nameEn: c.name_en,
    })),
  }
}

/**
 * Files a resident's report for the building. Always a new item at the building's grid, on the
 * community side (the origin village of an anonymous resident is unknown), with a feedback token.
 */
export async function fileFromQr({
  db,
  pii,
  actor,
  code,
  input,
  now,
}: {
  db: Db
  pii: PiiKeys
  actor: Actor
  code: string
  input: PublicFileBody
  now: number
}): Promise<PublicFiled> {
  const phone = checkedPhone(input.phone, '/phone')
  const description = input.description.trim()
  if (description.length < 2)
    throw new AppError('VALIDATION_FAILED', {
      fields: [{ path: '/description', rule: 'required', message: '请描述遇到的问题' }],
    })
  return db.transaction().execute(async (trx) => {
    const building = await buildingByCode(trx, code)
    const photos = await checkPhotos(trx, input.photos, '/photos')
    const { item, feedbackToken } = await createItem(
      trx,
      pii,
      actor,
      'public',
      {
        requestType: input.requestType,
        categoryCode: input.categoryCode,
        urgency: 'normal',
        channel: 'qr',
        title: null,
        description,
        placement: await placeAt(trx, building.id),
        reporterPersonId: null,
        originVillageId: null,
        reporterName: input.name?.trim() || null,
        reporterPhone: phone,
        photos,
        filedByUserId: null,
        withFeedbackToken: true,
      },
      now,
    )
    if (feedbackToken === null) throw new AppError('INTERNAL', { reason: 'no feedback token made' })
    return { number: item.number, feedbackToken }
  })
}

/** A photo for the public form: images only, stored like any upload (content-addressed). */
export async function storePublicPhoto({
  db,
  files,
  actor,
  content,
  now,
}: {
  db: Db
  files: FileStore
  actor: Actor
  content: Buffer
  now: number
}): Promise<{ id: string; size: number; mime: string }> {
  const mime = sniffType(content)
  if (!mime || !publicImageTypes.includes(mime))
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', {
      contentType: mime ?? 'unknown',
      allowed: publicImageTypes,
    })
  return saveFile({ db, files, actor, content, mime, now, via: 'public' })
}

/** Steps a resident sees on the follow-up page; internal deliberations and comments stay inside. */
const residentSteps = new Set<string>([
  'file',
  'verify',
  'cancel',
  'dispatch',
  'transfer',
  'accept',
  'start',
  'escalate',
  'return',
  'approve_extension',
  'approve_park',
  'unpark',
  'resolve',
  'reject_resolution',
  'close',
  'rate',
  'reopen',
  'merge',
  'whistle',
])

const extraStepNamesZh: Record<string, string> = { whistle: '吹哨报到' }

async function feedbackView(db: Executor, item: WorkItemTable): Promise<PublicFeedback> {
  const category = await findCategory(db, item.category_code)
  const nodes = new Map((await findNodes(db, [item.node_id, item.community_id])).map((n) => [n.id, n]))
  const updates = await listUpdates(db, item.id)
  const state = item.state as WorkState
  // The note of the resolution the item stands on now (none after a reopen or a rejected resolution).
  const resolution =
    item.resolved_at !== null ? updates.filter((u) => u.action === 'resolve').at(-1) : undefined
  const outcome = item.outcome as Outcome | null
  return {
    number: item.number,
    category: {
      nameZh: category?.name_zh ?? item.category_code,
      nameEn: category?.name_en ?? item.category_code,
    },
    requestType: item.request_type as RequestType,
    description: item.description,
    building: nodes.get(item.node_id)?.name ?? '',
    communityName: nodes.get(item.community_id)?.name ?? '',
    state,
    stateZh: workStateNamesZh[state],
    reportedAt: item.reported_at,
    steps: updates
      .filter((u) => residentSteps.has(u.action))
      .map((u) => ({
        action: u.action,
        actionZh:
          (workActionNamesZh as Record<string, string | undefined>)[u.action] ??
          extraStepNamesZh[u.action] ??
          u.action,
        at: u.at,
      })),
    outcome,
    outcomeZh: outcome ? outcomeNamesZh[outcome] : null,
    resolutionNote: resolution?.note ?? null,
    closedAt: item.closed_at,
    satisfaction: item.satisfaction as Satisfaction | null,
    ratedAt: item.rated_at,
    canRate: state === 'closed',
  }
}

async function itemByToken(db: Executor, token: string): Promise<WorkItemTable> {
  const item = await findItemByFeedbackToken(db, hashToken(token))
  if (!item) throw notFoundOrNoAccess(TOKEN_ENTITY)
  return item
}

/** The resident's view of their item, by the token from their receipt. */
export async function getFeedback({ db, token }: { db: Db; token: string }): Promise<PublicFeedback> {
  return feedbackView(db, await itemByToken(db, token))
}

function invalidTransition(state: WorkState, action: WorkAction): AppError {
  return new AppError('INVALID_TRANSITION', {
    state: workStateNamesZh[state],
    action: workActionNamesZh[action],
    stateCode: state,
    actionCode: action,
  })
}

/**
 * The resident's return visit (回访) from the follow-up page: a rating once the item is closed,
 * recorded as the same 'rate' step staff record; "not fixed" then reopens it ('reopen'), with the
 * resident's comment as the reason, and its clock starts again.
 */
export async function rateFromFeedback({
  db,
  actor,
  token,
  input,
  now,
}: {
  db: Db
  actor: Actor
  token: string
  input: PublicRatingBody
  now: number
}): Promise<PublicFeedback> {
  return db.transaction().execute(async (trx) => {
    const found = await itemByToken(trx, token)
    const item = await lockItem(trx, found.id)
    if (!item) throw notFoundOrNoAccess(TOKEN_ENTITY)
    const state = item.state as WorkState
    if (state !== 'closed') throw invalidTransition(state, 'rate')
    const comment = input.comment?.trim() || null
    const notFixed = input.notFixed === true
    let after = await applyChange(trx, {
      actor,
      via: 'public',
      before: item,
      changes: {
        state: 'rated',
        open: 0,
        rated_at: now,
        rated_date: localDate(now),
        satisfaction: input.satisfaction,
      },
      action: 'rate',
      note: comment,
      data: { satisfaction: input.satisfaction, by: 'resident', ...(notFixed ? { notFixed: true } : {}) },
      now,
    })
    if (notFixed) {
      const ruleRow = await findSlaRule(trx, after.sla_rule)
      if (!ruleRow) throw new AppError('INTERNAL', { reason: `SLA rule ${after.sla_rule} missing` })
      const window = calendarWindow(now)
      const calendar = await loadCalendar(trx, window.fromDay, window.toDay)
      const due = dueAt(
        now,
        {
          code: ruleRow.code,
          amount: ruleRow.amount,
          unit: ruleRow.unit,
          basis: ruleRow.basis,
          respondHours: ruleRow.respond_hours,
        },
        calendar,
      )
      after = await applyChange(trx, {
        actor,
        via: 'public',
        before: after,
        changes: {
          state: 'verified',
          open: 1,
          closed_at: null,
          closed_date: null,
          resolved_at: null,
          outcome: null,
          settled_level: null,
          assignee_user_id: null,
          reopen_count: after.reopen_count + 1,
          due_at: due,
          escalate_at: due,
        },
        action: 'reopen',
        note: comment ?? '居民反馈问题仍未解决',
        data: { by: 'resident' },
        now,
      })
      await scheduleSla(trx, after)
    }
    return feedbackView(trx, after)
  })
}
