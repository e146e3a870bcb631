import i18n from 'i18next'
import { initReactI18next } from 'react-i18next'
import en from './en'
import { defaultLocale, storedLocale } from './locale'
import zhCN from './zh-CN'

export const resources = {
  'zh-CN': { translation: zhCN },
  en: { translation: en },
} as const

// Resources are bundled, so initialisation completes synchronously and the first render is
// already in the right language.
void i18n.use(initReactI18next).init({
  resources,
  lng: storedLocale() ?? defaultLocale,
  fallbackLng: defaultLocale,
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
})

function reflectLanguage(lng: string): void {
  document.documentElement.lang = lng
  document.title = i18n.t('app.title')
}

reflectLanguage(i18n.language)
i18n.on('languageChanged', reflectLanguage)

export default i18n
