import { Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import { stateColor, stateName } from './format'
import type { WorkState } from './types'

export function StateTag({ state, 'data-testid': testId }: { state: WorkState; 'data-testid'?: string }) {
  const { t } = useTranslation()
  return (
    <Tag color={stateColor(state)} data-testid={testId} style={{ marginInlineEnd: 0 }}>
      {stateName(t, state)}
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
