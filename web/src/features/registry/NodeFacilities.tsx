import { Flex, Select, Tag, Typography, type TableColumnsType } from 'antd'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { OrgNode } from '../../api/client'
import { CursorTable } from './CursorTable'
import { useFacilities } from './nodeQueries'
import type { Facility, FacilityState } from './types'

const stateColors: Record<FacilityState, string> = { in_service: 'green', faulty: 'red', retired: 'default' }
const states: FacilityState[] = ['in_service', 'faulty', 'retired']

/** 设施: service rooms, lamps, pipes, chargers … at the node and below, filterable by state. */
export function NodeFacilities({ node }: { node: OrgNode }) {
  const { t } = useTranslation()
  const [state, setState] = useState<FacilityState | undefined>(undefined)
  const list = useFacilities(node.id, state)
  const columns = useMemo<TableColumnsType<Facility>>(
    () => [
      { key: 'name', title: t('registry.facility.name'), dataIndex: 'name' },
      {
        key: 'category',
        title: t('registry.facility.category'),
        render: (_, f) => (
          <>
            {f.categoryName}
            <Typography.Text type="secondary"> · {f.group}</Typography.Text>
          </>
        ),
      },
      {
        key: 'state',
        title: t('registry.facility.state'),
        render: (_, f) => <Tag color={stateColors[f.state]}>{f.stateName}</Tag>,
      },
      {
        key: 'place',
        title: t('registry.facility.place'),
        render: (_, f) => (f.location ? `${f.nodeName} · ${f.location}` : f.nodeName),
      },
      {
        key: 'code',
        title: t('org.code'),
        render: (_, f) => <Typography.Text type="secondary">{f.code}</Typography.Text>,
      },
    ],
    [t],
  )
  return (
    <Flex vertical gap={12}>
      <Select<FacilityState | 'all'>
        aria-label={t('registry.facility.state')}
        value={state ?? 'all'}
        onChange={(value) => {
          setState(value === 'all' ? undefined : value)
        }}
        options={[
          { value: 'all', label: t('registry.facility.allStates') },
          ...states.map((value) => ({ value, label: t(`registry.facility.states.${value}`) })),
        ]}
        style={{ width: 160 }}
      />
      <CursorTable
        data-testid="node-facilities"
        list={list}
        columns={columns}
        rowKey="id"
        emptyText={t('registry.facility.none')}
      />
    </Flex>
  )
}
