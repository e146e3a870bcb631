import { Flex, Tag, type TableColumnsType } from 'antd'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { OrgNode } from '../../api/client'
import { CursorTable } from './CursorTable'
import { DownloadButton } from './DownloadButton'
import { useNodeHouseholds } from './householdQueries'
import { useHouseholdPath, usePersonPath } from './paths'
import type { HouseholdListItem } from './types'

/**
 * 住户: the households under a node, by household number, 50 at a time, each with the party member
 * who looks after it (1+5+10) — or a red 无联系党员 where there is a gap.
 */
export function NodeHouseholds({ node }: { node: OrgNode }) {
  const { t } = useTranslation()
  const householdPath = useHouseholdPath()
  const personPath = usePersonPath()
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
        key: 'contact',
        title: t('registry.household.contact'),
        render: (_, h) =>
          h.contact ? (
            <Link to={personPath(h.contact.personId)} data-testid="household-contact">
              {h.contact.count > 1
                ? t('registry.household.contactMore', {
                    name: h.contact.name,
                    count: h.contact.count,
                    others: h.contact.count - 1,
                  })
                : h.contact.name}
            </Link>
          ) : (
            <Tag color="error" data-testid="household-no-contact">
              {t('registry.household.noContact')}
            </Tag>
          ),
      },
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
    [t, householdPath, personPath],
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
