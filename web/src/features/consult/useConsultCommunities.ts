import { useMemo } from 'react'
import { useMe } from '../auth/session'
import { ancestorsOf } from '../org/orgTree'
import { useOrgTree } from '../org/useOrgTree'

export interface ConsultCommunity {
  id: string
  name: string
}

/**
 * The communities whose consultations the reader may follow: those in their scope, and the
 * community around a grid or building they work in (a grid worker's, a building leader's). The
 * communities of their own grants come first; the server checks each list again.
 */
export function useConsultCommunities() {
  const me = useMe()
  const tree = useOrgTree()
  const communities = useMemo<ConsultCommunity[]>(() => {
    if (!tree.data) return []
    const found = new Map<string, ConsultCommunity>()
    for (const g of me.grants) {
      const around = [tree.data.byId.get(g.scopeId), ...ancestorsOf(tree.data, g.scopeId)].find(
        (n) => n?.kind === 'community',
      )
      if (around) found.set(around.id, { id: around.id, name: around.name })
    }
    for (const n of tree.data.byId.values())
      if (n.kind === 'community' && n.inScope && !found.has(n.id)) found.set(n.id, { id: n.id, name: n.name })
    return [...found.values()]
  }, [tree.data, me.grants])
  return { communities, isPending: tree.isPending, error: tree.error }
}
