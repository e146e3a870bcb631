import { describe, expect, it } from 'vitest'
import { errorCodes, type ErrorCode } from './errors.js'
import { errorMessage, pickLocale } from './i18n.js'

describe('language of messages', () => {
  it('follows Accept-Language with q-values and defaults to Chinese', () => {
    expect(pickLocale(undefined)).toBe('zh-CN')
    expect(pickLocale('en-US,en;q=0.9')).toBe('en')
    expect(pickLocale('fr-FR, en;q=0.5, zh;q=0.8')).toBe('zh-CN')
    expect(pickLocale('zh-TW')).toBe('zh-CN')
    expect(pickLocale('de')).toBe('zh-CN')
    expect(pickLocale('en;q=0, zh;q=0.1')).toBe('zh-CN')
  })

  it('has a Chinese and an English message for every error code', () => {
    for (const code of Object.keys(errorCodes) as ErrorCode[]) {
      expect(errorMessage(code, {}, 'zh-CN')).toMatch(/[\u4e00-\u9fa5]/)
      expect(errorMessage(code, {}, 'en')).toMatch(/^[\x20-\x7e]+$/)
    }
  })
})
