import { ArrowLeftOutlined } from '@ant-design/icons'
import { Card, Descriptions, Flex, Result, Skeleton, Table, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { isApiError } from '../../api/errors'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { formatShortTime } from '../requests/format'
import type { WorkState } from '../requests/types'
import { usePropertyPaths } from './paths'
import './property.css'
import { usePlan } from './propertyQueries'
import { DueText, PropertyStateTag } from './PropertyStateTag'
import type { PlanView } from './types'

/** /property/plans/:id: one maintenance plan — what, where, how often, whose — its facilities and latest checks. */
export function PlanPage() {
  const { t } = useTranslation()
  const { id = '' } = useParams()
  const plan = usePlan(id)
  if (plan.data) return <PlanDetails plan={plan.data} />
  if (plan.isError) {
    if (isApiError(plan.error) && plan.error.status === 404)
      return <Result status="404" title={t('property.plans.notFound')} />
    return <ApiErrorAlert error={plan.error} onRetry={() => void plan.refetch()} />
  }
  return <Skeleton active />
}

function PlanDetails({ plan }: { plan: PlanView }) {
  const { t, i18n } = useTranslation()
  const paths = usePropertyPaths()
  const en = i18n.language === 'en'
  return (
    <Flex vertical gap={16}>
      <Link to={paths.plans} data-testid="plan-back">
        <ArrowLeftOutlined /> {t('property.plans.back')}
      </Link>
      <Card
        title={
          <Flex gap={8} wrap align="center">
            <span data-testid="plan-title">{plan.name}</span>
            <Tag color={plan.active ? 'green' : 'default'} style={{ marginInlineEnd: 0 }}>
              {plan.active ? t('property.plans.running') : t('property.plans.paused')}
            </Tag>
            {plan.overdueCount > 0 && (
              <Tag color="red" data-testid="plan-overdue" style={{ marginInlineEnd: 0 }}>
                {t('property.plans.overdue', { count: plan.overdueCount })}
              </Tag>
            )}
          </Flex>
        }
      >
        <Flex vertical gap={12}>
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 1, md: 2, xl: 3 }}
            items={[
              { key: 'place', label: t('property.plans.place'), children: plan.nodeName },
              {
                key: 'trade',
                label: t('property.plans.trade'),
                children: en ? t(`property.trades.${plan.trade}`) : plan.tradeZh,
              },
              {
                key: 'frequency',
                label: t('property.plans.frequency'),
                children: `${en ? t(`property.frequencies.${plan.frequency}`) : plan.frequencyZh}，${t('property.plans.dueDays', { days: plan.dueDays })}`,
              },
              { key: 'startsOn', label: t('property.plans.startsOn'), children: plan.startsOn },
              {
                key: 'butler',
                label: t('property.plans.butler'),
                children: (
                  <span data-testid="plan-butler">{plan.assignee?.name ?? t('property.plans.noButler')}</span>
                ),
              },
              {
                key: 'current',
                label: t('property.plans.current'),
                children: plan.current ? (
                  <Flex gap={6} wrap align="center" data-testid="plan-current">
                    <Link
                      to={paths.order(plan.current.id)}
                      className="tx-identifier"
                      data-testid="plan-current-link"
                    >
                      {plan.current.number}
                    </Link>
                    <PropertyStateTag
                      state={plan.current.state as WorkState}
                      stateZh={plan.current.stateZh}
                      data-testid="plan-current-state"
                    />
                    <span>{plan.current.periodZh}</span>
                  </Flex>
                ) : (
                  t('property.plans.noCurrent')
                ),
              },
            ]}
          />
          <div>
            <Typography.Text type="secondary">{t('property.plans.checklist')}</Typography.Text>
            <ol style={{ margin: '4px 0 0', paddingInlineStart: 20 }} data-testid="plan-checklist">
              {plan.checklist.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ol>
          </div>
        </Flex>
      </Card>
      <Card size="small" title={`${t('property.plans.facilities')}（${String(plan.facilities.length)}）`}>
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={plan.facilities}
          onRow={(f) => ({ 'data-testid': 'plan-facility-row', 'data-facility': f.name }) as object}
          columns={[
            { key: 'name', title: t('property.check.facility'), render: (_, f) => f.name },
            { key: 'code', title: 'No.', render: (_, f) => <span className="tx-identifier">{f.code}</span> },
            { key: 'category', title: t('property.planForm.category'), render: (_, f) => f.categoryZh },
            { key: 'location', title: t('property.check.location'), render: (_, f) => f.location ?? '—' },
            {
              key: 'state',
              title: t('property.plans.state'),
              render: (_, f) => (
                <Tag color={f.state === 'faulty' ? 'red' : f.state === 'in_service' ? 'green' : 'default'}>
                  {f.stateZh}
                </Tag>
              ),
            },
          ]}
        />
      </Card>
      <Card size="small" title={t('property.plans.orders')}>
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={plan.orders}
          scroll={{ x: 'max-content' }}
          onRow={() => ({ 'data-testid': 'plan-order-row' }) as object}
          columns={[
            {
              key: 'number',
              title: t('property.list.number'),
              render: (_, o) => (
                <Link to={paths.order(o.id)} className="tx-identifier">
                  {o.number}
                </Link>
              ),
            },
            { key: 'period', title: t('property.plans.period'), render: (_, o) => o.periodZh },
            {
              key: 'state',
              title: t('property.plans.state'),
              render: (_, o) => (
                <Flex gap={4} wrap>
                  <PropertyStateTag state={o.state as WorkState} stateZh={o.stateZh} />
                  {o.overdue && <Tag color="red">{t('requests.item.overdue')}</Tag>}
                </Flex>
              ),
            },
            {
              key: 'due',
              title: t('property.plans.dueAt'),
              render: (_, o) => <DueText text={formatShortTime(o.dueAt)} overdue={o.overdue} />,
            },
          ]}
        />
      </Card>
    </Flex>
  )
}
