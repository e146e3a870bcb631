import { Select } from 'antd'
import { useQueryClient } from '@tanstack/react-query'
import { forwardRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { personQuery, useSearchPersons } from '../registry/personQueries'

export interface PickedHousehold {
  id: string
  label: string
}

interface Props {
  value: PickedHousehold | null
  onChange: (household: PickedHousehold | null) => void
  onProblem: (message: string) => void
  status?: 'error'
}

/**
 * The household of a per-household line (往来按户), found by one of its members: the accountant
 * types a name (pinyin, initials), the server answers only the village's own members, and the
 * member's household is read from the person. Shown as 户号 and the member's name.
 */
export const HouseholdPicker = forwardRef<{ focus: () => void }, Props>(function HouseholdPicker(
  { value, onChange, onProblem, status },
  ref,
) {
  const { t } = useTranslation()
  const [q, setQ] = useState('')
  const search = useSearchPersons(q.trim())
  const queryClient = useQueryClient()
  const options = (search.data?.items ?? []).map((p) => ({
    value: p.id,
    label: `${p.name} · ${p.address}`,
  }))
  return (
    <Select
      ref={ref as never}
      showSearch={{ filterOption: false, onSearch: setQ }}
      allowClear
      status={status}
      data-testid="line-household"
      placeholder={t('books.voucher.householdPlaceholder')}
      style={{ width: '100%' }}
      value={value?.id ?? null}
      loading={search.isFetching}
      notFoundContent={null}
      labelRender={() => value?.label ?? ''}
      options={options}
      onChange={(personId: string | null | undefined) => {
        if (!personId) {
          onChange(null)
          return
        }
        void queryClient
          .query(personQuery(personId))
          .then((person) => {
            if (!person.household) onProblem(t('books.voucher.noHousehold', { name: person.name }))
            else onChange({ id: person.household.id, label: `${person.household.code} ${person.name}` })
          })
          .catch(() => {
            onProblem(t('books.voucher.noHousehold', { name: '' }))
          })
      }}
    />
  )
})
