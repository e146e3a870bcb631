import { describe, expect, it } from 'vitest'
import { can, listScope, type Actor, type Grant } from './access.js'

const district = '/d/'
const park = '/d/p/'
const zhangma = '/d/p/c1/'
const grid1 = '/d/p/c1/g1/'
const grid2 = '/d/p/c1/g2/'
const huahe = '/d/p/c2/'

function actor(...grants: Omit<Grant, 'id'>[]): Actor {
  return {
    kind: 'user',
    userId: 'u',
    label: 'u',
    grants: grants.map((g, i) => ({ ...g, id: String(i) })),
    ip: null,
    requestId: null,
  }
}
const org = (role: Grant['role'], path: string): Omit<Grant, 'id'> => ({
  role,
  scopeKind: 'org',
  scopeId: path,
  scopePath: path,
})
const village = (role: Grant['role'], id: string): Omit<Grant, 'id'> => ({
  role,
  scopeKind: 'village',
  scopeId: id,
  scopePath: null,
})

describe('access', () => {
  it('lets a grid worker read their grid and nothing beside or above it', () => {
    const a = actor(org('grid_worker', grid1))
    expect(can(a, 'person.read', { kind: 'org', path: `${grid1}b1/` })).toBe(true)
    expect(can(a, 'person.read', { kind: 'org', path: grid2 })).toBe(false)
    expect(can(a, 'person.read', { kind: 'org', path: zhangma })).toBe(false)
  })

  it('does not treat a path that merely starts with the same characters as inside', () => {
    const a = actor(org('grid_worker', '/d/p/c1/g1/'))
    expect(can(a, 'org.read', { kind: 'org', path: '/d/p/c1/g10/' })).toBe(false)
  })

  it('never mixes the grants of a cross-appointed person', () => {
    // Grid worker of grid 1 AND accountant of village V: the books of V yes, the people of grid 2 no,
    // and the village grant gives no reach into the grid, nor the grid grant into another village.
    const a = actor(org('grid_worker', grid1), village('village_accountant', 'V'))
    expect(can(a, 'village.books.write', { kind: 'village', villageId: 'V', areaPath: park })).toBe(true)
    expect(can(a, 'village.books.read', { kind: 'village', villageId: 'W', areaPath: park })).toBe(false)
    expect(can(a, 'person.unmask', { kind: 'org', path: grid2 })).toBe(false)
    // person.unmask comes from the grid grant and the target is in the grid: allowed.
    expect(can(a, 'person.unmask', { kind: 'org', path: grid1 })).toBe(true)
    // village.books.read on a target inside grid 1's path is not a village target: refused.
    expect(can(a, 'village.books.read', { kind: 'org', path: grid1 })).toBe(false)
  })

  it('lets an auditor above an area read every village of it, but not write their books', () => {
    const a = actor(org('auditor', park))
    expect(can(a, 'village.books.read', { kind: 'village', villageId: 'V', areaPath: park })).toBe(true)
    expect(can(a, 'village.books.write', { kind: 'village', villageId: 'V', areaPath: park })).toBe(false)
    expect(can(a, 'village.books.read', { kind: 'village', villageId: 'X', areaPath: '/d/q/' })).toBe(false)
  })

  it('keeps a community secretary out of the villages’ books', () => {
    const a = actor(org('community_secretary', zhangma))
    expect(can(a, 'village.books.read', { kind: 'village', villageId: 'V', areaPath: park })).toBe(false)
  })

  it('reduces list scopes to the widest paths', () => {
    const a = actor(org('grid_worker', grid1), org('community_staff', zhangma), org('grid_worker', huahe))
    expect(listScope(a, 'person.read').paths).toEqual([zhangma, huahe])
    expect(listScope(a, 'village.read').paths).toEqual([])
  })

  it('gives global things only to a grant at the root', () => {
    expect(can(actor(org('admin', district)), 'user.manage', { kind: 'global' })).toBe(true)
    expect(can(actor(org('admin', park)), 'user.manage', { kind: 'global' })).toBe(false)
  })
})
