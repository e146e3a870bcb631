import {
  Alert,
  Card,
  Col,
  DatePicker,
  Flex,
  Row,
  Segmented,
  Select,
  Spin,
  Statistic,
  Typography,
  type TableColumnsType,
} from 'antd'
import { useQuery } from '@tanstack/react-query'
import { BarChart } from 'echarts/charts'
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components'
import * as echarts from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'
import ReactEChartsCore from 'echarts-for-react/esm/core'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import { api, call } from '../../api/client'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { useMe } from '../auth/session'
import { CursorTable } from '../registry/CursorTable'
import { useCursorList } from '../registry/useCursorList'
import { formatShortTime } from '../requests/format'
import { StateTag } from '../requests/StateTag'
import type { WorkItemSummary } from '../requests/types'
import { figuresHref, type Preset } from './period'
import { ServiceFigures } from './ServiceFigures'
import { usePeriod } from './usePeriod'

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer])

const presets = ['month', 'quarter', 'year'] as const satisfies readonly Preset[]
const headline = ['collected', 'resolved', 'closed', 'rated'] as const
const rateNames = [
  'response_rate',
  'resolution_rate',
  'satisfaction_rate',
  'on_time_rate',
  'grid_share',
  'community_share',
] as const

/** /figures: a node's figures for a period; every number opens the list of items behind it. */
export function FiguresPage() {
  const { t, i18n } = useTranslation()
  const me = useMe()
  const [params, setParams] = useSearchParams()
  const nodes = me.grants.filter((g) => g.scopeKind === 'org')
  const nodeId = params.get('node') ?? nodes[0]?.scopeId ?? ''
  const { choice, preset, period, choosePreset, chooseRange, nodeParams } = usePeriod(presets)
  const drill = params.get('count')
  const figures = useQuery({
    queryKey: ['figures', nodeId, period.from, period.to],
    enabled: nodeId !== '',
    queryFn: () =>
      call(api.GET('/api/v1/figures', { params: { query: { nodeId, from: period.from, to: period.to } } })),
  })
  const en = i18n.language === 'en'
  const name = (key: string) => {
    const d = figures.data?.definitions.find((x) => x.name === key)
    return d ? (en ? d.en : d.zh) : key
  }
  const chart = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { data: [name('collected'), name('closed')] },
      grid: { left: 40, right: 16, top: 36, bottom: 28 },
      xAxis: { type: 'category', data: figures.data?.byMonth.map((m) => m.month) ?? [] },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: name('collected'), type: 'bar', data: figures.data?.byMonth.map((m) => m.collected) ?? [] },
        { name: name('closed'), type: 'bar', data: figures.data?.byMonth.map((m) => m.closed) ?? [] },
      ],
    }),
    [figures.data, en],
  )
  const open = (count: string) => {
    setParams((old) => {
      const next = new URLSearchParams(old)
      next.set('count', count)
      return next
    })
  }
  if (nodeId === '') return <Alert type="info" showIcon title={t('figures.noScope')} />
  const data = figures.data
  return (
    <Flex vertical gap={16} data-testid="figures-page">
      <Flex gap={12} align="center" wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('figures.title')}
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
            label: t(`figures.presets.${p}`),
          }))}
          onChange={choosePreset}
          data-testid="figures-preset"
        />
        <DatePicker.RangePicker
          onChange={(range) => {
            const [a, b] = range ?? []
            chooseRange(a && b ? { from: a.format('YYYY-MM-DD'), to: b.format('YYYY-MM-DD') } : null)
          }}
        />
        <Typography.Text type="secondary">
          {period.from} ~ {period.to}
        </Typography.Text>
        <Link to={figuresHref('/proxy/figures', nodeId, choice)} data-testid="figures-proxy-link">
          {t('proxy.figuresLink')}
        </Link>
      </Flex>
      {figures.isError && <ApiErrorAlert error={figures.error} onRetry={() => void figures.refetch()} />}
      {!data && figures.isPending && <Spin />}
      {data && (
        <>
          <Card size="small" data-testid="figures-report">
            <Typography.Paragraph style={{ margin: 0, fontSize: 15 }}>
              {t('figures.report', {
                name: data.nodeName,
                collected: data.counts.collected ?? 0,
                resolved: data.counts.resolved ?? 0,
                grid: data.rates.grid_share ?? '—',
                community: data.rates.community_share ?? '—',
                satisfaction: data.rates.satisfaction_rate ?? '—',
              })}
            </Typography.Paragraph>
          </Card>
          <Row gutter={[12, 12]}>
            {headline.map((c) => (
              <Col xs={12} md={6} key={c}>
                <Card hoverable size="small" onClick={() => open(c)} data-testid={`figure-${c}`}>
                  <Statistic title={name(c)} value={data.counts[c] ?? 0} />
                </Card>
              </Col>
            ))}
            <Col xs={12} md={6}>
              <Card hoverable size="small" onClick={() => open('overdue')} data-testid="figure-overdue">
                <Statistic
                  title={t('figures.overdue')}
                  value={data.overdue}
                  styles={{ content: { color: data.overdue > 0 ? '#cf1322' : undefined } }}
                />
              </Card>
            </Col>
            {rateNames.map((r) => (
              <Col xs={12} md={6} key={r}>
                <Card size="small" data-testid={`rate-${r}`}>
                  <Statistic
                    title={name(r)}
                    value={data.rates[r] ?? '—'}
                    suffix={data.rates[r] === null ? undefined : '%'}
                  />
                </Card>
              </Col>
            ))}
          </Row>
          <Card size="small" title={t('figures.byMonth')}>
            <ReactEChartsCore echarts={echarts} option={chart} style={{ height: 280 }} notMerge />
          </Card>
          {drill && (
            <DrillDown
              nodeId={nodeId}
              from={period.from}
              to={period.to}
              count={drill}
              title={drill === 'overdue' ? t('figures.overdue') : name(drill)}
            />
          )}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('figures.definitionsVersion', { version: data.version })}
          </Typography.Text>
        </>
      )}
      <ServiceFigures nodeId={nodeId} choice={choice} period={period} />
    </Flex>
  )
}

function DrillDown({
  nodeId,
  from,
  to,
  count,
  title,
}: {
  nodeId: string
  from: string
  to: string
  count: string
  title: string
}) {
  const { t } = useTranslation()
  const list = useCursorList(['figures', 'items', nodeId, from, to, count], (cursor) =>
    call(
      api.GET('/api/v1/figures/items', {
        params: {
          query: { nodeId, from, to, count: count as 'collected', limit: 20, ...(cursor ? { cursor } : {}) },
        },
      }),
    ),
  )
  const columns: TableColumnsType<WorkItemSummary> = [
    {
      key: 'number',
      title: t('requests.inbox.number'),
      render: (_, row) => (
        <Link to={`/requests/${row.id}`} data-testid="drill-number">
          {row.number}
        </Link>
      ),
    },
    { key: 'title', title: t('requests.inbox.subject'), render: (_, row) => row.title },
    { key: 'state', title: t('requests.inbox.state'), render: (_, row) => <StateTag state={row.state} /> },
    { key: 'reported', title: t('figures.reportedAt'), render: (_, row) => formatShortTime(row.reportedAt) },
  ]
  return (
    <Card size="small" title={t('figures.drillTitle', { name: title })} data-testid="figures-drill">
      <CursorTable list={list} columns={columns} rowKey="id" emptyText={t('figures.none')} />
    </Card>
  )
}
