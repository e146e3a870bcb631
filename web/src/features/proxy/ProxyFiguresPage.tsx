import {
  Alert,
  Button,
  Card,
  Col,
  DatePicker,
  Flex,
  Row,
  Segmented,
  Select,
  Spin,
  Statistic,
  Table,
  Typography,
  type TableColumnsType,
} from 'antd'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { useMe } from '../auth/session'
import { DownloadButton } from '../registry/DownloadButton'
import type { Preset } from '../figures/period'
import { usePeriod } from '../figures/usePeriod'
import { CursorTable } from '../registry/CursorTable'
import { formatShortTime } from '../requests/format'
import { formatFen } from './money'
import { useProxyFigures, useProxyRecords } from './proxyQueries'
import { ProxyStateTag } from './ProxyStateTag'
import type { ProxyCount, ProxyFigures, ProxySummary } from './types'

const presets: readonly Preset[] = ['today', 'month', 'quarter', 'year']
const counts: readonly ProxyCount[] = ['filed', 'delivered', 'solved']

type Headline = 'delivered' | 'solved' | 'residents' | 'paid' | 'filed' | 'open'
/** What each headline number opens: the errands behind it (residents and money: the delivered ones). */
const drillOf: Record<Headline, ProxyCount | null> = {
  delivered: 'delivered',
  solved: 'solved',
  residents: 'delivered',
  paid: 'delivered',
  filed: 'filed',
  open: null,
}

interface Drill {
  count: ProxyCount
  categoryCode?: string
  assigneeUserId?: string
}

function pick<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return allowed.find((v) => v === value)
}

/**
 * /proxy/figures: a node's 红代办 figures for a period (this year unless chosen) — person-times
 * served, difficulties solved, residents served, money paid for them, errands open — by kind and by
 * proxy; every number opens the errands behind it (for the team and the community; the street
 * office sees the counts only).
 */
export function ProxyFiguresPage() {
  const { t } = useTranslation()
  const me = useMe()
  const [params, setParams] = useSearchParams()
  const nodes = me.grants.filter((g) => g.scopeKind === 'org')
  const nodeId = params.get('node') ?? nodes[0]?.scopeId ?? ''
  const { preset, period, choosePreset, chooseRange, nodeParams } = usePeriod(presets)
  const figures = useProxyFigures({ nodeId, from: period.from, to: period.to })
  const canDrill = me.permissions.includes('proxy.read')
  const count = pick(params.get('count'), counts)
  const drill: Drill | null = count
    ? {
        count,
        ...(params.get('category') ? { categoryCode: params.get('category') ?? '' } : {}),
        ...(params.get('proxy') ? { assigneeUserId: params.get('proxy') ?? '' } : {}),
      }
    : null

  const open = (next: Drill | null) => {
    setParams((old) => {
      const p = new URLSearchParams(old)
      for (const key of ['count', 'category', 'proxy']) p.delete(key)
      if (next) {
        p.set('count', next.count)
        if (next.categoryCode) p.set('category', next.categoryCode)
        if (next.assigneeUserId) p.set('proxy', next.assigneeUserId)
      }
      return p
    })
  }

  if (nodeId === '') return <Alert type="info" showIcon title={t('proxy.figures.noScope')} />
  const data = figures.data
  return (
    <Flex vertical gap={16} data-testid="proxy-figures-page">
      <Flex gap={12} align="center" wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('proxy.figures.title')}
          {data ? ` · ${data.nodeName}` : ''}
        </Typography.Title>
        {nodes.length > 1 && (
          <Select
            value={nodeId}
            style={{ minWidth: 200 }}
            options={nodes.map((g) => ({ value: g.scopeId, label: g.scopeName }))}
            onChange={(v) => {
              setParams(nodeParams(v))
            }}
          />
        )}
        <Segmented<Preset>
          value={preset}
          options={presets.map((p) => ({
            value: p,
            label: <span data-testid={`proxy-preset-${p}`}>{t(`proxy.figures.presets.${p}`)}</span>,
          }))}
          onChange={choosePreset}
        />
        <DatePicker.RangePicker
          onChange={(range) => {
            const [a, b] = range ?? []
            chooseRange(a && b ? { from: a.format('YYYY-MM-DD'), to: b.format('YYYY-MM-DD') } : null)
          }}
        />
        <Typography.Text type="secondary" data-testid="proxy-figures-period">
          {period.from} ~ {period.to}
        </Typography.Text>
        {canDrill && (
          <DownloadButton
            data-testid="proxy-money-export"
            url={`/api/v1/proxy/money.xlsx?${new URLSearchParams({ communityId: nodeId, from: period.from, to: period.to }).toString()}`}
            fileName={`${data?.nodeName ?? ''}红代办款项明细-${period.from}至${period.to}.xlsx`}
          >
            {t('proxy.figures.export')}
          </DownloadButton>
        )}
      </Flex>
      {figures.isError && <ApiErrorAlert error={figures.error} onRetry={() => void figures.refetch()} />}
      {!data && figures.isPending && <Spin />}
      {data && (
        <>
          <Headlines data={data} nodeId={nodeId} canDrill={canDrill} onOpen={open} />
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={14}>
              <ByCategory data={data} canDrill={canDrill} onOpen={open} />
            </Col>
            <Col xs={24} xl={10}>
              <ByProxy data={data} canDrill={canDrill} onOpen={open} />
            </Col>
          </Row>
          {drill && canDrill && (
            <Records
              drill={drill}
              nodeId={nodeId}
              from={period.from}
              to={period.to}
              title={drillTitle(t, data, drill)}
              onClose={() => {
                open(null)
              }}
            />
          )}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('proxy.figures.definitions')}
            {canDrill ? '' : ` ${t('proxy.figures.countsOnly')}`}
          </Typography.Text>
        </>
      )}
    </Flex>
  )
}

