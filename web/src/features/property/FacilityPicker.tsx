import { Button, Checkbox, Empty, Flex, Select, Skeleton, Typography } from 'antd'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { useFacilitiesUnder } from './propertyQueries'

/**
 * The facilities a plan checks, picked from the registry under the plan's place: filtered by kind
 * (路灯, 管网 …), with "all of this kind" — a grid has dozens of lamps. The value is their ids.
 */
export function FacilityPicker({
  nodeId,
  value = [],
  onChange,
  id,
}: {
  nodeId: string | undefined
  value?: string[]
  onChange?: (ids: string[]) => void
  id?: string
}) {
  const { t } = useTranslation()
  const facilities = useFacilitiesUnder(nodeId)
  const [category, setCategory] = useState<string | undefined>(undefined)
  const all = useMemo(() => facilities.data ?? [], [facilities.data])
  const categories = useMemo(() => {
    const seen = new Map<string, { name: string; count: number }>()
    for (const f of all) {
      const c = seen.get(f.category) ?? { name: f.categoryName, count: 0 }
      c.count++
      seen.set(f.category, c)
    }
    return [...seen.entries()].map(([code, c]) => ({ code, ...c }))
  }, [all])
  const shown = category === undefined ? all : all.filter((f) => f.category === category)
  const chosen = new Set(value)

  if (nodeId === undefined)
    return (
      <Typography.Text type="secondary" id={id}>
        {t('property.planForm.choosePlaceFirst')}
      </Typography.Text>
    )
  if (facilities.isError)
    return <ApiErrorAlert error={facilities.error} onRetry={() => void facilities.refetch()} />
  if (facilities.isPending) return <Skeleton active paragraph={{ rows: 3 }} />
  if (all.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('property.planForm.noFacilities')} />
  return (
    <Flex vertical gap={8} id={id} data-testid="plan-facilities">
      <Flex gap={8} wrap align="center">
        <Select<string>
          data-testid="plan-facility-category"
          aria-label={t('property.planForm.category')}
          style={{ minWidth: 160 }}
          allowClear
          placeholder={t('property.planForm.allCategories')}
          value={category}
          onChange={setCategory}
          options={categories.map((c) => ({ value: c.code, label: `${c.name}（${String(c.count)}）` }))}
        />
        <Button
          data-testid="plan-facility-all"
          onClick={() => {
            onChange?.([...new Set([...value, ...shown.map((f) => f.id)])])
          }}
        >
          {category === undefined
            ? t('property.planForm.selectAllShown', { count: shown.length })
            : t('property.planForm.selectAll', { count: shown.length })}
        </Button>
        <Button
          data-testid="plan-facility-clear"
          disabled={value.length === 0}
          onClick={() => {
            onChange?.([])
          }}
        >
          {t('property.planForm.clear')}
        </Button>
        <Typography.Text data-testid="plan-facility-count">
          {t('property.planForm.selected', { count: value.length })}
        </Typography.Text>
      </Flex>
      <div
        style={{
          maxHeight: 320,
          overflowY: 'auto',
          border: '1px solid rgba(5,5,5,0.06)',
          borderRadius: 6,
          padding: 8,
        }}
      >
        <Flex vertical gap={4}>
          {shown.map((f) => (
            <Checkbox
              key={f.id}
              checked={chosen.has(f.id)}
              data-testid="plan-facility"
              data-facility={f.name}
              onChange={(event) => {
                onChange?.(event.target.checked ? [...value, f.id] : value.filter((v) => v !== f.id))
              }}
            >
              {f.name}
              <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 13 }}>
                {[f.categoryName, f.nodeName, f.location, f.state === 'faulty' ? f.stateName : null]
                  .filter(Boolean)
                  .join(' · ')}
              </Typography.Text>
            </Checkbox>
          ))}
        </Flex>
      </div>
    </Flex>
  )
}
