import { describe, expect, it } from 'vitest'
import { roleTable } from '../../platform/access.js'
import {
  defaultPostTitle,
  endsBeforeStart,
  normaliseDuties,
  postDefinition,
  postPlaceProblem,
  postTypeNames,
  postTypes,
  MAX_DUTIES,
  MAX_DUTY_LENGTH,
} from './post.domain.js'

describe('post types', () => {
  it('names every post in Chinese, places it somewhere, and gives it a short duty list', () => {
    for (const type of postTypeNames) {
      const def = postDefinition(type)
      expect(def.zh).not.toBe('')
      expect(def.placeKinds.length).toBeGreaterThan(0)
      expect(def.duties.length).toBeGreaterThan(0)
      expect(def.duties.length).toBeLessThanOrEqual(MAX_DUTIES)
      for (const duty of def.duties) expect(duty.length).toBeLessThanOrEqual(MAX_DUTY_LENGTH)
    }
  })

  it('grants only roles whose scope kind matches where the post sits', () => {
    for (const type of postTypeNames) {
      const { role, placeKinds } = postDefinition(type)
      if (role === null) continue
      const scopeKinds = roleTable[role].scopeKinds
      for (const kind of placeKinds) expect(scopeKinds).toContain(kind === 'village' ? 'village' : 'org')
      expect(role).not.toBe('admin')
    }
  })

  it('puts grid posts at grids, building posts at buildings and village posts at villages', () => {
    expect(postPlaceProblem('grid_worker', 'grid')).toBeNull()
    expect(postPlaceProblem('party_member', 'building')).toBeNull()
    expect(postPlaceProblem('party_member', 'grid')).toBeNull()
    expect(postPlaceProblem('village_accountant', 'village')).toBeNull()
    expect(postPlaceProblem('street_leader', 'park')).toBeNull()
    expect(postPlaceProblem('grid_worker', 'building')).toEqual({
      en: 'a grid worker sits at a grid, not a building',
      zh: '“网格员”岗位应设在网格，不能设在楼栋',
    })
    expect(postPlaceProblem('village_accountant', 'community')?.zh).toBe('“村会计”岗位应设在村，不能设在社区')
  })

  it('maps the posts of the source to the roles that run them', () => {
    expect(postTypes.community_party_secretary.role).toBe('community_secretary')
    expect(postTypes.grid_worker.role).toBe('grid_worker')
    expect(postTypes.building_leader.role).toBe('building_leader')
    expect(postTypes.red_proxy.role).toBe('red_proxy')
    expect(postTypes.red_butler.role).toBe('red_butler')
    expect(postTypes.village_accountant.role).toBe('village_accountant')
    expect(postTypes.village_party_secretary.role).toBeNull()
  })
})

describe('titles, duties and dates', () => {
  it('titles a post by its place when none is given', () => {
    expect(defaultPostTitle('grid_worker', '第二网格')).toBe('第二网格网格员')
  })

  it('trims duties, drops blank and repeated ones, and falls back to the defaults', () => {
    expect(normaliseDuties('grid_worker', [' 走访住户 ', '', '走访住户', '排查隐患'])).toEqual([
      '走访住户',
      '排查隐患',
    ])
    expect(normaliseDuties('grid_worker', undefined)).toEqual([...postTypes.grid_worker.duties])
    expect(normaliseDuties('grid_worker', [])).toEqual([])
  })

  it('refuses an end before the start', () => {
    expect(endsBeforeStart('2026-03-01', '2026-02-28')).toBe(true)
    expect(endsBeforeStart('2026-03-01', '2026-03-01')).toBe(false)
    expect(endsBeforeStart(null, '2000-01-01')).toBe(false)
  })
})
