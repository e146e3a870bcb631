// One work-item engine: a state machine defined as data per kind. Residents' requests (民情) use
// `requestWorkflow`; proxy errands, property orders and follow-through tasks have their own
// definitions here, not a second engine. The loop follows Chinese grid practice (收集—处理—反馈):
// reported → verified (or cancelled) → dispatched → accepted → in progress → resolved →
// verified & closed → rated, with transfer, return (回退), escalation, extension (延期) and park
// (挂账) as recorded, approved steps, and reopen when the resident says it is not fixed.

export const workStates = [
  'reported',
  'verified',
  'dispatched',
  'accepted',
  'in_progress',
  'parked',
  'resolved',
  'closed',
  'rated',
  'cancelled',
] as const
export type WorkState = (typeof workStates)[number]

export const workStateNamesZh: Record<WorkState, string> = {
  reported: '待核实',
  verified: '待派遣',
  dispatched: '已派遣',
  accepted: '已签收',
  in_progress: '处理中',
  parked: '挂账',
  resolved: '已办结待核查',
  closed: '已结案',
  rated: '已评价',
  cancelled: '已作废',
}

/** States in which an item still needs someone to act (the SLA clock runs, except when parked). */
export const openStates: readonly WorkState[] = [
  'reported',
  'verified',
  'dispatched',
  'accepted',
  'in_progress',
  'parked',
]

export function isOpenState(state: WorkState): boolean {
  return openStates.includes(state)
}

export const workActions = [
  'verify',
  'cancel',
  'dispatch',
  'accept',
  'start',
  'resolve',
  'return',
  'transfer',
  'escalate',
  'request_extension',
  'approve_extension',
  'reject_extension',
  'request_park',
  'approve_park',
  'reject_park',
  'unpark',
  'close',
  'reject_resolution',
  'rate',
  'reopen',
  'merge',
  'comment',
  'claim',
  'confirm',
] as const
export type WorkAction = (typeof workActions)[number]

export const workActionNamesZh: Record<WorkAction | 'file', string> = {
  file: '受理登记',
  verify: '核实立案',
  cancel: '作废',
  dispatch: '派遣',
  accept: '签收',
  start: '开始处理',
  resolve: '办结',
  return: '回退',
  transfer: '转派',
  escalate: '上报',
  request_extension: '申请延期',
  approve_extension: '批准延期',
  reject_extension: '驳回延期',
  request_park: '申请挂账',
  approve_park: '批准挂账',
  reject_park: '驳回挂账',
  unpark: '恢复办理',
  close: '核查结案',
  reject_resolution: '核查不通过',
  rate: '回访评价',
  reopen: '重新办理',
  merge: '合并',
  comment: '备注',
  claim: '认领',
  confirm: '居民确认',
}

/**
 * Who may take a step:
 * - `handler`: holds request.handle where the item currently sits (its level's node, or its village)
 * - `assignee`: the user it is dispatched to — or a handler (a colleague covering)
 * - `approver`: holds request.approve where the item sits (community or above)
 * - `reader`: anyone who can read the item (comments, recording a return visit needs handler)
 */
export type StepActor = 'handler' | 'assignee' | 'approver' | 'reader'

/** What a step needs besides a note: checked by the service before anything is written. */
export type StepNeed = 'note' | 'assignee' | 'reason' | 'outcome' | 'days' | 'satisfaction' | 'target'

export interface StepDefinition {
  from: readonly WorkState[]
  /** The state after the step; null keeps the current state. */
  to: WorkState | null
  by: StepActor
  needs: readonly StepNeed[]
  /** A step that asks for approval (延期, 挂账) waits for its decision; only one may be pending. */
  opensApproval?: 'extension' | 'park'
  /** A step that decides a pending approval. */
  decidesApproval?: 'extension' | 'park'
}

export interface WorkflowDefinition {
  kind: string
  initial: WorkState
  steps: Partial<Record<WorkAction, StepDefinition>>
  /** What this kind calls a state or a step where it differs from a request's words. */
  stateNamesZh?: Partial<Record<WorkState, string>>
  actionNamesZh?: Partial<Record<WorkAction, string>>
}

const active: readonly WorkState[] = ['dispatched', 'accepted', 'in_progress']

