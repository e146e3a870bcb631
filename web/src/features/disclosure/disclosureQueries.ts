import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query'
import { useMemo } from 'react'
import { api, call } from '../../api/client'
import { useMe } from '../auth/session'
import { useOrgTree } from '../org/useOrgTree'
import type { PeriodKind, PublishBody } from './types'

export const disclosureKeys = {
  list: (villageId: string) => ['disclosure', villageId, 'list'] as const,
  one: (villageId: string, id: string) => ['disclosure', villageId, 'one', id] as const,
  preview: (villageId: string, kind: PeriodKind, year: number, no: number) =>
    ['disclosure', villageId, 'preview', kind, year, no] as const,
  memberships: ['disclosure', 'memberships'] as const,
}

export interface DisclosureVillage {
  id: string
  name: string
}

/**
 * The villages whose disclosures the reader may open: their own village grants (accountant, cadre,
 * member), then, for a community's or the street's reader, the villages hosted by the communities
 * in their scope. The server checks every read again.
 */
export function useDisclosureVillages() {
  const me = useMe()
  const own = useMemo(
    () =>
      me.grants
        .filter((g) => g.scopeKind === 'village')
        .map((g) => ({ id: g.scopeId, name: g.scopeName }))
        .filter((v, i, all) => all.findIndex((x) => x.id === v.id) === i),
    [me.grants],
  )
  const areaReader =
    me.permissions.includes('disclosure.read') && me.grants.some((g) => g.scopeKind === 'org')
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
    const seen = new Map<string, DisclosureVillage>(own.map((v) => [v.id, v]))
    for (const answer of hosted)
      for (const v of answer.data?.items ?? [])
        if (!seen.has(v.id)) seen.set(v.id, { id: v.id, name: v.name })
    return [...seen.values()]
  }, [own, hosted])
  const isPending = areaReader && (tree.isPending || hosted.some((h) => h.isPending))
  return { villages, isPending, error: tree.error ?? hosted.find((h) => h.error)?.error ?? null }
}

export function useDisclosures(villageId: string) {
  return useQuery({
    queryKey: disclosureKeys.list(villageId),
    retry: false,
    staleTime: 0,
    queryFn: () =>
      call(api.GET('/api/v1/villages/{villageId}/disclosures', { params: { path: { villageId } } })),
  })
}

export function useDisclosure(villageId: string, id: string) {
  return useQuery({
    queryKey: disclosureKeys.one(villageId, id),
    retry: false,
    queryFn: () =>
      call(
        api.GET('/api/v1/villages/{villageId}/disclosures/{id}', {
          params: { path: { villageId, id } },
        }),
      ),
  })
}

export function usePreview(villageId: string, query: { kind: PeriodKind; year: number; no: number } | null) {
  return useQuery({
    queryKey: disclosureKeys.preview(villageId, query?.kind ?? 'quarter', query?.year ?? 0, query?.no ?? 0),
    enabled: query !== null,
    retry: false,
    staleTime: 0,
    queryFn: () =>
      call(
        api.GET('/api/v1/villages/{villageId}/disclosures/preview', {
          params: {
            path: { villageId },
            query: query ?? { kind: 'quarter', year: 0, no: 0 },
          },
        }),
      ),
  })
}

export function usePublish(villageId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: PublishBody) =>
      call(api.POST('/api/v1/villages/{villageId}/disclosures', { params: { path: { villageId } }, body })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['disclosure', villageId] })
    },
  })
}

export function useMyMemberships() {
  return useQuery({
    queryKey: disclosureKeys.memberships,
    staleTime: 0,
    queryFn: () => call(api.GET('/api/v1/me/memberships')),
  })
}
