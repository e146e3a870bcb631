import {
  Card,
  Col,
  Flex,
  Progress,
  Row,
  Segmented,
  Skeleton,
  Statistic,
  Tag,
  type TableColumnsType,
} from 'antd'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { OrgNode } from '../../api/client'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { useIsNarrow } from '../shell/useIsNarrow'
import { CursorTable } from './CursorTable'
import { useCoverage, useLeadersOffFive, useMembersOffTen, useUncoveredHouseholds } from './nodeQueries'
import { useHouseholdPath, usePersonPath } from './paths'
import type { Coverage, OffTarget, UncoveredHousehold } from './types'

type List = 'households' | 'members' | 'leaders'

/** A share the server rounded to 4 decimals ("0.8333"), as a percentage with one decimal. */
export function percentOf(share: string | null): number | null {
  if (share === null) return null
  return Math.round(Number(share) * 1000) / 10
}

/** 联系户覆盖: whether every household has a party member to call on (1+5+10), and who is off target. */
export function NodeCoverage({ node }: { node: OrgNode }) {
  const { t } = useTranslation()
  const narrow = useIsNarrow()
  const coverage = useCoverage(node.id)
  const [list, setList] = useState<List>('households')
  if (coverage.isError)
    return <ApiErrorAlert error={coverage.error} onRetry={() => void coverage.refetch()} />
  if (!coverage.data) return <Skeleton active />
  return (
    <Flex vertical gap={16}>
      <CoverageFigures coverage={coverage.data} />
      <Segmented<List>
        data-testid="coverage-lists"
        value={list}
        onChange={setList}
        options={[
          { value: 'households', label: t('registry.coverage.uncoveredList') },
          {
            value: 'members',
            label: t('registry.coverage.membersList', { target: coverage.data.members.target }),
          },
          {
            value: 'leaders',
            label: t('registry.coverage.leadersList', { target: coverage.data.leaders.target }),
          },
        ]}
        // Three long labels do not fit side by side on a phone.
        orientation={narrow ? 'vertical' : 'horizontal'}
        block={narrow}
        style={narrow ? undefined : { alignSelf: 'flex-start' }}
      />
      {list === 'households' && <UncoveredList nodeId={node.id} />}
      {list === 'members' && <MembersOffList nodeId={node.id} />}
      {list === 'leaders' && <LeadersOffList nodeId={node.id} />}
    </Flex>
  )
}

function CoverageFigures({ coverage }: { coverage: Coverage }) {
  const { t } = useTranslation()
  const percent = percentOf(coverage.households.share)
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} md={8}>
        <Card size="small">
          <Statistic
            title={t('registry.coverage.households')}
            value={coverage.households.covered}
            suffix={`/ ${coverage.households.total}`}
          />
          <Progress percent={percent ?? 0} size="small" status={percent === 100 ? 'success' : 'normal'} />
          <span data-testid="coverage-uncovered">
            {t('registry.coverage.uncovered', { count: coverage.households.uncovered })}
          </span>
        </Card>
      </Col>
      <Col xs={12} md={8}>
        <Card size="small">
          <Statistic
            title={t('registry.coverage.members', { target: coverage.members.target })}
            value={coverage.members.onTarget}
            suffix={`/ ${coverage.members.total}`}
          />
          {t('registry.coverage.offTarget', { count: coverage.members.offTarget })}
        </Card>
      </Col>
      <Col xs={12} md={8}>
        <Card size="small">
          <Statistic
            title={t('registry.coverage.leaders', { target: coverage.leaders.target })}
            value={coverage.leaders.onTarget}
            suffix={`/ ${coverage.leaders.total}`}
          />
          {t('registry.coverage.offTarget', { count: coverage.leaders.offTarget })}
        </Card>
      </Col>
    </Row>
  )
}

function UncoveredList({ nodeId }: { nodeId: string }) {
  const { t } = useTranslation()
  const householdPath = useHouseholdPath()
  const list = useUncoveredHouseholds(nodeId)
  const columns = useMemo<TableColumnsType<UncoveredHousehold>>(
    () => [
      {
        key: 'code',
        title: t('registry.household.code'),
        render: (_, h) => <Link to={householdPath(h.id)}>{h.code}</Link>,
      },
      { key: 'head', title: t('registry.household.head'), render: (_, h) => h.headName ?? '—' },
      { key: 'address', title: t('registry.person.address'), render: (_, h) => h.address ?? '—' },
    ],
    [t, householdPath],
  )
  return (
    <CursorTable
      data-testid="coverage-uncovered-list"
      list={list}
      columns={columns}
      rowKey="id"
      emptyText={t('registry.coverage.noneUncovered')}
    />
  )
}

function useOffTargetColumns(linksTitle: string): TableColumnsType<OffTarget> {
  const { t } = useTranslation()
  const personPath = usePersonPath()
  return useMemo(
    () => [
      {
        key: 'name',
        title: t('registry.person.name'),
        render: (_, row) => <Link to={personPath(row.person.id)}>{row.person.name}</Link>,
      },
      {
        key: 'links',
        title: linksTitle,
        align: 'right',
        render: (_, row) => (
          <Flex gap={8} justify="flex-end" align="center">
            {row.links}
            <Tag color={row.links < row.target ? 'orange' : 'purple'} style={{ marginInlineEnd: 0 }}>
              {row.links < row.target
                ? t('registry.coverage.under', { target: row.target })
                : t('registry.coverage.over', { target: row.target })}
            </Tag>
          </Flex>
        ),
      },
    ],
    [t, personPath, linksTitle],
  )
}

function MembersOffList({ nodeId }: { nodeId: string }) {
  const { t } = useTranslation()
  const list = useMembersOffTen(nodeId)
  const columns = useOffTargetColumns(t('registry.coverage.linkedHouseholds'))
  return (
    <CursorTable
      list={list}
      columns={columns}
      rowKey={(row) => row.person.id}
      emptyText={t('registry.coverage.allOnTarget')}
    />
  )
}

function LeadersOffList({ nodeId }: { nodeId: string }) {
  const { t } = useTranslation()
  const list = useLeadersOffFive(nodeId)
  const columns = useOffTargetColumns(t('registry.coverage.linkedMembers'))
  return (
    <CursorTable
      list={list}
      columns={columns}
      rowKey={(row) => row.person.id}
      emptyText={t('registry.coverage.allOnTarget')}
    />
  )
}
