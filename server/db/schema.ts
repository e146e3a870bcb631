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
  /** Set for staff of a provider (property company, utility) summoned to items. */
  provider_id: string | null
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

// Residents' requests (民情民意) on the work-item engine.
export interface SlaRuleTable {
  code: string
  name_zh: string
  amount: number
  unit: 'hours' | 'days'
  basis: 'calendar' | 'working'
  respond_hours: number
  updated_at: number
}

export interface RequestCategoryTable {
  code: string
  parent_code: string | null
  name_zh: string
  name_en: string
  function: string
  sla_rule: string
  public: Flag
  active: Flag
  sort: number
  updated_at: number
  /** Which kind of work item a category files: 'request' (民情) or 'proxy' (红代办). */
  item_kind: string
}

/** Money a proxy handled on a resident's behalf: append-only, corrected by a reversing entry. */
export interface ProxyMoneyEntryTable {
  id: string
  item_id: string
  community_id: string
  seq: number
  direction: 'paid' | 'received'
  amount_fen: number
  reverses_id: string | null
  receipt_file_id: string | null
  note: string | null
  recorded_by_user_id: string | null
  recorded_by_label: string
  at: number
}

export interface CentreRoomTable {
  id: string
  community_id: string
  name: string
  kind: string
  capacity: number
  open_from: string
  open_to: string
  active: Flag
  version: number
  created_at: number
  updated_at: number
}

export interface RoomBookingTable {
  id: string
  room_id: string
  community_id: string
  starts_at: number
  ends_at: number
  purpose: string
  organiser: string
  activity_id: string | null
  state: 'booked' | 'cancelled'
  cancel_reason: string | null
  booked_by_user_id: string | null
  booked_by_label: string
  version: number
  created_at: number
  updated_at: number
}

export interface ActivityTable {
  id: string
  community_id: string
  path: string
  title: string
  kind: string
  description: string
  starts_at: number
  ends_at: number
  held_date: string | null
  room_id: string | null
  booking_id: string | null
  place: string | null
  capacity: number | null
  signup_until: number | null
  state: 'open' | 'held' | 'cancelled'
  summary: string | null
  created_by_user_id: string | null
  version: number
  created_at: number
  updated_at: number
}

export interface ActivitySignupTable {
  id: string
  activity_id: string
  person_id: string
  /** walk_in: came without signing up (recorded with the attendance). */
  state: 'signed' | 'cancelled' | 'walk_in'
  attended: Flag
  signed_by_user_id: string | null
  version: number
  created_at: number
  updated_at: number
}

export interface ActivityPhotoTable {
  activity_id: string
  file_id: string
  created_at: number
}

export interface MaintenancePlanTable {
  id: string
  community_id: string
  /** The place the plan covers (its orders are placed there). */
  node_id: string
  path: string
  name: string
  trade: 'electrical' | 'plumbing' | 'greening' | 'sanitation' | 'general'
  category_code: string
  /** The points checked at each facility, in order (JSON array of strings). */
  checklist: unknown
  frequency: 'weekly' | 'monthly' | 'quarterly'
  /** Days from the start of a period within which its check is due. */
  due_days: number
  starts_on: string
  assignee_user_id: string | null
  active: Flag
  created_by_user_id: string | null
  version: number
  created_at: number
  updated_at: number
}

export interface MaintenancePlanFacilityTable {
  plan_id: string
  facility_id: string
  sort: number
}

export interface PropertyOrderTable {
  item_id: string
  community_id: string
  facility_id: string | null
  plan_id: string | null
  period_start: string | null
  created_at: number
}

export interface PropertyCheckResultTable {
  item_id: string
  facility_id: string
  result: 'ok' | 'fault'
  /** Indexes into the plan's checklist that failed (JSON array of numbers). */
  failed: unknown
  note: string | null
  repair_item_id: string | null
  recorded_by_user_id: string | null
  recorded_by_label: string
  recorded_at: number
}

// --- 协商议事 (consultations) ----------------------------------------------------------------------

export type ConsultationSource = 'residents' | 'grid_branch' | 'requests' | 'community'
export type ConsultationState = 'proposed' | 'scheduled' | 'held' | 'decided' | 'dropped'
export type InviteeCapacity =
  'resident' | 'building_leader' | 'party_member' | 'property_company' | 'village_rep' | 'other'
export type BallotChoice = 'for' | 'against' | 'abstain'

