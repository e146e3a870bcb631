import { App, Segmented } from 'antd'
import { useTranslation } from 'react-i18next'
import {
  applyLocale,
  currentLocale,
  localeNames,
  locales,
  rememberSignedOutChoice,
  type Locale,
} from '../../i18n/locale'
import { errorText } from '../../ui/errorText'
import { useSaveLocale, useSession } from '../auth/session'

const options = locales.map((locale) => ({ value: locale, label: localeNames[locale] }))

/** 中文 / English. Switches at once; when signed in, also saves the choice to the account. */
export function LanguageSwitch({ block = false, small = false }: { block?: boolean; small?: boolean }) {
  const { t } = useTranslation()
  const { notification } = App.useApp()
  const session = useSession().data
  const saveLocale = useSaveLocale()

  const change = (locale: Locale) => {
    void applyLocale(locale)
    if (!session) {
      rememberSignedOutChoice(locale)
      return
    }
    saveLocale.mutate(locale, {
      // The switch already applies on this device; only the account copy failed.
      onError: (error) => {
        notification.warning({ title: t('errors.localeNotSaved'), description: errorText(error, t) })
      },
    })
  }

  return (
    <Segmented<Locale>
      data-testid="lang-switch"
      aria-label={t('lang.switchLabel')}
      block={block}
      size={small ? 'small' : 'middle'}
      style={{ flexShrink: 0 }}
      options={options}
      value={currentLocale()}
      onChange={change}
    />
  )
}