function drillTitle(t: TFunction, data: ProxyFigures, drill: Drill): string {
  const name = t(`proxy.figures.counts.${drill.count}`)
  const category = data.byCategory.find((c) => c.code === drill.categoryCode)?.nameZh
  const proxy = data.byProxy.find((p) => p.userId === drill.assigneeUserId)?.name
  return [category, proxy, name].filter(Boolean).join(' · ')
}

function Headlines({
  data,
  nodeId,
  canDrill,
  onOpen,
}: {
  data: ProxyFigures
  nodeId: string
  canDrill: boolean
  onOpen: (drill: Drill) => void
}) {
  const { t } = useTranslation()
  const values: Record<Headline, string | number> = {
    delivered: data.totals.delivered,
    solved: data.totals.solved,
    residents: data.totals.residents,
    paid: formatFen(data.totals.paidFen),
    filed: data.totals.filed,
    open: data.totals.open,
  }
  const headlines: readonly Headline[] = ['delivered', 'solved', 'residents', 'paid', 'filed', 'open']
  return (
    <Row gutter={[12, 12]}>
      {headlines.map((key) => {
        const count = drillOf[key]
        const statistic = (
          <Statistic
            title={t(`proxy.figures.headlines.${key}`)}
            value={values[key]}
            styles={{ content: { fontVariantNumeric: 'tabular-nums' } }}
          />
        )
        return (
          <Col xs={12} md={8} xl={4} key={key}>
            {key === 'open' && canDrill ? (
              <Link to={`/proxy?view=open&community=${nodeId}`} data-testid={`proxy-figure-${key}`}>
                <Card hoverable size="small">
                  {statistic}
                </Card>
              </Link>
            ) : (
              <Card
                hoverable={canDrill && count !== null}
                size="small"
                data-testid={`proxy-figure-${key}`}
                onClick={canDrill && count ? () => onOpen({ count }) : undefined}
              >
                {statistic}
              </Card>
            )}
          </Col>
        )
      })}
    </Row>
  )
}

/** A count as a link to its errands, or as a plain number for readers of counts only. */
function CountLink({
  value,
  canDrill,
  onClick,
  testId,
}: {
  value: number
  canDrill: boolean
  onClick: () => void
  testId: string
}) {
  if (!canDrill || value === 0) return <span data-testid={testId}>{value}</span>
  return (
    <Button type="link" size="small" style={{ padding: 0 }} onClick={onClick} data-testid={testId}>
      {value}
    </Button>
  )
}

