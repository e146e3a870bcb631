import { useMemo } from 'react'
import { useMe } from '../auth/session'
import { useOrgTree } from '../org/useOrgTree'

export interface ProxyCommunity {
  id: string
  name: string
}

/**
 * The communities whose errands the reader may list: those in their scope, the communities of their
 * own grants first (a secretary's, a proxy's). The server checks each list again.
 */
export function useProxyCommunities() {
  const me = useMe()
  const tree = useOrgTree()
  const communities = useMemo<ProxyCommunity[]>(() => {
    if (!tree.data) return []
    const own = new Set(me.grants.map((g) => g.scopeId))
    const all = [...tree.data.byId.values()].filter((n) => n.kind === 'community' && n.inScope)
    return [...all.filter((n) => own.has(n.id)), ...all.filter((n) => !own.has(n.id))].map((n) => ({
      id: n.id,
      name: n.name,
    }))
  }, [tree.data, me.grants])
  return { communities, isPending: tree.isPending, error: tree.error }
}
