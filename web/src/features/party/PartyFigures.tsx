import { Card, Col, Flex, Row, Statistic, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { isApiError } from '../../api/errors'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { figuresHref, type PeriodChoice } from '../figures/period'
import { usePartyFigures } from './partyQueries'
import { hoursOf, type PartyCount } from './types'

const tiles: PartyCount[] = ['members', 'records', 'hours', 'attendances']

/**
 * 党员报到 in the year report: members registered, confirmed service records and hours, and
 * organisational-life attendances for the page's node and period, each opening the rows behind it.
 * Hidden for a reader the server refuses (4xx).
 */
export function PartyFigures({
  nodeId,
  choice,
  period,
}: {
  nodeId: string
  choice: PeriodChoice
  period: { from: string; to: string }
}) {
  const { t } = useTranslation()
  const figures = usePartyFigures({ nodeId, from: period.from, to: period.to })
  if (figures.error && isApiError(figures.error) && figures.error.status >= 400 && figures.error.status < 500)
    return null
  const totals = figures.data?.totals
  if (!figures.error && !totals) return null
  const value = (count: PartyCount) =>
    !totals ? 0 : count === 'hours' ? hoursOf(totals.minutes) : totals[count]
  return (
    <Flex vertical gap={8} data-testid="figures-party">
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('party.figures.section')}
      </Typography.Title>
      {figures.error ? (
        <ApiErrorAlert error={figures.error} onRetry={() => void figures.refetch()} />
      ) : (
        <Row gutter={[12, 12]}>
          {tiles.map((count) => (
            <Col xs={12} md={6} key={count}>
              <Link
                to={figuresHref('/party/figures', nodeId, choice, { count })}
                data-testid={`figures-party-${count}`}
              >
                <Card hoverable size="small">
                  <Statistic title={t(`party.figures.${count}`)} value={value(count)} />
                </Card>
              </Link>
            </Col>
          ))}
        </Row>
      )}
    </Flex>
  )
}
