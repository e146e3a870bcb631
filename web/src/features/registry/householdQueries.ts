import { useQuery } from '@tanstack/react-query'
import { api, call } from '../../api/client'
import { useCursorList } from './useCursorList'

export function useHousehold(id: string) {
  return useQuery({
    queryKey: ['households', 'one', id],
    queryFn: () => call(api.GET('/api/v1/households/{id}', { params: { path: { id } } })),
  })
}

export function useNodeHouseholds(nodeId: string) {
  return useCursorList(['households', 'node', nodeId], (cursor) =>
    call(
      api.GET('/api/v1/org/nodes/{id}/households', {
        params: { path: { id: nodeId }, query: { limit: 50, cursor } },
      }),
    ),
  )
}

/** Who lived in a room on a day (today when no day is given). */
export function useResidentsOn(roomId: string, date: string | undefined, enabled = true) {
  return useQuery({
    queryKey: ['households', 'residents-on', roomId, date ?? 'today'],
    queryFn: () =>
      call(
        api.GET('/api/v1/org/nodes/{id}/residents-on', {
          params: { path: { id: roomId }, query: { date } },
        }),
      ),
    enabled,
    staleTime: 60_000,
  })
}

export function useMovedInShare(nodeId: string) {
  return useQuery({
    queryKey: ['households', 'moved-in-share', nodeId],
    queryFn: () =>
      call(api.GET('/api/v1/org/nodes/{id}/moved-in-share', { params: { path: { id: nodeId } } })),
    staleTime: 60_000,
  })
}

/** One org node (for a place the tree does not hold, such as a room). */
export function useOrgNode(id: string) {
  return useQuery({
    queryKey: ['org', 'node', id],
    queryFn: () => call(api.GET('/api/v1/org/nodes/{id}', { params: { path: { id } } })),
    staleTime: 5 * 60_000,
  })
}
