import { describe, expect, it } from 'vitest'
import { startOfLocalDay } from '../../platform/time.js'
import { checkSpan, formatSpanZh, overlaps } from './centre.domain.js'

const day = startOfLocalDay('2026-12-08')
const at = (h: number, m = 0) => day + (h * 60 + m) * 60_000
const room = { open_from: '08:30', open_to: '21:00' }

describe('service centre bookings', () => {
  it('treats touching bookings as free and any shared minute as an overlap', () => {
    expect(overlaps({ starts_at: at(9), ends_at: at(11) }, { starts_at: at(11), ends_at: at(12) })).toBe(
      false,
    )
    expect(overlaps({ starts_at: at(9), ends_at: at(11) }, { starts_at: at(10, 59), ends_at: at(12) })).toBe(
      true,
    )
    expect(overlaps({ starts_at: at(9), ends_at: at(11) }, { starts_at: at(8), ends_at: at(13) })).toBe(true)
  })

  it('keeps bookings inside the opening hours of one day, not in the past, ending after they start', () => {
    const now = at(7)
    expect(checkSpan({ starts_at: at(9), ends_at: at(11) }, room, now)).toEqual([])
    expect(checkSpan({ starts_at: at(8, 30), ends_at: at(21) }, room, now)).toEqual([])
    expect(checkSpan({ starts_at: at(8), ends_at: at(9) }, room, now)[0]?.rule).toBe('opening hours')
    expect(checkSpan({ starts_at: at(20), ends_at: at(21, 30) }, room, now)[0]?.rule).toBe('opening hours')
    expect(checkSpan({ starts_at: at(20), ends_at: at(24 + 9) }, room, now)[0]?.rule).toBe('opening hours')
    expect(checkSpan({ starts_at: at(11), ends_at: at(9) }, room, now)[0]?.rule).toBe('after start')
    expect(checkSpan({ starts_at: at(9), ends_at: at(10) }, room, at(12))[0]?.rule).toBe('future')
    expect(formatSpanZh({ starts_at: at(14), ends_at: at(16) })).toBe('2026-12-08 14:00–16:00')
  })
})