export const requestWorkflow: WorkflowDefinition = {
  kind: 'request',
  initial: 'reported',
  steps: {
    verify: { from: ['reported'], to: 'verified', by: 'handler', needs: [] },
    cancel: { from: ['reported', 'verified'], to: 'cancelled', by: 'handler', needs: ['reason', 'note'] },
    dispatch: { from: ['verified'], to: 'dispatched', by: 'handler', needs: ['assignee'] },
    accept: { from: ['dispatched'], to: 'accepted', by: 'assignee', needs: [] },
    start: { from: ['accepted'], to: 'in_progress', by: 'assignee', needs: [] },
    resolve: {
      from: ['accepted', 'in_progress'],
      to: 'resolved',
      by: 'assignee',
      needs: ['outcome', 'note'],
    },
    return: { from: ['dispatched', 'accepted'], to: 'verified', by: 'assignee', needs: ['note'] },
    transfer: {
      from: ['verified', ...active],
      to: 'dispatched',
      by: 'handler',
      needs: ['assignee', 'note'],
    },
    escalate: {
      from: ['reported', 'verified', ...active],
      to: 'verified',
      by: 'handler',
      needs: ['note'],
    },
    request_extension: {
      from: active,
      to: null,
      by: 'assignee',
      needs: ['days', 'note'],
      opensApproval: 'extension',
    },
    approve_extension: { from: active, to: null, by: 'approver', needs: [], decidesApproval: 'extension' },
    reject_extension: {
      from: active,
      to: null,
      by: 'approver',
      needs: ['note'],
      decidesApproval: 'extension',
    },
    request_park: {
      from: ['accepted', 'in_progress'],
      to: null,
      by: 'assignee',
      needs: ['note'],
      opensApproval: 'park',
    },
    approve_park: {
      from: ['accepted', 'in_progress'],
      to: 'parked',
      by: 'approver',
      needs: [],
      decidesApproval: 'park',
    },
    reject_park: {
      from: ['accepted', 'in_progress'],
      to: null,
      by: 'approver',
      needs: ['note'],
      decidesApproval: 'park',
    },
    unpark: { from: ['parked'], to: 'in_progress', by: 'handler', needs: [] },
    close: { from: ['resolved'], to: 'closed', by: 'handler', needs: [] },
    reject_resolution: { from: ['resolved'], to: 'in_progress', by: 'handler', needs: ['note'] },
    rate: { from: ['closed'], to: 'rated', by: 'handler', needs: ['satisfaction'] },
    reopen: { from: ['closed', 'rated'], to: 'verified', by: 'handler', needs: ['note'] },
    merge: { from: ['reported', 'verified'], to: 'cancelled', by: 'handler', needs: ['target'] },
    comment: { from: workStates, to: null, by: 'reader', needs: ['note'] },
  },
}

/**
 * 红代办: a resident (often elderly, disabled or on low income) asks a proxy to run an errand. The
 * proxy team claims it (or the community assigns it), does it, records any money handled, and hands
 * over; the resident confirms — on their own phone, or in person before a community worker who is
 * not the proxy. A dispute sends it back to the proxy. No levels: the community owns it throughout.
 */
export const proxyWorkflow: WorkflowDefinition = {
  kind: 'proxy',
  initial: 'reported',
  steps: {
    claim: { from: ['reported'], to: 'accepted', by: 'handler', needs: [] },
    dispatch: { from: ['reported'], to: 'dispatched', by: 'handler', needs: ['assignee'] },
    accept: { from: ['dispatched'], to: 'accepted', by: 'assignee', needs: [] },
    return: { from: ['dispatched', 'accepted'], to: 'reported', by: 'assignee', needs: ['note'] },
    transfer: {
      from: ['dispatched', 'accepted', 'in_progress'],
      to: 'dispatched',
      by: 'handler',
      needs: ['assignee', 'note'],
    },
    start: { from: ['accepted'], to: 'in_progress', by: 'assignee', needs: [] },
    resolve: {
      from: ['accepted', 'in_progress'],
      to: 'resolved',
      by: 'assignee',
      needs: ['outcome', 'note'],
    },
    confirm: { from: ['resolved'], to: 'closed', by: 'handler', needs: ['note'] },
    reject_resolution: { from: ['resolved'], to: 'in_progress', by: 'handler', needs: ['note'] },
    cancel: { from: ['reported', 'dispatched'], to: 'cancelled', by: 'handler', needs: ['reason', 'note'] },
    rate: { from: ['closed'], to: 'rated', by: 'handler', needs: ['satisfaction'] },
    comment: { from: workStates, to: null, by: 'reader', needs: ['note'] },
  },
  stateNamesZh: {
    reported: '待认领',
    dispatched: '已指派',
    accepted: '已认领',
    in_progress: '代办中',
    resolved: '已交付待确认',
    closed: '居民已确认',
  },
  actionNamesZh: {
    dispatch: '指派',
    accept: '接受指派',
    return: '退回待认领',
    resolve: '交付',
    reject_resolution: '居民有异议',
  },
}

