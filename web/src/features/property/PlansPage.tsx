import { PauseCircleOutlined, PlayCircleOutlined, PlusOutlined } from '@ant-design/icons'
import { Alert, App, Button, Card, Flex, Select, Table, Tag, Typography, type TableColumnsType } from 'antd'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useSearchParams } from 'react-router'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { useShowError } from '../../ui/useShowError'
import { useMe } from '../auth/session'
import { useProxyCommunities } from '../proxy/useProxyCommunities'
import { formatShortTime } from '../requests/format'
import type { WorkState } from '../requests/types'
import { usePropertyPaths } from './paths'
import './property.css'
import { usePatchPlan, usePlans } from './propertyQueries'
import { DueText, PropertyStateTag } from './PropertyStateTag'
import type { PlanSummary } from './types'

/**
 * /property/plans: the community's maintenance plans — what each covers, how often, whose, this
 * period's check and how it stands, and a red 超期 where checks are open past their due time. The
 * community pauses and resumes them; butlers read them.
 */
export function PlansPage() {
  const { t } = useTranslation()
  const me = useMe()
  const navigate = useNavigate()
  const paths = usePropertyPaths()
  const [params, setParams] = useSearchParams()
  const { communities, isPending: communitiesPending, error: communitiesError } = useProxyCommunities()
  const community = communities.find((c) => c.id === params.get('community')) ?? communities[0]
  const plans = usePlans(community?.id)
  const canPlan = me.permissions.includes('property.plan')

  const communityPicker = communities.length > 1 && (
    <Select
      aria-label={t('property.list.community')}
      style={{ minWidth: 180 }}
      value={community?.id}
      onChange={(id) => {
        setParams({ community: id }, { replace: true })
      }}
      options={communities.map((c) => ({ value: c.id, label: c.name }))}
    />
  )
  let body
  if (communitiesError) body = <ApiErrorAlert error={communitiesError} />
  else if (!communitiesPending && !community)
    body = <Alert type="info" showIcon title={t('property.list.noCommunity')} />
  else if (plans.isError) body = <ApiErrorAlert error={plans.error} onRetry={() => void plans.refetch()} />
  else body = <PlanTable plans={plans.data?.items ?? []} loading={plans.isPending} canPlan={canPlan} />

  return (
    <Card
      title={
        <Flex gap={8} align="baseline" wrap>
          <span>{t('property.plans.heading')}</span>
          {community && !communityPicker && (
            <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
              {community.name}
            </Typography.Text>
          )}
        </Flex>
      }
      extra={
        <Flex gap={8} align="center" wrap>
          {communityPicker}
          <Link to={paths.list}>{t('property.navOrders')}</Link>
          {canPlan && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              data-testid="plan-new"
              onClick={() =>
                void navigate(
                  community
                    ? `${paths.newPlan}?community=${encodeURIComponent(community.id)}`
                    : paths.newPlan,
                )
              }
            >
              {t('property.plans.new')}
            </Button>
          )}
        </Flex>
      }
    >
      <Flex vertical gap={12}>
        {!canPlan && <Typography.Text type="secondary">{t('property.plans.readOnly')}</Typography.Text>}
        {body}
      </Flex>
    </Card>
  )
}

