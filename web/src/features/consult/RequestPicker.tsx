import { Checkbox, Empty, Flex, Input, Select, Skeleton, Switch, Typography } from 'antd'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { categoryName, formatShortTime } from '../requests/format'
import { useCategories } from '../requests/requestQueries'
import { useCommunityRequests } from './consultQueries'

/**
 * The community's open (or recent) residents' requests, filtered by category on the server and by
 * keyword here, to gather several into one topic.
 */
export function RequestPicker({
  communityId,
  value = [],
  onChange,
  id,
}: {
  communityId: string
  value?: string[]
  onChange?: (ids: string[]) => void
  id?: string
}) {
  const { t } = useTranslation()
  const [categoryCode, setCategoryCode] = useState<string | undefined>()
  const [keyword, setKeyword] = useState('')
  const [openOnly, setOpenOnly] = useState(true)
  const categories = useCategories()
  const requests = useCommunityRequests({
    nodeId: communityId,
    status: openOnly ? 'open' : 'all',
    ...(categoryCode ? { categoryCode } : {}),
  })
  const shown = useMemo(() => {
    const word = keyword.trim()
    const items = requests.data?.items ?? []
    return word === '' ? items : items.filter((r) => r.title.includes(word) || r.number.includes(word))
  }, [requests.data, keyword])
  const chosen = new Set(value)
  const toggle = (itemId: string, on: boolean) => {
    onChange?.(on ? [...value, itemId] : value.filter((v) => v !== itemId))
  }
  return (
    <Flex vertical gap={8} id={id} data-testid="consult-request-picker">
      <Flex gap={8} wrap align="center">
        <Select<string>
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          style={{ minWidth: 200 }}
          placeholder={t('consult.form.allCategories')}
          aria-label={t('consult.form.category')}
          data-testid="consult-request-category"
          value={categoryCode}
          onChange={(code) => {
            setCategoryCode(code)
          }}
          options={(categories.data?.items ?? [])
            .filter((c) => c.parentCode !== null)
            .map((c) => ({ value: c.code, label: categoryName(c) }))}
        />
        <Input
          allowClear
          style={{ width: 200 }}
          placeholder={t('consult.form.keyword')}
          data-testid="consult-request-keyword"
          value={keyword}
          onChange={(e) => {
            setKeyword(e.target.value)
          }}
        />
        <Flex gap={4} align="center">
          <Switch
            data-testid="consult-request-open-only"
            size="small"
            checked={openOnly}
            onChange={(on) => {
              setOpenOnly(on)
            }}
          />
          <Typography.Text>{t('consult.form.openOnly')}</Typography.Text>
        </Flex>
        <Typography.Text type="secondary" data-testid="consult-request-count">
          {t('consult.form.selected', { count: value.length })}
        </Typography.Text>
      </Flex>
      {requests.isError && <ApiErrorAlert error={requests.error} />}
      {requests.isPending ? (
        <Skeleton active />
      ) : shown.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('consult.form.noRequests')} />
      ) : (
        <ul className="tx-req-list" style={{ maxHeight: 320, overflowY: 'auto' }}>
          {shown.map((r) => (
            <li key={r.id}>
              <label
                className="tx-req-card"
                style={{ cursor: 'pointer' }}
                data-testid="consult-request-option"
              >
                <Checkbox
                  checked={chosen.has(r.id)}
                  onChange={(e) => {
                    toggle(r.id, e.target.checked)
                  }}
                />
                <Flex vertical style={{ flex: 1, minWidth: 0 }}>
                  <Typography.Text strong ellipsis>
                    {r.title}
                  </Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                    <span className="tx-identifier">{r.number}</span> ·{' '}
                    {currentCategory(r.categoryZh, r.categoryEn)} · {r.stateZh} ·{' '}
                    {formatShortTime(r.reportedAt)}
                  </Typography.Text>
                </Flex>
              </label>
            </li>
          ))}
        </ul>
      )}
    </Flex>
  )
}

function currentCategory(zh: string, en: string): string {
  return categoryName({ nameZh: zh, nameEn: en })
}
