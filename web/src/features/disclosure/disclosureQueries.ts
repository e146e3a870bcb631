import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, call } from '../../api/client'
import { useReadableVillages } from '../org/useReadableVillages'
import type { PeriodKind, PublishBody } from './types'

export const disclosureKeys = {
  list: (villageId: string) => ['disclosure', villageId, 'list'] as const,
  one: (villageId: string, id: string) => ['disclosure', villageId, 'one', id] as const,
  preview: (villageId: string, kind: PeriodKind, year: number, no: number) =>
    ['disclosure', villageId, 'preview', kind, year, no] as const,
  memberships: ['disclosure', 'memberships'] as const,
}

/**
 * The villages whose disclosures the reader may open: their own village (accountant, cadre,
 * member), or, for the community and the street, the villages hosted by the communities in scope.
 */
export function useDisclosureVillages() {
  return useReadableVillages('disclosure.read')
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