/**
 * 红管家 (红色物业): a property order — greening, facility upkeep, sanitation, parking, garbage sorting,
 * a maintenance plan's check, or a resident's repair handed over from the requests pipeline. A red
 * butler takes it (or the community dispatches it), works it with before and after photos and
 * reports it done; the community accepts the work (验收) or sends it back.
 */
export const propertyWorkflow: WorkflowDefinition = {
  kind: 'property',
  initial: 'reported',
  steps: {
    claim: { from: ['reported'], to: 'accepted', by: 'handler', needs: [] },
    dispatch: { from: ['reported'], to: 'dispatched', by: 'handler', needs: ['assignee'] },
    accept: { from: ['dispatched'], to: 'accepted', by: 'assignee', needs: [] },
    return: { from: ['dispatched', 'accepted'], to: 'reported', by: 'assignee', needs: ['note'] },
    transfer: {
      from: ['dispatched', 'accepted', 'in_progress'],
      to: 'dispatched',
      by: 'handler',
      needs: ['assignee', 'note'],
    },
    start: { from: ['accepted'], to: 'in_progress', by: 'assignee', needs: [] },
    resolve: {
      from: ['accepted', 'in_progress'],
      to: 'resolved',
      by: 'assignee',
      needs: ['outcome', 'note'],
    },
    close: { from: ['resolved'], to: 'closed', by: 'approver', needs: [] },
    reject_resolution: { from: ['resolved'], to: 'in_progress', by: 'approver', needs: ['note'] },
    cancel: { from: ['reported', 'dispatched'], to: 'cancelled', by: 'approver', needs: ['reason', 'note'] },
    rate: { from: ['closed'], to: 'rated', by: 'handler', needs: ['satisfaction'] },
    comment: { from: workStates, to: null, by: 'reader', needs: ['note'] },
  },
  stateNamesZh: {
    reported: '待派单',
    dispatched: '已派单',
    accepted: '已接单',
    in_progress: '作业中',
    resolved: '已完工待验收',
    closed: '已验收',
  },
  actionNamesZh: {
    claim: '接单',
    dispatch: '派单',
    accept: '接单',
    return: '退回待派单',
    resolve: '完工',
    close: '验收',
    reject_resolution: '验收不通过',
  },
}

/**
 * A follow-through task (落实事项) of a decision — a consultation's rule to carry out, say. The
 * community assigns it (or someone takes it), it is done and reported, and the community confirms it
 * carried out; until then the decision counts as not yet carried out.
 */
export const taskWorkflow: WorkflowDefinition = {
  kind: 'task',
  initial: 'reported',
  steps: {
    claim: { from: ['reported'], to: 'accepted', by: 'handler', needs: [] },
    dispatch: { from: ['reported'], to: 'dispatched', by: 'handler', needs: ['assignee'] },
    accept: { from: ['dispatched'], to: 'accepted', by: 'assignee', needs: [] },
    return: { from: ['dispatched', 'accepted'], to: 'reported', by: 'assignee', needs: ['note'] },
    transfer: {
      from: ['dispatched', 'accepted', 'in_progress'],
      to: 'dispatched',
      by: 'handler',
      needs: ['assignee', 'note'],
    },
    start: { from: ['accepted'], to: 'in_progress', by: 'assignee', needs: [] },
    resolve: {
      from: ['accepted', 'in_progress'],
      to: 'resolved',
      by: 'assignee',
      needs: ['outcome', 'note'],
    },
    close: { from: ['resolved'], to: 'closed', by: 'handler', needs: [] },
    reject_resolution: { from: ['resolved'], to: 'in_progress', by: 'handler', needs: ['note'] },
    cancel: { from: ['reported', 'dispatched'], to: 'cancelled', by: 'handler', needs: ['reason', 'note'] },
    comment: { from: workStates, to: null, by: 'reader', needs: ['note'] },
  },
  stateNamesZh: {
    reported: '待落实',
    dispatched: '已分派',
    accepted: '已接收',
    in_progress: '落实中',
    resolved: '已完成待确认',
    closed: '已落实',
  },
  actionNamesZh: {
    claim: '认领',
    dispatch: '分派',
    return: '退回',
    resolve: '完成',
    close: '确认落实',
    reject_resolution: '未落实，退回',
  },
}

