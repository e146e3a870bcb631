import { useTranslation } from 'react-i18next'
import { StateTag } from '../requests/StateTag'
import type { WorkState } from '../requests/types'

/** An errand's state: in Chinese as the server words it (待认领, 已交付待确认 …), else translated. */
export function ProxyStateTag({
  state,
  stateZh,
  'data-testid': testId,
}: {
  state: WorkState
  stateZh: string
  'data-testid'?: string
}) {
  const { i18n } = useTranslation()
  return (
    <StateTag
      state={state}
      kind="proxy"
      label={i18n.language === 'zh-CN' ? stateZh : undefined}
      data-testid={testId}
    />
  )
}
