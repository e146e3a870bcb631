import { Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import type { ActivityState } from './types'

const colours: Record<ActivityState, string> = { open: 'blue', held: 'green', cancelled: 'default' }

export function ActivityStateTag({
  state,
  'data-testid': testId,
}: {
  state: ActivityState
  'data-testid'?: string
}) {
  const { t } = useTranslation()
  return (
    <Tag color={colours[state]} data-testid={testId}>
      {t(`centre.states.${state}`)}
    </Tag>
  )
}
