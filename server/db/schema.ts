// The database as Kysely sees it. Column conventions (see ARCHITECTURE.md, "Data"):
//   ids are UUIDv7 text made by the application; times are epoch milliseconds UTC (`*_at`);
//   report days are `local_date` text YYYY-MM-DD in Asia/Shanghai; flags are integers 0/1;
//   JSON columns are read through `readJson` (jsonb on PostgreSQL, text on SQLite);
//   `path` columns hold the materialised org path `/id/id/…/` of the row's org node.

export type Flag = 0 | 1

export type OrgNodeKind = 'district' | 'street' | 'park' | 'community' | 'grid' | 'building' | 'unit' | 'room'

export interface OrgNodeTable {
  id: string
  parent_id: string | null
  kind: OrgNodeKind
  code: string
  name: string
  path: string
  depth: number
  /** The community this node is in (itself for a community); null above community level. */
  community_id: string | null
  version: number
  created_at: number
  updated_at: number
  /** Grid boundary, GeoJSON Polygon/MultiPolygon (grids only). */
  boundary: unknown
  /** Standard address of a building (community + building + …). */
  address: string | null
  lat: number | null
  lng: number | null
  /** Rooms only. */
  floor: number | null
  room_use: RoomUse | null
  room_state: RoomState | null
}

export type RoomUse = 'dwelling' | 'shop'
export type RoomState = 'occupied' | 'vacant' | 'rented' | 'renovating'

export interface FacilityTable {
  id: string
  community_id: string
  node_id: string
  path: string
  category: string
  code: string
  name: string
  state: 'in_service' | 'faulty' | 'retired'
  location: string | null
  lat: number | null
  lng: number | null
  version: number
  created_at: number
  updated_at: number
}

export type OrgUnitKind =
  | 'party_committee'
  | 'party_branch'
  | 'party_group'
  | 'residents_committee'
  | 'building_council'
  | 'department'

export interface OrgUnitTable {
  id: string
  node_id: string
  parent_unit_id: string | null
  community_id: string | null
  path: string
  kind: OrgUnitKind
  /** For departments: party_building | property | livelihood | governance | development. */
  function: string | null
  name: string
  version: number
  created_at: number
  updated_at: number
}

export interface ProviderTable {
  id: string
  kind: string
  name: string
  area_path: string
  contact_name: string | null
  phone_sealed: string | null
  phone_tail: string | null
  version: number
  created_at: number
  updated_at: number
}

export interface CommunityVillageTable {
  community_id: string
  village_id: string
  created_at: number
}

export type IdType =
  'resident_id' | 'hk_macau_permit' | 'taiwan_permit' | 'passport' | 'foreign_permanent' | 'none'
export type Hukou = 'registered' | 'floating' | 'other'

export interface PersonTable {
  id: string
  name: string
  name_pinyin: string
  name_initials: string
  name_sort: string
  sex: 'male' | 'female'
  birth_date: string | null
  id_type: IdType
  id_hash: string | null
  id_tail: string | null
  id_sealed: string | null
  phone_hash: string | null
  phone_tail: string | null
  phone_sealed: string | null
  hukou: Hukou
  origin_village_id: string | null
  community_id: string | null
  /** Org path of where the person lives now (a room, or the community when no room is known). */
  path: string
  party_member: Flag
  status: 'active' | 'moved_away' | 'deceased'
  version: number
  created_at: number
  updated_at: number
}

export interface HouseholdTable {
  id: string
  community_id: string
  code: string
  room_id: string | null
  path: string
  head_person_id: string | null
  origin_village_id: string | null
  version: number
  created_at: number
  updated_at: number
}

export interface HouseholdMemberTable {
  id: string
  household_id: string
  person_id: string
  relation: string
  joined_on: string | null
  left_on: string | null
  created_at: number
}

export interface ResidenceTable {
  id: string
  household_id: string
  room_id: string
  community_id: string
  path: string
  moved_in_on: string
  moved_out_on: string | null
  created_at: number
}

export interface PersonTagTable {
  id: string
  person_id: string
  tag: string
  restricted: Flag
  responsible_person_id: string | null
  since_on: string | null
  until_on: string | null
  note: string | null
  version: number
  created_at: number
  updated_at: number
}

