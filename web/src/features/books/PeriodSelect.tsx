import { Select } from 'antd'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import type { Book } from './types'
import { usePeriodLabel } from './usePeriodLabel'

/** The period a report page shows, kept in the address (?period=); the last closed one by default. */
export function usePeriodParam(book: Book): [string | undefined, (period: string) => void] {
  const [params, setParams] = useSearchParams()
  const known = book.periods.map((p) => p.period)
  const asked = params.get('period')
  const fallback =
    book.periods.findLast((p) => p.state === 'closed')?.period ?? book.periods.at(-1)?.period ?? undefined
  const period = asked !== null && known.includes(asked) ? asked : fallback
  return [
    period,
    (value: string) => {
      setParams(
        (old) => {
          const next = new URLSearchParams(old)
          next.set('period', value)
          return next
        },
        { replace: true },
      )
    },
  ]
}

export function PeriodSelect({
  book,
  value,
  onChange,
}: {
  book: Book
  value: string | undefined
  onChange: (period: string) => void
}) {
  const { t } = useTranslation()
  const label = usePeriodLabel()
  return (
    <Select
      aria-label={t('books.book.periods')}
      data-testid="books-period-select"
      style={{ minWidth: 140 }}
      value={value}
      onChange={onChange}
      options={[...book.periods].reverse().map((p) => ({
        value: p.period,
        label: `${label(p.period)}${p.state === 'closed' ? '' : `（${t('books.book.states.open')}）`}`,
      }))}
    />
  )
}
