import { Card, Col, Flex, Row, Statistic, Typography } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { isApiError } from '../../api/errors'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { useMe } from '../auth/session'
import { useCentreFigures } from '../centre/centreQueries'
import { ConsultFigures } from '../consult/ConsultFigures'
import { formatFen } from '../proxy/money'
import { PartyFigures } from '../party/PartyFigures'
import { useProxyFigures } from '../proxy/proxyQueries'
import { figuresHref, type PeriodChoice } from './period'

interface Props {
  nodeId: string
  choice: PeriodChoice
  period: { from: string; to: string }
}

/**
 * The services in the year report: 红代办 and the service centre's activities, for the page's node
 * and period, each number opening the records behind it on the service's own figures page. A
 * section shows only when its figures answer for the node: a reader without access to them (the
 * server answers 404) does not see it at all.
 */
export function ServiceFigures(props: Props) {
  return (
    <>
      <ProxySection {...props} />
      <CentreSection {...props} />
      <ConsultFigures {...props} />
      <PartyFigures {...props} />
    </>
  )
}

/** Hidden while loading, and for good when the server refuses (4xx): only a failure is worth an alert. */
function Section({
  title,
  error,
  onRetry,
  testId,
  children,
}: {
  title: string
  error: unknown
  onRetry: () => void
  testId: string
  children: ReactNode
}) {
  if (error && isApiError(error) && error.status >= 400 && error.status < 500) return null
  if (!error && !children) return null
  return (
    <Flex vertical gap={8} data-testid={testId}>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {title}
      </Typography.Title>
      {error ? <ApiErrorAlert error={error} onRetry={onRetry} /> : <Row gutter={[12, 12]}>{children}</Row>}
    </Flex>
  )
}

function Tile({
  title,
  value,
  to,
  testId,
}: {
  title: string
  value: string | number
  to: string
  testId: string
}) {
  return (
    <Col xs={12} md={6}>
      <Link to={to} data-testid={testId}>
        <Card hoverable size="small">
          <Statistic title={title} value={value} />
        </Card>
      </Link>
    </Col>
  )
}

function ProxySection({ nodeId, choice, period }: Props) {
  const { t } = useTranslation()
  const me = useMe()
  const figures = useProxyFigures({ nodeId, from: period.from, to: period.to })
  // The errands behind the counts are for the proxy team and the community; others open the
  // figures page, where the counts are broken down by kind and by proxy.
  const canDrill = me.permissions.includes('proxy.read')
  const href = (count: 'delivered' | 'solved') =>
    figuresHref('/proxy/figures', nodeId, choice, canDrill ? { count } : {})
  const totals = figures.data?.totals
  return (
    <Section
      title={t('figures.services.proxy')}
      error={figures.error}
      onRetry={() => void figures.refetch()}
      testId="figures-proxy"
    >
      {totals && (
        <>
          <Tile
            title={t('figures.services.proxyCounts.delivered')}
            value={totals.delivered}
            to={href('delivered')}
            testId="figures-proxy-delivered"
          />
          <Tile
            title={t('figures.services.proxyCounts.solved')}
            value={totals.solved}
            to={href('solved')}
            testId="figures-proxy-solved"
          />
          <Tile
            title={t('figures.services.proxyCounts.residents')}
            value={totals.residents}
            to={href('delivered')}
            testId="figures-proxy-residents"
          />
          <Tile
            title={t('figures.services.proxyCounts.paid')}
            value={formatFen(totals.paidFen)}
            to={href('delivered')}
            testId="figures-proxy-paid"
          />
        </>
      )}
    </Section>
  )
}

function CentreSection({ nodeId, choice, period }: Props) {
  const { t } = useTranslation()
  const figures = useCentreFigures({ nodeId, from: period.from, to: period.to })
  // Both numbers stand on the activities held in the period: they open that list.
  const href = figuresHref('/centre/figures', nodeId, choice, { drill: 'all' })
  const totals = figures.data?.totals
  return (
    <Section
      title={t('figures.services.centre')}
      error={figures.error}
      onRetry={() => void figures.refetch()}
      testId="figures-centre"
    >
      {totals && (
        <>
          <Tile
            title={t('figures.services.centreCounts.held')}
            value={totals.held}
            to={href}
            testId="figures-centre-held"
          />
          <Tile
            title={t('figures.services.centreCounts.participants')}
            value={totals.participants}
            to={href}
            testId="figures-centre-participants"
          />
        </>
      )}
    </Section>
  )
}
