import { Card, Col, Flex, Row, Statistic, Table, Typography, type TableColumnsType } from 'antd'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { OrgNode } from '../../api/client'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { useMe } from '../auth/session'
import type { OrgTree } from '../org/orgTree'
import { descendantsOfKind } from './NodeBuildings'
import { NodeTable } from './NodeChildren'
import { percentOf } from './NodeCoverage'
import { useMovedInShare } from './householdQueries'
import { useCoverage, useHostedVillages } from './nodeQueries'
import type { HostedVillage } from './types'

interface FigureProps {
  title: string
  /** undefined while loading. */
  value: number | string | undefined
  suffix?: string
  testId?: string
}

function Figure({ title, value, suffix, testId }: FigureProps) {
  return (
    <Col xs={12} sm={8} lg={6} xl={4}>
      <Card size="small" data-testid={testId}>
        <Statistic title={title} value={value ?? 0} suffix={suffix} loading={value === undefined} />
      </Card>
    </Col>
  )
}

/** 概况 of a community or grid: its size at a glance, the villages it hosts, a community's grids. */
export function NodeOverview({ node, tree }: { node: OrgNode; tree: OrgTree }) {
  const { t } = useTranslation()
  const me = useMe()
  const mayReadPersons = me.permissions.includes('person.read')
  const grids = useMemo(() => descendantsOfKind(tree, node.id, 'grid'), [tree, node.id])
  const buildings = useMemo(() => descendantsOfKind(tree, node.id, 'building'), [tree, node.id])
  return (
    <Flex vertical gap={24}>
      <Row gutter={[12, 12]}>
        {node.kind === 'community' && <Figure title={t('registry.overview.grids')} value={grids.length} />}
        <Figure title={t('registry.overview.buildings')} value={buildings.length} />
        {mayReadPersons && <MovedInFigure nodeId={node.id} />}
        {mayReadPersons && <CoverageFigures nodeId={node.id} />}
      </Row>
      {node.kind === 'community' && <HostedVillages communityId={node.id} />}
      {node.kind === 'community' && grids.length > 0 && (
        <section>
          <Typography.Title level={5}>{t('registry.overview.gridList')}</Typography.Title>
          {mayReadPersons ? (
            <GridsWithShare communityId={node.id} grids={grids} />
          ) : (
            <NodeTable nodes={grids} />
          )}
        </section>
      )}
    </Flex>
  )
}

/** A share the server rounded to 4 decimals (0.8333), as a percentage with one decimal. */
const percent = (share: number) => Math.round(share * 1000) / 10

/** 入住率: households that have moved into their rooms, of all households (三步走 reads it). */
function MovedInFigure({ nodeId }: { nodeId: string }) {
  const { t } = useTranslation()
  const share = useMovedInShare(nodeId)
  if (share.isError) {
    return (
      <Col span={24}>
        <ApiErrorAlert error={share.error} onRetry={() => void share.refetch()} />
      </Col>
    )
  }
  const data = share.data
  return (
    <>
      <Figure
        title={t('registry.overview.households')}
        value={data?.households}
        testId="overview-households"
      />
      <Figure
        title={t('registry.overview.movedIn')}
        value={data ? (data.households === 0 ? '—' : percent(data.share)) : undefined}
        suffix={data && data.households > 0 ? '%' : undefined}
      />
    </>
  )
}

/** The community's grids, each with its households and moved-in share. */
function GridsWithShare({ communityId, grids }: { communityId: string; grids: OrgNode[] }) {
  const { t } = useTranslation()
  const share = useMovedInShare(communityId)
  const byGrid = useMemo(() => new Map((share.data?.grids ?? []).map((g) => [g.gridId, g])), [share.data])
  const columns = useMemo<TableColumnsType<OrgNode>>(
    () => [
      {
        key: 'households',
        title: t('registry.overview.households'),
        align: 'right',
        render: (_, grid) => byGrid.get(grid.id)?.households ?? '—',
      },
      {
        key: 'movedIn',
        title: t('registry.overview.movedIn'),
        align: 'right',
        render: (_, grid) => {
          const figures = byGrid.get(grid.id)
          return figures && figures.households > 0 ? `${percent(figures.share)}%` : '—'
        },
      },
    ],
    [t, byGrid],
  )
  return <NodeTable nodes={grids} extraColumns={columns} />
}

/** 1+5+10 coverage and the party members it counts. */
function CoverageFigures({ nodeId }: { nodeId: string }) {
  const { t } = useTranslation()
  const coverage = useCoverage(nodeId)
  if (coverage.isError) {
    return (
      <Col span={24}>
        <ApiErrorAlert error={coverage.error} onRetry={() => void coverage.refetch()} />
      </Col>
    )
  }
  const data = coverage.data
  const percent = data ? percentOf(data.households.share) : null
  return (
    <>
      <Figure
        title={t('registry.overview.coverage')}
        value={data ? (percent ?? '—') : undefined}
        suffix={percent === null ? undefined : '%'}
      />
      <Figure title={t('registry.overview.partyMembers')} value={data?.members.total} />
    </>
  )
}

function HostedVillages({ communityId }: { communityId: string }) {
  const { t } = useTranslation()
  const villages = useHostedVillages(communityId)
  const columns = useMemo<TableColumnsType<HostedVillage>>(
    () => [
      { key: 'name', title: t('registry.village.name'), dataIndex: 'name' },
      {
        key: 'collective',
        title: t('registry.village.collective'),
        render: (_, v) => v.collectiveName ?? '—',
      },
      { key: 'members', title: t('registry.village.members'), dataIndex: 'memberCount', align: 'right' },
      {
        key: 'party',
        title: t('registry.village.partyMembers'),
        dataIndex: 'partyMemberCount',
        align: 'right',
      },
    ],
    [t],
  )
  if (villages.isError)
    return <ApiErrorAlert error={villages.error} onRetry={() => void villages.refetch()} />
  return (
    <section>
      <Typography.Title level={5}>{t('registry.village.title')}</Typography.Title>
      <Table<HostedVillage>
        data-testid="hosted-villages"
        size="middle"
        columns={columns}
        dataSource={villages.data?.items ?? []}
        loading={villages.isPending}
        rowKey="id"
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('registry.village.none') }}
      />
    </section>
  )
}
