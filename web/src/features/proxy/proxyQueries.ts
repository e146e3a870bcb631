import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, call } from '../../api/client'
import { useCursorList } from '../registry/useCursorList'
import { useRefreshItem, workItemKeys } from '../requests/requestQueries'
import type {
  MoneyEntryBody,
  ProxyFileBody,
  ProxyListView,
  ProxyRecordsQuery,
  PublicDecisionBody,
  ReversalBody,
} from './types'

const itemKeys = workItemKeys('proxy')

export const proxyKeys = {
  list: (query: { view: ProxyListView; communityId?: string; limit: number }) =>
    ['proxy', 'list', query] as const,
  one: itemKeys.one,
  categories: ['proxy-categories'] as const,
  figures: (query: { nodeId: string; from: string; to: string }) => ['proxy', 'figures', query] as const,
  records: (query: Omit<ProxyRecordsQuery, 'cursor' | 'limit'>) =>
    ['proxy', 'figures', 'records', query] as const,
  public: (token: string) => ['public', 'proxy', token] as const,
}

/** One of the team's lists, newest first, a page at a time; every list but "mine" is a community's. */
export function useProxyList(query: { view: ProxyListView; communityId?: string }, pageSize = 20) {
  return useCursorList(
    proxyKeys.list({ ...query, limit: pageSize }),
    (cursor) => call(api.GET('/api/v1/proxy', { params: { query: { ...query, limit: pageSize, cursor } } })),
    { enabled: query.view === 'mine' || query.communityId !== undefined },
  )
}

export function useProxy(id: string) {
  return useQuery({
    queryKey: proxyKeys.one(id),
    queryFn: () => call(api.GET('/api/v1/proxy/{id}', { params: { path: { id } } })),
    // Another proxy may claim it, the resident may confirm it: what the page offers must be fresh.
    staleTime: 0,
  })
}

export function useProxyCategories() {
  return useQuery({
    queryKey: proxyKeys.categories,
    queryFn: () => call(api.GET('/api/v1/proxy-categories')),
    staleTime: 30 * 60_000,
  })
}

export function useFileProxy() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: ProxyFileBody) => call(api.POST('/api/v1/proxy', { body })),
    onSuccess: (view) => {
      queryClient.setQueryData(proxyKeys.one(view.item.id), view)
      void queryClient.invalidateQueries({ queryKey: ['proxy', 'list'] })
    },
  })
}

/** Records money paid for the resident or taken from them; the errand's view comes back. */
export function useRecordMoney(id: string) {
  const refresh = useRefreshItem('proxy')
  return useMutation({
    mutationFn: (body: MoneyEntryBody) =>
      call(api.POST('/api/v1/proxy/{id}/money', { params: { path: { id } }, body })),
    onSuccess: (view) => {
      refresh(view, id)
    },
  })
}

/** Reverses an entry (冲正) with a reason: entries are never changed or deleted. */
export function useReverseMoney(id: string) {
  const refresh = useRefreshItem('proxy')
  return useMutation({
    mutationFn: ({ entryId, ...body }: ReversalBody & { entryId: string }) =>
      call(
        api.POST('/api/v1/proxy/{id}/money/{entryId}/reversal', {
          params: { path: { id, entryId } },
          body,
        }),
      ),
    onSuccess: (view) => {
      refresh(view, id)
    },
  })
}

/** A receipt's photo, for the errand's readers. */
export function receiptUrl(itemId: string, fileId: string): string {
  return `/api/v1/proxy/${encodeURIComponent(itemId)}/files/${encodeURIComponent(fileId)}`
}

// --- Figures ------------------------------------------------------------------------------------

export function useProxyFigures(query: { nodeId: string; from: string; to: string }) {
  return useQuery({
    queryKey: proxyKeys.figures(query),
    enabled: query.nodeId !== '',
    queryFn: () => call(api.GET('/api/v1/proxy/figures', { params: { query } })),
  })
}

/** The errands behind one count of the figures. */
export function useProxyRecords(query: Omit<ProxyRecordsQuery, 'cursor' | 'limit'>, pageSize = 20) {
  return useCursorList(proxyKeys.records(query), (cursor) =>
    call(
      api.GET('/api/v1/proxy/figures/records', {
        params: { query: { ...query, limit: pageSize, ...(cursor ? { cursor } : {}) } },
      }),
    ),
  )
}

// --- The resident's page (no sign-in) -------------------------------------------------------------

export function usePublicProxy(token: string) {
  return useQuery({
    queryKey: proxyKeys.public(token),
    queryFn: () => call(api.GET('/api/v1/public/proxy/{token}', { params: { path: { token } } })),
    retry: false,
  })
}

export function useDecide(token: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: PublicDecisionBody) =>
      call(api.POST('/api/v1/public/proxy/{token}/decision', { params: { path: { token } }, body })),
    onSuccess: (view) => {
      queryClient.setQueryData(proxyKeys.public(token), view)
    },
  })
}

export function publicReceiptUrl(token: string, fileId: string): string {
  return `/api/v1/public/proxy/${encodeURIComponent(token)}/files/${encodeURIComponent(fileId)}`
}
