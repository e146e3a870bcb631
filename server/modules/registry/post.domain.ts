// Posts (交叉任职), pure: which posts exist, where each may sit, which role it grants, and the duties
// it carries by default. One person holds many posts; each post is its own grant, so ending one
// never touches the access the others give.
import type { OrgNodeKind } from '../../db/schema.js'
import type { Role } from '../../platform/access.js'

/** Where a post sits: an org node of one of these kinds, or a village (its own legal entity). */
export type PostPlaceKind = OrgNodeKind | 'village'

export interface PostTypeDefinition {
  zh: string
  en: string
  placeKinds: readonly PostPlaceKind[]
  /** The role a holder with a user account is granted on the post's place; null: none. */
  role: Role | null
  /** 岗位职责 used when the appointment names none. */
  duties: readonly string[]
}

export const postTypes = {
  street_leader: {
    zh: '街道（园区）领导',
    en: 'street office leader',
    placeKinds: ['street', 'park'],
    role: 'street_leader',
    duties: ['统筹辖区新型农村社区治理', '督促“五转三融三保留”各项工作落实', '协调解决社区反映的重大问题'],
  },
  community_party_secretary: {
    zh: '社区党委书记',
    en: 'community party secretary',
    placeKinds: ['community'],
    role: 'community_secretary',
    duties: [
      '主持社区党委全面工作',
      '推进社区党建、自治、网格“三网融合”',
      '统筹安置村民服务和社区治理',
      '落实“1+5+10”党员联系户制度',
    ],
  },
  community_staff: {
    zh: '社区工作人员',
    en: 'community staff',
    placeKinds: ['community'],
    role: 'community_staff',
    duties: ['办理居民服务事项', '维护人口、房屋和重点人群信息', '协助网格员处置网格事项'],
  },
  red_proxy: {
    zh: '红代办',
    en: 'red proxy',
    placeKinds: ['community'],
    role: 'red_proxy',
    duties: ['为居民代购代付、代扣代缴', '陪同就医、代办救助申请', '帮助解决就业、证照等困难'],
  },
  red_butler: {
    zh: '红管家',
    en: 'red butler',
    placeKinds: ['community'],
    role: 'red_butler',
    duties: ['管理小区绿化、环境卫生和停车秩序', '定期检修水电管线、路灯等设施', '参与垃圾分类和文明创建'],
  },
  grid_branch_secretary: {
    zh: '网格党支部书记',
    en: 'grid party branch secretary',
    placeKinds: ['grid'],
    role: 'grid_worker',
    duties: ['主持网格党支部工作', '组织网格内党员报到、参加组织生活', '网格吹哨、调度党员和部门响应'],
  },
  grid_worker: {
    zh: '网格员',
    en: 'grid worker',
    placeKinds: ['grid'],
    role: 'grid_worker',
    duties: [
      '采集、更新网格内人口和房屋信息',
      '走访住户，收集民情民意',
      '排查化解矛盾纠纷和安全隐患',
      '网格事项上报、跟踪和反馈',
    ],
  },
  building_party_group_leader: {
    zh: '楼栋党小组长',
    en: 'building party group leader',
    placeKinds: ['building'],
    role: 'building_leader',
    duties: ['组织楼栋党小组活动', '带领本楼栋党员联系住户'],
  },
  building_leader: {
    zh: '楼栋长',
    en: 'building leader',
    placeKinds: ['building'],
    role: 'building_leader',
    duties: ['联系本楼栋 5 名党员', '收集反映住户诉求', '协助开展楼栋环境和安全巡查'],
  },
  party_member: {
    zh: '党员',
    en: 'party member',
    placeKinds: ['building', 'grid'],
    role: 'party_member',
    duties: ['联系 10 户居民，了解急难愁盼', '参加党员报到和志愿服务'],
  },
  village_party_secretary: {
    zh: '村党组织书记',
    en: 'village party secretary',
    placeKinds: ['village'],
    // No village role reads books without writing them yet; the post is recorded without a grant.
    role: null,
    duties: ['主持村党组织工作', '监督集体土地、资产和财务管理', '组织村集体经济发展'],
  },
  village_accountant: {
    zh: '村会计',
    en: 'village accountant',
    placeKinds: ['village'],
    role: 'village_accountant',
    duties: ['独立核算村集体账目', '管理集体资产经营和收益分配台账', '按期公开村务财务'],
  },
} as const satisfies Record<string, PostTypeDefinition>

export type PostType = keyof typeof postTypes
export const postTypeNames = Object.keys(postTypes) as PostType[]

export function isPostType(value: string): value is PostType {
  return Object.hasOwn(postTypes, value)
}

export function postDefinition(type: PostType): PostTypeDefinition {
  return postTypes[type]
}

export const placeKindNamesZh: Record<PostPlaceKind, string> = {
  district: '区',
  street: '街道',
  park: '园区',
  community: '社区',
  grid: '网格',
  building: '楼栋',
  unit: '单元',
  room: '户室',
  village: '村',
}

/** Why a post of this type cannot sit at a place of this kind, or null when it can. */
export function postPlaceProblem(type: PostType, kind: PostPlaceKind): { en: string; zh: string } | null {
  const def = postDefinition(type)
  if (def.placeKinds.includes(kind)) return null
  return {
    en: `a ${def.en} sits at a ${def.placeKinds.join(' or ')}, not a ${kind}`,
    zh: `“${def.zh}”岗位应设在${def.placeKinds.map((k) => placeKindNamesZh[k]).join('或')}，不能设在${placeKindNamesZh[kind]}`,
  }
}

/** "第二网格网格员" when the appointment names no title. */
export function defaultPostTitle(type: PostType, placeName: string): string {
  return `${placeName}${postDefinition(type).zh}`
}

export const MAX_DUTIES = 20
export const MAX_DUTY_LENGTH = 100

/** Trimmed, blank lines and repeats dropped, in the order given; the type's defaults when none. */
export function normaliseDuties(type: PostType, duties: readonly string[] | undefined): string[] {
  if (duties === undefined) return [...postDefinition(type).duties]
  const out: string[] = []
  for (const duty of duties) {
    const d = duty.trim()
    if (d !== '' && !out.includes(d)) out.push(d)
  }
  return out
}

/** Posts whose holders lead building contacts in 1+5+10. */
export const buildingLeaderPostTypes: readonly PostType[] = ['building_leader']

/** A post's end may not come before its start (calendar days as YYYY-MM-DD compare as text). */
export function endsBeforeStart(startedOn: string | null, endedOn: string): boolean {
  return startedOn !== null && endedOn < startedOn
}