export interface ConsultationTable {
  id: string
  community_id: string
  /** The place the topic concerns (community, grid or building) and its path. */
  node_id: string
  path: string
  title: string
  description: string
  source: ConsultationSource
  raised_by: string
  state: ConsultationState
  scheduled_at: number | null
  place: string | null
  held_at: number | null
  held_date: string | null
  minutes: string | null
  dropped_reason: string | null
  created_by_user_id: string | null
  created_by_label: string
  version: number
  created_at: number
  updated_at: number
}

export interface ConsultationRequestTable {
  consultation_id: string
  item_id: string
  created_at: number
}

export interface ConsultationAgendaTable {
  consultation_id: string
  seq: number
  text: string
}

export interface ConsultationInviteeTable {
  id: string
  consultation_id: string
  person_id: string | null
  provider_id: string | null
  name: string
  capacity: InviteeCapacity
  attended: Flag
  created_at: number
}

export interface ConsultationPhotoTable {
  consultation_id: string
  file_id: string
  created_at: number
}

/** Written once: the database refuses updates and deletes. */
export interface ConsultationDecisionTable {
  id: string
  consultation_id: string
  community_id: string
  seq: number
  text: string
  method: 'vote' | 'consensus'
  open_vote: Flag
  votes_for: number | null
  votes_against: number | null
  votes_abstain: number | null
  outcome: 'adopted' | 'rejected'
  decided_at: number
  decided_date: string
  recorded_by_user_id: string | null
  recorded_by_label: string
  /** The decision this one corrects (which then no longer counts). */
  supersedes_id: string | null
}

export interface ConsultationBallotTable {
  decision_id: string
  invitee_id: string
  choice: BallotChoice
}

export interface ConsultationTaskTable {
  decision_id: string
  item_id: string
  created_at: number
}

export type AccountClass = 'asset' | 'liability' | 'equity' | 'cost' | 'income' | 'expense'

export interface ChartStandardAccountTable {
  standard: string
  code: string
  name: string
  class: AccountClass
  normal_side: 'debit' | 'credit'
  contra: Flag
  sort: number
}

/** A statement's row: its caption and the formula over accounts and other rows that fills it. */
export interface ReportLayoutTable {
  standard: string
  report: 'balance_sheet' | 'income_distribution'
  row_no: number
  caption: string
  formula: string
  style: 'item' | 'subtotal' | 'total'
}

/** One village's books (三保留: 财务独立核算). */
export interface LedgerBookTable {
  village_id: string
  standard: string
  /** The first period kept in these books, YYYY-MM. */
  start_period: string
  opened_by_user_id: string | null
  opened_at: number
  version: number
}

export interface LedgerAccountTable {
  id: string
  village_id: string
  code: string
  name: string
  class: AccountClass
  normal_side: 'debit' | 'credit'
  contra: Flag
  parent_code: string | null
  level: number
  /** Only leaf accounts take postings. */
  leaf: Flag
  /** 往来 kept per household: each line names a household. */
  per_household: Flag
  active: Flag
  version: number
  created_at: number
  updated_at: number
}

export interface LedgerPeriodTable {
  village_id: string
  period: string
  state: 'open' | 'closed'
  closed_at: number | null
  closed_by_user_id: string | null
  closed_by_label: string | null
}

export interface VoucherTable {
  id: string
  village_id: string
  period: string
  word: string
  /** Given at posting, without gaps per village and period. */
  number: number | null
  voucher_date: string
  summary: string
  attachments: number
  state: 'draft' | 'reviewed' | 'posted'
  /** A red-letter reversal names the voucher it cancels. */
  reverses_id: string | null
  /** carry_forward: 结转 at a period's end (not income or expense of the period). */
  source: 'manual' | 'carry_forward'
  maker_user_id: string | null
  maker_label: string
  reviewer_user_id: string | null
  reviewer_label: string | null
  reviewed_at: number | null
  poster_user_id: string | null
  poster_label: string | null
  posted_at: number | null
  version: number
  created_at: number
  updated_at: number
}

export interface VoucherLineTable {
  id: string
  voucher_id: string
  line_no: number
  account_id: string
  household_id: string | null
  summary: string
  debit_fen: number
  credit_fen: number
}

export interface VoucherCounterTable {
  village_id: string
  period: string
  last_number: number
}

