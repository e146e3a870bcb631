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
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { useMe } from '../auth/session'
import type { Preset } from '../figures/period'
import { usePeriod } from '../figures/usePeriod'
import { CursorTable } from '../registry/CursorTable'
import { useActivityColumns } from './ActivityList'
import { useCentreFigures, useCentreRecords } from './centreQueries'
import { activityKinds, type ActivityKind, type CentreFigures } from './types'

const presets = ['month', 'quarter', 'year'] as const satisfies readonly Preset[]
type Total = keyof CentreFigures['totals']
const totals: readonly Total[] = ['held', 'participants', 'bookings']

/**
 * /centre/figures: the service centre's activities held and their participants (person-times), by
 * kind, and its room bookings, for a node and a period (this year unless chosen). Every count of
 * activities opens the activities behind it; the bookings open the rooms' week.
 */
export function CentreFiguresPage() {
  const { t } = useTranslation()
  const me = useMe()
  const [params, setParams] = useSearchParams()
  const nodes = me.grants.filter((g) => g.scopeKind === 'org')
  const nodeId = params.get('node') ?? nodes[0]?.scopeId ?? ''
  const { preset, period, choosePreset, chooseRange, nodeParams } = usePeriod(presets)
  const figures = useCentreFigures({ nodeId, from: period.from, to: period.to })
  const drill =
    params.get('drill') === null ? null : { kind: activityKinds.find((k) => k === params.get('drill')) }

  const open = (kind: ActivityKind | 'all' | null) => {
    setParams((old) => {
      const next = new URLSearchParams(old)
      if (kind === null) next.delete('drill')
      else next.set('drill', kind)
      return next
    })
  }

  if (nodeId === '') return <Alert type="info" showIcon title={t('centre.figures.noScope')} />
  const data = figures.data
  return (
    <Flex vertical gap={16} data-testid="centre-figures-page">
      <Flex gap={12} align="center" wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('centre.figures.title')}
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
            label: <span data-testid={`centre-preset-${p}`}>{t(`centre.figures.presets.${p}`)}</span>,
          }))}
          onChange={choosePreset}
        />
        <DatePicker.RangePicker
          onChange={(range) => {
            const [a, b] = range ?? []
            chooseRange(a && b ? { from: a.format('YYYY-MM-DD'), to: b.format('YYYY-MM-DD') } : null)
          }}
        />
        <Typography.Text type="secondary" data-testid="centre-figures-period">
          {period.from} ~ {period.to}
        </Typography.Text>
      </Flex>
      {figures.isError && <ApiErrorAlert error={figures.error} onRetry={() => void figures.refetch()} />}
      {!data && figures.isPending && <Spin />}
      {data && (
        <>
          <Row gutter={[12, 12]}>
            {totals.map((key) => {
              const statistic = (
                <Statistic
                  title={t(`centre.figures.totals.${key}`)}
                  value={data.totals[key]}
                  styles={{ content: { fontVariantNumeric: 'tabular-nums' } }}
                />
              )
              return (
                <Col xs={24} sm={8} key={key}>
                  {key === 'bookings' ? (
                    <Link
                      to="/centre"
                      data-testid={`centre-figure-${key}`}
                      aria-label={t('centre.figures.roomsLink')}
                    >
                      <Card hoverable size="small">
                        {statistic}
                      </Card>
                    </Link>
                  ) : (
                    <Card
                      hoverable
                      size="small"
                      data-testid={`centre-figure-${key}`}
                      onClick={() => {
                        open('all')
                      }}
                    >
                      {statistic}
                    </Card>
                  )}
                </Col>
              )
            })}
          </Row>
          <ByKind data={data} onOpen={open} />
          {drill && (
            <Records
              nodeId={nodeId}
              from={period.from}
              to={period.to}
              kind={drill.kind}
              onClose={() => {
                open(null)
              }}
            />
          )}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('centre.figures.definitions')}
          </Typography.Text>
        </>
      )}
    </Flex>
  )
}

/** A count as a link to its activities (a zero opens nothing). */
function CountLink({ value, onClick, testId }: { value: number; onClick: () => void; testId: string }) {
  if (value === 0) return <span data-testid={testId}>0</span>
  return (
    <Button type="link" size="small" style={{ padding: 0 }} onClick={onClick} data-testid={testId}>
      {value}
    </Button>
  )
}

function ByKind({ data, onOpen }: { data: CentreFigures; onOpen: (kind: ActivityKind) => void }) {
  const { t } = useTranslation()
  type Row = CentreFigures['byKind'][number]
  const kindOf = (row: Row) => activityKinds.find((k) => k === row.kind) ?? 'other'
  const columns: TableColumnsType<Row> = [
    {
      key: 'kind',
      title: t('centre.figures.kind'),
      render: (_, row) => t(`centre.activityKinds.${kindOf(row)}`, { defaultValue: row.kindZh }),
    },
    ...(['held', 'participants'] as const).map((count) => ({
      key: count,
      title: t(`centre.figures.totals.${count}`),
      align: 'right' as const,
      render: (_: unknown, row: Row) => (
        <CountLink
          value={row[count]}
          testId={`centre-kind-${row.kind}-${count}`}
          onClick={() => {
            onOpen(kindOf(row))
          }}
        />
      ),
    })),
  ]
  return (
    <Card size="small" title={t('centre.figures.byKind')}>
      <Table<Row>
        size="small"
        rowKey="kind"
        columns={columns}
        dataSource={data.byKind}
        pagination={false}
        data-testid="centre-by-kind"
      />
    </Card>
  )
}

function Records({
  nodeId,
  from,
  to,
  kind,
  onClose,
}: {
  nodeId: string
  from: string
  to: string
  kind: ActivityKind | undefined
  onClose: () => void
}) {
  const { t } = useTranslation()
  const list = useCentreRecords({ nodeId, from, to, ...(kind ? { kind } : {}) })
  const columns = useActivityColumns()
  return (
    <Card
      size="small"
      title={t('centre.figures.drillTitle', {
        name: kind ? t(`centre.activityKinds.${kind}`) : t('centre.figures.drillAll'),
      })}
      extra={
        <Button size="small" onClick={onClose}>
          {t('centre.figures.closeDrill')}
        </Button>
      }
      data-testid="centre-figures-drill"
    >
      <CursorTable list={list} columns={columns} rowKey="id" emptyText={t('centre.figures.none')} />
    </Card>
  )
}
