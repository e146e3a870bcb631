// The fused network (三融), pure: which bodies may sit at which node of the one tree. A party
// organisation, a self-governance body and the committee's departments hang on the same nodes as
// the governance grid, so "the grid's branch" and "the grid" are one place.
import type { OrgNodeKind, OrgUnitKind } from '../../db/schema.js'

export const orgUnitKinds = [
  'party_committee',
  'party_branch',
  'party_group',
  'residents_committee',
  'building_council',
  'department',
] as const satisfies readonly OrgUnitKind[]

export type UnitNetwork = 'party' | 'self_governance' | 'department'

export interface UnitKindRule {
  zh: string
  network: UnitNetwork
  /** The node kinds this body may sit at. */
  nodeKinds: readonly OrgNodeKind[]
  /** The body it must hang under (departments hang under the party committee). */
  parentKind: OrgUnitKind | null
  /** Suffix of the default name: 张码花园社区 + 党委. */
  nameSuffix: string
  /** Order in the fused view: party first, then self-governance, then departments. */
  rank: number
}

export const unitKindRules: Record<OrgUnitKind, UnitKindRule> = {
  party_committee: {
    zh: '社区党委',
    network: 'party',
    nodeKinds: ['community'],
    parentKind: null,
    nameSuffix: '党委',
    rank: 1,
  },
  party_branch: {
    zh: '网格党支部',
    network: 'party',
    nodeKinds: ['grid'],
    parentKind: null,
    nameSuffix: '党支部',
    rank: 1,
  },
  party_group: {
    zh: '楼栋党小组',
    network: 'party',
    nodeKinds: ['building'],
    parentKind: null,
    nameSuffix: '党小组',
    rank: 1,
  },
  residents_committee: {
    zh: '居民委员会',
    network: 'self_governance',
    nodeKinds: ['community'],
    parentKind: null,
    nameSuffix: '居民委员会',
    rank: 2,
  },
  building_council: {
    zh: '楼栋长议事会',
    network: 'self_governance',
    nodeKinds: ['building'],
    parentKind: null,
    nameSuffix: '楼栋长议事会',
    rank: 2,
  },
  department: {
    zh: '党委部门',
    network: 'department',
    nodeKinds: ['community'],
    parentKind: 'party_committee',
    nameSuffix: '',
    rank: 3,
  },
}

/** The committee's five departments (社区党建、物业管理、民生服务、综合治理、服务发展). */
export const departmentFunctions = {
  party_building: { zh: '社区党建', rank: 1 },
  property: { zh: '物业管理', rank: 2 },
  livelihood: { zh: '民生服务', rank: 3 },
  governance: { zh: '综合治理', rank: 4 },
  development: { zh: '服务发展', rank: 5 },
} as const
export type DepartmentFunction = keyof typeof departmentFunctions
export const departmentFunctionCodes = Object.keys(departmentFunctions) as DepartmentFunction[]

export function isDepartmentFunction(value: string | null | undefined): value is DepartmentFunction {
  return value !== null && value !== undefined && Object.hasOwn(departmentFunctions, value)
}

export interface PlacementProblem {
  field: string
  en: string
  zh: string
}

const nodeKindZh: Record<OrgNodeKind, string> = {
  district: '区',
  street: '街道',
  park: '园区',
  community: '社区',
  grid: '网格',
  building: '楼栋',
  unit: '单元',
  room: '户室',
}

/**
 * Whether a body of `kind` may sit at a node of `nodeKind`, under `parentKind` (departments only),
 * with `fn` (departments only). Returns the first problem, or null.
 */
export function checkUnitPlacement(input: {
  kind: OrgUnitKind
  nodeKind: OrgNodeKind
  parentKind: OrgUnitKind | null
  fn: string | null
}): PlacementProblem | null {
  const rule = unitKindRules[input.kind]
  if (!rule.nodeKinds.includes(input.nodeKind)) {
    const allowed = rule.nodeKinds.map((k) => nodeKindZh[k]).join('、')
    return {
      field: 'kind',
      en: `a ${input.kind} cannot sit at a ${input.nodeKind} (only at: ${rule.nodeKinds.join(', ')})`,
      zh: `${rule.zh}不能设在${nodeKindZh[input.nodeKind]}上（只能设在${allowed}）`,
    }
  }
  if (rule.parentKind !== input.parentKind) {
    if (rule.parentKind === null)
      return {
        field: 'parentUnitId',
        en: `a ${input.kind} does not hang under another body`,
        zh: `${rule.zh}不隶属于其他组织`,
      }
    return {
      field: 'parentUnitId',
      en: `a ${input.kind} must sit under a ${rule.parentKind}`,
      zh: `${rule.zh}只能设在${unitKindRules[rule.parentKind].zh}之下`,
    }
  }
  if (input.kind === 'department') {
    if (!isDepartmentFunction(input.fn))
      return {
        field: 'function',
        en: `a department needs a function: ${departmentFunctionCodes.join(', ')}`,
        zh: `党委部门须指定职能：${departmentFunctionCodes.map((f) => departmentFunctions[f].zh).join('、')}`,
      }
  } else if (input.fn !== null) {
    return { field: 'function', en: 'only departments have a function', zh: '只有党委部门才有职能' }
  }
  return null
}

/** Kinds of which a node (or, for departments, a committee per function) holds at most one. */
export function uniquenessKey(kind: OrgUnitKind, fn: string | null): string {
  return kind === 'department' ? `department:${fn ?? ''}` : kind
}

/** 张码花园社区 + party_committee → 张码花园社区党委; a department → 社区党建. */
export function defaultUnitName(kind: OrgUnitKind, nodeName: string, fn: string | null): string {
  if (kind === 'department') return isDepartmentFunction(fn) ? departmentFunctions[fn].zh : '部门'
  return `${nodeName}${unitKindRules[kind].nameSuffix}`
}

/** Order of bodies at one node: party, self-governance, departments by function. */
export function compareUnits(
  a: { kind: OrgUnitKind; function: string | null; name: string },
  b: { kind: OrgUnitKind; function: string | null; name: string },
): number {
  const rank = (u: { kind: OrgUnitKind; function: string | null }) =>
    unitKindRules[u.kind].rank * 10 +
    (isDepartmentFunction(u.function) ? departmentFunctions[u.function].rank : 0)
  return rank(a) - rank(b) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
}