/** 2004 account → 2023 account, as data (the charts share codes with different meanings). */
export interface ChartMappingTable {
  from_standard: string
  to_standard: string
  from_code: string
  /** Null where the accountant must choose. */
  to_code: string | null
  /** The village's sub-account of to_code to keep the balance in (created when missing). */
  sub_name: string | null
  note_zh: string | null
}

/** A village's opening balances (期初余额): drafted, then confirmed and frozen. */
export interface LedgerOpeningTable {
  village_id: string
  state: 'draft' | 'confirmed'
  confirmed_at: number | null
  confirmed_by_user_id: string | null
  confirmed_by_label: string | null
  version: number
  created_at: number
  updated_at: number
}

export interface LedgerOpeningLineTable {
  id: string
  village_id: string
  account_id: string
  household_id: string | null
  debit_fen: number
  credit_fen: number
  source: 'manual' | 'import'
  legacy_codes: string | null
  updated_at: number
}

export interface CollectiveDecisionTable {
  id: string
  village_id: string
  kind: 'membership' | 'share_plan' | 'distribution' | 'disposal' | 'contract' | 'other'
  /** 成员大会 or 成员代表大会. */
  meeting: 'members' | 'representatives'
  held_on: string
  title: string
  resolution: string
  attendees: number
  votes_for: number
  votes_against: number
  votes_abstain: number
  adopted: Flag
  recorded_by_user_id: string | null
  recorded_by_label: string
  created_at: number
}

export interface CollectiveMemberTable {
  id: string
  village_id: string
  person_id: string
  basis: 'original' | 'birth' | 'marriage' | 'adoption' | 'policy' | 'other'
  status: 'active' | 'ended'
  since_on: string
  decision_id: string
  ended_on: string | null
  end_reason: 'deceased' | 'withdrawn' | 'other' | null
  end_decision_id: string | null
  /** The member's own account, for reading what the collective discloses. */
  user_id: string | null
  version: number
  created_at: number
  updated_at: number
}

export interface DisclosureTable {
  id: string
  village_id: string
  period_kind: 'month' | 'quarter'
  year: number
  period_no: number
  first_period: string
  last_period: string
  content: string
  content_hash: string
  replaces_id: string | null
  correction_reason: string | null
  published_by_user_id: string | null
  published_by_label: string
  published_at: number
}

export interface SharePlanTable {
  id: string
  village_id: string
  name: string
  total_shares: number
  effective_on: string
  decision_id: string
  next_seq: number
  created_at: number
}

export interface DistributionPlanTable {
  id: string
  village_id: string
  year: number
  /** 可分配收益 of the year, from the books when the plan was drawn up. */
  distributable_fen: number
  /** Ratios in basis points (1/100 of a percent): the village's settings for the year. */
  provident_bp: number
  member_bp: number
  provident_fen: number
  member_fen: number
  retained_fen: number
  state: 'draft' | 'approved' | 'posted'
  decision_id: string | null
  voucher_id: string | null
  created_by_label: string
  version: number
  created_at: number
  updated_at: number
}

export interface DistributionPayoutTable {
  plan_id: string
  member_id: string
  shares: number
  amount_fen: number
}

/** Append-only: the only way a holding changes. */
export interface ShareEventTable {
  id: string
  plan_id: string
  seq: number
  kind: 'grant' | 'transfer' | 'inheritance' | 'buyback'
  from_member_id: string | null
  to_member_id: string | null
  shares: number
  decision_id: string | null
  happened_on: string
  note: string | null
  recorded_by_user_id: string | null
  recorded_by_label: string
  at: number
}

