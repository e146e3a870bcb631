// Routing by the five functions (五转) and the three stages (三步走). Each community has a stage,
// overridable per origin village (villages move in at different times); a matrix says, for each
// stage, whether each function is still the village's or already the community's. A request whose
// category names a function the matrix gives to the village goes to the resident's origin village;
// an unknown origin (an anonymous QR report) stays on the community side.

export const workFunctions = ['organisation', 'coordination', 'management', 'service', 'development'] as const
export type WorkFunction = (typeof workFunctions)[number]
export const workFunctionNamesZh: Record<WorkFunction, string> = {
  organisation: '组织',
  coordination: '协调',
  management: '管理',
  service: '服务',
  development: '发展',
}

export const stages = [1, 2, 3] as const
export type Stage = (typeof stages)[number]
export const stageNamesZh: Record<Stage, string> = {
  1: '以村为主、社区为辅',
  2: '以社区为主、村为辅',
  3: '村改居',
}

export type Owner = 'village' | 'community'

/** The matrix as stored: stage → function → owner. */
export type FunctionMatrix = Readonly<Record<Stage, Readonly<Record<WorkFunction, Owner>>>>

/**
 * The default reading of the source: at stage 1 the villages still run party activity and basic
 * services, the community coordinates; at stage 2 the village keeps only economic functions
 * (development); at stage 3 everything is the community's. Stored as data and editable.
 */
export const defaultMatrix: FunctionMatrix = {
  1: {
    organisation: 'village',
    coordination: 'community',
    management: 'village',
    service: 'village',
    development: 'village',
  },
  2: {
    organisation: 'community',
    coordination: 'community',
    management: 'community',
    service: 'community',
    development: 'village',
  },
  3: {
    organisation: 'community',
    coordination: 'community',
    management: 'community',
    service: 'community',
    development: 'community',
  },
}

export interface RouteInput {
  communityStage: Stage
  /** Stage overrides of the community's villages. */
  villageStages: ReadonlyMap<string, Stage>
  matrix: FunctionMatrix
  fn: WorkFunction
  /** The resident's origin village, when known and hosted by the community. */
  originVillageId: string | null
}

export interface Route {
  owner: Owner
  villageId: string | null
  stage: Stage
}

export function route(input: RouteInput): Route {
  if (input.originVillageId === null)
    return { owner: 'community', villageId: null, stage: input.communityStage }
  const stage = input.villageStages.get(input.originVillageId) ?? input.communityStage
  const owner = input.matrix[stage][input.fn]
  return owner === 'village'
    ? { owner, villageId: input.originVillageId, stage }
    : { owner, villageId: null, stage }
}

export function isStage(n: number): n is Stage {
  return n === 1 || n === 2 || n === 3
}

/**
 * Preconditions for advancing a stage: a stage moves one step at a time, forward only, and the
 * share of the community's households that have moved in must reach the threshold for the target
 * stage (settings, in per cent).
 */
export const advanceThresholds: Record<2 | 3, number> = { 2: 80, 3: 95 }

export type AdvanceCheck =
  | { ok: true }
  | { ok: false; reason: 'not_next_stage'; from: Stage; to: number }
  | { ok: false; reason: 'moved_in_share_too_low'; sharePercent: number; requiredPercent: number }

export function checkAdvance(from: Stage, to: number, movedIn: number, total: number): AdvanceCheck {
  if (to !== from + 1 || (to !== 2 && to !== 3)) return { ok: false, reason: 'not_next_stage', from, to }
  const sharePercent = total === 0 ? 0 : Math.floor((movedIn * 1000) / total) / 10
  const requiredPercent = advanceThresholds[to]
  if (sharePercent < requiredPercent)
    return { ok: false, reason: 'moved_in_share_too_low', sharePercent, requiredPercent }
  return { ok: true }
}
