import { Select } from 'antd'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useMe } from '../auth/session'
import { usePostHoldersWithAccounts } from './requestQueries'
import type { WorkItem } from './types'

/**
 * Whom to dispatch to: oneself first, then everyone holding a post with an account under the node
 * that owns the item now (its grid, or its community once escalated). The server checks that the
 * person is a handler or gives them an assignment to this item alone.
 */
export function AssigneeSelect({
  item,
  value,
  onChange,
  id,
}: {
  item: WorkItem
  value?: string
  onChange?: (userId: string) => void
  id?: string
}) {
  const { t } = useTranslation()
  const me = useMe()
  const nodeId = item.level === 'grid' && item.place.grid ? item.place.grid.id : item.place.community.id
  const holders = usePostHoldersWithAccounts(nodeId)
  const options = useMemo(
    () => [
      { value: me.id, label: t('requests.act.me', { name: me.displayName }) },
      ...(holders.data ?? [])
        .filter((h) => h.userId !== me.id)
        .map((h) => ({ value: h.userId, label: `${h.name}（${h.titles.join('、')}）` })),
    ],
    [holders.data, me, t],
  )
  return (
    <Select<string>
      id={id}
      data-testid="act-assignee"
      showSearch={{ optionFilterProp: 'label' }}
      loading={holders.isPending}
      placeholder={t('requests.act.assigneePlaceholder')}
      value={value}
      onChange={onChange}
      options={options}
    />
  )
}