// --- the estate module's tables: land, assets, contracts (0018) ------------------------------------
export type LandUse = 'farmland' | 'garden' | 'forest' | 'construction' | 'homestead' | 'other'
export type LandStatus = 'unlet' | 'contracted' | 'leased' | 'expropriated'
export interface LandParcelTable {
  id: string
  village_id: string
  number: string
  name: string
  /** 坐落. */
  place: string
  /** Hundredths of a mu. */
  area_cmu: number
  land_use: LandUse
  status: LandStatus
  holder_member_id: string | null
  holder_household_id: string | null
  contract_id: string | null
  expropriated_on: string | null
  compensation_fen: number | null
  passed_note: string | null
  passed_to_members_fen: number | null
  kept_fen: number | null
  version: number
  created_at: number
  updated_at: number
}
/** Append-only. */
export interface LandParcelHistoryTable {
  id: string
  parcel_id: string
  village_id: string
  from_status: LandStatus | null
  to_status: LandStatus
  changed_on: string
  reason: string
  decision_ref: string | null
  by_user_id: string | null
  by_label: string
  at: number
}
export type AssetKind = 'building' | 'shop' | 'equipment' | 'infrastructure' | 'other'
export type AssetStatus = 'in_use' | 'leased' | 'idle' | 'disposed'
export interface AssetCardTable {
  id: string
  village_id: string
  number: string
  name: string
  kind: AssetKind
  location: string
  acquired_on: string
  original_value_fen: number
  /** The books' account it sits under (151…, 153, 161). */
  account_code: string
  status: AssetStatus
  version: number
  created_at: number
  updated_at: number
}
/** Append-only. */
export interface AssetCardHistoryTable {
  id: string
  card_id: string
  village_id: string
  from_status: AssetStatus | null
  to_status: AssetStatus
  changed_on: string
  reason: string
  by_user_id: string | null
  by_label: string
  at: number
}
export type ContractFrequency = 'once' | 'annual' | 'semiannual' | 'quarterly' | 'monthly'
export interface EstateContractTable {
  id: string
  village_id: string
  number: string
  kind: 'lease' | 'contracting' | 'other'
  counterparty_name: string
  counterparty_type: 'individual' | 'company'
  counterparty_phone: string | null
  subject: string
  starts_on: string
  ends_on: string
  total_fen: number
  annual_rent_fen: number
  frequency: ContractFrequency
  state: 'draft' | 'signed'
  signed_on: string | null
  created_by_label: string
  version: number
  created_at: number
  updated_at: number
}
export interface EstateContractSubjectTable {
  contract_id: string
  asset_card_id: string | null
  parcel_id: string | null
}
export interface ContractInstalmentTable {
  id: string
  contract_id: string
  seq: number
  due_on: string
  amount_fen: number
}
export interface ContractReceiptTable {
  id: string
  contract_id: string
  village_id: string
  received_on: string
  amount_fen: number
  method: 'bank' | 'cash'
  /** Income of the receipt's year or before (Cr 501). */
  current_fen: number
  /** Rent for later years (Cr 211xx 预收租金), released year by year. */
  advance_fen: number
  voucher_id: string | null
  by_user_id: string | null
  by_label: string
  at: number
}
export interface ContractReceiptAllocationTable {
  receipt_id: string
  instalment_id: string
  amount_fen: number
}
export interface ContractReleaseTable {
  id: string
  contract_id: string
  village_id: string
  year: number
  amount_fen: number
  voucher_id: string | null
  by_label: string
  at: number
}
// --- end of the estate module's tables -------------------------------------------------------------

export interface CalendarDayTable {
  day: string
  kind: 'holiday' | 'workday'
  note: string | null
}

export interface FunctionMatrixTable {
  stage: number
  function: string
  owner: 'village' | 'community'
}

export interface CommunityStageTable {
  community_id: string
  stage: number
  since_on: string
  version: number
  updated_at: number
}

export interface VillageStageTable {
  community_id: string
  village_id: string
  stage: number
  since_on: string
  updated_at: number
}

export interface WorkItemCounterTable {
  community_id: string
  year: number
  last: number
}

export interface WorkItemTable {
  id: string
  kind: string
  number: string
  request_type: string
  category_code: string
  urgency: 'normal' | 'urgent'
  channel: string
  title: string
  description: string
  node_id: string
  path: string
  grid_id: string | null
  community_id: string
  street_id: string | null
  address: string | null
  lat: number | null
  lng: number | null
  level: 'grid' | 'community' | 'street'
  /** Path of the node at the item's level (its grid, community or street office). */
  owner_path: string
  /** Set while the item is the origin village's to handle (五转 routing). */
  village_id: string | null
  function: string
  stage: number
  assignee_user_id: string | null
  state: string
  open: Flag
  pending_approval: 'extension' | 'park' | null
  reporter_person_id: string | null
  origin_village_id: string | null
  reporter_name: string | null
  reporter_phone_hash: string | null
  reporter_phone_tail: string | null
  reporter_phone_sealed: string | null
  filed_by_user_id: string | null
  feedback_token_hash: string | null
  sla_rule: string
  reported_at: number
  reported_date: string
  respond_due_at: number
  due_at: number
  /** When the SLA clock next escalates the item automatically; null when it will not. */
  escalate_at: number | null
  parked_at: number | null
  responded_at: number | null
  resolved_at: number | null
  outcome: string | null
  settled_level: string | null
  closed_at: number | null
  closed_date: string | null
  rated_at: number | null
  rated_date: string | null
  satisfaction: string | null
  reopen_count: number
  extension_days: number
  whistled: Flag
  merged_into_id: string | null
  /** The item this one was made from (an errand from a resident's request for help). */
  source_item_id: string | null
  cancel_reason: string | null
  public_text: string | null
  version: number
  created_at: number
  updated_at: number
}

