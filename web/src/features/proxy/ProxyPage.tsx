import { ArrowLeftOutlined } from '@ant-design/icons'
import { Col, Flex, Result, Row, Skeleton } from 'antd'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { isApiError } from '../../api/errors'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { ActionPanel } from '../requests/ActionPanel'
import '../requests/requests.css'
import { TimelineCard } from '../requests/TimelineCard'
import type { TimelineStep } from '../requests/types'
import { MoneyBook } from './MoneyBook'
import { useProxyPaths } from './paths'
import './proxy.css'
import { ProxyHeader } from './ProxyHeader'
import { useProxy } from './proxyQueries'
import { describeProxyStep } from './timeline'
import type { ProxyView } from './types'

/**
 * /proxy/:id and /m/proxy/:id: the errand, the resident it is for, the steps the reader may take
 * now (认领, 交付, 居民当面确认 …), its money book and its timeline.
 */
export function ProxyPage() {
  const { t } = useTranslation()
  const { id = '' } = useParams()
  const errand = useProxy(id)
  if (errand.data) return <ErrandDetails view={errand.data} />
  if (errand.isError) {
    if (isApiError(errand.error) && errand.error.status === 404)
      return <Result status="404" title={t('proxy.item.notFound')} />
    return <ApiErrorAlert error={errand.error} onRetry={() => void errand.refetch()} />
  }
  return <Skeleton active />
}

function ErrandDetails({ view }: { view: ProxyView }) {
  const { t } = useTranslation()
  const paths = useProxyPaths()
  const describe = useCallback((step: TimelineStep) => describeProxyStep(t, step), [t])
  const back = (
    <Link to={paths.list} data-testid="proxy-back">
      <ArrowLeftOutlined /> {t('proxy.item.back')}
    </Link>
  )
  const actions = <ActionPanel item={view.item} kind="proxy" />
  const money = <MoneyBook view={view} />
  const timeline = <TimelineCard itemId={view.item.id} kind="proxy" describe={describe} />
  if (paths.phone)
    return (
      <Flex vertical gap={12}>
        {back}
        <ProxyHeader view={view} />
        {actions}
        {money}
        {timeline}
      </Flex>
    )
  return (
    <Flex vertical gap={16}>
      {back}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Flex vertical gap={16}>
            <ProxyHeader view={view} />
            {money}
          </Flex>
        </Col>
        <Col xs={24} xl={9}>
          <Flex vertical gap={16}>
            {actions}
            {timeline}
          </Flex>
        </Col>
      </Row>
    </Flex>
  )
}
