import { Alert, Breadcrumb, Card, Descriptions, Flex, Pagination, Result, Skeleton, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { OrgKindTag } from './OrgKindTag'
import { ancestorsOf, type OrgTree, type OrgTreeNode } from './orgTree'
import { useOrgTree } from './useOrgTree'

// A grid can hold dozens of buildings, a building hundreds of rooms.
const pageSize = 50

/** One org node, from the tree already loaded for the navigation. */
export function OrgNodePage() {
  const { id = '' } = useParams()
  const orgTree = useOrgTree()
  if (orgTree.data) return <NodeDetails tree={orgTree.data} id={id} />
  if (orgTree.isError) return <ApiErrorAlert error={orgTree.error} onRetry={() => void orgTree.refetch()} />
  return <Skeleton active />
}

function NodeDetails({ tree, id }: { tree: OrgTree; id: string }) {
  const { t } = useTranslation()
  const node = tree.byId.get(id)
  if (!node)
    return <Result status="404" title={t('org.notFound')} extra={<Link to="/">{t('shell.backHome')}</Link>} />

  const ancestors = ancestorsOf(tree, id)
  const parent = ancestors.at(-1)
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
            {node.name}
            <OrgKindTag kind={node.kind} />
          </Flex>
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
      <Card title={t('org.children')} size="small">
        {node.children.length === 0 ? (
          <Typography.Text type="secondary">{t('org.noChildren')}</Typography.Text>
        ) : (
          <ChildList key={node.id} nodes={node.children} />
        )}
      </Card>
      {node.inScope && (
        <Card title={t('org.registryTitle')} size="small">
          <Typography.Text type="secondary">{t('org.registryPending')}</Typography.Text>
        </Card>
      )}
    </Flex>
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
