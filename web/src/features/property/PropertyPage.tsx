import { ArrowLeftOutlined } from '@ant-design/icons'
import { Col, Flex, Result, Row, Skeleton } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { isApiError } from '../../api/errors'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { ActionPanel } from '../requests/ActionPanel'
import '../requests/requests.css'
import { TimelineCard } from '../requests/TimelineCard'
import { CheckCard } from './CheckCard'
import { usePropertyPaths } from './paths'
import './property.css'
import { OrderPhotos, PropertyHeader } from './PropertyHeader'
import { useProperty } from './propertyQueries'
import type { PropertyView } from './types'

/**
 * /property/:id and /m/property/:id: the order, the steps the reader may take now (接单, 开始, 完工,
 * 验收 …), the photos before and after, a planned check's facilities and results, and its timeline.
 */
export function PropertyPage() {
  const { t } = useTranslation()
  const { id = '' } = useParams()
  const order = useProperty(id)
  if (order.data) return <OrderDetails view={order.data} />
  if (order.isError) {
    if (isApiError(order.error) && order.error.status === 404)
      return <Result status="404" title={t('property.item.notFound')} />
    return <ApiErrorAlert error={order.error} onRetry={() => void order.refetch()} />
  }
  return <Skeleton active />
}

function OrderDetails({ view }: { view: PropertyView }) {
  const { t } = useTranslation()
  const paths = usePropertyPaths()
  const back = (
    <Link to={paths.list} data-testid="property-back">
      <ArrowLeftOutlined /> {t('property.item.back')}
    </Link>
  )
  const actions = <ActionPanel item={view.item} kind="property" />
  const photos = <OrderPhotos view={view} />
  const check = <CheckCard view={view} />
  const timeline = <TimelineCard itemId={view.item.id} kind="property" />
  if (paths.phone)
    return (
      <Flex vertical gap={12}>
        {back}
        <PropertyHeader view={view} />
        {actions}
        {check}
        {photos}
        {timeline}
      </Flex>
    )
  return (
    <Flex vertical gap={16}>
      {back}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Flex vertical gap={16}>
            <PropertyHeader view={view} />
            {check}
            {timeline}
          </Flex>
        </Col>
        <Col xs={24} xl={9}>
          <Flex vertical gap={16}>
            {actions}
            {photos}
          </Flex>
        </Col>
      </Row>
    </Flex>
  )
}
