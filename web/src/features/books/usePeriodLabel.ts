import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'

/** 2025-03 → 2025年3月 (2025-03 in English). */
export function usePeriodLabel(): (period: string) => string {
  const { t } = useTranslation()
  return useCallback(
    (period: string) => {
      const [year = '', month = ''] = period.split('-')
      return t('books.period', { year, month: String(Number(month)) })
    },
    [t],
  )
}
