// 党员报到's rules, pure: where a member's membership sits, what a service record may say, when it
// counts, and how hours are read. A record counts once staff confirm it; a confirmed record is never
// edited, only voided with a reason (which stays visible), and then its hours no longer count.

export const homeKinds = ['village_branch', 'workplace', 'other'] as const
export type HomeKind = (typeof homeKinds)[number]
export const homeKindNamesZh: Record<HomeKind, string> = {
  village_branch: '村党支部',
  workplace: '工作单位党组织',
  other: '其他党组织',
}

export const serviceKinds = ['post', 'need', 'task', 'activity', 'other'] as const
export type ServiceKind = (typeof serviceKinds)[number]
export const serviceKindNamesZh: Record<ServiceKind, string> = {
  post: '先锋岗',
  need: '微心愿',
  task: '志愿服务任务',
  activity: '活动',
  other: '其他',
}

export const taskKinds = ['need', 'task'] as const
export type TaskKind = (typeof taskKinds)[number]

export const recordStates = ['pending', 'confirmed', 'rejected', 'void'] as const
export type RecordState = (typeof recordStates)[number]
export const recordStateNamesZh: Record<RecordState, string> = {
  pending: '待确认',
  confirmed: '已确认',
  rejected: '已退回',
  void: '已作废',
}

/** 三会一课 and 主题党日. */
export const meetingKinds = ['general_meeting', 'committee', 'group_meeting', 'lecture', 'theme_day'] as const
export type MeetingKind = (typeof meetingKinds)[number]
export const meetingKindNamesZh: Record<MeetingKind, string> = {
  general_meeting: '党员大会',
  committee: '支委会',
  group_meeting: '党小组会',
  lecture: '党课',
  theme_day: '主题党日',
}

/** Hours are entered in half-hour steps. */
export const MINUTES_STEP = 30
export const MAX_MINUTES = 24 * 60

export interface Problem {
  path: string
  rule: string
  message: string
}

/** What is wrong with a record's minutes, if anything: whole half hours, more than none, at most a day. */
export function checkMinutes(minutes: number, path = '/minutes'): Problem[] {
  if (!Number.isInteger(minutes) || minutes <= 0)
    return [{ path, rule: 'positive', message: '服务时长须大于 0' }]
  if (minutes > MAX_MINUTES)
    return [{ path, rule: 'at most a day', message: '一条记录的服务时长不能超过 24 小时' }]
  if (minutes % MINUTES_STEP !== 0)
    return [{ path, rule: 'half hours', message: '服务时长按半小时计（如 1.5 小时）' }]
  return []
}

/** What a record of this kind must point at: a post, a need/task, or nothing. */
export function checkTarget(
  kind: ServiceKind,
  target: { postId?: string | undefined; taskId?: string | undefined },
): Problem[] {
  if (kind === 'post' && target.postId === undefined)
    return [{ path: '/postId', rule: 'required', message: '请选择先锋岗' }]
  if ((kind === 'need' || kind === 'task') && target.taskId === undefined)
    return [{ path: '/taskId', rule: 'required', message: '请选择认领的需求或任务' }]
  if (kind !== 'post' && target.postId !== undefined)
    return [{ path: '/postId', rule: 'only for posts', message: '只有先锋岗服务记录可以选择岗位' }]
  if (kind !== 'need' && kind !== 'task' && target.taskId !== undefined)
    return [
      { path: '/taskId', rule: 'only for needs and tasks', message: '只有需求或任务的服务记录可以选择任务' },
    ]
  return []
}

/** Only confirmed records count towards hours. */
export function counts(state: RecordState): boolean {
  return state === 'confirmed'
}

export type RecordAction = 'confirm' | 'reject' | 'void'
const allowed: Record<RecordAction, RecordState> = {
  confirm: 'pending',
  reject: 'pending',
  void: 'confirmed',
}
const results: Record<RecordAction, RecordState> = { confirm: 'confirmed', reject: 'rejected', void: 'void' }
export const recordActionNamesZh: Record<RecordAction, string> = {
  confirm: '确认',
  reject: '退回',
  void: '作废',
}

/** The state a record moves to, or null when the action is not allowed from its state. */
export function nextRecordState(state: RecordState, action: RecordAction): RecordState | null {
  return allowed[action] === state ? results[action] : null
}

/** Confirmed minutes of a list of records. */
export function confirmedMinutes(records: readonly { state: RecordState; minutes: number }[]): number {
  return records.reduce((sum, r) => sum + (counts(r.state) ? r.minutes : 0), 0)
}

/** 150 → 2.5: hours as people read them (always whole half hours). */
export function hoursOf(minutes: number): number {
  return Math.round((minutes / 60) * 100) / 100
}

/** 150 → "2.5 小时". */
export function hoursTextZh(minutes: number): string {
  return `${String(hoursOf(minutes))} 小时`
}

/** A member's home organisation as the export reads it: 李湾村党支部. */
export function homeNameFor(kind: HomeKind, given: string, villageName: string | null): string {
  const name = given.trim()
  if (name !== '') return name
  if (kind === 'village_branch' && villageName !== null) return `${villageName}党支部`
  return name
}
