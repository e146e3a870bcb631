import { Alert, Flex, Skeleton, Table, Tag, Typography, type TableColumnsType } from 'antd'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { OrgNode } from '../../api/client'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { OrgKindTag } from '../org/OrgKindTag'
import { CursorTable } from './CursorTable'
import { useFusedTree, useNodePosts } from './nodeQueries'
import { usePersonPath } from './paths'
import type { FusedNode, NodePostHolder, OrgUnit } from './types'

const networks = ['party', 'self_governance', 'department'] as const
const networkColors: Record<OrgUnit['network'], string> = {
  party: 'red',
  self_governance: 'blue',
  department: 'gold',
}

/** 组织: the fused network (三融) below the node, and who holds which posts (交叉任职). */
export function NodeNetwork({ node }: { node: OrgNode }) {
  const { t } = useTranslation()
  return (
    <Flex vertical gap={24}>
      <section>
        <Typography.Title level={5}>{t('registry.network.bodies')}</Typography.Title>
        <FusedTable nodeId={node.id} />
      </section>
      <section>
        <Typography.Title level={5}>{t('registry.network.posts')}</Typography.Title>
        <PostHolders nodeId={node.id} />
      </section>
    </Flex>
  )
}

function UnitTags({ units }: { units: OrgUnit[] }) {
  if (units.length === 0) return <Typography.Text type="secondary">—</Typography.Text>
  return (
    <Flex gap={4} wrap>
      {units.map((unit) => (
        <Tag
          key={unit.id}
          color={networkColors[unit.network]}
          title={unit.kindName}
          style={{ marginInlineEnd: 0 }}
        >
          {unit.name}
          {unit.functionName && unit.functionName !== unit.name ? ` · ${unit.functionName}` : ''}
        </Tag>
      ))}
    </Flex>
  )
}

function FusedTable({ nodeId }: { nodeId: string }) {
  const { t } = useTranslation()
  const fused = useFusedTree(nodeId)
  const columns = useMemo<TableColumnsType<FusedNode>>(
    () => [
      {
        key: 'node',
        title: t('registry.network.node'),
        render: (_, row) => (
          <Flex gap={6} align="center">
            {row.node.inScope ? <Link to={`/org/${row.node.id}`}>{row.node.name}</Link> : row.node.name}
            <OrgKindTag kind={row.node.kind} />
          </Flex>
        ),
      },
      ...networks.map((network) => ({
        key: network,
        title: t(`registry.network.${network}`),
        render: (_: unknown, row: FusedNode) => (
          <UnitTags units={row.units.filter((unit) => unit.network === network)} />
        ),
      })),
    ],
    [t],
  )
  if (fused.isError) return <ApiErrorAlert error={fused.error} onRetry={() => void fused.refetch()} />
  if (!fused.data) return <Skeleton active />
  // Nodes without any body (most buildings early on) would only be noise.
  const rows = fused.data.items.filter((item) => item.units.length > 0)
  return (
    <Flex vertical gap={8}>
      {fused.data.truncated && <Alert type="warning" showIcon title={t('registry.network.truncated')} />}
      <Table<FusedNode>
        data-testid="node-units"
        size="middle"
        columns={columns}
        dataSource={rows}
        rowKey={(row) => row.node.id}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('registry.network.noBodies') }}
        pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      />
    </Flex>
  )
}

function PostHolders({ nodeId }: { nodeId: string }) {
  const { t } = useTranslation()
  const personPath = usePersonPath()
  const list = useNodePosts(nodeId)
  const columns = useMemo<TableColumnsType<NodePostHolder>>(
    () => [
      {
        key: 'name',
        title: t('registry.person.name'),
        render: (_, row) => <Link to={personPath(row.person.id)}>{row.person.name}</Link>,
      },
      {
        key: 'posts',
        title: t('registry.network.heldPosts'),
        render: (_, row) => (
          <Flex gap={4} wrap>
            {row.posts.map((post) => (
              <Tag key={post.id} title={post.place.name} style={{ marginInlineEnd: 0 }}>
                {post.title || `${post.postTypeZh} · ${post.place.name}`}
              </Tag>
            ))}
          </Flex>
        ),
      },
      {
        key: 'count',
        title: t('registry.network.postCount'),
        align: 'right',
        render: (_, row) => row.posts.length,
      },
    ],
    [t, personPath],
  )
  return (
    <CursorTable
      data-testid="node-posts"
      list={list}
      columns={columns}
      rowKey={(row) => row.person.id}
      emptyText={t('registry.network.noPosts')}
    />
  )
}
