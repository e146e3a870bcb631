// Who may do what, where. One permission table, consulted by every service.
// A grant is (role, scope): the scope is an org subtree (by path) or one village. A check passes
// only when ONE grant covers both the permission and the target — the grants of a cross-appointed
// person are never mixed (a grid worker who is also a village accountant cannot read the books of
// another village through the grid, nor the grid's people through the village).
import { AppError, notFoundOrNoAccess } from './errors.js'

export const roles = [
  'admin',
  'street_leader',
  'community_secretary',
  'community_staff',
  'grid_worker',
  'building_leader',
  'party_member',
  'village_accountant',
  'auditor',
  'red_proxy',
  'red_butler',
  'village_cadre',
  'collective_member',
] as const
export type Role = (typeof roles)[number]

export const permissions = [
  'org.read',
  'org.update',
  'user.read',
  'user.manage',
  'audit.read',
  'person.read',
  'person.update',
  'person.unmask',
  'person.restricted.read',
  'village.read',
  'village.books.read',
  'village.books.write',
  'file.upload',
  'request.read',
  'request.file',
  'request.handle',
  'request.approve',
  'request.configure',
  'proxy.read',
  'proxy.handle',
  'centre.manage',
  'centre.signup',
  'property.read',
  'property.handle',
  'property.plan',
  'consult.read',
  'consult.manage',
  'party.manage',
  'party.serve',
  'collective.read',
  'collective.manage',
  'disclosure.read',
  'disclosure.manage',
] as const
export type Permission = (typeof permissions)[number]

interface RoleDefinition {
  permissions: readonly Permission[]
  /** May a grant of this role on an org subtree reach the villages of that area? */
  reachesVillagesBelow: boolean
  /** Which scope kinds a grant of this role may have. */
  scopeKinds: readonly ('org' | 'village')[]
}

const desk: readonly Permission[] = ['org.read', 'person.read', 'file.upload']
/** Residents' requests: read, file, and handle where the item sits (its level's node or village). */
const handler: readonly Permission[] = ['request.read', 'request.file', 'request.handle']
/** 红代办: the proxy team and the community read proxy errands (with the resident's details) and work them. */
const proxyTeam: readonly Permission[] = ['proxy.read', 'proxy.handle']
/** The service centre: its rooms, bookings and activities are run by the community's staff. */
const centreDesk: readonly Permission[] = ['centre.manage', 'centre.signup']
/** 红管家: property orders are worked by the red butlers; the community also plans maintenance and accepts work. */
const butler: readonly Permission[] = ['property.read', 'property.handle']
const propertyDesk: readonly Permission[] = [...butler, 'property.plan']
/** 协商议事 is convened by the community; the grid, building leaders and party members follow it. */
const consultDesk: readonly Permission[] = ['consult.read', 'consult.manage']

export const roleTable: Record<Role, RoleDefinition> = {
  admin: {
    permissions: ['org.read', 'org.update', 'user.read', 'user.manage', 'audit.read', 'file.upload'],
    reachesVillagesBelow: false,
    scopeKinds: ['org'],
  },
  street_leader: {
    permissions: [
      ...desk,
      ...handler,
      'user.read',
      'audit.read',
      'village.read',
      'request.approve',
      'collective.read',
      'disclosure.read',
    ],
    reachesVillagesBelow: true,
    scopeKinds: ['org'],
  },
  community_secretary: {
    permissions: [
      ...desk,
      ...handler,
      'org.update',
      'user.read',
      'user.manage',
      'audit.read',
      'person.update',
      'person.unmask',
      'person.restricted.read',
      'request.approve',
      'request.configure',
      ...proxyTeam,
      ...centreDesk,
      ...propertyDesk,
      ...consultDesk,
      'party.manage',
      'disclosure.read',
    ],
    reachesVillagesBelow: false,
    scopeKinds: ['org'],
  },
  community_staff: {
    permissions: [
      ...desk,
      ...handler,
      ...proxyTeam,
      ...centreDesk,
      ...propertyDesk,
      ...consultDesk,
      'party.manage',
      'person.update',
      'person.unmask',
      'person.restricted.read',
      'disclosure.read',
    ],
    reachesVillagesBelow: false,
    scopeKinds: ['org'],
  },
  grid_worker: {
    permissions: [...desk, ...handler, 'person.update', 'person.unmask', 'centre.signup', 'consult.read'],
    reachesVillagesBelow: false,
    scopeKinds: ['org'],
  },
  // Building leaders and party members file for the households they look after (1+5+10) and
  // follow what they filed; handling stays with the grid.
  building_leader: {
    permissions: [...desk, 'request.read', 'request.file', 'centre.signup', 'consult.read'],
    reachesVillagesBelow: false,
    scopeKinds: ['org'],
  },
  party_member: {
    permissions: ['org.read', 'file.upload', 'request.file', 'centre.signup', 'consult.read', 'party.serve'],
    reachesVillagesBelow: false,
    scopeKinds: ['org'],
  },
  village_accountant: {
    // The collective's members and shares feed its books (distribution by shares): the accountant keeps them too.
    permissions: [
      'village.read',
      'village.books.read',
      'village.books.write',
      'file.upload',
      'collective.read',
      'collective.manage',
      'disclosure.read',
      'disclosure.manage',
    ],
    reachesVillagesBelow: false,
    scopeKinds: ['village'],
  },
  auditor: {
    permissions: [
      'org.read',
      'audit.read',
      'village.read',
      'village.books.read',
      'request.read',
      'collective.read',
      'disclosure.read',
    ],
    reachesVillagesBelow: true,
    scopeKinds: ['org'],
  },
  // 红代办: party cadres who run errands for residents — they file, claim and work proxy errands
  // where their grant sits (the community), and read the residents they serve.
  red_proxy: {
    permissions: [...desk, ...proxyTeam, 'request.file'],
    reachesVillagesBelow: false,
    scopeKinds: ['org'],
  },
  // 红管家 (红色物业): they take and work property orders (greening, upkeep, sanitation, parking,
  // garbage sorting, the maintenance plans' checks) where their grant sits.
  red_butler: { permissions: [...desk, ...butler], reachesVillagesBelow: false, scopeKinds: ['org'] },
  // A village's own cadres handle what the 五转 matrix still gives to the village (三步走).
  village_cadre: {
    permissions: [
      'village.read',
      'request.read',
      'request.handle',
      'file.upload',
      'collective.read',
      'collective.manage',
      'disclosure.read',
      'disclosure.manage',
    ],
    reachesVillagesBelow: false,
    scopeKinds: ['village'],
  },
  // A member of a village's collective economic organisation, wherever they now live: they read
  // on their phone what the collective has disclosed (财务公开) — while their membership is active.
  collective_member: {
    permissions: ['disclosure.read'],
    reachesVillagesBelow: false,
    scopeKinds: ['village'],
  },
}