export interface WorkItemUpdateTable {
  id: string
  item_id: string
  action: string
  from_state: string | null
  to_state: string
  from_level: string | null
  to_level: string
  actor_user_id: string | null
  actor_label: string
  /** How the actor reached the item: 'grant', 'assignment', 'public' or 'system'. */
  via: string
  note: string | null
  data: unknown
  at: number
}

export interface WorkItemFileTable {
  item_id: string
  update_id: string
  file_id: string
  stage: 'intake' | 'progress' | 'resolution' | 'report'
  created_at: number
}

export interface WorkItemApprovalTable {
  id: string
  item_id: string
  kind: 'extension' | 'park'
  days: number | null
  reason: string
  requested_by: string | null
  requested_at: number
  decision: 'approved' | 'rejected' | null
  decided_by: string | null
  decided_at: number | null
}

export interface WhistleTable {
  id: string
  item_id: string
  level: string
  blown_by: string | null
  blown_at: number
  report_by: number
  note: string
  closed_at: number | null
}

export interface WhistlePartyTable {
  id: string
  whistle_id: string
  item_id: string
  provider_id: string | null
  unit_id: string | null
  person_id: string | null
  user_id: string | null
  name: string
  reported_at: number | null
  reported_by: string | null
  contribution: string | null
  score: number | null
  evaluation: string | null
  evaluated_at: number | null
  version: number
}

export interface NotificationTable {
  id: string
  item_id: string | null
  channel: string
  recipient_sealed: string
  recipient_tail: string | null
  template: string
  params: unknown
  state: 'pending' | 'sent' | 'failed'
  attempts: number
  last_error: string | null
  created_at: number
  sent_at: number | null
}

export interface WorkFigureDailyTable {
  node_id: string
  day: string
  count: string
  community_id: string
  street_id: string | null
  path: string
  value: number
}

/** The daily rows summed by month ('YYYY-MM'), kept in the same transaction. */
export interface WorkFigureMonthlyTable {
  node_id: string
  month: string
  count: string
  community_id: string
  street_id: string | null
  path: string
  value: number
}

export interface Open311ClientTable {
  id: string
  name: string
  key_hash: string
  jurisdiction_path: string
  created_at: number
  revoked_at: number | null
}

/** One row (id 1): changes whenever sessions end or users or grants change (kept by triggers). */
export interface AuthEpochTable {
  id: number
  n: number
}

