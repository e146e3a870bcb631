// An org node's registries other than its people: coverage, the fused network, facilities, villages.
import { useQuery } from '@tanstack/react-query'
import { api, call } from '../../api/client'
import type { FacilityState } from './types'
import { useCursorList } from './useCursorList'

const pageSize = 50

export function useCoverage(nodeId: string) {
  return useQuery({
    queryKey: ['coverage', nodeId],
    queryFn: () => call(api.GET('/api/v1/org/nodes/{id}/coverage', { params: { path: { id: nodeId } } })),
    staleTime: 60_000,
  })
}

export function useUncoveredHouseholds(nodeId: string) {
  return useCursorList(['coverage', nodeId, 'uncovered-households'], (cursor) =>
    call(
      api.GET('/api/v1/org/nodes/{id}/coverage/uncovered-households', {
        params: { path: { id: nodeId }, query: { limit: pageSize, cursor } },
      }),
    ),
  )
}

export function useMembersOffTen(nodeId: string) {
  return useCursorList(['coverage', nodeId, 'members-off-ten'], (cursor) =>
    call(
      api.GET('/api/v1/org/nodes/{id}/coverage/members-off-ten', {
        params: { path: { id: nodeId }, query: { limit: pageSize, cursor } },
      }),
    ),
  )
}

export function useLeadersOffFive(nodeId: string) {
  return useCursorList(['coverage', nodeId, 'leaders-off-five'], (cursor) =>
    call(
      api.GET('/api/v1/org/nodes/{id}/coverage/leaders-off-five', {
        params: { path: { id: nodeId }, query: { limit: pageSize, cursor } },
      }),
    ),
  )
}

/** The fused network below a node: each node with its party, self-governance and department bodies. */
export function useFusedTree(nodeId: string) {
  return useQuery({
    queryKey: ['org', 'units', nodeId],
    queryFn: () =>
      call(
        api.GET('/api/v1/org/nodes/{id}/units', {
          params: { path: { id: nodeId }, query: { subtree: true } },
        }),
      ),
    staleTime: 5 * 60_000,
  })
}

export function useNodePosts(nodeId: string) {
  return useCursorList(['posts', 'node', nodeId], (cursor) =>
    call(
      api.GET('/api/v1/org/nodes/{id}/posts', {
        params: { path: { id: nodeId }, query: { limit: pageSize, cursor } },
      }),
    ),
  )
}

export function useFacilities(nodeId: string, state: FacilityState | undefined) {
  return useCursorList(['facilities', nodeId, state ?? 'all'], (cursor) =>
    call(
      api.GET('/api/v1/org/nodes/{id}/facilities', {
        params: { path: { id: nodeId }, query: { limit: pageSize, cursor, state } },
      }),
    ),
  )
}

/** The villages whose people a community hosts, with how many live here. */
export function useHostedVillages(communityId: string) {
  return useQuery({
    queryKey: ['villages', 'hosted', communityId],
    queryFn: () =>
      call(api.GET('/api/v1/org/nodes/{id}/villages', { params: { path: { id: communityId } } })),
    staleTime: 5 * 60_000,
  })
}
