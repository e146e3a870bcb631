// Pure: the flat node list from GET /api/v1/org/tree as a tree.
import type { OrgNode } from '../../api/client'

export interface OrgTreeNode extends OrgNode {
  children: OrgTreeNode[]
}

export interface OrgTree {
  roots: OrgTreeNode[]
  byId: ReadonlyMap<string, OrgTreeNode>
  /** The server cut the list short: some visible nodes are missing from the tree. */
  truncated: boolean
}

const bySiblingOrder = (a: OrgNode, b: OrgNode): number =>
  a.code.localeCompare(b.code, 'zh-CN', { numeric: true }) || a.name.localeCompare(b.name, 'zh-CN')

export function buildOrgTree(nodes: readonly OrgNode[], truncated = false): OrgTree {
  const byId = new Map<string, OrgTreeNode>()
  for (const node of nodes) byId.set(node.id, { ...node, children: [] })
  const roots: OrgTreeNode[] = []
  for (const node of byId.values()) {
    const parent = node.parentId === null ? undefined : byId.get(node.parentId)
    // A node whose parent is not visible still belongs on screen, as a root of its own.
    if (parent) parent.children.push(node)
    else roots.push(node)
  }
  const sort = (list: OrgTreeNode[]) => {
    list.sort(bySiblingOrder)
    for (const node of list) sort(node.children)
  }
  sort(roots)
  return { roots, byId, truncated }
}

/** From the root down to the node's parent. */
export function ancestorsOf(tree: OrgTree, id: string): OrgTreeNode[] {
  const path: OrgTreeNode[] = []
  const seen = new Set<string>([id])
  let parentId = tree.byId.get(id)?.parentId ?? null
  while (parentId !== null && !seen.has(parentId)) {
    const parent = tree.byId.get(parentId)
    if (!parent) break
    seen.add(parentId)
    path.unshift(parent)
    parentId = parent.parentId
  }
  return path
}

/**
 * What to open first: the context ancestors down to the person's scope, and the scope roots
 * themselves, so their first level is in view without unfolding thousands of rooms.
 */
export function initiallyExpanded(tree: OrgTree): string[] {
  const keys: string[] = []
  const visit = (node: OrgTreeNode) => {
    if (node.children.length === 0) return
    keys.push(node.id)
    if (!node.inScope) node.children.forEach(visit)
  }
  tree.roots.forEach(visit)
  return keys
}