// --- 党员报到 (party module) ---------------------------------------------------------------------
export type PartyHomeKind = 'village_branch' | 'workplace' | 'other'
export interface PartyRegistrationTable {
  id: string
  community_id: string
  path: string
  person_id: string
  home_kind: PartyHomeKind
  home_village_id: string | null
  home_name: string
  registered_on: string
  user_id: string | null
  status: 'active' | 'left'
  left_on: string | null
  version: number
  created_at: number
  updated_at: number
}
export interface PartyPostTable {
  id: string
  community_id: string
  name: string
  duty: string
  node_id: string | null
  capacity: number | null
  active: Flag
  version: number
  created_at: number
  updated_at: number
}
export interface PartyPostClaimTable {
  id: string
  post_id: string
  registration_id: string
  state: 'active' | 'ended'
  claimed_on: string
  ended_on: string | null
  created_at: number
  updated_at: number
}
export interface PartyTaskTable {
  id: string
  community_id: string
  kind: 'need' | 'task'
  title: string
  description: string
  on_date: string
  capacity: number
  state: 'open' | 'closed'
  version: number
  created_at: number
  updated_at: number
}
export interface PartyTaskClaimTable {
  id: string
  task_id: string
  registration_id: string
  state: 'claimed' | 'done'
  claimed_by_user_id: string | null
  created_at: number
  updated_at: number
}
export type PartyServiceKind = 'post' | 'need' | 'task' | 'activity' | 'other'
export type PartyRecordState = 'pending' | 'confirmed' | 'rejected' | 'void'
export interface PartyServiceRecordTable {
  id: string
  community_id: string
  registration_id: string
  served_on: string
  minutes: number
  kind: PartyServiceKind
  post_id: string | null
  task_id: string | null
  description: string
  state: PartyRecordState
  recorded_by_user_id: string | null
  recorded_by_label: string
  decided_by_user_id: string | null
  decided_by_label: string | null
  decided_at: number | null
  /** Why it was rejected or voided. */
  reason: string | null
  voided_by_label: string | null
  voided_at: number | null
  version: number
  created_at: number
  updated_at: number
}
export interface PartyServicePhotoTable {
  record_id: string
  file_id: string
  created_at: number
}
export type PartyMeetingKind = 'general_meeting' | 'committee' | 'group_meeting' | 'lecture' | 'theme_day'
export interface PartyMeetingTable {
  id: string
  community_id: string
  kind: PartyMeetingKind
  held_on: string
  topic: string
  recorded_by_label: string
  created_at: number
}
export interface PartyAttendanceTable {
  meeting_id: string
  registration_id: string
  created_at: number
}
// --- end of the party module's tables -------------------------------------------------------------

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
  sla_rules: SlaRuleTable
  request_categories: RequestCategoryTable
  proxy_money_entries: ProxyMoneyEntryTable
  centre_rooms: CentreRoomTable
  room_bookings: RoomBookingTable
  activities: ActivityTable
  activity_signups: ActivitySignupTable
  activity_photos: ActivityPhotoTable
  maintenance_plans: MaintenancePlanTable
  maintenance_plan_facilities: MaintenancePlanFacilityTable
  property_orders: PropertyOrderTable
  property_check_results: PropertyCheckResultTable
  consultations: ConsultationTable
  consultation_requests: ConsultationRequestTable
  consultation_agenda: ConsultationAgendaTable
  consultation_invitees: ConsultationInviteeTable
  consultation_photos: ConsultationPhotoTable
  consultation_decisions: ConsultationDecisionTable
  consultation_ballots: ConsultationBallotTable
  consultation_tasks: ConsultationTaskTable
  chart_standard_accounts: ChartStandardAccountTable
  report_layouts: ReportLayoutTable
  ledger_books: LedgerBookTable
  ledger_accounts: LedgerAccountTable
  ledger_periods: LedgerPeriodTable
  vouchers: VoucherTable
  voucher_lines: VoucherLineTable
  voucher_counters: VoucherCounterTable
  chart_mappings: ChartMappingTable
  ledger_openings: LedgerOpeningTable
  ledger_opening_lines: LedgerOpeningLineTable
  collective_decisions: CollectiveDecisionTable
  collective_members: CollectiveMemberTable
  share_plans: SharePlanTable
  share_events: ShareEventTable
  distribution_plans: DistributionPlanTable
  distribution_payouts: DistributionPayoutTable
  disclosures: DisclosureTable
  land_parcels: LandParcelTable
  land_parcel_history: LandParcelHistoryTable
  asset_cards: AssetCardTable
  asset_card_history: AssetCardHistoryTable
  estate_contracts: EstateContractTable
  estate_contract_subjects: EstateContractSubjectTable
  contract_instalments: ContractInstalmentTable
  contract_receipts: ContractReceiptTable
  contract_receipt_allocations: ContractReceiptAllocationTable
  contract_releases: ContractReleaseTable
  calendar_days: CalendarDayTable
  function_matrix: FunctionMatrixTable
  community_stages: CommunityStageTable
  village_stages: VillageStageTable
  work_item_counters: WorkItemCounterTable
  work_items: WorkItemTable
  work_item_updates: WorkItemUpdateTable
  work_item_files: WorkItemFileTable
  work_item_approvals: WorkItemApprovalTable
  whistles: WhistleTable
  whistle_parties: WhistlePartyTable
  notifications: NotificationTable
  work_figures_daily: WorkFigureDailyTable
  work_figures_monthly: WorkFigureMonthlyTable
  open311_clients: Open311ClientTable
  auth_epoch: AuthEpochTable
  party_registrations: PartyRegistrationTable
  party_posts: PartyPostTable
  party_post_claims: PartyPostClaimTable
  party_tasks: PartyTaskTable
  party_task_claims: PartyTaskClaimTable
  party_service_records: PartyServiceRecordTable
  party_service_photos: PartyServicePhotoTable
  party_meetings: PartyMeetingTable
  party_attendances: PartyAttendanceTable
}
