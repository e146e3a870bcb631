import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  ageOn,
  checkIdentityDocument,
  checkPhone,
  checkResidentId,
  nameKeys,
  residentIdCheckChar,
  searchIntents,
} from './person.domain.js'

const today = new Date('2026-11-24T00:00:00Z')

describe('identity documents', () => {
  it('accepts a resident ID whose check character matches, and reads birth date and sex from it', () => {
    const first17 = '32080219900101123'
    const id = `${first17}${residentIdCheckChar(first17)}`
    expect(checkResidentId(id, today)).toMatchObject({ ok: true, birthDate: '1990-01-01', sex: 'male' })
    expect(checkResidentId('11010519491231002X', today)).toMatchObject({
      ok: true,
      birthDate: '1949-12-31',
      sex: 'female',
    })
  })

  it('refuses a resident ID with any single digit changed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 9 }), (pos, delta) => {
        const id = '11010519491231002X'
        const changed = id.slice(0, pos) + String((Number(id[pos]) + delta) % 10) + id.slice(pos + 1)
        expect(checkResidentId(changed, today).ok).toBe(false)
      }),
    )
  })

  it('says why an ID is refused, in Chinese too', () => {
    expect(checkResidentId('320802199002301234', today).reason?.zh).toBe('出生日期不正确')
    expect(checkResidentId('99080219900101123X', today).reason?.zh).toBe('地区码不存在')
    expect(checkResidentId('3208021990', today).reason?.zh).toContain('17 位')
  })

  it('checks the other document types and takes no number for an infant without one', () => {
    expect(checkIdentityDocument('hk_macau_permit', 'H12345678').ok).toBe(true)
    expect(checkIdentityDocument('hk_macau_permit', 'X12345678').ok).toBe(false)
    expect(checkIdentityDocument('taiwan_permit', '12345678').ok).toBe(true)
    expect(checkIdentityDocument('passport', 'E12345678').ok).toBe(true)
    expect(checkIdentityDocument('none', '').ok).toBe(true)
    expect(checkIdentityDocument('none', '123').ok).toBe(false)
  })
})

describe('phones', () => {
  it('accepts mainland mobiles and landlines in the usual spellings', () => {
    expect(checkPhone('138 1234 5678')).toEqual({ ok: true, value: '13812345678' })
    expect(checkPhone('+86 13812345678')).toEqual({ ok: true, value: '13812345678' })
    expect(checkPhone('0517-83661234')).toEqual({ ok: true, value: '051783661234' })
    expect(checkPhone('12345678901').ok).toBe(false)
  })
})

describe('names', () => {
  it('gives pinyin, initials and a sort key, with surnames read as surnames', () => {
    expect(nameKeys('张三')).toEqual({ pinyin: 'zhangsan', initials: 'zs', sort: 'zhang san\t张三' })
    expect(nameKeys('单田芳').pinyin).toBe('shantianfang')
    expect(nameKeys('曾小贤').initials).toBe('zxx')
  })

  it('sorts by syllable: 张安 before 张安东 before 章北', () => {
    const names = ['章北', '张安东', '张安']
    const sorted = [...names].sort((a, b) => (nameKeys(a).sort < nameKeys(b).sort ? -1 : 1))
    expect(sorted).toEqual(['张安', '张安东', '章北'])
  })
})

describe('search box', () => {
  it('reads four digits as a tail, short letters as initials or pinyin, anything else as a name', () => {
    expect(searchIntents('1234')).toEqual([{ kind: 'tail', tail: '1234' }])
    expect(searchIntents('002x')).toEqual([{ kind: 'tail', tail: '002X' }])
    expect(searchIntents('zs')).toEqual([
      { kind: 'initials', text: 'zs' },
      { kind: 'pinyin', text: 'zs' },
    ])
    expect(searchIntents('zhangsan')).toEqual([{ kind: 'pinyin', text: 'zhangsan' }])
    expect(searchIntents('张')).toEqual([{ kind: 'name', text: '张' }])
  })

  it('counts age in whole years', () => {
    expect(ageOn('1946-11-25', '2026-11-24')).toBe(79)
    expect(ageOn('1946-11-24', '2026-11-24')).toBe(80)
  })
})
