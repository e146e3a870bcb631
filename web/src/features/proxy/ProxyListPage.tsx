import { BarChartOutlined, PlusOutlined, RightOutlined } from '@ant-design/icons'
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
import { CursorTable } from '../registry/CursorTable'
import { rowsOf, type CursorList } from '../registry/useCursorList'
import { formatShortTime } from '../requests/format'
import '../requests/requests.css'
import { useProxyPaths } from './paths'
import { useProxyList } from './proxyQueries'
import { ProxyStateTag } from './ProxyStateTag'
import type { ProxyListView, ProxySummary } from './types'
import { useProxyCommunities } from './useProxyCommunities'

export const proxyViews: readonly ProxyListView[] = ['unclaimed', 'mine', 'open', 'closed', 'all']

/**
 * /proxy and /m/proxy: the team's lists — waiting for a proxy, mine, being done, finished, all — of
 * one community (chosen from the reader's scope), newest first. The choices live in the address, so
 * "back" from an errand returns to the same list.
 */
export function ProxyListPage() {
  const { t } = useTranslation()
  const me = useMe()
  const navigate = useNavigate()
  const paths = useProxyPaths()
  const [params, setParams] = useSearchParams()
  const { communities, isPending: communitiesPending, error: communitiesError } = useProxyCommunities()
  const readsTeam = me.permissions.includes('proxy.read')
  const views = readsTeam ? proxyViews : (['mine'] as const)
  const view = views.find((v) => v === params.get('view')) ?? views[0] ?? 'mine'
  const community = communities.find((c) => c.id === params.get('community')) ?? communities[0]
  const list = useProxyList({ view, ...(view === 'mine' ? {} : { communityId: community?.id }) })
  const files = me.permissions.includes('request.file') && me.permissions.includes('person.read')

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
      data-testid="proxy-new"
      onClick={() => void navigate(paths.file)}
    >
      {t('proxy.newErrand')}
    </Button>
  )
  const communityPicker = communities.length > 1 && (
    <Select
      aria-label={t('proxy.list.community')}
      data-testid="proxy-community"
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
    body = <Alert type="info" showIcon title={t('proxy.list.noCommunity')} />
  else if (paths.phone) body = <PhoneRows list={list} />
  else body = <DeskTable list={list} />

  if (paths.phone)
    return (
      <Flex vertical gap={12}>
        {fileButton}
        {communityPicker}
        {views.length > 1 && (
          <Segmented<ProxyListView>
            block
            value={view}
            onChange={(next) => {
              set('view', next)
            }}
            options={views.map((v) => ({
              value: v,
              label: <span data-testid={`proxy-view-${v}`}>{t(`proxy.views.${v}`)}</span>,
            }))}
          />
        )}
        {body}
      </Flex>
    )
  return (
    <Card
      title={
        <Flex gap={8} align="baseline" wrap>
          <span>{t('proxy.list.heading')}</span>
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
          <Link to={paths.figures} data-testid="proxy-figures-link">
            <BarChartOutlined /> {t('proxy.figuresLink')}
          </Link>
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
          label: <span data-testid={`proxy-view-${v}`}>{t(`proxy.views.${v}`)}</span>,
        }))}
      />
      {body}
    </Card>
  )
}

function DeskTable({ list }: { list: CursorList<ProxySummary> }) {
  const { t, i18n } = useTranslation()
  const navigate = useNavigate()
  const paths = useProxyPaths()
  const columns = useMemo<TableColumnsType<ProxySummary>>(
    () => [
      {
        key: 'number',
        title: t('proxy.list.number'),
        render: (_, row) => (
          <Link to={paths.errand(row.id)} data-testid="proxy-row-number" className="tx-identifier">
            {row.number}
          </Link>
        ),
      },
      {
        key: 'category',
        title: t('proxy.list.category'),
        render: (_, row) => (i18n.language === 'en' ? row.categoryEn : row.categoryZh),
      },
      {
        key: 'errand',
        title: t('proxy.list.errand'),
        render: (_, row) => (
          <Typography.Text ellipsis={{ tooltip: row.title }} style={{ maxWidth: 280 }}>
            {row.title}
          </Typography.Text>
        ),
      },
      {
        key: 'resident',
        title: t('proxy.list.resident'),
        render: (_, row) => <span data-testid="proxy-row-resident">{row.residentName ?? '—'}</span>,
      },
      {
        key: 'state',
        title: t('proxy.list.state'),
        render: (_, row) => (
          <Flex gap={4} wrap>
            <ProxyStateTag state={row.state} stateZh={row.stateZh} data-testid="proxy-row-state" />
            {row.urgency === 'urgent' && <Tag color="volcano">{t('proxy.urgent')}</Tag>}
          </Flex>
        ),
      },
      {
        key: 'proxy',
        title: t('proxy.list.proxy'),
        render: (_, row) => row.assigneeName ?? '—',
      },
      {
        key: 'reportedAt',
        title: t('proxy.list.reportedAt'),
        render: (_, row) => formatShortTime(row.reportedAt),
      },
    ],
    [t, i18n.language, paths],
  )
  return (
    <CursorTable<ProxySummary>
      data-testid="proxy-table"
      list={list}
      columns={columns}
      rowKey="id"
      emptyText={t('proxy.list.empty')}
      rowProps={(row) =>
        ({
          className: 'tx-clickable-row',
          'data-testid': 'proxy-row',
          onClick: (event) => {
            // A click on the number's link navigates by itself.
            if ((event.target as HTMLElement).closest('a')) return
            void navigate(paths.errand(row.id))
          },
        }) as HTMLAttributes<HTMLElement>
      }
    />
  )
}

function PhoneRows({ list }: { list: CursorList<ProxySummary> }) {
  const { t, i18n } = useTranslation()
  const paths = useProxyPaths()
  const rows = rowsOf(list)
  if (list.isError && !list.data)
    return <ApiErrorAlert error={list.error} onRetry={() => void list.refetch()} />
  if (list.isPending) return <Skeleton active />
  if (rows.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('proxy.list.empty')} />
  return (
    <Flex vertical gap={12}>
      <ul className="tx-req-list" data-testid="proxy-phone-list">
        {rows.map((row) => (
          <li key={row.id}>
            <Link to={paths.errand(row.id)} className="tx-req-card" data-testid="proxy-row">
              <Flex vertical gap={4} style={{ flex: 1, minWidth: 0 }}>
                <Flex gap={6} align="center" wrap>
                  <ProxyStateTag state={row.state} stateZh={row.stateZh} data-testid="proxy-row-state" />
                  {row.urgency === 'urgent' && <Tag color="volcano">{t('proxy.urgent')}</Tag>}
                  <Typography.Text type="secondary" className="tx-identifier" style={{ fontSize: 12 }}>
                    {row.number}
                  </Typography.Text>
                </Flex>
                <Typography.Text strong ellipsis>
                  {row.residentName ? `${row.residentName} · ` : ''}
                  {row.title}
                </Typography.Text>
                <Typography.Text type="secondary" ellipsis style={{ fontSize: 13 }}>
                  {i18n.language === 'en' ? row.categoryEn : row.categoryZh} ·{' '}
                  {row.assigneeName ?? t('proxy.item.unclaimed')} · {formatShortTime(row.reportedAt)}
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
