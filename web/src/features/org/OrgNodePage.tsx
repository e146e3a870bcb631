import { UploadOutlined } from '@ant-design/icons'
import {
  Alert,
  Breadcrumb,
  Button,
  Card,
  Descriptions,
  Flex,
  Pagination,
  Result,
  Skeleton,
  Typography,
} from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { isApiError } from '../../api/errors'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { useMe } from '../auth/session'
import { PosterLink } from '../public/PosterPage'
import { NodeRegistryTabs } from '../registry/NodeRegistryTabs'
import { useNodeTrail } from '../registry/nodeTrail'
import { OrgKindTag } from './OrgKindTag'
import type { OrgTree, OrgTreeNode } from './orgTree'
import { useOrgTree } from './useOrgTree'

// A grid can hold dozens of buildings, a building hundreds of rooms.
const pageSize = 50

/** One org node: where it sits, and its registries as tabs chosen by its kind. */
export function OrgNodePage() {
  const { id = '' } = useParams()
  const orgTree = useOrgTree()
  if (orgTree.data) return <NodeDetails key={id} tree={orgTree.data} id={id} />
  if (orgTree.isError) return <ApiErrorAlert error={orgTree.error} onRetry={() => void orgTree.refetch()} />
  return <Skeleton active />
}

function NodeDetails({ tree, id }: { tree: OrgTree; id: string }) {
  const { t } = useTranslation()
  const { trail, error, retry } = useNodeTrail(id, tree)
  if (error) {
    if (isApiError(error) && error.status === 404) {
      return (
        <Result status="404" title={t('org.notFound')} extra={<Link to="/">{t('shell.backHome')}</Link>} />
      )
    }
    return <ApiErrorAlert error={error} onRetry={retry} />
  }
  if (!trail) return <Skeleton active />

  const { node, ancestors } = trail
  const parent = ancestors.at(-1)
  const treeNode = tree.byId.get(id)
  return (
    <Flex vertical gap={16}>
      <Breadcrumb
        items={[...ancestors, node].map((item) => ({
          key: item.id,
          title:
            item.id === id || !item.inScope ? item.name : <Link to={`/org/${item.id}`}>{item.name}</Link>,
        }))}
      />
      <Card
        title={
          <Flex gap={8} align="center">
            <span data-testid="node-name">{node.name}</span>
            <OrgKindTag kind={node.kind} />
          </Flex>
        }
        extra={
          node.inScope && node.kind === 'community' ? (
            <ImportLink nodeId={node.id} />
          ) : node.inScope && node.kind === 'building' ? (
            <PosterLink nodeId={node.id} />
          ) : undefined
        }
      >
        {!node.inScope && (
          <Alert type="info" showIcon title={t('org.contextOnly')} style={{ marginBottom: 16 }} />
        )}
        <Descriptions
          column={{ xs: 1, sm: 2 }}
          items={[
            {
              key: 'code',
              label: t('org.code'),
              children: <Typography.Text copyable>{node.code}</Typography.Text>,
            },
            { key: 'kind', label: t('org.kind'), children: t(`orgKinds.${node.kind}`) },
            ...(parent ? [{ key: 'parent', label: t('org.parent'), children: parent.name }] : []),
          ]}
        />
      </Card>
      {node.inScope ? (
        <NodeRegistryTabs node={node} tree={tree} />
      ) : (
        <ContextChildren nodes={treeNode?.children ?? []} />
      )}
    </Flex>
  )
}

/** Imports are made per community, by those who may register people. */
function ImportLink({ nodeId }: { nodeId: string }) {
  const { t } = useTranslation()
  const me = useMe()
  if (!me.permissions.includes('person.update')) return null
  return (
    <Link to={`/org/${nodeId}/import`} data-testid="node-import">
      <Button icon={<UploadOutlined />}>{t('registry.import.open')}</Button>
    </Link>
  )
}

/** A node shown only for orientation: where the reader's own nodes are below it. */
function ContextChildren({ nodes }: { nodes: OrgTreeNode[] }) {
  const { t } = useTranslation()
  return (
    <Card title={t('org.children')} size="small">
      {nodes.length === 0 ? (
        <Typography.Text type="secondary">{t('org.noChildren')}</Typography.Text>
      ) : (
        <ChildList nodes={nodes} />
      )}
    </Card>
  )
}

function ChildList({ nodes }: { nodes: OrgTreeNode[] }) {
  const [page, setPage] = useState(1)
  const shown = nodes.slice((page - 1) * pageSize, page * pageSize)
  return (
    <>
      <ul className="tx-list">
        {shown.map((child) => (
          <li key={child.id}>
            <Flex gap={8} align="center" wrap>
              {child.inScope ? <Link to={`/org/${child.id}`}>{child.name}</Link> : child.name}
              <OrgKindTag kind={child.kind} />
              <Typography.Text type="secondary">{child.code}</Typography.Text>
            </Flex>
          </li>
        ))}
      </ul>
      {nodes.length > pageSize && (
        <Pagination
          align="end"
          current={page}
          pageSize={pageSize}
          total={nodes.length}
          showSizeChanger={false}
          onChange={setPage}
          style={{ marginTop: 12 }}
        />
      )}
    </>
  )
}
