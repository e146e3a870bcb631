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

/** 2025-03-05 → 2025年3月5日 (2025-03-05 in English). */
export function useDayLabel(): (day: string) => string {
  const { t } = useTranslation()
  return useCallback(
    (day: string) => {
      const [year = '', month = '', date = ''] = day.split('-')
      return t('books.day', { iso: day, year, month: String(Number(month)), day: String(Number(date)) })
    },
    [t],
  )
}
