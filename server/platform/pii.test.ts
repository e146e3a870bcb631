import { describe, expect, it } from 'vitest'
import {
  derivePiiKeys,
  identifierHash,
  identifierTail,
  maskIdNumber,
  maskPhone,
  seal,
  unseal,
} from './pii.js'

const keys = derivePiiKeys('a-test-secret-that-is-long-enough-0123456789')

describe('personal identifiers', () => {
  it('matches an ID number by keyed hash whatever its case or spacing', () => {
    expect(identifierHash(keys, '32080219900101123x')).toBe(identifierHash(keys, '320802 19900101 123X'))
    expect(identifierHash(keys, '320802199001011234')).not.toBe(identifierHash(keys, '320802199001011235'))
  })

  it('hashes differently under another installation secret', () => {
    const other = derivePiiKeys('another-secret-that-is-long-enough-987654321')
    expect(identifierHash(keys, '320802199001011234')).not.toBe(identifierHash(other, '320802199001011234'))
  })

  it('keeps the tail for "ending in 1234" searches', () => {
    expect(identifierTail('138 1234 5678')).toBe('5678')
  })

  it('seals and opens a value, and detects tampering', () => {
    const sealed = seal(keys, '320802199001011234')
    expect(sealed).not.toContain('320802')
    expect(unseal(keys, sealed)).toBe('320802199001011234')
    const tampered = sealed.slice(0, -2) + (sealed.endsWith('A') ? 'BB' : 'AA')
    expect(() => unseal(keys, tampered)).toThrow()
  })

  it('masks as the UI shows them', () => {
    expect(maskIdNumber('320802199001011234')).toBe('3208**********1234')
    expect(maskPhone('13812345678')).toBe('138****5678')
  })
})
