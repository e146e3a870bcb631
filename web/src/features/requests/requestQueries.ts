import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, call } from '../../api/client'
import { useCursorList } from '../registry/useCursorList'
import type { ActBody, FileRequestBody, InboxQuery, WhistleBody, WorkKind } from './types'

/**
 * The cache keys of one kind of work item. The item page of every kind shares the step forms and
 * the timeline, so they are keyed alike: [root, 'one' | 'timeline' | 'assignees', id].
 */
export function workItemKeys(kind: WorkKind) {
  const root = kind === 'request' ? 'requests' : kind
  return {
    one: (id: string) => [root, 'one', id] as const,
    timeline: (id: string) => [root, 'timeline', id] as const,
    assignees: (id: string) => [root, 'assignees', id] as const,
    /** The lists and counts a step on one item may change. */
    lists:
      kind === 'proxy'
        ? ([
            ['proxy', 'list'],
            ['proxy', 'figures'],
          ] as const)
        : kind === 'property'
          ? ([
              ['property', 'list'],
              ['property', 'plans'],
            ] as const)
          : ([['requests', 'inbox']] as const),
  }
}

export const requestKeys = {
  all: ['requests'] as const,
  inbox: (query: Omit<InboxQuery, 'cursor'>) => ['requests', 'inbox', query] as const,
  one: workItemKeys('request').one,
  timeline: workItemKeys('request').timeline,
  whistles: (id: string) => ['requests', 'whistles', id] as const,
  categories: ['request-categories'] as const,
}

/** An inbox, newest first, a page at a time. */
export function useInbox(query: Omit<InboxQuery, 'cursor' | 'limit'>, pageSize = 20) {
  return useCursorList(requestKeys.inbox({ ...query, limit: pageSize }), (cursor) =>
    call(api.GET('/api/v1/requests', { params: { query: { ...query, limit: pageSize, cursor } } })),
  )
}

export function useItem(id: string) {
  return useQuery({
    queryKey: requestKeys.one(id),
    queryFn: () => call(api.GET('/api/v1/requests/{id}', { params: { path: { id } } })),
    // Someone else may act on the item at any time; what the buttons offer must be fresh.
    staleTime: 0,
  })
}

export function useTimeline(id: string, kind: WorkKind = 'request') {
  return useQuery({
    queryKey: workItemKeys(kind).timeline(id),
    queryFn: () =>
      kind === 'proxy'
        ? call(api.GET('/api/v1/proxy/{id}/timeline', { params: { path: { id } } }))
        : kind === 'property'
          ? call(api.GET('/api/v1/property/{id}/timeline', { params: { path: { id } } }))
          : call(api.GET('/api/v1/requests/{id}/timeline', { params: { path: { id } } })),
    staleTime: 0,
  })
}

export function useCategories() {
  return useQuery({
    queryKey: requestKeys.categories,
    queryFn: () => call(api.GET('/api/v1/request-categories')),
    staleTime: 30 * 60_000,
  })
}

/**
 * After any step the item, its timeline, its whistles and every list may read differently. `view`
 * is what the step answered: the item for a request, the errand's whole view for a proxy errand.
 */
export function useRefreshItem(kind: WorkKind = 'request') {
  const queryClient = useQueryClient()
  return (view: object | null, id: string) => {
    const keys = workItemKeys(kind)
    if (view) queryClient.setQueryData(keys.one(id), view)
    else void queryClient.invalidateQueries({ queryKey: keys.one(id) })
    void queryClient.invalidateQueries({ queryKey: keys.timeline(id) })
    if (kind === 'request') void queryClient.invalidateQueries({ queryKey: requestKeys.whistles(id) })
    for (const list of keys.lists) void queryClient.invalidateQueries({ queryKey: list })
  }
}

export function useAct(id: string, kind: WorkKind = 'request') {
  const refresh = useRefreshItem(kind)
  return useMutation({
    mutationFn: (body: ActBody): Promise<object> =>
      kind === 'proxy'
        ? call(api.POST('/api/v1/proxy/{id}/actions', { params: { path: { id } }, body }))
        : kind === 'property'
          ? call(api.POST('/api/v1/property/{id}/actions', { params: { path: { id } }, body }))
          : call(api.POST('/api/v1/requests/{id}/actions', { params: { path: { id } }, body })),
    onSuccess: (view) => {
      refresh(view, id)
    },
  })
}

/** Re-reads the item (after a conflict: someone else acted meanwhile). */
export function useReloadItem(kind: WorkKind = 'request') {
  const refresh = useRefreshItem(kind)
  return (id: string) => {
    refresh(null, id)
  }
}

