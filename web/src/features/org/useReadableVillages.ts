import { useQueries } from '@tanstack/react-query'
import { useMemo } from 'react'
import { api, call } from '../../api/client'
import { useMe } from '../auth/session'
import { useOrgTree } from './useOrgTree'

type Permission = ReturnType<typeof useMe>['permissions'][number]

export interface ReadableVillage {
  id: string
  name: string
}

/**
 * The villages a reader may open for `permission`: those of their own village grants (of `roles`,
 * or of any role), then, for a reader holding the permission on an org grant (an auditor, the
 * community), the villages hosted by the communities in their scope. The server checks every read
 * again; this only says where to offer a link.
 */
export function useReadableVillages(permission: Permission, roles?: readonly string[]) {
  const me = useMe()
  const own = useMemo(
    () =>
      me.grants
        .filter((g) => g.scopeKind === 'village' && (roles === undefined || roles.includes(g.role)))
        .map((g) => ({ id: g.scopeId, name: g.scopeName }))
        .filter((v, i, all) => all.findIndex((x) => x.id === v.id) === i),
    [me.grants, roles],
  )
  const areaReader = me.permissions.includes(permission) && me.grants.some((g) => g.scopeKind === 'org')
  const tree = useOrgTree()
  const communities = useMemo(
    () =>
      areaReader && tree.data
        ? [...tree.data.byId.values()].filter((n) => n.kind === 'community' && n.inScope).map((n) => n.id)
        : [],
    [areaReader, tree.data],
  )
  const hosted = useQueries({
    queries: communities.map((id) => ({
      queryKey: ['villages', 'hosted', id],
      queryFn: () => call(api.GET('/api/v1/org/nodes/{id}/villages', { params: { path: { id } } })),
    })),
  })
  const villages = useMemo(() => {
    const seen = new Map<string, ReadableVillage>(own.map((v) => [v.id, v]))
    for (const answer of hosted)
      for (const v of answer.data?.items ?? [])
        if (!seen.has(v.id)) seen.set(v.id, { id: v.id, name: v.name })
    return [...seen.values()]
  }, [own, hosted])
  const isPending = areaReader && (tree.isPending || hosted.some((h) => h.isPending))
  return { villages, isPending, error: tree.error ?? hosted.find((h) => h.error)?.error ?? null }
}
