import { ArrowLeftOutlined } from '@ant-design/icons'
import { Col, Flex, Result, Row, Skeleton } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { isApiError } from '../../api/errors'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { HandToProxy } from '../proxy/HandToProxy'
import { HandToButler } from '../property/HandToButler'
import { ActionPanel } from './ActionPanel'
import { useRequestPaths } from './format'
import { ItemHeader } from './ItemHeader'
import { useItem, useReloadItem } from './requestQueries'
import './requests.css'
import { TimelineCard } from './TimelineCard'
import type { WorkItem } from './types'
import { WhistlePanel } from './WhistlePanel'

/** /requests/:id and /m/requests/:id: the item, its timeline, and what the reader may do next. */
export function ItemPage() {
  const { t } = useTranslation()
  const { id = '' } = useParams()
  const item = useItem(id)
  if (item.data) return <ItemDetails item={item.data} />
  if (item.isError) {
    if (isApiError(item.error) && item.error.status === 404)
      return <Result status="404" title={t('requests.item.notFound')} />
    return <ApiErrorAlert error={item.error} onRetry={() => void item.refetch()} />
  }
  return <Skeleton active />
}

function ItemDetails({ item }: { item: WorkItem }) {
  const { t } = useTranslation()
  const paths = useRequestPaths()
  const reload = useReloadItem()
  const back = (
    <Link to={paths.inbox} data-testid="item-back">
      <ArrowLeftOutlined /> {t('requests.item.backToInbox')}
    </Link>
  )
  const whistle = (
    <WhistlePanel
      item={item}
      onConflict={() => {
        reload(item.id)
      }}
    />
  )
  if (paths.phone)
    return (
      <Flex vertical gap={12}>
        {back}
        <ItemHeader item={item} />
        <ActionPanel item={item} />
        {whistle}
        <HandToProxy item={item} />
        <HandToButler item={item} />
        <TimelineCard itemId={item.id} />
      </Flex>
    )
  return (
    <Flex vertical gap={16}>
      {back}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Flex vertical gap={16}>
            <ItemHeader item={item} />
            <TimelineCard itemId={item.id} />
          </Flex>
        </Col>
        <Col xs={24} xl={9}>
          <Flex vertical gap={16}>
            <ActionPanel item={item} />
            {whistle}
            <HandToProxy item={item} />
            <HandToButler item={item} />
          </Flex>
        </Col>
      </Row>
    </Flex>
  )
}