export interface PostTable {
  id: string
  person_id: string
  post_type: string
  node_id: string | null
  village_id: string | null
  unit_id: string | null
  community_id: string | null
  path: string | null
  title: string
  duties: unknown
  user_id: string | null
  grant_id: string | null
  started_on: string | null
  ended_on: string | null
  version: number
  created_at: number
  updated_at: number
}

export interface ContactTable {
  id: string
  kind: 'leader_member' | 'member_household'
  from_person_id: string
  to_person_id: string | null
  to_household_id: string | null
  community_id: string
  path: string
  since_on: string | null
  until_on: string | null
  created_at: number
}

export interface ImportTable {
  id: string
  kind: string
  mode: 'all_or_nothing' | 'good_rows'
  status: 'queued' | 'running' | 'done' | 'rejected' | 'failed'
  file_id: string
  file_name: string
  community_id: string
  path: string
  total_rows: number
  processed_rows: number
  good_rows: number
  bad_rows: number
  errors: unknown
  created_by: string
  created_at: number
  updated_at: number
  finished_at: number | null
}

export interface VillageTable {
  id: string
  code: string
  name: string
  /** Path of the org node (street office or park) whose area the village belongs to. */
  area_path: string
  /** Name of the village's collective economic organisation (村股份经济合作社). */
  collective_name: string | null
  version: number
  created_at: number
  updated_at: number
}

export interface UserTable {
  id: string
  username: string
  display_name: string
  password_hash: string
  locale: 'zh-CN' | 'en'
  disabled: Flag
  version: number
  created_at: number
  updated_at: number
  password_changed_at: number
}

export interface GrantTable {
  id: string
  user_id: string
  role: string
  scope_kind: 'org' | 'village'
  /** Org node id or village id. */
  scope_id: string
  /** For org scopes, the node's path (kept in step by node moves); null for village scopes. */
  scope_path: string | null
  created_at: number
  created_by: string | null
  /** The post this grant comes from, when a post drives it. */
  post_id: string | null
}

export interface SessionTable {
  /** SHA-256 of the opaque token; the token itself is never stored. */
  id: string
  user_id: string
  csrf_token: string
  created_at: number
  last_seen_at: number
  expires_at: number
  ip: string | null
  user_agent: string | null
}

export interface LoginThrottleTable {
  key: string
  failures: number
  window_started_at: number
  blocked_until: number
}

export interface ItemAccessTable {
  id: string
  user_id: string
  target_type: string
  target_id: string
  reason: string
  granted_by: string | null
  created_at: number
  revoked_at: number | null
}

export interface AuditLogTable {
  id: string
  at: number
  local_date: string
  actor_id: string | null
  actor_label: string
  ip: string | null
  action: string
  target_type: string
  target_id: string | null
  scope_path: string | null
  village_id: string | null
  summary: unknown
  request_id: string | null
}

export type JobStatus = 'pending' | 'running' | 'done' | 'failed'

export interface JobTable {
  id: string
  kind: string
  payload: unknown
  status: JobStatus
  run_at: number
  attempts: number
  max_attempts: number
  locked_by: string | null
  locked_until: number | null
  last_error: string | null
  idempotency_key: string | null
  created_at: number
  updated_at: number
  finished_at: number | null
}

export interface FileTable {
  /** SHA-256 of the content, hex. */
  id: string
  size: number
  mime: string
  created_at: number
  created_by: string | null
}

export interface AppMetaTable {
  key: string
  value: string
}

export interface Database {
  org_nodes: OrgNodeTable
  villages: VillageTable
  users: UserTable
  grants: GrantTable
  sessions: SessionTable
  login_throttle: LoginThrottleTable
  item_access: ItemAccessTable
  audit_log: AuditLogTable
  jobs: JobTable
  files: FileTable
  app_meta: AppMetaTable
  facilities: FacilityTable
  org_units: OrgUnitTable
  providers: ProviderTable
  community_villages: CommunityVillageTable
  persons: PersonTable
  households: HouseholdTable
  household_members: HouseholdMemberTable
  residences: ResidenceTable
  person_tags: PersonTagTable
  posts: PostTable
  contacts: ContactTable
  imports: ImportTable
}