export function useFileRequest() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: FileRequestBody) => call(api.POST('/api/v1/requests', { body })),
    onSuccess: (result) => {
      if (result.item) {
        queryClient.setQueryData(requestKeys.one(result.item.id), result.item)
        void queryClient.invalidateQueries({ queryKey: ['requests', 'inbox'] })
      }
    },
  })
}

/** Uploads one photo (POST /files, multipart); answers the stored file's id. */
export async function uploadPhoto(file: File): Promise<{ id: string; mime: string; size: number }> {
  const form = new FormData()
  form.append('file', file, file.name)
  return call(
    api.POST('/api/v1/files', {
      // The route takes multipart (no JSON schema to type it); FormData goes out as it is.
      body: form as never,
      bodySerializer: (body: unknown) => body as FormData,
    }),
  )
}

/** Where a photo of an item is served to everyone who may read the item (a property order's by its own route). */
export function itemFileUrl(itemId: string, fileId: string, kind: WorkKind = 'request'): string {
  const root = kind === 'property' ? 'property' : 'requests'
  return `/api/v1/${root}/${encodeURIComponent(itemId)}/files/${encodeURIComponent(fileId)}`
}

// --- 吹哨报到 ------------------------------------------------------------------------------------

export function useWhistles(id: string, enabled = true) {
  return useQuery({
    queryKey: requestKeys.whistles(id),
    queryFn: () => call(api.GET('/api/v1/requests/{id}/whistles', { params: { path: { id } } })),
    enabled,
    staleTime: 0,
  })
}

export function useBlowWhistle(id: string) {
  const refresh = useRefreshItem()
  return useMutation({
    mutationFn: (body: WhistleBody) =>
      call(api.POST('/api/v1/requests/{id}/whistles', { params: { path: { id } }, body })),
    onSuccess: () => {
      refresh(null, id)
    },
  })
}

export function useReportToWhistle(itemId: string) {
  const refresh = useRefreshItem()
  return useMutation({
    mutationFn: ({
      partyId,
      version,
      contribution,
    }: {
      partyId: string
      version: number
      contribution: string
    }) =>
      call(
        api.POST('/api/v1/whistle-parties/{id}/report', {
          params: { path: { id: partyId } },
          body: { version, contribution },
        }),
      ),
    onSuccess: () => {
      refresh(null, itemId)
    },
  })
}

export function useEvaluateParty(itemId: string) {
  const refresh = useRefreshItem()
  return useMutation({
    mutationFn: ({
      partyId,
      version,
      score,
      evaluation,
    }: {
      partyId: string
      version: number
      score: number
      evaluation?: string
    }) =>
      call(
        api.POST('/api/v1/whistle-parties/{id}/evaluate', {
          params: { path: { id: partyId } },
          body: { version, score, ...(evaluation ? { evaluation } : {}) },
        }),
      ),
    onSuccess: () => {
      refresh(null, itemId)
    },
  })
}

/** Providers serving the item's place (registered there or above): those a whistle may summon. */
export function useProviders(nodeId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['providers', 'node', nodeId],
    queryFn: () => call(api.GET('/api/v1/org/nodes/{id}/providers', { params: { path: { id: nodeId } } })),
    enabled,
    staleTime: 5 * 60_000,
  })
}

// --- Who may be dispatched to -----------------------------------------------------------------

/** Candidates for dispatch, as the server lists them for this item (handlers and summoned staff). */
export function useAssignees(itemId: string, kind: WorkKind = 'request') {
  return useQuery({
    queryKey: workItemKeys(kind).assignees(itemId),
    staleTime: 30_000,
    queryFn: () =>
      kind === 'proxy'
        ? call(api.GET('/api/v1/proxy/{id}/assignees', { params: { path: { id: itemId } } }))
        : kind === 'property'
          ? call(api.GET('/api/v1/property/{id}/assignees', { params: { path: { id: itemId } } }))
          : call(api.GET('/api/v1/requests/{id}/assignees', { params: { path: { id: itemId } } })),
  })
}

export function useOrgChildren(nodeId: string | null) {
  return useQuery({
    queryKey: ['org', 'children', nodeId],
    enabled: nodeId !== null,
    staleTime: 5 * 60_000,
    queryFn: () =>
      call(
        api.GET('/api/v1/org/nodes/{id}/children', {
          params: { path: { id: nodeId ?? '' }, query: { limit: 100 } },
        }),
      ),
  })
}
