import { Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import { stateColor, stateName } from './format'
import type { WorkKind, WorkState } from './types'

export function StateTag({
  state,
  kind = 'request',
  label,
  'data-testid': testId,
}: {
  state: WorkState
  kind?: WorkKind
  /** The state as the server words it for this item, when there is such a word. */
  label?: string
  'data-testid'?: string
}) {
  const { t } = useTranslation()
  return (
    <Tag color={stateColor(state)} data-testid={testId} style={{ marginInlineEnd: 0 }}>
      {label ?? stateName(t, state, kind)}
    </Tag>
  )
}

export function OverdueTag() {
  const { t } = useTranslation()
  return (
    <Tag color="red" data-testid="overdue-badge" style={{ marginInlineEnd: 0 }}>
      {t('requests.item.overdue')}
    </Tag>
  )
}
