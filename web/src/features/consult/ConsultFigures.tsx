import { Card, Col, Flex, Row, Statistic, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { isApiError } from '../../api/errors'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { figuresHref, type PeriodChoice } from '../figures/period'
import { useConsultFigures } from './consultQueries'
import { consultCounts, type ConsultCount, type ConsultFigures as Figures } from './types'

const totalOf: Record<ConsultCount, keyof Figures['totals']> = {
  held: 'held',
  decisions: 'decisions',
  adopted: 'adopted',
  carried_out: 'carriedOut',
}

/**
 * 协商议事 in the year report: meetings held, decisions, adopted, carried out — each opening the
 * records behind it. Hidden while loading and when the server refuses the node (4xx).
 */
export function ConsultFigures({
  nodeId,
  choice,
  period,
}: {
  nodeId: string
  choice: PeriodChoice
  period: { from: string; to: string }
}) {
  const { t } = useTranslation()
  const figures = useConsultFigures({ nodeId, from: period.from, to: period.to })
  if (figures.error && isApiError(figures.error) && figures.error.status >= 400 && figures.error.status < 500)
    return null
  const totals = figures.data?.totals
  if (!figures.error && !totals) return null
  return (
    <Flex vertical gap={8} data-testid="figures-consult">
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('consult.figures.title')}
      </Typography.Title>
      {figures.error ? (
        <ApiErrorAlert error={figures.error} onRetry={() => void figures.refetch()} />
      ) : (
        <Row gutter={[12, 12]}>
          {totals &&
            consultCounts.map((count) => (
              <Col xs={12} md={6} key={count}>
                <Link
                  to={figuresHref('/consultations/figures', nodeId, choice, { count })}
                  data-testid={`figures-consult-${count}`}
                >
                  <Card hoverable size="small">
                    <Statistic title={t(`consult.figures.counts.${count}`)} value={totals[totalOf[count]]} />
                  </Card>
                </Link>
              </Col>
            ))}
        </Row>
      )}
    </Flex>
  )
}
