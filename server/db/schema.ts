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
}

export interface VillageTable {
  id: string
  code: string
  name: string
  /** Path of the org node (street office or park) whose area the village belongs to. */
  area_path: string
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
}