export const workflows: Record<string, WorkflowDefinition> = {
  request: requestWorkflow,
  proxy: proxyWorkflow,
  property: propertyWorkflow,
  task: taskWorkflow,
}

export type WorkKind = 'request' | 'proxy' | 'property' | 'task'
export const workKinds: readonly WorkKind[] = ['request', 'proxy', 'property', 'task']

export function workflowOf(kind: string): WorkflowDefinition {
  const workflow = workflows[kind]
  if (!workflow) throw new Error(`no workflow for kind ${kind}`)
  return workflow
}

/** A state's name in the words of the item's kind (待认领 for a proxy errand, 待核实 for a request). */
export function stateNameZh(kind: string, state: WorkState): string {
  return workflows[kind]?.stateNamesZh?.[state] ?? workStateNamesZh[state]
}

export function actionNameZh(kind: string, action: WorkAction): string {
  return workflows[kind]?.actionNamesZh?.[action] ?? workActionNamesZh[action]
}

export type StepCheck =
  { ok: true; step: StepDefinition; to: WorkState } | { ok: false; reason: 'unknown_action' | 'wrong_state' }

/** Is `action` possible from `state`? Pure: permissions and pending approvals are checked by the caller. */
export function checkStep(workflow: WorkflowDefinition, state: WorkState, action: WorkAction): StepCheck {
  const step = workflow.steps[action]
  if (!step) return { ok: false, reason: 'unknown_action' }
  if (!step.from.includes(state)) return { ok: false, reason: 'wrong_state' }
  return { ok: true, step, to: step.to ?? state }
}

/** The actions a state allows, in the order a handler's screen lists them. */
export function actionsFrom(workflow: WorkflowDefinition, state: WorkState): WorkAction[] {
  return workActions.filter((a) => workflow.steps[a]?.from.includes(state) === true)
}

// Levels: 小事不出网格，大事不出社区 — an item starts at the grid and is escalated when it must be.
export const workLevels = ['grid', 'community', 'street'] as const
export type WorkLevel = (typeof workLevels)[number]
export const workLevelNamesZh: Record<WorkLevel, string> = { grid: '网格', community: '社区', street: '街道' }

export function nextLevel(level: WorkLevel): WorkLevel | null {
  const i = workLevels.indexOf(level)
  return workLevels[i + 1] ?? null
}

export const requestTypes = ['enquiry', 'help', 'complaint', 'report', 'suggestion', 'repair'] as const
export type RequestType = (typeof requestTypes)[number]
export const requestTypeNamesZh: Record<RequestType, string> = {
  enquiry: '咨询',
  help: '求助',
  complaint: '投诉',
  report: '举报',
  suggestion: '建议',
  repair: '报修',
}

export const channels = ['patrol', 'visit', 'walk_in', 'phone', 'party_member', 'qr', 'open311'] as const
export type Channel = (typeof channels)[number]
export const channelNamesZh: Record<Channel, string> = {
  patrol: '网格巡查',
  visit: '入户走访',
  walk_in: '来访',
  phone: '来电',
  party_member: '党员代报',
  qr: '码上说',
  open311: '开放接口',
}

export const outcomes = ['solved', 'explained', 'unsolvable'] as const
export type Outcome = (typeof outcomes)[number]
export const outcomeNamesZh: Record<Outcome, string> = {
  solved: '已解决',
  explained: '已解释说明',
  unsolvable: '暂无法解决',
}

export const satisfactions = ['satisfied', 'basically_satisfied', 'dissatisfied'] as const
export type Satisfaction = (typeof satisfactions)[number]
export const satisfactionNamesZh: Record<Satisfaction, string> = {
  satisfied: '满意',
  basically_satisfied: '基本满意',
  dissatisfied: '不满意',
}

export const cancelReasons = ['invalid', 'duplicate', 'withdrawn'] as const
export type CancelReason = (typeof cancelReasons)[number]

export const urgencies = ['normal', 'urgent'] as const
export type Urgency = (typeof urgencies)[number]

/** 2026-000123: the number a resident reads out on the phone (per community and year). */
export function formatItemNumber(year: number, sequence: number): string {
  return `${String(year)}-${String(sequence).padStart(6, '0')}`
}
