// The org tree's rules, pure. Paths are `/id/id/…/`: each segment an immutable node id, so renaming
// or re-coding a node never rewrites rows that carry its path.
import type { OrgNodeKind } from '../../db/schema.js'

export const kindRank: Record<OrgNodeKind, number> = {
  district: 1,
  street: 2,
  park: 2,
  community: 3,
  grid: 4,
  building: 5,
  unit: 6,
  room: 7,
}

const allowedChildren: Record<OrgNodeKind, readonly OrgNodeKind[]> = {
  district: ['street', 'park'],
  street: ['community'],
  park: ['community'],
  community: ['grid'],
  grid: ['building'],
  building: ['unit'],
  unit: ['room'],
  room: [],
}

export function canParent(parent: OrgNodeKind | null, child: OrgNodeKind): boolean {
  if (parent === null) return child === 'district'
  return allowedChildren[parent].includes(child)
}

export function childPath(parentPath: string | null, id: string): string {
  return `${parentPath ?? '/'}${id}/`
}

/** Ids on a path from the root down to the node itself. */
export function pathIds(path: string): string[] {
  return path.split('/').filter((s) => s !== '')
}

export function depthOf(path: string): number {
  return pathIds(path).length
}

/** Kinds shown in the navigation tree; units and rooms are listed on demand. */
export const navigationKinds: readonly OrgNodeKind[] = [
  'district',
  'street',
  'park',
  'community',
  'grid',
  'building',
]
