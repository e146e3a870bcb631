import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, call } from '../../api/client'
import type { Person, PersonPatch } from './types'
import { useCursorList } from './useCursorList'
import { searchLimit } from './useSearchText'

export const personKeys = {
  all: ['persons'] as const,
  one: (id: string) => ['persons', 'one', id] as const,
  search: (q: string) => ['persons', 'search', q] as const,
  inNode: (nodeId: string) => ['persons', 'node', nodeId] as const,
}

// Lists on a screen are read, not browsed for hours; a minute of staleness keeps paging cheap.
const listStaleTime = 60_000

export function personQuery(id: string) {
  return queryOptions({
    queryKey: personKeys.one(id),
    queryFn: () => call(api.GET('/api/v1/persons/{id}', { params: { path: { id } } })),
  })
}

export function usePerson(id: string) {
  return useQuery(personQuery(id))
}

/**
 * The full ID number and phone. A mutation, not a query: every unmasking is audited, so it happens
 * only when the person presses the button — never on a refetch, a refocus or a remount.
 */
export function useUnmaskPerson() {
  return useMutation({
    mutationFn: (id: string) =>
      call(api.GET('/api/v1/persons/{id}', { params: { path: { id }, query: { unmask: true } } })),
  })
}

export function useUpdatePerson(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: PersonPatch) =>
      call(api.PATCH('/api/v1/persons/{id}', { params: { path: { id } }, body })),
    onSuccess: (person: Person) => {
      queryClient.setQueryData(personKeys.one(id), person)
      // Names, ages and addresses in lists and search results may have changed.
      void queryClient.invalidateQueries({ queryKey: ['persons', 'node'] })
      void queryClient.invalidateQueries({ queryKey: ['persons', 'search'] })
    },
  })
}

export function useSearchPersons(q: string) {
  return useQuery({
    queryKey: personKeys.search(q),
    queryFn: () => call(api.GET('/api/v1/persons/search', { params: { query: { q, limit: searchLimit } } })),
    enabled: q !== '',
    staleTime: listStaleTime,
    // Keep the last results on screen while the next query runs, so the list does not flicker.
    placeholderData: (previous) => previous,
  })
}

export function useNodePersons(nodeId: string, pageSize = 50) {
  return useCursorList(personKeys.inNode(nodeId), (cursor) =>
    call(
      api.GET('/api/v1/org/nodes/{id}/persons', {
        params: { path: { id: nodeId }, query: { limit: pageSize, cursor } },
      }),
    ),
  )
}
