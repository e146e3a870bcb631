// The interface language: zh-CN first and default, English second. Kept free of React so that the
// API client can read it for Accept-Language.
import i18n from 'i18next'

export const locales = ['zh-CN', 'en'] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = 'zh-CN'

/** Each language is named in itself, so a reader of either can find their own. */
export const localeNames: Record<Locale, string> = { 'zh-CN': '中文', en: 'English' }

const storageKey = 'tongxin.locale'

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value)
}

export function storedLocale(): Locale | null {
  try {
    const value = localStorage.getItem(storageKey)
    return isLocale(value) ? value : null
  } catch {
    // Storage can be unavailable (privacy modes, embedded webviews); the default is then fine.
    return null
  }
}

export function currentLocale(): Locale {
  return isLocale(i18n.language) ? i18n.language : defaultLocale
}

/** Switches the interface and remembers the choice on this device. */
export async function applyLocale(locale: Locale): Promise<void> {
  try {
    localStorage.setItem(storageKey, locale)
  } catch {
    // Not remembering is acceptable; the switch itself must still happen.
  }
  if (i18n.language !== locale) await i18n.changeLanguage(locale)
}

// A choice made on the login page should win over the account's saved language once the person
// signs in; a choice remembered from an earlier visit should not. Only this page load knows which.
let signedOutChoice: Locale | null = null

export function rememberSignedOutChoice(locale: Locale): void {
  signedOutChoice = locale
}

export function takeSignedOutChoice(): Locale | null {
  const choice = signedOutChoice
  signedOutChoice = null
  return choice
}
