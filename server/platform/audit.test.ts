import { describe, expect, it } from 'vitest'
import { changedFields, sanitizeSummary } from './audit.js'

describe('audit summaries', () => {
  it('never holds raw ID numbers, phones or secrets', () => {
    const summary = sanitizeSummary({
      changes: {
        idNumber: { from: '320802199001011234', to: '320802199001015678' },
        phone: { to: '13812345678' },
      },
      password: 'hunter22',
      name: '张三',
      note: '居民身份证 320802199001019999，电话13900001111',
    })
    const text = JSON.stringify(summary)
    expect(text).not.toContain('199001011234')
    expect(text).not.toContain('13812345678')
    expect(text).not.toContain('hunter22')
    expect(text).toContain('3208**********1234')
    expect(text).toContain('138****5678')
    expect(text).toContain('张三')
    expect(text).not.toContain('199001019999')
    expect(text).not.toContain('13900001111')
  })

  it('records only the fields that changed', () => {
    expect(changedFields({ name: 'a', code: 'x' }, { name: 'b', code: 'x' })).toEqual({
      name: { from: 'a', to: 'b' },
    })
  })
})
