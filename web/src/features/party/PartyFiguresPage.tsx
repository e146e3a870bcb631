import {
  Card,
  Col,
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
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { useMe } from '../auth/session'
import type { Preset } from '../figures/period'
import { usePeriod } from '../figures/usePeriod'
import { CursorTable } from '../registry/CursorTable'
import { usePartyFigureRows, usePartyFigures } from './partyQueries'
import { hoursOf, type PartyCount, type PartyFigureRow, type PartyFigures } from './types'

const presets = ['month', 'quarter', 'year'] as const satisfies readonly Preset[]
const counts: PartyCount[] = ['members', 'records', 'hours', 'attendances']

/** /party/figures: the counts for a node and period, by home organisation, each opening its rows. */
export function PartyFiguresPage() {
  const { t } = useTranslation()
  const me = useMe()
  const [params, setParams] = useSearchParams()
  const nodes = me.grants.filter((g) => g.scopeKind === 'org')
  const nodeId = params.get('node') ?? nodes[0]?.scopeId ?? ''
  const { preset, period, choosePreset, nodeParams } = usePeriod(presets)
  const figures = usePartyFigures({ nodeId, from: period.from, to: period.to })
  const count = counts.find((c) => c === params.get('count'))
  const home = params.get('home') ?? undefined
  const open = (c: PartyCount, homeName?: string) => {
    setParams(
      (old) => {
        const next = new URLSearchParams(old)
        next.set('count', c)
        if (homeName === undefined) next.delete('home')
        else next.set('home', homeName)
        return next
      },
      { replace: true },
    )
  }
  const data = figures.data
  const value = (totals: PartyFigures['totals'], c: PartyCount) =>
    c === 'hours' ? hoursOf(totals.minutes) : totals[c]
  const homeColumns: TableColumnsType<PartyFigures['byHome'][number]> = [
    { title: t('party.figures.home'), dataIndex: 'homeName' },
    ...counts.map((c) => ({
      title: t(`party.figures.${c}`),
      render: (_: unknown, h: PartyFigures['byHome'][number]) => (
        <a
          onClick={() => {
            open(c, h.homeName)
          }}
        >
          {value(h, c)}
        </a>
      ),
    })),
  ]
  return (
    <Card title={t('party.figures.title')} data-testid="party-figures-page">
      <Flex vertical gap={16}>
        <Flex gap={12} wrap align="center">
          {nodes.length > 1 && (
            <Select
              style={{ minWidth: 200 }}
              value={nodeId}
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
          <Typography.Text type="secondary">
            {period.from} ~ {period.to}
          </Typography.Text>
        </Flex>
        {figures.isError && <ApiErrorAlert error={figures.error} onRetry={() => void figures.refetch()} />}
        {!data && figures.isPending && <Spin />}
        {data && (
          <>
            <Row gutter={[12, 12]}>
              {counts.map((c) => (
                <Col xs={12} md={6} key={c}>
                  <Card
                    hoverable
                    size="small"
                    onClick={() => {
                      open(c)
                    }}
                    data-testid={`party-figures-${c}`}
                  >
                    <Statistic title={t(`party.figures.${c}`)} value={value(data.totals, c)} />
                  </Card>
                </Col>
              ))}
            </Row>
            <Typography.Title level={5}>{t('party.figures.byHome')}</Typography.Title>
            <Table
              size="small"
              rowKey="homeName"
              pagination={false}
              dataSource={data.byHome}
              columns={homeColumns}
            />
          </>
        )}
        {count && <Rows nodeId={nodeId} period={period} count={count} home={home} />}
      </Flex>
    </Card>
  )
}

function Rows({
  nodeId,
  period,
  count,
  home,
}: {
  nodeId: string
  period: { from: string; to: string }
  count: PartyCount
  home?: string
}) {
  const { t } = useTranslation()
  const list = usePartyFigureRows({ nodeId, ...period, count, ...(home ? { homeName: home } : {}) })
  const columns: TableColumnsType<PartyFigureRow> = [
    { title: t('party.figures.date'), dataIndex: 'date' },
    { title: t('party.records.member'), dataIndex: 'memberName' },
    { title: t('party.figures.home'), dataIndex: 'homeName' },
    { title: t('party.figures.what'), dataIndex: 'title' },
    { title: t('party.records.hours'), render: (_, r) => (r.minutes === null ? '' : hoursOf(r.minutes)) },
  ]
  return (
    <Flex vertical gap={8}>
      <Typography.Title level={5}>
        {t('party.figures.rows')}：{t(`party.figures.${count}`)}
        {home ? ` · ${home}` : ''}
      </Typography.Title>
      <CursorTable<PartyFigureRow>
        list={list}
        columns={columns}
        rowKey="id"
        data-testid="party-figure-rows"
      />
    </Flex>
  )
}
