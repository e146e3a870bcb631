// Persons, pure: identity documents, phones, names as pinyin, ages, care and restricted tags.
import { pinyin } from 'pinyin-pro'
import type { Hukou, IdType } from '../../db/schema.js'

export type Sex = 'male' | 'female'

export interface IdCheck {
  ok: boolean
  /** Why it is not valid, in both languages. */
  reason?: { en: string; zh: string }
  /** What the document itself says (mainland resident IDs carry birth date and sex). */
  birthDate?: string
  sex?: Sex
  /** Canonical form: no spaces, upper case. */
  value?: string
}

const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const checkChars = '10X98765432'
/** First two digits of a resident ID: provinces, plus 81/82/83 for HK/Macau/Taiwan residence permits. */
const regions = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61,
  62, 63, 64, 65, 71, 81, 82, 83,
])

export function residentIdCheckChar(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (weights[i] ?? 0)
  return checkChars[sum % 11] ?? ''
}

function validDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

const bad = (en: string, zh: string): IdCheck => ({ ok: false, reason: { en, zh } })

/** The 18-character mainland resident identity number (GB 11643-1999), with its check character. */
export function checkResidentId(raw: string, today = new Date()): IdCheck {
  const value = raw.replace(/\s/g, '').toUpperCase()
  if (!/^\d{17}[\dX]$/.test(value))
    return bad('must be 17 digits and a digit or X', '应为 17 位数字加 1 位数字或 X')
  if (!regions.has(Number(value.slice(0, 2)))) return bad('unknown region code', '地区码不存在')
  const y = Number(value.slice(6, 10))
  const m = Number(value.slice(10, 12))
  const d = Number(value.slice(12, 14))
  if (!validDate(y, m, d) || y < 1900 || Date.UTC(y, m - 1, d) > today.getTime())
    return bad('the birth date in it is not a real date', '出生日期不正确')
  if (residentIdCheckChar(value.slice(0, 17)) !== value[17])
    return bad('check character does not match', '校验位不正确')
  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`
  return { ok: true, value, birthDate, sex: Number(value[16]) % 2 === 1 ? 'male' : 'female' }
}

/** Checks an identity document of the given type; `none` (an infant not yet registered) takes no number. */
export function checkIdentityDocument(
  type: IdType,
  raw: string | null | undefined,
  today = new Date(),
): IdCheck {
  const value = (raw ?? '').replace(/\s/g, '').toUpperCase()
  switch (type) {
    case 'none':
      return value === '' ? { ok: true } : bad('no number is expected for "none"', '“无证件”不应填写证件号码')
    case 'resident_id':
      return checkResidentId(value, today)
    case 'hk_macau_permit':
      // 港澳居民来往内地通行证: H or M, then 8 or 10 digits.
      return /^[HM]\d{8}(\d{2})?$/.test(value)
        ? { ok: true, value }
        : bad('expected H or M and 8 or 10 digits', '应为 H 或 M 开头加 8 或 10 位数字')
    case 'taiwan_permit':
      // 台湾居民来往大陆通行证: 8 digits (older permits: 10 characters).
      return /^(\d{8}|[A-Z0-9]{10})$/.test(value)
        ? { ok: true, value }
        : bad('expected 8 digits', '应为 8 位数字')
    case 'passport':
      return /^[A-Z0-9]{5,17}$/.test(value)
        ? { ok: true, value }
        : bad('expected 5–17 letters and digits', '应为 5–17 位字母或数字')
    case 'foreign_permanent':
      // 外国人永久居留身份证: 15 characters (2004) or 18 digits starting with 9 (2023).
      return /^([A-Z]{3}\d{12}|9\d{16}[\dX])$/.test(value)
        ? { ok: true, value }
        : bad('expected the 15- or 18-character card number', '应为 15 位或 18 位永久居留证号码')
    default: {
      const never: never = type
      return never
    }
  }
}

/** Mainland mobile (11 digits from 13–19) or a landline with area code; returns the canonical digits. */
export function checkPhone(
  raw: string,
): { ok: true; value: string } | { ok: false; reason: { en: string; zh: string } } {
  const digits = raw.replace(/[\s-]/g, '').replace(/^(\+86|0086)/, '')
  if (/^1[3-9]\d{9}$/.test(digits)) return { ok: true, value: digits }
  if (/^0\d{2,3}\d{7,8}$/.test(digits)) return { ok: true, value: digits }
  return {
    ok: false,
    reason: { en: 'not a mainland mobile or landline number', zh: '不是有效的手机号或固定电话' },
  }
}

export interface NameKeys {
  /** zhangsan */
  pinyin: string
  /** zs */
  initials: string
  /**
   * "zhang san\t张三": sorts by syllable the same way on every database (byte order; the tab sorts
   * below the space, so 张安 comes before 张安东).
   */
  sort: string
}

export function nameKeys(name: string): NameKeys {
  const trimmed = name.trim()
  const syllables = pinyin(trimmed, {
    toneType: 'none',
    type: 'array',
    surname: 'head',
    nonZh: 'consecutive',
  })
    .map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, ''))
    .filter((s) => s !== '')
  return {
    pinyin: syllables.join(''),
    initials: syllables.map((s) => s[0] ?? '').join(''),
    sort: `${syllables.join(' ')}\t${trimmed}`,
  }
}

/** Whole years between a birth date and a day. */
export function ageOn(birthDate: string, on: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number]
  const [y, m, d] = on.split('-').map(Number) as [number, number, number]
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0)
}

export const careTags = [
  'elderly_alone',
  'very_old',
  'disabled',
  'low_income',
  'extreme_hardship',
  'veteran',
  'left_behind_child',
  'unemployed',
] as const
export const restrictedTags = [
  'community_correction',
  'released_prisoner',
  'severe_mental_illness',
  'drug_rehabilitation',
] as const
export type CareTag = (typeof careTags)[number]
export type RestrictedTag = (typeof restrictedTags)[number]
export type PersonTagName = CareTag | RestrictedTag

export const tagNamesZh: Record<PersonTagName, string> = {
  elderly_alone: '独居老人',
  very_old: '高龄老人',
  disabled: '残疾人',
  low_income: '低保对象',
  extreme_hardship: '特困人员',
  veteran: '退役军人',
  left_behind_child: '留守儿童',
  unemployed: '失业人员',
  community_correction: '社区矫正对象',
  released_prisoner: '刑满释放人员',
  severe_mental_illness: '严重精神障碍患者',
  drug_rehabilitation: '戒毒康复人员',
}

export function isRestrictedTag(tag: string): tag is RestrictedTag {
  return (restrictedTags as readonly string[]).includes(tag)
}

export function isPersonTag(tag: string): tag is PersonTagName {
  return isRestrictedTag(tag) || (careTags as readonly string[]).includes(tag)
}

export const hukouTypes: readonly Hukou[] = ['registered', 'floating', 'other']
export const idTypes: readonly IdType[] = [
  'resident_id',
  'hk_macau_permit',
  'taiwan_permit',
  'passport',
  'foreign_permanent',
  'none',
]

/** What a search box's text most likely is: digits → an ID or phone tail; letters → pinyin; else a name. */
export type SearchIntent =
  | { kind: 'tail'; tail: string }
  | { kind: 'pinyin'; text: string }
  | { kind: 'initials'; text: string }
  | { kind: 'name'; text: string }

export function searchIntents(query: string): SearchIntent[] {
  const q = query.trim()
  if (/^\d{3}[\dXx]$/.test(q)) return [{ kind: 'tail', tail: q.toUpperCase() }]
  if (/^[a-zA-Z]+$/.test(q)) {
    const text = q.toLowerCase()
    return text.length <= 4
      ? [
          { kind: 'initials', text },
          { kind: 'pinyin', text },
        ]
      : [{ kind: 'pinyin', text }]
  }
  return [{ kind: 'name', text: q }]
}
