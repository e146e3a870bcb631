import { describe, expect, it } from 'vitest'
import { checkUnitPlacement, compareUnits, defaultUnitName, uniquenessKey } from './unit.domain.js'

describe('the fused network: which body sits where', () => {
  it('puts the party committee and the residents committee at the community, branches at grids, groups at buildings', () => {
    expect(
      checkUnitPlacement({ kind: 'party_committee', nodeKind: 'community', parentKind: null, fn: null }),
    ).toBeNull()
    expect(
      checkUnitPlacement({ kind: 'residents_committee', nodeKind: 'community', parentKind: null, fn: null }),
    ).toBeNull()
    expect(
      checkUnitPlacement({ kind: 'party_branch', nodeKind: 'grid', parentKind: null, fn: null }),
    ).toBeNull()
    expect(
      checkUnitPlacement({ kind: 'party_group', nodeKind: 'building', parentKind: null, fn: null }),
    ).toBeNull()
    expect(
      checkUnitPlacement({ kind: 'building_council', nodeKind: 'building', parentKind: null, fn: null }),
    ).toBeNull()
  })

  it('refuses a party branch on a building, naming where it may sit', () => {
    expect(
      checkUnitPlacement({ kind: 'party_branch', nodeKind: 'building', parentKind: null, fn: null }),
    ).toEqual({
      field: 'kind',
      en: 'a party_branch cannot sit at a building (only at: grid)',
      zh: '网格党支部不能设在楼栋上（只能设在网格）',
    })
  })

  it('puts departments only under a party committee, each with one of the five functions', () => {
    expect(
      checkUnitPlacement({
        kind: 'department',
        nodeKind: 'community',
        parentKind: 'party_committee',
        fn: 'property',
      }),
    ).toBeNull()
    expect(
      checkUnitPlacement({ kind: 'department', nodeKind: 'community', parentKind: null, fn: 'property' }),
    ).toMatchObject({
      field: 'parentUnitId',
      zh: '党委部门只能设在社区党委之下',
    })
    expect(
      checkUnitPlacement({
        kind: 'department',
        nodeKind: 'community',
        parentKind: 'residents_committee',
        fn: 'property',
      }),
    ).toMatchObject({ field: 'parentUnitId' })
    expect(
      checkUnitPlacement({
        kind: 'department',
        nodeKind: 'community',
        parentKind: 'party_committee',
        fn: null,
      }),
    ).toMatchObject({ field: 'function' })
    expect(
      checkUnitPlacement({
        kind: 'party_committee',
        nodeKind: 'community',
        parentKind: null,
        fn: 'property',
      }),
    ).toMatchObject({ field: 'function', zh: '只有党委部门才有职能' })
    expect(
      checkUnitPlacement({ kind: 'party_branch', nodeKind: 'grid', parentKind: 'party_committee', fn: null }),
    ).toMatchObject({ field: 'parentUnitId', zh: '网格党支部不隶属于其他组织' })
  })

  it('names bodies after their node, departments after their function, and orders party before self-governance', () => {
    expect(defaultUnitName('party_committee', '张码花园社区', null)).toBe('张码花园社区党委')
    expect(defaultUnitName('party_branch', '第一网格', null)).toBe('第一网格党支部')
    expect(defaultUnitName('department', '张码花园社区', 'livelihood')).toBe('民生服务')
    expect(uniquenessKey('department', 'property')).not.toBe(uniquenessKey('department', 'governance'))
    const units = [
      { kind: 'department' as const, function: 'development', name: '服务发展' },
      { kind: 'residents_committee' as const, function: null, name: '居委会' },
      { kind: 'department' as const, function: 'party_building', name: '社区党建' },
      { kind: 'party_committee' as const, function: null, name: '党委' },
    ]
    expect([...units].sort(compareUnits).map((u) => u.name)).toEqual([
      '党委',
      '居委会',
      '社区党建',
      '服务发展',
    ])
  })
})