function PlanTable({
  plans,
  loading,
  canPlan,
}: {
  plans: PlanSummary[]
  loading: boolean
  canPlan: boolean
}) {
  const { t, i18n } = useTranslation()
  const { message } = App.useApp()
  const showError = useShowError()
  const paths = usePropertyPaths()
  const patch = usePatchPlan()
  const en = i18n.language === 'en'
  const columns = useMemo<TableColumnsType<PlanSummary>>(
    () => [
      {
        key: 'name',
        title: t('property.plans.name'),
        render: (_, p) => (
          <Flex gap={6} wrap align="center">
            <Link to={paths.plan(p.id)} data-testid="plan-name">
              {p.name}
            </Link>
            {p.overdueCount > 0 && (
              <Tag color="red" data-testid="plan-overdue" style={{ marginInlineEnd: 0 }}>
                {t('property.plans.overdue', { count: p.overdueCount })}
              </Tag>
            )}
          </Flex>
        ),
      },
      { key: 'place', title: t('property.plans.place'), render: (_, p) => p.nodeName },
      {
        key: 'trade',
        title: t('property.plans.trade'),
        render: (_, p) => (en ? t(`property.trades.${p.trade}`) : p.tradeZh),
      },
      {
        key: 'frequency',
        title: t('property.plans.frequency'),
        render: (_, p) => (
          <Flex vertical>
            <span>{en ? t(`property.frequencies.${p.frequency}`) : p.frequencyZh}</span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('property.plans.dueDays', { days: p.dueDays })}
            </Typography.Text>
          </Flex>
        ),
      },
      {
        key: 'facilities',
        title: t('property.plans.facilities'),
        render: (_, p) => (
          <span data-testid="plan-facility-count">
            {t('property.plans.facilityCount', { count: p.facilityCount })}
          </span>
        ),
      },
      {
        key: 'butler',
        title: t('property.plans.butler'),
        render: (_, p) => (
          <span data-testid="plan-butler">{p.assignee?.name ?? t('property.plans.noButler')}</span>
        ),
      },
      {
        key: 'current',
        title: t('property.plans.current'),
        render: (_, p) =>
          p.current ? (
            <Flex vertical gap={2} data-testid="plan-current">
              <Flex gap={6} wrap align="center">
                <Link
                  to={paths.order(p.current.id)}
                  className="tx-identifier"
                  data-testid="plan-current-link"
                >
                  {p.current.number}
                </Link>
                <PropertyStateTag
                  state={p.current.state as WorkState}
                  stateZh={p.current.stateZh}
                  data-testid="plan-current-state"
                />
              </Flex>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {p.current.periodZh} ·{' '}
                <DueText text={formatShortTime(p.current.dueAt)} overdue={p.current.overdue} />
              </Typography.Text>
            </Flex>
          ) : (
            <Typography.Text type="secondary">{t('property.plans.noCurrent')}</Typography.Text>
          ),
      },
      {
        key: 'active',
        title: t('property.plans.active'),
        render: (_, p) => (
          <Flex gap={6} wrap align="center">
            <Tag
              color={p.active ? 'green' : 'default'}
              data-testid="plan-active"
              style={{ marginInlineEnd: 0 }}
            >
              {p.active ? t('property.plans.running') : t('property.plans.paused')}
            </Tag>
            {canPlan && (
              <Button
                size="small"
                data-testid={p.active ? 'plan-pause' : 'plan-resume'}
                icon={p.active ? <PauseCircleOutlined /> : <PlayCircleOutlined />}
                loading={patch.isPending && patch.variables.id === p.id}
                onClick={() => {
                  patch.mutate(
                    { id: p.id, version: p.version, active: !p.active },
                    {
                      onSuccess: (plan) => {
                        void message.success(
                          t(plan.active ? 'property.plans.resumed_done' : 'property.plans.paused_done', {
                            name: plan.name,
                          }),
                        )
                      },
                      onError: (error) => {
                        showError(error)
                      },
                    },
                  )
                }}
              >
                {p.active ? t('property.plans.pause') : t('property.plans.resume')}
              </Button>
            )}
          </Flex>
        ),
      },
    ],
    [t, en, paths, canPlan, patch, message, showError],
  )
  return (
    <Table<PlanSummary>
      data-testid="plan-table"
      size="middle"
      rowKey="id"
      loading={loading}
      columns={columns}
      dataSource={plans}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('property.plans.empty') }}
      onRow={(p) => ({ 'data-testid': 'plan-row', 'data-plan': p.name }) as object}
    />
  )
}
