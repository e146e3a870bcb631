import { Card, Empty, Flex, Result, Skeleton, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { isApiError } from '../../api/errors'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { PublicLayout } from '../public/PublicLayout'
import { usePublicDecisions } from './consultQueries'
import type { PublicDecisions } from './types'

/**
 * /q/:code/decisions — beside 码上说 on the building's poster, with no account: the consultation
 * decisions that concern the building (its community's, its grid's, its own), when they were taken
 * and whether they are carried out. No names and no ballots.
 */
export function PublicDecisionsPage() {
  const { code = '' } = useParams()
  const { t } = useTranslation()
  const query = usePublicDecisions(code)
  let body
  if (query.data) body = <Decisions view={query.data} />
  else if (query.isError)
    body =
      isApiError(query.error) && [400, 404].includes(query.error.status) ? (
        <Result status="404" title={t('shell.notFound')} />
      ) : (
        <ApiErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      )
  else body = <Skeleton active />
  return <PublicLayout subtitle={t('consult.title')}>{body}</PublicLayout>
}

function Decisions({ view }: { view: PublicDecisions }) {
  const { t } = useTranslation()
  return (
    <Flex vertical gap={12} data-testid="public-decisions">
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('consult.public.heading', { building: view.building })}
      </Typography.Title>
      <Typography.Text type="secondary">
        {t('consult.public.intro', { community: view.community })}
      </Typography.Text>
      {view.items.length === 0 ? (
        <Empty description={t('consult.public.none')} />
      ) : (
        view.items.map((d, i) => (
          <Card key={i} size="small" data-testid="public-decision">
            <Flex vertical gap={6}>
              <Typography.Text type="secondary">{d.title}</Typography.Text>
              <Typography.Text strong data-testid="public-decision-text">
                {d.text}
              </Typography.Text>
              <Flex gap={6} wrap align="center">
                <Tag color={d.carriedOut ? 'success' : 'processing'} data-testid="public-decision-carried">
                  {d.carriedOut ? t('consult.decision.carriedOut') : t('consult.decision.notCarriedOut')}
                </Tag>
                <Typography.Text type="secondary">
                  {t('consult.public.decidedOn', { date: d.decidedOn })} ·{' '}
                  {d.counts
                    ? t('consult.decision.counts', {
                        for: d.counts.for,
                        against: d.counts.against,
                        abstain: d.counts.abstain,
                      })
                    : t('consult.public.consensus')}
                </Typography.Text>
              </Flex>
            </Flex>
          </Card>
        ))
      )}
    </Flex>
  )
}
