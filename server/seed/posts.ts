// The posts a generated community fills (交叉任职: one person, several posts), as the registry's post
// types with the title each carries here and, where the type's default duties are too general
// (a deputy secretary is a community_staff post), duties of its own.
import { departmentFunctions } from '../modules/org/index.js'
// eslint-disable-next-line no-restricted-imports -- pure rules; switch to registry/index.ts once it exports them
import { postTypes, type PostType } from '../modules/registry/post.domain.js'

export type DepartmentFunction = keyof typeof departmentFunctions
export const departmentCodes = Object.keys(departmentFunctions) as DepartmentFunction[]

export type SeatKind =
  | 'street_committee_member'
  | 'party_secretary'
  | 'residents_committee_director'
  | 'deputy_secretary'
  | 'committee_member'
  | 'department_head'
  | 'community_staff'
  | 'red_proxy'
  | 'red_butler'
  | 'grid_branch_secretary'
  | 'grid_worker'
  | 'building_leader'
  | 'party_group_leader'
  | 'party_member'
  | 'village_secretary'
  | 'village_accountant'

interface Seat {
  type: PostType
  /** Title when the post's place name is not part of it. */
  title?: string
  duties?: readonly string[]
}

export const seats: Record<SeatKind, Seat> = {
  street_committee_member: {
    type: 'street_leader',
    title: '党工委委员',
    duties: [
      '参加党工委会议，研究辖区重大事项',
      '联系指导所在社区党建和治理工作',
      '推动“五转三融三保留”落实',
    ],
  },
  party_secretary: { type: 'community_party_secretary', title: '社区党委书记' },
  residents_committee_director: {
    type: 'community_staff',
    title: '社区居委会主任',
    duties: ['主持居委会日常工作', '组织居民协商议事', '推进居民自治和公共事务'],
  },
  deputy_secretary: {
    type: 'community_staff',
    title: '社区党委副书记',
    duties: ['协助书记抓好党建工作', '负责党员教育管理和党员报到', '督办民情民意办理'],
  },
  committee_member: {
    type: 'community_staff',
    title: '社区党委委员',
    duties: ['分管一个工作部门', '联系一个网格党支部', '参加党委会议'],
  },
  department_head: {
    type: 'community_staff',
    duties: ['负责本部门工作清单落实', '牵头办理部门承接的民情事项', '每月向党委报告工作'],
  },
  community_staff: { type: 'community_staff', title: '社区工作人员' },
  red_proxy: { type: 'red_proxy', title: '红代办' },
  red_butler: { type: 'red_butler', title: '红管家' },
  grid_branch_secretary: { type: 'grid_branch_secretary' },
  grid_worker: { type: 'grid_worker' },
  building_leader: { type: 'building_leader' },
  party_group_leader: { type: 'building_party_group_leader' },
  party_member: { type: 'party_member', title: '党员' },
  village_secretary: { type: 'village_party_secretary' },
  village_accountant: { type: 'village_accountant' },
}

/** Title of a seat at a named place: "第一网格网格员", "3号楼楼栋长", "李湾村村会计". */
export function seatTitle(kind: SeatKind, placeName: string): string {
  const seat = seats[kind]
  if (seat.title) return seat.title
  const zh = postTypes[seat.type].zh
  return placeName.endsWith('村') && zh.startsWith('村') ? `${placeName}${zh.slice(1)}` : `${placeName}${zh}`
}

export function seatDuties(kind: SeatKind): readonly string[] {
  const seat = seats[kind]
  return seat.duties ?? postTypes[seat.type].duties
}
