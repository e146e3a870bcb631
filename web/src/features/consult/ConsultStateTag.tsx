import { Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import type { ConsultView } from './types'

const colours: Record<ConsultView['state'], string> = {
  proposed: 'blue',
  scheduled: 'geekblue',
  held: 'orange',
  decided: 'green',
  dropped: 'default',
}

export function ConsultStateTag({
  state,
  'data-testid': testId,
}: {
  state: ConsultView['state']
  'data-testid'?: string
}) {
  const { t } = useTranslation()
  return (
    <Tag color={colours[state]} data-testid={testId} style={{ marginInlineEnd: 0 }}>
      {t(`consult.states.${state}`)}
    </Tag>
  )
}

/** A decision's outcome and, when adopted, whether it is carried out. */
export function DecisionTags({
  outcome,
  carriedOut,
  testId,
}: {
  outcome: 'adopted' | 'rejected'
  carriedOut: boolean
  testId?: string
}) {
  const { t } = useTranslation()
  return (
    <>
      <Tag
        color={outcome === 'adopted' ? 'green' : 'red'}
        data-testid={testId ? `${testId}-outcome` : undefined}
      >
        {t(`consult.decision.${outcome}`)}
      </Tag>
      {outcome === 'adopted' && (
        <Tag
          color={carriedOut ? 'success' : 'processing'}
          data-testid={testId ? `${testId}-carried` : undefined}
        >
          {carriedOut ? t('consult.decision.carriedOut') : t('consult.decision.notCarriedOut')}
        </Tag>
      )}
    </>
  )
}
