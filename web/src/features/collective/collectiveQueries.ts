import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, call } from '../../api/client'
import { booksKeys } from '../books/booksQueries'
import type {
  DecisionBody,
  DistributionBody,
  EndMemberBody,
  MemberBody,
  MemberStatus,
  PlanBody,
  ShareEventBody,
} from './types'

export const collectiveKeys = {
  all: (villageId: string) => ['collective', villageId] as const,
  decisions: (villageId: string) => ['collective', villageId, 'decisions'] as const,
  members: (villageId: string, status: MemberStatus) => ['collective', villageId, 'members', status] as const,
  shares: (villageId: string) => ['collective', villageId, 'shares'] as const,
  distributions: (villageId: string) => ['collective', villageId, 'distributions'] as const,
  candidates: (villageId: string, q: string) => ['collective', villageId, 'candidates', q] as const,
}

const path = (villageId: string) => ({ path: { villageId } })

export function useDecisions(villageId: string) {
  return useQuery({
    queryKey: collectiveKeys.decisions(villageId),
    staleTime: 0,
    queryFn: () =>
      call(api.GET('/api/v1/villages/{villageId}/collective/decisions', { params: path(villageId) })),
  })
}

export function useMembers(villageId: string, status: MemberStatus) {
  return useQuery({
    queryKey: collectiveKeys.members(villageId, status),
    staleTime: 0,
    queryFn: () =>
      call(
        api.GET('/api/v1/villages/{villageId}/collective/members', {
          params: { ...path(villageId), query: { status } },
        }),
      ),
  })
}

/** People of the village's origin, living and not yet members, by a prefix of their name (first page). */
export function useCandidates(villageId: string, q: string) {
  return useQuery({
    queryKey: collectiveKeys.candidates(villageId, q),
    staleTime: 0,
    placeholderData: (previous) => previous,
    queryFn: () =>
      call(
        api.GET('/api/v1/villages/{villageId}/collective/candidates', {
          params: { ...path(villageId), query: { limit: 50, ...(q === '' ? {} : { q }) } },
        }),
      ),
  })
}

export function useShares(villageId: string) {
  return useQuery({
    queryKey: collectiveKeys.shares(villageId),
    staleTime: 0,
    queryFn: () =>
      call(api.GET('/api/v1/villages/{villageId}/collective/shares', { params: path(villageId) })),
  })
}

export function useDistributions(villageId: string) {
  return useQuery({
    queryKey: collectiveKeys.distributions(villageId),
    staleTime: 0,
    queryFn: () =>
      call(api.GET('/api/v1/villages/{villageId}/collective/distributions', { params: path(villageId) })),
  })
}

/** Every write changes what the organisation's pages (and, for a distribution, the books) show. */
function useInvalidate(villageId: string, books = false) {
  const queryClient = useQueryClient()
  return async () => {
    await queryClient.invalidateQueries({ queryKey: collectiveKeys.all(villageId) })
    if (books) await queryClient.invalidateQueries({ queryKey: booksKeys.all(villageId) })
  }
}

export function useRecordDecision(villageId: string) {
  const invalidate = useInvalidate(villageId)
  return useMutation({
    mutationFn: (body: DecisionBody) =>
      call(api.POST('/api/v1/villages/{villageId}/collective/decisions', { params: path(villageId), body })),
    onSuccess: () => invalidate(),
  })
}

export function useConfirmMember(villageId: string) {
  const invalidate = useInvalidate(villageId)
  return useMutation({
    mutationFn: (body: MemberBody) =>
      call(api.POST('/api/v1/villages/{villageId}/collective/members', { params: path(villageId), body })),
    onSuccess: () => invalidate(),
  })
}

export function useEndMember(villageId: string) {
  const invalidate = useInvalidate(villageId)
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: EndMemberBody }) =>
      call(
        api.POST('/api/v1/villages/{villageId}/collective/members/{id}/end', {
          params: { path: { villageId, id } },
          body,
        }),
      ),
    onSuccess: () => invalidate(),
  })
}

/** Links a member to their own account, so they read the collective's disclosures on a phone. */
export function useLinkAccount(villageId: string) {
  const invalidate = useInvalidate(villageId)
  return useMutation({
    mutationFn: ({ id, username, version }: { id: string; username: string; version: number }) =>
      call(
        api.PUT('/api/v1/villages/{villageId}/collective/members/{id}/account', {
          params: { path: { villageId, id } },
          body: { username, version },
        }),
      ),
    onSuccess: () => invalidate(),
  })
}

export function useCreatePlan(villageId: string) {
  const invalidate = useInvalidate(villageId)
  return useMutation({
    mutationFn: (body: PlanBody) =>
      call(
        api.POST('/api/v1/villages/{villageId}/collective/shares/plan', { params: path(villageId), body }),
      ),
    onSuccess: () => invalidate(),
  })
}

export function useShareEvent(villageId: string) {
  const invalidate = useInvalidate(villageId)
  return useMutation({
    mutationFn: (body: ShareEventBody) =>
      call(
        api.POST('/api/v1/villages/{villageId}/collective/shares/events', { params: path(villageId), body }),
      ),
    onSuccess: () => invalidate(),
  })
}

export function useDraftDistribution(villageId: string) {
  const invalidate = useInvalidate(villageId)
  return useMutation({
    mutationFn: (body: DistributionBody) =>
      call(
        api.POST('/api/v1/villages/{villageId}/collective/distributions', { params: path(villageId), body }),
      ),
    onSuccess: () => invalidate(),
  })
}

export function useDistributionStep(villageId: string) {
  const invalidate = useInvalidate(villageId, true)
  return useMutation({
    mutationFn: ({
      step,
      id,
      version,
      decisionId,
    }: {
      step: 'approve' | 'post'
      id: string
      version: number
      decisionId?: string
    }) => {
      const params = { path: { villageId, id } }
      return step === 'approve'
        ? call(
            api.POST('/api/v1/villages/{villageId}/collective/distributions/{id}/approve', {
              params,
              body: { version, decisionId: decisionId ?? '' },
            }),
          )
        : call(
            api.POST('/api/v1/villages/{villageId}/collective/distributions/{id}/post', {
              params,
              body: { version },
            }),
          )
    },
    onSuccess: () => invalidate(),
  })
}
