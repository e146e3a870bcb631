import { useQuery } from '@tanstack/react-query'
import { api, call, type OrgNode } from '../../api/client'
import { ancestorsOf, type OrgTree } from '../org/orgTree'

export interface NodeTrail {
  node: OrgNode
  /** From the root down to the node's parent. */
  ancestors: OrgNode[]
}

async function fetchNode(id: string): Promise<OrgNode> {
  return call(api.GET('/api/v1/org/nodes/{id}', { params: { path: { id } } }))
}

/**
 * An org node and the way to it. The navigation tree stops at buildings, so a unit or a room is
 * fetched, with its parents up to the first node the tree holds.
 */
export function useNodeTrail(id: string, tree: OrgTree | undefined) {
  const inTree = tree?.byId.get(id)
  const fetched = useQuery({
    queryKey: ['org', 'trail', id],
    enabled: tree !== undefined && inTree === undefined,
    queryFn: async (): Promise<NodeTrail> => {
      if (!tree) throw new Error('useNodeTrail() without a tree')
      const node = await fetchNode(id)
      const below: OrgNode[] = []
      let parentId = node.parentId
      // Room → unit → building: at most a couple of steps before the tree takes over.
      for (let step = 0; parentId !== null && !tree.byId.has(parentId) && step < 8; step++) {
        const parent = await fetchNode(parentId)
        below.unshift(parent)
        parentId = parent.parentId
      }
      const anchor = parentId === null ? undefined : tree.byId.get(parentId)
      const above = anchor ? [...ancestorsOf(tree, anchor.id), anchor] : []
      return { node, ancestors: [...above, ...below] }
    },
    staleTime: 5 * 60_000,
  })
  if (tree && inTree) {
    return { trail: { node: inTree, ancestors: ancestorsOf(tree, id) }, error: null, retry: undefined }
  }
  return {
    trail: fetched.data,
    error: fetched.error,
    retry: () => void fetched.refetch(),
  }
}
