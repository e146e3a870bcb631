import { describe, expect, it } from 'vitest'
import { canonicalJson, contentHash, coveredPeriods, disclosureLabelZh } from './disclosure.domain.js'

describe('disclosure periods', () => {
  it('covers a quarter’s three months and a single month', () => {
    expect(coveredPeriods('quarter', 2026, 4)).toEqual(['2026-10', '2026-11', '2026-12'])
    expect(coveredPeriods('quarter', 2026, 1)).toEqual(['2026-01', '2026-02', '2026-03'])
    expect(coveredPeriods('month', 2026, 7)).toEqual(['2026-07'])
  })
  it('names the period the way the notice board does', () => {
    expect(disclosureLabelZh('quarter', 2026, 3)).toBe('2026年第三季度')
    expect(disclosureLabelZh('month', 2026, 11)).toBe('2026年11月')
  })
})

describe('canonical JSON and its hash', () => {
  it('gives the same text whatever order the keys were written in', () => {
    const a = { b: 1, a: { d: [1, { z: 'x', y: null }], c: '李湾村' } }
    const b = { a: { c: '李湾村', d: [1, { y: null, z: 'x' }] }, b: 1 }
    expect(canonicalJson(a)).toBe(canonicalJson(b))
    expect(canonicalJson(a)).toBe('{"a":{"c":"李湾村","d":[1,{"y":null,"z":"x"}]},"b":1}')
    expect(JSON.parse(canonicalJson(a))).toEqual(a)
  })
  it('changes the hash when a single fen changes', () => {
    const h1 = contentHash(canonicalJson({ incomeFen: 12_000_000 }))
    const h2 = contentHash(canonicalJson({ incomeFen: 12_000_001 }))
    expect(h1).toMatch(/^[0-9a-f]{64}$/)
    expect(h1).not.toBe(h2)
    expect(contentHash('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
  })
  it('refuses values JSON cannot carry faithfully', () => {
    expect(() => canonicalJson({ x: Number.NaN })).toThrow()
  })
})
