import { Flex, type TableColumnsType } from 'antd'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { OrgNode } from '../../api/client'
import { CursorTable } from './CursorTable'
import { DownloadButton } from './DownloadButton'
import { useNodeHouseholds } from './householdQueries'
import { useHouseholdPath } from './paths'
import type { HouseholdListItem } from './types'

/** 住户: the households under a node, by household number, 50 at a time. */
export function NodeHouseholds({ node }: { node: OrgNode }) {
  const { t } = useTranslation()
  const householdPath = useHouseholdPath()
  const list = useNodeHouseholds(node.id)
  const columns = useMemo<TableColumnsType<HouseholdListItem>>(
    () => [
      {
        key: 'code',
        title: t('registry.household.code'),
        render: (_, h) => (
          <Link to={householdPath(h.id)} data-testid="household-link">
            {h.code}
          </Link>
        ),
      },
      { key: 'head', title: t('registry.household.head'), render: (_, h) => h.headName ?? '—' },
      {
        key: 'members',
        title: t('registry.household.memberCount'),
        dataIndex: 'memberCount',
        align: 'right',
      },
      {
        key: 'room',
        title: t('registry.household.room'),
        render: (_, h) =>
          h.roomId ? (
            <Link to={`/org/${h.roomId}`}>{h.roomAddress ?? h.roomId}</Link>
          ) : (
            t('registry.household.noRoom')
          ),
      },
      {
        key: 'origin',
        title: t('registry.person.originVillage'),
        render: (_, h) => h.originVillageName ?? '—',
      },
    ],
    [t, householdPath],
  )
  return (
    <Flex vertical gap={12}>
      <DownloadButton
        data-testid="export-households"
        style={{ alignSelf: 'flex-end' }}
        url={`/api/v1/org/nodes/${node.id}/export/households.xlsx`}
        fileName={`${node.name}-房屋.xlsx`}
      >
        {t('registry.export.households')}
      </DownloadButton>
      <CursorTable
        data-testid="node-households"
        list={list}
        columns={columns}
        rowKey="id"
        emptyText={t('registry.household.none')}
      />
    </Flex>
  )
}
