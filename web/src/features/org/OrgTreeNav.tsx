import { Alert, Empty, Flex, Skeleton, Tree, Typography, type TreeDataNode } from 'antd'
import { useEffect, useMemo, useRef, useState, type Key } from 'react'
import { useTranslation } from 'react-i18next'
import { useMatch, useNavigate } from 'react-router'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { useElementHeight } from '../shell/useElementHeight'
import { OrgKindTag } from './OrgKindTag'
import { ancestorsOf, initiallyExpanded, type OrgTree, type OrgTreeNode } from './orgTree'
import { useOrgTree } from './useOrgTree'

function toTreeData(nodes: OrgTreeNode[], contextHint: string): TreeDataNode[] {
  return nodes.map((node) => ({
    key: node.id,
    // Context ancestors are shown to locate the scope, not to be opened.
    selectable: node.inScope,
    isLeaf: node.children.length === 0,
    title: (
      <Flex gap={6} align="center" title={node.inScope ? undefined : contextHint}>
        <Typography.Text type={node.inScope ? undefined : 'secondary'}>{node.name}</Typography.Text>
        <OrgKindTag kind={node.kind} />
      </Flex>
    ),
    children: toTreeData(node.children, contextHint),
  }))
}

/** The org tree as the desk's navigation: selecting a node opens /org/:id. */
export function OrgTreeNav({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation()
  const orgTree = useOrgTree()
  const containerRef = useRef<HTMLDivElement>(null)
  const height = useElementHeight(containerRef)

  return (
    <Flex vertical style={{ height: '100%', minHeight: 0 }}>
      <Typography.Text type="secondary" style={{ padding: '12px 16px 4px' }}>
        {t('shell.orgTree')}
      </Typography.Text>
      {orgTree.data?.truncated && (
        <Alert type="warning" showIcon title={t('org.truncated')} style={{ margin: '4px 8px 8px' }} />
      )}
      {/* Measured for the virtual list, so nothing else may share this box. */}
      <div ref={containerRef} data-testid="org-tree" style={{ flex: 1, minHeight: 0, padding: '0 8px' }}>
        {orgTree.data ? (
          <LoadedTree tree={orgTree.data} height={height} onNavigate={onNavigate} />
        ) : orgTree.isError ? (
          <ApiErrorAlert error={orgTree.error} onRetry={() => void orgTree.refetch()} />
        ) : (
          <Skeleton active paragraph={{ rows: 6 }} title={false} style={{ padding: 8 }} />
        )}
      </div>
    </Flex>
  )
}

function LoadedTree({
  tree,
  height,
  onNavigate,
}: {
  tree: OrgTree
  height: number
  onNavigate?: () => void
}) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const selectedId = useMatch('/org/:id')?.params.id
  const treeData = useMemo(() => toTreeData(tree.roots, t('org.contextOnly')), [tree, t])
  const [expanded, setExpanded] = useState<Key[]>(() => initiallyExpanded(tree))

  // Arriving at a node by URL (a link, reload, back button) unfolds the way to it.
  useEffect(() => {
    if (selectedId === undefined) return
    const path = ancestorsOf(tree, selectedId).map((node) => node.id)
    setExpanded((keys) => (path.every((id) => keys.includes(id)) ? keys : [...new Set([...keys, ...path])]))
  }, [tree, selectedId])

  if (tree.roots.length === 0) {
    return <Empty description={t('org.emptyTree')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
  }
  return (
    <Tree
      blockNode
      showLine
      treeData={treeData}
      expandedKeys={expanded}
      onExpand={setExpanded}
      selectedKeys={selectedId === undefined ? [] : [selectedId]}
      onSelect={(_keys, { node }) => {
        void navigate(`/org/${String(node.key)}`)
        onNavigate?.()
      }}
      // Virtual scrolling needs a fixed height; thousands of nodes stay cheap once measured.
      height={height > 0 ? height : undefined}
      virtual
    />
  )
}
