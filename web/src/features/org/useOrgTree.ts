import { useQuery } from '@tanstack/react-query'
import { api, call, type OrgNode } from '../../api/client'
import { buildOrgTree } from './orgTree'

export const orgTreeKey = ['org', 'tree'] as const

export function useOrgTree() {
  return useQuery({
    queryKey: orgTreeKey,
    queryFn: () => call(api.GET('/api/v1/org/tree')),
    // A stable function reference, so the tree is rebuilt only when the data changes.
    select: selectTree,
    staleTime: 5 * 60_000,
  })
}

function selectTree(data: { nodes: OrgNode[]; truncated: boolean }) {
  return buildOrgTree(data.nodes, data.truncated)
}
