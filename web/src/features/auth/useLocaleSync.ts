import { App } from 'antd'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { Me } from '../../api/client'
import { applyLocale, currentLocale, takeSignedOutChoice } from '../../i18n/locale'
import { errorText } from '../../ui/errorText'
import { useSaveLocale } from './session'

/**
 * Once per signed-in person: a language picked on the login page is saved to the account;
 * otherwise the account's saved language is adopted, so it follows the person across devices.
 */
export function useLocaleSync(user: Me | undefined): void {
  const { mutate: saveLocale } = useSaveLocale()
  const { notification } = App.useApp()
  const { t } = useTranslation()
  // A ref, not state: the decision must be taken once per person even when effects run twice.
  const syncedFor = useRef<string | null>(null)

  useEffect(() => {
    if (!user || syncedFor.current === user.id) return
    syncedFor.current = user.id
    const choice = takeSignedOutChoice()
    if (choice !== null && choice !== user.locale) {
      saveLocale(choice, {
        onError: (error) => {
          notification.warning({ title: t('errors.localeNotSaved'), description: errorText(error, t) })
        },
      })
    } else if (user.locale !== currentLocale()) {
      void applyLocale(user.locale)
    }
  }, [user, saveLocale, notification, t])
}