function ByCategory({
  data,
  canDrill,
  onOpen,
}: {
  data: ProxyFigures
  canDrill: boolean
  onOpen: (drill: Drill) => void
}) {
  const { t } = useTranslation()
  type Row = ProxyFigures['byCategory'][number]
  const columns: TableColumnsType<Row> = [
    { key: 'name', title: t('proxy.figures.category'), render: (_, row) => row.nameZh },
    ...counts.map((count) => ({
      key: count,
      title: t(`proxy.figures.counts.${count}`),
      align: 'right' as const,
      render: (_: unknown, row: Row) => (
        <CountLink
          value={row[count]}
          canDrill={canDrill}
          testId={`proxy-category-${row.code}-${count}`}
          onClick={() => {
            onOpen({ count, categoryCode: row.code })
          }}
        />
      ),
    })),
  ]
  return (
    <Card size="small" title={t('proxy.figures.byCategory')}>
      <Table<Row>
        size="small"
        rowKey="code"
        columns={columns}
        dataSource={data.byCategory}
        pagination={false}
        data-testid="proxy-by-category"
      />
    </Card>
  )
}

function ByProxy({
  data,
  canDrill,
  onOpen,
}: {
  data: ProxyFigures
  canDrill: boolean
  onOpen: (drill: Drill) => void
}) {
  const { t } = useTranslation()
  type Row = ProxyFigures['byProxy'][number]
  const columns: TableColumnsType<Row> = [
    { key: 'name', title: t('proxy.figures.proxy'), render: (_, row) => row.name },
    ...(['delivered', 'solved'] as const).map((count) => ({
      key: count,
      title: t(`proxy.figures.counts.${count}`),
      align: 'right' as const,
      render: (_: unknown, row: Row) => (
        <CountLink
          value={row[count]}
          canDrill={canDrill}
          testId={`proxy-by-proxy-${count}`}
          onClick={() => {
            onOpen({ count, assigneeUserId: row.userId })
          }}
        />
      ),
    })),
  ]
  return (
    <Card size="small" title={t('proxy.figures.byProxy')}>
      <Table<Row>
        size="small"
        rowKey="userId"
        columns={columns}
        dataSource={data.byProxy}
        pagination={false}
        locale={{ emptyText: t('proxy.figures.none') }}
        data-testid="proxy-by-proxy"
      />
    </Card>
  )
}

function Records({
  drill,
  nodeId,
  from,
  to,
  title,
  onClose,
}: {
  drill: Drill
  nodeId: string
  from: string
  to: string
  title: string
  onClose: () => void
}) {
  const { t, i18n } = useTranslation()
  const list = useProxyRecords({ nodeId, from, to, ...drill })
  const columns: TableColumnsType<ProxySummary> = [
    {
      key: 'number',
      title: t('proxy.list.number'),
      render: (_, row) => (
        <Link to={`/proxy/${row.id}`} data-testid="proxy-drill-number" className="tx-identifier">
          {row.number}
        </Link>
      ),
    },
    {
      key: 'category',
      title: t('proxy.list.category'),
      render: (_, row) => (i18n.language === 'en' ? row.categoryEn : row.categoryZh),
    },
    { key: 'errand', title: t('proxy.list.errand'), render: (_, row) => row.title },
    { key: 'resident', title: t('proxy.list.resident'), render: (_, row) => row.residentName ?? '—' },
    {
      key: 'state',
      title: t('proxy.list.state'),
      render: (_, row) => <ProxyStateTag state={row.state} stateZh={row.stateZh} />,
    },
    { key: 'proxy', title: t('proxy.list.proxy'), render: (_, row) => row.assigneeName ?? '—' },
    {
      key: 'reportedAt',
      title: t('proxy.list.reportedAt'),
      render: (_, row) => formatShortTime(row.reportedAt),
    },
  ]
  return (
    <Card
      size="small"
      title={t('proxy.figures.drillTitle', { name: title })}
      extra={
        <Button size="small" onClick={onClose}>
          {t('proxy.figures.closeDrill')}
        </Button>
      }
      data-testid="proxy-figures-drill"
    >
      <CursorTable list={list} columns={columns} rowKey="id" emptyText={t('proxy.figures.none')} />
    </Card>
  )
}
