// What hangs off one person: tags, posts (交叉任职), 1+5+10 contacts.
import { useQuery } from '@tanstack/react-query'
import { api, call } from '../../api/client'

export function usePersonTags(id: string) {
  return useQuery({
    queryKey: ['persons', 'one', id, 'tags'],
    queryFn: () => call(api.GET('/api/v1/persons/{id}/tags', { params: { path: { id } } })),
    // Reading restricted tags is audited: no refetching on every focus.
    staleTime: 5 * 60_000,
    refetchOnWindowFocus: false,
  })
}

export function usePersonPosts(id: string) {
  return useQuery({
    queryKey: ['persons', 'one', id, 'posts'],
    queryFn: () => call(api.GET('/api/v1/persons/{id}/posts', { params: { path: { id } } })),
    staleTime: 60_000,
  })
}

export function usePersonContacts(id: string) {
  return useQuery({
    queryKey: ['persons', 'one', id, 'contacts'],
    queryFn: () => call(api.GET('/api/v1/persons/{id}/contacts', { params: { path: { id } } })),
    staleTime: 60_000,
  })
}
