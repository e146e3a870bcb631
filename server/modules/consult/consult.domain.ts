// 协商议事's rules as pure functions: who may vote, how a vote is counted and decided, and when a
// decision is carried out. The service checks these before anything is written.
import type { BallotChoice, ConsultationState, InviteeCapacity } from '../../db/index.js'

export const consultationSources = ['residents', 'grid_branch', 'requests', 'community'] as const
export const sourceNamesZh: Record<(typeof consultationSources)[number], string> = {
  residents: '居民提议',
  grid_branch: '网格党支部提议',
  requests: '由居民诉求汇集',
  community: '社区提议',
}

export const consultationStates = ['proposed', 'scheduled', 'held', 'decided', 'dropped'] as const
export const stateNamesZh: Record<ConsultationState, string> = {
  proposed: '已提出',
  scheduled: '已安排会议',
  held: '已召开',
  decided: '已形成决定',
  dropped: '已撤销',
}

export const inviteeCapacities = [
  'resident',
  'building_leader',
  'party_member',
  'property_company',
  'village_rep',
  'other',
] as const
export const capacityNamesZh: Record<InviteeCapacity, string> = {
  resident: '居民代表',
  building_leader: '楼栋长',
  party_member: '党员',
  property_company: '物业公司',
  village_rep: '村民代表',
  other: '其他',
}

export const ballotChoices = ['for', 'against', 'abstain'] as const

/** The agenda and the invitations may change until the meeting is held. */
export function isPreparing(state: ConsultationState): boolean {
  return state === 'proposed' || state === 'scheduled'
}

/** Decisions are taken at a meeting that was held (several may be taken). */
export function takesDecisions(state: ConsultationState): boolean {
  return state === 'held' || state === 'decided'
}

export interface Counts {
  for: number
  against: number
  abstain: number
}

export function tally(ballots: readonly { choice: BallotChoice }[]): Counts {
  const counts: Counts = { for: 0, against: 0, abstain: 0 }
  for (const b of ballots) counts[b.choice] += 1
  return counts
}

/** A majority of the votes cast for or against adopts; a tie (or nothing cast) rejects. */
export function voteOutcome(counts: Counts): 'adopted' | 'rejected' {
  return counts.for > counts.against ? 'adopted' : 'rejected'
}

export interface InviteeRef {
  id: string
  attended: boolean
}

export type BallotProblem = { inviteeId: string; problem: 'not_invited' | 'absent' | 'twice' }

/** Only invitees who attended vote, each once. Returns every problem, so the form can show them all. */
export function checkBallots(
  invitees: readonly InviteeRef[],
  ballots: readonly { inviteeId: string }[],
): BallotProblem[] {
  const byId = new Map(invitees.map((i) => [i.id, i]))
  const seen = new Set<string>()
  const problems: BallotProblem[] = []
  for (const b of ballots) {
    const invitee = byId.get(b.inviteeId)
    if (!invitee) problems.push({ inviteeId: b.inviteeId, problem: 'not_invited' })
    else if (!invitee.attended) problems.push({ inviteeId: b.inviteeId, problem: 'absent' })
    else if (seen.has(b.inviteeId)) problems.push({ inviteeId: b.inviteeId, problem: 'twice' })
    seen.add(b.inviteeId)
  }
  return problems
}

/** A decision is carried out when it has tasks and every one not cancelled is closed (and one is). */
export function isCarriedOut(taskStates: readonly string[]): boolean {
  const live = taskStates.filter((s) => s !== 'cancelled')
  return live.length > 0 && live.every((s) => s === 'closed' || s === 'rated')
}
