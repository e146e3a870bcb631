import { CalendarOutlined, PlusOutlined, RightOutlined } from '@ant-design/icons'
import {
  Alert,
  Button,
  Card,
  Empty,
  Flex,
  Segmented,
  Select,
  Skeleton,
  Tabs,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd'
import { useMemo, type HTMLAttributes } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useSearchParams } from 'react-router'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { useMe } from '../auth/session'
import { useProxyCommunities } from '../proxy/useProxyCommunities'
import { CursorTable } from '../registry/CursorTable'
import { rowsOf, type CursorList } from '../registry/useCursorList'
import { formatShortTime } from '../requests/format'
import '../requests/requests.css'
import { usePropertyPaths } from './paths'
import './property.css'
import { usePropertyList } from './propertyQueries'
import { DueText, PropertyStateTag } from './PropertyStateTag'
import type { PropertyListView, PropertySummary } from './types'

export const propertyViews: readonly PropertyListView[] = [
  'unclaimed',
  'mine',
  'open',
  'overdue',
  'closed',
  'all',
]

/**
 * /property and /m/property: the butlers' lists — waiting, mine, open, overdue, closed, all — of one
 * community (chosen from the reader's scope), newest first. The choices live in the address, so
 * "back" from an order returns to the same list. On the phone the rows are cards.
 */
export function PropertyListPage() {
  const { t } = useTranslation()
  const me = useMe()
  const navigate = useNavigate()
  const paths = usePropertyPaths()
  const [params, setParams] = useSearchParams()
  const { communities, isPending: communitiesPending, error: communitiesError } = useProxyCommunities()
  const readsTeam = me.permissions.includes('property.read')
  const views = readsTeam ? propertyViews : (['mine'] as const)
  const view = views.find((v) => v === params.get('view')) ?? views[0] ?? 'mine'
  const community = communities.find((c) => c.id === params.get('community')) ?? communities[0]
  const list = usePropertyList({ view, ...(view === 'mine' ? {} : { communityId: community?.id }) })
  const files = me.permissions.includes('property.handle')
  const plans = me.permissions.includes('property.plan') || readsTeam

  const set = (key: string, value: string | undefined) => {
    setParams(
      (old) => {
        const next = new URLSearchParams(old)
        if (value === undefined) next.delete(key)
        else next.set(key, value)
        return next
      },
      { replace: true },
    )
  }

  const fileButton = files && (
    <Button
      type="primary"
      size={paths.phone ? 'large' : 'middle'}
      block={paths.phone}
      icon={<PlusOutlined />}
      data-testid="property-new"
      onClick={() => void navigate(paths.file)}
    >
      {t('property.newOrder')}
    </Button>
  )
  const communityPicker = communities.length > 1 && (
    <Select
      aria-label={t('property.list.community')}
      data-testid="property-community"
      style={{ minWidth: 180 }}
      value={community?.id}
      onChange={(id) => {
        set('community', id)
      }}
      options={communities.map((c) => ({ value: c.id, label: c.name }))}
    />
  )
  const needsCommunity = view !== 'mine'
  let body
  if (needsCommunity && communitiesError) body = <ApiErrorAlert error={communitiesError} />
  else if (needsCommunity && !communitiesPending && !community)
    body = <Alert type="info" showIcon title={t('property.list.noCommunity')} />
  else if (paths.phone) body = <PhoneRows list={list} />
  else body = <DeskTable list={list} />

  if (paths.phone)
    return (
      <Flex vertical gap={12}>
        {fileButton}
        {communityPicker}
        {views.length > 1 && (
          // Six views do not fit one row at 375 px: they scroll sideways inside their own strip.
          <div className="tx-property-views">
            <Segmented<PropertyListView>
              value={view}
              onChange={(next) => {
                set('view', next)
              }}
              options={views.map((v) => ({
                value: v,
                label: <span data-testid={`property-view-${v}`}>{t(`property.views.${v}`)}</span>,
              }))}
            />
          </div>
        )}
        {body}
      </Flex>
    )
  return (
    <Card
      title={
        <Flex gap={8} align="baseline" wrap>
          <span>{t('property.list.heading')}</span>
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
          {plans && (
            <Link to={paths.plans} data-testid="property-plans-link">
              <CalendarOutlined /> {t('property.navPlans')}
            </Link>
          )}
          {fileButton}
        </Flex>
      }
    >
      <Tabs
        activeKey={view}
        onChange={(key) => {
          set('view', key)
        }}
        items={views.map((v) => ({
          key: v,
          label: <span data-testid={`property-view-${v}`}>{t(`property.views.${v}`)}</span>,
        }))}
      />
      {body}
    </Card>
  )
}

