import { describe, expect, it } from 'vitest'
import { formatLocalDateTimeZh, localDate, startOfLocalDay } from './time.js'

describe('reporting days in Asia/Shanghai', () => {
  it('puts 23:30 UTC on the next Shanghai day', () => {
    expect(localDate(Date.parse('2026-11-24T15:59:59Z'))).toBe('2026-11-24')
    expect(localDate(Date.parse('2026-11-24T16:00:00Z'))).toBe('2026-11-25')
  })

  it('starts a Shanghai day at 16:00 UTC the day before', () => {
    expect(startOfLocalDay('2026-11-25')).toBe(Date.parse('2026-11-24T16:00:00Z'))
    expect(() => startOfLocalDay('2026-02-30')).toThrow(RangeError)
  })

  it('writes dates the Chinese way', () => {
    expect(formatLocalDateTimeZh(Date.parse('2026-01-05T06:07:00Z'))).toBe('2026年1月5日 14:07')
  })
})
