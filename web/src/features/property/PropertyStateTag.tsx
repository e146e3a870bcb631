import { useTranslation } from 'react-i18next'
import { StateTag } from '../requests/StateTag'
import type { WorkState } from '../requests/types'

/** An order's state: in Chinese as the server words it (待派单, 已完工待验收 …), else translated. */
export function PropertyStateTag({
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
      kind="property"
      label={i18n.language === 'zh-CN' ? stateZh : undefined}
      data-testid={testId}
    />
  )
}

/** A due time, red when the order is open past it. */
export function DueText({ text, overdue }: { text: string; overdue: boolean }) {
  return (
    <span
      data-testid="property-due"
      data-overdue={overdue ? 'true' : 'false'}
      style={overdue ? { color: '#cf1322', fontWeight: 600 } : undefined}
    >
      {text}
    </span>
  )
}
