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
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { useMe } from '../auth/session'
import type { Preset } from '../figures/period'
import { usePeriod } from '../figures/usePeriod'
import { CursorTable } from '../registry/CursorTable'
import { useConsultFigures, useConsultRecords } from './consultQueries'
import { DecisionTags } from './ConsultStateTag'
import { consultCounts, type ConsultCount, type ConsultFigures, type ConsultRecord } from './types'

const presets = ['month', 'quarter', 'year'] as const satisfies readonly Preset[]
const totalOf: Record<ConsultCount, keyof ConsultFigures['totals']> = {
  held: 'held',
  decisions: 'decisions',
  adopted: 'adopted',
  carried_out: 'carriedOut',
}

/**
 * /consultations/figures: meetings held, decisions, adopted and carried out for a node and period
 * (this year unless chosen); each number opens the meetings or decisions behind it.
 */
export function ConsultFiguresPage() {
  const { t } = useTranslation()
  const me = useMe()
  const [params, setParams] = useSearchParams()
  const nodes = me.grants.filter((g) => g.scopeKind === 'org')
  const nodeId = params.get('node') ?? nodes[0]?.scopeId ?? ''
  const { preset, period, choosePreset, chooseRange, nodeParams } = usePeriod(presets)
  const figures = useConsultFigures({ nodeId, from: period.from, to: period.to })
  const count = consultCounts.find((c) => c === params.get('count'))
  const open = (next: ConsultCount) => {
    setParams((old) => {
      const p = new URLSearchParams(old)
      p.set('count', next)
      return p
    })
  }
  if (nodeId === '') return <Alert type="info" showIcon title={t('consult.noCommunity')} />
  const data = figures.data
  return (
    <Flex vertical gap={16} data-testid="consult-figures-page">
      <Flex gap={12} align="center" wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('consult.figures.heading')}
          {data ? ` · ${data.nodeName}` : ''}
        </Typography.Title>
        {nodes.length > 1 && (
          <Select
            value={nodeId}
            style={{ minWidth: 200 }}
            aria-label={t('consult.figures.node')}
            options={nodes.map((g) => ({ value: g.scopeId, label: g.scopeName }))}
            onChange={(v) => {
              setParams(nodeParams(v))
            }}
          />
        )}
        <Segmented<Preset>
          value={preset}
          options={presets.map((p) => ({ value: p, label: t(`centre.figures.presets.${p}`) }))}
          onChange={choosePreset}
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
      </Flex>
      {figures.isError && <ApiErrorAlert error={figures.error} onRetry={() => void figures.refetch()} />}
      {!data && figures.isPending && <Spin />}
      {data && (
        <Row gutter={[12, 12]}>
          {consultCounts.map((key) => (
            <Col xs={12} md={6} key={key}>
              <Card
                hoverable
                size="small"
                data-testid={`consult-figure-${key}`}
                onClick={() => {
                  open(key)
                }}
              >
                <Statistic title={t(`consult.figures.counts.${key}`)} value={data.totals[totalOf[key]]} />
              </Card>
            </Col>
          ))}
        </Row>
      )}
      {count && <Records nodeId={nodeId} from={period.from} to={period.to} count={count} />}
    </Flex>
  )
}

function Records({
  nodeId,
  from,
  to,
  count,
}: {
  nodeId: string
  from: string
  to: string
  count: ConsultCount
}) {
  const { t } = useTranslation()
  const list = useConsultRecords({ nodeId, from, to, count })
  const columns = useMemo<TableColumnsType<ConsultRecord>>(
    () => [
      { key: 'date', title: t('consult.figures.date'), render: (_, r) => r.date },
      {
        key: 'topic',
        title: t('consult.figures.topic'),
        render: (_, r) => (
          <Link to={`/consultations/${r.consultationId}`} data-testid="consult-record-link">
            {r.title}
          </Link>
        ),
      },
      { key: 'place', title: t('consult.list.place'), render: (_, r) => r.placeName },
      ...(count === 'held'
        ? []
        : [
            {
              key: 'decision',
              title: t('consult.figures.decision'),
              render: (_: unknown, r: ConsultRecord) =>
                r.decision && (
                  <Flex gap={6} wrap align="center">
                    <span data-testid="consult-record-decision">{r.decision.text}</span>
                    <DecisionTags outcome={r.decision.outcome} carriedOut={r.decision.carriedOut} />
                  </Flex>
                ),
            },
          ]),
    ],
    [t, count],
  )
  return (
    <Card size="small" title={`${t(`consult.figures.counts.${count}`)} · ${t('consult.figures.records')}`}>
      <CursorTable<ConsultRecord>
        data-testid="consult-records"
        list={list}
        columns={columns}
        rowKey={(r) => r.decision?.id ?? r.consultationId}
        emptyText={t('consult.figures.empty')}
      />
    </Card>
  )
}
