// What the item page needs to know of the workflow to draw its forms. The server decides what is
// allowed (each item comes with `actions`); this only says which fields each step asks for, in the
// same words as the server's workflow definition.
import type {
  CancelReason,
  InboxBox,
  Outcome,
  RequestType,
  Satisfaction,
  WorkAction,
  WorkState,
} from './types'

export type StepNeed = 'note' | 'assignee' | 'reason' | 'outcome' | 'days' | 'satisfaction' | 'target'

export const stepNeeds: Record<WorkAction, readonly StepNeed[]> = {
  verify: [],
  cancel: ['reason', 'note'],
  dispatch: ['assignee'],
  accept: [],
  start: [],
  resolve: ['outcome', 'note'],
  return: ['note'],
  transfer: ['assignee', 'note'],
  escalate: ['note'],
  request_extension: ['days', 'note'],
  approve_extension: [],
  reject_extension: ['note'],
  request_park: ['note'],
  approve_park: [],
  reject_park: ['note'],
  unpark: [],
  close: [],
  reject_resolution: ['note'],
  rate: ['satisfaction'],
  reopen: ['note'],
  merge: ['target'],
  comment: ['note'],
  claim: [],
  confirm: ['note'],
}

/** Steps where a photo belongs: the work done (办结) and a remark on the way. */
export const takesPhotos: ReadonlySet<WorkAction> = new Set(['resolve', 'comment'])

/** The step that moves the item on, drawn as the main button. */
export const forwardActions: ReadonlySet<WorkAction> = new Set([
  'verify',
  'dispatch',
  'accept',
  'start',
  'resolve',
  'close',
  'rate',
  'approve_extension',
  'approve_park',
  'unpark',
  'claim',
  'confirm',
])

export const workStates: readonly WorkState[] = [
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
]

export const inboxBoxes: readonly InboxBox[] = [
  'mine',
  'scope',
  'overdue',
  'nearly_due',
  'whistled',
  'filed_by_me',
  'summoned',
]
export const requestTypes: readonly RequestType[] = [
  'repair',
  'help',
  'complaint',
  'report',
  'enquiry',
  'suggestion',
]
export const outcomes: readonly Outcome[] = ['solved', 'explained', 'unsolvable']
export const satisfactions: readonly Satisfaction[] = ['satisfied', 'basically_satisfied', 'dissatisfied']
export const cancelReasons: readonly CancelReason[] = ['invalid', 'duplicate', 'withdrawn']

/** 2026-000123, as residents read it out on the phone. */
export const itemNumberPattern = /^\d{4}-\d{6}$/

/** Accepts what people type: "2026-123", "2026 000123", full-width digits. Null when it is no number. */
export function normaliseItemNumber(text: string): string | null {
  const ascii = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).trim()
  const match = /^(\d{4})\s*[-－—\s]\s*(\d{1,6})$/.exec(ascii)
  if (!match) return null
  const [, year = '', seq = ''] = match
  return `${year}-${seq.padStart(6, '0')}`
}
