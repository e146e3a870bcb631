import { Table, Typography, type TableColumnsType } from 'antd'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { api, call, type OrgNode } from '../../api/client'
import { OrgKindTag } from '../org/OrgKindTag'
import { CursorTable } from './CursorTable'
import { useCursorList } from './useCursorList'

function useChildren(nodeId: string) {
  return useCursorList(['org', 'children', nodeId], (cursor) =>
    call(
      api.GET('/api/v1/org/nodes/{id}/children', {
        params: { path: { id: nodeId }, query: { limit: 100, cursor } },
      }),
    ),
  )
}

function useChildColumns(): TableColumnsType<OrgNode> {
  const { t } = useTranslation()
  return useMemo(
    () => [
      {
        key: 'name',
        title: t('registry.node.name'),
        render: (_: unknown, node: OrgNode) =>
          node.inScope ? <Link to={`/org/${node.id}`}>{node.name}</Link> : node.name,
      },
      {
        key: 'kind',
        title: t('org.kind'),
        render: (_: unknown, node: OrgNode) => <OrgKindTag kind={node.kind} />,
      },
      {
        key: 'code',
        title: t('org.code'),
        render: (_: unknown, node: OrgNode) => (
          <Typography.Text type="secondary">{node.code}</Typography.Text>
        ),
      },
    ],
    [t],
  )
}

/** The node's children from the server, a page at a time (a unit can hold many rooms). */
export function NodeChildren({ node }: { node: OrgNode }) {
  const { t } = useTranslation()
  const list = useChildren(node.id)
  const columns = useChildColumns()
  return (
    <CursorTable
      data-testid="node-children"
      list={list}
      columns={columns}
      rowKey="id"
      emptyText={t('registry.node.noChildren')}
    />
  )
}

/** A fixed list of nodes (from the navigation tree), paged on the client. */
export function NodeTable({
  nodes,
  extraColumns = [],
}: {
  nodes: OrgNode[]
  extraColumns?: TableColumnsType<OrgNode>
}) {
  const { t } = useTranslation()
  const columns = useChildColumns()
  return (
    <Table<OrgNode>
      size="middle"
      columns={[...columns, ...extraColumns]}
      dataSource={nodes}
      rowKey="id"
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('registry.node.noChildren') }}
      pagination={nodes.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      // Nodes from the navigation tree carry their `children`; this is a flat list, not a tree.
      expandable={{ childrenColumnName: 'noNestedRows' }}
    />
  )
}
