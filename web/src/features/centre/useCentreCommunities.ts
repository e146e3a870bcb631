import { useMemo } from 'react'
import { useMe } from '../auth/session'
import { ancestorsOf } from '../org/orgTree'
import { useOrgTree } from '../org/useOrgTree'

export interface CentreCommunity {
  id: string
  name: string
}

/**
 * The communities whose service centre the reader works in: the community of each of their grants
 * (a grid worker's grid lies in one) first, then the communities below a wider grant (a street
 * office's). The server checks each call again.
 */
export function useCentreCommunities() {
  const me = useMe()
  const tree = useOrgTree()
  const communities = useMemo<CentreCommunity[]>(() => {
    if (!tree.data) return []
    const data = tree.data
    const own: CentreCommunity[] = []
    const seen = new Set<string>()
    const add = (node: { id: string; name: string } | undefined) => {
      if (!node || seen.has(node.id)) return
      seen.add(node.id)
      own.push({ id: node.id, name: node.name })
    }
    for (const grant of me.grants) {
      if (grant.scopeKind !== 'org') continue
      const node = data.byId.get(grant.scopeId)
      if (!node) continue
      if (node.kind === 'community') add(node)
      else add(ancestorsOf(data, node.id).find((n) => n.kind === 'community'))
    }
    for (const node of data.byId.values()) if (node.kind === 'community' && node.inScope) add(node)
    return own
  }, [tree.data, me.grants])
  return { communities, isPending: tree.isPending, error: tree.error }
}