export interface Grant {
  id: string
  role: Role
  scopeKind: 'org' | 'village'
  scopeId: string
  /** Org path of the scope node; null for a village scope. */
  scopePath: string | null
}

export interface Actor {
  kind: 'user' | 'system'
  userId: string | null
  label: string
  grants: readonly Grant[]
  ip: string | null
  requestId: string | null
}

export function systemActor(label: string): Actor {
  return { kind: 'system', userId: null, label, grants: [], ip: null, requestId: null }
}

export type Target =
  | { kind: 'org'; path: string }
  | { kind: 'village'; villageId: string; areaPath: string }
  /** Something that belongs to no scope (the user's own account, the system). */
  | { kind: 'global' }

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value)
}

export function roleHas(role: Role, permission: Permission): boolean {
  return roleTable[role].permissions.includes(permission)
}

export function grantCovers(grant: Grant, target: Target): boolean {
  switch (target.kind) {
    case 'org':
      return grant.scopeKind === 'org' && grant.scopePath !== null && target.path.startsWith(grant.scopePath)
    case 'village':
      if (grant.scopeKind === 'village') return grant.scopeId === target.villageId
      return (
        roleTable[grant.role].reachesVillagesBelow &&
        grant.scopePath !== null &&
        target.areaPath.startsWith(grant.scopePath)
      )
    case 'global':
      // Only a grant at the root of an org tree (depth 1 path) reaches global things.
      return grant.scopeKind === 'org' && grant.scopePath !== null && grant.scopePath.split('/').length === 3
    default: {
      const never: never = target
      return never
    }
  }
}

/** The grant that allows `permission` on `target`, if any. */
export function findGrant(actor: Actor, permission: Permission, target: Target): Grant | undefined {
  return actor.grants.find((g) => roleHas(g.role, permission) && grantCovers(g, target))
}

export function can(actor: Actor, permission: Permission, target: Target): boolean {
  if (actor.kind === 'system') return true
  return findGrant(actor, permission, target) !== undefined
}

/** Throws "not found or no access" so that a refusal never tells whether the record exists. */
export function requireAccess(actor: Actor, permission: Permission, target: Target, entity: string): void {
  if (!can(actor, permission, target)) throw notFoundOrNoAccess(entity)
}

/** For actions that have no target record (e.g. creating a user somewhere): a plain refusal. */
export function requirePermissionSomewhere(actor: Actor, permission: Permission): void {
  if (actor.kind === 'system') return
  if (!actor.grants.some((g) => roleHas(g.role, permission))) throw new AppError('FORBIDDEN', { permission })
}

export interface ListScope {
  /** Org path prefixes to filter by (none covers another). */
  paths: string[]
  villageIds: string[]
  /** Org prefixes whose villages are reachable (auditors, street leaders). */
  villageAreaPaths: string[]
  all: boolean
}

/** What an actor may list for a permission, as filters for an indexed query. */
export function listScope(actor: Actor, permission: Permission): ListScope {
  if (actor.kind === 'system') return { paths: [], villageIds: [], villageAreaPaths: [], all: true }
  const granted = actor.grants.filter((g) => roleHas(g.role, permission))
  const orgPaths = granted.flatMap((g) => (g.scopeKind === 'org' && g.scopePath ? [g.scopePath] : []))
  const areaPaths = granted.flatMap((g) =>
    g.scopeKind === 'org' && g.scopePath && roleTable[g.role].reachesVillagesBelow ? [g.scopePath] : [],
  )
  return {
    paths: minimalPrefixes(orgPaths),
    villageIds: [...new Set(granted.flatMap((g) => (g.scopeKind === 'village' ? [g.scopeId] : [])))],
    villageAreaPaths: minimalPrefixes(areaPaths),
    all: false,
  }
}

function minimalPrefixes(paths: string[]): string[] {
  const sorted = [...new Set(paths)].sort()
  const out: string[] = []
  for (const p of sorted) if (!out.some((q) => p.startsWith(q))) out.push(p)
  return out
}

export function allPermissions(actor: Actor): Permission[] {
  return permissions.filter((p) => actor.grants.some((g) => roleHas(g.role, p)))
}
