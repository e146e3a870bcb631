import { Select } from 'antd'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useAssignees } from './requestQueries'
import type { WorkItem, WorkKind } from './types'

/**
 * Whom to dispatch to, as the server lists them: oneself first, the handlers where the item sits
 * now (its grid, its community once escalated, or its village), then the staff of providers and the
 * party members summoned to it by a whistle. The server checks the choice again.
 */
export function AssigneeSelect({
  item,
  kind = 'request',
  value,
  onChange,
  id,
}: {
  item: WorkItem
  kind?: WorkKind
  value?: string
  onChange?: (userId: string) => void
  id?: string
}) {
  const { t } = useTranslation()
  const candidates = useAssignees(item.id, kind)
  const options = useMemo(
    () =>
      (candidates.data?.items ?? []).map((c) => ({
        value: c.userId,
        label:
          c.kind === 'self'
            ? t('requests.act.me', { name: c.name })
            : c.kind === 'summoned'
              ? t('requests.act.summonedCandidate', { name: c.name, party: c.detail })
              : `${c.name}（${c.detail}）`,
      })),
    [candidates.data, t],
  )
  return (
    <Select<string>
      id={id}
      data-testid="act-assignee"
      showSearch={{ optionFilterProp: 'label' }}
      loading={candidates.isPending}
      placeholder={t('requests.act.assigneePlaceholder')}
      value={value}
      onChange={onChange}
      options={options}
    />
  )
}