function DeskTable({ list }: { list: CursorList<PropertySummary> }) {
  const { t, i18n } = useTranslation()
  const navigate = useNavigate()
  const paths = usePropertyPaths()
  const columns = useMemo<TableColumnsType<PropertySummary>>(
    () => [
      {
        key: 'number',
        title: t('property.list.number'),
        render: (_, row) => (
          <Link to={paths.order(row.id)} data-testid="property-row-number" className="tx-identifier">
            {row.number}
          </Link>
        ),
      },
      {
        key: 'title',
        title: t('property.list.title'),
        render: (_, row) => (
          <Typography.Text ellipsis={{ tooltip: row.title }} style={{ maxWidth: 240 }}>
            {row.title}
          </Typography.Text>
        ),
      },
      {
        key: 'category',
        title: t('property.list.category'),
        render: (_, row) => (i18n.language === 'en' ? row.categoryEn : row.categoryZh),
      },
      {
        key: 'place',
        title: t('property.list.place'),
        render: (_, row) => (
          <Typography.Text ellipsis={{ tooltip: row.address }} style={{ maxWidth: 200 }}>
            {row.address ?? '—'}
          </Typography.Text>
        ),
      },
      {
        key: 'facility',
        title: t('property.list.facility'),
        render: (_, row) => <span data-testid="property-row-facility">{row.facilityName ?? '—'}</span>,
      },
      {
        key: 'plan',
        title: t('property.list.plan'),
        render: (_, row) => row.planName ?? '—',
      },
      {
        key: 'state',
        title: t('property.list.state'),
        render: (_, row) => (
          <Flex gap={4} wrap>
            <PropertyStateTag state={row.state} stateZh={row.stateZh} data-testid="property-row-state" />
            {row.urgency === 'urgent' && <Tag color="volcano">{t('property.urgent')}</Tag>}
          </Flex>
        ),
      },
      {
        key: 'due',
        title: t('property.list.due'),
        render: (_, row) => <DueText text={formatShortTime(row.dueAt)} overdue={row.overdue} />,
      },
      {
        key: 'assignee',
        title: t('property.list.assignee'),
        render: (_, row) => row.assigneeName ?? '—',
      },
    ],
    [t, i18n.language, paths],
  )
  return (
    <CursorTable<PropertySummary>
      data-testid="property-table"
      list={list}
      columns={columns}
      rowKey="id"
      emptyText={t('property.list.empty')}
      rowProps={(row) =>
        ({
          className: row.overdue ? 'tx-clickable-row tx-row-overdue' : 'tx-clickable-row',
          'data-testid': 'property-row',
          onClick: (event) => {
            // A click on the number's link navigates by itself.
            if ((event.target as HTMLElement).closest('a')) return
            void navigate(paths.order(row.id))
          },
        }) as HTMLAttributes<HTMLElement>
      }
    />
  )
}

function PhoneRows({ list }: { list: CursorList<PropertySummary> }) {
  const { t, i18n } = useTranslation()
  const paths = usePropertyPaths()
  const rows = rowsOf(list)
  if (list.isError && !list.data)
    return <ApiErrorAlert error={list.error} onRetry={() => void list.refetch()} />
  if (list.isPending) return <Skeleton active />
  if (rows.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('property.list.empty')} />
  return (
    <Flex vertical gap={12}>
      <ul className="tx-req-list" data-testid="property-phone-list">
        {rows.map((row) => (
          <li key={row.id}>
            <Link
              to={paths.order(row.id)}
              className={`tx-req-card${row.overdue ? ' tx-req-card-overdue' : ''}`}
              data-testid="property-row"
            >
              <Flex vertical gap={4} style={{ flex: 1, minWidth: 0 }}>
                <Flex gap={6} align="center" wrap>
                  <PropertyStateTag
                    state={row.state}
                    stateZh={row.stateZh}
                    data-testid="property-row-state"
                  />
                  {row.urgency === 'urgent' && <Tag color="volcano">{t('property.urgent')}</Tag>}
                  <Typography.Text type="secondary" className="tx-identifier" style={{ fontSize: 12 }}>
                    {row.number}
                  </Typography.Text>
                </Flex>
                <Typography.Text strong ellipsis>
                  {row.title}
                </Typography.Text>
                <Typography.Text type="secondary" ellipsis style={{ fontSize: 13 }}>
                  {[row.facilityName ?? row.address, row.planName].filter(Boolean).join(' · ')}
                </Typography.Text>
                <Typography.Text type="secondary" ellipsis style={{ fontSize: 13 }}>
                  {i18n.language === 'en' ? row.categoryEn : row.categoryZh} ·{' '}
                  {row.assigneeName ?? t('property.list.waiting')} ·{' '}
                  <DueText text={formatShortTime(row.dueAt)} overdue={row.overdue} />
                </Typography.Text>
              </Flex>
              <RightOutlined style={{ color: 'rgba(0,0,0,0.35)' }} />
            </Link>
          </li>
        ))}
      </ul>
      {list.isFetchNextPageError && (
        <ApiErrorAlert error={list.error} onRetry={() => void list.fetchNextPage()} />
      )}
      {list.hasNextPage && (
        <Button
          size="large"
          block
          loading={list.isFetchingNextPage}
          onClick={() => void list.fetchNextPage()}
          data-testid="load-more"
        >
          {t('registry.list.loadMore')}
        </Button>
      )}
    </Flex>
  )
}
