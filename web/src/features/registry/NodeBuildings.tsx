import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { OrgNode } from '../../api/client'
import type { OrgTree, OrgTreeNode } from '../org/orgTree'
import { NodeTable } from './NodeChildren'

/** Every node of a kind below a node, in tree order (the tree already holds everything to buildings). */
export function descendantsOfKind(tree: OrgTree, id: string, kind: OrgNode['kind']): OrgTreeNode[] {
  const out: OrgTreeNode[] = []
  const visit = (node: OrgTreeNode) => {
    for (const child of node.children) {
      if (child.kind === kind) out.push(child)
      else visit(child)
    }
  }
  const start = tree.byId.get(id)
  if (start) visit(start)
  return out
}

/** 楼栋: the buildings of a community (with their grid) or of a grid. */
export function NodeBuildings({ node, tree }: { node: OrgNode; tree: OrgTree }) {
  const { t } = useTranslation()
  const buildings = useMemo(() => descendantsOfKind(tree, node.id, 'building'), [tree, node.id])
  const gridColumn = useMemo(
    () =>
      node.kind === 'community'
        ? [
            {
              key: 'grid',
              title: t('orgKinds.grid'),
              render: (_: unknown, building: OrgNode) => {
                const grid = building.parentId === null ? undefined : tree.byId.get(building.parentId)
                return grid ? <Link to={`/org/${grid.id}`}>{grid.name}</Link> : '—'
              },
            },
          ]
        : [],
    [node.kind, tree, t],
  )
  return <NodeTable nodes={buildings} extraColumns={gridColumn} />
}
